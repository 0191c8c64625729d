/**
 * Reads that the SQL planner covers run as one statement; the answers must equal what the Pothos
 * resolvers give on the same database, for every shape of query below (and the README's), including
 * paging through whole lists cursor by cursor in every order.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createApp, type ReadoutApp } from "@readout/api";
import * as client from "@readout/client";
import { loadDatasetFile } from "@readout/db";
import { Kind, print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, GRAPHQL_URL, type TestApi } from "../kit/api.ts";
import { countQueries } from "../kit/database.ts";
import { writeSyntheticDataset } from "../kit/synthetic.ts";

let api: TestApi;
let resolvers: ReadoutApp;
beforeAll(async () => {
  api = await createTestApi();
  // A second meeting with undated articles and many outlets, so that orders, ties and nulls matter.
  const synthetic = await writeSyntheticDataset({ articles: 30, outlets: 4, prefix: "cmp" });
  await loadDatasetFile(api.db.prisma, synthetic.file);
  resolvers = createApp({ prisma: api.db.prisma, compiledReads: false });
});
afterAll(() => api?.close());

async function run(app: ReadoutApp, query: string, variables?: Record<string, unknown>) {
  const response = await app.fetch(GRAPHQL_URL, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
}

/** Runs a query both ways; returns the compiled answer and how many statements it took. */
async function both(query: string, variables?: Record<string, unknown>) {
  const expected = await run(resolvers, query, variables);
  const { result, queries } = await countQueries(api.db, () => run(api.app, query, variables));
  expect(result, `${query}\n${JSON.stringify(variables)}`).toEqual(expected);
  return { result, statements: queries.length };
}

const articleFields = `id __typename key title subtitle url language genre dateline publishedAt publishedPrecision publishedText sourceStart sourceEnd`;

/** Queries the planner covers: each must take exactly one statement. */
const covered: [string, string, Record<string, unknown>?][] = [
  [
    "newest articles with outlet and participants",
    `{ articles(first: 20, orderBy: PUBLISHED_DESC) { edges { node { id title publishedAt outlet { name } participants(first: 10) { edges { node { name } } } } } } }`,
  ],
  [
    "outlets → articles → reports → article → outlet",
    `{ outlets(first: 10) { totalCount edges { cursor node { name articles(first: 10) { totalCount edges { node { title agreementReports(first: 10) { totalCount edges { node { strength article { title outlet { name } } } } } } } } } } } }`,
  ],
  [
    "every scalar of an article, with bylines, mentions, topics and its page",
    `{ articles(first: 100) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${articleFields} bylines { name isStaff place participant { name } } mentions { participant { name } evidence { start end exact prefix suffix } } topics { topic { name } evidence { exact } } sourceDocument { key title url capturedAt contentHash articles(first: 2) { totalCount edges { node { key } } } } } } } }`,
  ],
  [
    "filters and orders",
    `query($kinds: [OutletKind!], $countries: [String!], $order: ArticleOrder) {
      a: articles(first: 50, orderBy: $order, filter: { outletKinds: $kinds, outletCountries: $countries }) { totalCount edges { node { key } } }
      b: articles(first: 50, filter: { publishedFrom: "2023-06-18T00:00:00Z", publishedTo: "2023-06-18T23:59:59Z" }) { totalCount edges { node { key } } }
      c: articles(first: 50, filter: { outletKinds: [] }) { totalCount edges { node { key } } }
    }`,
    { kinds: ["PUBLIC_BROADCASTER", "STATE_MEDIA"], countries: ["gb", "CN", "JP"], order: "PUBLISHED_DESC" },
  ],
  [
    "events with articles, agreements and reports, claims",
    `{ events(first: 10) { totalCount edges { node { __typename id key title startsAt startPrecision place country
      articles(first: 10, filter: { outletKinds: [STATE_MEDIA, PUBLIC_BROADCASTER] }) { totalCount edges { cursor node { title } } pageInfo { hasNextPage endCursor } }
      agreements(first: 10) { totalCount edges { node { key summary parties { participant { name } } statusHistory { status on note evidence { exact } } reports(first: 5) { totalCount edges { node { strength evidence { start end exact } article { outlet { name country kind } } } } } } } }
      claims(first: 10) { totalCount edges { node { attribute value normalized scope evidence { exact } } } }
      participants { participant { name } side { name } role } } } } }`,
  ],
  [
    "participants' articles and statements, fragments and aliases",
    `query { first: articles(first: 3) { edges { node { ...A } } } second: articles(first: 3, orderBy: PUBLISHED_DESC) { edges { node { ... on Article { title } ...A } } } }
     fragment A on Article { key participants(first: 3) { totalCount edges { cursor node { ...P } } } events(first: 2) { edges { node { key } } } statements(first: 5) { totalCount edges { node { mode attribution evidence { exact } speaker { name } } } } claims(first: 5) { edges { node { value } } } }
     fragment P on Participant { __typename name kind aliases { alias isMisspelling } roles { title validFrom validTo } articles(first: 2) { totalCount edges { node { key } } } statements(first: 2) { totalCount edges { node { key } } } }`,
  ],
  [
    "agreements of an event, by global id filter",
    `query($event: ID!) { agreements(first: 20, filter: { event: $event }) { totalCount edges { node { summary event { key } topic { name } } } } }`,
  ],
  [
    "one event by key, with its outlets' affiliations",
    `{ event(key: "2023-06-18-blinken-qin-beijing") { title articles(first: 5, filter: { outletCountries: ["CN"] }) { edges { node { title outlet { name affiliations { affiliation source assertedOn note } } } } } } missing: event(key: "no-such-event") { title } }`,
  ],
];

