/**
 * Applies the committed `prisma/migrations/<name>/migration.sql` files at start-up.
 *
 * Home-made on purpose: Prisma 6's `migrate deploy` needs a native schema engine that it downloads at run
 * time, which fails offline and behind firewalls, and its driver-adapter path cannot run multi-statement
 * scripts. This applier runs each pending file in its own transaction through the driver's script path and
 * records it in Prisma's own `_prisma_migrations` table (same checksum), so `prisma migrate status` agrees
 * with it wherever the native engine is available.
 */
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT } from "./paths.ts";

/** The committed migrations folder. */
export const MIGRATIONS_DIR = fileURLToPath(new URL("prisma/migrations", PROJECT_ROOT));

export interface SqlTransaction {
  /** Runs a script of one or more statements. */
  exec(sql: string): Promise<void>;
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
}

export interface SqlRunner {
  transaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T>;
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: number;
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** An arbitrary constant that serialises concurrent start-ups on one PostgreSQL server. */
const ADVISORY_LOCK_KEY = 72_707_101;

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

export async function applyMigrations(
  runner: SqlRunner,
  options: { lock: boolean; dir?: string },
): Promise<MigrationReport> {
  const migrations = await readMigrations(options.dir);
  // A database already up to date (every start-up but the first after a new migration) is told so by one
  // read-only transaction of two queries, not one transaction per migration: a short import in a new
  // process pays for its start-up. Anything else (no history table, a pending or an edited migration)
  // goes the long way below, under the advisory lock.
  const current = await runner.transaction(async (tx) => {
    const [table] = await tx.query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`);
    if (!table?.exists) return false;
    const rows = await tx.query(
      `SELECT "migration_name", "checksum" FROM "_prisma_migrations"
       WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
    );
    const done = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    return migrations.every((migration) => done.get(migration.name) === migration.checksum);
  });
  if (current) return { applied: [], alreadyApplied: migrations.length };
  const applied: string[] = [];
  let alreadyApplied = 0;
  for (const migration of migrations) {
    const done = await runner.transaction(async (tx) => {
      if (options.lock) await tx.query(`SELECT pg_advisory_xact_lock(${ADVISORY_LOCK_KEY})`);
      await tx.exec(HISTORY_TABLE);
      const [row] = await tx.query(
        `SELECT "checksum" FROM "_prisma_migrations"
         WHERE "migration_name" = $1 AND "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
        [migration.name],
      );
      if (row) {
        if (row.checksum !== migration.checksum) {
          throw new MigrationError(
            `Migration ${migration.name} was changed after it was applied (checksum differs); add a new migration instead of editing it.`,
          );
        }
        return false;
      }
      try {
        await tx.exec(migration.sql);
      } catch (error) {
        throw new MigrationError(`Migration ${migration.name} failed: ${(error as Error).message}`, {
          cause: error,
        });
      }
      await tx.query(
        `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "finished_at", "applied_steps_count")
         VALUES ($1, $2, $3, now(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
      return true;
    });
    if (done) applied.push(migration.name);
    else alreadyApplied++;
  }
  return { applied, alreadyApplied };
}
