/**
 * Read replicas (DATABASE_REPLICA_URLS) against a real primary and a streaming replica that this file
 * starts (tests/kit/clusters.ts): queries are served by the replica, a client that just wrote reads its
 * write (and one whose mutation was refused keeps reading the replica), a replica that lags past
 * READOUT_REPLICA_MAX_LAG_MS is skipped, and stopping the replica under a stream of reads fails none of them. Statements are counted per server with pg_stat_statements.
 *
 * Skipped, saying so, when the PostgreSQL binaries are missing. It starts its own clusters, so it runs
 * once, in the PGlite project.
 */
import { type RunningServer, readEnv, startServer } from "@readout/api";
import { createApiKey, parseLsn } from "@readout/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ClusterPair, clustersUnavailable, startClusterPair } from "../kit/clusters.ts";

const unavailable = clustersUnavailable();
const otherProject = Boolean(process.env.READOUT_TEST_POSTGRES_URL);
if (unavailable && !otherProject) {
  console.warn(`Cannot start PostgreSQL clusters (${unavailable}): skipping the read replica tests.`);
}

const EVENT_KEY = "2023-06-18-blinken-qin-beijing";
const READS = [
  `{ event(key: "${EVENT_KEY}") { title articles(first: 5) { totalCount edges { node { title } } } } }`,
  "{ participants(first: 5) { edges { node { name } } } }",
];
/**
 * The lag limit of the server under test: far longer than any test here takes, so that a paused replica is
 * still read however slow the machine is. A second server, with a short limit, shows the replica skipped.
 */
const MAX_LAG_MS = 600_000;
const SHORT_MAX_LAG_MS = 1_000;

/** What the statements of the API (not of the tests and health checks) on a server add up to. */
const COUNT_STATEMENTS = `SELECT coalesce(sum(calls), 0)::int AS n FROM pg_stat_statements
  WHERE query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE '%_lsn%'
    AND query NOT ILIKE '%pg_is_in_recovery%' AND query NOT ILIKE '%pg_database%'`;
/** The API key checks among them. */
const COUNT_KEY_CHECKS = `SELECT coalesce(sum(calls), 0)::int AS n FROM pg_stat_statements WHERE query ILIKE '%"ApiKey"%'`;

