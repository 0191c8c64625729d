/**
 * Imports captured pages (files, or folders of .txt/.html files) straight into the database the
 * environment names. It runs next to the database rather than through the API: bulk loads need no server
 * (the embedded database serves one process at a time), and each page is still written in its own
 * transaction, so an interrupted run leaves whole pages only.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { readEnv } from "@readout/api";
import { type CandidateKind, createDb, ImportError, importPage } from "@readout/db";
import { SingleBar } from "cli-progress";
import { CliError, EXIT } from "../errors.ts";

const PAGE_FILE = /\.(txt|text|html?|xhtml)$/i;

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

export interface ImportSummary {
  files: number;
  created: number;
  unchanged: number;
  failed: { file: string; error: string }[];
  articles: number;
  candidates: Partial<Record<CandidateKind, number>>;
}

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
): Promise<ImportSummary> {
  const files = await pageFiles(paths);
  if (files.length === 0) throw new CliError("No .txt or .html files to import.", EXIT.USAGE);
  const env = readEnv(options.env);
  const db = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.dataDir });
  const summary: ImportSummary = {
    files: files.length,
    created: 0,
    unchanged: 0,
    failed: [],
    articles: 0,
    candidates: {},
  };
  const bar =
    options.interactive && !options.quiet
      ? new SingleBar({ format: "importing [{bar}] {value}/{total} {file}" })
      : null;
  try {
    await db.migrate();
    bar?.start(files.length, 0, { file: "" });
    for (const [index, file] of files.entries()) {
      const content = await readFile(file, "utf8");
      try {
        const result = await importPage(db.prisma, {
          content,
          mediaType: /\.x?html?$/i.test(file) ? "text/html" : "text/plain",
          fileName: path.basename(file),
          capturedAt: options.capturedAt,
          eventKey: options.eventKey,
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
        if (bar) bar.increment({ file: path.basename(file) });
        else if (!options.quiet) log(`[${index + 1}/${files.length}] ${file}: ${what}`);
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
        summary.failed.push({ file, error: error.message });
        if (bar) bar.increment({ file: path.basename(file) });
        else if (!options.quiet) log(`[${index + 1}/${files.length}] ${file}: refused: ${error.message}`);
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
    ...summary.failed.map((failure) => `refused ${failure.file}: ${failure.error}`),
  ].join("\n");
}
