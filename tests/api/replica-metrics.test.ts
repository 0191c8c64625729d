/**
 * The replica routing share on /metrics (`readout_db_reads_total{target}`), against a real primary and a
 * streaming replica that this file starts (tests/kit/clusters.ts): public reads count on the replica, the
 * reads of a client that has just written on the primary, and a read that fails on a replica that went
 * away as a fallback to the primary.
 *
 * The replicas are checked once a minute here, and the tests call the check themselves, so that what the
 * router knows changes only when a test says so. Skipped, saying so, when the PostgreSQL binaries are
 * missing; it starts its own clusters, so it runs once, in the PGlite project.
 */
import { type RunningServer, readEnv, startServer } from "@readout/api";
import { createApiKey, parseLsn } from "@readout/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ClusterPair, clustersUnavailable, startClusterPair } from "../kit/clusters.ts";

const unavailable = clustersUnavailable();
const otherProject = Boolean(process.env.READOUT_TEST_POSTGRES_URL);
if (unavailable && !otherProject) {
  console.warn(`Cannot start PostgreSQL clusters (${unavailable}): skipping the replica metrics tests.`);
}

const READ = '{ event(key: "2023-06-18-blinken-qin-beijing") { title articles(first: 3) { totalCount } } }';

type Target = "replica" | "primary" | "primary_fallback";

describe.skipIf(Boolean(unavailable) || otherProject)("reads by target on /metrics", () => {
  let pair: ClusterPair;
  let running: RunningServer;
  let key: string;

  async function post(query: string, options: { key?: string; variables?: unknown } = {}) {
    const response = await fetch(`${running.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
      },
      body: JSON.stringify({ query, variables: options.variables }),
    });
    // biome-ignore lint/suspicious/noExplicitAny: GraphQL answers are checked field by field below.
    return (await response.json()) as { data?: any; errors?: unknown[] };
  }

  async function reads(): Promise<Record<Target, number>> {
    const text = await (await fetch(`${running.url}/metrics`)).text();
    const value = (target: Target) => {
      const match = new RegExp(`^readout_db_reads_total\\{target="${target}"\\} (\\d+)$`, "m").exec(text);
      if (!match) throw new Error(`no readout_db_reads_total{target="${target}"} in /metrics:\n${text}`);
      return Number(match[1]);
    };
    return {
      replica: value("replica"),
      primary: value("primary"),
      primary_fallback: value("primary_fallback"),
    };
  }

  async function moved(work: () => Promise<void>): Promise<Record<Target, number>> {
    const before = await reads();
    await work();
    const after = await reads();
    return {
      replica: after.replica - before.replica,
      primary: after.primary - before.primary,
      primary_fallback: after.primary_fallback - before.primary_fallback,
    };
  }

  /** Waits until the replica has replayed everything written so far, and has the router check it. */
  async function caughtUp() {
    const [{ lsn }] = (await pair.primary.query<{ lsn: string }>(
      "SELECT pg_current_wal_lsn()::text AS lsn",
    )) as [{ lsn: string }];
    const deadline = Date.now() + 30_000;
    for (;;) {
      const [row] = await pair.replica.query<{ lsn: string }>("SELECT pg_last_wal_replay_lsn()::text AS lsn");
      if (parseLsn(row?.lsn ?? "0/0") >= parseLsn(lsn)) break;
      if (Date.now() > deadline) throw new Error("the replica did not replay the primary's writes");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await running.db.replicas?.check();
    expect(running.db.replicas?.status()[0]?.healthy).toBe(true);
  }

  beforeAll(async () => {
    pair = await startClusterPair();
    try {
      running = await startServer(
        readEnv({
          DATABASE_URL: pair.primary.url,
          DATABASE_REPLICA_URLS: pair.replica.url,
          PORT: "0",
          HOST: "127.0.0.1",
          LOG_LEVEL: "silent",
          READOUT_RATE_LIMIT_PER_MINUTE: "0",
          READOUT_CONCURRENCY_PER_CLIENT: "0",
          READOUT_REPLICA_MAX_LAG_MS: "600000",
          READOUT_REPLICA_CHECK_INTERVAL_MS: "60000",
        }),
      );
      key = (await createApiKey(running.db.prisma, { name: "replica metrics test", scope: "EDITOR" })).secret;
      await caughtUp();
    } catch (error) {
      await running?.close({ graceMs: 0 });
      await pair.destroy();
      throw error;
    }
  }, 120_000);

  afterAll(async () => {
    await running?.close({ graceMs: 0 }).catch(() => {});
    await pair?.destroy();
  });

  it("counts public reads on the replica", async () => {
    const delta = await moved(async () => {
      for (let i = 0; i < 5; i++) expect((await post(READ)).errors).toBeUndefined();
    });
    expect(delta.replica).toBeGreaterThanOrEqual(5);
    expect(delta.primary).toBe(0);
    expect(delta.primary_fallback).toBe(0);
  });

  it("counts the reads of a client that has just written on the primary", async () => {
    const made = await post(
      "mutation($input: CreateParticipantInput!) { createParticipant(input: $input) { ok participant { id } } }",
      { key, variables: { input: { name: `Metrics Test Person ${Date.now()}`, kind: "PERSON" } } },
    );
    expect(made.data.createParticipant.ok).toBe(true);
    const id = made.data.createParticipant.participant.id as string;
    // Until the router next checks the replica, this client reads from the primary (its own write).
    const delta = await moved(async () => {
      const own = await post("query($id: ID!) { node(id: $id) { id } }", { key, variables: { id } });
      expect(own.data.node?.id).toBe(id);
    });
    expect(delta.primary).toBeGreaterThanOrEqual(1);
    expect(delta.replica).toBe(0);
    // Others still read the replica.
    const others = await moved(async () => {
      expect((await post(READ)).errors).toBeUndefined();
    });
    expect(others.replica).toBeGreaterThanOrEqual(1);
    expect(others.primary).toBe(0);
    await caughtUp();
  });

  it("counts a read that failed on a replica gone away as a fallback to the primary", async () => {
    // The router last found the replica well and checks it again only in a minute: the next read goes
    // there, fails, and runs on the primary.
    await pair.replica.stop("immediate");
    const delta = await moved(async () => {
      const answer = await post(READ);
      expect(answer.errors).toBeUndefined();
      expect(answer.data.event.title).toBeTruthy();
    });
    expect(delta.primary_fallback).toBeGreaterThanOrEqual(1);
    expect(running.db.replicas?.status()[0]?.healthy).toBe(false);
    // With the replica skipped, later reads go to the primary at once.
    const later = await moved(async () => {
      expect((await post(READ)).errors).toBeUndefined();
    });
    expect(later.primary).toBeGreaterThanOrEqual(1);
    expect(later.primary_fallback).toBe(0);
  });
});
