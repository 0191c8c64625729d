/**
 * The import queue from the command line: `readout import --queue` puts pages on it (and with `--wait`
 * follows them to the end), `readout queue status` shows its depth and failures, `readout queue retry`
 * runs failed jobs again. Workers (`readout worker`) do the importing; see packages/ingest/src/queue.ts.
 */
import path from "node:path";
import { ConfigError } from "@readout/api";
import {
  ImportError,
  ImportQueue,
  listInputs,
  type PageJobState,
  type PageMetadata,
  PageSourceError,
  type QueueConnection,
  type QueueCounts,
  QueueUnreachableError,
  readPages,
  redactedUrl,
  type WorkerTimings,
} from "@readout/ingest";
import { CliError, EXIT } from "../errors.ts";
import { definedOnly, maxPageBytes, type RefusalCode, sidecarOf } from "./import.ts";

export type QueueSettings = QueueConnection & WorkerTimings;

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const value = env[name]?.trim();
  if (!value) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min)
    throw new ConfigError(
      name,
      `Invalid configuration: ${name} must be a whole number of at least ${min} (got ${JSON.stringify(value)}).`,
    );
  return n;
}

/**
 * The queue's settings from the environment. The lock and stalled-check timings decide how soon a killed
 * worker's page goes to another worker (at most lock + interval); the lock must outlast the longest
 * stretch that extraction keeps the worker's event loop busy (its renewals wait for it), or a second worker
 * takes the page meanwhile: harmless, since the page write is idempotent, but wasted work.
 */
export function queueSettings(env: NodeJS.ProcessEnv): QueueSettings {
  const url = env.REDIS_URL?.trim();
  if (!url)
    throw new ConfigError(
      "REDIS_URL",
      "The import queue needs Redis: set REDIS_URL (for example redis://127.0.0.1:6379).",
    );
  if (!/^rediss?:\/\/[^\s]+$/.test(url))
    throw new ConfigError(
      "REDIS_URL",
      `Invalid configuration: REDIS_URL must be a redis:// or rediss:// URL (got ${JSON.stringify(redactedUrl(url).slice(0, 80))}).`,
    );
  const prefix = env.READOUT_QUEUE_PREFIX?.trim() || "readout";
  if (/[\s:{}]/.test(prefix))
    throw new ConfigError(
      "READOUT_QUEUE_PREFIX",
      `Invalid configuration: READOUT_QUEUE_PREFIX must be one word without ':' or braces (got ${JSON.stringify(prefix)}).`,
    );
  return {
    redisUrl: url,
    prefix,
    lockDurationMs: whole(env, "READOUT_QUEUE_LOCK_MS", 60_000, 1000),
    stalledIntervalMs: whole(env, "READOUT_QUEUE_STALLED_INTERVAL_MS", 30_000, 500),
    maxStalledCount: whole(env, "READOUT_QUEUE_MAX_STALLED", 3, 0),
  };
}

/** Opens the queue named by the environment; Redis out of reach is exit code 3. */
export async function openQueue(settings: QueueSettings): Promise<ImportQueue> {
  try {
    return await ImportQueue.open(settings);
  } catch (error) {
    if (error instanceof QueueUnreachableError) throw new CliError(error.message, EXIT.UNREACHABLE);
    throw error;
  }
}

export interface QueuedSummary {
  /** Files given or found in folders: pages and web archives. */
  files: number;
  pages: number;
  /** Pages put on the queue now. */
  queued: number;
  /** Pages whose job was there already, by its state (a page is queued once: its id is its content hash). */
  alreadyQueued: Partial<Record<PageJobState, number>>;
  refused: { file: string; url?: string; code: RefusalCode; error: string }[];
  /** The job of each page, and its state when the page was sent (`unknown`: queued now). */
  jobs: { id: string; name: string; state: PageJobState }[];
  /** With --wait: how the jobs ended. */
  finished?: {
    imported: number;
    /** Pages whose job had completed before they were sent this time. */
    doneBefore: number;
    unchanged: number;
    articles: number;
    failed: { id: string; name: string; error: string }[];
    elapsedSeconds: number;
    pagesPerSecond: number;
  };
  error?: { message: string; exitCode: number };
}

