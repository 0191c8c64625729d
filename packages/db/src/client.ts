import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { lockDataDir } from "./data-dir-lock.ts";
import { PrismaClient } from "./generated/prisma/client.ts";
import { applyMigrations, type MigrationReport, type SqlRunner } from "./migrate.ts";
import { PRISMA_READS, ReadRouter } from "./replicas.ts";

export type DbKind = "pglite" | "postgresql";

export interface DbOptions {
  /** A PostgreSQL connection string. When absent, an embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** Directory of the embedded database; `memory://` keeps it in memory. Ignored with `databaseUrl`. */
  dataDir?: string | undefined;
  /** A new embedded database starts as a copy of this dump (see `dumpDataDir`) instead of empty. */
  loadDataDir?: Blob | undefined;
  /**
   * PostgreSQL only: the server cancels any statement running longer (0: never). Defaults to
   * READOUT_STATEMENT_TIMEOUT_MS, else 10 s. Migrations are exempt.
   */
  statementTimeoutMs?: number | undefined;
  /** PostgreSQL only: how long a query waits for a free pool connection (0: forever); default 5 s. */
  acquireTimeoutMs?: number | undefined;
  /**
   * PostgreSQL only: streaming replicas of `databaseUrl`. Reads made in a request scope (see
   * `Db.replicas`) go to them; see replicas.ts.
   */
  replicaUrls?: string[] | undefined;
  /** A replica further behind the primary is skipped; default 5 s. */
  replicaMaxLagMs?: number | undefined;
  /** How often replicas are checked; default 1 s. */
  replicaCheckIntervalMs?: number | undefined;
}

/** A whole number of milliseconds from the environment (validated at start-up by the API), or a default. */
function millisFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] || fallback);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

export interface QueryEvent {
  query: string;
  durationMs: number;
}

/** An open database: the Prisma client, the SQL runner used for migrations, and a way to close both. */
export interface Db {
  kind: DbKind;
  prisma: PrismaClient;
  /** Applies the committed migrations that this database has not applied yet. */
  migrate(): Promise<MigrationReport>;
  /** Subscribes to every SQL statement Prisma sends; returns the unsubscribe function. */
  onQuery(listener: (event: QueryEvent) => void): () => void;
  /**
   * Runs one read statement whose single row holds a JSON document in its `data` column, and returns
   * that text. On PostgreSQL a `name` makes it a prepared statement, planned once per connection.
   */
  readJson(sql: string, params: unknown[], name?: string): Promise<string | null>;
  /** PostgreSQL only: the pool's connections (open, idle, the most it opens) and queries waiting for one. */
  poolUsage?(): { total: number; idle: number; waiting: number; max: number };
  /**
   * With replicas: runs a request's work in a scope whose reads may go to a replica (`request`), marks a
   * request as writing (`usePrimary`), and reports the replicas' health.
   */
  replicas?: ReadRouter;
  close(): Promise<void>;
  /** The embedded database's files as a tarball, to start others from (PGlite only). */
  dumpDataDir?(): Promise<Blob>;
}

/** How many distinct statements `readJson` keeps prepared (see there). */
const MAX_PREPARED = 500;

function createPrisma(adapter: PrismaPg | PrismaPGlite) {
  return new PrismaClient({
    adapter,
    log: [{ emit: "event", level: "query" }],
    transactionOptions: { timeout: 60_000, maxWait: 10_000 },
  });
}

