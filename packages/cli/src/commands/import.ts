/**
 * Imports captured pages (files; folders of .txt/.md/.html files and web archives, walked recursively;
 * WARC files, each HTML or text response a page) straight into the database the environment names. It
 * runs next to the database rather than through the API: bulk loads need no server (the embedded database
 * serves one process at a time, and refuses a second). One database is opened for the whole run and the
 * pages are imported one after another, each in its own transaction, so an interrupted run leaves whole
 * pages only. A page that cannot be read or imported is refused by name and the others go on.
 */
import path from "node:path";
import { databaseConfigError, readEnv } from "@readout/api";
import { type CandidateKind, createDb } from "@readout/db";
import {
  type BulkInput,
  countWarcPages,
  fingerprintStoredArticles,
  ImportError,
  type ImportProgress,
  importPage,
  listInputs,
  MetadataError,
  type PageMetadata,
  PageSourceError,
  prepareImport,
  readPages,
  sidecarFor,
} from "@readout/ingest";
import { SingleBar } from "cli-progress";
import { CliError, EXIT } from "../errors.ts";

/** The largest page imported, unless READOUT_IMPORT_MAX_BYTES says otherwise (the API's importDocument has its own 2 MB limit). */
export const DEFAULT_MAX_PAGE_BYTES = 2 * 1024 * 1024;

/** Pages longer than this report their progress inside the page too. */
const LONG_PAGE_BYTES = 256 * 1024;

export function maxPageBytes(env: NodeJS.ProcessEnv): number {
  const value = env.READOUT_IMPORT_MAX_BYTES?.trim();
  if (!value) return DEFAULT_MAX_PAGE_BYTES;
  const bytes = Number(value);
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw new CliError(
      `Invalid configuration: READOUT_IMPORT_MAX_BYTES must be a whole number of bytes above 0 (got ${JSON.stringify(value)}).`,
      EXIT.USAGE,
    );
  }
  return bytes;
}

/** Why a page was refused, with a stable code. */
export type RefusalCode = Exclude<PageSourceError["code"], "NOT_FOUND"> | ImportError["code"];

export interface ImportSummary {
  /** Files given or found in folders: pages and web archives. */
  files: number;
  /** Pages among them: a file is one page, a web archive holds as many as its HTML and text responses. */
  pages: number;
  created: number;
  unchanged: number;
  /** New articles found to be near copies of stored ones (wire copies), linked to the article they repeat. */
  duplicates: number;
  failed: { file: string; url?: string; code: RefusalCode; error: string }[];
  articles: number;
  candidates: Partial<Record<CandidateKind, number>>;
  /**
   * Seconds of start-up before the first page: opening the database, migrations, reading the reference
   * lists and loading the language models.
   */
  startupSeconds: number;
  /** Seconds from the first page to the last, start-up left out. */
  elapsedSeconds: number;
  pagesPerSecond: number;
  /** What stopped the whole run, when something did (pages imported before it stay imported). */
  error?: { message: string; exitCode: number };
}

export const emptySummary = (files = 0): ImportSummary => ({
  files,
  pages: 0,
  created: 0,
  unchanged: 0,
  duplicates: 0,
  failed: [],
  articles: 0,
  candidates: {},
  startupSeconds: 0,
  elapsedSeconds: 0,
  pagesPerSecond: 0,
});

async function inputsOf(paths: string[]): Promise<BulkInput[]> {
  try {
    return await listInputs(paths);
  } catch (error) {
    if (error instanceof PageSourceError && error.code === "NOT_FOUND")
      throw new CliError(error.message, EXIT.USAGE);
    throw error;
  }
}

/** The metadata of the page file's sidecar, a bad one refused like a bad page (code METADATA). */
export async function sidecarOf(file: string): Promise<PageMetadata | undefined> {
  try {
    return await sidecarFor(file);
  } catch (error) {
    if (error instanceof MetadataError) throw new ImportError("METADATA", error.message);
    throw error;
  }
}

export const definedOnly = (metadata: PageMetadata | undefined) =>
  Object.fromEntries(Object.entries(metadata ?? {}).filter(([, value]) => value !== undefined));

/**
 * Imports the pages, filling in `summary` as it goes, so that a caller still has it when something stops
 * the run part way.
 */