export const emptyQueuedSummary = (): QueuedSummary => ({
  files: 0,
  pages: 0,
  queued: 0,
  alreadyQueued: {},
  refused: [],
  jobs: [],
});

/** Reads the pages as `readout import` does and queues each one; with `wait`, follows them until they end. */
export async function enqueueFiles(
  paths: string[],
  options: {
    eventKey?: string | undefined;
    capturedAt?: Date | undefined;
    metadata?: PageMetadata | undefined;
    env: NodeJS.ProcessEnv;
    interactive: boolean;
    quiet: boolean;
    wait: boolean;
  },
  log: (line: string) => void,
  progress: (line: string) => void,
  summary: QueuedSummary = emptyQueuedSummary(),
): Promise<QueuedSummary> {
  const settings = queueSettings(options.env);
  let inputs: Awaited<ReturnType<typeof listInputs>>;
  try {
    inputs = await listInputs(paths);
  } catch (error) {
    if (error instanceof PageSourceError && error.code === "NOT_FOUND")
      throw new CliError(error.message, EXIT.USAGE);
    throw error;
  }
  summary.files = inputs.length;
  if (inputs.length === 0) throw new CliError("No .txt, .md, .html or .warc files to import.", EXIT.USAGE);
  const maxBytes = maxPageBytes(options.env);
  const queue = await openQueue(settings);
  try {
    for await (const page of readPages(inputs, maxBytes)) {
      summary.pages += 1;
      try {
        if (page.error) throw page.error;
        const { state, id } = await queue.enqueue({
          content: page.content,
          mediaType: page.mediaType,
          name: page.name,
          fileName: path.basename(page.name),
          url: page.url,
          capturedAt: (options.capturedAt ?? page.capturedAt)?.toISOString(),
          eventKey: options.eventKey,
          metadata: { ...(await sidecarOf(page.name)), ...definedOnly(options.metadata) },
        });
        summary.jobs.push({ id, name: page.name, state });
        if (state === "unknown") summary.queued += 1;
        else summary.alreadyQueued[state] = (summary.alreadyQueued[state] ?? 0) + 1;
        if (!options.quiet)
          log(
            `${page.name}: ${state === "unknown" ? "queued" : `already queued (${state})`} as ${id.slice(0, 12)}`,
          );
      } catch (error) {
        if (!(error instanceof ImportError || error instanceof PageSourceError)) throw error;
        summary.refused.push({
          file: page.name,
          ...(page.url ? { url: page.url } : {}),
          code: error.code as RefusalCode,
          error: error.message,
        });
        if (!options.quiet) log(`${page.name}: refused: ${error.message}`);
      }
    }
    if (options.wait) await waitFor(queue, summary, options.quiet ? () => {} : progress);
  } finally {
    await queue.close();
  }
  return summary;
}

const POLL_MS = 500;

