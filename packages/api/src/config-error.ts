import type { z } from "zod";

/** The configuration cannot work: a variable is malformed, or what it names cannot be used. Exit code 2. */
export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(
    /** The environment variable at fault. */
    readonly variable: string,
    message: string,
  ) {
    super(message);
  }
}

/** One line per configuration problem, each naming the variable, what it needs and what it got. */
export function configErrorFrom(issues: z.core.$ZodIssue[], source: NodeJS.ProcessEnv): ConfigError {
  const problems = issues.map((issue) => {
    const variable = String(issue.path[0] ?? "environment");
    const needs =
      issue.code === "invalid_value"
        ? `must be one of ${issue.values.map(String).join(", ")}`
        : issue.message.replace(/^Invalid input: /, "must be valid: ");
    const got = source[variable];
    return `${variable} ${needs}${got !== undefined ? ` (got ${JSON.stringify(got.slice(0, 80))})` : ""}`;
  });
  return new ConfigError(
    String(issues[0]?.path[0] ?? "environment"),
    `Invalid configuration: ${problems.join("; ")}.`,
  );
}

/** Network errors and PostgreSQL errors (SQLSTATE) that mean DATABASE_URL names no usable database. */
const UNREACHABLE: Record<string, string> = {
  ECONNREFUSED: "nothing accepts connections there",
  ENOTFOUND: "the host name does not resolve",
  EAI_AGAIN: "the host name does not resolve",
  ETIMEDOUT: "the connection timed out",
  EHOSTUNREACH: "the host cannot be reached",
  "3D000": "the database does not exist (create it with createdb)",
  "28P01": "the password was refused",
  "28000": "the server refuses this user",
};

/**
 * A ConfigError naming DATABASE_URL when `error` says that the database it names cannot be used (the URL
 * is shown without its password); null for any other error.
 */
export function databaseConfigError(error: unknown, databaseUrl: string | undefined): ConfigError | null {
  if (!databaseUrl) return null;
  let cause: unknown = error;
  for (let depth = 0; cause && depth < 5; depth++) {
    const code = (cause as { code?: unknown }).code;
    const reason = typeof code === "string" ? UNREACHABLE[code] : undefined;
    if (reason) {
      let where = databaseUrl;
      try {
        const url = new URL(databaseUrl);
        url.password = "";
        where = url.toString();
      } catch {}
      return new ConfigError("DATABASE_URL", `DATABASE_URL ${where} cannot be used: ${reason}.`);
    }
    cause = (cause as { cause?: unknown }).cause;
  }
  return null;
}
