/**
 * The scale-out measurement (`pnpm topology --bench`): the benchmark's 10k corpus, generated on a
 * PostgreSQL primary and streamed to a replica (tests/kit/clusters.ts), served by
 *
 * - one instance on the primary without Redis (the single-process deployment: no cache, limits in process);
 * - two instances behind the round-robin balancer, reading from the replica, sharing limits and the
 *   response cache in Redis: once with every request a new cache key ("cold": each one misses, is executed
 *   and its answer stored) and once with the same requests as the single instance, asked once before
 *   timing ("warm");
 * - two more instances like them with the response cache off (`READOUT_RESPONSE_CACHE_TTL_MS=0`): scale-out
 *   without the cache.
 *
 * Q1–Q3 are measured with the benchmark's own autocannon code (measure.ts), configurations alternated; cache
 * hits and the reads by target are read from each instance's /metrics before and after each run. Then pages
 * go through the import queue to one worker and then two, timed until the last is stored. The section of
 * bench/RESULTS.md is written by report.ts.
 *
 * "Cold" is every request a new key (an unused variable carrying the request's number) rather than a
 * flushed cache: a benchmark repeats its requests, so a flushed cache is warm again after the first of
 * them; a new key each time measures the whole miss path (the lookup, the execution, the store).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os, { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { type ClusterPair, startClusterPair } from "../../tests/kit/clusters.ts";
import { roundPage } from "../../tests/kit/synthetic.ts";
import { type Cluster, procStat, treeUsage } from "./cluster.ts";
import { type Contender, REPO_DIR, startReadout } from "./contenders.ts";
import { SIZES, shapeOf } from "./corpus.ts";
import { progress } from "./log.ts";
import { load, medianSample, post, type Sample } from "./measure.ts";
import { preparePostgres } from "./prepare.ts";
import { type Fixtures, QUERIES, type QueryId, type Request } from "./queries.ts";
import {
  type ImportRun,
  importTable,
  machineFacts,
  type ReadShares,
  renderScaleOutSection,
  SCALE_OUT,
  type ScaleOutResult,
  type ScaleOutRow,
  scaleOutTable,
  writeResults,
} from "./report.ts";

export interface TopologyBenchOptions {
  rounds: number;
  duration: number;
  connections: number;
  pages: number;
  queries: QueryId[];
  redisPort: number;
  /** The first of the ports the servers listen on (a block of 40). */
  port: number;
  results: boolean;
  json: boolean;
}

const DATABASE = "readout";
const BIN = path.join(REPO_DIR, "packages/cli/dist/readout.mjs");
const REDIS_PREFIX = "readout-bench:";

interface Config {
  key: "single" | "cold" | "warm" | "nocache";
  label: string;
  description: string;
  contender: Contender;
  /** The instances' own ports, whose /metrics are read. */
  metricsPorts: number[];
  /** Every request a new cache key. */
  newKeys: boolean;
  /** The process whose own CPU is the balancer's. */
  balancerPid?: number;
}

/** The pair as the benchmark's measurement sees a cluster: CPU and statements of both servers together. */
function pairCluster(pair: ClusterPair): Cluster & { close(): Promise<void> } {
  const postmaster = (dir: string) =>
    Number(readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0]);
  const pids = [postmaster(pair.primary.dir), postmaster(pair.replica.dir)];
  const clients = new Map<string, pg.Client>();
  const counter = async (url: string) => {
    let client = clients.get(url);
    if (!client) {
      client = new pg.Client({ connectionString: url });
      await client.connect();
      clients.set(url, client);
    }
    return client;
  };
  const withDatabase = (url: string, database: string) => url.replace(/\/postgres$/, `/${database}`);
  return {
    port: pair.primary.port,
    dir: pair.primary.dir,
    url: (database) => withDatabase(pair.primary.url, database),
    async ensureDatabase(database, fresh = false) {
      if (fresh) await pair.primary.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      const rows = await pair.primary.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
      if (!rows.length) await pair.primary.query(`CREATE DATABASE "${database}"`);
    },
    async statementCalls(database) {
      let total = 0;
      for (const server of [pair.primary, pair.replica]) {
        const client = await counter(server.url);
        const { rows } = await client.query(
          `SELECT coalesce(sum(calls), 0)::bigint AS calls FROM pg_stat_statements s
             JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = $1`,
          [database],
        );
        total += Number(rows[0].calls);
      }
      return total;
    },
    cpuMs: () => pids.reduce((sum, pid) => sum + treeUsage(pid).cpuMs, 0),
    async release() {
      for (const client of clients.values()) await client.end().catch(() => {});
      clients.clear();
    },
    async stop() {
      await this.release();
    },
    async close() {
      await this.release();
    },
  };
}