describe("compiled reads", () => {
  it.each(covered)("%s: one statement, the same answer", async (_name, query, variables) => {
    const vars = { ...variables };
    if ("event" in (variables ?? {}) || query.includes("$event")) {
      const { result } = await both(`{ event(key: "2023-06-18-blinken-qin-beijing") { id } }`);
      vars.event = (result.data as { event: { id: string } }).event.id;
    }
    const { result, statements } = await both(query, vars);
    expect(result.errors).toBeUndefined();
    expect(statements).toBe(1);
  });

  it("node(id:) answers every kind of node in one statement, and null for a missing one", async () => {
    const { result } = await both(
      `{ articles(first: 3) { edges { node { id outlet { id } participants(first: 2) { edges { node { id } } } events(first: 1) { edges { node { id } } } } } } }`,
    );
    const ids =
      JSON.stringify(result.data)
        .match(/"id":"[^"]+"/g)
        ?.map((pair) => pair.slice(6, -1)) ?? [];
    expect(ids.length).toBeGreaterThan(6);
    const query = `query($id: ID!) { node(id: $id) { __typename id ... on Article { title outlet { name } } ... on Outlet { name kind } ... on Participant { name } ... on Event { key } } }`;
    for (const id of ids) {
      const { result: node, statements } = await both(query, { id });
      expect((node.data as { node: { id: string } }).node.id).toBe(id);
      expect(statements).toBe(1);
    }
    const missing = Buffer.from("Article:no-such-article").toString("base64");
    const { result: none } = await both(query, { id: missing });
    expect(none.data).toEqual({ node: null });
  });

  it.each([
    ["PUBLISHED_ASC", "articles(first: 7, orderBy: PUBLISHED_ASC, after: $after)"],
    ["PUBLISHED_DESC", "articles(first: 7, orderBy: PUBLISHED_DESC, after: $after)"],
    [
      "an outlet's articles",
      "outlets(first: 1) { edges { node { articles(first: 3, orderBy: PUBLISHED_DESC, after: $after) { x: totalCount } } } } y: articles(first: 7, after: $after)",
    ],
  ])("pages through every article by cursor (%s), as the resolvers do", async (_name, field) => {
    const query = `query($after: String) { ${field} { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { key publishedAt } } } }`;
    let after: string | null = null;
    const seen: string[] = [];
    for (let page = 0; page < 20; page += 1) {
      const { result, statements } = await both(query, { after });
      expect(statements).toBe(1);
      const data = result.data as Record<
        string,
        { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { key: string } }[] }
      >;
      const list = data.y ?? data.articles;
      if (!list) throw new Error("no list");
      seen.push(...list.edges.map((edge) => edge.node.key));
      if (!list.pageInfo.hasNextPage) break;
      after = list.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(34);
  });

  it("answers a bad cursor or a bad filter with the resolvers' coded error", async () => {
    const bad = await both(`{ articles(first: 2, after: "not-a-cursor") { edges { node { key } } } }`);
    expect(bad.result.errors?.length).toBeGreaterThan(0);
    const country = await both(
      `{ articles(first: 2, filter: { outletCountries: ["Britain"] }) { edges { node { key } } } }`,
    );
    expect(JSON.stringify(country.result.errors)).toContain("INVALID_INPUT");
  });

  it("sends no statement for a query that reads nothing", async () => {
    const { result, statements } = await both("{ __typename }");
    expect(result.data).toEqual({ __typename: "Query" });
    expect(statements).toBe(0);
  });

  it("leaves computed fields to the resolvers, with the same answer", async () => {
    const { result } = await both(
      `{ events(first: 2) { edges { node { title coverage { articleCount outletCount } discrepancies { attribute verdict } } } } }`,
    );
    expect(result.errors).toBeUndefined();
  });
});

describe("the shipped queries answer the same both ways", async () => {
  const readme = await readFile(path.resolve(import.meta.dirname, "../../README.md"), "utf8");
  const fromReadme = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)]
    .map((match) => match[1] ?? "")
    .filter((operation) => !operation.trimStart().startsWith("mutation"));
  const fromClient = Object.values(client)
    .filter((value) => (value as { kind?: unknown } | null)?.kind === Kind.DOCUMENT)
    .map((document) => print(document as Parameters<typeof print>[0]))
    .filter((text) => text.trimStart().startsWith("query"));

  it.each([...fromReadme, ...fromClient].map((query, index) => [index + 1, query]))(
    "query %i",
    async (_, query) => {
      const text = String(query);
      const variables: Record<string, unknown> = { key: "2023-06-18-blinken-qin-beijing", first: 20 };
      await both(text, variables);
    },
  );
});
