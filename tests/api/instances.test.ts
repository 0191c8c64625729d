/**
 * Several API instances on one database and one Redis (REDIS_URL) share the limits a client can observe:
 * a client's request budget is one budget whichever instance it reaches, and the heavy-operation slots are
 * counted across instances, with a lease that ends when the instance holding a slot dies. Readiness reports
 * Redis too. Without Redis each instance counts on its own, and an unreachable Redis degrades the limits
 * to that instead of refusing requests, and leaves the instance ready (the database decides).
 *
 * Uses the Redis at READOUT_TEST_REDIS_URL (default redis://127.0.0.1:6379), under a key prefix of its
 * own that it deletes afterwards; skipped, saying so, when no Redis answers there.
 */
import { randomBytes } from "node:crypto";
import {
  createApp,
  openSharedStore,
  type ReadoutApp,
  readEnv,
  type SharedStore,
  startServer,
} from "@readout/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, type TestDb, throwawayDatabase } from "../kit/database.ts";
import { deleteKeys, REDIS_URL, testRedis } from "../kit/redis.ts";

const PREFIX = `readout-test:${randomBytes(6).toString("hex")}:`;
const SEARCH = '{ search(query: "Taiwan", first: 1) { totalCount } }';

const testStore = await testRedis(PREFIX, "the tests of limits shared by instances");
const redisReachable = testStore !== null;
const probe = testStore as SharedStore;

async function post(app: ReadoutApp, query: string) {
  const response = await app.fetch("http://readout.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    codes: (body.errors ?? []).map((error) => error.extensions?.code),
    data: body.data,
  };
}

