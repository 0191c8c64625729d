/**
 * Full-text search over article bodies and the words of statements, with PostgreSQL's English text search
 * (served by the GIN expression indexes of the `comparison` migration; the same SQL runs on PGlite).
 * Every hit carries the code-point offsets of its matched words in the article body, for highlighting.
 */
import type { PrismaClient } from "./generated/prisma/client.ts";
import { Prisma } from "./generated/prisma/client.ts";

export type SearchHitKind = "ARTICLE" | "STATEMENT";
export type SearchOrder = "RELEVANCE" | "PUBLISHED_ASC" | "PUBLISHED_DESC";

export interface SearchOptions {
  query: string;
  kinds?: SearchHitKind[] | undefined;
  eventId?: string | undefined;
  outletId?: string | undefined;
  /** Article hits that name this participant; statement hits that it said. */
  participantId?: string | undefined;
  /** Article hits that raise this topic; statement hits that touch it. */
  topicId?: string | undefined;
  publishedFrom?: Date | undefined;
  publishedTo?: Date | undefined;
  order?: SearchOrder | undefined;
  limit: number;
  offset: number;
}

export interface TextMatch {
  start: number;
  end: number;
  exact: string;
}

export interface SearchHit {
  kind: SearchHitKind;
  articleId: string;
  statementId: string | null;
  rank: number;
  /** The matched words, as offsets into the article body. */
  matches: TextMatch[];
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
}

// Control characters that never occur in stored text mark the matches in ts_headline's output.
const START = "\u0001";
const STOP = "\u0002";
const HEADLINE_OPTIONS = `HighlightAll=true, StartSel=${START}, StopSel=${STOP}`;

/** Reads the marked copy of `text` back into matches, offset by `base` code points. */
export function matchesFromHeadline(text: string, marked: string, base: number): TextMatch[] {
  const matches: TextMatch[] = [];
  let plain = "";
  let position = 0; // in code points of the plain text
  let open: number | null = null;
  for (const char of marked) {
    if (char === START) open = position;
    else if (char === STOP && open !== null) {
      matches.push({
        start: base + open,
        end: base + position,
        exact: Array.from(plain).slice(open).join(""),
      });
      open = null;
    } else {
      plain += char;
      position += 1;
    }
  }
  // ts_headline reproduces the text; should it ever not, offsets would be wrong, so give none.
  return plain === text ? matches : [];
}

