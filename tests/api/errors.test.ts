import { Writable } from "node:stream";
import { createApp } from "@readout/api";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { openTestDb } from "../kit/database.ts";

describe("unexpected errors", () => {
  it("reach clients masked and are logged with their cause", async () => {
    const db = await openTestDb();
    const lines: string[] = [];
    const logger = pino(
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    const app = createApp({ prisma: db.prisma, logger });
    await db.close(); // every query now fails inside the database layer
    const response = await app.fetch("http://readout.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ articles(first: 1) { totalCount } }" }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({
      message: "Unexpected error.",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(JSON.stringify(body)).not.toMatch(/prisma|pglite|\.ts:/i);
    const logged = lines.map((line) => JSON.parse(line) as { level: number; err?: { stack?: string } });
    expect(logged.some((entry) => entry.level >= 50 && entry.err?.stack)).toBe(true);
  });
});
