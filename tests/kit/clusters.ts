/**
 * A PostgreSQL primary and a streaming replica of it (pg_basebackup -R), each a cluster of its own in a
 * temporary directory on a free port, for the tests of read replicas. initdb refuses root: when the tests
 * run as root, the clusters run as the `postgres` system user. pg_stat_statements is loaded on both, so
 * that a test can count the statements each server ran.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, chown, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

/** Where the PostgreSQL 15 binaries are (READOUT_TEST_PG_BIN overrides). */
export const PG_BIN = process.env.READOUT_TEST_PG_BIN || "/usr/lib/postgresql/15/bin";

/** Why clusters cannot be started here, or null when they can. */
export function clustersUnavailable(): string | null {
  for (const tool of ["initdb", "pg_ctl", "pg_basebackup", "postgres"]) {
    if (!existsSync(path.join(PG_BIN, tool))) return `${path.join(PG_BIN, tool)} is missing`;
  }
  if (process.getuid?.() === 0 && !existsSync("/usr/sbin/runuser") && !existsSync("/sbin/runuser")) {
    return "running as root without runuser";
  }
  return null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Cluster {
  port: number;
  url: string;
  dir: string;
  /** Stops the server (`immediate`: as a crash would), if it runs. */
  stop(mode?: "fast" | "immediate"): Promise<void>;
  query<T extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface ClusterPair {
  primary: Cluster;
  replica: Cluster;
  /** Stops both and removes their files. */
  destroy(): Promise<void>;
}

/** Starts a primary and a streaming replica of it; on failure, removes what it started. */
export async function startClusterPair(): Promise<ClusterPair> {
  const root = await mkdtemp(path.join(tmpdir(), "readout-clusters-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    await chmod(root, 0o755);
    await run("chown", ["postgres:postgres", root]);
  }
  const tool = (name: string, args: string[]) =>
    asRoot
      ? run("runuser", ["-u", "postgres", "--", path.join(PG_BIN, name), ...args])
      : run(path.join(PG_BIN, name), args);
  const started: string[] = [];
  const cluster = (dir: string, port: number): Cluster => ({
    port,
    dir,
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    async stop(mode = "fast") {
      await tool("pg_ctl", ["stop", "-D", dir, "-m", mode, "-w"]).catch(() => {});
    },
    async query(sql, params) {
      const client = new pg.Client({ connectionString: this.url });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows;
      } finally {
        await client.end();
      }
    },
  });
  const destroy = async () => {
    for (const dir of started.reverse()) {
      await tool("pg_ctl", ["stop", "-D", dir, "-m", "immediate", "-w"]).catch(() => {});
    }
    await rm(root, { recursive: true, force: true });
  };
  try {
    const [primaryPort, replicaPort] = [await freePort(), await freePort()];
    const primaryDir = path.join(root, "primary");
    const replicaDir = path.join(root, "replica");
    await tool("initdb", ["-D", primaryDir, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"]);
    // Small and unsafe on a crash (fsync off): these clusters live for one test file.
    const settings = [
      `port = ${primaryPort}`,
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${root}'`,
      "wal_level = replica",
      "max_wal_senders = 4",
      "hot_standby = on",
      "fsync = off",
      "synchronous_commit = off",
      "full_page_writes = off",
      "shared_buffers = 32MB",
      "max_connections = 60",
      "shared_preload_libraries = 'pg_stat_statements'",
      "pg_stat_statements.track_utility = off",
    ];
    const confFile = path.join(primaryDir, "postgresql.auto.conf");
    await writeFile(confFile, `${settings.join("\n")}\n`);
    if (asRoot) await chown(confFile, ...(await postgresIds()));
    await tool("pg_ctl", ["start", "-D", primaryDir, "-w", "-l", path.join(root, "primary.log")]);
    started.push(primaryDir);
    const primary = cluster(primaryDir, primaryPort);
    await primary.query("CREATE EXTENSION pg_stat_statements");
    // -R writes primary_conninfo and standby.signal; the replica takes the primary's settings but its port.
    await tool("pg_basebackup", [
      "-h",
      "127.0.0.1",
      "-p",
      String(primaryPort),
      "-U",
      "postgres",
      "-D",
      replicaDir,
      "-R",
      "-X",
      "stream",
      "--no-sync",
    ]);
    await run(asRoot ? "runuser" : "sh", [
      ...(asRoot ? ["-u", "postgres", "--", "sh"] : []),
      "-c",
      `echo "port = ${replicaPort}" >> "${path.join(replicaDir, "postgresql.auto.conf")}"`,
    ]);
    await tool("pg_ctl", ["start", "-D", replicaDir, "-w", "-l", path.join(root, "replica.log")]);
    started.push(replicaDir);
    return { primary, replica: cluster(replicaDir, replicaPort), destroy };
  } catch (error) {
    await destroy();
    throw error;
  }
}

async function postgresIds(): Promise<[number, number]> {
  const { stdout } = await run("id", ["-u", "postgres"]);
  const { stdout: group } = await run("id", ["-g", "postgres"]);
  return [Number(stdout.trim()), Number(group.trim())];
}
