/**
 * Reads that the SQL planner covers run as one statement; the answers must equal what the Pothos
 * resolvers give on the same database, for every shape of query below (and the README's), including
 * paging through whole lists cursor by cursor in every order.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import * as client from "@readout/client";
import { loadDatasetFile } from "@readout/db";
import { Kind, print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../kit/api.ts";
import { bothWays } from "../kit/both-ways.ts";
import { writeSyntheticDataset } from "../kit/synthetic.ts";

let api: TestApi;
let both: ReturnType<typeof bothWays>;
beforeAll(async () => {
  api = await createTestApi();
  // A second meeting with undated articles and many outlets, so that orders, ties and nulls matter.
  const synthetic = await writeSyntheticDataset({ articles: 30, outlets: 4, prefix: "cmp" });
  await loadDatasetFile(api.db.prisma, synthetic.file);
  both = bothWays(api);
});
afterAll(() => api?.close());

const articleFields = `id __typename key title subtitle url language genre dateline publishedAt publishedPrecision publishedText sourceStart sourceEnd`;

/** Queries the planner covers: each must take exactly one statement. */
const covered: [string, string, Record<string, unknown>?][] = [
  ["articles with their bodies", `{ articles(first: 3) { edges { node { id key body } } } }`],
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

  it.each([
    ["root, newest first", "articles(first: 3, orderBy: PUBLISHED_DESC, after: $after)", "articles"],
    ["root, oldest first", "articles(first: 3, orderBy: PUBLISHED_ASC, after: $after)", "articles"],
    ["root, by id, an unusual size", "articles(first: 7, after: $after)", "articles"],
    [
      "nested",
      "outlets(first: 1) { edges { node { articles(first: 2, orderBy: PUBLISHED_DESC, after: $after) { edges { cursor node { key } } } } } } z: articles(first: 2)",
      null,
    ],
  ])("pages without page info (%s): the same rows, page after page", async (_name, field, list) => {
    const query = list
      ? `query($after: String) { ${field} { edges { cursor node { key publishedAt } } } }`
      : `query($after: String) { ${field} { edges { cursor node { key } } } }`;
    let after: string | null = null;
    for (let page = 0; page < 4; page++) {
      const { result, statements } = await both(query, { after });
      expect(statements).toBe(1);
      if (!list) break;
      const edges = (result.data as Record<string, { edges: { cursor: string }[] }>)[list]?.edges ?? [];
      if (edges.length === 0) break;
      after = edges.at(-1)?.cursor ?? null;
    }
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

/** Global ids and cursors as Pothos writes them. */
const globalIdOf = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const cursorOf = (id: string) => Buffer.from(`GPC:S:${id}`).toString("base64");
const pairCursorOf = (first: string, second: string) =>
  Buffer.from(`GPC:T:${JSON.stringify([`S:${first}`, `S:${second}`])}`).toString("base64");

describe("compiled reads at the edges: ties, unusual ids and strings, every node, errors", () => {
  // Three articles at one instant, inserted out of id order; ids and a title with characters that JSON,
  // base64 (lines over 76 characters) and the compound cursor's JSON must carry exactly.
  const odd = `odd-${"x".repeat(90)}-"q\\b/\n\u0001\u007f\u2028ü😀`;
  let outletId = "";
  beforeAll(async () => {
    const prisma = api.db.prisma;
    const outlet = await prisma.outlet.findFirstOrThrow({ where: { key: "cmp-outlet-0" } });
    outletId = outlet.id;
    const document = await prisma.sourceDocument.findFirstOrThrow({ where: { key: "cmp-page" } });
    const article = {
      outletId,
      sourceDocumentId: document.id,
      sourceStart: 3,
      sourceEnd: 7,
      body: "body",
      genre: "REPORT" as const,
      publishedPrecision: "MINUTE" as const,
    };
    const instant = new Date("2030-01-01T00:00:00.000Z");
    for (const id of ["tie-c", "tie-a", "tie-b"]) {
      await prisma.article.create({
        data: { ...article, id, key: `edge-${id}`, title: id, publishedAt: instant },
      });
    }
    await prisma.article.create({
      data: {
        ...article,
        id: odd,
        key: "edge-odd",
        title: 'q"uo\\te \u2028 \u0001 😀 ü',
        publishedAt: instant,
      },
    });
    await prisma.participant.create({ data: { id: odd, key: "edge-odd", name: "Odd", kind: "PERSON" } });
    const alpha = await prisma.participant.findFirstOrThrow({ where: { key: "cmp-alpha" } });
    for (const articleId of ["tie-a", odd]) {
      await prisma.articleParticipant.create({ data: { articleId, participantId: odd } });
      await prisma.articleParticipant.create({ data: { articleId, participantId: alpha.id } });
    }
    const event = await prisma.event.findFirstOrThrow({ where: { key: "cmp-meeting" } });
    const span = await prisma.evidenceSpan.create({
      data: { articleId: "tie-a", start: 0, end: 4, exact: "body", prefix: "", suffix: "" },
    });
    for (const [index, value] of [0.1, 1e21, 1e-7, 0.30000000000000004, 123456789.12345679, -2.5].entries()) {
      await prisma.claim.create({
        data: {
          key: `edge-claim-${index}`,
          eventId: event.id,
          articleId: "tie-a",
          attribute: "duration",
          value: `'"\\${index}`,
          minValue: value,
          evidenceId: span.id,
        },
      });
    }
  });

  it.each(["PUBLISHED_ASC", "PUBLISHED_DESC"])(
    "pages two by two across a tie of publication times (%s)",
    async (order) => {
      const query = `query($after: String) { articles(first: 2, orderBy: ${order}, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { key publishedAt } } } }`;
      let after: string | null = null;
      const seen: string[] = [];
      let total = 0;
      for (let page = 0; page < 40; page += 1) {
        const { result, statements } = await both(query, { after });
        expect(statements).toBe(1);
        const list = (result.data as { articles: Connection }).articles;
        total = list.totalCount;
        seen.push(...list.edges.map((edge) => edge.node.key));
        if (!list.pageInfo.hasNextPage) break;
        after = list.pageInfo.endCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBe(total);
    },
  );

  it("answers from a cursor inside the tie, of a deleted row, of another table, and of another order", async () => {
    const query = `query($after: String, $order: ArticleOrder) { articles(first: 3, orderBy: $order, after: $after) { pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { key } } } }`;
    for (const order of ["PUBLISHED_ASC", "PUBLISHED_DESC"]) {
      for (const id of ["tie-a", "tie-b", "tie-c", odd, "no-such-article", outletId]) {
        const { result } = await both(query, { after: cursorOf(id), order });
        expect(result.errors).toBeUndefined();
      }
      const { result } = await both(`{ articles(first: 6, orderBy: ${order}) { edges { cursor } } }`);
      for (const edge of (result.data as { articles: { edges: { cursor: string }[] } }).articles.edges) {
        await both(query, {
          after: edge.cursor,
          order: order === "PUBLISHED_ASC" ? "PUBLISHED_DESC" : "PUBLISHED_ASC",
        });
      }
    }
  });

  it("carries unusual ids and strings exactly: global ids, cursors, compound cursors", async () => {
    const query = `query($id: ID!, $after: String) { node(id: $id) { __typename id ... on Article { title publishedAt participants(first: 5, after: $after) { totalCount pageInfo { startCursor endCursor } edges { cursor node { id key name } } } } ... on Participant { key articles(first: 5, after: $after) { edges { cursor node { id title } } } } } }`;
    const article = await both(query, { id: globalIdOf("Article", odd) });
    expect(JSON.stringify(article.result.data)).toContain("😀");
    const edges = (article.result.data as { node: { participants: Connection } }).node.participants.edges;
    expect(edges.length).toBe(2);
    for (const edge of edges) await both(query, { id: globalIdOf("Article", odd), after: edge.cursor });
    const participant = await both(query, { id: globalIdOf("Participant", odd) });
    const articles = (participant.result.data as { node: { articles: Connection } }).node.articles.edges;
    expect(articles.length).toBe(2);
    for (const edge of articles)
      await both(query, { id: globalIdOf("Participant", odd), after: edge.cursor });
    await both(query, { id: globalIdOf("Article", odd), after: pairCursorOf(odd, "no-such-participant") });
    const claims = await both(
      `{ event(key: "cmp-meeting") { claims(first: 100) { totalCount edges { node { key value minValue maxValue } } } } }`,
    );
    expect(JSON.stringify(claims.result.data)).toContain("1e+21");
  });

  it("answers node(id:) for every public node type in one statement, and leaves Candidate to the key check", async () => {
    const prisma = api.db.prisma;
    const rows: [string, { id: string } | null][] = [
      ["AgreementReport", await prisma.agreementReport.findFirst()],
      ["Claim", await prisma.claim.findFirst()],
      ["SourceDocument", await prisma.sourceDocument.findFirst()],
      ["Statement", await prisma.statement.findFirst()],
      ["StatementGroup", await prisma.statementGroup.findFirst()],
      ["Topic", await prisma.topic.findFirst()],
      ["Agreement", await prisma.agreement.findFirst({ where: { topicId: null } })],
      ["Agreement", await prisma.agreement.findFirst({ where: { topicId: { not: null } } })],
    ];
    const query = `query($id: ID!) { node(id: $id) { __typename id
      ... on StatementGroup { key summary speaker { name } groupEvent: event { key } statements { key topics { topic { name } } group { key } } }
      ... on Statement { key speakerLabel mode attribution article { key } speaker { name } group { key } evidence { exact } }
      ... on Claim { key qualifier unit minValue maxValue normalized event { key } article { key } }
      ... on SourceDocument { key title url text capturedAt contentHash articles(first: 3) { totalCount edges { cursor node { key } } } }
      ... on AgreementReport { strength agreement { key } article { key } }
      ... on Topic { key name }
      ... on Agreement { key summary topic { name } event { key } statusHistory { on status note } parties { participant { key } } reports { totalCount } } } }`;
    for (const [type, row] of rows) {
      if (!row) continue;
      const { result, statements } = await both(query, { id: globalIdOf(type, row.id) });
      expect(result.errors).toBeUndefined();
      expect((result.data as { node: { __typename: string } }).node.__typename).toBe(type);
      expect(statements).toBe(1);
    }
    const candidate = await both(query, { id: globalIdOf("Candidate", "any") });
    expect(JSON.stringify(candidate.result.errors)).toContain("UNAUTHENTICATED");
  });

  it("answers fragments on interfaces, repeated fields, colliding aliases and __typename everywhere", async () => {
    const { result, statements } = await both(
      `{ __typename articles(first: 3, orderBy: PUBLISHED_DESC) { __typename __rank: totalCount pageInfo { __typename }
          edges { __typename __rank: cursor node { __typename ... on Node { id __typename } ...A ...A title outlet { name } outlet { key } } }
          edges { cursor node { key } } } }
       fragment A on Article { ... on Node { ... on Article { __rank: key outlet { ... on Node { id } __typename } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(statements).toBe(1);
  });

  it("answers page sizes 0, omitted and null, page info or a count alone, and nested counts with filters", async () => {
    for (const query of [
      `{ articles(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
      `{ articles { totalCount edges { cursor node { key } } pageInfo { hasNextPage endCursor } } }`,
      `{ articles(first: null, after: null) { edges { node { key } } } }`,
      `{ articles(first: 2, orderBy: PUBLISHED_DESC) { pageInfo { startCursor endCursor hasNextPage hasPreviousPage } } }`,
      `{ events(first: 3) { edges { node { articles(filter: { outletKinds: [WIRE] }) { totalCount } agreements { totalCount } claims(first: 0) { totalCount pageInfo { hasNextPage } } } } } }`,
      `{ articles(first: 3) { edges { node { participants(first: 2) { edges { node { articles(first: 2, filter: { outletCountries: [" br "] }) { totalCount edges { cursor node { key } } } } } } } } } }`,
      `{ articles(first: 3, filter: { outletKinds: null, outlet: null, publishedFrom: null, topic: null }) { totalCount edges { node { key } } } }`,
      `{ articles(first: 5, filter: { publishedFrom: "2030-01-01T08:00:00+08:00", publishedTo: "2030-01-01T00:00:00.000Z" }) { totalCount edges { node { key } } } }`,
      `{ agreements(first: 3, filter: { event: null }) { totalCount edges { node { key topic { name } } } } }`,
      `{ articles(first: 50) { edges { node { bylines { name participant { key } } } } } }`,
      `{ outlets(first: 50) { edges { node { affiliations { assertedOn } articles(first: 1) { edges { node { participants(first: 5) { edges { node { roles { validFrom validTo organization { name } } } } } } } } } } } }`,
    ]) {
      const { result, statements } = await both(query);
      expect(result.errors).toBeUndefined();
      expect(statements).toBe(1);
    }
  });

  it("answers bad ids and filters with the resolvers' codes", async () => {
    for (const [query, code] of [
      [`{ articles(first: 3, filter: { outlet: "xyz" }) { edges { node { key } } } }`, "INVALID_ID"],
      [
        `{ articles(first: 3, filter: { outlet: "${globalIdOf("Participant", "x")}" }) { edges { node { key } } } }`,
        "INVALID_ID",
      ],
      [
        `{ agreements(first: 3, filter: { event: "${globalIdOf("Outlet", "x")}" }) { edges { node { key } } } }`,
        "INVALID_ID",
      ],
      [
        `{ articles(first: 3, filter: { publishedFrom: "2024-01-01T00:00:00Z", publishedTo: "2023-01-01T00:00:00Z" }) { edges { node { key } } } }`,
        "INVALID_INPUT",
      ],
      [
        `{ articles(first: 3, filter: { outletCountries: [""] }) { edges { node { key } } } }`,
        "INVALID_INPUT",
      ],
    ] as const) {
      const { result } = await both(query);
      expect(JSON.stringify(result.errors)).toContain(code);
    }
  });
});

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { key: string } }[];
}

describe("cases where the compiled answers once differed from the resolvers' (the same both ways now)", () => {
  let outletId = "";
  beforeAll(async () => {
    const prisma = api.db.prisma;
    outletId = (await prisma.outlet.findFirstOrThrow({ where: { key: "cmp-outlet-0" } })).id;
    // An event whose participants were inserted out of key order.
    const event = await prisma.event.create({
      data: { key: "fail-ev", title: "Fail", startPrecision: "DAY" },
    });
    for (const id of ["zz-participant", "aa-participant"]) {
      await prisma.participant.create({ data: { id, key: `fail-${id}`, name: id, kind: "PERSON" } });
      await prisma.eventParticipant.create({ data: { eventId: event.id, participantId: id } });
    }
  });

  it.each([
    ["after", (first: string) => ({ after: cursorOf(first) })],
    ["filter", () => ({ filter: { outletKinds: ["BLOG"] } })],
    ["orderBy", () => ({ order: "PUBLISHED_DESC" })],
  ] as const)(
    "a node(id:) plan of one type, then another type with %s, is planned again",
    async (name, extra) => {
      const query = `query F1_${name}($id: ID!, $after: String, $filter: ArticleFilter, $order: ArticleOrder) { node(id: $id) { __typename ... on Outlet { articles(first: 2, after: $after, filter: $filter, orderBy: $order) { totalCount edges { node { key publishedAt } } } } } }`;
      const outlet = globalIdOf(
        "Outlet",
        (await api.db.prisma.outlet.findFirstOrThrow({ where: { key: "cmp-outlet-1" } })).id,
      );
      // Two of its articles dated, so that the order shows.
      await api.db.prisma.article.update({
        where: { key: "cmp-article-5" },
        data: { publishedAt: new Date("2020-01-01T00:00:00Z") },
      });
      await api.db.prisma.article.update({
        where: { key: "cmp-article-9" },
        data: { publishedAt: new Date("2021-01-01T00:00:00Z") },
      });
      const article = await api.db.prisma.article.findFirstOrThrow({ where: { key: "cmp-article-1" } });
      await both(query, { id: globalIdOf("Article", article.id) }); // the document's first plan: an Article
      await both(query, { id: outlet }); // the Outlet variant, planned without after, filter or order
      await both(query, { id: outlet, ...extra(article.id) }); // answered by that plan
    },
  );

  it("applies variable defaults", async () => {
    await both(`query($first: Int = 2) { articles(first: $first) { edges { node { key } } } }`);
    await both(
      `query($order: ArticleOrder = PUBLISHED_DESC) { articles(first: 3, orderBy: $order) { edges { node { key } } } }`,
    );
  });

  it("takes a single value for a list variable, as input coercion does", async () => {
    await both(
      `query($kinds: [OutletKind!]) { articles(first: 3, filter: { outletKinds: $kinds }) { totalCount edges { node { key } } } }`,
      { kinds: "STATE_MEDIA" },
    );
  });

  it.each([
    ["without padding", (c: string) => c.replace(/=+$/, "")],
    ["with a leading space", (c: string) => ` ${c}`],
  ])("refuses a cursor that Pothos refuses (%s) with the same error", async (_name, mangle) => {
    const article = await api.db.prisma.article.findFirstOrThrow({ where: { key: "cmp-article-1" } });
    const cursor = cursorOf(article.id);
    expect(cursor.endsWith("=")).toBe(true);
    await both(`query($after: String) { articles(first: 3, after: $after) { edges { node { key } } } }`, {
      after: mangle(cursor),
    });
  });

  it("answers an empty page for a cursor of another parent's row", async () => {
    const prisma = api.db.prisma;
    const other = await prisma.article.findFirstOrThrow({ where: { key: "cmp-article-1" } }); // outlet 1
    await both(
      `query($id: ID!, $after: String) { node(id: $id) { ... on Outlet { articles(first: 3, after: $after) { edges { node { key } } } } } }`,
      { id: globalIdOf("Outlet", outletId), after: cursorOf(other.id) },
    );
  });

  it("answers an empty page for a cursor of a row the filter leaves out", async () => {
    const excluded = await api.db.prisma.article.findFirstOrThrow({ where: { key: "cmp-article-0" } }); // a WIRE outlet
    await both(
      `query($after: String) { articles(first: 3, filter: { outletKinds: [PRIVATE] }, after: $after) { edges { node { key } } } }`,
      { after: cursorOf(excluded.id) },
    );
  });

  it("answers an empty page for a join cursor of another article's row", async () => {
    const prisma = api.db.prisma;
    const a0 = await prisma.article.findFirstOrThrow({ where: { key: "cmp-article-0" } });
    const a1 = await prisma.article.findFirstOrThrow({ where: { key: "cmp-article-1" } });
    const [first, second] = [a0.id, a1.id].sort();
    const row = await prisma.articleParticipant.findFirstOrThrow({ where: { articleId: first } });
    await both(
      `query($id: ID!, $after: String) { node(id: $id) { ... on Article { participants(first: 5, after: $after) { edges { cursor node { key } } } } } }`,
      { id: globalIdOf("Article", second as string), after: pairCursorOf(row.articleId, row.participantId) },
    );
  });

  it("orders a list relation as the schema says (Event.participants by participant)", async () => {
    await both(`{ event(key: "fail-ev") { participants { participant { key } } } }`);
  });
});
