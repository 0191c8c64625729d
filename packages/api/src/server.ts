import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import net, { type AddressInfo, type Socket } from "node:net";
import { createDb, DataDirError, type Db, isUniqueViolation, type PrismaClient, seed } from "@readout/db";
import { getOperationAST } from "graphql";
import { type Logger, pino } from "pino";
import { createApp } from "./app.ts";
import { createResponseCache, type ResponseCache } from "./cache/response-cache.ts";
import { ConfigError, databaseConfigError } from "./config-error.ts";
import type { Env } from "./env.ts";
import { securityConfig } from "./http/config.ts";
import { openSharedStore, type SharedStore } from "./http/shared-store.ts";
import { Metrics } from "./metrics/metrics.ts";

const JSON_TYPE = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };

/** How long an idle kept-alive connection stays open once a shutdown begins (see closeIdle). */
const DRAIN_IDLE_MS = 1_000;

/** Serves requests outside /graphql (a dashboard, say); returns false to answer 404. */
export type ExtraHandler = (request: IncomingMessage, response: ServerResponse) => Promise<boolean> | boolean;

export interface RunningServer {
  server: Server;
  db: Db;
  logger: Logger;
  url: string;
  /**
   * Stops accepting connections, lets the requests in flight finish (for up to `graceMs`, by default the
   * configured READOUT_SHUTDOWN_GRACE_MS), then closes the database. Calling it again returns the same
   * promise; a `graceMs` of 0 ends the wait at once.
   */
  close(options?: { graceMs?: number }): Promise<void>;
}

/** Binds the port, or says in one line why it cannot (before anything touches the database). */
async function listen(server: Server, env: Env): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      const where = `${env.HOST}:${env.PORT}`;
      const reasons: Record<string, ConfigError> = {
        EADDRINUSE: new ConfigError(
          "PORT",
          `Port ${where} is in use by another process: stop it, or set PORT (or --port) to a free port.`,
        ),
        EACCES: new ConfigError("PORT", `Port ${where} needs privileges: set PORT (or --port) above 1023.`),
        EADDRNOTAVAIL: new ConfigError("HOST", `HOST ${env.HOST} is not an address of this machine.`),
        ENOTFOUND: new ConfigError("HOST", `HOST ${env.HOST} does not resolve to an address.`),
      };
      reject(reasons[error.code ?? ""] ?? error);
    };
    server.once("error", failed);
    server.listen(env.PORT, env.HOST, () => {
      server.off("error", failed);
      resolve();
    });
  });
}

/**
 * Loads the seed corpus. Instances started together on a new database race to load it: the loser's
 * transaction fails on a key the winner wrote, and its next try finds the corpus loaded (loading it again
 * changes nothing).
 */
async function seedOnce(prisma: PrismaClient, tries = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await seed(prisma);
    } catch (error) {
      if (attempt >= tries || !isUniqueViolation(error)) throw error;
    }
  }
}

/**
 * Binds the port first (a port in use stops the start before anything is migrated), then opens, migrates
 * and (unless told not to) seeds the database, and serves the API. Requests that arrive while the database
 * is being prepared wait for it.
 */