async function until(check: () => Promise<boolean>, what: string, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${seconds} s waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Waits until the replica has replayed everything the primary has written. */
async function replicaCaughtUp(pair: ClusterPair): Promise<void> {
  const [primary] = await pair.primary.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn");
  await until(
    async () => {
      const [row] = await pair.replica.query<{ behind: boolean }>(
        "SELECT pg_last_wal_replay_lsn() < $1::pg_lsn AS behind",
        [primary?.lsn],
      );
      return row?.behind === false;
    },
    "the replica has replayed the corpus",
    600,
  );
}

async function fixturesFor(url: string): Promise<Fixtures> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const ids = await client.query<{ id: string }>(`SELECT id FROM "Article" ORDER BY md5(id) LIMIT 500`);
    return {
      articleIds: ids.rows.map((row) => row.id),
      readoutCursor: "",
      postgraphileCursor: null,
      eventKey: "event-000001",
    };
  } finally {
    await client.end();
  }
}

/** One of the topology's processes, its output prefixed on standard error (warnings and worse). */
function spawnLogged(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onLine?: (line: string) => void,
  detached = false,
): ChildProcess {
  const child = spawn(command, args, {
    cwd: REPO_DIR,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached,
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding("utf8");
    stream?.on("data", (text: string) => {
      for (const line of text.split("\n")) {
        if (!line.trim()) continue;
        if (onLine) onLine(line);
        else process.stderr.write(`[${name}] ${line}\n`);
      }
    });
  }
  return child;
}

async function stopChild(child: ChildProcess, group = false): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const signal = (name: NodeJS.Signals) => {
    try {
      if (group && child.pid !== undefined) process.kill(-child.pid, name);
      else child.kill(name);
    } catch {
      // gone already
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}

/** Instances behind a balancer (instance-group.ts), as one contender whose process tree holds them all. */
async function startGroup(
  label: string,
  port: number,
  instances: number,
  env: NodeJS.ProcessEnv,
): Promise<Contender & { ports: number[] }> {
  progress(
    `starting ${label}: ${instances} instances on ${port + 1}–${port + instances}, balancer on ${port}`,
  );
  const started = Date.now();
  let readyLine: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    readyLine = resolve;
  });
  const child = spawnLogged(
    label,
    process.execPath,
    [
      "--import",
      "tsx",
      path.join(REPO_DIR, "bench/src/instance-group.ts"),
      "--port",
      String(port),
      "--instances",
      String(instances),
    ],
    env,
    (line) => {
      if (line === "ready") readyLine();
      else process.stderr.write(`[${label}] ${line}\n`);
    },
    true,
  );
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) => reject(new Error(`${label} exited with ${code} before it was ready`))),
  );
  await Promise.race([ready, exited]);
  const startupSeconds = (Date.now() - started) / 1000;
  progress(`${label} answers after ${startupSeconds.toFixed(1)} s`);
  const contender: Contender & { ports: number[] } = {
    key: "readout",
    label,
    dialect: "readout",
    url: `http://127.0.0.1:${port}/graphql`,
    pid: child.pid as number,
    onCluster: true,
    database: DATABASE,
    startupSeconds,
    ports: Array.from({ length: instances }, (_, i) => port + 1 + i),
    alive: () => child.exitCode === null && child.signalCode === null,
    logTail: () => "",
    restart: () => startGroup(label, port, instances, env),
    stop: () => stopChild(child, true),
  };
  return contender;
}

