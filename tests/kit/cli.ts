/** Runs the `readout` command in-process and captures what it prints, or says how to start it as a process. */
import { type Dirent, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { type Io, run } from "@readout/cli";

export async function runReadout(env: NodeJS.ProcessEnv, argv: string[]) {
  let stdout = "";
  let stderr = "";
  const sink = (append: (chunk: string) => void) =>
    ({
      write: (chunk: string) => {
        append(String(chunk));
        return true;
      },
    }) as unknown as NodeJS.WritableStream;
  const io: Io = {
    stdout: sink((chunk) => {
      stdout += chunk;
    }),
    stderr: sink((chunk) => {
      stderr += chunk;
    }),
    env,
    interactive: false,
    terminal: { width: 140, color: false },
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const ROOT = path.resolve(import.meta.dirname, "../..");
const BUNDLE = path.join(ROOT, "packages/cli/dist/readout.mjs");
let bundleFresh: boolean | undefined;

/** The newest modification time of the files under a directory (0 when it does not exist). */
function newest(dir: string): number {
  let latest = 0;
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(full));
    // Type declarations do not go into the bundle (and `pnpm test` writes the client's again).
    else if (!entry.name.endsWith(".d.ts")) latest = Math.max(latest, statSync(full).mtimeMs);
  }
  return latest;
}

/**
 * The arguments of `node` that run `readout argv` as a process of its own: the built bundle (what `pnpm start`
 * runs; it starts in a second or two where the sources through tsx take several) when it is newer than every
 * source it is built from, else the sources, so that a test never runs stale code.
 */
export function readoutProcessArgs(argv: string[]): string[] {
  if (bundleFresh === undefined) {
    let built = 0;
    try {
      built = statSync(BUNDLE).mtimeMs;
    } catch {}
    const sources = Math.max(
      ...readdirSync(path.join(ROOT, "packages")).map((name) =>
        newest(path.join(ROOT, "packages", name, "src")),
      ),
      ...readdirSync(path.join(ROOT, "packages")).map((name) =>
        newest(path.join(ROOT, "packages", name, "reference")),
      ),
      newest(path.join(ROOT, "prisma")),
    );
    bundleFresh = built > sources;
  }
  return bundleFresh
    ? [BUNDLE, ...argv]
    : ["--import", "tsx", path.join(ROOT, "packages/cli/src/main.ts"), ...argv];
}
