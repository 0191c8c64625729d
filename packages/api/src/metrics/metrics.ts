/**
 * Prometheus metrics of one server (prom-client), served on /metrics. Everything a request does here is
 * a few counter increments and one histogram observation on label values that are already known: no
 * allocation per request beyond prom-client's own, and label values bounded (see `bounded`), so that a
 * client sending a new operation name each time cannot grow the series without end.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { LabelledCounter, LabelledHistogram } from "./per-request.ts";

/** Why a request was refused by a limit (`readout_rate_limited_total{reason}`). */
export type RateLimitReason = "rate" | "concurrency" | "heavy_queue";

/** What became of an answer that the response cache could have stored (`readout_response_cache_stores_total`). */
export type CacheStoreOutcome = "stored" | "superseded" | "recent_write" | "errors" | "unavailable";

/** Connections of the database pool (PostgreSQL), when the database can tell. */
export interface PoolUsage {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

/** Reads of requests by where they ran, with read replicas (@readout/db's `ReadRouter.reads`). */
export interface ReadTargets {
  replica: number;
  primary: number;
  primaryFallback: number;
}

export interface MetricsOptions {
  /** Process metrics (CPU, memory, event loop lag, handles); prom-client's defaults. */
  process?: boolean;
  /** Read on each scrape. */
  pool?: (() => PoolUsage | undefined) | undefined;
  /** Read on each scrape; undefined without read replicas. */
  reads?: (() => ReadTargets | undefined) | undefined;
}

/** Distinct operation names counted apart; later ones count as "other". */
const MAX_OPERATIONS = 100;
/** Distinct error codes counted apart (codes are a fixed list in practice; this is a guard). */
const MAX_CODES = 50;
/** Longer names are not worth a series of their own. */
const MAX_LABEL_LENGTH = 100;

/**
 * Maps label values to themselves for the first `max` distinct ones, then to "other". Kept by hand: it is a
 * Set and a comparison, and prom-client has no cardinality bound of its own.
 */
function bounded(max: number): (value: string) => string {
  const known = new Set<string>();
  return (value) => {
    if (known.has(value)) return value;
    if (known.size >= max || value.length > MAX_LABEL_LENGTH) return "other";
    known.add(value);
    return value;
  };
}

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const SQL_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 10];

export class Metrics {
  readonly registry = new Registry();
  readonly operationLabel = bounded(MAX_OPERATIONS);
  private readonly codeLabel = bounded(MAX_CODES);

