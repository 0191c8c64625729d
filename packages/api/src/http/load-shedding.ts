/**
 * Per-client load shedding: a request rate (rate-limiter-flexible: in memory, or in Redis when instances
 * share a store, so that a client's budget is the same whichever instance it reaches) and a number of
 * requests running at once, with a short queue (per instance: it protects that instance's workers and
 * connections). Over either, the answer is HTTP 429, `extensions.code: "RATE_LIMITED"`, with Retry-After.
 */
import type { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { Metrics } from "../metrics/metrics.ts";
import { deadlineSignal, executionSettled } from "./deadline.ts";
import { refusal } from "./responses.ts";
import type { SharedStore } from "./shared-store.ts";

export interface LoadSheddingOptions {
  ratePerMinute: number;
  concurrencyPerClient: number;
  queuePerClient: number;
  /** Who is asking: an API key's id, or the address the request came from. */
  identify: (request: Request, serverContext: unknown) => Promise<string> | string;
  sharedStore?: SharedStore | undefined;
  metrics?: Metrics | undefined;
}

/**
 * The request rate per client and minute. In Redis, one script per request counts the client's requests of
 * the current minute; while Redis cannot be reached, the same budget is counted in this process (the
 * "insurance" limiter), and a client over its budget is refused from memory until its minute ends, without
 * asking Redis again.
 */
function rateLimiter(points: number, store: SharedStore | undefined) {
  const memory = new RateLimiterMemory({ points, duration: 60 });
  if (!store) return memory;
  return new RateLimiterRedis({
    storeClient: store.redis,
    keyPrefix: `${store.prefix}rate`,
    points,
    duration: 60,
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
    inMemoryBlockOnConsumed: points + 1,
  });
}

/**
 * A counting semaphore with a FIFO queue, per client. Home-made because rate-limiter-flexible counts
 * requests per window but cannot hold a request until another one of the same client finishes, which is
 * what keeps a burst of heavy requests from one client from taking every worker and connection.
 */
export class ClientSlots {
  private readonly clients = new Map<string, { running: number; waiting: (() => void)[] }>();
  constructor(
    private readonly limit: number,
    private readonly queue: number,
  ) {}

  /** Whether a request of this client would wait for its turn (every slot is taken). */
  busy(client: string): boolean {
    return (this.clients.get(client)?.running ?? 0) >= this.limit;
  }

  /** Resolves with a release function once a slot is free; "full" when the client's queue is full too. */
  acquire(client: string, signal: AbortSignal | undefined): Promise<(() => void) | "full"> {
    let state = this.clients.get(client);
    if (!state) {
      state = { running: 0, waiting: [] };
      this.clients.set(client, state);
    }
    const entry = state;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const next = entry.waiting.shift();
      if (next) next();
      else if (--entry.running === 0) this.clients.delete(client);
    };
    if (entry.running < this.limit) {
      entry.running++;
      return Promise.resolve(release);
    }
    if (entry.waiting.length >= this.queue) return Promise.resolve("full");
    return new Promise((resolve, reject) => {
      const start = () => {
        signal?.removeEventListener("abort", abandon);
        resolve(release);
      };
      const abandon = () => {
        entry.waiting.splice(entry.waiting.indexOf(start), 1);
        reject(signal?.reason);
      };
      entry.waiting.push(start);
      signal?.addEventListener("abort", abandon, { once: true });
    });
  }
}

const releases = new WeakMap<Request, () => void>();

export function useLoadShedding(options: LoadSheddingOptions): Plugin {
  const rate = options.ratePerMinute > 0 ? rateLimiter(options.ratePerMinute, options.sharedStore) : null;
  const metrics = options.metrics;
  const slots =
    options.concurrencyPerClient > 0
      ? new ClientSlots(options.concurrencyPerClient, options.queuePerClient)
      : null;
  const limited = (fetchAPI: { Response: typeof Response }, retryAfterSeconds: number, message: string) =>
    refusal(fetchAPI, 429, "RATE_LIMITED", message, {
      extensions: { retryAfter: retryAfterSeconds },
      headers: { "retry-after": String(retryAfterSeconds) },
    });

  return {
    async onRequest({ request, serverContext, fetchAPI, endResponse }) {
      if (!rate && !slots) return;
      if (request.method === "OPTIONS" || request.method === "HEAD") return;
      const client = await options.identify(request, serverContext);
      if (rate) {
        try {
          await rate.consume(client);
        } catch (error) {
          if (!(error instanceof RateLimiterRes)) throw error;
          const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
          metrics?.rateLimited("rate");
          return endResponse(limited(fetchAPI, seconds, `Too many requests; try again in ${seconds} s.`));
        }
      }
      if (slots) {
        let slot: (() => void) | "full";
        try {
          slot = await slots.acquire(client, deadlineSignal(request));
        } catch (reason) {
          // The deadline passed, or the client went away, while the request waited for its turn.
          const error = reason as GraphQLError | undefined;
          if (error?.extensions?.code === "REQUEST_TIMEOUT") {
            metrics?.error("REQUEST_TIMEOUT");
            return endResponse(
              refusal(fetchAPI, 503, "REQUEST_TIMEOUT", error.message, {
                extensions: { limit: error.extensions.limit },
              }),
            );
          }
          return endResponse(new fetchAPI.Response(null, { status: 499 }));
        }
        if (slot === "full") {
          metrics?.rateLimited("concurrency");
          return endResponse(
            limited(fetchAPI, 1, "Too many requests at once from this client; try again shortly."),
          );
        }
        // Held until the answer is ready; when the client goes away first, until the work it started ends.
        releases.set(request, slot);
        request.signal?.addEventListener("abort", () => void executionSettled(request).then(slot), {
          once: true,
        });
      }
    },
    onResponse({ request }) {
      releases.get(request)?.();
    },
  };
}
