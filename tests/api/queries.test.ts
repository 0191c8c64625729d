import { graphql } from "@readout/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../kit/api.ts";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api?.close());

const ArticlesWithOutlets = graphql(`
  query ArticlesWithOutlets {
    articles(first: 10) { totalCount edges { node { id title body url publishedAt outlet { name country } } } }
  }
`);

const DeepQuery = graphql(`
  query Deep {
    outlets(first: 10) {
      totalCount
      edges {
        node {
          name
          country
          articles(first: 10) {
            totalCount
            edges {
              node {
                title
                participants(first: 10) { totalCount edges { node { name kind } } }
                agreements(first: 10) { edges { node { summary } } }
              }
            }
          }
        }
      }
    }
    agreements(first: 20) {
      totalCount
      edges {
        node {
          summary
          reports(first: 10) {
            totalCount
            edges { node { strength article { title outlet { name } } evidence { start end exact } } }
          }
        }
      }
    }
  }
`);

describe("the API over the seed corpus", () => {
  it("lists the four seed articles from four different outlets", async () => {
    const data = (await api.execute(ArticlesWithOutlets)).expectData();
    expect(data.articles.totalCount).toBe(4);
    const outlets = data.articles.edges.map((edge) => edge.node.outlet.name);
    expect(new Set(outlets).size).toBe(4);
    expect(outlets).toEqual(expect.arrayContaining(["Global Times", "NHK", "BBC News"]));
  });

  it("counts at least five agreements", async () => {
    const data = (await api.execute(graphql(`query { agreements(first: 20) { totalCount } }`))).expectData();
    expect(data.agreements.totalCount).toBeGreaterThanOrEqual(5);
  });

  it("answers the nested outlets → articles → participants/agreements and agreements → reports → article → outlet query", async () => {
    const data = (await api.execute(DeepQuery)).expectData();
    const gt = data.outlets.edges.find((edge) => edge.node.name === "Global Times")?.node;
    expect(gt?.country).toBe("CN");
    const gtArticle = gt?.articles.edges[0]?.node;
    expect(gtArticle?.participants.edges.map((edge) => edge.node.name)).toEqual(
      expect.arrayContaining(["Qin Gang", "Antony Blinken"]),
    );
    expect(gtArticle?.participants.totalCount).toBe(gtArticle?.participants.edges.length);
    expect(gtArticle?.agreements.edges.length).toBeGreaterThanOrEqual(5);
    const visit = data.agreements.edges.find((edge) => edge.node.summary.includes("visit"))?.node;
    expect(visit?.reports.totalCount).toBe(4);
    expect(visit?.reports.edges.map((edge) => edge.node.article.outlet.name).sort()).toEqual([
      "BBC News",
      "Global Times",
      "NHK",
      "US-China Energy Industry Forum",
    ]);
    for (const report of visit?.reports.edges ?? []) {
      expect(report.node.evidence.end - report.node.evidence.start).toBe(
        Array.from(report.node.evidence.exact).length,
      );
    }
  });

  it("lists an article's agreements once each, though it reports some in several passages", async () => {
    const data = (
      await api.execute(
        graphql(
          `query { articles(first: 10) { edges { node { title agreements(first: 50) { edges { node { id } } } agreementReports(first: 50) { totalCount } } } } }`,
        ),
      )
    ).expectData();
    const gt = data.articles.edges.find((edge) => edge.node.title.startsWith("Qin, Blinken"))?.node;
    const ids = gt?.agreements.edges.map((edge) => edge.node.id) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
    expect(gt?.agreementReports.totalCount).toBeGreaterThan(ids.length);
  });

  it("fetches any object again by its global id", async () => {
    const data = (await api.execute(ArticlesWithOutlets)).expectData();
    const first = data.articles.edges[0]?.node;
    const NodeQuery = graphql(
      `query Node($id: ID!) { node(id: $id) { __typename ... on Article { title } } }`,
    );
    const again = (await api.execute(NodeQuery, { id: first?.id ?? "" })).expectData();
    expect(again.node).toEqual({ __typename: "Article", title: first?.title });
  });

  it("pages through a connection with cursors and keeps totalCount", async () => {
    const Page = graphql(`
      query Page($after: String) {
        articles(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
      }
    `);
    const one = (await api.execute(Page, {})).expectData().articles;
    expect(one).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const two = (await api.execute(Page, { after: one.pageInfo.endCursor })).expectData().articles;
    expect(two).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: false } });
    expect(two.edges).toHaveLength(1);
    expect(one.edges.map((edge) => edge.node.id)).not.toContain(two.edges[0]?.node.id);
  });

  it("refuses a page larger than 100, at any depth, with a stable code and before reading anything", async () => {
    for (const query of [
      "{ articles(first: 101) { totalCount } }",
      "{ outlets(first: 1) { edges { node { articles(last: 1000) { totalCount } } } } }",
      "query($n: Int) { events(first: 1) { edges { node { articles(first: $n) { totalCount } } } } }",
    ]) {
      const result = await api.execute(query, { n: 250 } as never);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe("PAGE_SIZE_OUT_OF_RANGE");
      expect(result.errors?.[0]?.message).toMatch(/must be between 0 and 100/);
    }
    const ok = await api.execute("{ articles(first: 100) { totalCount } }");
    expect(ok.expectData()).toEqual({ articles: { totalCount: 4 } });
  });

  it("resolves participants by alias and misspelling", async () => {
    const ByName = graphql(
      `query ByName($name: String) { participants(first: 5, name: $name) { edges { node { name } } } }`,
    );
    for (const name of ["Anthony Blinken", "mr  blinken", "Antony Blinken"]) {
      const data = (await api.execute(ByName, { name })).expectData();
      expect(data.participants.edges.map((edge) => edge.node.name)).toEqual(["Antony Blinken"]);
    }
  });

  it("answers null for an id that names nothing, and INVALID_ID for one that is not an id", async () => {
    const NodeQuery = graphql(`query Node($id: ID!) { node(id: $id) { id } }`);
    const missing = Buffer.from("Article:no-such-article").toString("base64");
    expect((await api.execute(NodeQuery, { id: missing })).expectData()).toEqual({ node: null });
    for (const id of [
      "not-an-id",
      Buffer.from("Nothing:1").toString("base64"),
      Buffer.from("OutletKind:1").toString("base64"),
    ]) {
      const result = await api.execute(NodeQuery, { id });
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(["INVALID_ID"]);
    }
  });
});
