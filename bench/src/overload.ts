/**
 * The overload measurement (`pnpm bench:overload`): Readout with its product limits (no lifted rate or
 * concurrency limit) on the benchmark's corpus, in three parts.
 *
 * 1. Heavy beside light: 20 heavy requests kept in flight (several full-text searches in one request),
 *    once from one client and once from 20 clients (20 API keys), while another client sends one trivial
 *    request after another; the trivial request's p50/p99 against its latency on an idle server.
 * 2. Twice saturation: the request rate that 8 connections reach on Q1 is measured, then twice that rate is
 *    offered from many connections for a while; p99 of the accepted answers and the share refused with 429.
 * 3. Recovery: once the overload stops, how long until the trivial request is back to its idle latency.
 *
 * Ratios and latencies only; nothing here is a pass/fail test (the machine may be busy).
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { createApiKey, createDb } from "@readout/db";
import autocannon from "autocannon";
import { startCluster } from "./cluster.ts";
import { type Contender, REPO_DIR, startReadout } from "./contenders.ts";
import { SIZES, type Size, shapeOf } from "./corpus.ts";
import { progress } from "./log.ts";
import { preparePostgres } from "./prepare.ts";
import { QUERIES } from "./queries.ts";
import { WORDS } from "./words.ts";

const PORT = 4610;

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    size: { type: "string", default: "10k" },
    heavy: { type: "string", default: "20" },
    seconds: { type: "string", default: "15" },
    json: { type: "boolean", default: false },
    "keep-cluster": { type: "boolean", default: false },
  },
});

const TRIVIAL = (id: string) => ({
  query: `query Trivial($id: ID!) { node(id: $id) { id ... on Article { title } } }`,
  variables: { id },
});
// Several full-text searches in one request (as many as make it take about two seconds alone, within the
// query limits): heavy, yet a request that the limits accept.
const searchWords = WORDS.filter((word) => word.length > 6).slice(0, 10);
const heavyRequest = (searches: number) => ({
  query: `query Heavy { ${searchWords
    .slice(0, searches)
    .map(
      (word, i) => `s${i}: search(query: "${word}", first: 50) { totalCount edges { node { __typename } } }`,
    )
    .join(" ")} }`,
});
let HEAVY = heavyRequest(1);

interface Latencies {
  count: number;
  p50: number;
  p99: number;
  max: number;
  failed: number;
}

function summarise(samples: number[], failed: number): Latencies {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { count: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? Number.NaN, failed };
}

async function timed(url: string, body: unknown, key?: string): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const ok = response.status === 200 && !text.includes('"errors"');
  return { ms: performance.now() - started, status: ok ? 200 : response.status };
}

/** One trivial request after another for `seconds`, from one client. */
async function trivialLoop(url: string, ids: string[], seconds: number, key?: string): Promise<Latencies> {
  const samples: number[] = [];
  let failed = 0;
  const until = Date.now() + seconds * 1000;
  for (let n = 0; Date.now() < until; n++) {
    const { ms, status } = await timed(url, TRIVIAL(ids[n % ids.length] as string), key);
    if (status === 200) samples.push(ms);
    else failed++;
  }
  return summarise(samples, failed);
}

/** Keeps `count` heavy requests in flight until `stop` resolves; each loop uses keys[i % keys.length]. */
function heavyLoad(url: string, count: number, keys: string[], stop: Promise<void>) {
  let running = true;
  void stop.then(() => {
    running = false;
  });
  const statuses = new Map<number, number>();
  const durations: number[] = [];
  const loops = Array.from({ length: count }, async (_, i) => {
    while (running) {
      const { ms, status } = await timed(url, HEAVY, keys[i % keys.length]).catch(() => ({
        ms: 0,
        status: 0,
      }));
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status === 200) durations.push(ms);
      if (status === 429) await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });
  return { done: Promise.all(loops), statuses, durations };
}

