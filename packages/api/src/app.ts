import type { IncomingMessage } from "node:http";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { useDisableIntrospection } from "@graphql-yoga/plugin-disable-introspection";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { type PrismaClient, verifyApiKey } from "@readout/db";
import { createYoga, type Plugin, type YogaServerInstance } from "graphql-yoga";
import type { Logger } from "pino";
import { type Auth, type Context, corpusWideQueue } from "./builder.ts";
import type { ResponseCache } from "./cache/response-cache.ts";
import { useCompiledReads } from "./compiled/plugin.ts";
import { useBodySizeLimit } from "./http/body-size.ts";
import { type SecurityConfig, securityConfig } from "./http/config.ts";
import { corsFor } from "./http/cors.ts";
import { useDeadline, useExecutionDeadline } from "./http/deadline.ts";
import { maskError, useErrorCodes } from "./http/error-codes.ts";
import { useLoadShedding } from "./http/load-shedding.ts";
import { armorPlugins } from "./limits/armor.ts";
import { useQueryLimits } from "./limits/query-limits.ts";
import { useMetrics } from "./metrics/plugin.ts";
import { schema } from "./schema/index.ts";

export type ReadoutApp = YogaServerInstance<Record<string, unknown>, Context>;

export interface AppOptions {
  prisma: PrismaClient;
  logger?: Logger | undefined;
  /** Limits and HTTP defaults; read from the environment (README, "Limits and security") when left out. */
  security?: Partial<SecurityConfig> | undefined;
  /** Whether covered reads run as one compiled SQL statement (default); off, every read runs the resolvers. */
  compiledReads?: boolean | undefined;
  /** Runs compiled reads as prepared statements (the database's `readJson`); Prisma's raw query otherwise. */
  readJson?: Context["readJson"];
  /**
   * The response cache shared through Redis (cache/response-cache.ts); none when left out. A hit is
   * answered before the document is parsed; a miss runs the compiled reads or the resolvers.
   */
  responseCache?: ResponseCache | undefined;
  /** More Yoga plugins (the server's database routing), run before the execution deadline. */
  plugins?: Plugin<Record<string, unknown>, Context>[] | undefined;
}

const EXAMPLE_QUERY = `# Who covered the meeting, and what did they report as agreed?
{
  events(first: 5) {
    edges {
      node {
        title
        articles(first: 10) {
          totalCount
          edges { node { title publishedText outlet { name country kind } } }
        }
        agreements(first: 10) {
          edges {
            node {
              summary
              reports(first: 10) {
                edges { node { strength article { outlet { name } } evidence { start end exact } } }
              }
            }
          }
        }
      }
    }
  }
}
`;

async function authenticate(prisma: PrismaClient, header: string | null): Promise<Auth> {
  if (!header) return { status: "anonymous" };
  const bearer = /^Bearer\s+(\S+)$/i.exec(header.trim());
  const key = bearer?.[1] ? await verifyApiKey(prisma, bearer[1]) : null;
  return key ? { status: "key", ...key } : { status: "invalid" };
}

/** Where a request came from: the socket's address behind main.ts' HTTP server; "local" in-process. */
function address(serverContext: unknown): string {
  return (serverContext as { req?: IncomingMessage } | undefined)?.req?.socket?.remoteAddress ?? "local";
}

/**
 * The Readout GraphQL app: the schema served by Yoga at /graphql, with GraphiQL (served from the package,
 * so it works offline). Tests call `app.fetch(...)` in-process; main.ts puts it behind an HTTP server.
 *
 * Requests pass, in order: the body size limit (before parsing), the deadline, per-client rate and
 * concurrency limits, CSRF prevention, document limits (tokens while parsing; depth, aliases and
 * directives while validating) and, just before execution, page sizes, string lengths and cost.
 */
export function createApp({
  prisma,
  logger,
  security,
  compiledReads = true,
  readJson,
  responseCache,
  plugins = [],
}: AppOptions): ReadoutApp {
  const config = { ...securityConfig(), ...security };
  // One key check per request, shared by the load shedding (which keys count apart) and the resolvers.
  const auths = new WeakMap<Request, Promise<Auth>>();
  const authFor = (request: Request) => {
    let auth = auths.get(request);
    if (!auth) {
      auth = authenticate(prisma, request.headers.get("authorization"));
      auths.set(request, auth);
    }
    return auth;
  };
  // A page's content is a document, not a name: it has its own limit (the resolver refuses over 2 MB).
  const stringExceptions = { "ImportDocumentInput.content": Math.max(config.maxBodyBytes, 2 * 1024 * 1024) };
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: ({ request }) => ({
      prisma,
      readJson,
      auth: () => authFor(request),
      corpusWide: corpusWideQueue(),
    }),
    graphqlEndpoint: "/graphql",
    graphiql: config.graphiql ? { title: "Readout", defaultQuery: EXAMPLE_QUERY } : false,
    renderGraphiQL,
    // The body size limit below refuses large bodies by their declared length or while reading them;
    // Yoga's own would pipe every body through a second stream for the same check.
    ...(config.maxBodyBytes > 0 ? { maxRequestBodySize: false as const } : {}),
    cors: corsFor(config.corsOrigins),
    landingPage: !config.production,
    // Unexpected errors reach clients as "Unexpected error." and are logged with their cause.
    maskedErrors: { maskError },
    logging: logger
      ? {
          debug: (...args) => logger.debug(args.map(String).join(" ")),
          info: (...args) => logger.info(args.map(String).join(" ")),
          warn: (...args) => logger.warn(args.map(String).join(" ")),
          error: (...args) => logger.error({ err: args.find((arg) => arg instanceof Error) ?? args }),
        }
      : false,
    plugins: [
      ...(config.metrics ? [useMetrics(config.metrics)] : []),
      ...(config.maxBodyBytes > 0 ? [useBodySizeLimit(config.maxBodyBytes)] : []),
      useDeadline(config.requestTimeoutMs),
      useLoadShedding({
        ...config,
        identify: async (request, serverContext) => {
          const auth = await authFor(request);
          return auth.status === "key" ? `key:${auth.id}` : `ip:${address(serverContext)}`;
        },
      }),
      useCSRFPrevention({ requestHeaders: ["x-graphql-yoga-csrf", "apollo-require-preflight"] }),
      ...(config.introspection ? [] : [useDisableIntrospection()]),
      ...armorPlugins(config),
      useQueryLimits(config, stringExceptions),
      useErrorCodes(),
      ...(compiledReads ? [useCompiledReads()] : []),
      // After the compiled reads: a hit does not run them, a miss does.
      ...(responseCache?.plugins ?? []),
      ...plugins,
      // Last: it wraps whichever execute function the plugins before it chose.
      useExecutionDeadline(),
    ],
  });
}
