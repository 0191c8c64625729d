/**
 * Readout beyond one process, on this machine: a PostgreSQL primary with a streaming replica, a Redis of its
 * own, two API instances (reads to the replica, limits and cache shared through Redis), two import workers on
 * the BullMQ queue, and a round-robin load balancer in front (http-proxy). `pnpm topology` starts it all and
 * stops it on Ctrl-C; `pnpm topology --check` starts it, sends a query through the balancer to both
 * instances, queues a page and waits for a worker to store it, reads /metrics, and stops.
 *
 * The clusters come from the test kit's primary/replica helper (tests/kit/clusters.ts), which the read-replica
 * tests use too. `pnpm topology --bench` measures the scale-out figures instead (topology-bench.ts).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startClusterPair } from "../../tests/kit/clusters.ts";
import { startBalancer } from "./balancer.ts";
import { REPO_DIR } from "./contenders.ts";
import { progress } from "./log.ts";
import type { QueryId } from "./queries.ts";
import { runTopologyBench } from "./topology-bench.ts";

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    port: { type: "string" },
    "redis-port": { type: "string" },
    check: { type: "boolean", default: false },
    bench: { type: "boolean", default: false },
    rounds: { type: "string", default: "2" },
    duration: { type: "string", default: "5" },
    connections: { type: "string", default: "8" },
    pages: { type: "string", default: "100" },
    queries: { type: "string", default: "Q1,Q2,Q3" },
    "no-results": { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  process.stdout.write(`pnpm topology [--port 4100] [--redis-port 6391] [--check]
  Starts a PostgreSQL primary + streaming replica, Redis, 2 API instances, 2 import workers and a load
  balancer on --port; --check runs a smoke test through it and stops.
pnpm topology --bench [options]
  The scale-out figures: the 10k benchmark corpus on a primary and its streaming replica; Q1-Q3 on one
  instance and on two instances behind the balancer with Redis (cold cache, warm cache, no cache); imports
  through the queue with 1 and 2 workers. Writes its section of bench/RESULTS.md.
  --rounds N (2)  --duration S (5)  --connections N (8)  --pages N (100, per worker count)
  --queries Q1,Q2,Q3  --port P (48140: ports P to P+22)  --redis-port P (6392)  --no-results  --json\n`);
  process.exit(0);
}

const children: ChildProcess[] = [];
const BIN = path.join(REPO_DIR, "packages/cli/dist/readout.mjs");

function start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, {
    cwd: REPO_DIR,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const prefix = (line: string) => `[${name}] ${line}`;
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding("utf8");
    stream?.on("data", (text: string) => {
      for (const line of text.split("\n")) if (line.trim()) process.stderr.write(`${prefix(line)}\n`);
    });
  }
  children.push(child);
  return child;
}

async function waitFor(url: string, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {}
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

async function main() {
  const lbPort = Number(values.port ?? 4100);
  const redisPort = Number(values["redis-port"] ?? 6391);
  progress("starting a PostgreSQL primary and a streaming replica");
  const pair = await startClusterPair();
  const stopAll = async () => {
    for (const child of children.reverse()) child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await pair.destroy();
  };
  try {
    await pair.primary.query("CREATE DATABASE readout");
    const database = (url: string) => url.replace(/\/postgres$/, "/readout");
    const primaryUrl = database(pair.primary.url);
    const replicaUrl = database(pair.replica.url);

    progress(`starting Redis on ${redisPort}`);
    start(
      "redis",
      "redis-server",
      ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      {},
    );
    const redisUrl = `redis://127.0.0.1:${redisPort}`;

    const shared = {
      DATABASE_URL: primaryUrl,
      DATABASE_REPLICA_URLS: replicaUrl,
      REDIS_URL: redisUrl,
      LOG_LEVEL: "warn",
      NODE_OPTIONS: "--max-old-space-size=256",
    };
    const apiPorts = [lbPort + 1, lbPort + 2];
    // Both instances start at once: one applies the migrations and loads the seed, the other waits for it.
    for (const [i, port] of apiPorts.entries()) {
      progress(`starting API instance ${i + 1} on ${port}`);
      start(`api${i + 1}`, process.execPath, [BIN, "serve", "--port", String(port)], {
        ...shared,
        PORT: String(port),
      });
    }
    for (const port of apiPorts) await waitFor(`http://127.0.0.1:${port}/readyz`, 120);
    for (const i of [1, 2]) {
      progress(`starting import worker ${i}`);
      start(`worker${i}`, process.execPath, [BIN, "worker"], shared);
    }

    // Round robin over the instances that answer; a refused connection tries the next one.
    const balancer = await startBalancer(lbPort, apiPorts);
    const endpoint = `http://127.0.0.1:${lbPort}/graphql`;
    process.stdout.write(
      `\nReadout topology is up:\n  load balancer  ${endpoint} (GraphiQL), /readyz, /metrics\n  API instances  ${apiPorts.map((p) => `http://127.0.0.1:${p}`).join(", ")}\n  primary        ${primaryUrl}\n  replica        ${replicaUrl}\n  Redis          ${redisUrl}\n  workers        2 (readout worker)\nQueue pages with: DATABASE_URL=${primaryUrl} REDIS_URL=${redisUrl} pnpm readout import --queue <files>\n`,
    );

    if (values.check) {
      const ask = async () => {
        const response = await fetch(endpoint, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "{ events(first: 5) { totalCount edges { node { key } } } }" }),
        });
        return (await response.json()) as { data?: { events: { totalCount: number } } };
      };
      const answers = await Promise.all([ask(), ask(), ask(), ask()]);
      if (answers.some((answer) => !answer.data))
        throw new Error(`a query failed: ${JSON.stringify(answers)}`);
      progress(`4 queries through the balancer answered (${answers[0]?.data?.events.totalCount} events)`);
      const dir = await mkdtemp(path.join(tmpdir(), "readout-topology-"));
      const page = path.join(dir, "page.txt");
      await writeFile(
        page,
        `Ministers meet in Oslo\n\nOslo, ${new Date().toISOString().slice(0, 10)} — The two ministers agreed to meet again next month, officials said.\n`,
      );
      const queued = start("import", process.execPath, [BIN, "import", "--queue", "--wait", page], shared);
      const code = await new Promise<number | null>((resolve) => queued.on("exit", resolve));
      await rm(dir, { recursive: true, force: true });
      if (code !== 0) throw new Error(`readout import --queue --wait exited with ${code}`);
      progress("a queued page was imported by a worker");
      const metrics = await (await fetch(`http://127.0.0.1:${lbPort}/metrics`)).text();
      progress(
        `/metrics answered (${metrics.split("\n").filter((line) => line && !line.startsWith("#")).length} samples)`,
      );
      const reads = metrics
        .split("\n")
        .filter((line) => line.startsWith("readout_db_reads_total{"))
        .map((line) => line.replace(/^readout_db_reads_total\{target="([^"]+)"\} /, "$1 "));
      progress(`reads by target on the instance that answered: ${reads.join(", ") || "none counted"}`);
      await balancer.close();
      await stopAll();
      progress("check passed; everything stopped");
      return;
    }
    await new Promise<void>((resolve) => {
      process.once("SIGINT", () => resolve());
      process.once("SIGTERM", () => resolve());
    });
    progress("stopping");
    await balancer.close();
    await stopAll();
  } catch (error) {
    await stopAll();
    throw error;
  }
}

function queryIds(list: string): QueryId[] {
  const ids = list.split(",").map((q) => q.trim().toUpperCase());
  for (const id of ids)
    if (!["Q1", "Q2", "Q3"].includes(id)) throw new Error(`--queries: ${id} is not Q1, Q2 or Q3`);
  return ids as QueryId[];
}

const run = values.bench
  ? () =>
      runTopologyBench({
        rounds: Number(values.rounds),
        duration: Number(values.duration),
        connections: Number(values.connections),
        pages: Number(values.pages),
        queries: queryIds(values.queries),
        port: Number(values.port ?? 48140),
        redisPort: Number(values["redis-port"] ?? 6392),
        results: !values["no-results"],
        json: values.json,
      })
  : main;
run().catch((error) => {
  process.stderr.write(`topology failed: ${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
});