export async function importFiles(
  paths: string[],
  options: {
    eventKey?: string | undefined;
    capturedAt?: Date | undefined;
    /** Given on the command line; wins over a page's sidecar file (`<file>.meta.yaml`/`.json`). */
    metadata?: PageMetadata | undefined;
    env: NodeJS.ProcessEnv;
    interactive: boolean;
    quiet: boolean;
  },
  log: (line: string) => void,
  summary: ImportSummary = emptySummary(),
): Promise<ImportSummary> {
  const inputs = await inputsOf(paths);
  summary.files = inputs.length;
  if (inputs.length === 0) throw new CliError("No .txt, .md, .html or .warc files to import.", EXIT.USAGE);
  const maxBytes = maxPageBytes(options.env);
  const env = readEnv(options.env);
  // The progress bar's total: a web archive's pages are counted from its record headers first.
  let total = 0;
  for (const input of inputs) total += input.kind === "warc" ? await countWarcPages(input.path) : 1;
  const commandStarted = performance.now();
  const db = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.dataDir });
  const bar =
    options.interactive && !options.quiet
      ? new SingleBar({
          format:
            "importing [{bar}] {value}/{total} pages | {rate} pages/s | ETA {eta_formatted} | {file} {stage}",
          etaBuffer: 50,
          hideCursor: true,
        })
      : null;
  let started = performance.now();
  const tick = () => {
    summary.elapsedSeconds = Math.round((performance.now() - started) / 10) / 100;
    const done = summary.created + summary.unchanged + summary.failed.length;
    summary.pagesPerSecond =
      summary.elapsedSeconds > 0 ? Math.round((done / summary.elapsedSeconds) * 10) / 10 : 0;
  };
  try {
    await db.migrate().catch((error: unknown) => {
      throw databaseConfigError(error, env.DATABASE_URL) ?? error;
    });
    // Articles stored without near-duplicate bands (curated datasets, older imports) get them once, so that
    // copies of them are found too.
    const fingerprinted = await fingerprintStoredArticles(db.prisma, (done) => {
      if (!options.quiet && done % 5000 === 0) log(`fingerprinting stored articles: ${done}`);
    });
    if (fingerprinted >= 5000 && !options.quiet) log(`fingerprinted ${fingerprinted} stored articles`);
    if (!options.quiet) log("loading reference lists and language models");
    await prepareImport(db.prisma);
    started = performance.now();
    summary.startupSeconds = Math.round((started - commandStarted) / 10) / 100;
    bar?.start(total, 0, { file: "", stage: "", rate: "0.0" });
    let index = 0;
    for await (const page of readPages(inputs, maxBytes)) {
      index += 1;
      summary.pages += 1;
      const position = `[${index}/${Math.max(total, index)}] ${page.name}${page.url ? ` ${page.url}` : ""}`;
      const label = path.basename(page.name);
      const advance = (line: string) => {
        tick();
        if (bar) {
          if (index > bar.getTotal()) bar.setTotal(index);
          bar.increment({ file: label, stage: "", rate: summary.pagesPerSecond.toFixed(1) });
        } else if (!options.quiet) log(`${position}: ${line}`);
      };
      try {
        if (page.error) throw page.error;
        const long = Buffer.byteLength(page.content) > LONG_PAGE_BYTES;
        let reported = "";
        const onProgress = ({ stage, done, total: stageTotal }: ImportProgress) => {
          if (bar) {
            bar.update({ file: label, stage: `${stage} ${done}/${stageTotal}` });
            return;
          }
          // A line per article extracted and per 5,000 candidates written, for long pages only.
          const step = stage === "writing" ? Math.floor(done / 5000) : done;
          const line = `${stage} ${step}`;
          if (!long || options.quiet || line === reported) return;
          if (stage === "writing" && done !== stageTotal && step === 0) return;
          reported = line;
          log(
            `${position}: ${stage === "extracting" ? "extracted articles" : "wrote candidates"} ${done}/${stageTotal}`,
          );
        };
        const result = await importPage(db.prisma, {
          content: page.content,
          mediaType: page.mediaType,
          fileName: path.basename(page.name),
          url: page.url,
          capturedAt: options.capturedAt ?? page.capturedAt,
          eventKey: options.eventKey,
          // A sidecar file next to the page (<file>.meta.yaml or .json), then the command line's options.
          metadata: { ...(await sidecarOf(page.name)), ...definedOnly(options.metadata) },
          onProgress,
        });
        const copies = result.duplicates?.length ?? 0;
        if (result.created) {
          summary.created += 1;
          summary.articles += result.articleIds.length;
          summary.duplicates += copies;
          for (const [kind, count] of Object.entries(result.candidates) as [CandidateKind, number][]) {
            summary.candidates[kind] = (summary.candidates[kind] ?? 0) + count;
          }
        } else {
          summary.unchanged += 1;
        }
        const found = Object.values(result.candidates).reduce((sum, n) => sum + (n ?? 0), 0);
        advance(
          result.created
            ? `${result.articleIds.length} articles, ${found} candidates${copies ? `, ${copies} near copies of stored articles` : ""}`
            : result.attached
              ? `already stored; attached to event ${options.eventKey}`
              : "already stored, unchanged",
        );
      } catch (error) {
        if (!(error instanceof ImportError || error instanceof PageSourceError)) throw error;
        summary.failed.push({
          file: page.name,
          ...(page.url ? { url: page.url } : {}),
          code: error.code as RefusalCode,
          error: error.message,
        });
        advance(`refused: ${error.message}`);
      }
    }
  } finally {
    tick();
    bar?.stop();
    await db.close();
  }
  return summary;
}

export function describeSummary(summary: ImportSummary): string {
  const candidates = Object.entries(summary.candidates)
    .map(([kind, count]) => `${count} ${kind.toLowerCase()}`)
    .join(", ");
  const holding = summary.pages !== summary.files ? ` holding ${summary.pages} page(s)` : "";
  return [
    `${summary.files} file(s)${holding}: ${summary.created} page(s) imported, ${summary.unchanged} unchanged, ${summary.failed.length} refused`,
    `${summary.articles} article(s), ${summary.duplicates} near copies of stored articles; candidates: ${candidates || "none"}`,
    `${summary.elapsedSeconds} s, ${summary.pagesPerSecond} pages/s (after ${summary.startupSeconds} s of start-up)`,
    ...summary.failed.map(
      (failure) =>
        `refused ${failure.file}${failure.url ? ` (${failure.url})` : ""} (${failure.code}): ${failure.error}`,
    ),
  ].join("\n");
}
