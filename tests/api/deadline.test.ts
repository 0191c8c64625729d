/**
 * Time limits: a request past its deadline is answered REQUEST_TIMEOUT, the SQL it started is cancelled
 * (PostgreSQL's statement_timeout) and leaves nothing running, and a query that finds no free connection
 * in time is answered DATABASE_BUSY. A table lock held by the test makes the request slow, whatever the
 * machine's speed.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp } from "@readout/api";
import { createDb, type Db } from "@readout/db";
import pg from "pg";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GRAPHQL_URL } from "../kit/api.ts";

const serverUrl = process.env.READOUT_TEST_POSTGRES_URL;
const STATEMENT_TIMEOUT_MS = 1_500;
let db: Db;
let databaseName = "";
let drop = async () => {};

beforeAll(async () => {
  if (serverUrl) {
    databaseName = `readout_test_deadline_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${databaseName}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${databaseName}`;
    db = await createDb({
      databaseUrl: url.toString(),
      statementTimeoutMs: STATEMENT_TIMEOUT_MS,
      acquireTimeoutMs: 1_000,
    });
    drop = async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
      await client.end();
    };
  } else {
    db = await createDb({ dataDir: "memory://" });
  }
  await db.migrate();
});
afterAll(async () => {
  await db?.close();
  await drop();
});

/**
 * Opens every connection of the pool before a test counts on them: opening one on a busy machine can take
 * longer than the test's short acquire timeout, and would be refused as DATABASE_BUSY although none is busy.
 */
async function warmPool() {
  if (!serverUrl) return;
  let failure: unknown;
  for (let tries = 0; tries < 20; tries++) {
    const opened = await Promise.allSettled(
      Array.from({ length: 10 }, () => db.prisma.$queryRawUnsafe("SELECT 1 AS one FROM pg_sleep(0.2)")),
    );
    failure = opened.find((result) => result.status === "rejected")?.reason;
    if (failure === undefined) return;
  }
  throw new Error("could not open the pool's ten connections", { cause: failure });
}

/** Holds an exclusive lock on the articles table until released: every read of it waits. */
async function lockArticles() {
  await warmPool();
  let release!: () => void;
  let locked!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const ready = new Promise<void>((resolve) => {
    locked = resolve;
  });
  const holding = db.prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe('LOCK TABLE "Article" IN ACCESS EXCLUSIVE MODE');
      locked();
      await gate;
    },
    { timeout: 60_000 },
  );
  await ready;
  return async () => {
    release();
    await holding;
  };
}

/** Statements of the app still running (or waiting) in the test database, other than the lock holder's. */
async function runningStatements(): Promise<string[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ query: string }>(
      `SELECT query FROM pg_stat_activity
       WHERE datname = $1 AND state = 'active' AND pid <> pg_backend_pid() AND query ILIKE '%"Article"%'
         AND query NOT ILIKE 'LOCK TABLE%'`,
      [databaseName],
    );
    return rows.map((row) => row.query);
  } finally {
    await client.end();
  }
}

const ask = (app: ReturnType<typeof createApp>, query: string) =>
  app.fetch(GRAPHQL_URL, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });

/** A query from a given client address (what main.ts' HTTP server passes Yoga), answered as JSON. */
const query = (app: ReturnType<typeof createApp>, text: string, address: string) =>
  Promise.resolve(
    app.fetch(
      GRAPHQL_URL,
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: text }),
      },
      { req: { socket: { remoteAddress: address } } },
    ),
  ).then(
    (response) =>
      response.json() as Promise<{ data?: unknown; errors?: { extensions?: { code?: string } }[] }>,
  );