  private readonly requests = new LabelledHistogram(
    "readout_graphql_request_duration_seconds",
    "GraphQL requests by operation name (first 100 names, then 'other'; 'none' when nothing ran): time from arrival to the answer. Its _count is the request rate.",
    "operation",
    LATENCY_BUCKETS,
    this.registry,
  );
  private readonly responses = new LabelledCounter(
    "readout_http_responses_total",
    "Answers of /graphql by HTTP status, refusals before GraphQL ran (body too large, rate limited) included.",
    "status",
    this.registry,
  );
  private readonly errors = new Counter({
    name: "readout_graphql_errors_total",
    help: "GraphQL errors by extensions.code, refusals of the rate and concurrency limits included.",
    labelNames: ["code"],
    registers: [this.registry],
  });
  private readonly statements = new Histogram({
    name: "readout_sql_statement_duration_seconds",
    help: "SQL statements sent to the database, and their time. Its _count is the statement count.",
    buckets: SQL_BUCKETS,
    registers: [this.registry],
  });
  private readonly refusals = new Counter({
    name: "readout_rate_limited_total",
    help: "Requests refused by a limit: rate (per client per minute), concurrency (per client at once, queue full), heavy_queue (heavy operations waiting, all clients).",
    labelNames: ["reason"],
    registers: [this.registry],
  });
  private readonly heavyWaits = new Histogram({
    name: "readout_heavy_gate_wait_seconds",
    help: "Heavy operations (searches, large pages): time spent waiting for a slot of the heavy-operation gate.",
    buckets: [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly heavyQueued = new Counter({
    name: "readout_heavy_gate_waits_total",
    help: "Heavy operations that found every slot of the heavy-operation gate taken and waited their turn.",
    registers: [this.registry],
  });

  private readonly cacheLookups = new Counter({
    name: "readout_response_cache_lookups_total",
    help: "Public queries looked up in the response cache (REDIS_URL): hit (answered from it, no SQL) or miss (executed).",
    labelNames: ["result"],
    registers: [this.registry],
  });
  private readonly cacheStores = new Counter({
    name: "readout_response_cache_stores_total",
    help: "Answers of missed queries: stored, or not: superseded (a write came first), recent_write (replicas may lack a write of the last moments), errors (the answer has errors), unavailable (Redis did not answer).",
    labelNames: ["outcome"],
    registers: [this.registry],
  });
  private readonly cacheInvalidations = new Counter({
    name: "readout_response_cache_invalidations_total",
    help: "New response cache generations this instance started, per entity type (type=Article, …; * for every type): after a mutation, or at start-up (migrations, seed); failed: Redis was not told.",
    labelNames: ["source", "outcome", "type"],
    registers: [this.registry],
  });
  private readonly cacheDurations = new Histogram({
    name: "readout_response_cache_request_duration_seconds",
    help: "Public queries that the response cache could answer, from arrival to answer: cache=hit or cache=miss.",
    labelNames: ["cache"],
    buckets: [0.0001, 0.00025, 0.0005, ...LATENCY_BUCKETS],
    registers: [this.registry],
  });

  constructor(options: MetricsOptions = {}) {
    // Created before any request, so that every series exists (at 0) from the first scrape.
    for (const reason of ["rate", "concurrency", "heavy_queue"] satisfies RateLimitReason[]) {
      this.refusals.inc({ reason }, 0);
    }
    for (const result of ["hit", "miss"]) this.cacheLookups.inc({ result }, 0);
    for (const outcome of [
      "stored",
      "superseded",
      "recent_write",
      "errors",
      "unavailable",
    ] satisfies CacheStoreOutcome[]) {
      this.cacheStores.inc({ outcome }, 0);
    }
    this.heavyQueued.inc(0);
    if (options.process) collectDefaultMetrics({ register: this.registry, prefix: "readout_" });
    const pool = options.pool;
    if (pool) {
      new Gauge({
        name: "readout_db_pool_connections",
        help: "Connections of the PostgreSQL pool: total open, idle, max; waiting counts queries waiting for one.",
        labelNames: ["state"],
        registers: [this.registry],
        collect() {
          const usage = pool();
          if (!usage) return;
          for (const state of ["total", "idle", "waiting", "max"] as const) this.set({ state }, usage[state]);
        },
      });
    }
    const reads = options.reads;
    if (reads) {
      // The router counts as it routes (an increment per read); the series are filled in when scraped.
      new Counter({
        name: "readout_db_reads_total",
        help: "Reads of requests with read replicas (DATABASE_REPLICA_URLS), by where they ran: replica; primary (a mutation's reads, a client that has just written, no healthy replica); primary_fallback (failed on a replica, run again on the primary). API key checks and reads outside requests are not counted.",
        labelNames: ["target"],
        registers: [this.registry],
        collect() {
          const counts = reads();
          if (!counts) return;
          this.reset();
          this.inc({ target: "replica" }, counts.replica);
          this.inc({ target: "primary" }, counts.primary);
          this.inc({ target: "primary_fallback" }, counts.primaryFallback);
        },
      });
    }
  }

  /** One answered request: its operation label (from `operationLabel`), seconds taken and HTTP status. */
  request(operation: string, seconds: number, status: number): void {
    this.requests.observe(operation, seconds);
    this.responses.inc(status);
  }

  error(code: string): void {
    this.errors.inc({ code: this.codeLabel(code) });
  }

  statement(durationMs: number): void {
    this.statements.observe(durationMs / 1000);
  }

  /**
   * A refusal by a limit. The per-client limits answer before GraphQL runs, so their error is counted
   * here; a full heavy-operation queue answers with a GraphQL result, counted with the other results.
   */
  rateLimited(reason: RateLimitReason): void {
    this.refusals.inc({ reason });
    if (reason !== "heavy_queue") this.errors.inc({ code: "RATE_LIMITED" });
  }

  /** A heavy operation got its slot after `seconds`; `queued` when every slot was taken as it arrived. */
  heavyGate(seconds: number, queued: boolean): void {
    this.heavyWaits.observe(seconds);
    if (queued) this.heavyQueued.inc();
  }

  /** A public query answered from the response cache (`hit`) or executed (`miss`), and its time. */
  cacheLookup(result: "hit" | "miss", seconds: number): void {
    this.cacheLookups.inc({ result });
    this.cacheDurations.observe({ cache: result }, seconds);
  }

  cacheStore(outcome: CacheStoreOutcome): void {
    this.cacheStores.inc({ outcome });
  }

  /** Once per type whose generation a write replaced (types: entity names, a bounded set, or `*`). */
  cacheInvalidation(
    source: "mutation" | "start",
    outcome: "done" | "failed",
    types: readonly string[],
  ): void {
    for (const type of types) this.cacheInvalidations.inc({ source, outcome, type });
  }

  /** The text exposition format, and its content type. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
