/**
 * Once per run and project: one migrated database, and one migrated and seeded, that every test file
 * copies instead of building its own. On PGlite they are dumped to tarballs that each file loads into a
 * new in-memory database; on PostgreSQL they are template databases that each file's database is created
 * from (`CREATE DATABASE … TEMPLATE …`). Migrating and seeding a fresh PGlite took close to the 60 s hook
 * timeout per file on a busy 2-core machine; a copy takes a fraction of it.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb, seed } from "@readout/db";
import type { TestProject } from "vitest/node";
import { onServer } from "./postgres.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where each kind of starting database is: tarball paths (PGlite) or template names (PostgreSQL). */
    testDatabases: { kind: "pglite" | "postgresql"; empty: string; seeded: string } | null;
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = project.config.env?.READOUT_TEST_POSTGRES_URL;
  if (serverUrl) {
    const stem = `readout_template_${randomBytes(4).toString("hex")}`;
    const templates = { empty: `${stem}_empty`, seeded: `${stem}_seeded` };
    for (const [name, seeded] of [
      [templates.empty, false],
      [templates.seeded, true],
    ] as const) {
      await onServer(serverUrl, `CREATE DATABASE ${name}`);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const db = await createDb({ databaseUrl: url.toString() });
      try {
        await db.migrate();
        if (seeded) await seed(db.prisma);
      } finally {
        await db.close();
      }
    }
    project.provide("testDatabases", { kind: "postgresql", ...templates });
    return async () => {
      for (const name of Object.values(templates)) {
        await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }
    };
  }

  const dir = await mkdtemp(path.join(tmpdir(), "readout-test-databases-"));
  const db = await createDb({ dataDir: "memory://" });
  const dumps = { empty: path.join(dir, "empty.tar"), seeded: path.join(dir, "seeded.tar") };
  const dump = async (file: string) => {
    if (!db.dumpDataDir) throw new Error("An embedded database can be dumped.");
    await writeFile(file, Buffer.from(await (await db.dumpDataDir()).arrayBuffer()));
  };
  try {
    await db.migrate();
    await dump(dumps.empty);
    await seed(db.prisma);
    await dump(dumps.seeded);
  } finally {
    await db.close();
  }
  project.provide("testDatabases", { kind: "pglite", ...dumps });
  return () => rm(dir, { recursive: true, force: true });
}
