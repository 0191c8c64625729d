/**
 * A response cache for public read queries, shared by every instance through Redis (REDIS_URL):
 * `@graphql-yoga/plugin-response-cache` answers a cached query when its parameters arrive, before parsing,
 * validation, limits or any SQL; this module gives it its keys and its store.
 *
 * What is cached: the answers without errors of queries sent without an Authorization header (the same
 * for everyone; a request with a key, valid or not, is never looked up nor stored). Mutations are never
 * cached.
 *
 * Invalidation by entity type (see @readout/ingest's response-cache.ts for the generations in Redis, and
 * entity-types.ts for what reads and writes what): when a request arrives, the current generation of
 * every type is read, and in the same round trip (one script) the answer stored under the hash of the
 * document, operation name, variables and day, if every generation it recorded is still current. A missed
 * query's answer records the generations of the types its document can read, and is stored only if none
 * of them has moved since its request arrived: a read that began before a write it may have missed cannot
 * store its older answer, while reads of other types go on being stored. An answer is served only while
 * every generation it recorded is current. Each mutation, once executed and before its answer leaves,
 * replaces the generations of the types it writes (the global one when it is not known what it writes);
 * imports do the same from whichever process runs them. With read replicas, an answer whose request
 * began within `replicaWindowMs` of the latest write of any type (which a replica may not have replayed
 * yet) is not stored.
 *
 * Keys: `<hash>:n<nonce>` while a request is in flight (the nonce finds its generations when its answer
 * is stored, and is not looked up once the request is over); the ETag of an answer is `<hash>:v<version>`,
 * the version naming the generations it was computed under, so that a client revalidating an older
 * answer is never told it is current.
 *
 * Not `@envelop/response-cache-redis` as the store: it invalidates by deleting the keys of the entities a
 * mutation returns (found with KEYS, not atomically), so an answer stored by a read that began before the
 * write survives it, lists and counts that hold no entity are not invalidated, and the command line and
 * the queue would have to collect entities as the API does.
 *
 * When Redis does not answer, requests are answered without the cache. A mutation whose new generations
 * could not be written turns this instance's cache off until a new global generation has been (retried
 * every second).
 */
import { createHash, randomBytes } from "node:crypto";
import { useResponseCache } from "@graphql-yoga/plugin-response-cache";
import {
  ANY_WRITE_GENERATION,
  bumpGeneration,
  type EntryStamp,
  GLOBAL_GENERATION,
  readEntry,
  readGeneration,
  storeEntry,
} from "@readout/ingest";
import { type ExecutionArgs, type ExecutionResult, getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Logger } from "pino";
import type { SharedStore } from "../http/shared-store.ts";
import type { CacheStoreOutcome, Metrics } from "../metrics/metrics.ts";
import { type Reads, readsOf, type Writes, writesOf } from "./entity-types.ts";

export interface ResponseCacheOptions {
  /** The Redis the instances share, and the key prefix. */
  store: SharedStore;
  /** How long an answer is kept (ms); a write ends it earlier. */
  ttlMs: number;
  /**
   * With read replicas: an answer to a request that began within this many ms of the latest write (on
   * any instance or import) is not stored, since it may have been read from a replica that lacks it.
   */
  replicaWindowMs?: number | undefined;
  metrics?: Metrics | undefined;
  logger?: Logger | undefined;
}

export interface ResponseCache {
  /** The Yoga plugins; after the compiled reads, so that a miss runs them. */
  plugins: Plugin[];
  /**
   * Starts new generations now: of the types given, or the global one (after migrations and the seed,
   * say); false when Redis was not told.
   */
  invalidate(source: "mutation" | "start", writes?: Writes): Promise<boolean>;
}

/** A key that is neither looked up nor stored (Redis did not answer, or the instance's cache is off). */
const OFF = "off";
/** Appended to the key of a request that began moments after a write, when replicas serve reads. */
const RECENT = ":recent";
/** Requests in flight noted at most (far more than an instance serves at once). */
const MAX_IN_FLIGHT = 10_000;
const KEY = /^([0-9a-f]{64}):(?:n([0-9a-f]{16})|v([0-9a-f]{16}))(:recent)?$/;

const STARTED = Symbol("readout.cache.started");
const OUTCOME = Symbol("readout.cache.outcome");
const NONCE = Symbol("readout.cache.nonce");
const BYPASS = Symbol("readout.cache.bypass");
const SERVED_FROM_CACHE = Symbol.for("servedFromResponseCache");

