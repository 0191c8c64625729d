/**
 * The benchmark's own PostgreSQL cluster: started from the machine's PostgreSQL binaries on a port of its
 * own, with pg_stat_statements preloaded, so that statement counts and the CPU time of its backends can be
 * read without touching any other server. `initdb` refuses to run as root: as root, every cluster command
 * runs as the `postgres` system user, in a folder that user owns.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { progress } from "./log.ts";

export interface ClusterOptions {
  dir: string;
  port: number;
}

export interface Cluster {
  port: number;
  dir: string;
  /** A connection string for one of its databases. */
  url(database: string): string;
  /** Creates the database when missing; drops it first when `fresh`. */
  ensureDatabase(database: string, fresh?: boolean): Promise<void>;
  /** Total SQL statements that pg_stat_statements has counted in one database. */
  statementCalls(database: string): Promise<number>;
  /** CPU milliseconds used so far by the postmaster and all its children. */
  cpuMs(): number;
  /** Closes the benchmark's own connection, leaving the cluster running. */
  release(): Promise<void>;
  stop(): Promise<void>;
}

const bindir = () => execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim();

function asPostgres(command: string, args: string[], cwd: string) {
  const isRoot = process.getuid?.() === 0;
  const [file, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  const result = spawnSync(file, argv, { cwd, encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`${path.basename(command)} failed (${result.status}): ${result.stderr || result.stdout}`);
  }
  return result.stdout;
}

const CLOCK_TICKS_PER_SECOND = Number(
  spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim() || 100,
);

/**
 * The CPU time and parent of one process, from /proc/<pid>/stat (null when it has gone): its own utime +
 * stime, and cutime + cstime, the CPU of its children that have ended and been waited for. Counting both
 * keeps a tree's total from dropping when a database backend or a worker exits.
 */
export function procStat(pid: number): { ppid: number; cpuMs: number; rssMb: number } | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  // The command name is in parentheses and may hold spaces; fields after it are plain.
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const ppid = Number(fields[1]);
  const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  const rssPages = Number(fields[21]);
  return { ppid, cpuMs: (ticks * 1000) / CLOCK_TICKS_PER_SECOND, rssMb: (rssPages * 4096) / 1024 / 1024 };
}

/** Every live process id with its parent. */
export function processTable(): Map<number, number> {
  const table = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = procStat(pid);
    if (stat) table.set(pid, stat.ppid);
  }
  return table;
}

/** A process and all its descendants. */
export function processTree(root: number): number[] {
  const table = processTable();
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, ppid] of table) if (ppid === tree[i]) tree.push(pid);
  }
  return tree.filter((pid) => table.has(pid));
}

/** CPU milliseconds and resident memory of a process tree. */
export function treeUsage(root: number): { cpuMs: number; rssMb: number } {
  let cpuMs = 0;
  let rssMb = 0;
  for (const pid of processTree(root)) {
    const stat = procStat(pid);
    if (!stat) continue;
    cpuMs += stat.cpuMs;
    rssMb += stat.rssMb;
  }
  return { cpuMs, rssMb };
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const bin = bindir();
  const { dir, port } = options;
  const isRoot = process.getuid?.() === 0;
  if (!existsSync(path.join(dir, "PG_VERSION"))) {
    progress(`initialising a PostgreSQL cluster in ${dir}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (isRoot) {
      const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
      const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
      chownSync(dir, uid, gid);
    }
    asPostgres(
      path.join(bin, "initdb"),
      ["-D", dir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"],
      "/tmp",
    );
    appendFileSync(
      path.join(dir, "postgresql.conf"),
      [
        "",
        "# Readout benchmark",
        `port = ${port}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${dir}'`,
        "shared_preload_libraries = 'pg_stat_statements'",
        "pg_stat_statements.track = all",
        "pg_stat_statements.max = 10000",
        "shared_buffers = 512MB",
        "work_mem = 16MB",
        "maintenance_work_mem = 512MB",
        "max_wal_size = 4GB",
        "wal_level = minimal",
        "max_wal_senders = 0",
        "jit = off",
        "",
      ].join("\n"),
    );
  }
  const pidFile = path.join(dir, "postmaster.pid");
  const running =
    existsSync(pidFile) && procStat(Number(readFileSync(pidFile, "utf8").split("\n")[0])) !== null;
  if (!running) {
    progress(`starting the benchmark's PostgreSQL on port ${port}`);
    asPostgres(
      path.join(bin, "pg_ctl"),
      ["-D", dir, "-l", path.join(dir, "server.log"), "-w", "start"],
      "/tmp",
    );
  }
  const postmaster = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  const url = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;

  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: url("postgres") });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  await admin((client) => client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
  let counter: pg.Client | null = null;
  const release = async () => {
    await counter?.end();
    counter = null;
  };

  return {
    port,
    dir,
    url,
    async ensureDatabase(database, fresh = false) {
      await admin(async (client) => {
        if (fresh) await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
        if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
      });
    },
    async statementCalls(database) {
      // One connection for all the reads, so that no backend starts or ends inside a measurement.
      if (!counter) {
        counter = new pg.Client({ connectionString: url("postgres") });
        await counter.connect();
      }
      const { rows } = await counter.query(
        `SELECT coalesce(sum(calls), 0)::bigint AS calls FROM pg_stat_statements s
           JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = $1`,
        [database],
      );
      return Number(rows[0].calls);
    },
    cpuMs: () => treeUsage(postmaster).cpuMs,
    release,
    async stop() {
      await release();
      progress("stopping the benchmark's PostgreSQL");
      asPostgres(path.join(bin, "pg_ctl"), ["-D", dir, "-m", "fast", "-w", "stop"], "/tmp");
    },
  };
}
