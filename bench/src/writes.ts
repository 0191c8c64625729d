/**
 * Write throughput on a copy of the corpus (so the read measurements never see the writes): `readout
 * import` of synthetic pages through the command line, and `createAgreement` mutations through the API
 * with an EDITOR key made by `readout keys create`.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { Cluster } from "./cluster.ts";
import { BENCH_DIR, packageScript, REPO_DIR, startReadout } from "./contenders.ts";
import { progress } from "./log.ts";
import { load } from "./measure.ts";
import { readoutId } from "./queries.ts";
import type { WriteResult } from "./report.ts";
import { sentencePool } from "./words.ts";

const OUTLETS = ["Global Times", "NHK", "BBC News", "Reuters", "Xinhua", "The Hindu"];

/** Captured pages in plain text: an outlet, a headline, a dateline with a time, and paragraphs. */
function writePages(dir: string, count: number, first = 0): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const pool = sentencePool(400, 0, 7);
  for (let i = first; i < first + count; i++) {
    const paragraphs = Array.from({ length: 6 }, (_, p) =>
      Array.from({ length: 3 }, (_, s) => pool[(i * 17 + p * 5 + s) % pool.length]).join(" "),
    );
    const text = [
      OUTLETS[i % OUTLETS.length],
      "",
      `Foreign ministers meet in Geneva for talks on trade, page ${i + 1}`,
      "",
      `Published: 2026-03-${String(1 + (i % 28)).padStart(2, "0")} 10:${String(i % 60).padStart(2, "0")} UTC`,
      "",
      `GENEVA — Foreign Minister Amina Haddad met her counterpart Sergei Petrov on Monday. ${paragraphs[0]}`,
      "",
      ...paragraphs.slice(1).flatMap((paragraph) => [paragraph, ""]),
    ].join("\n");
    writeFileSync(path.join(dir, `page-${String(i + 1).padStart(4, "0")}.txt`), text);
  }
}

function readoutCli(
  args: string[],
  databaseUrl: string,
): { seconds: number; stdout: string; status: number | null } {
  const started = Date.now();
  const result = spawnSync("sh", ["-c", `${packageScript(REPO_DIR, "readout")} "$@"`, "readout", ...args], {
    cwd: REPO_DIR,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" },
    encoding: "utf8",
  });
  if (result.status !== 0)
    progress(`readout ${args[0]} exited ${result.status}: ${result.stderr.slice(-500)}`);
  return { seconds: (Date.now() - started) / 1000, stdout: result.stdout, status: result.status };
}

export async function measureWrites(
  cluster: Cluster,
  sourceDatabase: string,
  options: { pages: number; duration: number; connections: number; port: number },
): Promise<WriteResult[]> {
  const database = `${sourceDatabase}_writes`;
  const url = cluster.url(database);
  const admin = new pg.Client({ connectionString: cluster.url("postgres") });
  await admin.connect();
  const results: WriteResult[] = [];
  try {
    progress(`writes: copying ${sourceDatabase} to ${database}`);
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${sourceDatabase}"`);

    const dir = path.join(BENCH_DIR, ".data", "pages");
    writePages(path.join(dir, "warm"), 1, 2000);
    writePages(path.join(dir, "one"), 1, 1000);
    writePages(path.join(dir, "many"), options.pages);
    // The first import into a corpus fingerprints its stored articles for near-copy detection, once: it
    // is done before timing, so that the 1-page run measures start-up alone.
    progress("writes: readout import of 1 page (fingerprints the stored articles, not timed)");
    readoutCli(["import", path.join(dir, "warm"), "--json", "--quiet"], url);
    progress("writes: readout import of 1 page (start-up cost)");
    const one = readoutCli(["import", path.join(dir, "one"), "--json", "--quiet"], url);
    progress(`writes: readout import of ${options.pages} pages`);
    const many = readoutCli(["import", path.join(dir, "many"), "--json", "--quiet"], url);
    let created = "?";
    try {
      const summary = JSON.parse(many.stdout) as { created: number; articles: number; failed: unknown[] };
      created = `${summary.created} pages created, ${summary.articles} articles, ${summary.failed.length} refused`;
    } catch {
      created = "summary unreadable";
    }
    const marginal = (options.pages - 1) / Math.max(0.001, many.seconds - one.seconds);
    results.push({
      what: "readout import (pages/s)",
      perSecond: marginal,
      detail: `${options.pages} pages in ${many.seconds.toFixed(1)} s (${(options.pages / many.seconds).toFixed(1)}/s with start-up; 1 page took ${one.seconds.toFixed(1)} s); ${created}`,
    });

    const keys = readoutCli(["keys", "create", "--name", "bench", "--scope", "EDITOR"], url);
    if (keys.status !== 0) throw new Error("readout keys create failed; mutations not measured");
    const key = keys.stdout.trim();
    const contender = await startReadout("readout", {
      repoDir: REPO_DIR,
      port: options.port,
      databaseUrl: url,
    });
    try {
      const event = readoutId("Event", "evt000001");
      progress(`writes: createAgreement for ${options.duration} s`);
      const sample = await load(
        contender,
        (n) => ({
          operationName: "Write",
          query: `mutation Write($input: CreateAgreementInput!) { createAgreement(input: $input) { ok agreement { id } } }`,
          variables: { input: { event, summary: `Both sides agreed to benchmark ${n}` } },
        }),
        true,
        {
          cluster,
          database,
          duration: options.duration,
          connections: options.connections,
          headers: { authorization: `Bearer ${key}` },
        },
      );
      results.push({
        what: "createAgreement mutations (/s)",
        perSecond: sample.reqPerSec,
        detail: `p50 ${sample.p50} ms, p99 ${sample.p99} ms, ${sample.errors} errors, ${sample.statementsPerReq?.toFixed(1)} SQL statements, ${sample.serverCpuMsPerReq.toFixed(2)} server + ${sample.pgCpuMsPerReq?.toFixed(2)} PG CPU ms each`,
      });
    } finally {
      await contender.stop();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => {});
    await admin.end();
  }
  return results;
}