/** Sums of the counters that the benchmark reads from the instances' /metrics. */
interface Counters {
  hits: number;
  misses: number;
  reads: ReadShares | null;
}

const sample = (text: string, name: string, label: string, value: string): number | null => {
  const match = new RegExp(`^${name}\\{${label}="${value}"\\} (\\S+)$`, "m").exec(text);
  return match ? Number(match[1]) : null;
};

async function counters(ports: number[]): Promise<Counters> {
  const total: Counters = { hits: 0, misses: 0, reads: { replica: 0, primary: 0, primaryFallback: 0 } };
  for (const port of ports) {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    total.hits += sample(text, "readout_response_cache_lookups_total", "result", "hit") ?? 0;
    total.misses += sample(text, "readout_response_cache_lookups_total", "result", "miss") ?? 0;
    const replica = sample(text, "readout_db_reads_total", "target", "replica");
    if (replica === null || !total.reads) {
      total.reads = null;
      continue;
    }
    total.reads.replica += replica;
    total.reads.primary += sample(text, "readout_db_reads_total", "target", "primary") ?? 0;
    total.reads.primaryFallback += sample(text, "readout_db_reads_total", "target", "primary_fallback") ?? 0;
  }
  return total;
}

const difference = (after: Counters, before: Counters): Counters => ({
  hits: after.hits - before.hits,
  misses: after.misses - before.misses,
  reads:
    after.reads && before.reads
      ? {
          replica: after.reads.replica - before.reads.replica,
          primary: after.reads.primary - before.reads.primary,
          primaryFallback: after.reads.primaryFallback - before.reads.primaryFallback,
        }
      : null,
});

/** The request of `query` numbered `n`, with a key of its own when `newKeys`. */
function requestOf(
  query: (typeof QUERIES)[number],
  fixtures: Fixtures,
  n: number,
  newKeys: boolean,
): Request {
  const request = query.request("readout", fixtures, n) as Request;
  // GraphQL ignores variables that the operation does not declare; the response cache keys on all of them.
  return newKeys ? { ...request, variables: { ...request.variables, benchRequest: n } } : request;
}

/** Asks every distinct request of the warm runs once, after the cache stores answers again. */
async function warmUp(config: Config, fixtures: Fixtures, queries: QueryId[]): Promise<void> {
  const url = config.contender.url;
  const q1 = QUERIES.find((q) => q.id === queries[0]) ?? (QUERIES[0] as (typeof QUERIES)[number]);
  // An instance does not store answers for a while after the latest write (its start-up is one): wait
  // until a repeated request is answered from the cache.
  await until(
    async () => {
      const before = await counters(config.metricsPorts);
      await post(url, requestOf(q1, fixtures, 0, false));
      await post(url, requestOf(q1, fixtures, 0, false));
      await post(url, requestOf(q1, fixtures, 0, false));
      const after = await counters(config.metricsPorts);
      return after.hits > before.hits;
    },
    "the response cache stores answers",
    120,
  );
  for (const id of queries) {
    const query = QUERIES.find((q) => q.id === id);
    if (!query) continue;
    const distinct = id === "Q3" ? fixtures.articleIds.length : 1;
    for (let n = 0; n < distinct; n++) await post(url, requestOf(query, fixtures, n, false));
  }
}

