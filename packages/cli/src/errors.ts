import { ConfigError } from "@readout/api";
import { ReadoutClientError } from "@readout/client";
import { DataDirError } from "@readout/db";

/** Exit codes, stable for scripts: see `readout --help`. */
export const EXIT = { OK: 0, FAILED: 1, USAGE: 2, UNREACHABLE: 3, NOT_FOUND: 4 } as const;

/** A failure the user can act on: its message is printed as it is, and the process exits with `code`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: number = EXIT.FAILED,
  ) {
    super(message);
  }
}

/** Turns any failure into a message and an exit code. */
export function describeFailure(error: unknown, apiUrl: string): CliError {
  if (error instanceof CliError) return error;
  // The configuration, or the data directory it names, cannot work: a usage error, in one line.
  if (error instanceof ConfigError) return new CliError(error.message, EXIT.USAGE);
  if (error instanceof DataDirError) {
    return new CliError(
      error.code === "NOT_WRITABLE"
        ? `READOUT_DATA_DIR must name a writable directory: ${error.message}`
        : error.message,
      EXIT.USAGE,
    );
  }
  if (error instanceof ReadoutClientError) {
    if (error.code === "NETWORK") {
      return new CliError(
        `Cannot reach the Readout API at ${apiUrl}. Start it with \`pnpm start\` (or \`readout serve\`), or pass --api <url>.`,
        EXIT.UNREACHABLE,
      );
    }
    const codes = error.graphqlCodes.filter((code) => code !== "UNKNOWN");
    return new CliError(
      `The API refused the request: ${error.message}${codes.length ? ` (${codes.join(", ")})` : ""}`,
    );
  }
  return new CliError(`Unexpected failure: ${(error as Error)?.message ?? String(error)}`);
}
