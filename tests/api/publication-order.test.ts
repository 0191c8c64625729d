/**
 * Orderings by publication respect a time's precision: an article sorts by the latest moment its
 * publication time may stand for (the rule of an event's coverage, `latestPossible`), so a day-precision
 * date comes after the timed articles of its day, never as midnight. The compiled reads and the resolvers
 * must order alike, page after page, and the database must compute the key itself (Prisma never writes it).
 */
import { latestPossible, type TimePrecision } from "@readout/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../kit/api.ts";
import { bothWays } from "../kit/both-ways.ts";

let api: TestApi;

/** Articles of one made-up outlet around the day boundary of 4/5 March 2031, at every precision. */
const MIXED: [id: string, publishedAt: string | null, precision: TimePrecision][] = [
  ["po-07", "2031-03-04T00:00:00.000Z", "DAY"],
  ["po-02", "2031-03-04T23:59:00.000Z", "MINUTE"], // the same key as the day: the id breaks the tie
  ["po-11", "2031-03-04T10:00:00.000Z", "MINUTE"],
  ["po-04", "2031-03-04T23:00:00.000Z", "HOUR"], // the same key again
  ["po-13", "2031-03-04T00:00:00.000Z", "DAY"],
  ["po-05", "2031-03-05T00:00:00.000Z", "MINUTE"],
  ["po-09", "2031-03-05T00:00:30.000Z", "RELATIVE"], // as given: before the minute it falls in ends
  ["po-01", "2031-03-05T00:00:00.000Z", "DAY"],
  ["po-12", "2031-03-04T16:00:00.000Z", "DAY"], // 5 March in UTC+8, stored as that day's local midnight
  ["po-03", "2031-03-01T00:00:00.000Z", "MONTH"],
  ["po-14", "2031-02-01T00:00:00.000Z", "MONTH"],
  ["po-08", "2031-01-01T00:00:00.000Z", "YEAR"],
  ["po-10", null, "UNKNOWN"],
  ["po-06", null, "UNKNOWN"],
  ["po-15", null, "RELATIVE"],
];

/** The expected order, from the coverage's own rule: by latest possible moment, undated last, then id. */
function expectedOrder(desc: boolean): string[] {
  const key = ([, at, precision]: (typeof MIXED)[number]) =>
    at === null ? null : latestPossible(new Date(at), precision);
  return MIXED.toSorted((a, b) => {
    const [left, right] = [key(a), key(b)];
    if (left !== right) {
      if (left === null) return 1;
      if (right === null) return -1;
      return desc ? right - left : left - right;
    }
    return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
  }).map(([id]) => id);
}

let mixedOutlet = "";
let compiledAndResolvers: ReturnType<typeof bothWays>;

beforeAll(async () => {
  api = await createTestApi();
  compiledAndResolvers = bothWays(api);
  const prisma = api.db.prisma;
  const seedArticle = await prisma.article.findFirstOrThrow({ where: { key: "hsieh-blinken-first-day" } });
  // The commentary's outlet gets a timed article of the same day (12:00 UTC), before the commentary's day.
  await prisma.article.create({
    data: {
      id: "po-seed-noon",
      key: "po-seed-noon",
      outletId: seedArticle.outletId,
      sourceDocumentId: seedArticle.sourceDocumentId,
      sourceStart: 0,
      sourceEnd: 4,
      title: "Noon",
      body: "Noon",
      genre: "REPORT",
      publishedAt: new Date("2023-06-18T12:00:00.000Z"),
      publishedPrecision: "MINUTE",
    },
  });
  const outlet = await prisma.outlet.create({
    data: { key: "po-outlet", name: "Precision Post", kind: "PRIVATE" },
  });
  mixedOutlet = outlet.id;
  // createMany and create both: neither may write the generated key (PostgreSQL refuses a value for it).
  await prisma.article.createMany({
    data: MIXED.slice(0, 8).map(([id, at, precision]) => ({
      id,
      key: id,
      outletId: outlet.id,
      sourceDocumentId: seedArticle.sourceDocumentId,
      sourceStart: 0,
      sourceEnd: id.length,
      title: id,
      body: id,
      genre: "REPORT" as const,
      publishedAt: at ? new Date(at) : null,
      publishedPrecision: precision,
    })),
  });
  for (const [id, at, precision] of MIXED.slice(8)) {
    await prisma.article.create({
      data: {
        id,
        key: id,
        outletId: outlet.id,
        sourceDocumentId: seedArticle.sourceDocumentId,
        sourceStart: 0,
        sourceEnd: id.length,
        title: id,
        body: id,
        genre: "REPORT",
        publishedAt: at ? new Date(at) : null,
        publishedPrecision: precision,
      },
    });
  }
});
afterAll(() => api?.close());

/** The compiled answer, after checking that the resolvers give the same one; and its statement count. */
async function both(query: string, variables?: Record<string, unknown>) {
  const { result, statements } = await compiledAndResolvers(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return { data: result.data as Record<string, unknown>, statements };
}

interface Page {
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { key: string } }[];
}