interface Noted {
  [STARTED]?: number;
  [OUTCOME]?: "hit" | "miss";
  [NONCE]?: string;
}

/** A request in flight: the generations read when it arrived, and what its document reads once parsed. */
interface InFlight {
  generations: Record<string, string>;
  /** Its answer, found current in the same round trip as the generations; taken by the lookup. */
  entry?: string | null;
  reads?: Reads;
}

const parseKey = (key: string) => {
  const match = KEY.exec(key);
  return match
    ? {
        hash: match[1] as string,
        nonce: match[2],
        version: match[3],
        recent: !!match[4],
      }
    : null;
};

/** The generations an answer records: the global one, and those of what it reads (or of any write). */
function stampOf(inFlight: InFlight, reads: Reads): EntryStamp {
  const names = [
    GLOBAL_GENERATION,
    ...(reads.anything ? [ANY_WRITE_GENERATION] : []),
    ...[...reads.types].sort(),
  ];
  const generations: Record<string, string> = {};
  for (const name of names) generations[name] = inFlight.generations[name] ?? "";
  const version = createHash("sha256")
    .update(names.map((name) => `${name}=${generations[name]}`).join(" "))
    .digest("hex")
    .slice(0, 16);
  return { version, generations };
}

/** The invalidation counter's `type` labels: entity types, or `*` for all. */
const labelsOf = (writes: Writes) => (writes.anything ? [GLOBAL_GENERATION] : [...writes.types]);