/** Follows the summary's jobs until each has completed or failed, reporting progress as it changes. */
async function waitFor(queue: ImportQueue, summary: QueuedSummary, progress: (line: string) => void) {
  const started = performance.now();
  const ids = [...new Set(summary.jobs.map((job) => job.id))];
  const names = new Map(summary.jobs.map((job) => [job.id, job.name]));
  let reported = "";
  const states = new Map<string, PageJobState>();
  const terminal = (state: PageJobState | undefined) =>
    state === "completed" || state === "failed" || state === "unknown";
  for (;;) {
    // Only jobs not finished yet are asked after: a finished one stays finished while this waits.
    const open = ids.filter((id) => !terminal(states.get(id)));
    for (const [id, state] of await queue.states(open)) states.set(id, state);
    const tally = (state: PageJobState) => [...states.values()].filter((s) => s === state).length;
    const completed = tally("completed");
    const failed = tally("failed");
    // A job that is gone has completed and been cleaned away: only completed jobs are ever removed.
    const gone = tally("unknown");
    const done = completed + failed + gone;
    const counts = await queue.counts();
    const line = `queue: ${done}/${ids.length} done (${completed + gone} completed, ${failed} failed), ${tally("active")} active, ${tally("waiting") + tally("prioritized")} waiting, ${tally("delayed")} to retry; ${counts.workers} worker(s)`;
    if (line !== reported) {
      progress(line);
      reported = line;
    }
    if (done === ids.length) break;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const finished: NonNullable<QueuedSummary["finished"]> = {
    imported: 0,
    doneBefore: 0,
    unchanged: 0,
    articles: 0,
    failed: [],
    elapsedSeconds: 0,
    pagesPerSecond: 0,
  };
  const before = new Set(summary.jobs.filter((job) => job.state === "completed").map((job) => job.id));
  for (const id of ids) {
    const outcome = await queue.outcome(id);
    if (before.has(id)) {
      finished.doneBefore += 1;
    } else if (outcome.error !== undefined) {
      finished.failed.push({ id, name: names.get(id) ?? outcome.name ?? id, error: outcome.error });
    } else if (outcome.result?.created) {
      finished.imported += 1;
      finished.articles += outcome.result.articles;
    } else {
      finished.unchanged += 1;
    }
  }
  finished.elapsedSeconds = Math.round((performance.now() - started) / 10) / 100;
  finished.pagesPerSecond =
    finished.elapsedSeconds > 0 ? Math.round((ids.length / finished.elapsedSeconds) * 10) / 10 : 0;
  summary.finished = finished;
}

export function describeQueued(summary: QueuedSummary, settings?: QueueSettings): string {
  const already = Object.entries(summary.alreadyQueued)
    .map(([state, count]) => `${count} ${state}`)
    .join(", ");
  const holding = summary.pages !== summary.files ? ` holding ${summary.pages} page(s)` : "";
  const where = settings ? ` on ${redactedUrl(settings.redisUrl)} (prefix ${settings.prefix})` : "";
  const lines = [
    `${summary.files} file(s)${holding}: ${summary.queued} page(s) queued${where}, ${summary.jobs.length - summary.queued} already queued${already ? ` (${already})` : ""}, ${summary.refused.length} refused`,
    ...summary.refused.map(
      (refusal) =>
        `refused ${refusal.file}${refusal.url ? ` (${refusal.url})` : ""} (${refusal.code}): ${refusal.error}`,
    ),
  ];
  const finished = summary.finished;
  if (finished) {
    lines.push(
      `done: ${finished.imported} page(s) imported, ${finished.unchanged} unchanged, ${finished.doneBefore} done before, ${finished.failed.length} failed; ${finished.articles} article(s); ${finished.elapsedSeconds} s, ${finished.pagesPerSecond} pages/s`,
      ...finished.failed.map((failure) => `failed ${failure.name} (job ${failure.id}): ${failure.error}`),
    );
    if (finished.failed.length) lines.push("`readout queue retry` runs failed jobs again.");
  } else if (summary.queued) {
    lines.push("`readout worker` imports them; `readout queue status` shows how far they have got.");
  }
  return lines.join("\n");
}

export interface QueueStatus extends QueueCounts {
  prefix: string;
  failedJobs: Awaited<ReturnType<ImportQueue["failed"]>>;
}

/** The queue's depth and its failed jobs (the newest `limit`). */
export async function queueStatus(env: NodeJS.ProcessEnv, limit = 20): Promise<QueueStatus> {
  const settings = queueSettings(env);
  const queue = await openQueue(settings);
  try {
    const [counts, failedJobs] = await Promise.all([queue.counts(), queue.failed(limit)]);
    return { prefix: settings.prefix, ...counts, failedJobs };
  } finally {
    await queue.close();
  }
}

export function describeStatus(status: QueueStatus): string {
  return [
    `queue "import" (prefix ${status.prefix}): ${status.waiting} waiting, ${status.active} active, ${status.delayed} to retry, ${status.completed} completed, ${status.failed} failed; ${status.workers} worker(s) connected`,
    ...status.failedJobs.map(
      (job) =>
        `failed ${job.name} (job ${job.id}, ${job.attempts} attempt(s)${job.failedAt ? `, ${job.failedAt}` : ""}): ${job.error}`,
    ),
    ...(status.failed > status.failedJobs.length
      ? [`… and ${status.failed - status.failedJobs.length} more failed job(s)`]
      : []),
  ].join("\n");
}

/** Moves failed jobs (all, or those named) back to the queue. A named job that has not failed is an error. */
export async function retryFailed(env: NodeJS.ProcessEnv, ids: string[]) {
  const queue = await openQueue(queueSettings(env));
  try {
    return await queue.retry(ids);
  } finally {
    await queue.close();
  }
}
