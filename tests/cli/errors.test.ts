/**
 * The command line's error paths: pages that cannot be imported are refused one by one with a stable
 * code naming the file (nothing of them stored), `--json` prints its summary whatever happens, and a
 * configuration that cannot work — a malformed variable, a port in use, a data directory that cannot be
 * written or is held by another process — stops with one line naming the variable and exit code 2, before
 * anything is migrated.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runReadout } from "../kit/cli.ts";
import { tableCounts, throwawayDatabase } from "../kit/database.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const onPostgres = Boolean(process.env.READOUT_TEST_POSTGRES_URL);

let database: Awaited<ReturnType<typeof throwawayDatabase>>;
let pages: string;
beforeAll(async () => {
  database = await throwawayDatabase();
  pages = await mkdtemp(path.join(tmpdir(), "readout-bad-pages-"));
});
afterAll(async () => {
  await database?.drop();
  await rm(pages, { recursive: true, force: true });
});

/** Runs `readout` in-process with `env` and captures what it prints. */
function readout(env: NodeJS.ProcessEnv, ...argv: string[]) {
  return runReadout({ LOG_LEVEL: "silent", ...env }, argv);
}

/** Runs `readout` in a process of its own (for `serve`, which reads the process's environment). */
async function readoutProcess(env: NodeJS.ProcessEnv, ...argv: string[]) {
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "packages/cli/src/main.ts", ...argv],
    {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: "silent", DATABASE_URL: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const [code] = await once(child, "exit");
  return { code: code as number | null, stdout, stderr };
}

const summaryOf = (stdout: string) =>
  JSON.parse(stdout) as {
    files: number;
    created: number;
    failed: { file: string; code: string; error: string }[];
    error?: { message: string; exitCode: number };
  };

describe("readout import refuses what is not a page, naming the file", () => {
  it("refuses binary, oversized and non-UTF-8 files with their codes, and stores nothing of them", {
    timeout: 120_000,
  }, async () => {
    const binary = path.join(pages, "photo.txt");
    const oversized = path.join(pages, "long.txt");
    const latin1 = path.join(pages, "latin1.txt");
    await writeFile(
      binary,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    );
    await writeFile(oversized, `Global Times\n${"The talks went on. ".repeat(200)}\n`);
    await writeFile(latin1, Buffer.from("Le Monde\nLes entretiens ont dur\xe9 cinq heures.\n", "latin1"));

    const { code, stdout } = await readout(
      { ...database.env, READOUT_IMPORT_MAX_BYTES: "1000" },
      "import",
      binary,
      oversized,
      latin1,
      "--json",
    );
    expect(code).toBe(1);
    const summary = summaryOf(stdout);
    expect(summary).toMatchObject({ files: 3, created: 0 });
    expect(summary.failed.map((failure) => [failure.file, failure.code])).toEqual([
      [binary, "BINARY"],
      [oversized, "TOO_LARGE"],
      [latin1, "ENCODING"],
    ]);
    for (const failure of summary.failed) expect(failure.error).toContain(failure.file);
    expect(summary.failed[1]?.error).toContain("READOUT_IMPORT_MAX_BYTES");

    const db = await database.open();
    try {
      const counts = await tableCounts(db);
      expect(counts.SourceDocument).toBe(0);
      expect(counts.Article).toBe(0);
    } finally {
      await db.close();
    }
  });

  it("prints the --json summary when a path is missing, and exits 2", async () => {
    const missing = path.join(pages, "no-such-page.txt");
    const { code, stdout, stderr } = await readout(database.env, "import", missing, "--json");
    expect(code).toBe(2);
    expect(summaryOf(stdout)).toMatchObject({
      files: 0,
      error: { message: `No such file or folder: ${missing}`, exitCode: 2 },
    });
    expect(stderr).toBe(`error: No such file or folder: ${missing}\n`);
  });

  it("refuses a bad configuration in one line naming the variable, with exit code 2", async () => {
    const page = path.join(pages, "page.txt");
    await writeFile(page, "Global Times\nTalks\n");
    const cases: [NodeJS.ProcessEnv, string][] = [
      [
        { DATABASE_URL: "mysql://localhost/readout" },
        "DATABASE_URL must be a postgresql:// connection string",
      ],
      [
        { DATABASE_URL: "postgresql://postgres:secret@127.0.0.1:9/readout" },
        "DATABASE_URL postgresql://postgres@127.0.0.1:9/readout cannot be used: nothing accepts connections there.",
      ],
      [{ LOG_LEVEL: "loud" }, "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent"],
      [{ READOUT_IMPORT_MAX_BYTES: "lots" }, "READOUT_IMPORT_MAX_BYTES must be a whole number of bytes"],
      [
        { DATABASE_URL: "", READOUT_DATA_DIR: "/proc/readout-test/data" },
        "READOUT_DATA_DIR must name a writable directory",
      ],
    ];
    for (const [env, message] of cases) {
      const { code, stdout, stderr } = await readout({ ...database.env, ...env }, "import", page, "--json");
      expect(code, stderr).toBe(2);
      expect(stderr.trim().split("\n"), stderr).toHaveLength(1);
      expect(stderr).toContain(message);
      expect(summaryOf(stdout).error?.exitCode).toBe(2);
    }
  });

  it.skipIf(onPostgres)(
    "is refused while another process holds the embedded database, naming it",
    { timeout: 120_000 },
    async () => {
      const dir = database.env.READOUT_DATA_DIR as string;
      const holder = spawn(process.execPath, ["--import", "tsx", "tests/kit/hold-data-dir.ts", dir], {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "inherit"],
      });
      try {
        await once(holder.stdout as NodeJS.ReadableStream, "data");
        const page = path.join(pages, "page.txt");
        const { code, stderr } = await readout(database.env, "import", page);
        expect(code).toBe(2);
        expect(stderr).toContain(`The embedded database in ${dir} is in use by process ${holder.pid}`);
      } finally {
        holder.kill("SIGKILL");
        await once(holder, "exit");
      }
    },
  );
});