export function createResponseCache({
  store,
  ttlMs,
  replicaWindowMs = 0,
  metrics,
  logger,
}: ResponseCacheOptions): ResponseCache {
  const { redis, prefix } = store;
  /** A mutation's new generations could not be written: nothing is looked up or stored until they are. */
  let pending = false;
  let retry: NodeJS.Timeout | undefined;
  /** Requests in flight by nonce (their key names it), until they are answered. */
  const inFlight = new Map<string, InFlight>();

  const invalidate = async (
    source: "mutation" | "start",
    writes: Writes = { anything: true },
  ): Promise<boolean> => {
    const labels = labelsOf(writes);
    try {
      await bumpGeneration(redis, prefix, writes.anything ? null : writes.types);
      metrics?.cacheInvalidation(source, "done", labels);
      return true;
    } catch (error) {
      metrics?.cacheInvalidation(source, "failed", labels);
      if (!pending)
        logger?.error(
          { err: error },
          "Redis did not take the response cache's new generations: this instance answers without the cache until it does",
        );
      pending = true;
      // Which answers the lost write outdated is unknown by the time Redis is back: all of them.
      retry ??= setInterval(() => {
        bumpGeneration(redis, prefix).then(
          () => {
            pending = false;
            clearInterval(retry);
            retry = undefined;
            logger?.info("response cache generation written: the cache is used again");
          },
          () => {},
        );
      }, 1_000);
      retry.unref();
      return false;
    }
  };

  const eligible = (request: Request) => !pending && !request.headers.has("authorization");

  /** Marks requests, counts hits and misses, notes what queries read, and invalidates after mutations. */
  const gate: Plugin = {
    onRequest({ request }) {
      (request as Noted)[STARTED] = performance.now();
    },
    onExecute({ args, executeFn, setExecuteFn }) {
      const context = args.contextValue as Noted & { request?: Request & Noted; [BYPASS]?: boolean };
      const operation = getOperationAST(args.document, args.operationName)?.operation;
      if (operation === "query") {
        const request = context.request;
        if (request && eligible(request)) request[OUTCOME] ??= "miss";
        // The context, not the request: it is the operation's own (the one its key was built with).
        const flight = context[NONCE] ? inFlight.get(context[NONCE]) : undefined;
        if (flight) flight.reads = readsOf(args.schema, args.document, args.operationName);
        return;
      }
      context[BYPASS] = true;
      if (operation !== "mutation") return;
      setExecuteFn(async (execution: ExecutionArgs) => {
        try {
          return (await executeFn(execution)) as ExecutionResult;
        } finally {
          // Whatever it wrote has committed (or rolled back): later reads must not find older answers.
          await invalidate("mutation", writesOf(execution.document, execution.operationName));
        }
      });
    },
    onResultProcess({ request, result }) {
      if ((result as { [SERVED_FROM_CACHE]?: boolean } | undefined)?.[SERVED_FROM_CACHE])
        (request as Noted)[OUTCOME] = "hit";
    },
    onResponse({ request }) {
      const noted = request as Noted;
      if (noted[NONCE]) inFlight.delete(noted[NONCE]);
      const outcome = noted[OUTCOME];
      const started = noted[STARTED];
      if (outcome && started !== undefined)
        metrics?.cacheLookup(outcome, (performance.now() - started) / 1000);
    },
  };

  const skip = (outcome: CacheStoreOutcome) => {
    metrics?.cacheStore(outcome);
    return false;
  };

  const cache = useResponseCache<{ [BYPASS]?: boolean }>({
    ttl: ttlMs,
    // One answer for everyone: requests that could differ per client are not cached at all (`enabled`).
    session: () => null,
    enabled: (request, context) => eligible(request) && !context?.[BYPASS],
    // Writes start new generations; the plugin's own invalidation by entities is not used.
    invalidateViaMutation: false,
    idFields: [],
    includeExtensionMetadata: false,
    buildResponseCacheKey: async ({ documentString, operationName, variableValues, request, context }) => {
      // The day too: some answers are judged as of today (an agreement's alerts), and must not outlive it.
      const today = new Date().toISOString().slice(0, 10);
      const hash = createHash("sha256")
        .update(
          `${today}\u0000${documentString}\u0000${operationName ?? ""}\u0000${JSON.stringify(variableValues ?? {})}`,
        )
        .digest("hex");
      if (!eligible(request)) return `${OFF}:${hash}`;
      try {
        const { generations, sinceWriteMs, entry } = await readGeneration(redis, prefix, hash);
        const nonce = randomBytes(8).toString("hex");
        inFlight.set(nonce, { generations, entry });
        // A request that never got its response (it should not happen) must not keep its entry forever:
        // the oldest goes, and its answer is then not stored.
        if (inFlight.size > MAX_IN_FLIGHT) inFlight.delete(inFlight.keys().next().value as string);
        (request as Noted)[NONCE] = nonce;
        (context as Noted)[NONCE] = nonce;
        return `${hash}:n${nonce}${sinceWriteMs < replicaWindowMs ? RECENT : ""}`;
      } catch {
        return `${OFF}:${hash}`;
      }
    },
    shouldCacheResult: ({ cacheKey, result }) => {
      if (result.errors?.length) return skip("errors");
      const key = parseKey(cacheKey);
      if (!key?.nonce) return skip("unavailable");
      if (key.recent) return skip("recent_write");
      return true;
    },
    cache: {
      async get(cacheKey) {
        // Keys come from buildResponseCacheKey (a request in flight), or from a client's If-None-Match
        // (an ETag: a version, which must be the stored answer's).
        const key = parseKey(cacheKey);
        if (!key || pending) return undefined;
        if (key.nonce) {
          // Read with the generations, when the key was built: no second round trip.
          const flight = inFlight.get(key.nonce);
          const text = flight?.entry;
          if (flight) flight.entry = undefined;
          return text ? (JSON.parse(text) as ExecutionResult<Record<string, unknown>>) : undefined;
        }
        try {
          const text = await readEntry(redis, prefix, key.hash, key.version);
          return text ? (JSON.parse(text) as ExecutionResult<Record<string, unknown>>) : undefined;
        } catch {
          return undefined;
        }
      },
      set(cacheKey, result, _entities, ttl) {
        const key = parseKey(cacheKey);
        const flight = key?.nonce ? inFlight.get(key.nonce) : undefined;
        if (!key || !flight) return;
        const stamp = stampOf(flight, flight.reads ?? { types: new Set(), anything: true });
        // The ETag names this version of the answer (the plugin set it to the request's key).
        const headers = (result.extensions as { http?: { headers?: Record<string, string> } } | undefined)
          ?.http?.headers;
        if (headers) headers.ETag = `${key.hash}:v${stamp.version}`;
        if (key.recent || pending) return;
        return storeEntry(redis, prefix, key.hash, stamp, JSON.stringify(result), ttl).then(
          (stored) => void metrics?.cacheStore(stored ? "stored" : "superseded"),
          () => void metrics?.cacheStore("unavailable"),
        );
      },
      invalidate() {},
    },
  });
  return { plugins: [gate, cache], invalidate };
}
