/**
 * Passage search: the sentences (or paragraphs) of articles that match a web-search query, ranked, with
 * offsets of exactly the words that satisfy it — a quoted phrase is highlighted as the phrase, not as every
 * occurrence of its words.
 *
 * PostgreSQL decides everything linguistic: which articles match (`websearch_to_tsquery` against the
 * indexed "searchVector"), how the query reads (its tsquery, printed), how every token of a body is
 * stemmed and numbered (`ts_debug`, which numbers words as `to_tsvector` does), and how well a passage ranks
 * (`ts_rank_cd`). This module only splits bodies into passages (Intl.Segmenter, ICU's sentence rules) and
 * evaluates the printed tsquery over the numbered tokens of each passage, which is what gives the offsets:
 * neither `ts_headline` (it highlights every query word) nor any npm package reports where a phrase matched.
 * Offsets are code points into the article body, as for evidence spans and `TextMatch`.
 */
import { Prisma, type PrismaClient } from "@readout/db";
import { GraphQLError } from "graphql";
import { builder } from "../builder.ts";
import { deadlineSignal } from "../http/deadline.ts";
import { DEFAULT_PAGE_SIZE } from "../page-size.ts";
import { Article } from "./article.ts";
import { OutletKindEnum } from "./enums.ts";
import { idOf, invalidInput } from "./filters.ts";

// ---------------------------------------------------------------------------------------------------------
// The query, as PostgreSQL prints a tsquery ('taiwan' <-> 'issu' & !'china' | 'beij').

export type QueryNode =
  | { kind: "term"; lexeme: string }
  | { kind: "not"; arg: QueryNode }
  | { kind: "and" | "or"; left: QueryNode; right: QueryNode }
  | { kind: "phrase"; distance: number; left: QueryNode; right: QueryNode };

/**
 * Reads PostgreSQL's text form of a tsquery. Precedence as in PostgreSQL: `!` binds tightest, then the
 * phrase operators `<->`/`<N>`, then `&`, then `|`. Weights and prefix marks (`:*`, `:AB`) are read and
 * ignored (web-search syntax produces neither). Returns null for an empty query (only stop words).
 */
export function parseTsquery(text: string): QueryNode | null {
  let at = 0;
  const skip = () => {
    while (text[at] === " ") at += 1;
  };
  const fail = (): never => {
    throw new Error(`Unreadable tsquery at ${at}: ${text}`);
  };
  const operand = (): QueryNode => {
    skip();
    if (text[at] === "!") {
      at += 1;
      return { kind: "not", arg: operand() };
    }
    if (text[at] === "(") {
      at += 1;
      const inner = or();
      skip();
      if (text[at] !== ")") fail();
      at += 1;
      return inner;
    }
    if (text[at] !== "'") fail();
    at += 1;
    let lexeme = "";
    for (;;) {
      const char = text[at];
      if (char === undefined) fail();
      if (char === "\\") {
        lexeme += text[at + 1] ?? "";
        at += 2;
      } else if (char === "'" && text[at + 1] === "'") {
        lexeme += "'";
        at += 2;
      } else if (char === "'") {
        at += 1;
        break;
      } else {
        lexeme += char;
        at += 1;
      }
    }
    const suffix = /^:[*A-Da-d]+/.exec(text.slice(at));
    if (suffix) at += suffix[0].length;
    return { kind: "term", lexeme };
  };
  const phrase = (): QueryNode => {
    let left = operand();
    for (;;) {
      skip();
      const match = /^<(-|\d+)>/.exec(text.slice(at));
      if (!match?.[1]) return left;
      at += match[0].length;
      const distance = match[1] === "-" ? 1 : Number(match[1]);
      left = { kind: "phrase", distance, left, right: operand() };
    }
  };
  const and = (): QueryNode => {
    let left = phrase();
    for (;;) {
      skip();
      if (text[at] !== "&") return left;
      at += 1;
      left = { kind: "and", left, right: phrase() };
    }
  };
  const or = (): QueryNode => {
    let left = and();
    for (;;) {
      skip();
      if (text[at] !== "|") return left;
      at += 1;
      left = { kind: "or", left, right: and() };
    }
  };
  if (!text.trim()) return null;
  const node = or();
  skip();
  if (at < text.length) fail();
  return node;
}

// ---------------------------------------------------------------------------------------------------------
// Tokens of a body, as PostgreSQL's parser reads them.

