import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyMigrations, MigrationError, readMigrations } from "@readout/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, type TestDb } from "../kit/database.ts";

let db: TestDb;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db?.close());

// The applier's runner over the test database's client, as the data package builds it over a driver.
const runner = () => ({
  transaction: <T>(work: (tx: never) => Promise<T>) =>
    db.prisma.$transaction((tx) =>
      work({
        exec: async (sql: string) => void (await tx.$executeRawUnsafe(sql)),
        query: (sql: string, params: unknown[] = []) => tx.$queryRawUnsafe(sql, ...params),
      } as never),
    ),
});

describe("the migration applier", () => {
  it("records every committed migration in Prisma's own history table, with its checksum", async () => {
    const committed = await readMigrations();
    const history = await db.prisma.$queryRaw<{ migration_name: string; checksum: string }[]>`
      SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`;
    expect(history).toEqual(committed.map(({ name, checksum }) => ({ migration_name: name, checksum })));
  });

  it("applies nothing a second time", async () => {
    expect(await db.migrate()).toEqual({ applied: [], alreadyApplied: (await readMigrations()).length });
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "readout-migrations-"));
    const [first] = await readMigrations();
    if (!first) throw new Error("no committed migrations");
    await cp(path.resolve(import.meta.dirname, "../../prisma/migrations"), dir, { recursive: true });
    await writeFile(path.join(dir, first.name, "migration.sql"), `${first.sql}\n-- edited\n`);
    await expect(applyMigrations(runner(), { lock: false, dir })).rejects.toThrow(MigrationError);
    await expect(applyMigrations(runner(), { lock: false, dir })).rejects.toThrow(
      /was changed after it was applied/,
    );
  });

  it("applies the one migration pending on a database that holds all the others", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "readout-migrations-"));
    await cp(path.resolve(import.meta.dirname, "../../prisma/migrations"), dir, { recursive: true });
    const name = "99999999999999_pending_probe";
    await mkdir(path.join(dir, name));
    await writeFile(
      path.join(dir, name, "migration.sql"),
      `CREATE TABLE "PendingProbe" ("id" TEXT PRIMARY KEY);\n`,
    );
    const committed = (await readMigrations()).length;
    expect(await applyMigrations(runner(), { lock: false, dir })).toEqual({
      applied: [name],
      alreadyApplied: committed,
    });
    const [table] = await db.prisma.$queryRaw<{ exists: boolean }[]>`
      SELECT to_regclass('"PendingProbe"') IS NOT NULL AS "exists"`;
    expect(table?.exists).toBe(true);
    expect(await applyMigrations(runner(), { lock: false, dir })).toEqual({
      applied: [],
      alreadyApplied: committed + 1,
    });
  });
});
