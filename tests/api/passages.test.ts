/**
 * Passage search and fuzzy participant lookup, on the seed (and a made-up article where the seed has no
 * case): phrases highlighted as phrases, offsets that index the body exactly, boolean queries, filters,
 * paging by cursor, refusals with stable codes; and names found by surname, misspelling and romanisation.
 */

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type DebugRow,
  findPassages,
  MAX_ARTICLES_PER_PAGE,
  parseTsquery,
  placeTokens,
  searchPassages,
} from "../../packages/api/src/schema/passages.ts";
import { createTestApi, type TestApi } from "../kit/api.ts";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api?.close());

interface PassageNode {
  kind: "SENTENCE" | "PARAGRAPH";
  start: number;
  end: number;
  text: string;
  complete: boolean;
  rank: number;
  articleRank: number;
  highlights: { start: number; end: number; exact: string }[];
  article: { id: string; body: string; outlet: { name: string; kind: string; country: string | null } };
}

interface PassagePage {
  articleCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: PassageNode }[];
}

const PASSAGES = `query Passages($query: String!, $first: Int, $after: String, $filter: PassageFilter, $orderBy: PassageOrder) {
  passages(query: $query, first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    articleCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        kind start end text complete rank articleRank
        highlights { start end exact }
        article { id body outlet { name kind country } }
      }
    }
  }
}`;

async function passages(variables: Record<string, unknown>): Promise<PassagePage> {
  const data = (await api.execute(PASSAGES, variables)).expectData() as { passages: PassagePage };
  return data.passages;
}

/** Every page of a search, by following endCursor. */
async function allPassages(variables: Record<string, unknown>, first: number): Promise<PassageNode[]> {
  const nodes: PassageNode[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    const result: PassagePage = await passages({ ...variables, first, after });
    nodes.push(...result.edges.map((edge) => edge.node));
    if (!result.pageInfo.hasNextPage) return nodes;
    after = result.pageInfo.endCursor;
  }
  throw new Error("more than 50 pages");
}

/** The body's characters from start to end, counted in code points as the API counts them. */
const codePoints = (body: string, start: number, end: number) => Array.from(body).slice(start, end).join("");

/** Offsets index the body: the passage and each highlight are exactly the body's characters there. */
function expectExactOffsets(node: PassageNode) {
  const body = node.article.body;
  expect(codePoints(body, node.start, node.end)).toBe(node.text);
  for (const highlight of node.highlights) {
    expect(codePoints(body, highlight.start, highlight.end)).toBe(highlight.exact);
    expect(highlight.start).toBeGreaterThanOrEqual(node.start);
    expect(highlight.end).toBeLessThanOrEqual(node.end);
  }
}