/** A token of the body: UTF-16 offsets, its word number (null for spaces and punctuation), its lexemes. */
export interface Token {
  start: number;
  end: number;
  position: number | null;
  lexemes: readonly string[];
}

/** A row of `ts_debug`: token type alias, token, whether a dictionary reads it, the lexemes. */
export type DebugRow = [alias: string, token: string, counted: boolean, lexemes: string[] | null];

/**
 * Token types that PostgreSQL's parser emits whole and then again as their parts: hyphenated words
 * (`hword_asciipart` …) and URLs (`host`, `url_path`). E-mail addresses and file paths come without parts
 * today; they are listed so that parts, should a parser emit them, are still read inside the whole.
 */
const COMPOUND = new Set(["asciihword", "hword", "numhword", "url", "email", "file"]);

/**
 * Places `ts_debug`'s tokens in the body. The parser emits a compound (a hyphenated word, a URL) whole and
 * then its parts (all numbered, as `to_tsvector` numbers them), so after a compound each token is looked
 * for inside it, and the first one that is not inside it is the first token after it.
 */
export function placeTokens(body: string, rows: readonly DebugRow[]): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  let position = 0;
  let compoundEnd = -1;
  for (const [alias, text, counted, lexemes] of rows) {
    if (counted) position += 1;
    if (!text) continue;
    let found = body.indexOf(text, cursor);
    if (compoundEnd >= 0 && (found < 0 || found + text.length > compoundEnd)) {
      // The compound's parts are over: this token follows it.
      cursor = Math.max(cursor, compoundEnd);
      compoundEnd = -1;
      found = body.indexOf(text, cursor);
    }
    if (found < 0) continue; // Not placeable (never seen); its number is still counted.
    const end = found + text.length;
    if (counted) tokens.push({ start: found, end, position, lexemes: lexemes ?? [] });
    if (COMPOUND.has(alias)) {
      compoundEnd = end;
      cursor = found; // Its parts follow, inside it.
    } else {
      cursor = end;
    }
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------------------
// Evaluation over the tokens of one passage.

interface Span {
  first: number; // word numbers
  last: number;
  start: number; // UTF-16 offsets
  end: number;
}

interface Outcome {
  ok: boolean;
  spans: Span[];
}

function spansOf(node: QueryNode, tokens: readonly Token[]): Span[] {
  switch (node.kind) {
    case "term":
      return tokens
        .filter((token) => token.position !== null && token.lexemes.includes(node.lexeme))
        .map((token) => ({
          first: token.position as number,
          last: token.position as number,
          start: token.start,
          end: token.end,
        }));
    case "phrase": {
      const lefts = spansOf(node.left, tokens);
      const rights = spansOf(node.right, tokens);
      const spans: Span[] = [];
      for (const left of lefts) {
        for (const right of rights) {
          if (right.last - left.last === node.distance) {
            spans.push({
              first: Math.min(left.first, right.first),
              last: right.last,
              start: Math.min(left.start, right.start),
              end: Math.max(left.end, right.end),
            });
          }
        }
      }
      return spans;
    }
    case "and":
    case "or":
      return [...spansOf(node.left, tokens), ...spansOf(node.right, tokens)];
    case "not":
      return [];
  }
}

/** Whether the tokens satisfy the query, and the spans of the words that do. */
export function evaluate(node: QueryNode, tokens: readonly Token[]): Outcome {
  switch (node.kind) {
    case "and": {
      const left = evaluate(node.left, tokens);
      const right = evaluate(node.right, tokens);
      return { ok: left.ok && right.ok, spans: [...left.spans, ...right.spans] };
    }
    case "or": {
      const left = evaluate(node.left, tokens);
      const right = evaluate(node.right, tokens);
      return { ok: left.ok || right.ok, spans: [...left.spans, ...right.spans] };
    }
    case "not":
      return { ok: !evaluate(node.arg, tokens).ok, spans: [] };
    default: {
      const spans = spansOf(node, tokens);
      return { ok: spans.length > 0, spans };
    }
  }
}

/** Spans in order, overlapping ones joined (a word of the query inside a matched phrase is the phrase). */
function joined(spans: readonly Span[]): { start: number; end: number }[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = out.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else out.push({ start: span.start, end: span.end });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Passages of a body.

export type PassageKind = "SENTENCE" | "PARAGRAPH";

interface Range {
  start: number;
  end: number;
}

const sentenceSegmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** The range without the white space at its ends. */
function trimmed(body: string, start: number, end: number): Range | null {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(body[from] ?? "")) from += 1;
  while (to > from && /\s/.test(body[to - 1] ?? "")) to -= 1;
  return from < to ? { start: from, end: to } : null;
}

/** Paragraphs (lines of the body) and, in each, its sentences. */
export function paragraphsOf(body: string): { paragraph: Range; sentences: Range[] }[] {
  const out: { paragraph: Range; sentences: Range[] }[] = [];
  for (const line of body.matchAll(/[^\n]+/g)) {
    const paragraph = trimmed(body, line.index, line.index + line[0].length);
    if (!paragraph) continue;
    const sentences: Range[] = [];
    let pending: Range | null = null;
    for (const segment of sentenceSegmenter.segment(body.slice(paragraph.start, paragraph.end))) {
      const range = trimmed(
        body,
        paragraph.start + segment.index,
        paragraph.start + segment.index + segment.segment.length,
      );
      if (!range) continue;
      const start: number = pending?.start ?? range.start;
      // ICU ends a sentence after any single word with a full stop ("Mr.", "Prof."): such a segment
      // starts the next sentence instead of standing alone.
      if (/^\S+\.$/u.test(body.slice(range.start, range.end))) {
        pending = { start, end: range.end };
        continue;
      }
      sentences.push({ start, end: range.end });
      pending = null;
    }
    if (pending) sentences.push(pending);
    out.push({ paragraph, sentences });
  }
  return out;
}

export interface FoundPassage {
  kind: PassageKind;
  start: number;
  end: number;
  /** Whether the passage satisfies the whole query by itself. */
  complete: boolean;
  highlights: { start: number; end: number }[];
}

/**
 * The passages of a body that match: each sentence that satisfies the query; a paragraph when only the
 * paragraph as a whole does (a phrase across a sentence end, the words of an AND in two sentences); and,
 * when no paragraph does (the words sit in different paragraphs), the paragraphs holding matched words,
 * marked incomplete. Offsets are UTF-16 here.
 */
export function findPassages(body: string, tokens: readonly Token[], query: QueryNode): FoundPassage[] {
  const within = (range: Range) =>
    tokens.filter((token) => token.start >= range.start && token.end <= range.end);
  const found: FoundPassage[] = [];
  const partial: FoundPassage[] = [];
  for (const { paragraph, sentences } of paragraphsOf(body)) {
    const paragraphTokens = within(paragraph);
    const whole = evaluate(query, paragraphTokens);
    if (!whole.ok) {
      if (whole.spans.length > 0) {
        partial.push({ kind: "PARAGRAPH", ...paragraph, complete: false, highlights: joined(whole.spans) });
      }
      continue;
    }
    let sentenceFound = false;
    for (const sentence of sentences) {
      const outcome = evaluate(query, within(sentence));
      if (!outcome.ok || outcome.spans.length === 0) continue;
      sentenceFound = true;
      found.push({ kind: "SENTENCE", ...sentence, complete: true, highlights: joined(outcome.spans) });
    }
    if (!sentenceFound && whole.spans.length > 0) {
      found.push({ kind: "PARAGRAPH", ...paragraph, complete: true, highlights: joined(whole.spans) });
    }
  }
  return found.length > 0 ? found : partial;
}

/** UTF-16 offsets of a body to code points (the same numbers unless it holds astral characters). */
function codePointOffsets(body: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(body)) return (offset) => offset;
  const map = new Int32Array(body.length + 1);
  let points = 0;
  for (let unit = 0; unit < body.length; unit += 1) {
    map[unit] = points;
    const code = body.charCodeAt(unit);
    if (!(code >= 0xd800 && code <= 0xdbff && unit + 1 < body.length)) points += 1;
  }
  map[body.length] = points;
  return (offset) => map[offset] ?? points;
}