export async function startServer(
  env: Env,
  options: { extra?: ExtraHandler; logger?: Logger } = {},
): Promise<RunningServer> {
  const logger = options.logger ?? pino({ name: "readout", level: env.LOG_LEVEL });
  let db: Db | undefined;
  // Created first, so that /metrics answers from the start (its pool gauge reads the database once open).
  const metrics = env.READOUT_METRICS
    ? new Metrics({ process: true, pool: () => db?.poolUsage?.(), reads: () => db?.replicas?.reads() })
    : undefined;
  let handle: ((request: IncomingMessage, response: ServerResponse) => Promise<void>) | undefined;
  let markReady!: (ready: boolean) => void;
  const ready = new Promise<boolean>((resolve) => {
    markReady = resolve;
  });

  // Connections and their requests, so that a shutdown can wait for what was sent before it. A connection
  // that has not delivered its first request yet counts as busy: on a busy embedded database the event
  // loop may not have read a request that the client has sent already.
  const connections = new Map<Socket, { active: number; served: number }>();
  let draining = false;
  let settled: (() => void) | undefined;
  const busy = () => [...connections.values()].filter((c) => c.active > 0 || c.served === 0).length;
  // An idle kept-alive connection is not closed at once during a shutdown: its client may have sent the
  // next request already (it is on its way, or unread in the socket), and closing would reset it. It gets
  // a moment to arrive, and is answered with `Connection: close`.
  const idleTimers = new Map<Socket, NodeJS.Timeout>();
  const closeIdle = () => {
    for (const [socket, state] of connections) {
      if (state.active === 0 && state.served > 0 && !idleTimers.has(socket)) {
        const timer = setTimeout(() => socket.destroySoon(), DRAIN_IDLE_MS);
        timer.unref();
        idleTimers.set(socket, timer);
      }
    }
    if (connections.size === 0) settled?.();
  };
  const server = createServer((request, response) => {
    const state = connections.get(request.socket);
    if (state) state.active += 1;
    clearTimeout(idleTimers.get(request.socket));
    idleTimers.delete(request.socket);
    // During a shutdown a request is still answered, and its connection closed afterwards.
    if (draining) response.setHeader("connection", "close");
    response.once("close", () => {
      if (state) {
        state.active -= 1;
        state.served += 1;
      }
      if (draining) closeIdle();
    });
    void (async () => {
      // Liveness answers at once, even while the database is being prepared.
      if (request.url === "/healthz") {
        response.writeHead(200, JSON_TYPE).end('{"status":"ok"}');
        return;
      }
      if (metrics && request.url === "/metrics") {
        const { contentType, body } = await metrics.exposition();
        response.writeHead(200, { "content-type": contentType, "cache-control": "no-store" }).end(body);
        return;
      }
      // Readiness does not wait for the database to be prepared, as other requests do: it says so.
      if (request.url === "/readyz" && !handle) {
        response
          .writeHead(503, JSON_TYPE)
          .end('{"status":"not ready","checks":{"migrations":"not applied yet"}}');
        return;
      }
      if (!(await ready) || !handle) {
        response.writeHead(503, { "content-type": "text/plain", "retry-after": "1" }).end("Not ready");
        return;
      }
      await handle(request, response);
    })();
  });
  let accepted = 0;
  server.on("connection", (socket: Socket) => {
    accepted += 1;
    connections.set(socket, { active: 0, served: 0 });
    socket.once("close", () => {
      connections.delete(socket);
      clearTimeout(idleTimers.get(socket));
      idleTimers.delete(socket);
      if (draining && connections.size === 0) settled?.();
    });
  });

  await listen(server, env);
  const { port } = server.address() as AddressInfo;
  const url = `http://${env.HOST}:${port}`;
  // net.Server's close stops accepting and leaves open connections be; http.Server's would also drop the
  // connections whose first request has not been read yet.
  const stopListening = () =>
    new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
  /** A start that failed: waiting requests are answered 503, and nothing stays open. */
  const abandon = async () => {
    markReady(false);
    const stopped = stopListening();
    await new Promise((resolve) => setImmediate(resolve));
    for (const socket of connections.keys()) socket.destroy();
    await stopped;
  };

  let opened: Db;
  try {
    opened = await createDb({
      databaseUrl: env.DATABASE_URL,
      dataDir: env.dataDir,
      statementTimeoutMs: env.READOUT_STATEMENT_TIMEOUT_MS,
      acquireTimeoutMs: env.READOUT_DB_ACQUIRE_TIMEOUT_MS,
      replicaUrls: env.DATABASE_REPLICA_URLS,
      replicaMaxLagMs: env.READOUT_REPLICA_MAX_LAG_MS,
      replicaCheckIntervalMs: env.READOUT_REPLICA_CHECK_INTERVAL_MS,
    }).catch((error: unknown) => {
      if (error instanceof DataDirError && error.code === "NOT_WRITABLE") {
        throw new ConfigError(
          "READOUT_DATA_DIR",
          `READOUT_DATA_DIR must name a writable directory: ${error.message}`,
        );
      }
      throw error;
    });
  } catch (error) {
    await abandon();
    throw error;
  }
  const database = opened;
  db = database;
  logger.info(
    { database: database.kind, location: database.kind === "pglite" ? env.dataDir : "DATABASE_URL" },
    "database opened",
  );
  if (metrics) database.onQuery((event) => metrics.statement(event.durationMs));
  const routing = database.replicas;
  routing?.onChange((replica) =>
    replica.healthy
      ? logger.info({ replica: replica.url, lagMs: replica.lagMs }, "read replica in use")
      : logger.warn({ replica: replica.url, reason: replica.reason }, "read replica skipped"),
  );
  let sharedStore: SharedStore | undefined;
  let responseCache: ResponseCache | undefined;
  try {
    logger.info(await database.migrate(), "migrations applied");
    if (env.READOUT_SEED) {
      const report = await seedOnce(database.prisma);
      logger.info(report, report.unchanged ? "seed corpus already loaded" : "seed corpus loaded");
    }
    if (env.REDIS_URL) {
      sharedStore = await openSharedStore({ url: env.REDIS_URL, prefix: env.READOUT_REDIS_PREFIX, logger });
      logger.info(
        {
          redis: sharedStore.redis.status === "ready" ? "reachable" : "unreachable",
          prefix: sharedStore.prefix,
        },
        "limits shared through Redis",
      );
      if (env.READOUT_RESPONSE_CACHE_TTL_MS > 0) {
        responseCache = createResponseCache({
          store: sharedStore,
          ttlMs: env.READOUT_RESPONSE_CACHE_TTL_MS,
          // A read may reach a replica this long after a write that the replica has not replayed yet
          // (its lag is checked every interval and may be up to the limit; see @readout/db's replicas.ts).
          replicaWindowMs: routing
            ? 2 * env.READOUT_REPLICA_MAX_LAG_MS + 2 * env.READOUT_REPLICA_CHECK_INTERVAL_MS + 1_000
            : 0,
          metrics,
          logger,
        });
        // Migrations and the seed may have changed what answers hold.
        await responseCache.invalidate("start");
      }
    }
  } catch (error) {
    await abandon();
    await database.close();
    await sharedStore?.close();
    throw databaseConfigError(error, env.DATABASE_URL) ?? error;
  }

  const app = createApp({
    prisma: database.prisma,
    readJson: database.readJson,
    logger,
    security: { ...securityConfig(env), sharedStore, metrics },
    responseCache,
    // With replicas, a mutation (and whatever its request reads) runs on the primary.
    plugins: routing
      ? [
          {
            onExecute({ args }) {
              if (getOperationAST(args.document, args.operationName)?.operation !== "query")
                routing.usePrimary();
            },
          },
        ]
      : [],
  });
  handle = async (request, response) => {
    if (request.url === "/readyz") return readiness(response);
    if (request.url?.startsWith("/graphql") || !options.extra) {
      // With replicas, a request's reads may go to one, unless its client (API key, else address) wrote
      // moments ago (see @readout/db's replicas.ts).
      if (!routing) return app(request, response);
      const auth = request.headers.authorization;
      const client = auth
        ? `key:${createHash("sha256").update(auth).digest("hex").slice(0, 32)}`
        : `ip:${request.socket.remoteAddress}`;
      return routing.request(client, () => app(request, response));
    }
    try {
      if (await options.extra(request, response)) return;
    } catch (error) {
      logger.error({ err: error }, "request failed");
      if (!response.headersSent) response.writeHead(500);
      response.end();
      return;
    }
    response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
  };
  // Ready: migrated (done above, before this point is reached), not shutting down, and the database answers
  // within two seconds. A load balancer takes an instance out of rotation on 503. Redis, when configured, is
  // reported but does not decide: without it requests are still answered (each instance counts its limits
  // on its own), and it is the same Redis for every instance, so a 503 would take them all out at once.
  const readiness = async (response: ServerResponse) => {
    const checks: Record<string, string> = { migrations: "applied" };
    checks.shutdown = draining ? "in progress" : "no";
    const unreachable = (error: unknown) => `unreachable: ${(error as Error).message.split("\n")[0]}`;
    await Promise.all([
      Promise.race([
        database.readJson("SELECT 'ok' AS data", []),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error("no answer within 2 s")), 2_000).unref(),
        ),
      ]).then(
        () => {
          checks.database = "reachable";
        },
        (error) => {
          checks.database = unreachable(error);
        },
      ),
      sharedStore?.ping(2_000).then(
        () => {
          checks.redis = "reachable";
        },
        (error) => {
          checks.redis = unreachable(error);
        },
      ),
    ]);
    const ready = !draining && checks.database === "reachable";
    response
      .writeHead(ready ? 200 : 503, JSON_TYPE)
      .end(JSON.stringify({ status: ready ? "ready" : "not ready", checks }));
  };
  markReady(true);

  let closing: Promise<void> | undefined;
  let endGrace: (() => void) | undefined;
  const close = ({ graceMs = env.READOUT_SHUTDOWN_GRACE_MS }: { graceMs?: number } = {}) => {
    if (closing) {
      if (graceMs === 0) endGrace?.();
      return closing;
    }
    closing = (async () => {
      draining = true;
      // Connections that clients opened before the shutdown may still wait in the kernel's backlog (the
      // event loop was busy, say with the embedded database): accept them before the listening socket
      // closes, which would reset them. Each turn of the loop accepts what has arrived.
      for (let turn = 0, before = -1; turn < 50 && before !== accepted; turn++) {
        before = accepted;
        await new Promise((resolve) => setTimeout(resolve, 1));
        await new Promise((resolve) => setImmediate(resolve));
      }
      const stopped = stopListening();
      logger.info("no longer accepting connections");
      closeIdle();
      if (connections.size > 0) {
        logger.info({ connections: busy(), graceMs }, "waiting for requests in flight");
        let timer: NodeJS.Timeout | undefined;
        await new Promise<void>((resolve) => {
          settled = resolve;
          endGrace = resolve;
          if (graceMs > 0) timer = setTimeout(resolve, graceMs);
          else resolve();
        });
        clearTimeout(timer);
        if (busy() > 0)
          logger.warn({ connections: busy() }, "grace period over; closing the remaining connections");
      }
      server.closeAllConnections();
      for (const socket of connections.keys()) socket.destroy();
      await stopped;
      await database.close();
      await sharedStore?.close();
    })();
    return closing;
  };
  return { server, db: database, logger, url, close };
}

/**
 * Stops the server on Ctrl-C or SIGTERM: no new connections, requests in flight finish within the grace
 * period, then the database is closed and the process exits 0. A second signal ends the grace period.
 */
export function closeOnSignals(running: RunningServer): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      running.logger.warn({ signal }, "second signal: not waiting for requests in flight");
      void running.close({ graceMs: 0 });
      return;
    }
    stopping = true;
    running.logger.info({ signal }, "shutting down");
    try {
      await running.close();
      running.logger.info("database closed; bye");
      process.exit(0);
    } catch (error) {
      running.logger.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}