describe("passage search", () => {
  it("highlights a quoted phrase as the phrase, not each of its words, at offsets that index the body", async () => {
    const nodes = await allPassages({ query: '"Taiwan issue"' }, 10);
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    let otherTaiwan = 0;
    for (const node of nodes) {
      expect(node.complete).toBe(true);
      expect(node.kind).toBe("SENTENCE");
      // The seed's bodies hold no character beyond the BMP: code points and body.slice agree there.
      expect(node.article.body.slice(node.start, node.end)).toBe(node.text);
      for (const highlight of node.highlights) {
        expect(node.article.body.slice(highlight.start, highlight.end)).toBe(highlight.exact);
      }
      expectExactOffsets(node);
      expect(node.highlights.map((h) => h.exact.toLowerCase())).toEqual(
        node.highlights.map(() => "taiwan issue"),
      );
      // A "Taiwan" outside the phrase, in the same passage, stays unmarked.
      const unmarked = [...node.text.matchAll(/Taiwan/g)].filter(
        (match) => !node.highlights.some((h) => h.start === node.start + match.index),
      );
      otherTaiwan += unmarked.length;
    }
    expect(otherTaiwan).toBeGreaterThan(0);
  });

  it("answers AND, OR and exclusions in web-search syntax, each passage satisfying the query itself", async () => {
    const both = await allPassages({ query: "Blinken candid" }, 20);
    const complete = both.filter((node) => node.complete);
    expect(complete.length).toBeGreaterThan(0);
    for (const node of complete) {
      expect(node.text).toMatch(/Blinken/);
      expect(node.text).toMatch(/candid/i);
      expectExactOffsets(node);
    }

    const either = await allPassages({ query: '"prominent risk" OR "six-hour"' }, 20);
    expect(either.length).toBeGreaterThanOrEqual(2);
    for (const node of either) {
      expect(node.highlights.length).toBeGreaterThan(0);
      for (const h of node.highlights) expect(h.exact.toLowerCase()).toMatch(/^(prominent risk|six-hour)$/);
    }

    const qin = await allPassages({ query: "Qin" }, 100);
    const excluded = await allPassages({ query: 'Qin -"Taiwan issue"' }, 100);
    expect(excluded.length).toBeGreaterThan(0);
    expect(excluded.length).toBeLessThan(qin.length);
    for (const node of excluded) expect(node.article.body).not.toMatch(/Taiwan issue/i);
  });

  it("ranks articles best first, then each article's passages best first", async () => {
    const nodes = await allPassages({ query: "Qin OR Blinken OR talks" }, 100);
    for (let i = 1; i < nodes.length; i += 1) {
      const [before, after] = [nodes[i - 1] as PassageNode, nodes[i] as PassageNode];
      if (before.article.id === after.article.id) expect(after.rank).toBeLessThanOrEqual(before.rank);
      else expect(after.articleRank).toBeLessThanOrEqual(before.articleRank);
    }
    // An article's passages come together.
    const order = nodes.map((node) => node.article.id).filter((id, i, all) => id !== all[i - 1]);
    expect(new Set(order).size).toBe(order.length);
  });

  it("filters by outlet kind, country, outlet, event and publication range", async () => {
    const everything = await allPassages({ query: "Qin" }, 100);
    expect(new Set(everything.map((n) => n.article.outlet.name)).size).toBeGreaterThan(1);

    const broadcasters = await allPassages(
      { query: "Qin", filter: { outletKinds: ["PUBLIC_BROADCASTER"] } },
      100,
    );
    expect(broadcasters.length).toBeGreaterThan(0);
    expect(broadcasters.length).toBeLessThan(everything.length);
    for (const node of broadcasters) expect(node.article.outlet.kind).toBe("PUBLIC_BROADCASTER");

    const country = everything[0]?.article.outlet.country as string;
    const fromCountry = await allPassages(
      { query: "Qin", filter: { outletCountries: [country.toLowerCase()] } },
      100,
    );
    expect(fromCountry.length).toBeGreaterThan(0);
    for (const node of fromCountry) expect(node.article.outlet.country).toBe(country);

    const data = (
      await api.execute(
        `{ outlets(first: 20) { edges { node { id name } } } events(first: 5) { edges { node { id } } } }`,
      )
    ).expectData() as {
      outlets: { edges: { node: { id: string; name: string } }[] };
      events: { edges: { node: { id: string } }[] };
    };
    const bbc = data.outlets.edges.find((edge) => edge.node.name === "BBC News")?.node;
    expect(bbc).toBeDefined();
    const fromBbc = await allPassages({ query: "Qin", filter: { outlet: bbc?.id } }, 100);
    expect(fromBbc.length).toBeGreaterThan(0);
    for (const node of fromBbc) expect(node.article.outlet.name).toBe("BBC News");

    const eventId = data.events.edges[0]?.node.id;
    const ofEvent = await allPassages({ query: "Qin", filter: { event: eventId } }, 100);
    expect(ofEvent.length).toBeGreaterThan(0);

    const before = await passages({ query: "Qin", filter: { publishedTo: "2000-01-01T00:00:00Z" } });
    expect(before.edges).toEqual([]);
    expect(before.articleCount).toBe(0);
    const after = await allPassages({ query: "Qin", filter: { publishedFrom: "2023-06-01T00:00:00Z" } }, 100);
    expect(after.length).toBeGreaterThan(0);
  });

  it("pages by cursor: pages of one add up to the whole list, in order, without repeats", async () => {
    const whole = (await passages({ query: "Qin", first: 100 })).edges.map((edge) => edge.node);
    expect(whole.length).toBeGreaterThan(3);
    const paged = await allPassages({ query: "Qin" }, 1);
    expect(paged.map((n) => [n.article.id, n.start])).toEqual(whole.map((n) => [n.article.id, n.start]));
    const first = await passages({ query: "Qin", first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.articleCount).toBeGreaterThan(1);
  });

  it("refuses bad input with stable codes", async () => {
    const code = async (query: string, variables?: Record<string, unknown>) =>
      (await api.execute(query, variables)).errors?.[0]?.extensions?.code;
    expect(await code(`{ passages(query: "  ") { edges { cursor } } }`)).toBe("INVALID_INPUT");
    expect(await code(`{ passages(query: "Qin", last: 2) { edges { cursor } } }`)).toBe("INVALID_INPUT");
    expect(await code(`{ passages(query: "Qin", after: "bm9wZQ==") { edges { cursor } } }`)).toBe(
      "INVALID_CURSOR",
    );
    expect(await code(`{ passages(query: "Qin", first: 101) { edges { cursor } } }`)).toBe(
      "PAGE_SIZE_OUT_OF_RANGE",
    );
    expect(
      await code(`{ passages(query: "Qin", filter: { outletCountries: ["Britain"] }) { edges { cursor } } }`),
    ).toBe("INVALID_INPUT");
    // A query that asks for no word (only exclusions) would match nearly every article: refused, saying why.
    for (const query of ["-china", "Qin OR -Taiwan", '-"Taiwan issue"', "the -Qin"]) {
      const result = await api.execute(PASSAGES, { query });
      expect(result.errors?.[0]?.extensions?.code).toBe("INVALID_INPUT");
      expect(result.errors?.[0]?.message).toMatch(/at least one word/);
    }
    // Stop words only match nothing, cheaply: answered with no passages.
    const stopWordsOnly = await passages({ query: "the and of" });
    expect(stopWordsOnly.edges).toEqual([]);
    expect(stopWordsOnly.articleCount).toBe(0);
    // An exclusion beside a word is a search.
    expect((await passages({ query: "Qin -Taiwan" })).edges.length).toBeGreaterThan(0);
  });

  it("reads at most a bounded number of articles per page when many match without a passage", async () => {
    const seedArticle = await api.db.prisma.article.findFirstOrThrow({ orderBy: { key: "asc" } });
    // The phrase runs across a paragraph break: each article matches it, no passage of it does.
    const barren = MAX_ARTICLES_PER_PAGE + 30;
    const article = (n: number, body: string) => ({
      key: `passages-test-cap-${String(n).padStart(4, "0")}`,
      outletId: seedArticle.outletId,
      sourceDocumentId: seedArticle.sourceDocumentId,
      sourceStart: 0,
      sourceEnd: body.length,
      title: "Cap test",
      body,
      genre: "REPORT" as const,
      publishedPrecision: "DAY" as const,
      publishedAt: new Date(Date.UTC(2001, 0, 1, 0, n)),
    });
    await api.db.prisma.article.createMany({
      data: [
        ...Array.from({ length: barren }, (_, n) =>
          article(n, `Delegates spoke of the quokka\nSummit halls were full on day ${n}.`),
        ),
        article(barren, "At the end came the quokka summit itself."),
      ],
    });
    const statements: string[] = [];
    const stop = api.db.onQuery((event) => statements.push(event.query));
    try {
      const variables = { query: '"quokka summit"', orderBy: "PUBLISHED_ASC", first: 5 };
      const firstPage = await passages(variables);
      expect(firstPage.edges).toEqual([]);
      expect(firstPage.pageInfo.hasNextPage).toBe(true);
      // It goes on from the first article it did not read.
      const resume = Buffer.from(firstPage.pageInfo.endCursor ?? "", "base64").toString("utf8");
      expect(resume).toBe(`passage:${MAX_ARTICLES_PER_PAGE}:-1`);
      expect(firstPage.articleCount).toBe(barren + 1);
      const reads = statements.filter((sql) => sql.includes("ts_debug"));
      expect(reads.length).toBeGreaterThan(1);
      // Batches grow while they yield nothing.
      expect(reads.length).toBeLessThanOrEqual(Math.ceil(MAX_ARTICLES_PER_PAGE / 20) + 2);
      // The total is counted once a page, with its first batch.
      expect(statements.filter((sql) => sql.includes("count(*) OVER")).length).toBe(1);

      const second = await passages({ ...variables, after: firstPage.pageInfo.endCursor });
      expect(second.pageInfo.hasNextPage).toBe(false);
      expect(second.edges.map((edge) => edge.node.text)).toEqual([
        "At the end came the quokka summit itself.",
      ]);
      expect(second.edges[0]?.node.highlights.map((h) => h.exact)).toEqual(["quokka summit"]);
      expect(second.articleCount).toBe(barren + 1);
    } finally {
      stop();
      await api.db.prisma.article.deleteMany({ where: { key: { startsWith: "passages-test-cap-" } } });
    }
  });

  it("stops a search between batches once its request's deadline has passed", async () => {
    const controller = new AbortController();
    controller.abort(new Error("deadline passed"));
    await expect(
      searchPassages(api.db.prisma, { query: "Qin" }, 5, null, { signal: controller.signal }),
    ).rejects.toThrow("deadline passed");
  });

  it("runs a request's searches one after another, as corpus-wide work", async () => {
    const statements: string[] = [];
    const stop = api.db.onQuery((event) => statements.push(event.query));
    try {
      await api.execute(`{
        a: passages(query: "Qin", first: 3) { edges { cursor } }
        b: passages(query: "Qin", first: 3, orderBy: PUBLISHED_DESC) { edges { cursor } }
      }`);
    } finally {
      stop();
    }
    const kinds = statements
      .filter((sql) => sql.includes("websearch_to_tsquery") && !sql.includes("querytree"))
      .map((sql) => (sql.includes("DESC NULLS LAST") ? "b" : sql.includes("ts_debug") ? "a" : "rank"));
    // The first search reads its articles and ranks their passages before the second one starts.
    const firstB = kinds.indexOf("b");
    expect(kinds[0]).toBe("a");
    expect(firstB).toBeGreaterThan(1);
    expect(kinds.slice(1, firstB).every((kind) => kind === "rank")).toBe(true);
    expect(kinds.lastIndexOf("a")).toBe(0);
  });

  it("counts offsets in code points, beyond the Basic Multilingual Plane too", async () => {
    const seedArticle = await api.db.prisma.article.findFirstOrThrow({ orderBy: { key: "asc" } });
    const body =
      "Opening line 🌏 with an emoji.\n\nThe 🇺🇸 envoy met the 🇨🇳 minister. They discussed the zanzibar accord at length.\nA second paragraph on the zanzibar accord 😀.";
    await api.db.prisma.article.create({
      data: {
        key: "passages-test-astral",
        outletId: seedArticle.outletId,
        sourceDocumentId: seedArticle.sourceDocumentId,
        sourceStart: 0,
        sourceEnd: Array.from(body).length,
        title: "Astral test",
        body,
        genre: "REPORT",
        publishedPrecision: "DAY",
      },
    });
    try {
      const nodes = await allPassages({ query: '"zanzibar accord"' }, 10);
      expect(nodes).toHaveLength(2);
      for (const node of nodes) {
        expect(node.article.body).toBe(body);
        expectExactOffsets(node);
        expect(node.highlights.map((h) => h.exact)).toEqual(["zanzibar accord"]);
      }
      expect(nodes.map((n) => n.text).sort()).toEqual([
        "A second paragraph on the zanzibar accord 😀.",
        "They discussed the zanzibar accord at length.",
      ]);
    } finally {
      await api.db.prisma.article.delete({ where: { key: "passages-test-astral" } });
    }
  });
});

describe("passages agree with PostgreSQL", () => {
  const words = [
    "Taiwan",
    "issue",
    "the",
    "in-depth",
    "talks",
    "China's",
    "U.S.",
    "candid",
    "Mr.",
    "5.5",
    "café",
    // Compounds, which the parser gives whole and then in parts: hyphenated words, URLs, e-mail addresses.
    "six-hour",
    "state-run",
    "https://www.state.gov/taiwan-issue/talks",
    "example.com/candid?talks=1",
    "press@state.gov",
    "/usr/share/talks.txt",
  ];
  const separators = [" ", " ", " ", ", ", ". ", ".\n", "\n\n", " — ", "-"];
  const text = fc
    .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), {
      minLength: 3,
      maxLength: 30,
    })
    .map((parts) => parts.map(([word, separator]) => word + separator).join(""));
  const query = fc.oneof(
    fc.constantFrom(...words),
    fc.tuple(fc.constantFrom(...words), fc.constantFrom(...words)).map(([a, b]) => `"${a} ${b}"`),
    fc.tuple(fc.constantFrom(...words), fc.constantFrom(...words)).map(([a, b]) => `${a} OR ${b}`),
    fc.tuple(fc.constantFrom(...words), fc.constantFrom(...words)).map(([a, b]) => `${a} -${b}`),
    fc.tuple(fc.constantFrom(...words), fc.constantFrom(...words)).map(([a, b]) => `${a} ${b}`),
  );

  it("a passage is complete exactly when PostgreSQL says its words match the query", async () => {
    let runs = 0;
    let withPassages = 0;
    await fc.assert(
      fc.asyncProperty(text, query, async (body, search) => {
        runs += 1;
        const [row] = await api.db.prisma.$queryRaw<{ tsquery: string; tokens: DebugRow[] }[]>`
          SELECT websearch_to_tsquery('english', ${search})::text AS tsquery,
                 (SELECT json_agg(json_build_array(d.alias, d.token, cardinality(d.dictionaries) > 0, d.lexemes)
                                  ORDER BY d.n)
                  FROM ts_debug('english', ${body}::text)
                       WITH ORDINALITY AS d(alias, description, token, dictionaries, dictionary, lexemes, n)) AS tokens`;
        const parsed = parseTsquery(row?.tsquery ?? "");
        if (!parsed) return;
        const rows = row?.tokens ?? [];
        const tokens = placeTokens(body, rows);
        // Every word PostgreSQL numbers is placed, in reading order (a compound's parts inside it).
        expect(tokens).toHaveLength(rows.filter(([, , counted]) => counted).length);
        for (const [i, token] of tokens.entries()) {
          expect(token.end).toBeLessThanOrEqual(body.length);
          expect(token.start).toBeGreaterThanOrEqual(tokens[i - 1]?.start ?? 0);
        }
        const found = findPassages(body, tokens, parsed);
        if (found.length === 0) return;
        withPassages += 1;
        const verdicts = await api.db.prisma.$queryRaw<{ hit: boolean }[]>`
          SELECT to_tsvector('english', t) @@ websearch_to_tsquery('english', ${search}) AS hit
          FROM unnest(${found.map((p) => body.slice(p.start, p.end))}::text[]) WITH ORDINALITY AS u(t, n)
          ORDER BY n`;
        expect(verdicts.map((v) => v.hit)).toEqual(found.map((p) => p.complete));
        for (const passage of found) {
          for (const h of passage.highlights) {
            expect(h.start).toBeGreaterThanOrEqual(passage.start);
            expect(h.end).toBeLessThanOrEqual(passage.end);
          }
        }
      }),
      { numRuns: 60, seed: 11 },
    );
    // The property held on bodies where passages were found, not only on bodies where none were.
    expect(withPassages).toBeGreaterThanOrEqual(runs * 0.3);
  });

  it("places the words after a URL or an e-mail address where they are", async () => {
    // The URL's host, a part of it, comes again later in the body: it is read inside the URL all the same.
    const body =
      "See https://www.state.gov/talks, write to press@state.gov on the Taiwan issue, www.state.gov said.\nTaiwan talks.";
    const nodes = findPassages(
      body,
      placeTokens(
        body,
        (
          await api.db.prisma.$queryRaw<{ tokens: DebugRow[] }[]>`
            SELECT json_agg(json_build_array(d.alias, d.token, cardinality(d.dictionaries) > 0, d.lexemes)
                            ORDER BY d.n) AS tokens
            FROM ts_debug('english', ${body}::text)
                 WITH ORDINALITY AS d(alias, description, token, dictionaries, dictionary, lexemes, n)`
        )[0]?.tokens ?? [],
      ),
      parseTsquery("'taiwan' <-> 'issu'") as NonNullable<ReturnType<typeof parseTsquery>>,
    );
    expect(nodes).toHaveLength(1);
    const highlights = nodes[0]?.highlights.map((h) => body.slice(h.start, h.end));
    expect(highlights).toEqual(["Taiwan issue"]);
    expect(nodes[0]?.highlights[0]?.start).toBe(body.indexOf("Taiwan issue"));
  });
});

