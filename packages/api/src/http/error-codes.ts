/**
 * Every GraphQL error a client sees carries a stable `extensions.code`. Most errors are coded where they
 * are raised; the ones that graphql-js, Pothos and Yoga raise without a code get one here, as results are
 * turned into responses.
 */
import { GraphQLError } from "graphql";
import { createGraphQLError, type MaskError, type Plugin, maskError as yogaMaskError } from "graphql-yoga";

const RULES: [RegExp, string][] = [
  [/^Invalid cursor/i, "INVALID_CURSOR"],
  [/^Variable "\$[^"]+" (got invalid value|of required type|of non-null type)/, "BAD_USER_INPUT"],
  [/^Required CSRF header/, "CSRF_HEADER_REQUIRED"],
  [/^The client went away/, "CLIENT_CLOSED_REQUEST"],
  [/aborted|AbortError/i, "REQUEST_TIMEOUT"],
];

/** The code an uncoded error gets: by what it says, else BAD_REQUEST (the request itself is at fault). */
export function codeFor(message: string): string {
  return RULES.find(([pattern]) => pattern.test(message))?.[1] ?? "BAD_REQUEST";
}

function withCode(error: unknown): unknown {
  if (!(error instanceof GraphQLError) || typeof error.extensions.code === "string") return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: codeFor(error.message) },
  });
}

function coded<R extends { errors?: readonly unknown[] | undefined }>(result: R): R {
  if (!result.errors?.some((error) => error instanceof GraphQLError && !error.extensions.code)) return result;
  return { ...result, errors: result.errors.map(withCode) };
}

export function useErrorCodes(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map(coded));
      else if (!(Symbol.asyncIterator in (result as object)))
        setResult(coded(result as { errors?: readonly unknown[] }) as never);
    },
  };
}

/** The causes of an error, outermost first: GraphQL's originalError, then `cause` chains. */
function* causes(error: unknown): Generator<unknown> {
  const seen = new Set<unknown>();
  let current = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    yield current;
    const next = current as { originalError?: unknown; cause?: unknown };
    current = next.originalError ?? next.cause;
  }
}

/** Database failures that are about load rather than bugs: the answer says so, with a code to retry on. */
function databaseRefusal(error: unknown): GraphQLError | undefined {
  for (const cause of causes(error)) {
    const {
      message = "",
      code,
      originalCode,
    } = cause as { message?: unknown; code?: unknown; originalCode?: unknown };
    const text = String(message);
    if (code === "57014" || originalCode === "57014" || /statement timeout|canceling statement/i.test(text)) {
      return createGraphQLError("A database statement ran over its time limit and was cancelled.", {
        extensions: { code: "REQUEST_TIMEOUT", http: { status: 503 } },
      });
    }
    if (
      /timeout exceeded when trying to connect|connection terminated due to connection timeout/i.test(text)
    ) {
      return createGraphQLError("The database is busy: no connection came free in time. Try again shortly.", {
        extensions: { code: "DATABASE_BUSY", http: { status: 503, headers: { "retry-after": "1" } } },
      });
    }
  }
  return undefined;
}

/** Yoga's masking ("Unexpected error."), except for database timeouts, which get their own codes. */
export const maskError: MaskError = (error, message, isDev) => {
  const refusal = databaseRefusal(error);
  if (refusal) {
    const located = error instanceof GraphQLError ? error : undefined;
    return located?.path
      ? createGraphQLError(refusal.message, {
          path: located.path,
          nodes: located.nodes,
          extensions: refusal.extensions,
        })
      : refusal;
  }
  return yogaMaskError(error, message, isDev);
};
