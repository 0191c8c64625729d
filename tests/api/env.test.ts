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

  it("names every bad variable, what it needs and what it got, on one line", () => {
    expect(() => readEnv({ DATABASE_URL: "mysql://x", PORT: "eighty" })).toThrow(
      'Invalid configuration: DATABASE_URL must be a postgresql:// connection string (got "mysql://x"); PORT must be a port number from 0 to 65535 (got "eighty").',
    );
    expect(() => readEnv({ LOG_LEVEL: "loud" })).toThrow(
      'Invalid configuration: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud").',
    );
  });
});
