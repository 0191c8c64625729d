/**
 * A counting semaphore shared by all instances, in Redis (redis-semaphore: a sorted set of holders scored
 * by the time of their lease). Each holder's lease lasts LEASE_MS and is renewed every RENEW_MS while it
 * runs; a holder that stops renewing (its instance crashed, or was SIGKILLed) is dropped from the set by the
 * next acquisition after its lease ends, so a dead instance cannot keep slots for longer than LEASE_MS.
 * The instances' clocks must agree to well within LEASE_MS (they do on one machine or with NTP).
 *
 * Acquisition polls every RETRY_MS; callers queue in their own process first (ClientSlots), so that at most
 * `limit` requests per instance poll Redis at a time.
 */
import { Semaphore } from "redis-semaphore";
import type { SharedStore } from "./shared-store.ts";

const LEASE_MS = 10_000;
const RENEW_MS = 3_000;
export const RETRY_MS = 10;
/** Never reached in practice: the request's deadline (or its client going away) ends the wait first. */
const ACQUIRE_TIMEOUT_MS = 5 * 60_000;

/**
 * The library renews leases on a timer and lets a failed renewal reject unhandled, which would stop the
 * process when Redis goes away mid-operation. A renewal that cannot reach Redis keeps the slot (nothing
 * is shared while Redis is away); one that finds the lease gone is reported through onLockLost.
 */
class LeasedSemaphore extends Semaphore {
  protected override async _refresh(): Promise<boolean> {
    try {
      return await super._refresh();
    } catch {
      return true;
    }
  }
}

/**
 * Waits for one of `limit` slots named `name`, shared by every instance on the store. Resolves with the
 * function that gives the slot back, or with null when Redis cannot be reached (the caller then relies on
 * its own process' limit); rejects with the signal's reason when it aborts first.
 */
export async function acquireSharedSlot(
  store: SharedStore,
  name: string,
  limit: number,
  signal: AbortSignal | undefined,
): Promise<(() => void) | null> {
  const semaphore = new LeasedSemaphore(store.redis, `${store.prefix}${name}`, limit, {
    lockTimeout: LEASE_MS,
    refreshInterval: RENEW_MS,
    retryInterval: RETRY_MS,
    acquireTimeout: ACQUIRE_TIMEOUT_MS,
    onLockLost: () =>
      store.logger?.warn({ slots: name }, "a shared slot's lease ran out while its operation ran"),
  });
  try {
    await semaphore.acquire(signal);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    // An outage is reported once by the store; anything else is worth a line each time.
    if (store.redis.status === "ready") {
      store.logger?.warn({ err: error, slots: name }, "shared slots failed: this instance's limit applies");
    }
    return null;
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    // A slot that cannot be given back (Redis away) ends with its lease.
    semaphore.release().catch(() => semaphore.stopRefresh());
  };
}
