/**
 * The response cache shared by API instances through Redis: a public query answered once is answered
 * again, by any instance, without a single SQL statement; a mutation on another instance, an import by
 * the command line or by a queue worker, each make the next answer show the write, while answers that
 * read none of the types written stay cached (empty lists and counts included: they read their type); a
 * read that began before a write of a type it reads cannot store its older answer after it, a read of
 * other types can; with replicas, answers read moments after a write are not stored; requests with a key
 * are never cached.
 *
 * Uses the Redis at READOUT_TEST_REDIS_URL (default redis://127.0.0.1:6379) under a key prefix of its
 * own that it deletes afterwards; skipped, saying so, when no Redis answers there. The import tests run
 * in the postgresql project (the command line and the worker open the database as other clients do).
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  type AppOptions,
  createApp,
  createResponseCache,
  Metrics,
  openSharedStore,
  type ReadoutApp,
  readEnv,
  type SharedStore,
  startServer,
} from "@readout/api";
import { createApiKey, createDb, type Db } from "@readout/db";
import {
  bumpGeneration,
  configureResponseCacheInvalidation,
  ImportQueue,
  readEntry,
  readGeneration,
  startImportWorker,
  storeEntry,
} from "@readout/ingest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runReadout } from "../kit/cli.ts";
import { countQueries, openTestDb, type TestDb, throwawayDatabase } from "../kit/database.ts";
import { deleteKeys, REDIS_URL, testRedis } from "../kit/redis.ts";
import { roundPage } from "../kit/synthetic.ts";

type Plugin = NonNullable<AppOptions["plugins"]>[number];

const RUN = randomBytes(6).toString("hex");
const PREFIX = `readout-test:${RUN}:`;
const postgres = Boolean(process.env.READOUT_TEST_POSTGRES_URL);

const testStore = await testRedis(PREFIX, "the tests of the shared response cache");
const redisReachable = testStore !== null;
const probe = testStore as SharedStore;

const PARTICIPANTS = "query Participants { participants(first: 100) { totalCount } }";
const ARTICLES = "query Articles { articles(first: 1) { totalCount } }";
const OUTLETS = "query Outlets { outlets(first: 100) { totalCount edges { node { name country } } } }";
const TOPICS = "query Topics { topics(first: 100) { totalCount } }";
/** A node by id: it may be of any type that implements Node, so a write to any of them outdates it. */
const NODE = "query Node($id: ID!) { node(id: $id) { id ... on Outlet { name } } }";
const STATEMENTS = "query Statements { statements(first: 1) { totalCount } }";
/** Participants known by a name: an empty list and a count of 0 until one is created. */
const NAMED = `query Named($name: String!) { participants(first: 10, name: $name) {
  totalCount edges { node { name } } } }`;
const CREATE_PARTICIPANT = `mutation($input: CreateParticipantInput!, $key: String) {
  createParticipant(input: $input, idempotencyKey: $key) { ok } }`;
const CREATE_API_KEY = `mutation($name: String!) { createApiKey(input: { name: $name, scope: READ }) { ok } }`;

interface Answer {
  status: number;
  etag: string | null;
  data: Record<string, { totalCount: number; edges?: unknown[] }> | undefined;
  codes: (string | undefined)[];
}

