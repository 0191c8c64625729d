import { cp, mkdtemp, writeFile } from "node:fs/promises";
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
    const runner = {
      transaction: <T>(work: (tx: never) => Promise<T>) =>
        db.prisma.$transaction((tx) =>
          work({
            exec: async (sql: string) => void (await tx.$executeRawUnsafe(sql)),
            query: (sql: string, params: unknown[] = []) => tx.$queryRawUnsafe(sql, ...params),
          } as never),
        ),
    };
    await expect(applyMigrations(runner, { lock: false, dir })).rejects.toThrow(MigrationError);
    await expect(applyMigrations(runner, { lock: false, dir })).rejects.toThrow(
      /was changed after it was applied/,
    );
  });
});
