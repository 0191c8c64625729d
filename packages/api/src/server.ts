import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createDb, type Db, seed } from "@readout/db";
import { type Logger, pino } from "pino";
import { createApp } from "./app.ts";
import type { Env } from "./env.ts";

/** Serves requests outside /graphql (a dashboard, say); returns false to answer 404. */
export type ExtraHandler = (request: IncomingMessage, response: ServerResponse) => Promise<boolean> | boolean;

export interface RunningServer {
  server: Server;
  db: Db;
  logger: Logger;
  url: string;
  close(): Promise<void>;
}

/** Opens, migrates and (unless told not to) seeds the database, then serves the API. */
export async function startServer(env: Env, options: { extra?: ExtraHandler; logger?: Logger } = {}) {
  const logger = options.logger ?? pino({ name: "readout", level: env.LOG_LEVEL });
  const db = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.dataDir });
  logger.info(
    { database: db.kind, location: db.kind === "pglite" ? env.dataDir : "DATABASE_URL" },
    "database opened",
  );
  try {
    logger.info(await db.migrate(), "migrations applied");
    if (env.READOUT_SEED) logger.info(await seed(db.prisma), "seed corpus loaded");
  } catch (error) {
    await db.close();
    throw error;
  }

  const app = createApp({ prisma: db.prisma, logger });
  const server = createServer(async (request, response) => {
    if (request.url?.startsWith("/graphql") || !options.extra) return app(request, response);
    try {
      if (await options.extra(request, response)) return;
    } catch (error) {
      logger.error({ err: error }, "request failed");
      if (!response.headersSent) response.writeHead(500);
      response.end();
      return;
    }
    response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
  });
  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${env.HOST}:${port}`;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    })();
    return closing;
  };
  return { server, db, logger, url, close } satisfies RunningServer;
}

/** Stops the server cleanly, closing the database, on Ctrl-C or SIGTERM. */
export function closeOnSignals(running: RunningServer): void {
  const stop = async (signal: string) => {
    running.logger.info({ signal }, "shutting down");
    await running.close();
    running.logger.info("database closed; bye");
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}
