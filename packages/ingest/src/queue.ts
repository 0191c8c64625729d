/**
 * Import as a job queue (BullMQ on Redis): `readout import --queue` puts pages on it, `readout worker`
 * processes as many as it is given with the same `importPage` that a direct import runs.
 *
 * Delivery is at least once, and that is safe because the page write is idempotent: a page is one
 * transaction keyed by the hash of its text, so a job run twice (a worker killed after the commit but
 * before it could mark the job completed) stores the page once and the second run finds it unchanged.
 * The job's id is that same hash, so a page is queued once however often it is sent.
 *
 * A worker holds a lock on each job it runs and renews it every `lockDurationMs / 2`; a worker that dies
 * stops renewing, and once the lock has expired the stalled-job check (every `stalledIntervalMs`, run by
 * every live worker) moves the job back to the waiting list for another worker. A job found stalled more
 * than `maxStalledCount` times fails (a page that kills every worker that takes it), keeping its error.
 */
import { createHash } from "node:crypto";
import type { DbClient } from "@readout/db";
import { type Job, Queue, UnrecoverableError, Worker } from "bullmq";
import { Redis } from "ioredis";
import { ImportError, type ImportResult, importPage, pageText } from "./import.ts";
import type { PageMetadata } from "./metadata/types.ts";
import { prepareImport } from "./prepare.ts";
import { invalidateResponseCaches } from "./response-cache.ts";

/** The queue's name; deployments (or test runs) sharing one Redis keep apart by their key prefix. */
export const IMPORT_QUEUE = "import";

/** What a job carries: the page and what the command line stated about it. */
export interface PageJobData {
  /** The page as read; dropped from the job once the page is stored (the database holds it then). */
  content?: string;
  mediaType: "text/plain" | "text/html";
  /** Where the page came from (a file, or `archive.warc#3`), for progress lines and failures. */
  name: string;
  fileName?: string | undefined;
  url?: string | undefined;
  /** ISO 8601. */
  capturedAt?: string | undefined;
  eventKey?: string | undefined;
  metadata?: PageMetadata | undefined;
}

/** What a completed job keeps: the outcome of `importPage`, without the ids of every candidate. */
export interface PageJobResult {
  documentId: string;
  created: boolean;
  articles: number;
  candidates: ImportResult["candidates"];
  duplicates: number;
  attached?: boolean | undefined;
}

export interface QueueConnection {
  /** A redis:// or rediss:// URL. */
  redisUrl: string;
  /** The prefix of the queue's keys in Redis. */
  prefix: string;
}

export interface WorkerTimings {
  /** How long a job's lock lasts without renewal: a dead worker's job waits this long, at most, for another. */
  lockDurationMs: number;
  /** How often workers look for jobs whose lock has expired. */
  stalledIntervalMs: number;
  /** How many times a job may be found stalled before it fails. */
  maxStalledCount: number;
}

/** Redis cannot be reached (at start; later outages are retried by the client). */
export class QueueUnreachableError extends Error {
  override name = "QueueUnreachableError";
}

/** Attempts of a job that fails with an unexpected error (a conflict with a concurrent import, a lost connection). */
export const JOB_ATTEMPTS = 5;

/** Completed jobs are kept (without their page) this long, so that the same page sent again is not queued again. */
const KEEP_COMPLETED = { age: 7 * 24 * 3600, count: 100_000 };

/**
 * The job id of a page: the hash of its stored text, as `importPage` computes it. Throws the ImportError a
 * direct import would for a page with no text or bad front matter.
 */
export function pageJobId(content: string, mediaType: PageJobData["mediaType"]): string {
  if (content.includes("\u0000"))
    throw new ImportError("BINARY", "The page contains NUL characters: it is binary, not text.");
  const { text, captured } = pageText({ content, mediaType });
  if (!text.trim()) throw new ImportError("EMPTY", "The page has no text.");
  return createHash("sha256").update(captured).digest("hex");
}

/** A connected Redis client, or QueueUnreachableError after `timeoutMs`. */
async function connect(redisUrl: string, options: { blocking: boolean; timeoutMs?: number }): Promise<Redis> {
  const client = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: options.timeoutMs ?? 3000,
    // A worker's blocking connection must wait out outages; the CLI's short commands fail fast instead.
    maxRetriesPerRequest: options.blocking ? null : 2,
  });
  // Errors surface through the commands that fail; without a listener ioredis would print each one.
  let cause: Error | undefined;
  client.on("error", (error: Error) => {
    cause ??= error;
  });
  try {
    await client.connect();
    await client.ping();
    return client;
  } catch (error) {
    client.disconnect();
    const where = redactedUrl(redisUrl);
    throw new QueueUnreachableError(
      `Cannot reach Redis at ${where} (REDIS_URL): ${(cause ?? (error as Error)).message}`,
    );
  }
}

