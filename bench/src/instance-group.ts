/**
 * Several `readout serve` processes behind the round-robin balancer, all children of this one process, so
 * that the topology benchmark reads their CPU time (and the balancer's, this process's own) as one process
 * tree, as it does for a single server. Started by topology-bench.ts:
 *
 *   node --import tsx bench/src/instance-group.ts --port 48120 --instances 2
 *
 * The instances listen on the ports after --port and take their settings from the environment; the
 * balancer listens on --port. One line `ready` on standard output once every instance answers /readyz;
 * SIGTERM stops the instances (each finishes its requests) and then the balancer.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { startBalancer } from "./balancer.ts";
import { REPO_DIR } from "./contenders.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    instances: { type: "string", default: "2" },
  },
});
const port = Number(values.port);
const count = Number(values.instances);
if (!Number.isInteger(port) || !Number.isInteger(count) || count < 1) {
  process.stderr.write("usage: instance-group.ts --port P [--instances N]\n");
  process.exit(2);
}

const BIN = path.join(REPO_DIR, "packages/cli/dist/readout.mjs");
const ports = Array.from({ length: count }, (_, i) => port + 1 + i);
const children: ChildProcess[] = ports.map((instancePort, i) => {
  // As the root package's `start` script runs the server: the bundled command, a 256 MB heap.
  const child = spawn(process.execPath, ["--max-old-space-size=256", BIN, "serve"], {
    cwd: REPO_DIR,
    env: { ...process.env, PORT: String(instancePort), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding("utf8");
    stream?.on("data", (text: string) => {
      for (const line of text.split("\n")) if (line.trim()) process.stderr.write(`[api${i + 1}] ${line}\n`);
    });
  }
  child.on("exit", (code, signal) => {
    if (!stopping) {
      process.stderr.write(`[api${i + 1}] exited (${signal ?? code}); stopping the group\n`);
      void stop(1);
    }
  });
  return child;
});

let stopping = false;
let balancer: Awaited<ReturnType<typeof startBalancer>> | undefined;

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  const exited = children.map(
    (child) =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve();
        else child.once("exit", () => resolve());
      }),
  );
  for (const child of children) child.kill("SIGTERM");
  const timer = setTimeout(() => {
    for (const child of children) child.kill("SIGKILL");
  }, 10_000);
  await Promise.all(exited);
  clearTimeout(timer);
  await balancer?.close();
  process.exit(code);
}
process.once("SIGTERM", () => void stop(0));
process.once("SIGINT", () => void stop(0));

async function ready(url: string, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {}
    if (stopping) throw new Error("stopping");
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

try {
  for (const instancePort of ports) await ready(`http://127.0.0.1:${instancePort}/readyz`, 180);
  balancer = await startBalancer(port, ports);
  process.stdout.write("ready\n");
} catch (error) {
  process.stderr.write(`instance group failed: ${(error as Error).message}\n`);
  await stop(1);
}
