/**
 * Streams a kind of record (articles, agreements, statements, claims) of one event or of the whole corpus,
 * page by page, as NDJSON or CSV, with a progress line on standard error — or, as CSL-JSON, the articles
 * those records cite, for reference managers.
 *
 * Every exported fact carries what a footnote needs: the article's title, outlet, address and publication
 * date (with its precision), and the exact words with the body's words either side.
 */
import {
  type CitedArticle,
  EventReportQuery,
  eachAgreement,
  eachArticle,
  eachClaim,
  eachStatement,
  type Progress,
  type QuotedWords,
  type ReadoutClient,
} from "@readout/client";
import { stringify } from "csv-stringify/sync";
import { CliError, EXIT } from "../errors.ts";

export const EXPORT_KINDS = ["articles", "agreements", "statements", "claims"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_FORMATS = ["ndjson", "csv", "csl-json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  kind: ExportKind;
  format: ExportFormat;
  eventKey?: string | undefined;
  pageSize: number;
  write: (chunk: string) => Promise<void> | void;
  progress?: ((progress: Progress) => void) | undefined;
}

/** The fields of an article a citation uses (what CitedArticle and the articles export both hold). */
type Citable = Pick<
  CitedArticle,
  | "key"
  | "title"
  | "url"
  | "publishedAt"
  | "publishedPrecision"
  | "publishedText"
  | "language"
  | "genre"
  | "bylines"
  | "outlet"
  | "sourceDocument"
>;

/** A publication date written to the precision it is known to, e.g. "2023-06-18" or "2023-06-18 14:51 UTC". */
export function publishedLabel(at: string | null, precision: string, text: string | null = null): string {
  if (!at) {
    if (precision === "RELATIVE" && text) return `“${text}” (relative to an unknown time)`;
    return text ? `“${text}” (date unknown)` : "date unknown";
  }
  switch (precision) {
    case "YEAR":
      return at.slice(0, 4);
    case "MONTH":
      return at.slice(0, 7);
    case "DAY":
      return at.slice(0, 10);
    case "HOUR":
      return `${at.slice(0, 13).replace("T", " ")}h UTC`;
    default:
      return `${at.slice(0, 16).replace("T", " ")} UTC`;
  }
}

/** The address to cite: the article's own, else that of the page it was captured from. */
const addressOf = (article: Citable) => article.url ?? article.sourceDocument.url ?? null;

/** A footnote: bylines, “title”, outlet, date to its precision, address. */
export function citationText(article: Citable): string {
  const authors = article.bylines.map((byline) => byline.name).join(", ");
  const url = addressOf(article);
  return [
    authors || null,
    `“${article.title}”`,
    article.outlet.name,
    publishedLabel(article.publishedAt, article.publishedPrecision, article.publishedText),
    url,
  ]
    .filter(Boolean)
    .join(", ");
}

/** How many characters of context the API stores on each side of a span (see EvidenceSpan.prefix). */
const STORED_CONTEXT = 32;

/**
 * The words either side of a quote: the stored context, cut back to whole words (a context of the full
 * stored length may begin or end inside a word) and with its white space folded for a footnote.
 */
export function wordsAround(span: Pick<QuotedWords, "prefix" | "suffix">): { before: string; after: string } {
  const fold = (text: string) => text.replace(/\s+/gu, " ");
  let before = span.prefix;
  if (Array.from(before).length >= STORED_CONTEXT) before = before.replace(/^\S*\s+|^\S+$/u, "");
  let after = span.suffix;
  if (Array.from(after).length >= STORED_CONTEXT) after = after.replace(/\s+\S*$|^\S+$/u, "");
  return { before: fold(before).trimStart(), after: fold(after).trimEnd() };
}

type Column<R> = [header: string, value: (record: R) => string | number | null | undefined];

const columns = <R>(...list: Column<R>[]) => list;

/** The columns that cite a fact: its article, and its words with the context either side. */
const citationColumns = <R>(of: (record: R) => { article: Citable; evidence: QuotedWords }) =>
  columns<R>(
    ["outlet", (r) => of(r).article.outlet.name],
    ["article", (r) => of(r).article.key],
    ["article_title", (r) => of(r).article.title],
    ["url", (r) => of(r).article.url],
    ["page_url", (r) => of(r).article.sourceDocument.url],
    ["published_at", (r) => of(r).article.publishedAt],
    ["published_precision", (r) => of(r).article.publishedPrecision],
    ["published_text", (r) => of(r).article.publishedText],
    [
      "published",
      (r) =>
        publishedLabel(
          of(r).article.publishedAt,
          of(r).article.publishedPrecision,
          of(r).article.publishedText,
        ),
    ],
    ["start", (r) => of(r).evidence.start],
    ["end", (r) => of(r).evidence.end],
    ["context_before", (r) => wordsAround(of(r).evidence).before],
    ["words", (r) => of(r).evidence.exact],
    ["context_after", (r) => wordsAround(of(r).evidence).after],
    ["citation", (r) => citationText(of(r).article)],
  );

/** A fact as NDJSON: the API's record, plus its words in context and its footnote. */
const cited = <F extends { article: Citable; evidence: QuotedWords }>(fact: F) => ({
  ...fact,
  context: { ...wordsAround(fact.evidence), exact: fact.evidence.exact },
  citation: { id: fact.article.key, text: citationText(fact.article) },
});

/** CSL item types by outlet kind: news outlets publish newspaper-style articles, the rest web pages. */
const CSL_TYPE: Record<string, string> = {
  STATE_MEDIA: "article-newspaper",
  PUBLIC_BROADCASTER: "article-newspaper",
  PRIVATE: "article-newspaper",
  WIRE: "article-newspaper",
  GOVERNMENT: "webpage",
  THINK_TANK: "webpage",
  BLOG: "post-weblog",
};

/** CSL date parts to the precision known: none for a relative or unknown date. */
function cslDate(at: string | null, precision: string) {
  if (!at || precision === "RELATIVE" || precision === "UNKNOWN") return undefined;
  const [year, month, day] = at.slice(0, 10).split("-").map(Number) as [number, number, number];
  const parts = precision === "YEAR" ? [year] : precision === "MONTH" ? [year, month] : [year, month, day];
  return { "date-parts": [parts] };
}

/** One article as a CSL-JSON item (the format Zotero, Mendeley and citeproc import). */
export function cslItem(article: Citable) {
  const issued = cslDate(article.publishedAt, article.publishedPrecision);
  const accessed = cslDate(article.sourceDocument.capturedAt, "DAY");
  const url = addressOf(article);
  return {
    id: article.key,
    type: CSL_TYPE[article.outlet.kind] ?? "webpage",
    title: article.title,
    "container-title": article.outlet.name,
    ...(article.bylines.length
      ? { author: article.bylines.map((byline) => ({ literal: byline.name })) }
      : {}),
    ...(issued ? { issued } : {}),
    ...(accessed ? { accessed } : {}),
    ...(url ? { URL: url } : {}),
    language: article.language,
    ...(article.genre === "REPORT" ? {} : { genre: article.genre.toLowerCase() }),
    ...(!issued && article.publishedText
      ? { note: `Publication date not given; the page says “${article.publishedText}”.` }
      : {}),
  };
}

/** A kind of record: how to read it page by page, its CSV rows, its NDJSON form and the articles it cites. */
function source(client: ReadoutClient, options: ExportOptions, event: string | undefined) {
  const common = { pageSize: options.pageSize, onPage: options.progress };
  const filter = event ? { event } : undefined;
  switch (options.kind) {
    case "articles": {
      type Article = Citable & { body?: string | null | undefined };
      return {
        records: eachArticle(client, { ...common, withBody: true, filter }),
        columns: columns<Article>(
          ["key", (r) => r.key],
          ["title", (r) => r.title],
          ["outlet", (r) => r.outlet.name],
          ["outlet_country", (r) => r.outlet.country],
          ["outlet_kind", (r) => r.outlet.kind],
          ["published_at", (r) => r.publishedAt],
          ["published_precision", (r) => r.publishedPrecision],
          ["published_text", (r) => r.publishedText],
          ["published", (r) => publishedLabel(r.publishedAt, r.publishedPrecision, r.publishedText)],
          ["genre", (r) => r.genre],
          ["language", (r) => r.language],
          ["url", (r) => r.url],
          ["page_url", (r) => r.sourceDocument.url],
          ["bylines", (r) => r.bylines.map((byline) => byline.name).join("; ")],
          ["citation", (r) => citationText(r)],
          ["body", (r) => r.body],
        ),
        rows: (r: Article) => [r],
        ndjson: (r: Article) => ({ ...r, citation: { id: r.key, text: citationText(r) } }),
        cites: (r: Article): Citable[] => [r],
      };
    }
    case "agreements": {
      type Report = { strength: string; article: CitedArticle; evidence: QuotedWords };
      type Agreement = {
        key: string;
        summary: string;
        event: { key: string };
        statusHistory: { status: string; on: string }[];
        reports: { totalCount: number; edges: { node: Report }[] };
      };
      type Row = { agreement: Agreement; report: Report };
      return {
        records: eachAgreement(client, { ...common, filter }),
        // One row per report: each report is a fact of its own article, with its own citation.
        columns: [
          ...columns<Row>(
            ["key", (r) => r.agreement.key],
            ["summary", (r) => r.agreement.summary],
            ["event", (r) => r.agreement.event.key],
            [
              "status",
              (r) => r.agreement.statusHistory.map((change) => `${change.status} ${change.on}`).join("; "),
            ],
            ["strength", (r) => r.report.strength],
          ),
          ...citationColumns<Row>((r) => r.report),
        ],
        rows: (agreement: Agreement): Row[] =>
          agreement.reports.edges.map(({ node }) => ({ agreement, report: node })),
        ndjson: (agreement: Agreement) => ({
          ...agreement,
          reports: {
            ...agreement.reports,
            edges: agreement.reports.edges.map((edge) => ({ ...edge, node: cited(edge.node) })),
          },
        }),
        cites: (agreement: Agreement): Citable[] => agreement.reports.edges.map((edge) => edge.node.article),
      };
    }
    case "statements": {
      type Statement = {
        key: string;
        mode: string;
        attribution: string | null;
        channel: { kind: string; issuer: string | null } | null;
        speakerLabel: string | null;
        speaker: { name: string } | null;
        group: { key: string } | null;
        topics: { topic: { key: string } }[];
        article: CitedArticle;
        evidence: QuotedWords;
      };
      return {
        records: eachStatement(client, { ...common, filter }),
        columns: [
          ...columns<Statement>(
            ["key", (r) => r.key],
            ["speaker", (r) => r.speaker?.name ?? r.speakerLabel],
            ["mode", (r) => r.mode],
            ["according_to", (r) => r.attribution],
            ["channel", (r) => r.channel?.kind],
            ["channel_issuer", (r) => r.channel?.issuer],
            ["group", (r) => r.group?.key],
            ["topics", (r) => r.topics.map((topic) => topic.topic.key).join("; ")],
          ),
          ...citationColumns<Statement>((r) => r),
        ],
        rows: (r: Statement) => [r],
        ndjson: (r: Statement) => cited(r),
        cites: (r: Statement): Citable[] => [r.article],
      };
    }
    case "claims": {
      type Claim = {
        key: string;
        attribute: string;
        value: string;
        normalized: string | null;
        qualifier: string | null;
        minValue: number | null;
        maxValue: number | null;
        unit: string | null;
        scope: string | null;
        attribution: string | null;
        event: { key: string };
        article: CitedArticle;
        evidence: QuotedWords;
      };
      return {
        records: eachClaim(client, { ...common, filter }),
        columns: [
          ...columns<Claim>(
            ["key", (r) => r.key],
            ["event", (r) => r.event.key],
            ["attribute", (r) => r.attribute],
            ["value", (r) => r.value],
            ["normalized", (r) => r.normalized],
            ["qualifier", (r) => r.qualifier],
            ["min", (r) => r.minValue],
            ["max", (r) => r.maxValue],
            ["unit", (r) => r.unit],
            ["scope", (r) => r.scope],
            ["according_to", (r) => r.attribution],
          ),
          ...citationColumns<Claim>((r) => r),
        ],
        rows: (r: Claim) => [r],
        ndjson: (r: Claim) => cited(r),
        cites: (r: Claim): Citable[] => [r.article],
      };
    }
  }
}

async function eventId(client: ReadoutClient, key: string): Promise<string> {
  const { event } = await client.execute(EventReportQuery, { key });
  if (!event)
    throw new CliError(`No event has the key "${key}". List events with \`readout events\`.`, EXIT.NOT_FOUND);
  return event.id;
}

/**
 * Writes every record (NDJSON, CSV), or the articles they cite once each in the order first cited
 * (CSL-JSON, written when the last page is read); returns how many records were read.
 */
export async function exportRecords(client: ReadoutClient, options: ExportOptions): Promise<number> {
  const event = options.eventKey ? await eventId(client, options.eventKey) : undefined;
  const { records, columns, rows, ndjson, cites } = source(client, options, event) as unknown as {
    records: AsyncIterable<unknown>;
    columns: Column<unknown>[];
    rows: (record: unknown) => unknown[];
    ndjson: (record: unknown) => unknown;
    cites: (record: unknown) => Citable[];
  };
  if (options.format === "csv") await options.write(stringify([columns.map(([header]) => header)]));
  const items = new Map<string, ReturnType<typeof cslItem>>();
  let count = 0;
  for await (const record of records) {
    if (options.format === "ndjson") await options.write(`${JSON.stringify(ndjson(record))}\n`);
    else if (options.format === "csv") {
      const lines = rows(record).map((row) => columns.map(([, value]) => value(row) ?? null));
      if (lines.length) await options.write(stringify(lines));
    } else {
      for (const article of cites(record))
        if (!items.has(article.key)) items.set(article.key, cslItem(article));
    }
    count += 1;
  }
  if (options.format === "csl-json") await options.write(`${JSON.stringify([...items.values()], null, 2)}\n`);
  return count;
}
