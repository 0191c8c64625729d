import type { TadaDocumentNode } from "gql.tada";
import { print } from "graphql";

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** Sent as a bearer token, for operations that need one. */
  apiKey?: string | undefined;
  /** The fetch to use; tests pass an in-process app's fetch. Defaults to the global fetch. */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
}

export type ClientErrorCode = "NETWORK" | "HTTP" | "GRAPHQL" | "INVALID_RESPONSE";

/** Any failure to get data from the API: unreachable, a non-2xx answer, or GraphQL errors. */
export class ReadoutClientError extends Error {
  override name = "ReadoutClientError";
  constructor(
    readonly code: ClientErrorCode,
    message: string,
    readonly details: { status?: number; errors?: GraphQLErrorBody[]; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
  }

  /** The `extensions.code` of each GraphQL error, e.g. PAGE_SIZE_OUT_OF_RANGE. */
  get graphqlCodes(): string[] {
    return (this.details.errors ?? []).map((error) => String(error.extensions?.code ?? "UNKNOWN"));
  }
}

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface ReadoutClient {
  /** Runs a typed operation and returns its data, or throws a ReadoutClientError. */
  execute<Result, Variables>(
    document: TadaDocumentNode<Result, Variables>,
    ...variables: Record<string, never> extends Variables ? [Variables?] : [Variables]
  ): Promise<Result>;
}

export function createClient(options: ClientOptions): ReadoutClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  return {
    async execute(document, ...[variables]) {
      let response: Response;
      try {
        response = await doFetch(options.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            accept: "application/graphql-response+json, application/json",
            ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
          },
          body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
        });
      } catch (cause) {
        throw new ReadoutClientError("NETWORK", `Cannot reach the Readout API at ${options.url}`, { cause });
      }
      let body: { data?: unknown; errors?: GraphQLErrorBody[] };
      try {
        body = (await response.json()) as typeof body;
      } catch (cause) {
        throw new ReadoutClientError(
          response.ok ? "INVALID_RESPONSE" : "HTTP",
          `The Readout API answered ${response.status} without a GraphQL body`,
          { status: response.status, cause },
        );
      }
      if (body.errors?.length) {
        throw new ReadoutClientError("GRAPHQL", body.errors.map((error) => error.message).join("; "), {
          status: response.status,
          errors: body.errors,
        });
      }
      if (!response.ok || body.data == null) {
        throw new ReadoutClientError("HTTP", `The Readout API answered ${response.status}`, {
          status: response.status,
        });
      }
      return body.data as never;
    },
  };
}
