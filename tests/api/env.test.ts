import { readEnv } from "@readout/api/env";
import { describe, expect, it } from "vitest";

describe("environment validation", () => {
  it("defaults to the embedded database on port 4000", () => {
    const env = readEnv({});
    expect(env).toMatchObject({ PORT: 4000, READOUT_SEED: true });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.dataDir).toMatch(/\.data\/pglite$/);
  });

  it("accepts a PostgreSQL URL and a port", () => {
    expect(readEnv({ DATABASE_URL: "postgresql://u@h:5432/db", PORT: "4123" })).toMatchObject({
      DATABASE_URL: "postgresql://u@h:5432/db",
      PORT: 4123,
    });
    expect(readEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names every bad variable in one clear message", () => {
    expect(() => readEnv({ DATABASE_URL: "mysql://x", PORT: "eighty" })).toThrow(
      /Invalid environment:\n {2}DATABASE_URL: must be a postgresql:\/\/ connection string\n {2}PORT: /,
    );
  });
});
