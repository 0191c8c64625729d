import { run } from "./program.ts";

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  interactive: Boolean(process.stderr.isTTY),
  terminal: { width: process.stdout.columns ?? 120, color: Boolean(process.stdout.isTTY) },
});
