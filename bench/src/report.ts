/** The ratio table, the absolute numbers, and the section of bench/RESULTS.md for one corpus size. */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BENCH_DIR, CONTENDER_LABELS, type ContenderKey, REPO_DIR } from "./contenders.ts";
import type { Sample } from "./measure.ts";
import { QUERIES, type QueryId } from "./queries.ts";

export interface Cell {
  sample: Sample | null;
  /** Why there is no sample, or what is wrong with it (a mismatch with the reference answer). */
  note?: string;
}

export interface WriteResult {
  what: string;
  perSecond: number;
  detail: string;
}

export interface RunResult {
  size: string;
  articles: number;
  generationSeconds: Record<string, number | null>;
  startupSeconds: Partial<Record<ContenderKey, number>>;
  contenders: ContenderKey[];
  queries: QueryId[];
  cells: Record<string, Cell>;
  writes: WriteResult[];
  notes: string[];
  settings: { rounds: number; duration: number; connections: number };
  machine: Record<string, string>;
}

export const cellKey = (query: QueryId, contender: ContenderKey) => `${query}/${contender}`;

export function machineFacts(): Record<string, string> {
  const git = (...args: string[]) => {
    try {
      return execFileSync("git", args, { cwd: REPO_DIR, encoding: "utf8" }).trim();
    } catch {
      return "unknown";
    }
  };
  let postgres = "unknown";
  try {
    postgres = execFileSync("pg_config", ["--version"], { encoding: "utf8" }).trim();
  } catch {
    // left unknown
  }
  return {
    commit: `${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain", "--untracked-files=no") ? " (with uncommitted changes)" : ""}`,
    node: process.version,
    postgres,
    cpus: `${os.availableParallelism()} × ${os.cpus()[0]?.model ?? "unknown"}`,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    load: os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(" "),
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
  };
}

const fixed = (value: number | null | undefined, digits: number) =>
  value === null || value === undefined || !Number.isFinite(value) ? "n/a" : value.toFixed(digits);

function ratio(a: number | null | undefined, b: number | null | undefined, digits = 2): string {
  if (a === null || a === undefined || b === null || b === undefined || b === 0) return "n/a";
  const value = a / b;
  return value < 0.01 ? value.toPrecision(2) : value.toFixed(digits);
}

