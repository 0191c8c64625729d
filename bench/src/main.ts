/**
 * `pnpm bench`: generates (once) the synthetic corpus, starts the contenders over it, checks that they all
 * answer each query alike, measures them in alternation, prints the ratio table and writes bench/RESULTS.md.
 */
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { type Cluster, startCluster, treeUsage } from "./cluster.ts";
import {
  BENCH_DIR,
  CONTENDER_LABELS,
  type Contender,
  type ContenderKey,
  ensureWorktree,
  REPO_DIR,
  startFloor,
  startPostGraphile,
  startReadout,
} from "./contenders.ts";
import { SIZES, type Size, shapeOf } from "./corpus.ts";
import { progress } from "./log.ts";
import { measureQuery, medianSample, post, type Sample } from "./measure.ts";
import { preparePglite, preparePostgres } from "./prepare.ts";
import { type Fixtures, QUERIES, type QueryDef, type QueryId } from "./queries.ts";
import {
  absoluteTable,
  type Cell,
  cellKey,
  machineFacts,
  type RunResult,
  ratioTable,
  renderSection,
  writeResults,
  writesTable,
} from "./report.ts";
import { measureWrites } from "./writes.ts";

const USAGE = `pnpm bench [options]
  --size 10k|100k|1m        corpus size (default 10k)
  --rounds N                rounds per query and contender, medians reported (default 3)
  --duration S              seconds per measurement (default 6)
  --connections N           autocannon connections (default 8)
  --queries Q1,Q2,...       which queries (default Q1-Q6)
  --contenders a,b,...      readout, pglite, postgraphile, floor, before
                            (default readout,postgraphile,floor, plus pglite at 10k)
  --base COMMIT             the commit "before" runs (default 9a8587b)
  --no-writes               skip the import and mutation throughput
  --no-results              do not write bench/RESULTS.md
  --keep-cluster            leave the benchmark's PostgreSQL running afterwards
  --soak S                  after the rounds, S seconds of Q1, Q2, Q3, Q5 in turn on Readout, RSS every 10 s
  --json                    print JSON instead of tables
Environment: READOUT_BENCH_PGDATA (default /tmp/readout-bench-pg), READOUT_BENCH_PGPORT (default 5499).`;

const PORTS: Record<ContenderKey, number> = {
  readout: 48101,
  pglite: 48102,
  before: 48103,
  postgraphile: 48104,
  floor: 48105,
};
const WRITE_PORT = 48106;
const PAGE = 400;
const PAGE_SIZE = 20;

