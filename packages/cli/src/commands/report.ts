import { type EventReport, getEventReport, type ReadoutClient } from "@readout/client";
import { CliError, EXIT } from "../errors.ts";
import { renderMarkdown, renderTables, type Section } from "../sections.ts";
import { publishedLabel } from "./export.ts";

export type ReportFormat = "table" | "markdown" | "json";

const STRENGTH: Record<string, string> = {
  AGREED: "agreed",
  WILL_WORK_TO: "will work to",
  WILL_EXPLORE: "will explore",
  WELCOMED: "welcomed",
};

const when = (iso: string | null, precision: string) =>
  iso ? publishedLabel(iso, precision) : `unknown (${precision.toLowerCase()})`;

const interval = (min: number | null, max: number | null, unit: string | null) =>
  min === null ? "" : `${min === max ? min : `${min}–${max ?? "∞"}`}${unit ? ` ${unit}s` : ""}`;

/**
 * Quoted words, always in full: a report is cited from, and a cut quote cannot be. Words that open or
 * close with a quotation mark of their own are shown as they are, not wrapped in a second pair.
 */
const quote = (words: string) => (/^[“"‘'«]|[”"’'»]$/u.test(words) ? words : `“${words}”`);

/** The comparison of one event as report sections. */
export function reportSections(report: EventReport): Section[] {
  const outlets = report.coverage.outlets.map((entry) => entry.outlet);
  // Every article of the coverage, numbered once, so that each quote can name its source.
  const sources = report.coverage.outlets.flatMap((entry) =>
    entry.articles.map((article) => ({ ...article, outlet: entry.outlet.name })),
  );
  const sourceOf = (article: { key: string }) => {
    const index = sources.findIndex((source) => source.key === article.key);
    return index < 0 ? "" : `[${index + 1}]`;
  };
  const counts = (label: string, list: { value: string | null; outlets: number; articles: number }[]) =>
    `${label}: ${list.map((count) => `${count.value ?? "unknown"} ${count.outlets} outlet(s), ${count.articles} article(s)`).join("; ")}`;
  return [
    {
      title: `Coverage of ${report.title}`,
      notes: [
        `${report.coverage.articleCount} articles from ${report.coverage.outletCount} outlets; ${report.place ?? "place unknown"}, ${report.startsAt?.slice(0, 10) ?? "date unknown"}.`,
        counts("By kind", report.coverage.byKind),
        counts("By country", report.coverage.byCountry),
      ],
      headers: ["Outlet", "Country", "Kind", "State affiliation", "First published", "Articles"],
      rows: report.coverage.outlets.map((entry) => [
        entry.outlet.name,
        entry.outlet.country ?? "",
        entry.outlet.kind,
        entry.stateAffiliation ?? "",
        when(entry.firstPublishedAt, entry.firstPublishedPrecision),
        entry.articles.map((article) => `${article.title} (${article.genre.toLowerCase()})`).join("\n"),
      ]),
    },
    {
      title: "Agreements × outlets (wording strength; — not reported)",
      headers: ["Agreement", ...outlets.map((outlet) => outlet.name), "Strength differs"],
      rows: report.agreements.edges.map(({ node }) => {
        const byOutlet = new Map(node.comparison.outlets.map((row) => [row.outlet.id, row.strongest]));
        return [
          node.summary,
          ...outlets.map((outlet) => {
            const strongest = byOutlet.get(outlet.id);
            return strongest ? (STRENGTH[strongest] ?? strongest) : "—";
          }),
          node.comparison.strengthDiffers ? "yes" : "no",
        ];
      }),
    },
    ...report.discrepancies.map((discrepancy) => ({
      title: `Claims: ${discrepancy.attribute} — ${discrepancy.verdict.toLowerCase().replaceAll("_", " ")}`,
      notes: [
        discrepancy.explanation,
        ...discrepancy.scopes.map(
          (scope) => `scope ${scope.scope ?? "unstated"}: ${scope.verdict.toLowerCase()}`,
        ),
      ],
      headers: ["Outlet", "According to", "Words", "Source", "Reads as", "Scope"],
      rows: discrepancy.sides.flatMap((side) =>
        side.claims.map((claim) => [
          claim.article.outlet.name,
          claim.attribution ?? "",
          quote(claim.evidence.exact),
          sourceOf(claim.article),
          claim.minValue === null
            ? (side.value ?? claim.value)
            : interval(claim.minValue, claim.maxValue, claim.unit),
          claim.scope ?? "",
        ]),
      ),
    })),
    {
      title: "Key statements",
      notes: report.statementGroups.map(
        (group) =>
          `Carried by ${group.outletCount} outlets: ${group.summary} (${group.statements.map((s) => s.article.outlet.name).join(", ")})`,
      ),
      headers: ["Speaker", "Outlet", "Mode", "According to", "Words", "Source"],
      rows: report.statements.map((statement) => [
        statement.speaker?.name ?? statement.speakerLabel ?? "",
        statement.article.outlet.name,
        statement.mode.toLowerCase(),
        statement.attribution ?? "",
        quote(statement.evidence.exact),
        sourceOf(statement.article),
      ]),
    },
    {
      title: "Sources",
      headers: ["", "Outlet", "Title", "Published", "Address"],
      rows: sources.map((source, index) => [
        `[${index + 1}]`,
        source.outlet,
        source.title,
        publishedLabel(source.publishedAt, source.publishedPrecision, source.publishedText),
        // The article's own address, else that of the page it was captured from.
        source.url ?? source.sourceDocument.url ?? "",
      ]),
    },
  ];
}

export async function report(
  client: ReadoutClient,
  key: string,
  format: ReportFormat,
  terminal: { width: number; color: boolean } = { width: 120, color: false },
): Promise<string> {
  const result = await getEventReport(client, key);
  if (!result.ok)
    throw new CliError(`${result.message} List events with \`readout events\`.`, EXIT.NOT_FOUND);
  if (format === "json") return `${JSON.stringify(result.report, null, 2)}\n`;
  const sections = reportSections(result.report);
  return format === "markdown"
    ? `# ${result.report.title}\n\n${renderMarkdown(sections)}`
    : renderTables(sections, terminal);
}