async function main() {
  const size = values.size.toLowerCase() as Size;
  if (!(size in SIZES)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(", ")}`);
  const heavyCount = Number(values.heavy);
  const seconds = Number(values.seconds);
  const cluster = await startCluster({
    dir: process.env.READOUT_BENCH_PGDATA ?? "/tmp/readout-bench-pg",
    port: Number(process.env.READOUT_BENCH_PGPORT ?? 5499),
  });
  const database = `readout_${size}`;
  let readout: Contender | undefined;
  try {
    await preparePostgres(cluster, database, shapeOf(SIZES[size]));
    const db = await createDb({ databaseUrl: cluster.url(database) });
    const keys: string[] = [];
    try {
      for (let i = 0; i < heavyCount + 1; i++) {
        keys.push((await createApiKey(db.prisma, { name: `overload-${i}`, scope: "READ" })).secret);
      }
    } finally {
      await db.close();
    }
    const [lightKey, ...heavyKeys] = keys as [string, ...string[]];
    readout = await startReadout("readout", {
      repoDir: REPO_DIR,
      port: PORT,
      databaseUrl: cluster.url(database),
      productLimits: true,
    });
    const url = readout.url;
    const ids = await articleIds(url);
    const single = await timed(url, HEAVY, heavyKeys[0]);
    if (single.status !== 200) throw new Error(`one search is refused (HTTP ${single.status})`);
    const searches = Math.max(1, Math.min(searchWords.length, Math.round(2000 / single.ms)));
    HEAVY = heavyRequest(searches);
    const heavyProbe = await timed(url, HEAVY, heavyKeys[0]);
    progress(`one heavy request alone: ${heavyProbe.ms.toFixed(0)} ms (HTTP ${heavyProbe.status})`);
    if (heavyProbe.status !== 200) throw new Error("the heavy request is refused; adjust it to the limits");

    progress(`trivial requests on an idle server, ${seconds} s`);
    const idle = await trivialLoop(url, ids, seconds, lightKey);

    const besideHeavy = async (heavyFrom: string[]) => {
      let stop = () => {};
      const stopped = new Promise<void>((resolve) => {
        stop = resolve;
      });
      const load = heavyLoad(url, heavyCount, heavyFrom, stopped);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const trivial = await trivialLoop(url, ids, seconds, lightKey);
      stop();
      await load.done;
      return {
        trivial,
        heavy: summarise(load.durations, 0),
        heavyStatuses: Object.fromEntries(load.statuses),
      };
    };
    progress(
      `${heavyCount} heavy requests in flight from one client, trivial ones beside them, ${seconds} s`,
    );
    const oneClient = await besideHeavy([heavyKeys[0] as string]);
    progress(`${heavyCount} heavy requests in flight from ${heavyCount} clients, ${seconds} s`);
    const manyClients = await besideHeavy(heavyKeys);

    progress("saturation rate of Q1 with 8 connections, 5 s");
    const q1 = QUERIES.find((q) => q.id === "Q1")?.request("readout", {} as never, 0);
    const saturation = await cannon(url, q1, { connections: 8, duration: 5, key: lightKey });
    const offered = Math.round(saturation.requests.average * 2);
    progress(
      `saturation ${saturation.requests.average.toFixed(0)} req/s; offering ${offered} req/s for ${seconds} s`,
    );
    const overload = await cannon(url, q1, {
      connections: 64,
      duration: seconds,
      overallRate: offered,
      key: lightKey,
    });
    // Recovery: trivial requests from another client right after the overload ends, until three in a row
    // are back within twice the idle p99.
    const recoveryStart = Date.now();
    let recoveredAfter = Number.NaN;
    let inRow = 0;
    for (let n = 0; Date.now() - recoveryStart < 60_000; n++) {
      const { ms, status } = await timed(url, TRIVIAL(ids[n % ids.length] as string), keys[1]);
      inRow = status === 200 && ms <= Math.max(2 * idle.p99, 50) ? inRow + 1 : 0;
      if (inRow === 3) {
        recoveredAfter = (Date.now() - recoveryStart) / 1000;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const result = {
      size,
      machine: { cpus: os.cpus().length, loadavg: os.loadavg().map((v) => Number(v.toFixed(2))) },
      heavyRequest: { aliases: searches, aloneMs: Math.round(heavyProbe.ms) },
      idle,
      heavyFromOneClient: oneClient,
      heavyFromManyClients: manyClients,
      saturation: { reqPerSec: Math.round(saturation.requests.average), p99: saturation.latency.p99 },
      twiceSaturation: {
        offeredPerSec: offered,
        answeredPerSec: Math.round(overload.requests.average),
        accepted: overload["2xx"],
        refused429: overload.non2xx,
        errors: overload.errors + overload.timeouts,
        p50: overload.latency.p50,
        p99: overload.latency.p99,
        max: overload.latency.max,
      },
      recoverySeconds: recoveredAfter,
    };
    if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else process.stdout.write(`${render(result)}\n`);
  } finally {
    await readout?.stop();
    if (values["keep-cluster"]) await cluster.release();
    else await cluster.stop();
  }
}

async function articleIds(url: string): Promise<string[]> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ articles(first: 50) { edges { node { id } } } }" }),
  });
  const body = (await response.json()) as { data: { articles: { edges: { node: { id: string } }[] } } };
  return body.data.articles.edges.map((edge) => edge.node.id);
}

function cannon(
  url: string,
  request: unknown,
  options: { connections: number; duration: number; overallRate?: number; key: string },
) {
  return autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${options.key}` },
    body: JSON.stringify(request),
    connections: options.connections,
    duration: options.duration,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    timeout: 30,
  });
}