function options() {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== "--"),
    options: {
      size: { type: "string", default: "10k" },
      rounds: { type: "string", default: "3" },
      duration: { type: "string", default: "6" },
      connections: { type: "string", default: "8" },
      queries: { type: "string", default: "Q1,Q2,Q3,Q4,Q5,Q6" },
      contenders: { type: "string" },
      base: { type: "string", default: "9a8587b" },
      "no-writes": { type: "boolean", default: false },
      "no-results": { type: "boolean", default: false },
      "keep-cluster": { type: "boolean", default: false },
      soak: { type: "string", default: "0" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const size = values.size.toLowerCase() as Size;
  if (!(size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(", ")}`);
  const queries = values.queries.split(",").map((q) => q.trim().toUpperCase()) as QueryId[];
  for (const q of queries) if (!QUERIES.some((def) => def.id === q)) throw new Error(`unknown query ${q}`);
  const contenders = (values.contenders ?? `readout,postgraphile,floor${size === "10k" ? ",pglite" : ""}`)
    .split(",")
    .map((c) => c.trim()) as ContenderKey[];
  for (const c of contenders) if (!(c in CONTENDER_LABELS)) throw new Error(`unknown contender ${c}`);
  if (!contenders.includes("readout")) contenders.unshift("readout");
  return {
    size,
    queries,
    contenders,
    rounds: Number(values.rounds),
    duration: Number(values.duration),
    connections: Number(values.connections),
    base: values.base,
    writes: !values["no-writes"],
    results: !values["no-results"],
    keepCluster: values["keep-cluster"],
    soak: Number(values.soak),
    json: values.json,
  };
}

async function fixturesFor(url: string, eventKey: string): Promise<Fixtures> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const ids = await client.query<{ id: string }>(`SELECT id FROM "Article" ORDER BY md5(id) LIMIT 500`);
    const cursor = await client.query<{ id: string }>(
      `SELECT id FROM "Article" ORDER BY "publishedSort" DESC NULLS LAST, id OFFSET $1 LIMIT 1`,
      [(PAGE - 1) * PAGE_SIZE - 1],
    );
    const last = cursor.rows[0]?.id ?? ids.rows[0]?.id ?? "";
    return {
      articleIds: ids.rows.map((row) => row.id),
      // Readout's cursors are Pothos' encoding of the article id.
      readoutCursor: Buffer.from(`GPC:S:${last}`).toString("base64"),
      postgraphileCursor: null,
      eventKey,
    };
  } finally {
    await client.end();
  }
}

async function postgraphileCursor(contender: Contender): Promise<string | null> {
  const answer = (await post(contender.url, {
    operationName: "Cursor",
    query: `query Cursor { articles(first: 1, offset: ${(PAGE - 1) * PAGE_SIZE - 1}, orderBy: [PUBLISHED_SORT_DESC, PRIMARY_KEY_ASC]) { edges { cursor } } }`,
  })) as { data?: { articles: { edges: { cursor: string }[] } } };
  return answer.data?.articles.edges[0]?.cursor ?? null;
}

/** Asks every contender each query and compares the reduced answers with Readout's (or the first one). */
async function verify(
  contenders: Contender[],
  queryIds: QueryId[],
  fixtures: Fixtures,
  cells: Record<string, Cell>,
  notes: string[],
) {
  for (const query of QUERIES.filter((q) => queryIds.includes(q.id))) {
    const answers = new Map<ContenderKey, string>();
    for (const contender of contenders) {
      const key = cellKey(query.id, contender.key);
      const request = query.request(contender.dialect, fixtures, 0);
      if (!request) {
        cells[key] = { sample: null, note: "n/a" };
        continue;
      }
      cells[key] = { sample: null };
      try {
        const reduced: unknown[] = [];
        for (let n = 0; n < (query.id === "Q3" ? 5 : 1); n++) {
          const answer = (await post(
            contender.url,
            query.request(contender.dialect, fixtures, n) as never,
          )) as {
            data?: unknown;
            errors?: { message: string }[];
          };
          if (answer.errors?.length || !answer.data) {
            throw new Error(answer.errors?.map((e) => e.message).join("; ") ?? "no data");
          }
          reduced.push(query.normalize(contender.dialect, answer.data));
        }
        answers.set(contender.key, JSON.stringify(reduced));
      } catch (error) {
        const message = `error: ${(error as Error).message.slice(0, 200)}`;
        cells[key] = { sample: null, note: message };
        progress(`${query.id} ${contender.label}: ${message}`);
      }
    }
    const reference = answers.get("readout") ?? answers.values().next().value;
    for (const [key, answer] of answers) {
      if (answer === reference) continue;
      let at = 0;
      while (at < answer.length && answer[at] === reference?.[at]) at++;
      const detail = `mismatch with Readout's answer at character ${at}: …${answer.slice(Math.max(0, at - 60), at + 80)}… vs …${reference?.slice(Math.max(0, at - 60), at + 80)}…`;
      progress(`${query.id} ${CONTENDER_LABELS[key]}: ${detail}`);
      (cells[cellKey(query.id, key)] as Cell).note = "mismatch (≠)";
      notes.push(`${query.id} ${CONTENDER_LABELS[key]}: ${detail}`);
    }
    if (answers.size > 1) progress(`${query.id}: ${answers.size} contenders checked`);
  }
}

