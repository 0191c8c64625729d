/**
 * Imports captured pages (files, or folders of .txt/.html files) straight into the database the
 * environment names. It runs next to the database rather than through the API: bulk loads need no server
 * (the embedded database serves one process at a time, and refuses a second), and each page is still
 * written in its own transaction, so an interrupted run leaves whole pages only.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { databaseConfigError, readEnv } from "@readout/api";
import { type CandidateKind, createDb } from "@readout/db";
import { ImportError, type ImportProgress, importPage } from "@readout/ingest";
import { SingleBar } from "cli-progress";
import { CliError, EXIT } from "../errors.ts";

const PAGE_FILE = /\.(txt|text|html?|xhtml)$/i;

/** The largest page file imported, unless READOUT_IMPORT_MAX_BYTES says otherwise (the API's limit too). */
export const DEFAULT_MAX_PAGE_BYTES = 2 * 1024 * 1024;

/** Pages longer than this report their progress inside the page too. */
const LONG_PAGE_BYTES = 256 * 1024;

async function pageFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const entry of paths) {
    const info = await stat(entry).catch(() => null);
    if (!info) throw new CliError(`No such file or folder: ${entry}`, EXIT.USAGE);
    if (info.isDirectory()) {
      const names = (await readdir(entry, { recursive: true })).filter((name) => PAGE_FILE.test(name)).sort();
      files.push(...names.map((name) => path.join(entry, name)));
    } else {
      files.push(entry);
    }
  }
  return files;
}

function maxPageBytes(env: NodeJS.ProcessEnv): number {
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

/** Why a page file was refused, with a stable code. */
export type RefusalCode = "TOO_LARGE" | "BINARY" | "ENCODING" | "UNREADABLE" | ImportError["code"];

/** A file that cannot be a page, refused before anything is written. */
class PageFileError extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
  }
}

/** The page's text: refused when it is too large, binary or not UTF-8, naming the file. */
async function readPage(file: string, maxBytes: number): Promise<string> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new PageFileError("UNREADABLE", `${file} is not a readable file.`);
  if (info.size > maxBytes) {
    throw new PageFileError(
      "TOO_LARGE",
      `${file} has ${info.size} bytes, over the limit of ${maxBytes} (READOUT_IMPORT_MAX_BYTES).`,
    );
  }
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new PageFileError("UNREADABLE", `${file} cannot be read (${error.code ?? error.message}).`);
  });
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new PageFileError(
      "BINARY",
      `${file} is a binary file (a NUL byte at offset ${nul}), not a text or HTML page.`,
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new PageFileError("ENCODING", `${file} is not UTF-8 text; convert it to UTF-8 first.`);
  }
}

export interface ImportSummary {
  files: number;
  created: number;
  unchanged: number;
  failed: { file: string; code: RefusalCode; error: string }[];
  articles: number;
  candidates: Partial<Record<CandidateKind, number>>;
  /** What stopped the whole run, when something did (pages imported before it stay imported). */
  error?: { message: string; exitCode: number };
}

export const emptySummary = (files = 0): ImportSummary => ({
  files,
  created: 0,
  unchanged: 0,
  failed: [],
  articles: 0,
  candidates: {},
});

/**
 * Imports the pages, filling in `summary` as it goes, so that a caller still has it when something stops
 * the run part way.
 */
export async function importFiles(
  paths: string[],
  options: {
    eventKey?: string | undefined;
    capturedAt?: Date | undefined;
    env: NodeJS.ProcessEnv;
    interactive: boolean;
    quiet: boolean;
  },
  log: (line: string) => void,
  summary: ImportSummary = emptySummary(),
): Promise<ImportSummary> {
  const files = await pageFiles(paths);
  summary.files = files.length;
  if (files.length === 0) throw new CliError("No .txt or .html files to import.", EXIT.USAGE);
  const maxBytes = maxPageBytes(options.env);
  const env = readEnv(options.env);
  const db = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.dataDir });
  const bar =
    options.interactive && !options.quiet
      ? new SingleBar({ format: "importing [{bar}] {value}/{total} {file} {stage}" })
      : null;
  try {
    await db.migrate().catch((error: unknown) => {
      throw databaseConfigError(error, env.DATABASE_URL) ?? error;
    });
    bar?.start(files.length, 0, { file: "", stage: "" });
    for (const [index, file] of files.entries()) {
      const position = `[${index + 1}/${files.length}] ${file}`;
      try {
        const content = await readPage(file, maxBytes);
        const long = Buffer.byteLength(content) > LONG_PAGE_BYTES;
        let reported = "";
        const onProgress = ({ stage, done, total }: ImportProgress) => {
          if (bar) {
            bar.update({ file: path.basename(file), stage: `${stage} ${done}/${total}` });
            return;
          }
          // A line per article extracted and per 5,000 candidates written, for long pages only.
          const step = stage === "writing" ? Math.floor(done / 5000) : done;
          const line = `${stage} ${step}`;
          if (!long || options.quiet || line === reported) return;
          if (stage === "writing" && done !== total && step === 0) return;
          reported = line;
          log(
            `${position}: ${stage === "extracting" ? "extracted articles" : "wrote candidates"} ${done}/${total}`,
          );
        };
        const result = await importPage(db.prisma, {
          content,
          mediaType: /\.x?html?$/i.test(file) ? "text/html" : "text/plain",
          fileName: path.basename(file),
          capturedAt: options.capturedAt,
          eventKey: options.eventKey,
          onProgress,
        });
        if (result.created) {
          summary.created += 1;
          summary.articles += result.articleIds.length;
          for (const [kind, count] of Object.entries(result.candidates) as [CandidateKind, number][]) {
            summary.candidates[kind] = (summary.candidates[kind] ?? 0) + count;
          }
        } else {
          summary.unchanged += 1;
        }
        const found = Object.values(result.candidates).reduce((sum, n) => sum + (n ?? 0), 0);
        const what = result.created
          ? `${result.articleIds.length} articles, ${found} candidates`
          : "already stored, unchanged";
        if (bar) bar.increment({ file: path.basename(file), stage: "" });
        else if (!options.quiet) log(`${position}: ${what}`);
      } catch (error) {
        if (!(error instanceof ImportError || error instanceof PageFileError)) throw error;
        summary.failed.push({ file, code: error.code, error: error.message });
        if (bar) bar.increment({ file: path.basename(file), stage: "" });
        else if (!options.quiet) log(`${position}: refused: ${error.message}`);
      }
    }
  } finally {
    bar?.stop();
    await db.close();
  }
  return summary;
}

export function describeSummary(summary: ImportSummary): string {
  const candidates = Object.entries(summary.candidates)
    .map(([kind, count]) => `${count} ${kind.toLowerCase()}`)
    .join(", ");
  return [
    `${summary.files} file(s): ${summary.created} page(s) imported, ${summary.unchanged} unchanged, ${summary.failed.length} refused`,
    `${summary.articles} article(s); candidates: ${candidates || "none"}`,
    ...summary.failed.map((failure) => `refused ${failure.file} (${failure.code}): ${failure.error}`),
  ].join("\n");
}
