/** The tests' Redis: where it is, a store on it under a prefix of the test file's own, and cleaning up after. */
import { openSharedStore, type SharedStore } from "@readout/api";

export const REDIS_URL = process.env.READOUT_TEST_REDIS_URL || "redis://127.0.0.1:6379";

/**
 * A store under `prefix` when Redis answers within a second; otherwise null, having said which tests are
 * skipped.
 */
export async function testRedis(prefix: string, skipping: string): Promise<SharedStore | null> {
  const store = await openSharedStore({ url: REDIS_URL, prefix }, 1_000);
  if (store.redis.status === "ready") return store;
  await store.close();
  console.warn(`Redis is not reachable at ${REDIS_URL}: skipping ${skipping} (set READOUT_TEST_REDIS_URL).`);
  return null;
}

/** Deletes every key with `prefix` anywhere in its name (a library's own prefix may come before ours). */
export async function deleteKeys(store: SharedStore, prefix: string): Promise<void> {
  let cursor = "0";
  do {
    const [next, keys] = await store.redis.scan(cursor, "MATCH", `*${prefix}*`, "COUNT", 1000);
    if (keys.length > 0) await store.redis.del(...keys);
    cursor = next;
  } while (cursor !== "0");
}