/** The URL without its password, for messages. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    // Unparsable, it may still hold a password: say nothing of it.
    return "(an address that cannot be parsed)";
  }
}

export type PageJobState = Awaited<ReturnType<Queue["getJobState"]>>;

export interface QueueCounts {
  waiting: number;
  active: number;
  /** Failed attempts waiting for their retry. */
  delayed: number;
  completed: number;
  failed: number;
  /** Workers connected to the queue now. */
  workers: number;
}

export interface FailedJob {
  id: string;
  name: string;
  error: string;
  attempts: number;
  failedAt: string | null;
}

/** The queue as the command line sees it: add pages, follow them, count, retry failures. */
export class ImportQueue {
  private constructor(
    private readonly queue: Queue<PageJobData, PageJobResult>,
    private readonly client: Redis,
  ) {}

  static async open(connection: QueueConnection): Promise<ImportQueue> {
    const client = await connect(connection.redisUrl, { blocking: false });
    const queue = new Queue<PageJobData, PageJobResult>(IMPORT_QUEUE, {
      connection: client,
      prefix: connection.prefix,
    });
    return new ImportQueue(queue, client);
  }

  /**
   * Queues a page under its content hash; a page already queued, running, done or failed is left as it is
   * (its state is returned: `readout queue retry` runs a failed one again).
   */
  async enqueue(data: PageJobData & { content: string }): Promise<{ id: string; state: PageJobState }> {
    const id = pageJobId(data.content, data.mediaType);
    const state = await this.queue.getJobState(id);
    if (state !== "unknown") return { id, state };
    await this.queue.add(data.name, data, {
      jobId: id,
      attempts: JOB_ATTEMPTS,
      backoff: { type: "exponential", delay: 1000 },
      removeOnComplete: KEEP_COMPLETED,
      removeOnFail: false,
    });
    return { id, state: "unknown" };
  }

  async states(ids: string[]): Promise<Map<string, PageJobState>> {
    const states = await Promise.all(ids.map((id) => this.queue.getJobState(id)));
    return new Map(ids.map((id, i) => [id, states[i] ?? "unknown"]));
  }

  /** The outcome of finished jobs: a completed job's result, a failed job's error. */
  async outcome(id: string): Promise<{ result?: PageJobResult; error?: string; name?: string }> {
    const job = await this.queue.getJob(id);
    if (!job) return {};
    // A job that completed after a failed attempt keeps that attempt's error: its state decides.
    return (await job.getState()) === "failed"
      ? { error: job.failedReason, name: job.name }
      : { result: job.returnvalue, name: job.name };
  }

  async counts(): Promise<QueueCounts> {
    const [counts, workers] = await Promise.all([
      this.queue.getJobCounts("waiting", "prioritized", "active", "delayed", "completed", "failed"),
      this.queue.getWorkersCount(),
    ]);
    const n = (key: string) => counts[key] ?? 0;
    return {
      waiting: n("waiting") + n("prioritized"),
      active: n("active"),
      delayed: n("delayed"),
      completed: n("completed"),
      failed: n("failed"),
      workers,
    };
  }

  /**
   * Finished jobs of a state with how they got there: `stalled` counts the times a job was taken back from
   * a worker that stopped renewing its lock (a killed one), `started` the runs it had.
   */
  async finished(
    state: "completed" | "failed",
    limit = 10_000,
  ): Promise<{ id: string; name: string; stalled: number; started: number }[]> {
    const jobs = await this.queue.getJobs(state, 0, limit - 1);
    return jobs.filter(Boolean).map((job) => ({
      id: String(job.id),
      name: job.name,
      stalled: job.stalledCounter ?? 0,
      started: job.attemptsStarted ?? 0,
    }));
  }

  /** Failed jobs, newest first. */
  async failed(limit = 100): Promise<FailedJob[]> {
    const jobs = await this.queue.getFailed(0, limit - 1);
    return jobs.filter(Boolean).map((job) => ({
      id: String(job.id),
      name: job.name,
      error: job.failedReason,
      attempts: job.attemptsMade,
      failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    }));
  }