/** Opens the database named by the options (PGlite by default) without migrating it. */
export async function createDb(options: DbOptions = {}): Promise<Db> {
  const listeners = new Set<(event: QueryEvent) => void>();
  const wire = (prisma: ReturnType<typeof createPrisma>) => {
    prisma.$on("query", (event) => {
      for (const listener of listeners) listener({ query: event.query, durationMs: event.duration });
    });
    return prisma;
  };
  const onQuery = (listener: (event: QueryEvent) => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const timed = async <T>(sql: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      const event = { query: sql, durationMs: performance.now() - started };
      for (const listener of listeners) listener(event);
    }
  };

  if (options.databaseUrl) {
    // allowExitOnIdle lets command-line runs end as soon as their work is done.
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      allowExitOnIdle: true,
      max: 10,
      // Bounds on database work, so that a heavy or abandoned request cannot hold the server.
      statement_timeout: options.statementTimeoutMs ?? millisFromEnv("READOUT_STATEMENT_TIMEOUT_MS", 10_000),
      connectionTimeoutMillis:
        options.acquireTimeoutMs ?? millisFromEnv("READOUT_DB_ACQUIRE_TIMEOUT_MS", 5_000),
    });
    // An idle connection that the server ends (restart, terminated backend) must not crash the process;
    // the pool drops it and the next query opens a new one.
    pool.on("error", () => {});
    const primary = wire(createPrisma(new PrismaPg(pool)));
    const replicaPools = (options.replicaUrls ?? []).map((url) => {
      const replicaPool = new pg.Pool({ ...pool.options, connectionString: url });
      replicaPool.on("error", () => {});
      return { url, pool: replicaPool, prisma: wire(createPrisma(new PrismaPg(replicaPool))) };
    });
    const router =
      replicaPools.length > 0
        ? new ReadRouter({
            primary: pool,
            replicas: replicaPools,
            maxLagMs: options.replicaMaxLagMs ?? 5_000,
            checkIntervalMs: options.replicaCheckIntervalMs ?? 1_000,
          })
        : undefined;
    const clients = new Map(replicaPools.map((replica) => [replica.pool, replica.prisma]));
    // Outside transactions, a model's reads go where the router says; writes mark the request as writing.
    // Raw statements stay on the primary, and so do API key checks: a revoked key stops working at once.
    const prisma: PrismaClient = router
      ? (primary.$extends({
          query: {
            $allOperations(params) {
              const { model, operation, args, query } = params;
              const inTransaction = Boolean(
                (params as { __internalParams?: { transaction?: unknown } }).__internalParams?.transaction,
              );
              const read = model !== undefined && PRISMA_READS.has(operation);
              if (read && model === "ApiKey" && !inTransaction) return query(args);
              if (inTransaction || (!read && !operation.startsWith("$queryRaw"))) router.noteWrite();
              const replica = read && !inTransaction ? router.pick() : undefined;
              if (!replica || !model) return query(args);
              const delegate = `${model.charAt(0).toLowerCase()}${model.slice(1)}`;
              const client = clients.get(replica.pool) as unknown as Record<
                string,
                Record<string, (args: unknown) => Promise<unknown>>
              >;
              const models = client[delegate];
              if (!models?.[operation]) return query(args);
              return router.onReplica(
                replica,
                () => models[operation]?.(args) as Promise<unknown>,
                () => query(args),
              );
            },
          },
        }) as unknown as PrismaClient)
      : primary;
    const runner: SqlRunner = {
      async transaction(work) {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          // A migration may rewrite a large table: the statement timeout is for requests.
          await client.query("SET LOCAL statement_timeout = 0");
          const result = await work({
            exec: async (sql) => void (await client.query(sql)),
            query: async (sql, params) => (await client.query(sql, params)).rows,
          });
          await client.query("COMMIT");
          return result;
        } catch (error) {
          await client.query("ROLLBACK");
          throw error;
        } finally {
          client.release();
        }
      },
    };
    // Each distinct statement stays prepared on every connection that ran it: a bound keeps a stream of
    // distinct queries from growing the server's memory without end; past it, statements run unnamed.
    const prepared = new Set<string>();
    return {
      kind: "postgresql",
      prisma,
      onQuery,
      readJson: (sql, params, name) =>
        timed(sql, async () => {
          const named = name !== undefined && (prepared.has(name) || prepared.size < MAX_PREPARED);
          if (named) prepared.add(name);
          const statement = named ? { name, text: sql, values: params } : { text: sql, values: params };
          const run = async (on: pg.Pool) =>
            (await on.query<{ data: string | null }>(statement)).rows[0]?.data ?? null;
          const replica = router?.pick();
          return replica && router
            ? router.onReplica(
                replica,
                () => run(replica.pool),
                () => run(pool),
              )
            : run(pool);
        }),
      migrate: () => applyMigrations(runner, { lock: true }),
      poolUsage: () => ({
        total: pool.totalCount,
        idle: pool.idleCount,
        waiting: pool.waitingCount,
        max: pool.options.max ?? 10,
      }),
      ...(router ? { replicas: router } : {}),
      async close() {
        await router?.close();
        await primary.$disconnect();
        for (const replica of replicaPools) await replica.prisma.$disconnect();
        await Promise.all([pool.end(), ...replicaPools.map((replica) => replica.pool.end())]);
      },
    };
  }

  const dataDir = options.dataDir ?? "memory://";
  // One process at a time per directory (see data-dir-lock.ts); the lock also creates the directory.
  const unlock = dataDir.startsWith("memory://") ? async () => {} : await lockDataDir(dataDir);
  let pglite: PGlite;
  try {
    // Contrib extensions that migrations create must be loaded with the database (pg_trgm: participant lookup).
    pglite = await PGlite.create(dataDir, {
      extensions: { pg_trgm },
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
  } catch (error) {
    await unlock();
    throw error;
  }
  const prisma = wire(createPrisma(new PrismaPGlite(pglite)));
  const runner: SqlRunner = {
    transaction: (work) =>
      pglite.transaction((tx) =>
        work({
          exec: async (sql) => void (await tx.exec(sql)),
          query: async (sql, params) => (await tx.query<Record<string, unknown>>(sql, params)).rows,
        }),
      ),
  };
  return {
    kind: "pglite",
    prisma,
    onQuery,
    readJson: (sql, params) =>
      timed(
        sql,
        async () => (await pglite.query<{ data: string | null }>(sql, params)).rows[0]?.data ?? null,
      ),
    migrate: () => applyMigrations(runner, { lock: false }),
    dumpDataDir: () => pglite.dumpDataDir("none"),
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      await unlock();
    },
  };
}