async function main() {
  const opts = options();
  const articles = SIZES[opts.size];
  const shape = shapeOf(articles);
  const loadStart = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");
  const cluster = await startCluster({
    dir: process.env.READOUT_BENCH_PGDATA ?? "/tmp/readout-bench-pg",
    port: Number(process.env.READOUT_BENCH_PGPORT ?? 5499),
  });
  const database = `readout_${opts.size}`;
  const databaseUrl = cluster.url(database);
  const contenders: Contender[] = [];
  const notes: string[] = [];
  // Interrupted: the servers (each in a process group of its own) stop too.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      progress(`${signal}: stopping the contenders`);
      void Promise.all(contenders.map((contender) => contender.stop())).finally(() => process.exit(130));
    });
  }
  try {
    const generationSeconds: Record<string, number | null> = {};
    generationSeconds.PostgreSQL = (await preparePostgres(cluster, database, shape)).generationSeconds;
    const pgliteDir = path.join(BENCH_DIR, ".data", `pglite-${opts.size}`);
    if (opts.contenders.includes("pglite")) {
      generationSeconds.PGlite = (await preparePglite(pgliteDir, shape)).generationSeconds;
    }
    const baseDir = "/tmp/readout-base";
    const baseDatabase = `${database}_base`;
    if (opts.contenders.includes("before")) {
      ensureWorktree(baseDir, opts.base);
      // The same corpus in a database migrated by the earlier commit, so "before" has only its own indexes.
      generationSeconds["PostgreSQL (before's schema)"] = (
        await preparePostgres(cluster, baseDatabase, shape, baseDir)
      ).generationSeconds;
    }

    const fixtures = await fixturesFor(databaseUrl, "event-000001");
    for (const key of opts.contenders) {
      const port = PORTS[key];
      if (key === "readout")
        contenders.push(await startReadout("readout", { repoDir: REPO_DIR, port, databaseUrl }));
      if (key === "before") {
        const contender = await startReadout("before", {
          repoDir: baseDir,
          port,
          databaseUrl: cluster.url(baseDatabase),
        });
        contender.database = baseDatabase;
        contenders.push(contender);
      }
      if (key === "pglite")
        contenders.push(await startReadout("pglite", { repoDir: REPO_DIR, port, dataDir: pgliteDir }));
      if (key === "postgraphile") {
        const contender = await startPostGraphile({ port, databaseUrl });
        contenders.push(contender);
        fixtures.postgraphileCursor = await postgraphileCursor(contender);
      }
      if (key === "floor") contenders.push(await startFloor({ port, databaseUrl }));
    }

    const cells: Record<string, Cell> = {};
    progress("checking that every contender answers alike");
    await verify(contenders, opts.queries, fixtures, cells, notes);

    const samples = new Map<string, Sample[]>();
    for (let round = 1; round <= opts.rounds; round++) {
      for (const queryId of opts.queries) {
        const query = QUERIES.find((q) => q.id === queryId);
        if (!query) continue;
        // Each round starts with another contender, so none always runs first (or last) in a round.
        const order = contenders.map((_, i) => contenders[(i + round - 1) % contenders.length] as Contender);
        for (let contender of order) {
          if (!contender.alive()) {
            const note = `${contender.label} had exited before ${queryId} round ${round}; started again. Its last words: ${contender.logTail().replace(/\s+/g, " ").slice(-300)}`;
            progress(note);
            notes.push(note);
            const restarted = await contender.restart();
            restarted.database = contender.database;
            contenders[contenders.indexOf(contender)] = restarted;
            contender = restarted;
          }
          const key = cellKey(queryId, contender.key);
          if (cells[key]?.note === "n/a" || cells[key]?.note?.startsWith("error")) continue;
          progress(`measuring ${queryId} on ${contender.label}, round ${round}/${opts.rounds}`);
          const sample = await measureQuery(contender, query, fixtures, {
            cluster,
            database,
            duration: opts.duration,
            connections: opts.connections,
          });
          if (!sample) continue;
          samples.set(key, [...(samples.get(key) ?? []), sample]);
          progress(
            `  ${sample.reqPerSec.toFixed(1)} req/s, p50 ${sample.p50} ms, ${sample.errors} errors, ${sample.serverCpuMsPerReq.toFixed(2)} + ${sample.pgCpuMsPerReq?.toFixed(2) ?? "n/a"} CPU ms/req, ${sample.statementsPerReq?.toFixed(1) ?? "n/a"} statements/req`,
          );
        }
      }
    }
    for (const [key, list] of samples) {
      const cell = cells[key] as Cell;
      cell.sample = medianSample(list);
      if (cell.sample.slow) {
        const slow = `slower than the ${opts.duration} s run: ${opts.connections} requests timed`;
        cell.note = cell.note ? `${cell.note}; ${slow}` : slow;
      }
    }

    const readout = contenders.find((contender) => contender.key === "readout");
    if (opts.soak > 0 && readout) {
      notes.push(
        await soak(readout, fixtures, {
          cluster,
          database,
          seconds: opts.soak,
          connections: opts.connections,
        }),
      );
    }

    const startupSeconds: RunResult["startupSeconds"] = {};
    for (const contender of contenders) startupSeconds[contender.key] = contender.startupSeconds;
    while (contenders.length) await contenders.pop()?.stop();

    const writes = opts.writes
      ? await measureWrites(cluster, database, {
          pages: 40,
          duration: opts.duration,
          connections: opts.connections,
          port: WRITE_PORT,
        }).catch((error) => {
          notes.push(`writes not measured: ${(error as Error).message}`);
          return [];
        })
      : [];

    const result: RunResult = {
      size: opts.size,
      articles,
      generationSeconds,
      startupSeconds,
      contenders: opts.contenders,
      queries: opts.queries,
      cells,
      writes,
      notes,
      settings: { rounds: opts.rounds, duration: opts.duration, connections: opts.connections },
      machine: { ...machineFacts(), loadStart },
    };
    const command = `pnpm bench ${process.argv.slice(2).join(" ")}`.trim();
    if (opts.results) progress(`wrote ${writeResults(renderSection(result, command), opts.size)}`);
    if (opts.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else {
      process.stdout.write(`\n${ratioTable(result)}\n\n${absoluteTable(result)}\n\n${writesTable(result)}\n`);
      for (const note of notes) process.stdout.write(`- ${note}\n`);
    }
  } finally {
    while (contenders.length) await contenders.pop()?.stop();
    if (opts.keepCluster) await cluster.release();
    else await cluster.stop();
  }
}

