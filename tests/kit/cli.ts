/** Runs the `readout` command in-process and captures what it prints. */
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
