/**
 * Health and readiness for load balancers: /healthz answers while the process runs, /readyz once the
 * database is migrated and answers (503 otherwise, also while a shutdown drains). Redis, when configured,
 * is reported without deciding (tests/api/instances.test.ts).
 */
import { readEnv, startServer } from "@readout/api";
import { afterAll, describe, expect, it } from "vitest";
import { throwawayDatabase } from "../kit/database.ts";

const database = await throwawayDatabase();
afterAll(() => database.drop());

describe("health and readiness", () => {
  it("answers /healthz and /readyz", { timeout: 180_000 }, async () => {
    const running = await startServer(
      readEnv({ ...database.env, PORT: "0", HOST: "127.0.0.1", READOUT_SEED: "false", LOG_LEVEL: "silent" }),
    );
    try {
      const health = await fetch(`${running.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: "ok" });

      const ready = await fetch(`${running.url}/readyz`);
      expect(ready.headers.get("cache-control")).toBe("no-store");
      expect({ status: ready.status, body: await ready.json() }).toEqual({
        status: 200,
        body: { status: "ready", checks: { migrations: "applied", shutdown: "no", database: "reachable" } },
      });
    } finally {
      await running.close({ graceMs: 0 });
    }
    // Closed: nothing listens any more.
    await expect(fetch(`${running.url}/healthz`)).rejects.toThrow();
  });
});
