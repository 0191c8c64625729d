/**
 * A draining shutdown: SIGTERM while requests are in flight lets every one of them finish, refuses new
 * connections, closes the database and exits 0 (on the embedded database and on PostgreSQL).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import http from "node:http";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { throwawayDatabase } from "../kit/database.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const IN_FLIGHT = 12;
const QUERY = `{
  events(first: 10) { edges { node { title coverage { articleCount outlets { outlet { name } articles { title body } } }
    discrepancies { attribute verdict } agreements(first: 20) { edges { node { summary comparison { strongest } } } } } } }
  search(query: "Taiwan OR Blinken OR talks", first: 50) { totalCount edges { node { kind matches { exact } } } }
}`;

const database = await throwawayDatabase();
afterAll(() => database.drop());

/** The API in a process of its own; resolves with its URL once it listens. */
async function server(): Promise<{ child: ChildProcess; url: string; log: () => string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "packages/api/src/main.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...database.env,
      PORT: "0",
      LOG_LEVEL: "debug",
      // The test's requests all come from one client: per-client limits would queue them.
      READOUT_CONCURRENCY_PER_CLIENT: "0",
      READOUT_RATE_LIMIT_PER_MINUTE: "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (chunk) => {
      output += chunk;
      const listening = /"url":"([^"]+)"[^\n]*listening/.exec(output);
      if (listening?.[1]) resolve(listening[1]);
    });
    child.once("exit", (code) => reject(new Error(`the server exited (${code}):\n${output}`)));
  });
  return { child, url, log: () => output };
}

/** Resolves once `log()` shows `count` lines matching `pattern`. */
async function seen(child: ChildProcess, log: () => string, pattern: RegExp, count: number) {
  while ((log().match(pattern) ?? []).length < count)
    await once(child.stdout as NodeJS.ReadableStream, "data");
}

describe("shutting down on SIGTERM", () => {
  it("finishes every request in flight, refuses new ones, and exits 0", { timeout: 180_000 }, async () => {
    const { child, url, log } = await server();
    const exited = once(child, "exit");
    const send = () =>
      fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: QUERY }),
      }).then(async (response) => ({
        status: response.status,
        body: (await response.json()) as { errors?: unknown },
      }));
    const requests = Array.from({ length: IN_FLIGHT }, send);
    // Every request has reached the server before it is told to stop.
    await seen(child, log, /Parsing request to extract GraphQL parameters/g, IN_FLIGHT);
    // And more on connections of their own, sent just before the signal: the server may not have
    // accepted them yet (its event loop busy with the first ones), yet they are answered too.
    const connected: Promise<void>[] = [];
    const more = Array.from({ length: IN_FLIGHT }, () => {
      let resolve!: () => void;
      connected.push(
        new Promise<void>((done) => {
          resolve = done;
        }),
      );
      return new Promise<{ status: number; body: { errors?: unknown } }>((answered, failed) => {
        const request = http.request(
          url,
          { method: "POST", agent: false, headers: { "content-type": "application/json" } },
          (response) => {
            let text = "";
            response.on("data", (chunk) => {
              text += chunk;
            });
            response.on("end", () => answered({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
          },
        );
        request.once("socket", (socket) => socket.once("connect", () => resolve()));
        request.once("error", failed);
        request.end(JSON.stringify({ query: QUERY }));
      });
    });
    await Promise.all(connected);
    child.kill("SIGTERM");
    await seen(child, log, /"msg":"no longer accepting connections"/g, 1);

    // A new connection (not one kept alive from the requests above) is refused.
    const late = await new Promise<string>((resolve) => {
      const request = http.request(url, { method: "POST", agent: false }, () => resolve("answered"));
      request.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      request.end(JSON.stringify({ query: "{ __typename }" }));
    });
    const answers = await Promise.all([...requests, ...more]);
    const [code, signal] = await exited;

    expect(answers.map((answer) => answer.status)).toEqual(Array(2 * IN_FLIGHT).fill(200));
    for (const answer of answers) expect(answer.body.errors, JSON.stringify(answer.body)).toBeUndefined();
    expect(late).toBe("ECONNREFUSED");
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(log()).toContain("database closed; bye");
    expect(log()).not.toContain("Cannot use a pool");
  });
});
