import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { type PrismaClient, verifyApiKey } from "@readout/db";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import type { Logger } from "pino";
import type { Auth, Context } from "./builder.ts";
import { usePageSizeLimit } from "./page-size.ts";
import { schema } from "./schema/index.ts";

export type ReadoutApp = YogaServerInstance<Record<string, unknown>, Context>;

export interface AppOptions {
  prisma: PrismaClient;
  logger?: Logger | undefined;
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

/**
 * The Readout GraphQL app: the schema served by Yoga at /graphql, with GraphiQL (served from the package,
 * so it works offline). Tests call `app.fetch(...)` in-process; main.ts puts it behind an HTTP server.
 */
export function createApp({ prisma, logger }: AppOptions): ReadoutApp {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: ({ request }) => {
      let auth: Promise<Auth> | undefined;
      return { prisma, auth: () => (auth ??= authenticate(prisma, request.headers.get("authorization"))) };
    },
    graphqlEndpoint: "/graphql",
    graphiql: { title: "Readout", defaultQuery: EXAMPLE_QUERY },
    renderGraphiQL,
    // Unexpected errors reach clients as "Unexpected error." and are logged with their cause.
    maskedErrors: true,
    logging: logger
      ? {
          debug: (...args) => logger.debug(args.map(String).join(" ")),
          info: (...args) => logger.info(args.map(String).join(" ")),
          warn: (...args) => logger.warn(args.map(String).join(" ")),
          error: (...args) => logger.error({ err: args.find((arg) => arg instanceof Error) ?? args }),
        }
      : false,
    plugins: [usePageSizeLimit()],
  });
}
