/**
 * One process at a time per embedded database: a second process that opens a PGlite data directory held
 * by a live process is refused, naming the directory and the holder; a holder killed with SIGKILL leaves a
 * lock that no longer blocks.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb, DataDirError, LOCK_FILE } from "@readout/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const HOLDER = path.join(ROOT, "tests/kit/hold-data-dir.ts");

/** Starts a process that opens `dir` and keeps it; resolves once it holds it. */
async function holder(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", HOLDER, dir], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk) => {
      output += chunk;
      if (output.includes("ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`the holder exited (${code}):\n${output}`)));
  });
  return child;
}

describe.skipIf(Boolean(process.env.READOUT_TEST_POSTGRES_URL))(
  "the embedded database's directory lock",
  () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), "readout-lock-"));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it("refuses a second process while the first is alive, and opens once it was killed", {
      timeout: 180_000,
    }, async () => {
      const child = await holder(dir);
      try {
        const refusal = await createDb({ dataDir: dir }).then(
          async (db) => {
            await db.close();
            return null;
          },
          (error: unknown) => error,
        );
        expect(refusal).toBeInstanceOf(DataDirError);
        expect(refusal).toMatchObject({ code: "LOCKED", dataDir: dir, holderPid: child.pid });
        expect((refusal as Error).message).toContain(dir);
        expect((refusal as Error).message).toContain(`process ${child.pid}`);
      } finally {
        child.kill("SIGKILL");
        await once(child, "exit").catch(() => {});
      }
      // The killed holder's lock file is still there, and no longer blocks.
      expect(JSON.parse(await readFile(path.join(dir, LOCK_FILE), "utf8"))).toMatchObject({ pid: child.pid });
      const db = await createDb({ dataDir: dir });
      try {
        expect(await db.prisma.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
        // Within one process too, the directory is held until it is closed.
        await expect(createDb({ dataDir: dir })).rejects.toMatchObject({ code: "LOCKED" });
      } finally {
        await db.close();
      }
      const again = await createDb({ dataDir: dir });
      await again.close();
    });

    it("takes over a lock file that names no live process, or that is not a lock at all", {
      timeout: 120_000,
    }, async () => {
      const other = await mkdtemp(path.join(tmpdir(), "readout-lock-"));
      try {
        await writeFile(path.join(other, LOCK_FILE), "garbage");
        const db = await createDb({ dataDir: other });
        await db.close();
      } finally {
        await rm(other, { recursive: true, force: true });
      }
    });

    it("refuses a directory that cannot be created or written, naming it", async () => {
      for (const bad of ["/proc/readout-test", "/etc/hostname"]) {
        await expect(createDb({ dataDir: bad })).rejects.toMatchObject({
          code: "NOT_WRITABLE",
          message: expect.stringContaining(bad),
        });
      }
    });
  },
);
