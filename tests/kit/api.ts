/**
 * The API test kit: a seeded database per test file, the in-process Yoga app, a typed `execute` whose
 * result fails loudly (operation and body printed) on unexpected GraphQL errors, and the typed client.
 */
import { createApp, type ReadoutApp } from "@readout/api";
import { createClient, type ReadoutClient } from "@readout/client";
import type { TadaDocumentNode } from "gql.tada";
import { print } from "graphql";
import { openTestDb, type TestDb } from "./database.ts";

export interface ExecutionResult<Data> {
  data: Data | null | undefined;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  /** The data, or a failure that shows the operation and the whole response. */
  expectData(): Data;
}

export interface TestApi {
  db: TestDb;
  app: ReadoutApp;
  client: ReadoutClient;
  execute<Data, Variables>(
    document: TadaDocumentNode<Data, Variables> | string,
    variables?: Variables,
  ): Promise<ExecutionResult<Data>>;
  close(): Promise<void>;
}

export const GRAPHQL_URL = "http://readout.test/graphql";

export async function createTestApi(options: { seed?: boolean } = { seed: true }): Promise<TestApi> {
  const db = await openTestDb(options);
  const app = createApp({ prisma: db.prisma, readJson: db.readJson });
  const client = createClient({ url: GRAPHQL_URL, fetch: async (input, init) => app.fetch(input, init) });
  return {
    db,
    app,
    client,
    async execute(document, variables) {
      const query = typeof document === "string" ? document : print(document);
      const response = await app.fetch(GRAPHQL_URL, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<ExecutionResult<never>, "expectData">;
      return {
        ...body,
        expectData() {
          if (body.errors?.length || body.data == null) {
            throw new Error(
              `Expected data without errors.\nOperation:\n${query}\nVariables: ${JSON.stringify(variables)}\nResponse (${response.status}):\n${JSON.stringify(body, null, 2)}`,
            );
          }
          return body.data;
        },
      } as ExecutionResult<never>;
    },
    close: () => db.close(),
  };
}