describe.skipIf(!redisReachable)("instances sharing Redis", () => {
  let db: TestDb;
  const stores: SharedStore[] = [];
  /** An instance's own connection to Redis, under this test's prefix. */
  const connect = async (name: string) => {
    const store = await openSharedStore({ url: REDIS_URL, prefix: `${PREFIX}${name}:` });
    stores.push(store);
    return store;
  };

  beforeAll(async () => {
    db = await openTestDb({ seed: true });
  });
  afterAll(async () => {
    await deleteKeys(probe, PREFIX);
    expect(await probe.redis.keys(`*${PREFIX}*`)).toEqual([]);
    await Promise.all(stores.map((store) => store.close()));
    await probe.close();
    await db?.close();
  });

  it("refuses a client on instance B once it has used its budget on instance A", async () => {
    const limits = { ratePerMinute: 3, concurrencyPerClient: 0 };
    const a = createApp({ prisma: db.prisma, security: { ...limits, sharedStore: await connect("rate") } });
    const b = createApp({ prisma: db.prisma, security: { ...limits, sharedStore: await connect("rate") } });
    const query = "{ events(first: 1) { totalCount } }";
    for (let i = 0; i < 3; i++) expect((await post(a, query)).status).toBe(200);
    const refused = await post(b, query);
    expect([refused.status, refused.codes]).toEqual([429, ["RATE_LIMITED"]]);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    // And back on A too: one budget, not one per instance.
    expect((await post(a, query)).status).toBe(429);
    // An instance without the store counts on its own.
    const alone = createApp({ prisma: db.prisma, security: limits });
    expect((await post(alone, query)).status).toBe(200);
  });

  it("counts heavy-operation slots across instances, and a dead instance's slot ends with its lease", {
    timeout: 120_000,
  }, async () => {
    const store = await connect("heavy");
    const limits = { ratePerMinute: 0, concurrencyPerClient: 0, heavyConcurrency: 1 };
    // Waiting for a slot that stays taken ends with the request's deadline, kept short; a search that runs
    // gets one far longer than a busy machine needs.
    const b = createApp({
      prisma: db.prisma,
      security: { ...limits, requestTimeoutMs: 1_000, sharedStore: store },
    });
    const patient = { ...limits, requestTimeoutMs: 25_000 };
    const bPatient = createApp({ prisma: db.prisma, security: { ...patient, sharedStore: store } });
    // The one slot is held by another instance (as redis-semaphore records a holder: its lease's start).
    const slots = `semaphore:${store.prefix}heavy`;
    await store.redis.zadd(slots, Date.now(), "instance-a");
    const waited = await post(b, SEARCH);
    expect([waited.status, waited.codes]).toEqual([503, ["REQUEST_TIMEOUT"]]);
    // The same instance without the store would have run it at once.
    const alone = createApp({ prisma: db.prisma, security: patient });
    expect((await post(alone, SEARCH)).codes).toEqual([]);

    // Instance A dies holding the slot: once its lease (10 s) has passed without renewal, B runs.
    await store.redis.zadd(slots, Date.now() - 11_000, "instance-a");
    const ran = await post(bPatient, SEARCH);
    expect([ran.status, ran.codes]).toEqual([200, []]);
    expect(ran.data).toEqual({ search: { totalCount: expect.any(Number) } });
    // B gave its slot back when it answered; the dead holder was dropped.
    expect(await store.redis.zcard(slots)).toBe(0);
  });

  it("reports Redis in /readyz, and serves /metrics", { timeout: 180_000 }, async () => {
    const database = await throwawayDatabase();
    const running = await startServer(
      readEnv({
        ...database.env,
        PORT: "0",
        READOUT_SEED: "false",
        LOG_LEVEL: "silent",
        REDIS_URL,
        READOUT_REDIS_PREFIX: `${PREFIX}server:`,
        READOUT_RATE_LIMIT_PER_MINUTE: "2",
      }),
    );
    try {
      const ready = await fetch(`${running.url}/readyz`);
      expect({ status: ready.status, body: await ready.json() }).toEqual({
        status: 200,
        body: {
          status: "ready",
          checks: { migrations: "applied", shutdown: "no", database: "reachable", redis: "reachable" },
        },
      });
      const statuses = [];
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`${running.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "query Outlets { outlets(first: 1) { totalCount } }" }),
        });
        statuses.push(response.status);
        await response.body?.cancel();
      }
      expect(statuses).toEqual([200, 200, 429]);
      // The budget was counted in Redis, under the configured prefix.
      expect(await probe.redis.keys(`${PREFIX}server:rate:*`)).toEqual([`${PREFIX}server:rate:ip:127.0.0.1`]);
      const metrics = await (await fetch(`${running.url}/metrics`)).text();
      expect(metrics).toContain('readout_rate_limited_total{reason="rate"} 1');
      expect(metrics).toContain('readout_graphql_request_duration_seconds_count{operation="Outlets"} 2');
    } finally {
      await running.close({ graceMs: 0 });
      await database.drop();
    }
  });
});

describe("instances without a reachable Redis", () => {
  it("start, count limits per instance, and stay ready, reporting Redis", { timeout: 180_000 }, async () => {
    const database = await throwawayDatabase();
    // Nothing listens on port 1.
    const running = await startServer(
      readEnv({
        ...database.env,
        PORT: "0",
        READOUT_SEED: "false",
        LOG_LEVEL: "silent",
        REDIS_URL: "redis://127.0.0.1:1",
        READOUT_RATE_LIMIT_PER_MINUTE: "2",
      }),
    );
    try {
      const ready = await fetch(`${running.url}/readyz`);
      const body = (await ready.json()) as { status: string; checks: Record<string, string> };
      // Reported, but not a reason to leave rotation: every instance shares that Redis, and answers without it.
      expect([ready.status, body.status, body.checks.database]).toEqual([200, "ready", "reachable"]);
      expect(body.checks.redis).toMatch(/^unreachable: /);
      const statuses = [];
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`${running.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "{ outlets(first: 1) { totalCount } }" }),
        });
        statuses.push(response.status);
        await response.body?.cancel();
      }
      // Answered, and still limited: by this instance alone.
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await running.close({ graceMs: 0 });
      await database.drop();
    }
  });
});
