import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  createClient,
  eachAgreement,
  eachArticle,
  eachClaim,
  getEventReport,
  graphql,
  ReadoutClientError,
} from "@readout/client";
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
    const progress: number[] = [];
    for await (const article of eachArticle(client, {
      pageSize: 3,
      onPage: ({ done }) => progress.push(done),
    })) {
      articles.push(article);
    }
    expect(articles).toHaveLength(4);
    expect(progress).toEqual([3, 4]);
    expect(new Set(articles.map((article) => article.outlet.name)).size).toBe(4);
  });

  it("reads every agreement with its reports and their evidence", async () => {
    const client = createClient({ url });
    const agreements = [];
    for await (const agreement of eachAgreement(client, { pageSize: 2 })) agreements.push(agreement);
    expect(agreements.length).toBeGreaterThanOrEqual(5);
    const strengths = agreements.flatMap((agreement) =>
      agreement.reports.edges.map((edge) => edge.node.strength),
    );
    expect(strengths).toEqual(expect.arrayContaining(["AGREED", "WILL_WORK_TO", "WILL_EXPLORE"]));
  });

  it("reports an event's comparison, and a missing event as a typed result", async () => {
    const client = createClient({ url });
    const found = await client.execute(graphql(`query { events(first: 1) { edges { node { key } } } }`));
    const key = found.events.edges[0]?.node.key ?? "";
    const report = await getEventReport(client, key);
    expect(report.ok).toBe(true);
    if (report.ok) {
      expect(report.report.coverage.outletCount).toBe(4);
      expect(report.report.statements.length).toBeGreaterThan(10);
    }
    expect(await getEventReport(client, "no-such-event")).toMatchObject({
      ok: false,
      code: "EVENT_NOT_FOUND",
    });
  });

  it("narrows a list with the API's filters", async () => {
    const client = createClient({ url });
    const claims = [];
    for await (const claim of eachClaim(client, { filter: { attribute: "duration" } })) claims.push(claim);
    expect(claims.length).toBeGreaterThanOrEqual(4);
    expect(new Set(claims.map((claim) => claim.attribute))).toEqual(new Set(["duration"]));
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
