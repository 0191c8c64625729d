/**
 * What several API instances share through Redis (REDIS_URL): the per-client request rate and the slots of
 * the heavy-operation gate. Without a store each process counts on its own, as a single instance always did.
 *
 * Redis is never on the answer's critical path for longer than a round trip: commands fail at once while
 * the connection is down (no offline queue, one try), and the limits then count in this process until it
 * is back, so an outage of Redis degrades the limits to per-instance instead of refusing or stalling
 * requests. /readyz reports it.
 */
import { Redis } from "ioredis";
import type { Logger } from "pino";

export interface SharedStore {
  redis: Redis;
  /** Prepended to every key (READOUT_REDIS_PREFIX), so that deployments can share one Redis. */
  prefix: string;
  logger?: Logger | undefined;
  /** Resolves when Redis answers a PING within `timeoutMs`; rejects with the reason otherwise. */
  ping(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface SharedStoreOptions {
  url: string;
  prefix?: string | undefined;
  logger?: Logger | undefined;
}

/**
 * Connects to Redis. The first connection is awaited (for up to `connectTimeoutMs`) so that limits are
 * shared from the first request; when Redis is not there yet the server starts all the same, counts per
 * process and keeps reconnecting (readiness says "unreachable" meanwhile).
 */
export async function openSharedStore(
  { url, prefix = "readout:", logger }: SharedStoreOptions,
  connectTimeoutMs = 2_000,
): Promise<SharedStore> {
  const redis = new Redis(url, {
    lazyConnect: true,
    // A command sent while disconnected fails at once instead of waiting for a reconnection.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: connectTimeoutMs,
    // Reconnect for ever, backing off to at most 2 s between tries.
    retryStrategy: (times) => Math.min(times * 100, 2_000),
  });
  let reported = false;
  let lastError: Error | undefined;
  redis.on("error", (error: Error) => {
    lastError = error;
    // One line per outage, not one per reconnection attempt.
    if (!reported)
      logger?.warn({ err: error }, "Redis unreachable: limits count per instance until it is back");
    reported = true;
  });
  redis.on("ready", () => {
    if (reported) logger?.info("Redis reachable again: limits are shared");
    reported = false;
  });
  await redis.connect().catch(() => {});
  const ping = async (timeoutMs = 2_000) => {
    if (redis.status !== "ready") {
      throw new Error(`not connected (${redis.status}${lastError ? `: ${lastError.message}` : ""})`);
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        redis.ping(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  };
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= redis
      .quit()
      .then(() => {})
      .catch(() => redis.disconnect());
    return closing;
  };
  return { redis, prefix, logger, ping, close };
}