/** A Markdown table with its columns padded to one width, as the repository's formatter lays them out. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(3, title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 3)).join(" | ")} |`;
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

const totalCpu = (sample: Sample | null | undefined) =>
  sample ? sample.serverCpuMsPerReq + (sample.pgCpuMsPerReq ?? 0) : null;

export function ratioTable(result: RunResult): string {
  const has = (key: ContenderKey) => result.contenders.includes(key);
  const header = ["query"];
  if (has("postgraphile")) header.push("Readout ÷ PostGraphile req/s");
  if (has("floor")) header.push("Readout ÷ floor req/s", "Readout ÷ floor CPU ms/req (server + PG)");
  if (has("pglite")) header.push("PGlite ÷ Readout-PG req/s");
  if (has("before")) header.push("Readout ÷ before req/s", "SQL statements/req (before)");
  header.push("SQL statements/req (Readout)");
  const rows = result.queries.map((query) => {
    const cell = (key: ContenderKey) => result.cells[cellKey(query, key)];
    const sample = (key: ContenderKey) => cell(key)?.sample ?? null;
    const flag = (key: ContenderKey) => (cell(key)?.note?.startsWith("mismatch") ? " ≠" : "");
    const readout = sample("readout");
    const row = [`${query}`];
    if (has("postgraphile"))
      row.push(`${ratio(readout?.reqPerSec, sample("postgraphile")?.reqPerSec)}${flag("postgraphile")}`);
    if (has("floor"))
      row.push(
        `${ratio(readout?.reqPerSec, sample("floor")?.reqPerSec)}${flag("floor")}`,
        ratio(totalCpu(readout), totalCpu(sample("floor")), 1),
      );
    if (has("pglite")) row.push(`${ratio(sample("pglite")?.reqPerSec, readout?.reqPerSec)}${flag("pglite")}`);
    if (has("before"))
      row.push(
        `${ratio(readout?.reqPerSec, sample("before")?.reqPerSec)}${flag("before")}`,
        fixed(sample("before")?.statementsPerReq, 1),
      );
    row.push(fixed(readout?.statementsPerReq, 1));
    return row;
  });
  return table(header, rows);
}

export function absoluteTable(result: RunResult): string {
  const rows: string[][] = [];
  for (const query of result.queries) {
    for (const key of result.contenders) {
      const cell = result.cells[cellKey(query, key)];
      if (!cell) continue;
      const s = cell.sample;
      rows.push([
        query,
        CONTENDER_LABELS[key],
        s ? fixed(s.reqPerSec, 1) : "n/a",
        s ? fixed(s.p50, 0) : "",
        s ? fixed(s.p99, 0) : "",
        s ? String(s.errors) : "",
        s ? fixed(s.serverCpuMsPerReq, 2) : "",
        s ? fixed(s.pgCpuMsPerReq, 2) : "",
        s ? fixed(s.statementsPerReq, 1) : "",
        s ? fixed(s.rssMb, 0) : "",
        cell.note ?? "",
      ]);
    }
  }
  return table(
    [
      "query",
      "contender",
      "req/s",
      "p50 ms",
      "p99 ms",
      "errors",
      "server CPU ms/req",
      "PG CPU ms/req",
      "SQL statements/req",
      "RSS MB",
      "note",
    ],
    rows,
  );
}

export function writesTable(result: RunResult): string {
  return result.writes.length
    ? table(
        ["write", "per second", "detail"],
        result.writes.map((w) => [w.what, fixed(w.perSecond, 1), w.detail]),
      )
    : "(not measured)";
}

export function renderSection(result: RunResult, command: string): string {
  const m = result.machine;
  const queryList = QUERIES.filter((q) => result.queries.includes(q.id))
    .map((q) => `- ${q.id}: ${q.title}`)
    .join("\n");
  const generation = Object.entries(result.generationSeconds)
    .map(([where, seconds]) => `${where} ${seconds === null ? "unknown" : `${seconds.toFixed(0)} s`}`)
    .join(", ");
  const startup = Object.entries(result.startupSeconds)
    .map(([key, seconds]) => `${CONTENDER_LABELS[key as ContenderKey]} ${(seconds as number).toFixed(1)} s`)
    .join(", ");
  const writes = writesTable(result);
  return `## ${result.size} articles

\`${command}\` — commit ${m.commit}, ${m.date}; Node ${m.node}; ${m.postgres}; ${m.cpus}; ${m.memory};
load average ${m.loadStart} at the start and ${m.load} at the end. ${result.settings.rounds} rounds of
${result.settings.duration} s per query and contender, ${result.settings.connections} connections, contenders
alternated; medians. Corpus generated in: ${generation}. Start-up until the first answer: ${startup}.

${queryList}

${ratioTable(result)}

${absoluteTable(result)}

Writes (Readout on PostgreSQL, on a copy of the corpus):

${writes}
${result.notes.length ? `\n${result.notes.map((note) => `- ${note}`).join("\n")}\n` : ""}`;
}

const RESULTS_HEADER = `# Benchmark results

Written by \`pnpm bench\` (see the README's "Benchmark" section): one section per corpus size, replaced by
the next run at that size. Ratios above 1 favour Readout; "≠" marks a contender whose answer differed from
Readout's, "n/a" a query that the contender cannot express.
`;

/** Replaces (or adds) this size's section in bench/RESULTS.md. */
export function writeResults(section: string, size: string): string {
  const file = path.join(BENCH_DIR, "RESULTS.md");
  const current = existsSync(file) ? readFileSync(file, "utf8") : RESULTS_HEADER;
  const order = ["10k", "100k", "1m"];
  const sections = new Map<string, string>();
  const parts = current.split(/^(?=## )/m);
  const header = parts[0]?.startsWith("## ") ? RESULTS_HEADER : (parts.shift() ?? RESULTS_HEADER);
  for (const part of parts) {
    const name = /^## (\S+) articles/.exec(part)?.[1];
    if (name) sections.set(name, part.trimEnd());
  }
  sections.set(size, section.trimEnd());
  const sorted = [...sections.entries()].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  writeFileSync(file, `${header.trimEnd()}\n\n${sorted.map(([, text]) => text).join("\n\n")}\n`);
  return file;
}