/** Checks that every configuration answers each query as the single instance does, new keys included. */
async function verify(configs: Config[], fixtures: Fixtures, queries: QueryId[]): Promise<void> {
  for (const id of queries) {
    const query = QUERIES.find((q) => q.id === id);
    if (!query) continue;
    let reference: string | undefined;
    for (const config of configs) {
      const answers: unknown[] = [];
      for (let n = 0; n < 3; n++) {
        const answer = (await post(config.contender.url, requestOf(query, fixtures, n, config.newKeys))) as {
          data?: unknown;
          errors?: { message: string }[];
        };
        if (answer.errors?.length || !answer.data)
          throw new Error(
            `${id} on ${config.label}: ${answer.errors?.map((e) => e.message).join("; ") ?? "no data"}`,
          );
        answers.push(query.normalize("readout", answer.data));
      }
      const text = JSON.stringify(answers);
      reference ??= text;
      if (text !== reference) throw new Error(`${id} on ${config.label} answers differently from the first`);
    }
  }
}

/** `workers` import workers (started and ready before), `pages` new pages queued, timed until all are stored. */
async function importRun(options: {
  workers: ChildProcess[];
  pages: number;
  first: number;
  env: NodeJS.ProcessEnv;
  primaryUrl: string;
  cluster: Cluster;
}): Promise<ImportRun> {
  const { workers, pages, first, env, primaryUrl, cluster } = options;
  const dir = await mkdtemp(path.join(tmpdir(), "readout-topology-pages-"));
  let cleanup = async () => {};
  try {
    for (let n = first; n < first + pages; n++)
      await writeFile(path.join(dir, `page-${String(n).padStart(5, "0")}.txt`), roundPage(n));
    // One connection for every count, so that polling starts no backend per look.
    const counter = new pg.Client({ connectionString: primaryUrl });
    await counter.connect();
    cleanup = () => counter.end();
    const stored = async () =>
      Number((await counter.query<{ n: string }>(`SELECT count(*) AS n FROM "SourceDocument"`)).rows[0]?.n);
    const before = await stored();
    const cpu = () => workers.reduce((sum, worker) => sum + treeUsage(worker.pid as number).cpuMs, 0);
    const workerBefore = cpu();
    const pgBefore = cluster.cpuMs();
    const started = performance.now();
    const sender = spawnLogged("import", process.execPath, [BIN, "import", "--queue", "--quiet", dir], env);
    const code = await new Promise<number | null>((resolve) => sender.once("exit", resolve));
    if (code !== 0) throw new Error(`readout import --queue exited with ${code}`);
    let now = before;
    await until(
      async () => {
        now = await stored();
        return now - before >= pages;
      },
      `${pages} queued pages are stored`,
      1200,
    );
    const seconds = (performance.now() - started) / 1000;
    return {
      workers: workers.length,
      pages,
      seconds,
      workerCpuMsPerPage: (cpu() - workerBefore) / pages,
      pgCpuMsPerPage: (cluster.cpuMs() - pgBefore) / pages,
      stored: now - before,
    };
  } finally {
    await cleanup();
    await rm(dir, { recursive: true, force: true });
  }
}

function startWorker(name: string, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    let ready = false;
    const child = spawnLogged(name, process.execPath, [BIN, "worker", "--quiet"], env, (line) => {
      if (!ready && / ready: /.test(line)) {
        ready = true;
        resolve(child);
      } else process.stderr.write(`[${name}] ${line}\n`);
    });
    child.once("exit", (code) => {
      if (!ready) reject(new Error(`${name} exited with ${code} before it was ready`));
    });
  });
}

