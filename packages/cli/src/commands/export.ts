/**
 * Streams a kind of record (articles, agreements, statements, claims) of one event or of the whole corpus,
 * page by page, as NDJSON or CSV, with a progress line on standard error.
 */
import {
  EventReportQuery,
  eachAgreement,
  eachArticle,
  eachClaim,
  eachStatement,
  type Progress,
  type ReadoutClient,
} from "@readout/client";
import { stringify } from "csv-stringify/sync";
import { CliError, EXIT } from "../errors.ts";

export const EXPORT_KINDS = ["articles", "agreements", "statements", "claims"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export type ExportFormat = "ndjson" | "csv";

export interface ExportOptions {
  kind: ExportKind;
  format: ExportFormat;
  eventKey?: string | undefined;
  pageSize: number;
  write: (chunk: string) => Promise<void> | void;
  progress?: ((progress: Progress) => void) | undefined;
}

type Column<R> = [header: string, value: (record: R) => string | number | null | undefined];

const columns = <R>(...list: Column<R>[]) => list;

const evidenceColumns = <R extends { evidence: { start: number; end: number; exact: string } }>() =>
  columns<R>(
    ["start", (r) => r.evidence.start],
    ["end", (r) => r.evidence.end],
    ["words", (r) => r.evidence.exact],
  );

/** A kind of record: how to read it page by page, and its CSV columns (NDJSON keeps every field). */
function source(client: ReadoutClient, options: ExportOptions, event: string | undefined) {
  const common = { pageSize: options.pageSize, onPage: options.progress };
  const filter = event ? { event } : undefined;
  switch (options.kind) {
    case "articles":
      return {
        records: eachArticle(client, { ...common, withBody: true, filter }),
        columns: columns<{
          key: string;
          title: string;
          url: string | null;
          publishedAt: string | null;
          publishedPrecision: string;
          publishedText: string | null;
          genre: string;
          language: string;
          outlet: { name: string; country: string | null; kind: string };
          bylines: { name: string }[];
          body?: string | undefined;
        }>(
          ["key", (r) => r.key],
          ["title", (r) => r.title],
          ["outlet", (r) => r.outlet.name],
          ["outlet_country", (r) => r.outlet.country],
          ["outlet_kind", (r) => r.outlet.kind],
          ["published_at", (r) => r.publishedAt],
          ["published_precision", (r) => r.publishedPrecision],
          ["published_text", (r) => r.publishedText],
          ["genre", (r) => r.genre],
          ["language", (r) => r.language],
          ["url", (r) => r.url],
          ["bylines", (r) => r.bylines.map((byline) => byline.name).join("; ")],
          ["body", (r) => r.body],
        ),
      };
    case "agreements":
      return {
        records: eachAgreement(client, { ...common, filter }),
        columns: columns<{
          key: string;
          summary: string;
          event: { key: string };
          statusHistory: { status: string; on: string }[];
          reports: {
            totalCount: number;
            edges: {
              node: { strength: string; article: { outlet: { name: string } }; evidence: { exact: string } };
            }[];
          };
        }>(
          ["key", (r) => r.key],
          ["summary", (r) => r.summary],
          ["event", (r) => r.event.key],
          ["status", (r) => r.statusHistory.map((change) => `${change.status} ${change.on}`).join("; ")],
          ["report_count", (r) => r.reports.totalCount],
          [
            "reports",
            (r) =>
              r.reports.edges
                .map(({ node }) => `${node.article.outlet.name} [${node.strength}]: ${node.evidence.exact}`)
                .join(" | "),
          ],
        ),
      };
    case "statements":
      return {
        records: eachStatement(client, { ...common, filter }),
        columns: [
          ...columns<{
            key: string;
            mode: string;
            attribution: string | null;
            speakerLabel: string | null;
            speaker: { name: string } | null;
            group: { key: string } | null;
            article: { key: string; outlet: { name: string } };
            topics: { topic: { key: string } }[];
            evidence: { start: number; end: number; exact: string };
          }>(
            ["key", (r) => r.key],
            ["speaker", (r) => r.speaker?.name ?? r.speakerLabel],
            ["mode", (r) => r.mode],
            ["according_to", (r) => r.attribution],
            ["outlet", (r) => r.article.outlet.name],
            ["article", (r) => r.article.key],
            ["group", (r) => r.group?.key],
            ["topics", (r) => r.topics.map((topic) => topic.topic.key).join("; ")],
          ),
          ...evidenceColumns(),
        ],
      };
    case "claims":
      return {
        records: eachClaim(client, { ...common, filter }),
        columns: [
          ...columns<{
            key: string;
            attribute: string;
            value: string;
            normalized: string | null;
            qualifier: string | null;
            minValue: number | null;
            maxValue: number | null;
            unit: string | null;
            scope: string | null;
            event: { key: string };
            article: { key: string; outlet: { name: string } };
            evidence: { start: number; end: number; exact: string };
          }>(
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
            ["outlet", (r) => r.article.outlet.name],
            ["article", (r) => r.article.key],
          ),
          ...evidenceColumns(),
        ],
      };
  }
}

async function eventId(client: ReadoutClient, key: string): Promise<string> {
  const { event } = await client.execute(EventReportQuery, { key });
  if (!event)
    throw new CliError(`No event has the key "${key}". List events with \`readout events\`.`, EXIT.NOT_FOUND);
  return event.id;
}

/** Writes every record; returns how many. */
export async function exportRecords(client: ReadoutClient, options: ExportOptions): Promise<number> {
  const event = options.eventKey ? await eventId(client, options.eventKey) : undefined;
  const { records, columns } = source(client, options, event) as {
    records: AsyncIterable<unknown>;
    columns: Column<unknown>[];
  };
  if (options.format === "csv") await options.write(stringify([columns.map(([header]) => header)]));
  let count = 0;
  for await (const record of records) {
    await options.write(
      options.format === "ndjson"
        ? `${JSON.stringify(record)}\n`
        : stringify([columns.map(([, value]) => value(record) ?? null)]),
    );
    count += 1;
  }
  return count;
}