describe("time limits", () => {
  it("answers REQUEST_TIMEOUT when the deadline passes, and cancels the SQL it started", async () => {
    const app = createApp({
      prisma: db.prisma,
      security: { requestTimeoutMs: 300, concurrencyPerClient: 0, ratePerMinute: 0 },
      logger: pino({ level: "error" }),
    });
    const unlock = await lockArticles();
    try {
      const response = await ask(app, "{ articles(first: 5) { totalCount edges { node { title } } } }");
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(response.status, JSON.stringify(body)).toBe(503);
      expect(body.errors?.map((error) => error.extensions?.code)).toEqual(["REQUEST_TIMEOUT"]);
      if (serverUrl) {
        // The statement waits on the lock until PostgreSQL cancels it: nothing of it is left running.
        let left = await runningStatements();
        for (let tries = 0; left.length > 0 && tries < 40; tries++) {
          await new Promise((resolve) => setTimeout(resolve, 250));
          left = await runningStatements();
        }
        expect(left).toEqual([]);
      }
    } finally {
      await unlock();
    }
    // Once the lock is gone, the same app answers again.
    const after = await ask(app, "{ articles(first: 5) { totalCount } }");
    const afterBody = await after.text();
    expect(after.status, afterBody).toBe(200);
    expect((JSON.parse(afterBody) as { errors?: unknown }).errors).toBeUndefined();
  });

  // On PGlite the lock holder has the only connection: every request that reads anything waits for it.
  it.runIf(serverUrl)("stops a request whose client went away, and frees its place", async () => {
    const app = createApp({
      prisma: db.prisma,
      security: { requestTimeoutMs: 0, concurrencyPerClient: 1, queuePerClient: 0, ratePerMinute: 0 },
    });
    // Over a real connection, as clients go away: the server sees the socket close.
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const post = (query: string, signal?: AbortSignal) =>
      fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
        signal: signal ?? null,
      });
    const unlock = await lockArticles();
    try {
      const client = new AbortController();
      const abandoned = post("{ articles(first: 5) { totalCount } }", client.signal).catch(() => undefined);
      // While it waits on the lock, it holds this client's only place.
      let busy = await post("{ __typename }");
      for (let tries = 0; busy.status !== 429 && tries < 40; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        busy = await post("{ __typename }");
      }
      expect(busy.status).toBe(429);
      client.abort();
      await abandoned;
      // The place comes free once the server has stopped the abandoned request's work.
      let next = await post("{ __typename }");
      for (let tries = 0; next.status === 429 && tries < 100; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        next = await post("{ __typename }");
      }
      expect(await next.json()).toEqual({ data: { __typename: "Query" } });
    } finally {
      await unlock();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it.runIf(serverUrl)("keeps one client's 20 slow requests from starving another client", async () => {
    const trivialWhileHeavy = async (concurrencyPerClient: number) => {
      const app = createApp({
        prisma: db.prisma,
        security: { requestTimeoutMs: 0, ratePerMinute: 0, concurrencyPerClient, queuePerClient: 64 },
      });
      const unlock = await lockArticles();
      try {
        const heavy = Array.from({ length: 20 }, () =>
          query(app, "{ articles(first: 5) { totalCount } }", "198.51.100.1"),
        );
        // Wait until the heavy requests hold what they may: eight of them under the limit, else the pool.
        for (let tries = 0; tries < 40; tries++) {
          const waiting = (await runningStatements()).length;
          if (waiting >= Math.min(concurrencyPerClient || 9, 9)) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        const trivial = await query(app, "{ events(first: 1) { totalCount } }", "198.51.100.2");
        return { trivial, heavy };
      } finally {
        await unlock();
      }
    };
    const limited = await trivialWhileHeavy(8);
    expect(limited.trivial).toEqual({ data: { events: { totalCount: 0 } } });
    await Promise.all(limited.heavy);
    // Without the per-client limit the slow requests take every connection, and the light one is refused.
    const unlimited = await trivialWhileHeavy(0);
    expect(unlimited.trivial.errors?.map((error) => error.extensions?.code)).toEqual(["DATABASE_BUSY"]);
    await Promise.all(unlimited.heavy);
  });

  it.runIf(serverUrl)("keeps 20 clients' heavy searches from starving a light request", async () => {
    // Three searches in one request: heavy, and corpus-wide three times over.
    const searches = ["treaty", "summit", "border"]
      .map((word, i) => `s${i}: search(query: "${word}", first: 5) { totalCount }`)
      .join(" ");
    const trivialBesideSearches = async (heavyConcurrency: number) => {
      const app = createApp({
        prisma: db.prisma,
        security: { requestTimeoutMs: 0, ratePerMinute: 0, concurrencyPerClient: 8, heavyConcurrency },
      });
      const unlock = await lockArticles();
      let most = 0;
      try {
        const heavy = Array.from({ length: 20 }, (_, i) =>
          query(app, `{ ${searches} }`, `198.51.100.${i + 1}`),
        );
        // Wait until the searches hold what they may: the heavy slots, else the pool.
        for (let tries = 0; tries < 100; tries++) {
          most = Math.max(most, (await runningStatements()).length);
          if (most >= Math.min(heavyConcurrency || 9, 9)) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        const trivial = await query(app, "{ events(first: 1) { totalCount } }", "198.51.100.200");
        most = Math.max(most, (await runningStatements()).length);
        return { trivial, heavy, most };
      } finally {
        await unlock();
      }
    };
    const gated = await trivialBesideSearches(4);
    expect(gated.trivial).toEqual({ data: { events: { totalCount: 0 } } });
    // Four heavy requests at a time, each running its searches one after another on one connection.
    expect(gated.most).toBe(4);
    const answers = await Promise.all(gated.heavy);
    expect(answers.every((answer) => answer.errors === undefined)).toBe(true);
    // Without the gate the searches take every connection, and the light request is refused.
    const ungated = await trivialBesideSearches(0);
    expect(ungated.trivial.errors?.map((error) => error.extensions?.code)).toEqual(["DATABASE_BUSY"]);
    await Promise.all(ungated.heavy);
  });

  it.runIf(serverUrl)("answers DATABASE_BUSY when no connection comes free in time", async () => {
    const app = createApp({
      prisma: db.prisma,
      security: { requestTimeoutMs: 0, concurrencyPerClient: 0, ratePerMinute: 0 },
    });
    const unlock = await lockArticles();
    let answers: { errors?: { extensions?: { code?: string } }[] }[] = [];
    try {
      // The lock holder and nine waiting reads hold the pool's ten connections: the rest must wait.
      answers = await Promise.all(
        Array.from({ length: 12 }, () =>
          Promise.resolve(ask(app, "{ articles(first: 5) { totalCount } }")).then((response) =>
            response.json(),
          ),
        ),
      );
    } finally {
      await unlock();
    }
    const codes = answers.flatMap((answer) => answer.errors?.map((error) => error.extensions?.code) ?? []);
    expect(codes).toContain("DATABASE_BUSY");
    expect(codes.every((code) => code === "DATABASE_BUSY" || code === "REQUEST_TIMEOUT")).toBe(true);
  });
});
