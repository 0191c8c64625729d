/**
 * `readout worker`: takes pages from the import queue and imports them into the PostgreSQL database that
 * DATABASE_URL names, until SIGTERM or Ctrl-C (the jobs running then finish first; a second signal
 * abandons them, and their locks expire so that another worker takes them).
 */
import { ConfigError, databaseConfigError, readEnv } from "@readout/api";
import { createDb } from "@readout/db";
import {
  fingerprintStoredArticles,
  QueueUnreachableError,
  redactedUrl,
  startImportWorker,
} from "@readout/ingest";
import { CliError, EXIT } from "../errors.ts";
import { queueSettings } from "./queue.ts";

export async function runWorker(
  options: { concurrency: number; quiet: boolean },
  io: { env: NodeJS.ProcessEnv; log: (line: string) => void },
): Promise<{ stopped: Promise<void> }> {
  const env = readEnv(io.env);
  const settings = queueSettings(io.env);
  if (!env.DATABASE_URL)
    throw new ConfigError(
      "DATABASE_URL",
      "readout worker writes to PostgreSQL: set DATABASE_URL. The embedded database (READOUT_DATA_DIR) serves one process at a time and cannot be shared by workers.",
    );
  const log = (line: string) => io.log(`${new Date().toISOString()} ${line}`);
  const db = await createDb({ databaseUrl: env.DATABASE_URL });
  let running: Awaited<ReturnType<typeof startImportWorker>>;
  try {
    await db.migrate().catch((error: unknown) => {
      throw databaseConfigError(error, env.DATABASE_URL) ?? error;
    });
    // As `readout import` does: stored articles without near-duplicate bands get them, so copies are found.
    const fingerprinted = await fingerprintStoredArticles(db.prisma);
    if (fingerprinted && !options.quiet) log(`fingerprinted ${fingerprinted} stored article(s)`);
    running = await startImportWorker({
      ...settings,
      prisma: db.prisma,
      concurrency: options.concurrency,
      onJob: (event) => {
        if (options.quiet && event.outcome === "completed") return;
        const label = `${event.name} (${event.id.slice(0, 12)})`;
        if (event.outcome === "completed") {
          const result = event.result;
          const found = Object.values(result?.candidates ?? {}).reduce((sum, n) => sum + (n ?? 0), 0);
          log(
            result?.created
              ? `imported ${label}: ${result.articles} article(s), ${found} candidate(s)${result.duplicates ? `, ${result.duplicates} near copies` : ""}`
              : `unchanged ${label}: stored already${result?.attached ? ", event attached" : ""}`,
          );
        } else {
          log(`${event.outcome === "failed" ? "failed" : "will retry"} ${label}: ${event.error}`);
        }
      },
      onError: (error) => log(`queue error (retrying): ${error.message}`),
    });
  } catch (error) {
    await db.close();
    if (error instanceof QueueUnreachableError) throw new CliError(error.message, EXIT.UNREACHABLE);
    throw error;
  }
  log(
    `worker ${process.pid} ready: queue "import" (prefix ${settings.prefix}) on ${redactedUrl(settings.redisUrl)}, ${options.concurrency} at a time, lock ${settings.lockDurationMs} ms, stalled check every ${settings.stalledIntervalMs} ms`,
  );

  let stopping = false;
  let resolveStopped: () => void = () => {};
  const stopped = new Promise<void>((resolve) => {
    resolveStopped = resolve;
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`${signal} again: abandoning running jobs to other workers`);
      void running.close(true);
      return;
    }
    stopping = true;
    log(`${signal}: finishing running jobs, then stopping`);
    void running
      .close()
      .then(() => db.close())
      .then(() => {
        log("stopped");
        process.off("SIGTERM", stop);
        process.off("SIGINT", stop);
        resolveStopped();
      });
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  return { stopped };
}
