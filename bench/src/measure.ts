/**
 * One measurement: autocannon against one contender for one query, with the CPU time of the contender's
 * process tree and of the benchmark cluster's backends, and pg_stat_statements' call count, read before and
 * after, divided by the requests answered.
 */
import autocannon from "autocannon";
import { type Cluster, treeUsage } from "./cluster.ts";
import type { Contender } from "./contenders.ts";
import type { Fixtures, QueryDef, Request } from "./queries.ts";

export interface Sample {
  requests: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts, non-2xx answers and answers carrying GraphQL errors. */
  errors: number;
  serverCpuMsPerReq: number;
  pgCpuMsPerReq: number | null;
  statementsPerReq: number | null;
  rssMb: number;
  /** Too slow for the timed run: one request per connection was timed instead. */
  slow?: boolean;
}

export interface MeasureOptions {
  cluster: Cluster;
  database: string;
  duration: number;
  connections: number;
  headers?: Record<string, string>;
}

export async function post(
  url: string,
  request: Request,
  headers: Record<string, string> = {},
): Promise<unknown> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(request),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
  }
}

/** Waits until the contender and the cluster are idle again (requests cut off by a timed run finishing). */
async function settle(contender: Contender, cluster: Cluster): Promise<void> {
  const busy = () => treeUsage(contender.pid).cpuMs + cluster.cpuMs();
  const deadline = Date.now() + 180_000;
  let last = busy();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = busy();
    if (now - last < 30) return;
    last = now;
  }
}

/**
 * Load with a request that may change per request (`next` is called with the request's number). A run of
 * `duration` seconds; when that does not finish one request per connection (a contender slower than the
 * run), a fixed number, one per connection, is timed instead. Either way, requests cut off when a run ends
 * are let finish first, so that their work is not counted in the next measurement.
 */
export async function load(
  contender: Contender,
  next: (n: number) => Request,
  varies: boolean,
  options: MeasureOptions,
): Promise<Sample> {
  const timed = await loadOnce(contender, next, varies, options, { duration: options.duration, timeout: 60 });
  // Requests cut off at the end of the run finish before anything else is measured.
  await settle(contender, options.cluster);
  if (timed.requests >= options.connections) return timed;
  return {
    ...(await loadOnce(contender, next, varies, options, { amount: options.connections, timeout: 900 })),
    slow: true,
  };
}

async function loadOnce(
  contender: Contender,
  next: (n: number) => Request,
  varies: boolean,
  options: MeasureOptions,
  run: { duration?: number; amount?: number; timeout: number },
): Promise<Sample> {
  const { cluster } = options;
  const database = contender.database ?? options.database;
  let answerErrors = 0;
  let n = 0;
  let rssMb = 0;
  const rssTimer = setInterval(() => {
    rssMb = Math.max(rssMb, treeUsage(contender.pid).rssMb);
  }, 1000);
  const statementsBefore = contender.onCluster ? await cluster.statementCalls(database) : 0;
  const pgBefore = cluster.cpuMs();
  const serverBefore = treeUsage(contender.pid).cpuMs;
  const started = Date.now();
  const result = await autocannon({
    url: contender.url,
    method: "POST",
    connections: options.connections,
    ...run,
    headers: { "content-type": "application/json", ...options.headers },
    requests: [
      {
        ...(varies
          ? { setupRequest: (request) => ({ ...request, body: JSON.stringify(next(n++)) }) }
          : { body: JSON.stringify(next(0)) }),
        onResponse: (_status: number, body: string) => {
          if (body.includes('"errors"')) answerErrors++;
        },
      },
    ],
  });
  const seconds = (Date.now() - started) / 1000;
  const serverAfter = treeUsage(contender.pid);
  const pgAfter = cluster.cpuMs();
  const statementsAfter = contender.onCluster ? await cluster.statementCalls(database) : 0;
  clearInterval(rssTimer);
  const requests = Math.max(1, result.requests.total);
  return {
    requests: result.requests.total,
    reqPerSec: result.requests.total / (run.duration ?? seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + answerErrors,
    serverCpuMsPerReq: (serverAfter.cpuMs - serverBefore) / requests,
    pgCpuMsPerReq: contender.onCluster ? (pgAfter - pgBefore) / requests : null,
    // The two reads of the counter are themselves counted (in another database, so not here).
    statementsPerReq: contender.onCluster ? (statementsAfter - statementsBefore) / requests : null,
    rssMb: Math.max(rssMb, serverAfter.rssMb),
  };
}

export function measureQuery(
  contender: Contender,
  query: QueryDef,
  fixtures: Fixtures,
  options: MeasureOptions,
): Promise<Sample> | null {
  const first = query.request(contender.dialect, fixtures, 0);
  if (!first) return null;
  const varies = query.id === "Q3";
  return load(contender, (n) => query.request(contender.dialect, fixtures, n) as Request, varies, options);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function medianSample(samples: Sample[]): Sample {
  const of = (pick: (s: Sample) => number | null) => {
    const values = samples.map(pick).filter((v): v is number => v !== null);
    return values.length ? median(values) : null;
  };
  return {
    requests: of((s) => s.requests) ?? 0,
    reqPerSec: of((s) => s.reqPerSec) ?? 0,
    p50: of((s) => s.p50) ?? 0,
    p99: of((s) => s.p99) ?? 0,
    errors: samples.reduce((sum, s) => sum + s.errors, 0),
    serverCpuMsPerReq: of((s) => s.serverCpuMsPerReq) ?? 0,
    pgCpuMsPerReq: of((s) => s.pgCpuMsPerReq),
    statementsPerReq: of((s) => s.statementsPerReq),
    rssMb: of((s) => s.rssMb) ?? 0,
    slow: samples.some((s) => s.slow),
  };
}