  /**
   * Moves failed jobs (all of them, or those named) back to the waiting list, attempts reset; returns the
   * ids retried and those named that were not failed.
   */
  async retry(ids?: string[]): Promise<{ retried: string[]; notFailed: string[] }> {
    const retried: string[] = [];
    const notFailed: string[] = [];
    if (ids?.length) {
      for (const id of ids) {
        const job = await this.queue.getJob(id);
        if (!job || (await job.getState()) !== "failed") {
          notFailed.push(id);
          continue;
        }
        await job.retry("failed", { resetAttemptsMade: true, resetAttemptsStarted: true });
        retried.push(id);
      }
      return { retried, notFailed };
    }
    // Page by page from the start: each retried job leaves the failed set.
    for (;;) {
      const jobs = (await this.queue.getFailed(0, 99)).filter(Boolean);
      if (jobs.length === 0) return { retried, notFailed };
      for (const job of jobs) {
        await job.retry("failed", { resetAttemptsMade: true, resetAttemptsStarted: true });
        retried.push(String(job.id));
      }
    }
  }

  /** Removes the queue and every job from Redis (tests, and a deployment that starts over). */
  async obliterate(): Promise<void> {
    await this.queue.obliterate({ force: true });
  }

  async close(): Promise<void> {
    await this.queue.close();
    this.client.disconnect();
  }
}

export interface ImportWorkerOptions extends QueueConnection, WorkerTimings {
  prisma: DbClient;
  /** Jobs run at once by this process (import is CPU-bound: run more processes rather than raise this). */
  concurrency: number;
  /** Told of each job as it ends. */
  onJob?: (event: {
    id: string;
    name: string;
    outcome: "completed" | "failed" | "retrying";
    result?: PageJobResult;
    error?: string;
  }) => void;
  /** Told of errors outside jobs (a lost connection), which the worker recovers from by itself. */
  onError?: (error: Error) => void;
}

/** Runs one job: the page's import, its content dropped from the job once the page is stored. */
async function processPage(prisma: DbClient, job: Job<PageJobData, PageJobResult>): Promise<PageJobResult> {
  const data = job.data;
  if (data.content === undefined) {
    // Its page was stored by an earlier run of this job that could not mark it completed.
    const stored = await prisma.sourceDocument.findUnique({
      where: { contentHash: String(job.id) },
      select: { id: true, _count: { select: { articles: true } } },
    });
    if (!stored) throw new UnrecoverableError("The job has lost its page and the page is not stored.");
    // The run that stored it may have died before telling the response caches.
    await invalidateResponseCaches();
    return {
      documentId: stored.id,
      created: false,
      articles: stored._count.articles,
      candidates: {},
      duplicates: 0,
    };
  }
  try {
    const result = await importPage(prisma, {
      content: data.content,
      mediaType: data.mediaType,
      fileName: data.fileName,
      url: data.url,
      capturedAt: data.capturedAt ? new Date(data.capturedAt) : undefined,
      eventKey: data.eventKey,
      metadata: data.metadata,
    });
    // A page found stored may be an earlier attempt's that failed to tell the response caches.
    if (!result.created && !result.attached) await invalidateResponseCaches();
    const { content: _stored, ...rest } = data;
    await job.updateData(rest);
    return {
      documentId: result.documentId,
      created: result.created,
      articles: result.articleIds.length,
      candidates: result.candidates,
      duplicates: result.duplicates?.length ?? 0,
      ...(result.attached ? { attached: true } : {}),
    };
  } catch (error) {
    // A refused page is refused again on every attempt: it fails at once, with its code.
    if (error instanceof ImportError) throw new UnrecoverableError(`${error.code}: ${error.message}`);
    throw error;
  }
}

export interface RunningWorker {
  /** Stops taking jobs and waits for those running (`force`: abandons them to other workers). */
  close(force?: boolean): Promise<void>;
}

/** Starts a worker on the import queue; it runs until closed. */
export async function startImportWorker(options: ImportWorkerOptions): Promise<RunningWorker> {
  // The language models and reference lists load before the first job, not during it.
  await prepareImport(options.prisma, { rehearse: true });
  const client = await connect(options.redisUrl, { blocking: true });
  const worker = new Worker<PageJobData, PageJobResult>(
    IMPORT_QUEUE,
    (job) => processPage(options.prisma, job),
    {
      connection: client,
      prefix: options.prefix,
      concurrency: options.concurrency,
      lockDuration: options.lockDurationMs,
      stalledInterval: options.stalledIntervalMs,
      maxStalledCount: options.maxStalledCount,
      autorun: false,
    },
  );
  worker.on("completed", (job, result) =>
    options.onJob?.({ id: String(job.id), name: job.name, outcome: "completed", result }),
  );
  worker.on("failed", (job, error) => {
    if (!job) return;
    const final = error instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    options.onJob?.({
      id: String(job.id),
      name: job.name,
      outcome: final ? "failed" : "retrying",
      error: error.message,
    });
  });
  worker.on("error", (error) => options.onError?.(error));
  worker.run().catch((error: unknown) => options.onError?.(error as Error));
  await worker.waitUntilReady();
  return {
    async close(force = false) {
      await worker.close(force);
      client.disconnect();
    },
  };
}
