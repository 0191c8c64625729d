/**
 * Prometheus metrics on /metrics: requests by operation name (bounded), errors by extensions.code, refusals
 * of the limits, heavy-gate waits, SQL statements and, on PostgreSQL, the pool. READOUT_METRICS=false turns
 * the endpoint off.
 */
import { createApp, Metrics, type ReadoutApp, readEnv, startServer } from "@readout/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, type TestDb, throwawayDatabase } from "../kit/database.ts";

async function post(app: ReadoutApp, query: string, operationName?: string) {
  const response = await app.fetch("http://readout.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, operationName }),
  });
  await response.text();
  return response.status;
}

/** The value of one series in the exposition text, or undefined when it is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("metrics of the app", () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb({ seed: true });
  });
  afterAll(() => db?.close());

  it("counts requests per operation, errors by code and refusals by reason", async () => {
    const metrics = new Metrics();
    const app = createApp({
      prisma: db.prisma,
      security: { metrics, ratePerMinute: 4, concurrencyPerClient: 0, heavyConcurrency: 1 },
    });
    expect(await post(app, "query Events { events(first: 1) { totalCount } }")).toBe(200);
    expect(await post(app, "query Events { events(first: 1) { totalCount } }")).toBe(200);
    expect(await post(app, '{ search(query: "Taiwan", first: 1) { totalCount } }')).toBe(200);
    // A validation error, answered 200 with errors (the client accepts application/json).
    expect(await post(app, "query Broken { events(first: 1) { noSuchField } }")).toBe(200);
    // The fifth request of this client in the minute is refused before GraphQL runs.
    expect(await post(app, "query Events { events(first: 1) { totalCount } }")).toBe(429);
    const { contentType, body } = await metrics.exposition();
    expect(contentType).toMatch(/^text\/plain/);
    expect(sample(body, 'readout_graphql_request_duration_seconds_count{operation="Events"}')).toBe(2);
    expect(sample(body, 'readout_graphql_request_duration_seconds_count{operation="anonymous"}')).toBe(1);
    // Refused before anything executed: no operation ran.
    expect(sample(body, 'readout_graphql_request_duration_seconds_count{operation="none"}')).toBe(2);
    expect(sample(body, 'readout_http_responses_total{status="200"}')).toBe(4);
    expect(sample(body, 'readout_http_responses_total{status="429"}')).toBe(1);
    expect(sample(body, 'readout_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(sample(body, 'readout_graphql_errors_total{code="RATE_LIMITED"}')).toBe(1);
    expect(sample(body, 'readout_rate_limited_total{reason="rate"}')).toBe(1);
    expect(sample(body, 'readout_rate_limited_total{reason="concurrency"}')).toBe(0);
    // The search is heavy: it went through the gate once. Nothing else held the slot, so it counts as having
    // waited only if getting the slot itself took 10 ms or more (a pause of a busy machine): the
    // histogram's 10 ms bucket says which.
    expect(sample(body, "readout_heavy_gate_wait_seconds_count")).toBe(1);
    const quick = sample(body, 'readout_heavy_gate_wait_seconds_bucket{le="0.01"}');
    expect(sample(body, "readout_heavy_gate_waits_total")).toBe(quick === 1 ? 0 : 1);
  });

  it("keeps the first 100 operation names apart and counts the rest as 'other'", async () => {
    const metrics = new Metrics();
    const app = createApp({ prisma: db.prisma, security: { metrics, ratePerMinute: 0 } });
    for (let i = 0; i < 105; i++) {
      expect(await post(app, `query Op${i} { events(first: 1) { totalCount } }`)).toBe(200);
    }
    const { body } = await metrics.exposition();
    const operations = new Set(
      [...body.matchAll(/readout_graphql_request_duration_seconds_count\{operation="([^"]+)"\}/g)].map(
        (match) => match[1],
      ),
    );
    expect(operations.size).toBe(101);
    expect(sample(body, 'readout_graphql_request_duration_seconds_count{operation="Op99"}')).toBe(1);
    expect(sample(body, 'readout_graphql_request_duration_seconds_count{operation="other"}')).toBe(5);
  });
});

describe("/metrics of the server", () => {
  it("exposes SQL statements, the pool and the process, unless turned off", {
    timeout: 180_000,
  }, async () => {
    const database = await throwawayDatabase();
    const env = { ...database.env, PORT: "0", READOUT_SEED: "false", LOG_LEVEL: "silent" };
    try {
      const running = await startServer(readEnv(env));
      try {
        const answer = await fetch(`${running.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "query Outlets { outlets(first: 1) { totalCount } }" }),
        });
        expect(answer.status).toBe(200);
        await answer.text();
        const response = await fetch(`${running.url}/metrics`);
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
        const body = await response.text();
        expect(sample(body, 'readout_graphql_request_duration_seconds_count{operation="Outlets"}')).toBe(1);
        // Migrations and the request ran statements.
        expect(sample(body, "readout_sql_statement_duration_seconds_count")).toBeGreaterThan(0);
        expect(body).toContain("readout_process_resident_memory_bytes");
        if (running.db.kind === "postgresql") {
          expect(sample(body, 'readout_db_pool_connections{state="max"}')).toBe(10);
          expect(sample(body, 'readout_db_pool_connections{state="total"}')).toBeGreaterThan(0);
        } else {
          expect(body).not.toMatch(/^readout_db_pool_connections\{/m);
        }
      } finally {
        await running.close({ graceMs: 0 });
      }

      const quiet = await startServer(readEnv({ ...env, READOUT_METRICS: "false" }));
      try {
        const response = await fetch(`${quiet.url}/metrics`);
        expect(response.status).toBe(404);
        await response.text();
      } finally {
        await quiet.close({ graceMs: 0 });
      }
    } finally {
      await database.drop();
    }
  });
});