const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : "—");

function render(result: {
  size: string;
  machine: { cpus: number; loadavg: number[] };
  heavyRequest: { aliases: number; aloneMs: number };
  idle: Latencies;
  heavyFromOneClient: { trivial: Latencies; heavy: Latencies; heavyStatuses: Record<string, number> };
  heavyFromManyClients: { trivial: Latencies; heavy: Latencies; heavyStatuses: Record<string, number> };
  saturation: { reqPerSec: number; p99: number };
  twiceSaturation: {
    offeredPerSec: number;
    answeredPerSec: number;
    accepted: number;
    refused429: number;
    errors: number;
    p50: number;
    p99: number;
    max: number;
  };
  recoverySeconds: number;
}) {
  const row = (label: string, l: Latencies) =>
    `| ${label} | ${l.count} | ${ms(l.p50)} | ${ms(l.p99)} | ${ms(l.max)} | ${l.failed} |`;
  const statuses = (s: Record<string, number>) =>
    Object.entries(s)
      .map(([status, n]) => `${n}× ${status === "0" ? "connection error" : `HTTP ${status}`}`)
      .join(", ");
  const t = result.twiceSaturation;
  return [
    `Overload, ${result.size} articles, ${result.machine.cpus} CPUs, load average ${result.machine.loadavg.join(" ")}; heavy request = ${result.heavyRequest.aliases} searches (${result.heavyRequest.aloneMs} ms alone)`,
    "",
    "| trivial request (node by id) | answered | p50 | p99 | max | refused/failed |",
    "|---|---|---|---|---|---|",
    row("idle server", result.idle),
    row("beside 20 heavy from one client", result.heavyFromOneClient.trivial),
    row("beside 20 heavy from 20 clients", result.heavyFromManyClients.trivial),
    "",
    `Heavy requests from one client: ${statuses(result.heavyFromOneClient.heavyStatuses)}; from 20 clients: ${statuses(result.heavyFromManyClients.heavyStatuses)}.`,
    "",
    `Q1 saturation (8 connections): ${result.saturation.reqPerSec} req/s, p99 ${result.saturation.p99} ms.`,
    `Twice that offered (${t.offeredPerSec} req/s, 64 connections): ${t.answeredPerSec} req/s answered, ${t.accepted} accepted, ${t.refused429} refused (429), ${t.errors} errors; accepted p50 ${t.p50} ms, p99 ${t.p99} ms, max ${t.max} ms.`,
    `Back to idle latency ${Number.isFinite(result.recoverySeconds) ? `${result.recoverySeconds.toFixed(1)} s` : "not within 60 s"} after the overload ended.`,
  ].join("\n");
}

main().catch((error) => {
  process.stderr.write(`overload failed: ${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
});
