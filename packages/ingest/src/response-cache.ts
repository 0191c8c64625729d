/**
 * The generations of the API's response cache (REDIS_URL), shared by every process that writes: API
 * instances (mutations), `readout import` and `readout worker` (imports).
 *
 * Generations are kept per entity type: one field per Prisma model (`Article`, `Participant`, …; the
 * GraphQL types that expose them carry the same names), plus `*`, the global generation, and `+`, which
 * every write replaces. A write replaces the generations of the models it writes, after it has committed
 * and before it is acknowledged; a write that cannot say which models it wrote replaces `*`.
 *
 * A cached answer records the generations, read when its request began, of the models its query can read
 * (always `*`; `+` when the API cannot tell what the query reads), and is:
 * - served only while every recorded generation is still current (one script, one round trip);
 * - stored only if none has moved since its request began, so that a read that began before a write can
 *   never leave its (older) answer where a reader after the write looks, while a read that cannot have
 *   seen the write (it reads none of the models the write touched) still can.
 * Generation values are random, never counters, so that generations lost from Redis (a restart, an
 * eviction) are never recreated with old values: every answer records `*`, which is then new.
 *
 * The hash also records when it was last written, on Redis' own clock (so that instances' clocks need not
 * agree): with read replicas, an answer read in the moments after any write may come from a replica that
 * has not replayed it yet, and is then not stored (see the API's cache/response-cache.ts).
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

/** The global generation: every answer records it; a write that cannot name what it wrote replaces it. */
export const GLOBAL_GENERATION = "*";
/** Replaced by every write: recorded by answers whose query reads what the API cannot name. */
export const ANY_WRITE_GENERATION = "+";

/**
 * What an import writes (importPage: the page, its articles, bylines, outlets and their affiliations,
 * people and their aliases, events and who took part, evidence spans, candidates, near-duplicate bands),
 * as Prisma model names; ArticleParticipant and Role too, to be safe. Statements, claims and agreements
 * are made by curation (confirmCandidate), not by an import.
 */
export const IMPORT_WRITES: readonly string[] = [
  "SourceDocument",
  "Article",
  "ArticleBand",
  "Byline",
  "Outlet",
  "OutletAffiliation",
  "Participant",
  "ParticipantAlias",
  "ArticleParticipant",
  "Role",
  "Event",
  "ArticleEvent",
  "EventParticipant",
  "EvidenceSpan",
  "Candidate",
];

/** The Redis keys of the response cache under a deployment's prefix (READOUT_REDIS_PREFIX). */
export function responseCacheKeys(prefix: string) {
  return {
    /** A hash: a generation per model, `*`, `+`, and `t`: when it was last written (ms, Redis' clock). */
    generations: `${prefix}cache:generations`,
    entry: (hash: string) => `${prefix}cache:entry:${hash}`,
  };
}

const NOW_MS = "local t = redis.call('TIME') local now = t[1] * 1000 + math.floor(t[2] / 1000)";

/**
 * Replaces the generations named in ARGV[2..] and `+` with new ones (ARGV[1] and a suffix each), and
 * notes when.
 */
const BUMP = `${NOW_MS}
local fields = {'+', ARGV[1] .. ':+', 't', now}
for i = 2, #ARGV do
  fields[#fields + 1] = ARGV[i]
  fields[#fields + 1] = ARGV[1] .. ':' .. i
end
redis.call('HSET', KEYS[1], unpack(fields))
return 1`;

/**
 * Every generation and the milliseconds since the last write, and the answer at KEYS[2] (when given) if
 * every generation it recorded is current (else '', and an outdated entry is deleted):
 * {since, answer, name, value, name, value, …}. A missing global generation (a new or flushed Redis) is
 * created anew, counting as a write now.
 */
const SNAPSHOT = `${NOW_MS}
local all = redis.call('HGETALL', KEYS[1])
local g = {}
for i = 1, #all, 2 do g[all[i]] = all[i + 1] end
local written = tonumber(g['t'] or '')
if not g['*'] or not written then
  redis.call('HSET', KEYS[1], '*', ARGV[1] .. ':*', '+', ARGV[1] .. ':+', 't', now)
  all = redis.call('HGETALL', KEYS[1])
  g = {}
  for i = 1, #all, 2 do g[all[i]] = all[i + 1] end
  written = now
end
local answer = ''
if KEYS[2] then
  local entry = redis.call('GET', KEYS[2])
  local nl = entry and string.find(entry, '\\n', 1, true)
  if nl then
    local current = true
    for name, generation in string.gmatch(string.sub(entry, 1, nl - 1), '(%S+)=(%S*)') do
      if name ~= 'v' and (g[name] or '') ~= generation then current = false end
    end
    if current then answer = string.sub(entry, nl + 1) else redis.call('DEL', KEYS[2]) end
  end
end
table.insert(all, 1, answer)
table.insert(all, 1, tostring(now - written))
return all`;