describe("ordering by publication respects precision", () => {
  it("the database computes the key by the coverage's rule, and keeps it when a row changes", async () => {
    const prisma = api.db.prisma;
    const rows = await prisma.article.findMany({
      where: { outletId: mixedOutlet },
      select: { id: true, publishedAt: true, publishedPrecision: true, publishedSort: true },
    });
    expect(rows).toHaveLength(MIXED.length);
    for (const row of rows) {
      const expected = row.publishedAt ? latestPossible(row.publishedAt, row.publishedPrecision) : null;
      expect(row.publishedSort?.getTime() ?? null, row.id).toBe(expected);
    }
    const changed = await prisma.article.update({
      where: { id: "po-11" },
      data: { publishedPrecision: "HOUR" },
      select: { publishedSort: true },
    });
    expect(changed.publishedSort?.toISOString()).toBe("2031-03-04T10:59:59.999Z");
    await prisma.article.update({ where: { id: "po-11" }, data: { publishedPrecision: "MINUTE" } });
  });

  it("puts the seed's day-precision commentary after the timed articles of its day, at the root", async () => {
    const query = `query($order: ArticleOrder) { articles(first: 10, orderBy: $order, filter: { publishedTo: "2023-12-31T00:00:00Z" }) { edges { node { key publishedPrecision } } } }`;
    const keys = async (order: string) =>
      ((await both(query, { order })).data.articles as Page).edges.map((edge) => edge.node.key);
    expect(await keys("PUBLISHED_ASC")).toEqual([
      "po-seed-noon",
      "gt-qin-blinken-conclude-talk",
      "hsieh-blinken-first-day",
    ]);
    expect(await keys("PUBLISHED_DESC")).toEqual([
      "hsieh-blinken-first-day",
      "gt-qin-blinken-conclude-talk",
      "po-seed-noon",
    ]);
  });

  it("does the same in an outlet's articles, in search and in passages", async () => {
    const nested = await both(
      `{ outlets(first: 50) { edges { node { name articles(first: 5, orderBy: PUBLISHED_ASC) { edges { node { key } } } } } } }`,
    );
    const outlets = (nested.data.outlets as { edges: { node: { name: string; articles: Page } }[] }).edges;
    const forum = outlets.find((edge) =>
      edge.node.articles.edges.some((article) => article.node.key === "hsieh-blinken-first-day"),
    );
    expect(forum?.node.articles.edges.map((edge) => edge.node.key)).toEqual([
      "po-seed-noon",
      "hsieh-blinken-first-day",
    ]);

    // "Blinken" is in both dated seed articles; the commentary is the later of the two on 18 June.
    const search = await api.execute(
      `{ search(query: "Blinken", first: 20, orderBy: PUBLISHED_ASC, filter: { kinds: [ARTICLE] }) { edges { node { article { key } } } } }`,
    );
    const searched = (
      search.expectData() as { search: { edges: { node: { article: { key: string } } }[] } }
    ).search.edges.map((edge) => edge.node.article.key);
    expect(searched.indexOf("gt-qin-blinken-conclude-talk")).toBeGreaterThanOrEqual(0);
    expect(searched.indexOf("gt-qin-blinken-conclude-talk")).toBeLessThan(
      searched.indexOf("hsieh-blinken-first-day"),
    );

    const passages = await api.execute(
      `{ passages(query: "Blinken", first: 50, orderBy: PUBLISHED_DESC) { edges { node { article { key } } } } }`,
    );
    const articles = [
      ...new Set(
        (
          passages.expectData() as { passages: { edges: { node: { article: { key: string } } }[] } }
        ).passages.edges.map((edge) => edge.node.article.key),
      ),
    ];
    expect(articles.indexOf("hsieh-blinken-first-day")).toBeGreaterThanOrEqual(0);
    expect(articles.indexOf("hsieh-blinken-first-day")).toBeLessThan(
      articles.indexOf("gt-qin-blinken-conclude-talk"),
    );
  });

  const lists: [string, (order: string, size: number) => string, (data: Record<string, unknown>) => Page][] =
    [
      [
        "the root list",
        (order, size) =>
          `query($after: String, $outlet: ID!) { articles(first: ${size}, after: $after, orderBy: ${order}, filter: { outlet: $outlet }) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { key } } } }`,
        (data) => data.articles as Page,
      ],
      [
        "an outlet's articles",
        (order, size) =>
          `query($after: String, $outlet: ID!) { node(id: $outlet) { ... on Outlet { articles(first: ${size}, after: $after, orderBy: ${order}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { key } } } } } }`,
        (data) => (data.node as { articles: Page }).articles,
      ],
      [
        "an outlet's articles, without page info",
        (order, size) =>
          `query($after: String, $outlet: ID!) { node(id: $outlet) { ... on Outlet { articles(first: ${size}, after: $after, orderBy: ${order}) { edges { cursor node { key } } } } } }`,
        (data) => (data.node as { articles: Page }).articles,
      ],
    ];

  describe.each(lists)("pages across the day boundary in %s", (_name, queryOf, listOf) => {
    it.each([
      ["PUBLISHED_ASC", 2],
      ["PUBLISHED_DESC", 2],
      ["PUBLISHED_ASC", 3],
      ["PUBLISHED_DESC", 3],
    ] as const)("%s, %i at a time: every article once, in the rule's order", async (order, size) => {
      const outlet = Buffer.from(`Outlet:${mixedOutlet}`).toString("base64");
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < MIXED.length + 2; page += 1) {
        const { data, statements } = await both(queryOf(order, size), { after, outlet });
        expect(statements).toBe(1);
        const list = listOf(data);
        seen.push(...list.edges.map((edge) => edge.node.key));
        const more = list.pageInfo ? list.pageInfo.hasNextPage : list.edges.length === size;
        if (!more) break;
        after = list.pageInfo?.endCursor ?? list.edges.at(-1)?.cursor ?? null;
      }
      expect(seen).toEqual(expectedOrder(order === "PUBLISHED_DESC"));
    });
  });
});
