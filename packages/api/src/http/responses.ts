/** Refusals answered before GraphQL runs, in the same shape as GraphQL errors: `{ errors: [{ message, extensions: { code } }] }`. */
export function refusal(
  fetchAPI: { Response: typeof Response },
  status: number,
  code: string,
  message: string,
  extra: { extensions?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Response {
  return new fetchAPI.Response(
    JSON.stringify({ errors: [{ message, extensions: { code, ...extra.extensions } }] }),
    { status, headers: { "content-type": "application/json; charset=utf-8", ...extra.headers } },
  );
}
