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