describe("fuzzy participant lookup", () => {
  interface Match {
    score: number;
    how: string;
    matchedName: string;
    participant: { name: string };
  }
  const lookup = async (name: string, first = 5): Promise<Match[]> => {
    const data = (
      await api.execute(
        `query Lookup($name: String!, $first: Int) {
          participantMatches(name: $name, first: $first) {
            edges { node { score how matchedName participant { name } } }
          }
        }`,
        { name, first },
      )
    ).expectData() as { participantMatches: { edges: { node: Match }[] } };
    return data.participantMatches.edges.map((edge) => edge.node);
  };

  it.each([
    ["Qin Gang", "Qin Gang", "EXACT"],
    ["qin  GANG", "Qin Gang", "EXACT"],
    ["Hsieh", "ST Hsieh", "WORD"],
    ["Gang", "Qin Gang", "WORD"],
    ["Antony Blinkin", "Antony Blinken", "SIMILAR"],
    ["Chin Kang", "Qin Gang", "ROMANIZATION"],
    ["Ch'in Kang", "Qin Gang", "ROMANIZATION"],
  ])("%s finds %s first (%s)", async (name, expected, how) => {
    const [best, next] = await lookup(name);
    expect(best?.participant.name).toBe(expected);
    expect(best?.how).toBe(how);
    expect(best?.score).toBeGreaterThan(0.5);
    if (how === "EXACT") expect(best?.score).toBe(1);
    else expect(best?.score).toBeLessThan(1);
    if (next) expect(next.score).toBeLessThanOrEqual(best?.score ?? 0);
  });

  it("pages by cursor, best first", async () => {
    const both = await lookup("Qin", 2);
    expect(both).toHaveLength(2);
    const page = (
      await api.execute(`{ participantMatches(name: "Qin", first: 1) { pageInfo { endCursor } } }`)
    ).expectData() as { participantMatches: { pageInfo: { endCursor: string } } };
    const next = (
      await api.execute(
        `query Next($after: String) { participantMatches(name: "Qin", first: 1, after: $after) { edges { node { score participant { name } } } } }`,
        { after: page.participantMatches.pageInfo.endCursor },
      )
    ).expectData() as { participantMatches: { edges: { node: Match }[] } };
    expect(next.participantMatches.edges.map((edge) => edge.node.participant.name)).toEqual([
      both[1]?.participant.name,
    ]);
    expect(both[1]?.score).toBeLessThanOrEqual(both[0]?.score ?? 0);
  });

  it("finds nothing for a name like none, and refuses an empty one", async () => {
    expect(await lookup("Zyxwvut Qqqq")).toEqual([]);
    const result = await api.execute(`{ participantMatches(name: " - ") { edges { cursor } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("INVALID_INPUT");
    const tooMany = await api.execute(`{ participantMatches(name: "Qin", first: 500) { edges { cursor } } }`);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("PAGE_SIZE_OUT_OF_RANGE");
  });
});
