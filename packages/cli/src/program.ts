/** The `readout` command: its options, sub-commands, output and exit codes. */

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { createClient } from "@readout/client";
import { isoInstant } from "@readout/ingest";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import pc from "picocolors";
import { events } from "./commands/events.ts";
import {
  EXPORT_FORMATS,
  EXPORT_KINDS,
  type ExportFormat,
  type ExportKind,
  exportRecords,
} from "./commands/export.ts";
import { describeSummary, emptySummary, importFiles } from "./commands/import.ts";
import { createKey } from "./commands/keys.ts";
import {
  describeQueued,
  describeStatus,
  emptyQueuedSummary,
  enqueueFiles,
  queueSettings,
  queueStatus,
  retryFailed,
} from "./commands/queue.ts";
import { type ReportFormat, report } from "./commands/report.ts";
import { serve } from "./commands/serve.ts";
import { runWorker } from "./commands/worker.ts";
import { CliError, describeFailure, EXIT } from "./errors.ts";

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  /** Whether standard error is a terminal (progress is redrawn in place there). */
  interactive: boolean;
  /** The terminal's width and whether it shows colour, for tables on standard output. */
  terminal: { width: number; color: boolean };
}

const DEFAULT_API = "http://127.0.0.1:4000/graphql";

function pageSize(value: string): number {
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1 || size > 100)
    throw new InvalidArgumentError("a whole number from 1 to 100");
  return size;
}