/**
 * Readout (PostgreSQL) under a steady load for `seconds`: Q1, Q2, Q3 and Q5 in turn, 10 s each, with the
 * server's RSS read after each. Memory is flat when the last minute's readings stay within 10% of the
 * readings after the first minute (the first minute warms caches and the heap).
 */
async function soak(
  contender: Contender,
  fixtures: Fixtures,
  options: { cluster: Cluster; database: string; seconds: number; connections: number },
): Promise<string> {
  const mix = QUERIES.filter((query) => ["Q1", "Q2", "Q3", "Q5"].includes(query.id));
  const readings: { at: number; rssMb: number }[] = [];
  let requests = 0;
  let errors = 0;
  const started = performance.now();
  for (let i = 0; (performance.now() - started) / 1000 < options.seconds; i++) {
    const query = mix[i % mix.length] as QueryDef;
    const sample = await measureQuery(contender, query, fixtures, {
      cluster: options.cluster,
      database: options.database,
      duration: 10,
      connections: options.connections,
    });
    requests += Math.round((sample?.reqPerSec ?? 0) * 10);
    errors += sample?.errors ?? 0;
    readings.push({ at: (performance.now() - started) / 1000, rssMb: treeUsage(contender.pid).rssMb });
    progress(
      `soak ${readings.at(-1)?.at.toFixed(0)} s: ${query.id}, RSS ${readings.at(-1)?.rssMb.toFixed(0)} MB`,
    );
  }
  const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const warm = readings.filter((r) => r.at > 60);
  const last = warm.filter((r) => r.at > options.seconds - 60);
  const base = median(warm.map((r) => r.rssMb));
  const spread = Math.max(...warm.map((r) => Math.abs(r.rssMb - base) / (base || 1)), 0);
  const values = readings.map((r) => r.rssMb.toFixed(0)).join(", ");
  if (warm.length === 0)
    return `Soak: ${options.seconds} s is too short to judge (the first minute is warm-up); RSS every 10 s (MB): ${readings.map((r) => r.rssMb.toFixed(0)).join(", ")}.`;
  return `Soak: ${options.seconds} s of Q1, Q2, Q3 and Q5 in turn on Readout (PostgreSQL), about ${requests} requests, ${errors} errors; RSS every 10 s (MB): ${values}. After the first minute: median ${base.toFixed(0)} MB, at most ${(spread * 100).toFixed(0)}% from it; last minute median ${median(last.map((r) => r.rssMb)).toFixed(0)} MB; highest ${Math.max(...readings.map((r) => r.rssMb)).toFixed(0)} MB.`;
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
});
