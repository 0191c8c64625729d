import path from "node:path";
import { z } from "zod";
import { configErrorFrom } from "./config-error.ts";

const flag = z.enum(["true", "false"]).transform((value) => value === "true");
// An empty value means "not set", not 0 (which switches a limit off).
const count = (fallback: number) =>
  z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce.number().int().min(0).default(fallback),
  );

/**
 * Limits and HTTP defaults of the request path (README, "Limits and security"). A limit of 0 switches that
 * limit off, for benchmarks and trusted deployments.
 */
export const securityEnvSchema = z.object({
  READOUT_ENV: z.enum(["development", "production"]).default("development"),
  READOUT_GRAPHIQL: flag.optional(),
  READOUT_INTROSPECTION: flag.optional(),
  READOUT_CORS_ORIGINS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .string()
          .refine(
            (origin) => origin !== "null" && /^https?:\/\/[^/?#\s]+$/.test(origin),
            "must list origins such as https://example.org, comma-separated (never null)",
          ),
      ),
    ),
  READOUT_MAX_BODY_BYTES: count(4 * 1024 * 1024),
  READOUT_MAX_DEPTH: count(15),
  READOUT_MAX_ALIASES: count(15),
  READOUT_MAX_TOKENS: count(2000),
  READOUT_MAX_DIRECTIVES: count(20),
  READOUT_MAX_COST: count(500_000),
  READOUT_MAX_STRING_LENGTH: count(10_000),
  READOUT_REQUEST_TIMEOUT_MS: count(10_000),
  READOUT_STATEMENT_TIMEOUT_MS: count(10_000),
  READOUT_DB_ACQUIRE_TIMEOUT_MS: count(5_000),
  READOUT_RATE_LIMIT_PER_MINUTE: count(60_000),
  READOUT_CONCURRENCY_PER_CLIENT: count(8),
  READOUT_QUEUE_PER_CLIENT: count(64),
  READOUT_HEAVY_CONCURRENCY: count(4),
  READOUT_HEAVY_COST: count(50_000),
});

export type SecurityEnv = z.infer<typeof securityEnvSchema>;

const envSchema = z.object({
  ...securityEnvSchema.shape,
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Streaming replicas of DATABASE_URL that serve read-only work (README, "Read replicas"). */
  DATABASE_REPLICA_URLS: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(/^postgres(ql)?:\/\//, "must list postgresql:// connection strings, comma-separated"),
      ),
    ),
  /** A replica further behind the primary than this is skipped. */
  READOUT_REPLICA_MAX_LAG_MS: count(5_000),
  /** How often the replicas' health and lag are checked. */
  READOUT_REPLICA_CHECK_INTERVAL_MS: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce.number().int().min(10).default(1_000),
  ),
  READOUT_DATA_DIR: z.string().trim().min(1).optional(),
  PORT: z.coerce
    .number({ error: "must be a port number from 0 to 65535" })
    .int("must be a port number from 0 to 65535")
    .min(0, "must be a port number from 0 to 65535")
    .max(65_535, "must be a port number from 0 to 65535")
    .default(4000),
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  READOUT_SEED: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true"),
  /** How long a stopping server lets in-flight requests finish. */
  READOUT_SHUTDOWN_GRACE_MS: count(10_000),
  /** Redis for what several instances share (rate limits, the heavy-operation gate); unset: per process. */
  REDIS_URL: z
    .string()
    .trim()
    .regex(/^rediss?:\/\//, "must be a redis:// (or rediss://) connection string")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Prepended to every Redis key, so that several deployments can share one Redis. */
  READOUT_REDIS_PREFIX: z.string().trim().min(1).default("readout:"),
  /**
   * How long the response cache keeps an answer of a public query (with REDIS_URL; 0: no cache). Writes
   * end it sooner: they invalidate every answer.
   */
  READOUT_RESPONSE_CACHE_TTL_MS: count(300_000),
  /** Prometheus metrics on /metrics. */
  READOUT_METRICS: flag.default(true),
});

export type Env = z.infer<typeof envSchema> & { dataDir: string };

/** Reads and checks only the limits and HTTP settings (what the app needs when it is built without a server). */
export function readSecurityEnv(source: NodeJS.ProcessEnv = process.env): SecurityEnv {
  const parsed = securityEnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

/** Reads and checks the environment once, at start-up; a bad value stops the server with a clear message. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema
    .refine((env) => env.DATABASE_REPLICA_URLS.length === 0 || env.DATABASE_URL, {
      path: ["DATABASE_REPLICA_URLS"],
      message: "needs DATABASE_URL (replicas are of a PostgreSQL primary, not of the embedded database)",
    })
    .safeParse(source);
  if (!parsed.success) throw configErrorFrom(parsed.error.issues, source);
  const dataDir = parsed.data.READOUT_DATA_DIR ?? path.resolve(import.meta.dirname, "../../../.data/pglite");
  return { ...parsed.data, dataDir };
}
