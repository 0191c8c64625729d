/**
 * One writer per embedded database: a lock file in the PGlite data directory names the process that holds
 * it. PGlite has no lock across processes, and a second process writing to the same directory loses its
 * writes silently.
 *
 * Home-made on purpose: lock libraries for Node (proper-lockfile, lockfile) judge staleness by the lock's
 * age and must refresh it on a timer, which a long synchronous PGlite query can starve, so a busy holder
 * would lose its lock. A pid check needs no timer: the lock is stale as soon as its holder is gone, however
 * it ended (SIGKILL included).
 */
import { link, mkdir, readFile, rmdir, stat, unlink, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";

export const LOCK_FILE = "readout.lock";

export type DataDirErrorCode = "LOCKED" | "NOT_WRITABLE";

/** The data directory cannot be used: another process holds it, or it is not a writable directory. */
export class DataDirError extends Error {
  override name = "DataDirError";
  constructor(
    readonly code: DataDirErrorCode,
    readonly dataDir: string,
    message: string,
    readonly holderPid: number | null = null,
  ) {
    super(message);
  }
}

interface Holder {
  pid: number;
  host: string;
  since: string;
  command: string;
}

/** Directories this process holds, so that opening one twice in one process is refused too. */
const held = new Set<string>();

const errno = (error: unknown) => (error as NodeJS.ErrnoException)?.code;

function alive(holder: Holder): boolean {
  // A holder on another host (a shared file system) cannot be checked: it counts as alive.
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return false; // this process's earlier life (same pid, e.g. pid 1)
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return errno(error) === "EPERM";
  }
}

async function readHolder(file: string): Promise<{ raw: string; holder: Holder | null } | null> {
  try {
    const raw = await readFile(file, "utf8");
    try {
      const holder = JSON.parse(raw) as Holder;
      return { raw, holder: Number.isInteger(holder.pid) ? holder : null };
    } catch {
      return { raw, holder: null };
    }
  } catch (error) {
    if (errno(error) === "ENOENT") return null;
    throw error;
  }
}

function notWritable(dir: string, error: unknown): DataDirError {
  return new DataDirError(
    "NOT_WRITABLE",
    dir,
    `${dir} cannot be created or written (${errno(error) ?? (error as Error).message}).`,
  );
}

/**
 * Removes a stale lock. Two processes may find the same stale lock at once: a short-lived guard directory
 * (mkdir is atomic) lets one of them remove it, and only if it still holds what was found stale.
 */
async function removeStale(file: string, staleRaw: string): Promise<void> {
  const guard = `${file}.takeover`;
  try {
    await mkdir(guard);
  } catch (error) {
    if (errno(error) !== "EEXIST") throw error;
    // A guard left by a process killed in the middle of a takeover is removed after a few seconds.
    const info = await stat(guard).catch(() => null);
    if (info && Date.now() - info.mtimeMs > 5_000) await rmdir(guard).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 50));
    return;
  }
  try {
    const current = await readHolder(file);
    if (current?.raw === staleRaw) await unlink(file).catch(() => {});
  } finally {
    await rmdir(guard).catch(() => {});
  }
}

/**
 * Creates the directory and its missing parents, one level at a time: Node's `mkdir({ recursive: true })`
 * never returns for a path under /proc (it retries ENOENT for ever), where this fails at once.
 */
async function makeDirectory(dir: string): Promise<void> {
  try {
    await mkdir(dir);
  } catch (error) {
    const code = errno(error);
    if (code === "EEXIST") {
      const info = await stat(dir).catch(() => null);
      if (info?.isDirectory()) return;
      throw error;
    }
    if (code !== "ENOENT" || path.dirname(dir) === dir) throw error;
    await makeDirectory(path.dirname(dir));
    try {
      await mkdir(dir);
    } catch (again) {
      if (errno(again) !== "EEXIST") throw again;
    }
  }
}

/**
 * Takes the data directory for this process (creating the directory when missing); the returned function
 * gives it back. Refuses with a DataDirError naming the directory and the holder's pid when a live process
 * holds it.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const dir = path.resolve(dataDir);
  await makeDirectory(dir).catch((error: unknown) => {
    throw notWritable(dir, error);
  });
  const file = path.join(dir, LOCK_FILE);
  const mine = JSON.stringify({
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    command: process.argv.slice(1).join(" ").slice(0, 300),
  } satisfies Holder);
  const refuse = (holder: Holder) =>
    new DataDirError(
      "LOCKED",
      dir,
      `The embedded database in ${dir} is in use by process ${holder.pid}${holder.host !== hostname() ? ` on ${holder.host}` : ""} (${holder.command || "readout"}, since ${holder.since}); stop that process first (a running server takes pages through its importDocument mutation), or use another data directory.`,
      holder.pid,
    );
  if (held.has(dir)) throw refuse(JSON.parse(mine) as Holder);

  // Written aside, then linked into place: link fails if the lock exists, and a reader never sees a
  // half-written lock file.
  const draft = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    await writeFile(draft, mine);
  } catch (error) {
    throw notWritable(dir, error);
  }
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await link(draft, file);
        break;
      } catch (error) {
        if (errno(error) !== "EEXIST") throw notWritable(dir, error);
      }
      const found = await readHolder(file);
      if (!found) continue;
      if (found.holder && alive(found.holder)) throw refuse(found.holder);
      if (attempt > 100) throw refuse(found.holder ?? { pid: -1, host: hostname(), since: "?", command: "" });
      await removeStale(file, found.raw);
    }
  } finally {
    await unlink(draft).catch(() => {});
  }
  held.add(dir);
  return async () => {
    held.delete(dir);
    const current = await readHolder(file).catch(() => null);
    if (current?.raw === mine) await unlink(file).catch(() => {});
  };
}
