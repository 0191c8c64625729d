/**
 * Report output as sections of rows, rendered as terminal tables or Markdown from the same data, so the two
 * formats cannot drift apart.
 */
import Table from "cli-table3";

export interface Section {
  title: string;
  notes?: string[];
  headers: string[];
  rows: string[][];
}

/** Column widths that fit `width`: natural widths when they fit, else wide columns shrink first. */
function columnWidths(section: Section, width: number): number[] {
  const natural = section.headers.map((header, index) =>
    Math.max(
      ...[header, ...section.rows.map((row) => row[index] ?? "")].flatMap((cell) =>
        cell.split("\n").map((line) => line.length + 2),
      ),
    ),
  );
  const available = Math.max(width - (natural.length + 1), natural.length * 8);
  let widths = natural;
  while (widths.reduce((sum, w) => sum + w, 0) > available) {
    const widest = Math.max(...widths);
    if (widest <= 8) break;
    widths = widths.map((w) => (w === widest ? w - 1 : w));
  }
  return widths;
}

export function renderTables(sections: Section[], options: { width: number; color: boolean }): string {
  return sections
    .map((section) => {
      const table = new Table({
        head: section.headers,
        colWidths: columnWidths(section, options.width),
        wordWrap: true,
        style: options.color ? { head: ["cyan"], border: ["grey"] } : { head: [], border: [] },
      });
      table.push(...section.rows);
      const notes = section.notes?.length ? `${section.notes.join("\n")}\n` : "";
      return `${section.title}\n${notes}${section.rows.length ? table.toString() : "(none)"}\n`;
    })
    .join("\n");
}

const cell = (value: string) => value.replaceAll("|", "\\|").replaceAll("\n", " ");

export function renderMarkdown(sections: Section[]): string {
  return sections
    .map((section) => {
      const notes = section.notes?.length ? `${section.notes.join("\n\n")}\n\n` : "";
      if (!section.rows.length) return `## ${section.title}\n\n${notes}(none)\n`;
      const head = `| ${section.headers.map(cell).join(" | ")} |\n| ${section.headers.map(() => "---").join(" | ")} |`;
      const body = section.rows.map((row) => `| ${row.map(cell).join(" | ")} |`).join("\n");
      return `## ${section.title}\n\n${notes}${head}\n${body}\n`;
    })
    .join("\n");
}