export async function searchCorpus(prisma: PrismaClient, options: SearchOptions): Promise<SearchResult> {
  const kinds = options.kinds?.length ? options.kinds : (["ARTICLE", "STATEMENT"] as SearchHitKind[]);
  const articleConditions: Prisma.Sql[] = [];
  if (options.eventId) {
    articleConditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ArticleEvent" ae WHERE ae."articleId" = a.id AND ae."eventId" = ${options.eventId})`,
    );
  }
  if (options.outletId) articleConditions.push(Prisma.sql`a."outletId" = ${options.outletId}`);
  if (options.publishedFrom) articleConditions.push(Prisma.sql`a."publishedAt" >= ${options.publishedFrom}`);
  if (options.publishedTo) articleConditions.push(Prisma.sql`a."publishedAt" <= ${options.publishedTo}`);

  const articleOnly: Prisma.Sql[] = [];
  const statementOnly: Prisma.Sql[] = [];
  if (options.participantId) {
    articleOnly.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ArticleParticipant" ap WHERE ap."articleId" = a.id AND ap."participantId" = ${options.participantId})`,
    );
    statementOnly.push(Prisma.sql`s."speakerId" = ${options.participantId}`);
  }
  if (options.topicId) {
    articleOnly.push(Prisma.sql`(
      EXISTS (SELECT 1 FROM "TopicMention" tm WHERE tm."articleId" = a.id AND tm."topicId" = ${options.topicId})
      OR EXISTS (SELECT 1 FROM "Statement" s2 JOIN "StatementTopic" st ON st."statementId" = s2.id
                 WHERE s2."articleId" = a.id AND st."topicId" = ${options.topicId})
      OR EXISTS (SELECT 1 FROM "AgreementReport" ar JOIN "Agreement" ag ON ag.id = ar."agreementId"
                 WHERE ar."articleId" = a.id AND ag."topicId" = ${options.topicId}))`);
    statementOnly.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "StatementTopic" st WHERE st."statementId" = s.id AND st."topicId" = ${options.topicId})`,
    );
  }
  const where = (extra: Prisma.Sql[]) => {
    const all = [...articleConditions, ...extra];
    return all.length ? Prisma.sql`AND ${Prisma.join(all, " AND ")}` : Prisma.empty;
  };

  const parts: Prisma.Sql[] = [];
  if (kinds.includes("ARTICLE")) {
    parts.push(Prisma.sql`
      SELECT 'ARTICLE' AS kind, a.id AS "articleId", NULL::text AS "statementId", a."publishedSort" AS "publishedSort",
             ts_rank(a."searchVector", q.query) AS rank
      FROM "Article" a, q
      WHERE a."searchVector" @@ q.query ${where(articleOnly)}`);
  }
  if (kinds.includes("STATEMENT")) {
    parts.push(Prisma.sql`
      SELECT 'STATEMENT' AS kind, a.id AS "articleId", s.id AS "statementId", a."publishedSort" AS "publishedSort",
             ts_rank(to_tsvector('english', e."exact"), q.query) AS rank
      FROM "Statement" s
      JOIN "EvidenceSpan" e ON e.id = s."evidenceId"
      JOIN "Article" a ON a.id = s."articleId", q
      WHERE to_tsvector('english', e."exact") @@ q.query ${where(statementOnly)}`);
  }
  // By date as the article lists order (the latest moment a publication time may stand for, undated last).
  const order =
    options.order === "PUBLISHED_ASC"
      ? Prisma.sql`"publishedSort" ASC NULLS LAST, rank DESC`
      : options.order === "PUBLISHED_DESC"
        ? Prisma.sql`"publishedSort" DESC NULLS LAST, rank DESC`
        : Prisma.sql`rank DESC, "publishedSort" ASC NULLS LAST`;

  const rows = await prisma.$queryRaw<
    {
      kind: SearchHitKind;
      articleId: string;
      statementId: string | null;
      rank: number;
      text: string;
      base: number;
      marked: string;
      total: bigint | number;
    }[]
  >`
    WITH q AS (SELECT websearch_to_tsquery('english', ${options.query}) AS query),
    hits AS (${Prisma.join(parts, " UNION ALL ")}),
    page AS (
      SELECT *, count(*) OVER () AS total,
             row_number() OVER (ORDER BY ${order}, kind, "articleId", "statementId") AS position
      FROM hits
      ORDER BY ${order}, kind, "articleId", "statementId"
      LIMIT ${options.limit} OFFSET ${options.offset}
    )
    SELECT page.kind, page."articleId", page."statementId", page.rank::float8 AS rank, page.total,
           coalesce(e."exact", a."body") AS text, coalesce(e."start", 0)::int AS base,
           ts_headline('english', coalesce(e."exact", a."body"), q.query, ${HEADLINE_OPTIONS}) AS marked
    FROM page
    CROSS JOIN q
    JOIN "Article" a ON a.id = page."articleId"
    LEFT JOIN "Statement" s ON s.id = page."statementId"
    LEFT JOIN "EvidenceSpan" e ON e.id = s."evidenceId"
    ORDER BY page.position`;

  return {
    total: Number(rows[0]?.total ?? (options.offset > 0 ? await countHits(prisma, options) : 0)),
    hits: rows.map((row) => ({
      kind: row.kind,
      articleId: row.articleId,
      statementId: row.statementId,
      rank: Number(row.rank),
      matches: matchesFromHeadline(row.text, row.marked, Number(row.base)),
    })),
  };
}

/** The number of hits, for a page past the last one. */
async function countHits(prisma: PrismaClient, options: SearchOptions): Promise<number> {
  const { total } = await searchCorpus(prisma, { ...options, offset: 0, limit: 1 });
  return total;
}
