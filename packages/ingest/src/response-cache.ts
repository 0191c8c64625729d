/**
 * The generation of the API's response cache (REDIS_URL), shared by every process that writes: API
 * instances (mutations), `readout import` and `readout worker` (imports).
 *
 * A cached answer is stored under the generation that was current when its request started, and only
 * while that generation is still current; every write replaces the generation with a new random one
 * after it has committed and before it is acknowledged. A reader that started before a write can
 * therefore never leave its (older) answer where a reader after the write looks, and readers after the
 * write never find an answer computed before it. The generation is random, not a counter, so that a
 * generation lost from Redis (a restart, an eviction) is never recreated with an old value.
 *
 * The generation also records when it was last replaced, on Redis' own clock (so that instances' clocks
 * need not agree): with read replicas, an answer read in the moments after a write may come from a replica
 * that has not replayed it yet, and is then not stored (see the API's cache/response-cache.ts).
 *
 * Home-made: a few lines of Lua on ioredis. `@envelop/response-cache-redis` invalidates by deleting the
 * keys of the entities a mutation returns (found with KEYS, outside any transaction), which neither covers
 * the lists and counts a write changes nor guards against a read that stores its answer after the
 * deletion; and the queue and the command line would have to collect entities as the API does.
 */
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";

/** The subset of an ioredis client the scripts need (the API's shared connection, or one of ours). */
export type CacheRedis = Pick<Redis, "eval">;

/** The Redis keys of the response cache under a deployment's prefix (READOUT_REDIS_PREFIX). */
export function responseCacheKeys(prefix: string) {
  return {
    /** A hash: `g` the current generation, `t` when it was last replaced (ms, Redis' clock). */
    generation: `${prefix}cache:generation`,
    entry: (generation: string, hash: string) => `${prefix}cache:entry:${generation}:${hash}`,
  };
}

const NOW_MS = "local t = redis.call('TIME') local now = t[1] * 1000 + math.floor(t[2] / 1000)";

/** Replaces the generation (ARGV[1]) and notes when. */
const BUMP = `${NOW_MS} redis.call('HSET', KEYS[1], 'g', ARGV[1], 't', now) return 1`;

/**
 * The current generation and the milliseconds since it was last replaced. A missing generation (a new
 * or flushed Redis) is created, counting as a write now.
 */
const READ = `${NOW_MS}
local g = redis.call('HGET', KEYS[1], 'g')
local written = tonumber(redis.call('HGET', KEYS[1], 't'))
if not g or not written then
  g = ARGV[1]
  written = now
  redis.call('HSET', KEYS[1], 'g', g, 't', now)
end
return {g, tostring(now - written)}`;

/** The entry KEYS[2] when generation ARGV[1] is still current. */
const GET = `if redis.call('HGET', KEYS[1], 'g') == ARGV[1] then return redis.call('GET', KEYS[2]) end return false`;

/** Stores ARGV[2] at KEYS[2] for ARGV[3] ms when generation ARGV[1] is still current; 1 if stored. */
const SET = `if redis.call('HGET', KEYS[1], 'g') == ARGV[1] then
  redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3]) return 1 end return 0`;

const newGeneration = () => randomBytes(12).toString("hex");

/** Starts a new generation: every answer cached so far is no longer served. */
export async function bumpGeneration(redis: CacheRedis, prefix: string): Promise<void> {
  await redis.eval(BUMP, 1, responseCacheKeys(prefix).generation, newGeneration());
}

/** The current generation and how long ago (ms) a write last replaced it. */
export async function readGeneration(
  redis: CacheRedis,
  prefix: string,
): Promise<{ generation: string; sinceWriteMs: number }> {
  const [generation, since] = (await redis.eval(
    READ,
    1,
    responseCacheKeys(prefix).generation,
    newGeneration(),
  )) as [string, string];
  return { generation, sinceWriteMs: Number(since) };
}

/** The stored answer for `hash` under `generation`, if that generation is still current. */
export async function readEntry(
  redis: CacheRedis,
  prefix: string,
  generation: string,
  hash: string,
): Promise<string | null> {
  const keys = responseCacheKeys(prefix);
  return (await redis.eval(GET, 2, keys.generation, keys.entry(generation, hash), generation)) as
    | string
    | null;
}

/** Stores an answer under `generation` unless a write has replaced it meanwhile; true if stored. */
export async function storeEntry(
  redis: CacheRedis,
  prefix: string,
  generation: string,
  hash: string,
  value: string,
  ttlMs: number,
): Promise<boolean> {
  const keys = responseCacheKeys(prefix);
  const stored = await redis.eval(
    SET,
    2,
    keys.generation,
    keys.entry(generation, hash),
    generation,
    value,
    String(Math.max(1, Math.round(ttlMs))),
  );
  return stored === 1;
}

/** Where this process tells the API's caches of its writes: Redis and the API's key prefix. */
export interface InvalidationTarget {
  redisUrl: string;
  prefix: string;
}

let target: InvalidationTarget | null | undefined;
let client: Redis | undefined;
let idle: NodeJS.Timeout | undefined;

/**
 * Where `invalidateResponseCaches` goes; `null`: nowhere. Unset, it is read from REDIS_URL and
 * READOUT_REDIS_PREFIX (default `readout:`) on first use, as the API reads them.
 */
export function configureResponseCacheInvalidation(next: InvalidationTarget | null): void {
  target = next;
  client?.disconnect();
  client = undefined;
}

function currentTarget(): InvalidationTarget | null {
  if (target === undefined) {
    const redisUrl = process.env.REDIS_URL?.trim();
    target = redisUrl ? { redisUrl, prefix: process.env.READOUT_REDIS_PREFIX?.trim() || "readout:" } : null;
  }
  return target;
}

/**
 * Tells the API's response caches that the data changed (a page was imported), when REDIS_URL is set.
 * Called after the write committed and before it is reported done; throws when Redis cannot be told, so
 * that the write is not reported as done (a queued job is retried, and finds its page stored). The
 * connection is closed after a second without writes, so that a command-line run can end.
 */
export async function invalidateResponseCaches(): Promise<void> {
  const where = currentTarget();
  if (!where) return;
  clearTimeout(idle);
  if (!client) {
    client = new Redis(where.redisUrl, { connectTimeout: 3_000, maxRetriesPerRequest: 2 });
    // Errors surface through the command below; without a listener ioredis prints each one.
    client.on("error", () => {});
  }
  const redis = client;
  try {
    await bumpGeneration(redis, where.prefix);
  } catch (error) {
    throw new Error(
      `The page is stored, but the API's response cache could not be told through Redis (REDIS_URL): ${(error as Error).message}`,
    );
  } finally {
    idle = setTimeout(() => {
      if (client === redis) client = undefined;
      redis.disconnect();
    }, 1_000);
  }
}
