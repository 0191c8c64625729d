/** Migrates a benchmark database through Readout's own migration applier, then fills it once per size. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { createDb } from "@readout/db";
import pg from "pg";
import type { Cluster } from "./cluster.ts";
import { type CorpusShape, corpusReady, generateCorpus, generationSeconds, type Sql } from "./corpus.ts";
import { progress } from "./log.ts";

export interface Prepared {
  /** Seconds the corpus took to generate (now or on the run that made it). */
  generationSeconds: number | null;
  generatedNow: boolean;
}

function pgSql(client: pg.Client): Sql {
  return {
    exec: async (text) => void (await client.query(text)),
    query: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
  };
}

function pgliteSql(db: PGlite): Sql {
  return {
    exec: async (text) => void (await db.exec(text)),
    query: async <T>(text: string, params?: unknown[]) => (await db.query(text, params)).rows as T[],
  };
}

/** Migrates with Readout's own applier: this checkout's, or another checkout's (`repoDir`) in a child process. */
async function migrate(options: { databaseUrl?: string; dataDir?: string; repoDir?: string }) {
  if (options.repoDir) {
    const script = `import { createDb } from ${JSON.stringify(path.join(options.repoDir, "packages/db/src/index.ts"))};
      const db = await createDb({ databaseUrl: process.env.DATABASE_URL });
      try { await db.migrate(); } finally { await db.close(); }
      process.exit(0);`;
    execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: options.repoDir,
      env: { ...process.env, DATABASE_URL: options.databaseUrl },
      stdio: ["ignore", "inherit", "inherit"],
      timeout: 300_000,
    });
    return;
  }
  const db = await createDb(options);
  try {
    await db.migrate();
  } finally {
    await db.close();
  }
}

/** `repoDir`: migrate with that checkout's migrations (an earlier commit's schema) instead of this one's. */
export async function preparePostgres(
  cluster: Cluster,
  database: string,
  shape: CorpusShape,
  repoDir?: string,
): Promise<Prepared> {
  await cluster.ensureDatabase(database);
  const url = cluster.url(database);
  const ready = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const sql = pgSql(client);
      return (await corpusReady(sql, shape.articles)) ? await generationSeconds(sql) : undefined;
    } finally {
      await client.end();
    }
  };
  const existing = await ready();
  // Another checkout is a fixed commit: its migrations, once applied, do not change.
  if (existing !== undefined && repoDir) return { generationSeconds: existing, generatedNow: false };
  if (existing !== undefined) {
    progress(`${database}: corpus of ${shape.articles} articles already there; migrating only`);
    try {
      await migrate({ databaseUrl: url, repoDir });
      return { generationSeconds: existing, generatedNow: false };
    } catch (error) {
      // A migration edited after this database applied it: the database no longer matches the code.
      progress(`${database}: ${(error as Error).message}; generating it again`);
    }
  }
  await cluster.ensureDatabase(database, true);
  progress(`${database}: migrating`);
  await migrate({ databaseUrl: url, repoDir });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const seconds = await generateCorpus(pgSql(client), shape, database);
    progress(`${database}: generated in ${seconds.toFixed(0)} s`);
    return { generationSeconds: seconds, generatedNow: true };
  } finally {
    await client.end();
  }
}

export async function preparePglite(dataDir: string, shape: CorpusShape): Promise<Prepared> {
  if (existsSync(path.join(dataDir, "PG_VERSION"))) {
    const db = await PGlite.create(dataDir);
    const sql = pgliteSql(db);
    const ready = await corpusReady(sql, shape.articles);
    const seconds = ready ? await generationSeconds(sql) : null;
    await db.close();
    if (ready) {
      progress(`PGlite ${dataDir}: corpus already there; migrating only`);
      try {
        await migrate({ dataDir });
        return { generationSeconds: seconds, generatedNow: false };
      } catch (error) {
        progress(`PGlite ${dataDir}: ${(error as Error).message}; generating it again`);
      }
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(path.dirname(dataDir), { recursive: true });
  progress(`PGlite ${dataDir}: migrating`);
  await migrate({ dataDir });
  const db = await PGlite.create(dataDir);
  try {
    const seconds = await generateCorpus(pgliteSql(db), shape, "PGlite");
    progress(`PGlite: generated in ${seconds.toFixed(0)} s`);
    return { generationSeconds: seconds, generatedNow: true };
  } finally {
    await db.close();
  }
}
