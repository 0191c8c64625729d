/**
 * Compiled reads against the resolvers: a query runs on the app as served (compiled reads on) and on one
 * without them, over the same database; the answers must be equal.
 */
import { createApp, type ReadoutApp } from "@readout/api";
import { expect } from "vitest";
import { GRAPHQL_URL, type TestApi } from "./api.ts";
import { countQueries } from "./database.ts";

export interface Answer {
  data?: unknown;
  errors?: { message: string }[];
}

async function run(app: ReadoutApp, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await app.fetch(GRAPHQL_URL, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer;
}

/** Runs a query both ways, checks that they answer alike, and gives the compiled answer and its statement count. */
export function bothWays(api: TestApi) {
  const resolvers = createApp({ prisma: api.db.prisma, compiledReads: false });
  return async (query: string, variables?: Record<string, unknown>) => {
    const expected = await run(resolvers, query, variables);
    const { result, queries } = await countQueries(api.db, () => run(api.app, query, variables));
    expect(result, `${query}\n${JSON.stringify(variables)}`).toEqual(expected);
    return { result, statements: queries.length };
  };
}
