/**
 * A fresh, migrated database for each test file: an in-memory PGlite by default, or a throwaway database
 * on the PostgreSQL server named by READOUT_TEST_POSTGRES_URL (the vitest `postgresql` project sets it).
 * Each is a copy of a database migrated (and seeded) once per run by global-setup.ts.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb, type Db, seed } from "@readout/db";
import { inject } from "vitest";
import { onServer } from "./postgres.ts";

export interface TestDb extends Db {
  /** Drops the throwaway database too, on PostgreSQL. */
  close(): Promise<void>;
}

/** A new database on the PostgreSQL server at `serverUrl` (empty, or a copy of `template`), and how to drop it. */
async function postgresDatabase(serverUrl: string, template?: string) {
  const name = `readout_test_${randomBytes(6).toString("hex")}`;
  const run = (sql: string) => onServer(serverUrl, sql);
  await run(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ""}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * Where a separate process can open a fresh database: a throwaway PostgreSQL database, or a PGlite
 * directory; `env` is what that process needs, `open` opens it here, `drop` removes it.
 */
export async function throwawayDatabase() {
  const serverUrl = process.env.READOUT_TEST_POSTGRES_URL;
  if (serverUrl) {
    const { url, drop } = await postgresDatabase(serverUrl);
    return { env: { DATABASE_URL: url }, open: () => createDb({ databaseUrl: url }), drop };
  }
  const dir = await mkdtemp(path.join(tmpdir(), "readout-pglite-"));
  return {
    env: { READOUT_DATA_DIR: dir, DATABASE_URL: "" },
    open: () => createDb({ dataDir: dir }),
    drop: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The databases global-setup.ts prepared for this run, if it ran (it does under vitest). */
function prepared() {
  try {
    return inject("testDatabases") ?? null;
  } catch {
    return null;
  }
}

/** A fresh, migrated database for one test file (in memory on PGlite), seeded when asked. */
export async function openTestDb(options: { seed?: boolean } = {}): Promise<TestDb> {
  const serverUrl = process.env.READOUT_TEST_POSTGRES_URL;
  const ready = prepared();
  const copy = ready?.kind === (serverUrl ? "postgresql" : "pglite") ? ready : null;
  const source = copy ? (options.seed ? copy.seeded : copy.empty) : undefined;
  const postgres = serverUrl ? await postgresDatabase(serverUrl, source) : null;
  const db = postgres
    ? await createDb({ databaseUrl: postgres.url })
    : await createDb({
        dataDir: "memory://",
        loadDataDir: source ? new Blob([await readFile(source)]) : undefined,
      });
  if (!source) {
    await db.migrate();
    if (options.seed) await seed(db.prisma);
  }
  return {
    ...db,
    async close() {
      await db.close();
      await postgres?.drop();
    },
  };
}

/** Counts the SQL statements Prisma sends while `work` runs. */
export async function countQueries<T>(
  db: Db,
  work: () => Promise<T>,
): Promise<{ result: T; queries: string[] }> {
  const queries: string[] = [];
  const stop = db.onQuery((event) => queries.push(event.query));
  try {
    return { result: await work(), queries };
  } finally {
    stop();
  }
}

/** Rows in every table of the data model, to prove that something changed nothing. */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const rows = await db.prisma.$queryRaw<{ table_name: string }[]>`
    SELECT table_name::text AS table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  const counts: Record<string, number> = {};
  for (const { table_name } of rows) {
    const [row] = await db.prisma.$queryRawUnsafe<{ n: bigint | number }[]>(
      `SELECT count(*) AS n FROM "${table_name}"`,
    );
    counts[table_name] = Number(row?.n ?? 0);
  }
  return counts;
}
