import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createClient, eachAgreement, eachArticle, graphql, ReadoutClientError } from "@readout/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../kit/api.ts";

let api: TestApi;
let server: Server;
let url: string;
beforeAll(async () => {
  api = await createTestApi();
  server = createServer(api.app);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  server?.close();
  await api?.close();
});

describe("the typed client against the running API", () => {
  it("pages through every article", async () => {
    const client = createClient({ url });
    const articles = [];
    for await (const article of eachArticle(client, 3)) articles.push(article);
    expect(articles).toHaveLength(4);
    expect(new Set(articles.map((article) => article.outlet.name)).size).toBe(4);
  });

  it("reads every agreement with its reports and their evidence", async () => {
    const client = createClient({ url });
    const agreements = [];
    for await (const agreement of eachAgreement(client, 2)) agreements.push(agreement);
    expect(agreements.length).toBeGreaterThanOrEqual(5);
    const strengths = agreements.flatMap((agreement) =>
      agreement.reports.edges.map((edge) => edge.node.strength),
    );
    expect(strengths).toEqual(expect.arrayContaining(["AGREED", "WILL_EXPLORE", "WELCOMED"]));
  });

  it("turns GraphQL errors into a ReadoutClientError with their codes", async () => {
    const client = createClient({ url });
    const TooMany = graphql(`query { articles(first: 500) { totalCount } }`);
    const error = await client.execute(TooMany).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadoutClientError);
    expect((error as ReadoutClientError).code).toBe("GRAPHQL");
    expect((error as ReadoutClientError).graphqlCodes).toEqual(["PAGE_SIZE_OUT_OF_RANGE"]);
  });

  it("turns an unreachable API into a NETWORK error naming the URL", async () => {
    const client = createClient({ url: "http://127.0.0.1:9/graphql" });
    const error = await client
      .execute(graphql(`query { articles(first: 1) { totalCount } }`))
      .catch((e) => e);
    expect(error).toBeInstanceOf(ReadoutClientError);
    expect(error).toMatchObject({ code: "NETWORK", message: expect.stringContaining("127.0.0.1:9") });
  });

  it("turns a non-GraphQL answer into an HTTP error", async () => {
    const client = createClient({ url: url.replace("/graphql", "/nowhere") });
    const error = await client
      .execute(graphql(`query { articles(first: 1) { totalCount } }`))
      .catch((e) => e);
    expect(error).toMatchObject({ code: "HTTP", details: { status: 404 } });
  });
});
