/**
 * A response cache for public read queries, shared by every instance through Redis (REDIS_URL):
 * `@graphql-yoga/plugin-response-cache` answers a cached query when its parameters arrive, before parsing,
 * validation, limits or any SQL; this module gives it its keys and its store.
 *
 * What is cached: the answers without errors of queries sent without an Authorization header (the same
 * for everyone; a request with a key, valid or not, is never looked up nor stored). Mutations are never
 * cached, and each one, once executed and before its answer leaves, starts a new generation of the cache
 * (see @readout/ingest's response-cache.ts); imports do the same from whichever process runs them. A key
 * is `<generation>:<hash of the document, operation name and variables>`, its generation read from Redis
 * when the request arrives: an answer is found only under the current generation, and stored only if the
 * generation is still the one its request started under, so a read that began before a write cannot
 * store its older answer where later reads look. With read replicas, an answer whose request began within
 * `replicaWindowMs` of the latest write (which a replica may not have replayed yet) is not stored.
 *
 * Every write invalidates every answer rather than those holding the entities it touched: creating an
 * article changes lists, counts and comparisons of outlets, events and participants, and tracking which
 * answers each write can change is where a cache goes stale. Writes are rare next to reads here.
 *
 * Not `@envelop/response-cache-redis` as the store: it invalidates by deleting the keys of the entities a
 * mutation returns (found with KEYS, not atomically), so an answer stored by a read that began before the
 * write survives it, and the command line and the queue would have to collect entities as the API does.
 *
 * When Redis does not answer, requests are answered without the cache. A mutation whose new generation
 * could not be written turns this instance's cache off until it has been (retried every second).
 */
import { createHash } from "node:crypto";
import { useResponseCache } from "@graphql-yoga/plugin-response-cache";
import { bumpGeneration, readEntry, readGeneration, storeEntry } from "@readout/ingest";
import { type ExecutionArgs, type ExecutionResult, getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Logger } from "pino";
import type { SharedStore } from "../http/shared-store.ts";
import type { CacheStoreOutcome, Metrics } from "../metrics/metrics.ts";

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
  /** Starts a new generation now (after migrations and the seed, say); false when Redis was not told. */
  invalidate(source: "mutation" | "start"): Promise<boolean>;
}

/** A key that is neither looked up nor stored (Redis did not answer, or the instance's cache is off). */
const OFF = "off";
/** Appended to the key of a request that began moments after a write, when replicas serve reads. */
const RECENT = ":recent";
const KEY = /^([0-9a-f]{24}):([0-9a-f]{64})(:recent)?$/;

const STARTED = Symbol("readout.cache.started");
const OUTCOME = Symbol("readout.cache.outcome");
const BYPASS = Symbol("readout.cache.bypass");
const SERVED_FROM_CACHE = Symbol.for("servedFromResponseCache");

interface Noted {
  [STARTED]?: number;
  [OUTCOME]?: "hit" | "miss";
}

const parseKey = (key: string) => {
  const match = KEY.exec(key);
  return match ? { generation: match[1] as string, hash: match[2] as string, recent: !!match[3] } : null;
};

export function createResponseCache({
  store,
  ttlMs,
  replicaWindowMs = 0,
  metrics,
  logger,
}: ResponseCacheOptions): ResponseCache {
  const { redis, prefix } = store;
  /** A mutation's new generation could not be written: nothing is looked up or stored until it is. */
  let pending = false;
  let retry: NodeJS.Timeout | undefined;

  const invalidate = async (source: "mutation" | "start"): Promise<boolean> => {
    try {
      await bumpGeneration(redis, prefix);
      metrics?.cacheInvalidation(source, "done");
      return true;
    } catch (error) {
      metrics?.cacheInvalidation(source, "failed");
      if (!pending)
        logger?.error(
          { err: error },
          "Redis did not take the response cache's new generation: this instance answers without the cache until it does",
        );
      pending = true;
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

  /** Marks requests, counts hits and misses, and starts a new generation after each mutation. */
  const gate: Plugin = {
    onRequest({ request }) {
      (request as Noted)[STARTED] = performance.now();
    },
    onExecute({ args, executeFn, setExecuteFn }) {
      const context = args.contextValue as { request?: Request & Noted; [BYPASS]?: boolean };
      const operation = getOperationAST(args.document, args.operationName)?.operation;
      if (operation === "query") {
        if (context.request && eligible(context.request)) context.request[OUTCOME] ??= "miss";
        return;
      }
      context[BYPASS] = true;
      if (operation !== "mutation") return;
      setExecuteFn(async (execution: ExecutionArgs) => {
        try {
          return (await executeFn(execution)) as ExecutionResult;
        } finally {
          // Whatever it wrote has committed (or rolled back): later reads must not find older answers.
          await invalidate("mutation");
        }
      });
    },
    onResultProcess({ request, result }) {
      if ((result as { [SERVED_FROM_CACHE]?: boolean } | undefined)?.[SERVED_FROM_CACHE])
        (request as Noted)[OUTCOME] = "hit";
    },
    onResponse({ request }) {
      const noted = request as Noted;
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
    // Writes start a new generation; the plugin's own invalidation by entities is not used.
    invalidateViaMutation: false,
    idFields: [],
    includeExtensionMetadata: false,
    buildResponseCacheKey: async ({ documentString, operationName, variableValues, request }) => {
      // The day too: some answers are judged as of today (an agreement's alerts), and must not outlive it.
      const today = new Date().toISOString().slice(0, 10);
      const hash = createHash("sha256")
        .update(
          `${today}\u0000${documentString}\u0000${operationName ?? ""}\u0000${JSON.stringify(variableValues ?? {})}`,
        )
        .digest("hex");
      if (!eligible(request)) return `${OFF}:${hash}`;
      try {
        const { generation, sinceWriteMs } = await readGeneration(redis, prefix);
        return `${generation}:${hash}${sinceWriteMs < replicaWindowMs ? RECENT : ""}`;
      } catch {
        return `${OFF}:${hash}`;
      }
    },
    shouldCacheResult: ({ cacheKey, result }) => {
      if (result.errors?.length) return skip("errors");
      const key = parseKey(cacheKey);
      if (!key) return skip("unavailable");
      if (key.recent) return skip("recent_write");
      return true;
    },
    cache: {
      async get(cacheKey) {
        // Keys come from buildResponseCacheKey, or from a client's If-None-Match: only well-formed ones
        // are looked up, and only under the generation they name while it is still current.
        const key = parseKey(cacheKey);
        if (!key || pending) return undefined;
        try {
          const text = await readEntry(redis, prefix, key.generation, key.hash);
          return text ? (JSON.parse(text) as ExecutionResult<Record<string, unknown>>) : undefined;
        } catch {
          return undefined;
        }
      },
      set(cacheKey, result, _entities, ttl) {
        const key = parseKey(cacheKey);
        if (!key || key.recent || pending) return;
        return storeEntry(redis, prefix, key.generation, key.hash, JSON.stringify(result), ttl).then(
          (stored) => void metrics?.cacheStore(stored ? "stored" : "superseded"),
          () => void metrics?.cacheStore("unavailable"),
        );
      },
      invalidate() {},
    },
  });
  return { plugins: [gate, cache], invalidate };
}
