import { readSecurityEnv, type SecurityEnv } from "../env.ts";
import type { Metrics } from "../metrics/metrics.ts";
import type { SharedStore } from "./shared-store.ts";

/** The limits and HTTP defaults of the request path; every limit set to 0 is off. */
export interface SecurityConfig {
  production: boolean;
  graphiql: boolean;
  introspection: boolean;
  /** "Did you mean …?" hints in validation errors; off in production, where they map the schema. */
  suggestions: boolean;
  /** Origins that browsers may call the API from, besides its own; never `null`. */
  corsOrigins: string[];
  maxBodyBytes: number;
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  maxStringLength: number;
  requestTimeoutMs: number;
  ratePerMinute: number;
  concurrencyPerClient: number;
  queuePerClient: number;
  /** Heavy operations (full-text search, or an estimated cost of heavyCost or more) running at once, of
   * all clients together; the rest wait their turn, so light requests always find a database connection. */
  heavyConcurrency: number;
  heavyCost: number;
  /**
   * Where the per-client rate and the heavy-operation slots are counted when several instances share them
   * (REDIS_URL); in this process when absent.
   */
  sharedStore?: SharedStore | undefined;
  /** Where refusals and heavy-gate waits are counted (READOUT_METRICS); nowhere when absent. */
  metrics?: Metrics | undefined;
}

export function securityConfig(env: SecurityEnv = readSecurityEnv()): SecurityConfig {
  const production = env.READOUT_ENV === "production";
  return {
    production,
    graphiql: env.READOUT_GRAPHIQL ?? !production,
    introspection: env.READOUT_INTROSPECTION ?? !production,
    suggestions: !production,
    corsOrigins: env.READOUT_CORS_ORIGINS,
    maxBodyBytes: env.READOUT_MAX_BODY_BYTES,
    maxDepth: env.READOUT_MAX_DEPTH,
    maxAliases: env.READOUT_MAX_ALIASES,
    maxTokens: env.READOUT_MAX_TOKENS,
    maxDirectives: env.READOUT_MAX_DIRECTIVES,
    maxCost: env.READOUT_MAX_COST,
    maxStringLength: env.READOUT_MAX_STRING_LENGTH,
    requestTimeoutMs: env.READOUT_REQUEST_TIMEOUT_MS,
    ratePerMinute: env.READOUT_RATE_LIMIT_PER_MINUTE,
    concurrencyPerClient: env.READOUT_CONCURRENCY_PER_CLIENT,
    queuePerClient: env.READOUT_QUEUE_PER_CLIENT,
    heavyConcurrency: env.READOUT_HEAVY_CONCURRENCY,
    heavyCost: env.READOUT_HEAVY_COST,
  };
}
