/**
 * A fresh, migrated database for each test file: an in-memory PGlite by default, or a throwaway database
 * on the PostgreSQL server named by READOUT_TEST_POSTGRES_URL (the vitest `postgresql` project sets it).
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb, type Db, seed } from "@readout/db";
import pg from "pg";

export interface TestDb extends Db {
  /** Drops the throwaway database too, on PostgreSQL. */
  close(): Promise<void>;
}

/**
 * Where a separate process can open a fresh database: a throwaway PostgreSQL database, or a PGlite
 * directory; `env` is what that process needs, `open` opens it here, `drop` removes it.
 */
export async function throwawayDatabase() {
  const serverUrl = process.env.READOUT_TEST_POSTGRES_URL;
  if (serverUrl) {
    const name = `readout_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: url.toString() },
      open: () => createDb({ databaseUrl: url.toString() }),
      drop: async () => {
        const dropper = new pg.Client({ connectionString: serverUrl });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await dropper.end();
      },
    };
  }
  const dir = await mkdtemp(path.join(tmpdir(), "readout-pglite-"));
  return {
    env: { READOUT_DATA_DIR: dir, DATABASE_URL: "" },
    open: () => createDb({ dataDir: dir }),
    drop: () => rm(dir, { recursive: true, force: true }),
  };
}

export async function openTestDb(options: { seed?: boolean } = {}): Promise<TestDb> {
  const serverUrl = process.env.READOUT_TEST_POSTGRES_URL;
  let db: Db;
  let drop = async () => {};
  if (serverUrl) {
    const name = `readout_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    db = await createDb({ databaseUrl: url.toString() });
    drop = async () => {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    };
  } else {
    db = await createDb({ dataDir: "memory://" });
  }
  await db.migrate();
  if (options.seed) await seed(db.prisma);
  return {
    ...db,
    async close() {
      await db.close();
      await drop();
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