export async function runTopologyBench(options: TopologyBenchOptions): Promise<void> {
  const loadStart = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");
  // The configurations say where they read and what they share: nothing is taken from the caller's shell.
  for (const name of ["REDIS_URL", "DATABASE_REPLICA_URLS", "READOUT_RESPONSE_CACHE_TTL_MS", "DATABASE_URL"])
    delete process.env[name];
  const articles = SIZES["10k"];
  progress("starting a PostgreSQL primary and a streaming replica");
  const pair = await startClusterPair();
  const cluster = pairCluster(pair);
  const children: ChildProcess[] = [];
  const contenders: Contender[] = [];
  const notes: string[] = [];
  const stopAll = async () => {
    for (const contender of contenders.splice(0)) await contender.stop().catch(() => {});
    for (const child of children.splice(0).reverse()) await stopChild(child);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      progress(`${signal}: stopping`);
      void stopAll()
        .then(() => cluster.close())
        .then(() => pair.destroy())
        .finally(() => process.exit(130));
    });
  }
  try {
    const prepared = await preparePostgres(cluster, DATABASE, shapeOf(articles));
    const generatedAt = performance.now();
    await replicaCaughtUp(pair);
    const replicationSeconds = (performance.now() - generatedAt) / 1000;
    progress(`the replica has replayed the corpus (${replicationSeconds.toFixed(1)} s after it was written)`);
    const primaryUrl = cluster.url(DATABASE);
    const replicaUrl = pair.replica.url.replace(/\/postgres$/, `/${DATABASE}`);
    const fixtures = await fixturesFor(primaryUrl);

    progress(`starting Redis on ${options.redisPort}`);
    const redis = spawnLogged(
      "redis",
      "redis-server",
      [
        "--port",
        String(options.redisPort),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--loglevel",
        "warning",
      ],
      {},
    );
    children.push(redis);
    const redisUrl = `redis://127.0.0.1:${options.redisPort}`;

    // As the benchmark's Readout: the load generator is one client, whose rate and concurrency limits are
    // lifted (with Redis the rate is still counted there, one script call per request, as in production).
    const serving = {
      READOUT_SEED: "false",
      LOG_LEVEL: "warn",
      READOUT_RATE_LIMIT_PER_MINUTE: "100000000",
      READOUT_CONCURRENCY_PER_CLIENT: "64",
    };
    const shared = {
      ...serving,
      DATABASE_URL: primaryUrl,
      DATABASE_REPLICA_URLS: replicaUrl,
      REDIS_URL: redisUrl,
      READOUT_REDIS_PREFIX: REDIS_PREFIX,
    };
    const single = await startReadout("readout", {
      repoDir: REPO_DIR,
      port: options.port,
      databaseUrl: primaryUrl,
    });
    single.label = "1 instance";
    contenders.push(single);
    const cached = await startGroup("2 instances + cache", options.port + 10, 2, {
      ...shared,
      // An hour rather than the default 5 minutes, so that no warm answer expires between rounds.
      READOUT_RESPONSE_CACHE_TTL_MS: "3600000",
    });
    contenders.push(cached);
    const uncached = await startGroup("2 instances, no cache", options.port + 20, 2, {
      ...shared,
      READOUT_RESPONSE_CACHE_TTL_MS: "0",
    });
    contenders.push(uncached);

    const configs: Config[] = [
      {
        key: "single",
        label: "1 instance",
        description:
          "one `readout serve` on the primary, without Redis (no response cache; limits counted in process)",
        contender: single,
        metricsPorts: [options.port],
        newKeys: false,
      },
      {
        key: "cold",
        label: "2 instances, cold cache",
        description:
          "two instances behind the balancer, reading from the replica, limits and response cache in Redis; every request a new cache key (an unused variable holding its number), so each one misses, runs and is stored",
        contender: cached,
        metricsPorts: cached.ports,
        newKeys: true,
        balancerPid: cached.pid,
      },
      {
        key: "warm",
        label: "2 instances, warm cache",
        description:
          "the same instances and the same requests as the single instance (Q3 cycles through 500 articles), each asked once before timing",
        contender: cached,
        metricsPorts: cached.ports,
        newKeys: false,
        balancerPid: cached.pid,
      },
      {
        key: "nocache",
        label: "2 instances, no cache",
        description:
          "two more instances like those, with the response cache off (`READOUT_RESPONSE_CACHE_TTL_MS=0`): scale-out alone",
        contender: uncached,
        metricsPorts: uncached.ports,
        newKeys: false,
        balancerPid: uncached.pid,
      },
    ];

    progress("checking that every configuration answers alike");
    await verify(configs, fixtures, options.queries);
    progress("warming the response cache");
    await warmUp(configs[2] as Config, fixtures, options.queries);

    const samples = new Map<string, Sample[]>();
    const extras = new Map<
      string,
      { balancerMs: number; redisMs: number; requests: number; counters: Counters[] }
    >();
    for (let round = 1; round <= options.rounds; round++) {
      for (const id of options.queries) {
        const query = QUERIES.find((q) => q.id === id);
        if (!query) continue;
        const order = configs.map((_, i) => configs[(i + round - 1) % configs.length] as Config);
        for (const config of order) {
          progress(`measuring ${id} on ${config.label}, round ${round}/${options.rounds}`);
          const before = await counters(config.metricsPorts);
          const balancerBefore = config.balancerPid ? (procStat(config.balancerPid)?.cpuMs ?? 0) : 0;
          const redisBefore = procStat(redis.pid as number)?.cpuMs ?? 0;
          // Requests of the cold runs are numbered on from run to run, so that no key comes back.
          const offset = round * 1_000_000;
          const result = await load(
            config.contender,
            (n) => requestOf(query, fixtures, config.newKeys ? offset + n : n, config.newKeys),
            id === "Q3" || config.newKeys,
            { cluster, database: DATABASE, duration: options.duration, connections: options.connections },
          );
          const after = await counters(config.metricsPorts);
          const key = `${id}/${config.key}`;
          samples.set(key, [...(samples.get(key) ?? []), result]);
          const extra = extras.get(key) ?? { balancerMs: 0, redisMs: 0, requests: 0, counters: [] };
          extra.balancerMs += config.balancerPid
            ? (procStat(config.balancerPid)?.cpuMs ?? 0) - balancerBefore
            : 0;
          extra.redisMs += (procStat(redis.pid as number)?.cpuMs ?? 0) - redisBefore;
          extra.requests += result.requests;
          extra.counters.push(difference(after, before));
          extras.set(key, extra);
          const hits = extra.counters.at(-1);
          progress(
            `  ${result.reqPerSec.toFixed(1)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.errors} errors, ${result.serverCpuMsPerReq.toFixed(2)} + ${result.pgCpuMsPerReq?.toFixed(2) ?? "n/a"} CPU ms/req${hits && hits.hits + hits.misses ? `, cache hits ${hits.hits}/${hits.hits + hits.misses}` : ""}${hits?.reads ? `, reads replica/primary/fallback ${hits.reads.replica}/${hits.reads.primary}/${hits.reads.primaryFallback}` : ""}`,
          );
        }
      }
    }

    notes.push(
      "The balancer is Node's http-proxy in one process (its CPU is counted with the instances'); a balancer in C (HAProxy, nginx) would cost less per request.",
      "With Redis, the per-client rate limit (lifted to 100,000,000 a minute, as in `pnpm bench`) is still counted there, one script call per request; the single instance counts it in its memory. A cached answer makes that call too.",
      "Two instances do per request what one does not: the balancer's hop, the rate limit's call to Redis, the cache's generation read and (cold) its store, and reads on the replica's pool; the balancer and Redis columns split off two of those.",
      "The cache keeps answers an hour here (`READOUT_RESPONSE_CACHE_TTL_MS=3600000`), so that no warm answer expires between rounds.",
    );
    const rows: ScaleOutRow[] = [];
    for (const id of options.queries) {
      for (const config of configs) {
        const key = `${id}/${config.key}`;
        const list = samples.get(key);
        const extra = extras.get(key);
        if (!list || !extra) continue;
        const requests = Math.max(1, extra.requests);
        const sum = (pick: (c: Counters) => number) => extra.counters.reduce((s, c) => s + pick(c), 0);
        const lookups = sum((c) => c.hits + c.misses);
        const hasReads = extra.counters.every((c) => c.reads !== null);
        const reads = hasReads
          ? {
              replica: sum((c) => c.reads?.replica ?? 0),
              primary: sum((c) => c.reads?.primary ?? 0),
              primaryFallback: sum((c) => c.reads?.primaryFallback ?? 0),
            }
          : null;
        rows.push({
          query: id,
          config: config.label,
          sample: medianSample(list),
          balancerCpuMsPerReq: config.balancerPid ? extra.balancerMs / requests : null,
          redisCpuMsPerReq: config.key === "single" ? null : extra.redisMs / requests,
          cache: lookups > 0 ? { hits: sum((c) => c.hits), misses: sum((c) => c.misses) } : null,
          reads: config.key === "single" ? null : reads,
        });
      }
    }
    if (rows.some((row) => row.config !== "1 instance" && row.reads === null))
      notes.push("The instances have no `readout_db_reads_total` metric: reads by target not measured.");

    // The query servers stop, so that the imports have the machine.
    for (const contender of contenders.splice(0)) await contender.stop();

    const imports: ImportRun[] = [];
    if (options.pages > 0) {
      const workerEnv = {
        DATABASE_URL: primaryUrl,
        REDIS_URL: redisUrl,
        READOUT_REDIS_PREFIX: REDIS_PREFIX,
        LOG_LEVEL: "warn",
      };
      progress("starting import worker 1 (it fingerprints the stored articles once)");
      const first = await startWorker("worker1", workerEnv);
      children.push(first);
      let second: ChildProcess | undefined;
      // Runs with 1, 2, 2 and 1 workers, of half the pages each, so that a drift during the runs (the
      // machine's load, the pages stored so far) weighs on both worker counts alike.
      const half = Math.ceil(options.pages / 2);
      const runs: ImportRun[] = [];
      for (const workers of [1, 2, 2, 1]) {
        if (workers === 2 && !second) {
          progress("starting import worker 2");
          second = await startWorker("worker2", workerEnv);
          children.push(second);
        }
        if (workers === 1 && second) {
          await stopChild(second);
          children.splice(children.indexOf(second), 1);
          second = undefined;
        }
        progress(`queueing ${half} pages for ${workers} worker(s)`);
        const run = await importRun({
          workers: second ? [first, second] : [first],
          pages: half,
          first: 1 + runs.length * half,
          env: workerEnv,
          primaryUrl,
          cluster,
        });
        runs.push(run);
        progress(`  ${(run.pages / run.seconds).toFixed(2)} pages/s`);
      }
      notes.push(
        `Import runs in their order: ${runs.map((run) => `${run.workers} worker${run.workers > 1 ? "s" : ""} ${(run.pages / run.seconds).toFixed(2)} pages/s`).join(", ")}.`,
      );
      for (const workers of [1, 2]) {
        const of = runs.filter((run) => run.workers === workers);
        const pages = of.reduce((sum, run) => sum + run.pages, 0);
        const weighted = (pick: (run: ImportRun) => number) =>
          of.reduce((sum, run) => sum + pick(run) * run.pages, 0) / pages;
        imports.push({
          workers,
          pages,
          seconds: of.reduce((sum, run) => sum + run.seconds, 0),
          workerCpuMsPerPage: weighted((run) => run.workerCpuMsPerPage),
          pgCpuMsPerPage: weighted((run) => run.pgCpuMsPerPage),
          stored: of.reduce((sum, run) => sum + run.stored, 0),
        });
      }
    }

    const result: ScaleOutResult = {
      articles,
      generationSeconds: prepared.generationSeconds,
      replicationSeconds,
      configs: configs.map(({ label, description }) => ({ label, description })),
      rows,
      imports,
      notes,
      settings: {
        rounds: options.rounds,
        duration: options.duration,
        connections: options.connections,
        pages: options.pages,
      },
      machine: { ...machineFacts(), loadStart },
    };
    const command = `pnpm topology ${process.argv.slice(2).join(" ")}`.trim();
    if (options.results) progress(`wrote ${writeResults(renderScaleOutSection(result, command), SCALE_OUT)}`);
    if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else {
      process.stdout.write(`\n${scaleOutTable(result)}\n\n${importTable(result)}\n`);
      for (const note of notes) process.stdout.write(`- ${note}\n`);
    }
  } finally {
    await stopAll();
    await cluster.close();
    await pair.destroy();
  }
}