export function createProgram(io: Io, context: { apiUrl: string } = { apiUrl: DEFAULT_API }): Command {
  const clientFor = (url: string) => {
    context.apiUrl = url;
    return createClient({ url });
  };
  const apiOption = () =>
    new Option("--api <url>", "the Readout GraphQL endpoint").env("READOUT_API_URL").default(DEFAULT_API);
  const program = new Command("readout")
    .description("Compare how the world's press reports diplomatic meetings.")
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride()
    .addHelpText(
      "after",
      `\nExit codes: 0 done, 1 failed, 2 bad usage, 3 API unreachable, 4 not found.\nExamples:\n  readout serve\n  readout report 2023-06-18-blinken-qin-beijing --format markdown\n  readout export articles --format ndjson > articles.ndjson\n  REDIS_URL=redis://127.0.0.1:6379 readout import --queue --wait pages/`,
    );

  program
    .command("serve")
    .description(
      "serve the API (GraphiQL at /graphql) and the dashboard (at /); configured by the environment",
    )
    .option("-p, --port <port>", "port to listen on (default: $PORT or 4000)")
    .option("--host <host>", "address to listen on (default: $HOST or 127.0.0.1)")
    .action(async (options: { port?: string; host?: string }) => {
      await serve(options);
    });

  program
    .command("events")
    .description("list the events in the corpus")
    .addOption(apiOption())
    .option("--json", "print JSON")
    .action(async (options: { api: string; json?: boolean }) => {
      io.stdout.write(await events(clientFor(options.api), Boolean(options.json), io.terminal));
    });

  program
    .command("report")
    .description(
      "compare one event's coverage: outlets, agreements × outlets, claims and verdicts, statements",
    )
    .argument("<event>", "the event's key (see `readout events`)")
    .addOption(apiOption())
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(["table", "markdown", "json"])
        .default("table"),
    )
    .action(async (key: string, options: { api: string; format: ReportFormat }) => {
      io.stdout.write(await report(clientFor(options.api), key, options.format, io.terminal));
    });

  program
    .command("export")
    .description("stream records of one event or of the whole corpus, page by page")
    .argument("<kind>", `what to export: ${EXPORT_KINDS.join(", ")}`, (value: string) => {
      if (!(EXPORT_KINDS as readonly string[]).includes(value)) {
        throw new InvalidArgumentError(`choose one of ${EXPORT_KINDS.join(", ")}`);
      }
      return value as ExportKind;
    })
    .addOption(apiOption())
    .addOption(
      new Option(
        "-f, --format <format>",
        "output format (csl-json: the articles the records cite, for reference managers)",
      )
        .choices(EXPORT_FORMATS)
        .default("ndjson"),
    )
    .option("-e, --event <key>", "only records of this event")
    .option("-o, --output <file>", "write to this file instead of standard output")
    .option("--page-size <n>", "records per request (1-100)", pageSize, 50)
    .option("-q, --quiet", "no progress line")
    .action(
      async (
        kind: ExportKind,
        options: {
          api: string;
          format: ExportFormat;
          event?: string;
          output?: string;
          pageSize: number;
          quiet?: boolean;
        },
      ) => {
        const out = options.output ? createWriteStream(options.output) : io.stdout;
        const write = async (chunk: string) => {
          if (!out.write(chunk)) await once(out, "drain");
        };
        const progress = options.quiet
          ? undefined
          : ({ done, total }: { done: number; total: number }) => {
              const line = `exported ${done}/${total} ${kind}`;
              io.stderr.write(io.interactive ? `\r${line}` : `${line}\n`);
            };
        const count = await exportRecords(clientFor(options.api), {
          kind,
          format: options.format,
          eventKey: options.event,
          pageSize: options.pageSize,
          write,
          progress,
        });
        if (options.output) {
          (out as NodeJS.WritableStream & { end(): void }).end();
          await once(out, "finish");
        }
        if (!options.quiet) {
          io.stderr.write(
            `${io.interactive ? "\n" : ""}${pc.createColors(io.interactive).green("done")}: ${count} ${kind}${options.output ? ` written to ${options.output}` : ""}\n`,
          );
        }
      },
    );
  program
    .command("import")
    .description(
      "import captured pages (.txt/.md/.html files, folders of them, WARC web archives) into the database; extract candidates and link near-duplicate copies",
    )
    .argument("<paths...>", "files, folders (walked recursively) or .warc/.warc.gz files")
    .option("-e, --event <key>", "the event the pages cover")
    .option(
      "--captured-at <time>",
      'when the pages were captured (ISO 8601); "4 hours ago" is read against it',
    )
    .option("--outlet <name>", "the outlet that published the pages, by name or domain (wins over detection)")
    .option("--url <url>", "the page's address: its domain names the outlet")
    .option(
      "--published-at <time>",
      'when the page was published, as written ("2023-06-19T10:00:00+08:00", "June 19, 2023")',
    )
    .option("--title <headline>", "the article's headline")
    .option("--json", "print the summary as JSON")
    .option("-q, --quiet", "no progress")
    .option(
      "--queue",
      "put the pages on the import queue (REDIS_URL) for `readout worker` instead of importing them here",
    )
    .option("--wait", "with --queue: wait until the workers have imported every page, showing progress")
    .action(
      async (
        paths: string[],
        options: {
          event?: string;
          capturedAt?: string;
          outlet?: string;
          url?: string;
          publishedAt?: string;
          title?: string;
          json?: boolean;
          quiet?: boolean;
          queue?: boolean;
          wait?: boolean;
        },
      ) => {
        if (options.wait && !options.queue) throw new CliError("--wait goes with --queue.", EXIT.USAGE);
        if (options.queue) {
          await importThroughQueue(paths, options);
          return;
        }
        // The summary is printed whatever happens, so that a script reading --json always gets one.
        const summary = emptySummary();
        let failure: unknown;
        try {
          await importFiles(paths, pageOptions(options), (line) => io.stdout.write(`${line}\n`), summary);
        } catch (error) {
          failure = error;
          const described = describeFailure(error, context.apiUrl);
          summary.error = { message: described.message, exitCode: described.code };
        }
        const attempted = summary.created + summary.unchanged + summary.failed.length > 0;
        if (options.json) io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
        else if (!failure || attempted) io.stdout.write(`${describeSummary(summary)}\n`);
        if (failure) throw failure;
        if (summary.failed.length)
          throw new CliError(`${summary.failed.length} page(s) were refused.`, EXIT.FAILED);
      },
    );

  /** What `import` and `import --queue` take from the command line, the same for both. */
  const pageOptions = (options: {
    event?: string;
    capturedAt?: string;
    outlet?: string;
    url?: string;
    publishedAt?: string;
    title?: string;
    json?: boolean;
    quiet?: boolean;
  }) => {
    const capturedAt = options.capturedAt ? (isoInstant(options.capturedAt) ?? undefined) : undefined;
    if (options.capturedAt && !capturedAt) {
      throw new CliError(
        `--captured-at "${options.capturedAt}" is not an ISO 8601 date or time with its zone (2023-06-19, 2023-06-19T16:00:00Z).`,
        EXIT.USAGE,
      );
    }
    return {
      eventKey: options.event,
      capturedAt,
      // Stated on the command line: wins over front matter, sidecar files and what the page shows.
      metadata: {
        outlet: options.outlet,
        url: options.url,
        publishedAt: options.publishedAt,
        title: options.title,
      },
      env: io.env,
      interactive: io.interactive,
      quiet: Boolean(options.quiet || options.json),
    };
  };

  const importThroughQueue = async (
    paths: string[],
    options: {
      event?: string;
      capturedAt?: string;
      outlet?: string;
      url?: string;
      publishedAt?: string;
      title?: string;
      json?: boolean;
      quiet?: boolean;
      wait?: boolean;
    },
  ) => {
    const summary = emptyQueuedSummary();
    let failure: unknown;
    try {
      await enqueueFiles(
        paths,
        { ...pageOptions(options), wait: Boolean(options.wait) },
        (line) => io.stdout.write(`${line}\n`),
        (line) => io.stderr.write(io.interactive ? `\r\x1b[K${line}` : `${line}\n`),
        summary,
      );
      if (io.interactive && options.wait && !options.quiet && !options.json) io.stderr.write("\n");
    } catch (error) {
      failure = error;
      const described = describeFailure(error, context.apiUrl);
      summary.error = { message: described.message, exitCode: described.code };
    }
    if (options.json) io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    else if (!failure || summary.pages > 0) io.stdout.write(`${describeQueued(summary, safeSettings())}\n`);
    if (failure) throw failure;
    if (summary.refused.length)
      throw new CliError(`${summary.refused.length} page(s) were refused.`, EXIT.FAILED);
    if (summary.finished?.failed.length)
      throw new CliError(`${summary.finished.failed.length} page(s) failed in the queue.`, EXIT.FAILED);
  };
  const safeSettings = () => {
    try {
      return queueSettings(io.env);
    } catch {
      return undefined;
    }
  };

  program
    .command("worker")
    .description(
      "import pages from the import queue (REDIS_URL) into PostgreSQL (DATABASE_URL) until stopped; run as many as the machine has cores",
    )
    .option(
      "-c, --concurrency <n>",
      "pages imported at once by this process (import is CPU-bound: prefer more processes)",
      (value: string) => {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1 || n > 64)
          throw new InvalidArgumentError("a whole number from 1 to 64");
        return n;
      },
      1,
    )
    .option("-q, --quiet", "log failures only, not every page")
    .addHelpText(
      "after",
      "\nSettings: REDIS_URL, DATABASE_URL (required), READOUT_QUEUE_PREFIX (readout), READOUT_QUEUE_LOCK_MS (60000),\nREADOUT_QUEUE_STALLED_INTERVAL_MS (30000), READOUT_QUEUE_MAX_STALLED (3). SIGTERM or Ctrl-C finishes running jobs, then stops.",
    )
    .action(async (options: { concurrency: number; quiet?: boolean }) => {
      const { stopped } = await runWorker(
        { concurrency: options.concurrency, quiet: Boolean(options.quiet) },
        { env: io.env, log: (line) => io.stdout.write(`${line}\n`) },
      );
      await stopped;
    });

  const queue = program
    .command("queue")
    .description("the import queue (REDIS_URL): its depth and failed jobs, and retrying them");
  queue
    .command("status")
    .description(
      "jobs waiting, active, to retry, completed and failed, workers connected, and the latest failures",
    )
    .option("--json", "print JSON")
    .option(
      "-n, --failures <n>",
      "failed jobs to list",
      (value: string) => {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 0 || n > 1000)
          throw new InvalidArgumentError("a whole number from 0 to 1000");
        return n;
      },
      20,
    )
    .action(async (options: { json?: boolean; failures: number }) => {
      const status = await queueStatus(io.env, options.failures);
      io.stdout.write(options.json ? `${JSON.stringify(status, null, 2)}\n` : `${describeStatus(status)}\n`);
    });
  queue
    .command("retry")
    .description("move failed jobs back to the queue, attempts reset (all of them, or the jobs named)")
    .argument("[jobs...]", "job ids (as `readout queue status` lists them)")
    .option("--json", "print JSON")
    .action(async (ids: string[], options: { json?: boolean }) => {
      const outcome = await retryFailed(io.env, ids);
      if (options.json) io.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
      else {
        io.stdout.write(`retried ${outcome.retried.length} failed job(s)\n`);
        for (const id of outcome.notFailed) io.stderr.write(`not a failed job: ${id}\n`);
      }
      if (outcome.notFailed.length)
        throw new CliError(`${outcome.notFailed.length} job(s) named are not failed jobs.`, EXIT.NOT_FOUND);
    });

  program
    .command("keys")
    .description("manage API keys on the database directly (the first ADMIN key starts here)")
    .command("create")
    .description("create a key and print it (it is shown once)")
    .requiredOption("-n, --name <name>", "what the key is for")
    .addOption(
      new Option("-s, --scope <scope>", "what it may do")
        .choices(["READ", "EDITOR", "ADMIN"])
        .default("EDITOR"),
    )
    .action(async (options: { name: string; scope: "READ" | "EDITOR" | "ADMIN" }) => {
      const key = await createKey(options.name, options.scope, io.env);
      io.stdout.write(`${key.secret}\n`);
      io.stderr.write(
        `created ${key.scope} key "${key.name}" (${key.prefix}…); it will not be shown again\n`,
      );
    });
  return program;
}

/** Runs the command line and returns the exit code; failures are printed, never thrown. */
export async function run(argv: string[], io: Io): Promise<number> {
  const context = { apiUrl: io.env.READOUT_API_URL ?? DEFAULT_API };
  const program = createProgram(io, context);
  try {
    await program.parseAsync(argv, { from: "user" });
    return EXIT.OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed help or the usage problem already.
      return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    const failure = describeFailure(error, context.apiUrl);
    io.stderr.write(`${pc.createColors(io.interactive).red("error")}: ${failure.message}\n`);
    return failure.code;
  }
}
