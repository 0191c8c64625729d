/**
 * A process killed in the middle of a many-file import leaves whole pages only; running the import again
 * completes it and adds nothing twice.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readoutProcessArgs } from "../kit/cli.ts";
import { throwawayDatabase } from "../kit/database.ts";
import { roundPage } from "../kit/synthetic.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PAGES = 40;

function importer(dir: string, env: Record<string, string | undefined>): ChildProcess {
  return spawn(process.execPath, readoutProcessArgs(["import", dir]), {
    cwd: ROOT,
    env: { ...process.env, ...env, LOG_LEVEL: "silent" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

const database = await throwawayDatabase();
afterAll(() => database.drop());

describe("an import killed part way", () => {
  it("leaves whole pages only, and a second run completes it without duplicates", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "readout-pages-"));
    for (let n = 1; n <= PAGES; n++)
      await writeFile(path.join(dir, `page-${String(n).padStart(2, "0")}.txt`), roundPage(n));

    const child = importer(dir, database.env);
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (/\[5\/\d+\]/.test(output)) child.kill("SIGKILL");
    });
    const [code, signal] = await once(child, "exit");
    expect(signal, `the import finished before it could be killed: ${output}`).toBe("SIGKILL");
    expect(code).toBeNull();

    const db = await database.open();
    const stored = await db.prisma.sourceDocument.findMany({
      include: { articles: { include: { _count: { select: { candidates: true, bylines: true } } } } },
    });
    await db.close();
    expect(stored.length).toBeGreaterThanOrEqual(5);
    expect(stored.length).toBeLessThan(PAGES);
    for (const document of stored) {
      expect(document.articles, document.fileName ?? "").toHaveLength(2);
      for (const article of document.articles) expect(article._count.candidates).toBeGreaterThan(0);
    }

    const rerun = importer(dir, database.env);
    let summary = "";
    rerun.stdout?.on("data", (chunk: Buffer) => {
      summary += chunk.toString();
    });
    const [rerunCode] = await once(rerun, "exit");
    expect(rerunCode, summary).toBe(0);
    expect(summary).toContain(
      `${PAGES} file(s): ${PAGES - stored.length} page(s) imported, ${stored.length} unchanged, 0 refused`,
    );

    const after = await database.open();
    const documents = await after.prisma.sourceDocument.findMany({
      include: { _count: { select: { articles: true } } },
    });
    await after.close();
    expect(documents).toHaveLength(PAGES);
    expect(documents.every((document) => document._count.articles === 2)).toBe(true);
    expect(new Set(documents.map((document) => document.contentHash)).size).toBe(PAGES);
  }, 120_000);
});
