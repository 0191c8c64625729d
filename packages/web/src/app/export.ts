/**
 * Downloads the event on the page from the data already fetched: the whole report as JSON, or one row per
 * reported fact as CSV with what a footnote needs (outlet, headline, address, publication date, the words).
 */
import { label, publication } from "./labels.ts";
import type { ArticleRef, Dashboard, Omissions } from "./queries.ts";

const COLUMNS = ["kind", "fact", "outlet", "reading", "words", "article title", "article url", "published"];

/**
 * RFC 4180 quoting is the whole of what is needed here (every field quoted, quotes doubled), too little to
 * justify a CSV library in the browser bundle.
 */
export const csvField = (value: string) => `"${neutralised(value).replaceAll('"', '""')}"`;

/**
 * Words quoted from articles may begin with = + - @ (or a tab or return), which a spreadsheet would run as
 * a formula: such a cell gets a leading apostrophe, which spreadsheets show as text (OWASP's advice).
 */
const neutralised = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

function articleFields(article: ArticleRef) {
  return [article.title, article.url ?? article.sourceDocument.url ?? "", publication(article)];
}

export function csvRows({ event, statements }: Dashboard, omissions: Omissions | null): string[][] {
  const rows: string[][] = [];
  for (const { node: agreement } of event.agreements.edges)
    for (const outlet of agreement.comparison.outlets)
      for (const report of outlet.reports)
        rows.push([
          "agreement",
          agreement.summary,
          outlet.outlet.name,
          label("strength", report.strength),
          report.evidence.exact,
          ...articleFields(report.evidence.article),
        ]);
  for (const discrepancy of event.discrepancies)
    for (const side of discrepancy.sides)
      for (const claim of side.claims)
        rows.push([
          "claim",
          `${discrepancy.attribute}: ${label("verdict", discrepancy.verdict)}`,
          claim.article.outlet.name,
          `${claim.value}${claim.scope ? ` (${claim.scope})` : ""}${claim.attribution ? ` credited to ${claim.attribution}` : ""}`,
          claim.evidence.exact,
          ...articleFields(claim.article),
        ]);
  for (const statement of statements)
    rows.push([
      "statement",
      statement.speaker?.name ?? statement.speakerLabel ?? "unattributed",
      statement.article.outlet.name,
      [label("mode", statement.mode), statement.attribution ?? ""].filter(Boolean).join("; "),
      statement.evidence.exact,
      ...articleFields(statement.article),
    ]);
  if (omissions)
    for (const row of omissions.rows)
      row.cells.forEach((cell, index) => {
        if (cell.presence === "PRESENT") return;
        const column = omissions.columns[index];
        rows.push([
          `omission (${label("factKind", row.kind).toLowerCase()})`,
          row.label,
          column?.outlets.map((outlet) => outlet.name).join(", ") ?? "",
          label("presence", cell.presence),
          cell.evidence.map((span) => span.exact).join(" / "),
          "",
          "",
          "",
        ]);
      });
  return rows;
}

function download(name: string, type: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadCsv(dashboard: Dashboard, omissions: Omissions | null) {
  const lines = [COLUMNS, ...csvRows(dashboard, omissions)].map((row) => row.map(csvField).join(","));
  download(`${dashboard.event.key}.csv`, "text/csv", `${lines.join("\r\n")}\r\n`);
}

export function downloadJson(dashboard: Dashboard, omissions: Omissions | null) {
  const body = JSON.stringify({ ...dashboard, omissions }, null, 2);
  download(`${dashboard.event.key}.json`, "application/json", body);
}