/** An entry is `<header>\n<answer>`; the header holds `v=<version>` and `<name>=<generation>` pairs. */
const CURRENT = `local function current(header)
  for name, generation in string.gmatch(header, '(%S+)=(%S*)') do
    if name ~= 'v' and (redis.call('HGET', KEYS[1], name) or '') ~= generation then return false end
  end
  return true
end`;

/**
 * The answer at KEYS[2] if every generation it recorded is current (and, with ARGV[1], if its version is
 * ARGV[1]); an entry some write has outdated is deleted.
 */
const GET = `${CURRENT}
local entry = redis.call('GET', KEYS[2])
if not entry then return false end
local nl = string.find(entry, '\\n', 1, true)
if not nl then return false end
local header = string.sub(entry, 1, nl - 1)
if not current(header) then
  redis.call('DEL', KEYS[2])
  return false
end
if ARGV[1] ~= '' and string.match(header, '^v=(%S*)') ~= ARGV[1] then return false end
return string.sub(entry, nl + 1)`;

/** Stores header ARGV[1] and answer ARGV[2] at KEYS[2] for ARGV[3] ms if every generation in the header is current; 1 if stored. */
const SET = `${CURRENT}
if not current(ARGV[1]) then return 0 end
redis.call('SET', KEYS[2], ARGV[1] .. '\\n' .. ARGV[2], 'PX', ARGV[3])
return 1`;

const newGeneration = () => randomBytes(12).toString("hex");

/**
 * Replaces the generations of the models named (as Prisma names them): answers that recorded any of them
 * are no longer served. Without names, or with `*` among them, the global generation: every answer.
 */
export async function bumpGeneration(
  redis: CacheRedis,
  prefix: string,
  models?: Iterable<string> | null,
): Promise<void> {
  const names = models ? [...new Set(models)] : [GLOBAL_GENERATION];
  const fields = names.includes(GLOBAL_GENERATION) ? [GLOBAL_GENERATION] : names;
  await redis.eval(BUMP, 1, responseCacheKeys(prefix).generations, newGeneration(), ...fields);
}

/**
 * Every current generation, by name, and how long ago (ms) a write last replaced one; given the hash of
 * a query, in the same round trip, its stored answer if every generation that answer recorded is current.
 */
export async function readGeneration(
  redis: CacheRedis,
  prefix: string,
  hash?: string,
): Promise<{ generations: Record<string, string>; sinceWriteMs: number; entry: string | null }> {
  const keys = responseCacheKeys(prefix);
  const [since, entry, ...pairs] = (await redis.eval(
    SNAPSHOT,
    hash ? 2 : 1,
    ...(hash ? [keys.generations, keys.entry(hash)] : [keys.generations]),
    newGeneration(),
  )) as string[];
  const generations: Record<string, string> = {};
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const name = pairs[i] as string;
    if (name !== "t") generations[name] = pairs[i + 1] as string;
  }
  return { generations, sinceWriteMs: Number(since), entry: entry || null };
}

/** What a stored answer records: its version and the generations it was computed under. */
export interface EntryStamp {
  /** Names this answer among others to the same query (an ETag): [0-9a-z]+. */
  version: string;
  /** Generation by name (`*`, `+`, model names); "" for one that did not exist yet. */
  generations: Record<string, string>;
}

const stampHeader = ({ version, generations }: EntryStamp) =>
  [`v=${version}`, ...Object.entries(generations).map(([name, generation]) => `${name}=${generation}`)].join(
    " ",
  );

/**
 * The stored answer for `hash`, if every generation it recorded is still current, and, given a version,
 * if it is that version.
 */
export async function readEntry(
  redis: CacheRedis,
  prefix: string,
  hash: string,
  version?: string,
): Promise<string | null> {
  const keys = responseCacheKeys(prefix);
  return (await redis.eval(GET, 2, keys.generations, keys.entry(hash), version ?? "")) as string | null;
}

/** Stores an answer unless a write has replaced one of the generations it records meanwhile; true if stored. */
export async function storeEntry(
  redis: CacheRedis,
  prefix: string,
  hash: string,
  stamp: EntryStamp,
  value: string,
  ttlMs: number,
): Promise<boolean> {
  const keys = responseCacheKeys(prefix);
  const stored = await redis.eval(
    SET,
    2,
    keys.generations,
    keys.entry(hash),
    stampHeader(stamp),
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
 * Tells the API's response caches that the data changed, when REDIS_URL is set: by default, what an
 * import writes (a page was imported). Called after the write committed and before it is reported done;
 * throws when Redis cannot be told, so that the write is not reported as done (a queued job is retried,
 * and finds its page stored). The connection is closed after a second without writes, so that a
 * command-line run can end.
 */
export async function invalidateResponseCaches(models: Iterable<string> = IMPORT_WRITES): Promise<void> {
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
    await bumpGeneration(redis, where.prefix, models);
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