// ---------------------------------------------------------------------------------------------------------
// Reading matches from the database.

export type PassageOrder = "RELEVANCE" | "PUBLISHED_ASC" | "PUBLISHED_DESC";

export interface PassageSearch {
  query: string;
  eventId?: string | undefined;
  outletId?: string | undefined;
  outletKinds?: readonly string[] | undefined;
  outletCountries?: readonly string[] | undefined;
  publishedFrom?: Date | undefined;
  publishedTo?: Date | undefined;
  order?: PassageOrder | undefined;
}

export interface Passage {
  articleId: string;
  kind: PassageKind;
  start: number;
  end: number;
  text: string;
  complete: boolean;
  highlights: { start: number; end: number; exact: string }[];
  rank: number;
  articleRank: number;
}

interface ArticleRow {
  id: string;
  rank: number;
  /** How many articles match in all; null unless asked for. */
  total: bigint | number | null;
  body: string;
  tsquery: string;
  tokens: DebugRow[] | string | null;
}

/**
 * Matching articles in order, `limit` of them from `offset`, each with its body's tokens; with `total`, each
 * also carries how many articles match in all (a page asks once, with its first batch).
 */
async function matchingArticles(
  prisma: PrismaClient,
  search: PassageSearch,
  offset: number,
  limit: number,
  total: boolean,
): Promise<ArticleRow[]> {
  const conditions: Prisma.Sql[] = [];
  if (search.eventId) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ArticleEvent" ae WHERE ae."articleId" = a.id AND ae."eventId" = ${search.eventId})`,
    );
  }
  if (search.outletId) conditions.push(Prisma.sql`a."outletId" = ${search.outletId}`);
  if (search.outletKinds?.length) {
    conditions.push(Prisma.sql`o.kind::text IN (${Prisma.join([...search.outletKinds])})`);
  }
  if (search.outletCountries?.length) {
    conditions.push(Prisma.sql`o.country IN (${Prisma.join([...search.outletCountries])})`);
  }
  if (search.publishedFrom) conditions.push(Prisma.sql`a."publishedAt" >= ${search.publishedFrom}`);
  if (search.publishedTo) conditions.push(Prisma.sql`a."publishedAt" <= ${search.publishedTo}`);
  const where = conditions.length ? Prisma.sql`AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  // By date as the article lists order (the latest moment a publication time may stand for, undated last).
  const order =
    search.order === "PUBLISHED_ASC"
      ? Prisma.sql`"publishedSort" ASC NULLS LAST, rank DESC, id`
      : search.order === "PUBLISHED_DESC"
        ? Prisma.sql`"publishedSort" DESC NULLS LAST, rank DESC, id`
        : Prisma.sql`rank DESC, "publishedSort" ASC NULLS LAST, id`;
  return prisma.$queryRaw<ArticleRow[]>`
    WITH q AS (SELECT websearch_to_tsquery('english', ${search.query}) AS query),
    hits AS (
      SELECT a.id, a."publishedSort", ts_rank_cd(a."searchVector", q.query) AS rank
      FROM "Article" a JOIN "Outlet" o ON o.id = a."outletId", q
      WHERE a."searchVector" @@ q.query ${where}
    ),
    page AS (
      SELECT *, ${total ? Prisma.sql`count(*) OVER ()` : Prisma.sql`NULL::bigint`} AS total, row_number() OVER (ORDER BY ${order}) AS position
      FROM hits ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}
    )
    SELECT page.id, round(page.rank::numeric, 4)::float8 AS rank, page.total, a.body, q.query::text AS tsquery,
           (SELECT json_agg(json_build_array(d.alias, d.token, cardinality(d.dictionaries) > 0, d.lexemes)
                            ORDER BY d.n)
            FROM ts_debug('english', a.body)
                 WITH ORDINALITY AS d(alias, description, token, dictionaries, dictionary, lexemes, n)) AS tokens
    FROM page JOIN "Article" a ON a.id = page.id CROSS JOIN q
    ORDER BY page.position`;
}

/** PostgreSQL's rank of each passage (`ts_rank_cd` of its own words), in the order given. */
async function passageRanks(
  prisma: PrismaClient,
  query: string,
  texts: readonly string[],
): Promise<number[]> {
  if (texts.length === 0) return [];
  const rows = await prisma.$queryRaw<{ n: number; rank: number }[]>`
    WITH q AS (SELECT websearch_to_tsquery('english', ${query}) AS query)
    SELECT p.n::int AS n, round(ts_rank_cd(to_tsvector('english', p.text), q.query)::numeric, 4)::float8 AS rank
    FROM (VALUES ${Prisma.join(texts.map((text, n) => Prisma.sql`(${n}, ${text})`))}) AS p(n, text), q`;
  const ranks = new Array<number>(texts.length).fill(0);
  for (const row of rows) ranks[Number(row.n)] = Number(row.rank);
  return ranks;
}

/** The passages of a batch of articles, each article's best first (ties in reading order); ranked in one statement. */
async function passagesOfArticles(
  prisma: PrismaClient,
  search: PassageSearch,
  rows: readonly ArticleRow[],
): Promise<Passage[][]> {
  const perArticle = rows.map((row) => {
    const query = parseTsquery(row.tsquery);
    if (!query) return [];
    const tokens = (typeof row.tokens === "string" ? JSON.parse(row.tokens) : row.tokens) as
      | DebugRow[]
      | null;
    return findPassages(row.body, placeTokens(row.body, tokens ?? []), query);
  });
  const texts = perArticle.flatMap((found, i) => {
    const body = (rows[i] as ArticleRow).body;
    return found.map((passage) => body.slice(passage.start, passage.end));
  });
  const ranks = await passageRanks(prisma, search.query, texts);
  let next = 0;
  return perArticle.map((found, i) => {
    const row = rows[i] as ArticleRow;
    const points = codePointOffsets(row.body);
    return found
      .map((passage) => ({
        articleId: row.id,
        kind: passage.kind,
        start: points(passage.start),
        end: points(passage.end),
        text: row.body.slice(passage.start, passage.end),
        complete: passage.complete,
        highlights: passage.highlights.map((span) => ({
          start: points(span.start),
          end: points(span.end),
          exact: row.body.slice(span.start, span.end),
        })),
        rank: ranks[next++] ?? 0,
        articleRank: Number(row.rank),
      }))
      .sort((a, b) => b.rank - a.rank || a.start - b.start);
  });
}

/**
 * Where a page starts: the article's place among the matches and the place, among its passages, of the
 * last one already given (-1: none of them, the page starts with that article).
 */
export interface PassageCursor {
  article: number;
  passage: number;
}

const CURSOR_PREFIX = "passage:";

export function encodePassageCursor(cursor: PassageCursor): string {
  return Buffer.from(`${CURSOR_PREFIX}${cursor.article}:${cursor.passage}`).toString("base64");
}

export function decodePassageCursor(text: string): PassageCursor | null {
  const decoded = Buffer.from(text, "base64").toString("utf8");
  const match = /^passage:(\d{1,9}):(-1|\d{1,9})$/.exec(decoded);
  return match ? { article: Number(match[1]), passage: Number(match[2]) } : null;
}

export interface PassagePage {
  edges: { cursor: string; node: Passage }[];
  hasNextPage: boolean;
  /** Where the next page starts: the last edge's cursor, or where the scan stopped when it hit its cap. */
  endCursor: string | null;
  articleCount: number;
}

/**
 * How many matching articles one page may read. An article can match without yielding a passage (a
 * quoted phrase across a paragraph break), so a page that found too few passages after this many articles
 * ends there, with a cursor to go on from, rather than reading the whole corpus in one request.
 */
export const MAX_ARTICLES_PER_PAGE = 200;

export interface SearchLimits {
  /** Aborts the search between batches (the request's deadline, or its client going away). */
  signal?: AbortSignal | undefined;
  maxArticles?: number | undefined;
}

/**
 * One page of passages after `after`: articles are read in order, a few at a time, from the one the cursor
 * names, until the page and one passage beyond it are found, the matches end, or the page has read
 * `maxArticles` articles. A page therefore costs what its articles cost, wherever it lies, and at most
 * `maxArticles` articles' worth.
 */
export async function searchPassages(
  prisma: PrismaClient,
  search: PassageSearch,
  first: number,
  after: PassageCursor | null,
  limits: SearchLimits = {},
): Promise<PassagePage> {
  const maxArticles = Math.max(limits.maxArticles ?? MAX_ARTICLES_PER_PAGE, 1);
  const edges: PassagePage["edges"] = [];
  let articleIndex = after?.article ?? 0;
  let skip = after ? after.passage + 1 : 0;
  let articleCount = 0;
  let read = 0;
  // A page reads as many articles as it wants passages, then more at a time while they yield too few.
  let batch = Math.min(Math.max(first + 1, 4), 20);
  const done = (hasNextPage: boolean, endCursor = edges.at(-1)?.cursor ?? null): PassagePage => ({
    edges,
    hasNextPage,
    endCursor,
    articleCount,
  });
  for (;;) {
    limits.signal?.throwIfAborted();
    const limit = Math.min(batch, maxArticles - read);
    const rows = await matchingArticles(prisma, search, articleIndex, limit, read === 0);
    if (read === 0) articleCount = Number(rows[0]?.total ?? 0);
    read += rows.length;
    limits.signal?.throwIfAborted();
    for (const passages of await passagesOfArticles(prisma, search, rows)) {
      for (let index = skip; index < passages.length; index += 1) {
        const node = passages[index] as Passage;
        if (edges.length === first) return done(true);
        edges.push({ cursor: encodePassageCursor({ article: articleIndex, passage: index }), node });
      }
      skip = 0;
      articleIndex += 1;
    }
    if (rows.length < limit) return done(false);
    // Every passage of the articles read so far is on this page: the next page starts after them.
    if (read >= maxArticles) return done(true, encodePassageCursor({ article: articleIndex, passage: -1 }));
    batch = Math.min(batch * 2, 20);
  }
}

/**
 * Whether a query asks for some word: PostgreSQL's `querytree` keeps the part of a tsquery that the index
 * can look up and gives 'T' when nothing is left ('-china', 'a OR -b'), that is when the query matches
 * articles by what they lack. Such a query matches nearly every article and can yield no passage, so it is
 * refused. A query of stop words only gives an empty tsquery ('') that matches nothing: it is answered,
 * with no passages, at no cost.
 */
async function asksForSomeWord(prisma: PrismaClient, query: string): Promise<boolean> {
  const [row] = await prisma.$queryRaw<{ tree: string }[]>`
    SELECT querytree(websearch_to_tsquery('english', ${query})) AS tree`;
  return row?.tree !== "T";
}

// ---------------------------------------------------------------------------------------------------------
// The GraphQL field.

const PassageKindEnum = builder.enumType("PassageKind", {
  description: "How much of an article a passage is.",
  values: {
    SENTENCE: { description: "A sentence that matches the query." },
    PARAGRAPH: {
      description:
        "A paragraph: the query matches it as a whole but none of its sentences alone, or (incomplete) it holds some of the matched words.",
    },
  },
});

const PassageOrderEnum = builder.enumType("PassageOrder", {
  description: "How to order passages: by article, then by passage rank within the article.",
  values: {
    RELEVANCE: { description: "Best matching article first." },
    PUBLISHED_ASC: { description: "Earliest article first; undated articles last." },
    PUBLISHED_DESC: { description: "Latest article first; undated articles last." },
  },
});

const PassageHighlight = builder.objectRef<Passage["highlights"][number]>("PassageHighlight").implement({
  description:
    "Words that satisfy the query (a quoted phrase as a whole), as code-point offsets into the article body.",
  fields: (t) => ({
    start: t.exposeInt("start", { description: "Offset of the first character in the article body." }),
    end: t.exposeInt("end", { description: "Offset just past the last character in the article body." }),
    exact: t.exposeString("exact", { description: "The words, exactly as in the body." }),
  }),
});

const PassageRef = builder.objectRef<Passage>("Passage").implement({
  description: "A sentence or paragraph of an article that matches a passage search.",
  fields: (t) => ({
    kind: t.field({ type: PassageKindEnum, description: "Sentence or paragraph.", resolve: (p) => p.kind }),
    start: t.exposeInt("start", {
      description: "Offset of the passage's first character in the article body (code points).",
    }),
    end: t.exposeInt("end", {
      description: "Offset just past the passage's last character in the article body.",
    }),
    text: t.exposeString("text", { description: "The passage, exactly as in the body." }),
    complete: t.exposeBoolean("complete", {
      description:
        "Whether the passage satisfies the whole query by itself; false when only the article as a whole does (the words sit in different paragraphs) and the passage holds some of them.",
    }),
    highlights: t.field({
      type: [PassageHighlight],
      description: "The matched words in the passage, offsets into the article body, in reading order.",
      resolve: (p) => p.highlights,
    }),
    rank: t.exposeFloat("rank", { description: "How well the passage itself matches (higher is better)." }),
    articleRank: t.exposeFloat("articleRank", { description: "How well its article matches." }),
    article: t.prismaField({
      type: Article,
      description: "The article the passage is from.",
      resolve: (query, p, _args, ctx) =>
        ctx.prisma.article.findUniqueOrThrow({ ...query, where: { id: p.articleId } }),
    }),
  }),
});

const PassageFilter = builder.inputType("PassageFilter", {
  description: "Narrows a passage search to some articles. All given conditions must hold.",
  fields: (t) => ({
    event: t.globalID({ description: "Articles covering this event." }),
    outlet: t.globalID({ description: "Published by this outlet." }),
    outletKinds: t.field({ type: [OutletKindEnum], description: "Published by outlets of these kinds." }),
    outletCountries: t.stringList({
      description: "Published by outlets of these countries (ISO 3166-1 alpha-2).",
    }),
    publishedFrom: t.field({ type: "DateTime", description: "Published at or after this time." }),
    publishedTo: t.field({ type: "DateTime", description: "Published at or before this time." }),
  }),
});

const MAX_QUERY_LENGTH = 500;

builder.queryField("passages", (t) =>
  t.connection(
    {
      type: PassageRef,
      description:
        'Passage search: sentences or paragraphs of articles that match a web-search query (English stemming; "quoted phrases", OR, -exclusions), with the matched words\' offsets. Articles best first (or by date), then their passages best first. Pages forward with first/after; one page reads at most 200 matching articles, so it may hold fewer passages than `first` (even none) with hasNextPage true, and endCursor then points past what was read. A query must ask for at least one word (exclusions alone are refused).',
      args: {
        query: t.arg.string({ required: true, description: "What to look for, in web-search syntax." }),
        filter: t.arg({ type: PassageFilter, description: "Only passages of articles that match." }),
        orderBy: t.arg({
          type: PassageOrderEnum,
          description: "The order of articles; RELEVANCE by default.",
        }),
      },
      resolve: async (_parent, args, ctx) => {
        const query = args.query.trim();
        if (!query) throw invalidInput("query must not be empty.", "query");
        if (query.length > MAX_QUERY_LENGTH) {
          throw invalidInput(`query must be at most ${MAX_QUERY_LENGTH} characters.`, "query");
        }
        if (args.last != null || args.before != null) {
          throw invalidInput(
            "passages pages forward only: use first and after.",
            args.last != null ? "last" : "before",
          );
        }
        const filter = args.filter;
        if (filter?.publishedFrom && filter.publishedTo && filter.publishedFrom > filter.publishedTo) {
          throw invalidInput("publishedFrom must not be later than publishedTo.", "publishedFrom");
        }
        const countries = filter?.outletCountries?.map((code) => code.trim().toUpperCase());
        for (const code of countries ?? []) {
          if (!/^[A-Z]{2}$/.test(code)) {
            throw invalidInput(`"${code}" is not an ISO 3166-1 alpha-2 country code.`, "outletCountries");
          }
        }
        const after = args.after == null ? null : decodePassageCursor(args.after);
        if (args.after != null && !after) {
          throw new GraphQLError(`Invalid cursor for passages: ${args.after}`, {
            extensions: { code: "INVALID_CURSOR", field: "after" },
          });
        }
        const search: PassageSearch = {
          query,
          eventId: idOf(filter?.event, "Event", "event"),
          outletId: idOf(filter?.outlet, "Outlet", "outlet"),
          outletKinds: filter?.outletKinds ?? undefined,
          outletCountries: countries,
          publishedFrom: filter?.publishedFrom ?? undefined,
          publishedTo: filter?.publishedTo ?? undefined,
          order: args.orderBy ?? undefined,
        };
        if (!(await asksForSomeWord(ctx.prisma, query))) {
          throw invalidInput(
            "query must ask for at least one word: exclusions (-word) only narrow what other words find.",
            "query",
          );
        }
        const first = args.first ?? DEFAULT_PAGE_SIZE;
        // Yoga puts the request on the context; its deadline stops the search between batches.
        const request = (ctx as { request?: Request }).request;
        const signal = request ? deadlineSignal(request) : undefined;
        const work = () => searchPassages(ctx.prisma, search, first, after, { signal });
        const page = await (ctx.corpusWide ? ctx.corpusWide(work) : work());
        return {
          edges: page.edges,
          pageInfo: {
            hasNextPage: page.hasNextPage,
            hasPreviousPage: after !== null,
            startCursor: page.edges[0]?.cursor ?? null,
            endCursor: page.endCursor,
          },
          articleCount: page.articleCount,
        };
      },
    },
    {
      fields: (t) => ({
        articleCount: t.int({
          description: "How many articles match the whole search (each gives one passage or more).",
          resolve: (connection) => (connection as { articleCount: number }).articleCount,
        }),
      }),
    },
  ),
);