describe("readout serve stops before touching the database when its configuration cannot work", () => {
  let blocker: Server;
  let port: number;
  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    port = (blocker.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  it("says in one line that the port is in use, exits 2 and migrates nothing", {
    timeout: 120_000,
  }, async () => {
    const fresh = await throwawayDatabase();
    try {
      const { code, stderr } = await readoutProcess({ ...fresh.env, PORT: String(port) }, "serve");
      expect(code, stderr).toBe(2);
      expect(stderr).toBe(
        `error: Port 127.0.0.1:${port} is in use by another process: stop it, or set PORT (or --port) to a free port.\n`,
      );
      if (onPostgres) {
        const client = new pg.Client({ connectionString: fresh.env.DATABASE_URL });
        await client.connect();
        try {
          const { rows } = await client.query(
            "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'",
          );
          expect(rows[0]?.n).toBe(0);
        } finally {
          await client.end();
        }
      } else {
        expect(await readdir(fresh.env.READOUT_DATA_DIR as string)).toEqual([]);
      }
    } finally {
      await fresh.drop();
    }
  });

  it("names a malformed PORT, LOG_LEVEL or unwritable READOUT_DATA_DIR in one line, exit 2", {
    timeout: 120_000,
  }, async () => {
    const cases: [NodeJS.ProcessEnv, string][] = [
      [
        { PORT: "eighty" },
        'error: Invalid configuration: PORT must be a port number from 0 to 65535 (got "eighty").\n',
      ],
      [
        { PORT: "0", READOUT_DATA_DIR: "/proc/readout-test/data" },
        "error: READOUT_DATA_DIR must name a writable directory: /proc/readout-test/data cannot be created or written (ENOENT).\n",
      ],
    ];
    for (const [env, line] of cases) {
      const { code, stderr } = await readoutProcess(env, "serve");
      expect(code, stderr).toBe(2);
      expect(stderr).toBe(line);
    }
  });
});
