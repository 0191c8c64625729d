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

/** The heading of the scale-out section (`pnpm topology --bench`), which follows the corpus sizes. */
export const SCALE_OUT_HEADING = "## Scale-out";
export const SCALE_OUT = "scale-out";

/** What a section of bench/RESULTS.md is: a corpus size, the scale-out figures, or its own heading. */
function sectionName(part: string): string {
  if (part.startsWith(SCALE_OUT_HEADING)) return SCALE_OUT;
  return /^## (\S+) articles/.exec(part)?.[1] ?? (part.split("\n", 1)[0] as string);
}

/**
 * Replaces (or adds) one section of bench/RESULTS.md: a corpus size's (`pnpm bench`), or with "scale-out"
 * the topology benchmark's. The others are kept, sizes first, then the scale-out section, then any other.
 */
export function writeResults(section: string, size: string): string {
  const file = path.join(BENCH_DIR, "RESULTS.md");
  const current = existsSync(file) ? readFileSync(file, "utf8") : RESULTS_HEADER;
  const order = ["10k", "100k", "1m", SCALE_OUT];
  const sections = new Map<string, string>();
  const parts = current.split(/^(?=## )/m);
  const header = parts[0]?.startsWith("## ") ? RESULTS_HEADER : (parts.shift() ?? RESULTS_HEADER);
  for (const part of parts) sections.set(sectionName(part), part.trimEnd());
  sections.set(size, section.trimEnd());
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  const sorted = [...sections.entries()].sort(([a], [b]) => rank(a) - rank(b));
  writeFileSync(file, `${header.trimEnd()}\n\n${sorted.map(([, text]) => text).join("\n\n")}\n`);
  return file;
}

/** Reads of requests by where they ran, summed over the instances of a configuration (from /metrics). */
export interface ReadShares {
  replica: number;
  primary: number;
  primaryFallback: number;
}

/** One query on one configuration of the topology benchmark: medians over rounds, counters summed. */
export interface ScaleOutRow {
  query: QueryId;
  config: string;
  sample: Sample;
  /** CPU of the balancer alone (inside the server figure), per request. */
  balancerCpuMsPerReq: number | null;
  redisCpuMsPerReq: number | null;
  cache: { hits: number; misses: number } | null;
  reads: ReadShares | null;
}

export interface ImportRun {
  workers: number;
  pages: number;
  seconds: number;
  workerCpuMsPerPage: number;
  pgCpuMsPerPage: number;
  stored: number;
}

export interface ScaleOutResult {
  articles: number;
  generationSeconds: number | null;
  /** From the end of generation until the replica had replayed it. */
  replicationSeconds: number;
  /** The configurations in the order of the table, the first being the one others are divided by. */
  configs: { label: string; description: string }[];
  rows: ScaleOutRow[];
  imports: ImportRun[];
  notes: string[];
  settings: { rounds: number; duration: number; connections: number; pages: number };
  machine: Record<string, string>;
}

const percent = (part: number, whole: number) =>
  whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : "n/a";

export function scaleOutTable(result: ScaleOutResult): string {
  const base = result.configs[0]?.label;
  const rows = result.rows.map((row) => {
    const s = row.sample;
    const reference = result.rows.find((r) => r.query === row.query && r.config === base)?.sample;
    const reads = row.reads;
    const readTotal = reads ? reads.replica + reads.primary + reads.primaryFallback : 0;
    return [
      row.query,
      row.config,
      fixed(s.reqPerSec, 1),
      row.config === base ? "1.00" : ratio(s.reqPerSec, reference?.reqPerSec),
      fixed(s.p50, 0),
      fixed(s.p99, 0),
      String(s.errors),
      fixed(s.serverCpuMsPerReq, 2),
      fixed(row.balancerCpuMsPerReq, 2),
      fixed(row.redisCpuMsPerReq, 2),
      fixed(s.pgCpuMsPerReq, 2),
      fixed(s.statementsPerReq, 2),
      row.cache ? percent(row.cache.hits, row.cache.hits + row.cache.misses) : "",
      reads && readTotal > 0
        ? `${percent(reads.replica, readTotal)} (${reads.replica}/${reads.primary}/${reads.primaryFallback})`
        : "",
    ];
  });
  return table(
    [
      "query",
      "configuration",
      "req/s",
      "÷ 1 instance",
      "p50 ms",
      "p99 ms",
      "errors",
      "server CPU ms/req",
      "of it balancer",
      "Redis CPU ms/req",
      "PG CPU ms/req",
      "SQL statements/req",
      "cache hits",
      "reads on replica (replica/primary/fallback)",
    ],
    rows,
  );
}

export function importTable(result: ScaleOutResult): string {
  if (!result.imports.length) return "(not measured)";
  const one = result.imports.find((run) => run.workers === 1);
  return table(
    ["workers", "pages", "seconds", "pages/s", "÷ 1 worker", "worker CPU ms/page", "PG CPU ms/page"],
    result.imports.map((run) => [
      String(run.workers),
      run.stored === run.pages ? String(run.pages) : `${run.stored} of ${run.pages}`,
      fixed(run.seconds, 1),
      fixed(run.pages / run.seconds, 2),
      one ? ratio(run.pages / run.seconds, one.pages / one.seconds) : "n/a",
      fixed(run.workerCpuMsPerPage, 0),
      fixed(run.pgCpuMsPerPage, 0),
    ]),
  );
}

/** The scale-out section of bench/RESULTS.md. */
export function renderScaleOutSection(result: ScaleOutResult, command: string): string {
  const m = result.machine;
  const { rounds, duration, connections, pages } = result.settings;
  const queryList = QUERIES.filter((q) => result.rows.some((row) => row.query === q.id))
    .map((q) => `- ${q.id}: ${q.title}`)
    .join("\n");
  const generated =
    result.generationSeconds === null
      ? ""
      : `generated on the primary in ${result.generationSeconds.toFixed(0)} s, `;
  return `${SCALE_OUT_HEADING}: ${result.articles / 1000}k articles on 2 API instances, a streaming replica and Redis

\`${command}\` — commit ${m.commit}, ${m.date}; Node ${m.node}; ${m.postgres}; ${m.cpus}; ${m.memory};
load average ${m.loadStart} at the start and ${m.load} at the end. Every process runs on this one machine: the
load generator (autocannon, ${connections} connections), the balancer, the API instances, the primary and its
replica, Redis and the workers. The corpus was ${generated}replayed by the replica
${result.replicationSeconds.toFixed(1)} s later. ${rounds} rounds of ${duration} s per query and configuration,
configurations alternated; medians (cache hits and reads are summed over the rounds, from the instances'
\`/metrics\`).

${result.configs.map((config) => `- **${config.label}**: ${config.description}`).join("\n")}

${queryList}

${scaleOutTable(result)}

Server CPU is that of every instance of the configuration and its balancer (whose own share is the next
column); PG CPU that of both PostgreSQL servers; reads count the statements of requests by where they ran
(\`readout_db_reads_total\`).

Imports through the queue (\`readout import --queue\` of pages like the queue tests' \`roundPage\`, each run
timed until its last page is stored, the workers started and ready before): ${pages} pages per worker count, in
four runs of half as many with 1, 2, 2 and 1 workers, so that a drift during the runs weighs on both alike:

${importTable(result)}
${result.notes.length ? `\n${result.notes.map((note) => `- ${note}`).join("\n")}\n` : ""}`;
}