describe.skipIf(Boolean(unavailable) || otherProject)("read replicas", () => {
  let pair: ClusterPair;
  let running: RunningServer;
  /** The same database with a short lag limit. */
  let strict: RunningServer;
  let key: string;

  async function post(
    query: string,
    options: { key?: string; variables?: unknown; server?: RunningServer } = {},
  ) {
    const response = await fetch(`${(options.server ?? running).url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
      },
      body: JSON.stringify({ query, variables: options.variables }),
    });
    // biome-ignore lint/suspicious/noExplicitAny: GraphQL answers are checked field by field below.
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    return { status: response.status, ...body };
  }

  const count = async (on: "primary" | "replica", sql: string) =>
    (await pair[on].query<{ n: number }>(sql))[0]?.n ?? 0;
  const counts = async () => ({
    primary: await count("primary", COUNT_STATEMENTS),
    primaryKeyChecks: await count("primary", COUNT_KEY_CHECKS),
    replica: await count("replica", COUNT_STATEMENTS),
  });
  const resetCounts = async () => {
    await pair.primary.query("SELECT pg_stat_statements_reset()");
    await pair.replica.query("SELECT pg_stat_statements_reset()");
  };

  async function until(check: () => Promise<boolean> | boolean, what: string, ms = 20_000) {
    const deadline = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Waits until the replica has replayed everything the primary has written so far. */
  async function caughtUp() {
    const [{ lsn }] = (await pair.primary.query<{ lsn: string }>(
      "SELECT pg_current_wal_lsn()::text AS lsn",
    )) as [{ lsn: string }];
    await until(async () => {
      const [row] = await pair.replica.query<{ lsn: string }>("SELECT pg_last_wal_replay_lsn()::text AS lsn");
      return parseLsn(row?.lsn ?? "0/0") >= parseLsn(lsn);
    }, "the replica has replayed the primary's writes");
    for (const server of [running, strict]) {
      const router = server?.db.replicas;
      await router?.check();
      await until(() => router?.status()[0]?.healthy === true, "the replica is in use");
    }
  }

  beforeAll(async () => {
    pair = await startClusterPair();
    const env = {
      DATABASE_URL: pair.primary.url,
      DATABASE_REPLICA_URLS: pair.replica.url,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "silent",
      READOUT_METRICS: "false",
      READOUT_RATE_LIMIT_PER_MINUTE: "0",
      READOUT_CONCURRENCY_PER_CLIENT: "0",
      READOUT_REPLICA_MAX_LAG_MS: String(MAX_LAG_MS),
      READOUT_REPLICA_CHECK_INTERVAL_MS: "100",
    };
    try {
      running = await startServer(readEnv(env));
      strict = await startServer(
        readEnv({ ...env, READOUT_SEED: "false", READOUT_REPLICA_MAX_LAG_MS: String(SHORT_MAX_LAG_MS) }),
      );
      // Outside a request, reads and writes go to the primary.
      key = (await createApiKey(running.db.prisma, { name: "replica test", scope: "EDITOR" })).secret;
      await caughtUp();
    } catch (error) {
      await strict?.close({ graceMs: 0 });
      await running?.close({ graceMs: 0 });
      await pair.destroy();
      throw error;
    }
  }, 120_000);

  afterAll(async () => {
    await strict?.close({ graceMs: 0 }).catch(() => {});
    await running?.close({ graceMs: 0 }).catch(() => {});
    await pair?.destroy();
  });

  it("serves queries from the replica, and nothing of them but key checks from the primary", async () => {
    await resetCounts();
    for (let i = 0; i < 10; i++) {
      for (const query of READS) {
        const answer = await post(query);
        expect(answer.errors).toBeUndefined();
      }
      if (i % 2) {
        // Candidates need a key: it is checked on the primary, so that a revoked key stops working at once.
        const answer = await post("{ candidates(first: 5) { edges { node { id } } } }", { key });
        expect(answer.errors).toBeUndefined();
      }
    }
    const answer = await post(READS[0] as string);
    expect(answer.data.event.title).toBeTruthy();
    const served = await counts();
    expect(served.replica).toBeGreaterThanOrEqual(26);
    expect(served.primaryKeyChecks).toBe(5);
    expect(served.primary).toBe(served.primaryKeyChecks);
  });

  it("lets a client read its own write at once, while others read the replica until it lags too far", async () => {
    // The replica stops replaying: it keeps answering, with what it had.
    await pair.replica.query("SELECT pg_wal_replay_pause()");
    try {
      const name = `Replica Test Person ${Date.now()}`;
      const made = await post(
        "mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { ok participant { id } } }",
        { key, variables: { input: { name, kind: "PERSON" } } },
      );
      expect(made.data.createParticipant.ok).toBe(true);
      const id = made.data.createParticipant.participant.id as string;
      const Find = "query($id: ID!) { node(id: $id) { ... on Participant { name } } }";

      const own = await post(Find, { key, variables: { id } });
      expect(own.data.node?.name).toBe(name);
      // A mutation refused before it wrote anything (no key) does not send its client to the primary:
      // anonymous clients behind a balancer share its address.
      const refused = await post(
        "mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { ok error { code } } }",
        { variables: { input: { name: `${name} (refused)`, kind: "PERSON" } } },
      );
      expect(refused.data.createParticipant).toEqual({ ok: false, error: { code: "UNAUTHENTICATED" } });
      // Another client still reads the replica, which lacks the write (it lags less than the limit yet).
      const other = await post(Find, { variables: { id } });
      expect(other.errors).toBeUndefined();
      expect(other.data.node).toBeNull();

      // Once the replica lags past the limit it is skipped: every client reads the primary.
      await until(
        async () => (await post(Find, { variables: { id }, server: strict })).data?.node?.name === name,
        "a lagging replica is skipped",
      );
      expect(strict.db.replicas?.status()[0]).toMatchObject({
        healthy: false,
        reason: expect.stringMatching(/lags/),
      });
    } finally {
      await pair.replica.query("SELECT pg_wal_replay_resume()");
    }
    await caughtUp();
  });

  it("fails no read when the replica stops under a stream of reads", async () => {
    const router = running.db.replicas;
    const servedBefore = router?.status()[0]?.reads ?? 0;
    const failures: unknown[] = [];
    let done = 0;
    let stopped = false;
    let afterStop = 0;
    const loop = async (n: number) => {
      while (!stopped || afterStop < 60) {
        const answer = await post(READS[n % READS.length] as string).catch((error: unknown) => ({
          status: 0,
          errors: [String(error)],
          data: null,
        }));
        if (answer.status !== 200 || answer.errors) failures.push(answer.errors ?? answer.status);
        done += 1;
        if (stopped) afterStop += 1;
      }
    };
    const loops = [0, 1, 2, 3].map(loop);
    await until(() => done >= 30 || failures.length > 0, "reads are under way");
    await pair.replica.stop("immediate");
    stopped = true;
    await Promise.all(loops);

    expect(failures).toEqual([]);
    expect((router?.status()[0]?.reads ?? 0) - servedBefore).toBeGreaterThan(0);
    expect(router?.status()[0]).toMatchObject({
      healthy: false,
      reason: expect.stringMatching(/unreachable/),
    });
    // And the answers still come, from the primary.
    const answer = await post(READS[0] as string);
    expect(answer.data.event.title).toBeTruthy();
  }, 60_000);
});
