import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../kit/api.ts";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api?.close());

describe("the README's example queries", async () => {
  const readme = await readFile(path.resolve(import.meta.dirname, "../../README.md"), "utf8");
  // Queries run on the seed as they stand; mutation examples need a key and ids of the reader's own data.
  const queries = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)]
    .map((match) => match[1] ?? "")
    .filter((operation) => !operation.trimStart().startsWith("mutation"));

  it("are there", () => expect(queries.length).toBeGreaterThanOrEqual(3));

  it.each(queries.map((query, index) => [index + 1, query]))(
    "example %i runs on the seed",
    async (_, query) => {
      const data = (await api.execute(String(query))).expectData() as Record<string, unknown>;
      // Every root field answers, and with something: no null event, no answer without a non-empty list.
      for (const value of Object.values(data)) {
        expect(value).not.toBeNull();
        expect(JSON.stringify(value)).toMatch(/\[[^\]]/);
      }
    },
  );
});