async function post(
  app: ReadoutApp,
  query: string,
  options: { key?: string; variables?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const response = await app.fetch("http://readout.test/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  const text = await response.text();
  const body = (text ? JSON.parse(text) : {}) as {
    data?: Answer["data"];
    errors?: { extensions?: { code?: string } }[];
  };
  return {
    status: response.status,
    etag: response.headers.get("etag"),
    data: body.data,
    codes: (body.errors ?? []).map((error) => error.extensions?.code),
  };
}

/** A counter's value in the metrics' exposition, by its labels (`result="hit"`). */
async function metric(metrics: Metrics, name: string, labels: string): Promise<number> {
  const { body } = await metrics.exposition();
  const line = body.split("\n").find((l) => l.startsWith(`${name}{${labels}}`));
  return line ? Number(line.split(" ").pop()) : 0;
}

/** Waits until `read` gives `expected` (answers are stored after they are sent). */
async function until(read: () => Promise<number>, expected: number, tries = 500): Promise<number> {
  let value = await read();
  for (let i = 0; i < tries && value !== expected; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    value = await read();
  }
  return value;
}

describe.skipIf(!redisReachable)("a response cache shared through Redis", () => {
  const stores: SharedStore[] = [];
  const cleanup: (() => Promise<unknown>)[] = [];

  /** An API instance: its own Redis connection and metrics, the cache under `prefix`. */
  const instance = async (
    db: Db,
    prefix: string,
    options: { replicaWindowMs?: number; plugins?: Plugin[] } = {},
  ) => {
    const store = await openSharedStore({ url: REDIS_URL, prefix });
    stores.push(store);
    const metrics = new Metrics();
    const responseCache = createResponseCache({
      store,
      ttlMs: 60_000,
      metrics,
      replicaWindowMs: options.replicaWindowMs,
    });
    const app = createApp({
      prisma: db.prisma,
      security: { ratePerMinute: 0, concurrencyPerClient: 0, metrics },
      responseCache,
      plugins: options.plugins,
    });
    return { app, metrics, store, responseCache };
  };

  afterAll(async () => {
    for (const step of cleanup.reverse()) await step().catch(() => {});
    await deleteKeys(probe, PREFIX);
    expect(await probe.redis.keys(`*${PREFIX}*`)).toEqual([]);
    await Promise.all(stores.map((store) => store.close()));
    await probe.close();
  });

  describe("two instances on one database", () => {
    let db: TestDb;
    let admin: string;
    beforeAll(async () => {
      db = await openTestDb({ seed: true });
      cleanup.push(() => db.close());
      admin = (await createApiKey(db.prisma, { name: "cache test", scope: "ADMIN" })).secret;
    });

    it("answers from the cache on both instances without SQL, and a mutation on B shows on A at once", async () => {
      const prefix = `${PREFIX}shared:`;
      const a = await instance(db, prefix);
      const b = await instance(db, prefix);

      const first = await countQueries(db, () => post(a.app, PARTICIPANTS));
      expect(first.result.codes).toEqual([]);
      expect(first.queries.length).toBeGreaterThan(0);
      const before = first.result.data?.participants?.totalCount as number;
      expect(
        await until(() => metric(a.metrics, "readout_response_cache_stores_total", 'outcome="stored"'), 1),
      ).toBe(1);

      const again = await countQueries(db, () => post(a.app, PARTICIPANTS));
      expect([again.queries, again.result.data]).toEqual([[], first.result.data]);
      const onB = await countQueries(db, () => post(b.app, PARTICIPANTS));
      expect([onB.queries, onB.result.data]).toEqual([[], first.result.data]);
      expect(await metric(a.metrics, "readout_response_cache_lookups_total", 'result="hit"')).toBe(1);
      expect(await metric(a.metrics, "readout_response_cache_lookups_total", 'result="miss"')).toBe(1);
      expect(await metric(b.metrics, "readout_response_cache_lookups_total", 'result="hit"')).toBe(1);
      const { body } = await a.metrics.exposition();
      expect(body).toContain('readout_response_cache_request_duration_seconds_count{cache="hit"} 1');
      expect(body).toContain('readout_response_cache_request_duration_seconds_count{cache="miss"} 1');

      // A request with a key is neither answered from the cache nor stored.
      const keyed = await countQueries(db, () => post(a.app, PARTICIPANTS, { key: admin }));
      expect(keyed.queries.length).toBeGreaterThan(0);
      expect(await metric(a.metrics, "readout_response_cache_lookups_total", 'result="hit"')).toBe(1);

      const created = await post(
        b.app,
        `mutation($input: CreateParticipantInput!) { createParticipant(input: $input, idempotencyKey: "cache-test-1") { ok } }`,
        { key: admin, variables: { input: { name: `Cache Tester ${RUN}`, kind: "PERSON" } } },
      );
      expect(created.codes).toEqual([]);
      expect(
        await metric(
          b.metrics,
          "readout_response_cache_invalidations_total",
          'source="mutation",outcome="done",type="Participant"',
        ),
      ).toBe(1);

      // The mutation's answer is back: A's next answer holds the write.
      const after = await countQueries(db, () => post(a.app, PARTICIPANTS));
      expect(after.result.data?.participants?.totalCount).toBe(before + 1);
      expect(after.queries.length).toBeGreaterThan(0);
      // A client revalidating with the ETag of the older answer gets the new one, not 304.
      const stale = first.result.etag;
      expect(stale).toMatch(/^[0-9a-f]{64}:v[0-9a-f]{16}$/);
      const revalidated = await post(a.app, PARTICIPANTS, { headers: { "if-none-match": stale as string } });
      expect([revalidated.status, revalidated.data?.participants?.totalCount]).toEqual([200, before + 1]);
    });

    /**
     * A read on A that has read its rows, then pauses (before the cache would store its answer) while
     * `write` runs on B and is acknowledged; what became of the read's answer.
     */
    const racedRead = async (prefix: string, write: (b: ReadoutApp) => Promise<void>) => {
      let hold: Promise<void> | undefined;
      let reached!: () => void;
      const readDone = new Promise<void>((resolve) => {
        reached = resolve;
      });
      const pause: Plugin = {
        onExecute({ executeFn, setExecuteFn }) {
          const waiting = hold;
          if (!waiting) return;
          setExecuteFn(async (args) => {
            const result = await executeFn(args);
            reached();
            await waiting;
            return result;
          });
        },
      };
      const a = await instance(db, prefix, { plugins: [pause] });
      const b = await instance(db, prefix);
      const before = (await post(b.app, PARTICIPANTS)).data?.participants?.totalCount as number;
      await until(() => metric(b.metrics, "readout_response_cache_stores_total", 'outcome="stored"'), 1);
      // A fresh generation, so that A's read misses.
      await b.responseCache.invalidate("start");

      let release!: () => void;
      hold = new Promise<void>((resolve) => {
        release = resolve;
      });
      const slow = post(a.app, PARTICIPANTS);
      await readDone;
      hold = undefined;
      await write(b.app);
      release();
      const slowCount = (await slow).data?.participants?.totalCount;
      const settled = await until(
        async () =>
          (await metric(a.metrics, "readout_response_cache_stores_total", 'outcome="superseded"')) +
          (await metric(a.metrics, "readout_response_cache_stores_total", 'outcome="stored"')),
        1,
      );
      expect(settled).toBe(1);
      return {
        a,
        b,
        before,
        slowCount,
        superseded: await metric(a.metrics, "readout_response_cache_stores_total", 'outcome="superseded"'),
        stored: await metric(a.metrics, "readout_response_cache_stores_total", 'outcome="stored"'),
      };
    };

    it("does not store an answer read before a write of its type that finished while it was being sent", async () => {
      const race = await racedRead(`${PREFIX}race:`, async (b) => {
        const created = await post(b, CREATE_PARTICIPANT, {
          key: admin,
          variables: { input: { name: `Cache Racer ${RUN}`, kind: "PERSON" }, key: "cache-test-2" },
        });
        expect(created.codes).toEqual([]);
      });
      // The slow read began before the write: its answer may lack it, but it must not be stored.
      expect(race.slowCount).toBe(race.before);
      expect([race.superseded, race.stored]).toEqual([1, 0]);
      for (const app of [race.a.app, race.b.app]) {
        expect((await post(app, PARTICIPANTS)).data?.participants?.totalCount).toBe(race.before + 1);
      }
    });

    it("stores an answer read while a write of other types was acknowledged (the guard is per type)", async () => {
      const race = await racedRead(`${PREFIX}race-other:`, async (b) => {
        const created = await post(b, CREATE_API_KEY, { key: admin, variables: { name: `racer ${RUN}` } });
        expect(created.codes).toEqual([]);
      });
      expect([race.superseded, race.stored]).toEqual([0, 1]);
      const hit = await countQueries(db, () => post(race.a.app, PARTICIPANTS));
      expect([hit.queries, hit.result.data?.participants?.totalCount]).toEqual([[], race.before]);
    });

    it("a write leaves answers about other types cached, and outdates those that read its type, empty lists and counts included", async () => {
      const prefix = `${PREFIX}types:`;
      const a = await instance(db, prefix);
      const b = await instance(db, prefix);
      const name = `Nobody Yet ${RUN}`;
      const outlet = await db.prisma.outlet.findFirstOrThrow({ select: { id: true } });
      const nodeId = { id: Buffer.from(`Outlet:${outlet.id}`).toString("base64") };
      const reads: [string, Record<string, unknown>?][] = [
        [OUTLETS],
        [ARTICLES],
        [TOPICS],
        [PARTICIPANTS],
        [NAMED, { name }],
        [NODE, nodeId],
      ];
      const answers = [];
      for (const [query, variables] of reads) answers.push(await post(a.app, query, { variables }));
      expect(answers.flatMap((answer) => answer.codes)).toEqual([]);
      // The empty list: no Participant in the answer, yet it reads participants.
      expect(answers[4]?.data?.participants).toEqual({ totalCount: 0, edges: [] });
      expect(
        await until(
          () => metric(a.metrics, "readout_response_cache_stores_total", 'outcome="stored"'),
          reads.length,
        ),
      ).toBe(reads.length);
      const cached = async (query: string, variables?: Record<string, unknown>) =>
        (await countQueries(db, () => post(a.app, query, { variables }))).queries.length === 0;

      // An API key is read by no public query: every answer stays cached.
      expect(
        (await post(b.app, CREATE_API_KEY, { key: admin, variables: { name: `types ${RUN}` } })).codes,
      ).toEqual([]);
      for (const [query, variables] of reads) expect(await cached(query, variables)).toBe(true);
      // Statements are not among the fields whose reads are listed: any write outdates them.
      await post(a.app, STATEMENTS);
      await until(
        () => metric(a.metrics, "readout_response_cache_stores_total", 'outcome="stored"'),
        reads.length + 1,
      );
      expect(await cached(STATEMENTS)).toBe(true);
      expect(
        (await post(b.app, CREATE_API_KEY, { key: admin, variables: { name: `types 2 ${RUN}` } })).codes,
      ).toEqual([]);
      expect(await cached(STATEMENTS)).toBe(false);
      expect(await cached(OUTLETS)).toBe(true);

      // A participant: answers that read participants miss and show it; the others are still hits.
      const created = await post(b.app, CREATE_PARTICIPANT, {
        key: admin,
        variables: { input: { name, kind: "PERSON" }, key: "cache-test-types" },
      });
      expect(created.codes).toEqual([]);
      expect(await cached(OUTLETS)).toBe(true);
      expect(await cached(ARTICLES)).toBe(true);
      expect(await cached(TOPICS)).toBe(true);
      expect(await cached(NODE, nodeId)).toBe(false);
      const named = await countQueries(db, () => post(a.app, NAMED, { variables: { name } }));
      expect(named.queries.length).toBeGreaterThan(0);
      expect(named.result.data?.participants).toEqual({ totalCount: 1, edges: [{ node: { name } }] });
      const all = await countQueries(db, () => post(a.app, PARTICIPANTS));
      expect(all.queries.length).toBeGreaterThan(0);
      expect(all.result.data?.participants?.totalCount).toBe(
        (answers[3]?.data?.participants?.totalCount as number) + 1,
      );
      // Counted under the types written, not as a global invalidation.
      expect(
        await metric(
          b.metrics,
          "readout_response_cache_invalidations_total",
          'source="mutation",outcome="done",type="Participant"',
        ),
      ).toBe(1);
      expect(
        await metric(
          b.metrics,
          "readout_response_cache_invalidations_total",
          'source="mutation",outcome="done",type="*"',
        ),
      ).toBe(0);
    });

    it("runs a missed query as it runs without the cache (one compiled statement)", async () => {
      const a = await instance(db, `${PREFIX}compiled:`);
      const plain = createApp({ prisma: db.prisma, security: { ratePerMinute: 0, concurrencyPerClient: 0 } });
      const query = `query Coverage { events(first: 5) { edges { node { title articles(first: 10) {
        totalCount edges { node { title outlet { name country } } } } } } } }`;
      const without = await countQueries(db, () => post(plain, query));
      const missed = await countQueries(db, () => post(a.app, query));
      expect(without.queries).toHaveLength(1);
      expect(missed.queries).toHaveLength(1);
      expect(missed.result.data).toEqual(without.result.data);
      await until(() => metric(a.metrics, "readout_response_cache_stores_total", 'outcome="stored"'), 1);
      const hit = await countQueries(db, () => post(a.app, query));
      expect([hit.queries, hit.result.data]).toEqual([[], without.result.data]);
    });

    it("serves and stores an answer only while the generations of its types are current (the guard itself, on Redis)", async () => {
      const prefix = `${PREFIX}guard:`;
      const { generations } = await readGeneration(probe.redis, prefix);
      expect(generations["*"]).toBeTruthy();
      const stamp = {
        version: "0123456789abcdef",
        generations: { "*": generations["*"] as string, Participant: generations.Participant ?? "" },
      };
      const first = "a".repeat(64);
      expect(await storeEntry(probe.redis, prefix, first, stamp, "{}", 60_000)).toBe(true);
      expect(await readEntry(probe.redis, prefix, first)).toBe("{}");
      expect((await readGeneration(probe.redis, prefix, first)).entry).toBe("{}");
      expect(await readEntry(probe.redis, prefix, first, stamp.version)).toBe("{}");
      expect(await readEntry(probe.redis, prefix, first, "fedcba9876543210")).toBeNull();
      // Another type: still served, and still stored.
      await bumpGeneration(probe.redis, prefix, ["Outlet"]);
      expect(await readEntry(probe.redis, prefix, first)).toBe("{}");
      expect(await storeEntry(probe.redis, prefix, "b".repeat(64), stamp, "{}", 60_000)).toBe(true);
      // Its type: neither served nor stored.
      await bumpGeneration(probe.redis, prefix, ["Participant"]);
      expect((await readGeneration(probe.redis, prefix, first)).entry).toBeNull();
      expect(await readEntry(probe.redis, prefix, first)).toBeNull();
      expect(await storeEntry(probe.redis, prefix, "c".repeat(64), stamp, "{}", 60_000)).toBe(false);
      const next = await readGeneration(probe.redis, prefix);
      expect(next.generations.Participant).toBeTruthy();
      expect(next.generations.Participant).not.toBe(generations.Participant);
      expect(next.sinceWriteMs).toBeGreaterThanOrEqual(0);
      // The global generation outdates every answer.
      const current = { version: stamp.version, generations: { "*": next.generations["*"] as string } };
      expect(await storeEntry(probe.redis, prefix, first, current, "{}", 60_000)).toBe(true);
      await bumpGeneration(probe.redis, prefix);
      expect(await readEntry(probe.redis, prefix, first)).toBeNull();
      // Generations lost from Redis come back as new ones, never as old ones.
      const before = (await readGeneration(probe.redis, prefix)).generations["*"];
      await probe.redis.del(`${prefix}cache:generations`);
      const recreated = (await readGeneration(probe.redis, prefix)).generations["*"];
      expect([generations["*"], next.generations["*"], before]).not.toContain(recreated);
    });
    it("with replicas, does not store answers read in the moments after a write", async () => {
      const prefix = `${PREFIX}replicas:`;
      const a = await instance(db, prefix, { replicaWindowMs: 3_600_000 });
      await a.responseCache.invalidate("start");
      for (let i = 0; i < 2; i++) {
        const answer = await countQueries(db, () => post(a.app, PARTICIPANTS));
        expect(answer.queries.length).toBeGreaterThan(0);
      }
      expect(
        await until(
          () => metric(a.metrics, "readout_response_cache_stores_total", 'outcome="recent_write"'),
          2,
        ),
      ).toBe(2);
      expect(await metric(a.metrics, "readout_response_cache_stores_total", 'outcome="stored"')).toBe(0);
    });

    it("caches no answer with errors, and no mutation", async () => {
      const prefix = `${PREFIX}errors:`;
      const a = await instance(db, prefix);
      const refused = await post(a.app, "{ candidates(first: 1) { totalCount } }");
      expect(refused.codes).toEqual(["UNAUTHENTICATED"]);
      expect(
        await until(() => metric(a.metrics, "readout_response_cache_stores_total", 'outcome="errors"'), 1),
      ).toBe(1);
      // Refused (no key) with a payload, not an error: sent twice, it runs twice.
      const refusedWrite = `mutation { createParticipant(input: { name: "Nobody", kind: PERSON }, idempotencyKey: "cache-test-3") { ok } }`;
      for (let i = 0; i < 2; i++)
        expect((await post(a.app, refusedWrite)).data).toEqual({ createParticipant: { ok: false } });
      expect(await metric(a.metrics, "readout_response_cache_lookups_total", 'result="hit"')).toBe(0);
      expect(
        await metric(
          a.metrics,
          "readout_response_cache_invalidations_total",
          'source="mutation",outcome="done",type="Participant"',
        ),
      ).toBe(2);
    });
  });

  it("is on in a server with REDIS_URL, and its figures are on /metrics", { timeout: 180_000 }, async () => {
    const database = await throwawayDatabase();
    cleanup.push(database.drop);
    const running = await startServer(
      readEnv({
        ...database.env,
        PORT: "0",
        LOG_LEVEL: "silent",
        REDIS_URL,
        READOUT_REDIS_PREFIX: `${PREFIX}server:`,
      }),
    );
    cleanup.push(() => running.close({ graceMs: 0 }));
    const answers = [];
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${running.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "query Outlets { outlets(first: 1) { totalCount } }" }),
      });
      answers.push(await response.json());
      // The first answer is stored once sent; the next requests find it.
      if (i === 0) {
        await until(async () => {
          const text = await (await fetch(`${running.url}/metrics`)).text();
          return text.includes('readout_response_cache_stores_total{outcome="stored"} 1') ? 1 : 0;
        }, 1);
      }
    }
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    const text = await (await fetch(`${running.url}/metrics`)).text();
    expect(text).toContain('readout_response_cache_lookups_total{result="hit"} 2');
    expect(text).toContain('readout_response_cache_lookups_total{result="miss"} 1');
    expect(text).toContain(
      'readout_response_cache_invalidations_total{source="start",outcome="done",type="*"} 1',
    );
    // Answers from the cache count under their operation's name too.
    expect(text).toContain('readout_graphql_request_duration_seconds_count{operation="Outlets"} 3');
  });

  describe.skipIf(!postgres)("imports in other processes", () => {
    let db: Db;
    let env: NodeJS.ProcessEnv;
    let a: Awaited<ReturnType<typeof instance>>;
    const prefix = `${PREFIX}imports:`;
    beforeAll(async () => {
      const database = await throwawayDatabase();
      cleanup.push(database.drop);
      env = { ...database.env, REDIS_URL, READOUT_REDIS_PREFIX: prefix, LOG_LEVEL: "silent" };
      db = await createDb({ databaseUrl: database.env.DATABASE_URL });
      cleanup.push(() => db.close());
      await db.migrate();
      a = await instance(db, prefix);
      // The command line and the worker below run in this process: they read REDIS_URL and
      // READOUT_REDIS_PREFIX from its environment, as `readout import` and `readout worker` do.
      const saved = {
        REDIS_URL: process.env.REDIS_URL,
        READOUT_REDIS_PREFIX: process.env.READOUT_REDIS_PREFIX,
      };
      process.env.REDIS_URL = REDIS_URL;
      process.env.READOUT_REDIS_PREFIX = prefix;
      cleanup.push(async () => {
        for (const [name, value] of Object.entries(saved)) {
          if (value === undefined) delete process.env[name];
          else process.env[name] = value;
        }
        configureResponseCacheInvalidation(null);
      });
    });

    /** The article count as A answers it, after making sure that it is cached. */
    const cachedArticles = async () => {
      const stored = await metric(a.metrics, "readout_response_cache_stores_total", 'outcome="stored"');
      const answer = await post(a.app, ARTICLES);
      await until(
        () => metric(a.metrics, "readout_response_cache_stores_total", 'outcome="stored"'),
        stored + 1,
      );
      const hit = await countQueries(db, () => post(a.app, ARTICLES));
      expect(hit.queries).toEqual([]);
      return answer.data?.articles?.totalCount as number;
    };

    it("`readout import` invalidates article lists, not answers about what imports do not write", async () => {
      const stored = await metric(a.metrics, "readout_response_cache_stores_total", 'outcome="stored"');
      const topics = await post(a.app, TOPICS);
      expect(topics.codes).toEqual([]);
      await until(
        () => metric(a.metrics, "readout_response_cache_stores_total", 'outcome="stored"'),
        stored + 1,
      );
      const before = await cachedArticles();
      expect((await countQueries(db, () => post(a.app, TOPICS))).queries).toEqual([]);
      const dir = await mkdtemp(path.join(tmpdir(), "readout-cache-"));
      cleanup.push(() => rm(dir, { recursive: true, force: true }));
      await writeFile(path.join(dir, "round-1.txt"), roundPage(9101));
      const run = await runReadout(env, ["import", dir]);
      expect(run.code, run.stderr).toBe(0);
      const after = await countQueries(db, () => post(a.app, ARTICLES));
      expect(after.queries.length).toBeGreaterThan(0);
      expect(after.result.data?.articles?.totalCount).toBeGreaterThan(before);
      // Topics come from curation: the import did not outdate them.
      const still = await countQueries(db, () => post(a.app, TOPICS));
      expect([still.queries, still.result.data]).toEqual([[], topics.data]);
    });

    it("a page imported by a queue worker invalidates", { timeout: 120_000 }, async () => {
      const before = await cachedArticles();
      const queuePrefix = `readout-test-cache-${RUN}`;
      const queue = await ImportQueue.open({ redisUrl: REDIS_URL, prefix: queuePrefix });
      cleanup.push(async () => {
        await queue.obliterate();
        await queue.close();
      });
      const done = new Promise<string>((resolve) => {
        void startImportWorker({
          redisUrl: REDIS_URL,
          prefix: queuePrefix,
          prisma: db.prisma,
          concurrency: 1,
          lockDurationMs: 30_000,
          stalledIntervalMs: 30_000,
          maxStalledCount: 1,
          onJob: (event) => resolve(event.outcome),
        }).then((worker) => cleanup.push(() => worker.close()));
      });
      await queue.enqueue({ content: roundPage(9102), mediaType: "text/plain", name: "round-2.txt" });
      expect(await done).toBe("completed");
      const after = await countQueries(db, () => post(a.app, ARTICLES));
      expect(after.queries.length).toBeGreaterThan(0);
      expect(after.result.data?.articles?.totalCount).toBeGreaterThan(before);
    });
  });
});
