/** Small helpers for writing SQL text safely: identifiers quoted, parameters numbered. */

/** A double-quoted SQL identifier. Names come from the Prisma data model, never from a request. */
export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** A single-quoted SQL string literal, for names known at plan time (type names, keys). */
export const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * How a plan's parameters get their values at run time: each slot reads the request's variables (or a
 * value fixed at plan time). A slot may refuse, which sends the request down the ordinary execution path.
 */
export type ParamSource = (scope: BindScope) => unknown;

export interface BindScope {
  variables: Record<string, unknown>;
  /** Memoised per request, so that one field's arguments are coerced once. */
  cache: Map<unknown, unknown>;
}

/** Thrown while planning or binding when a request falls outside what the plans cover. */
export class NotCovered extends Error {
  /** While planning: the functions of the variables that the plan had consulted (see plugin.ts). */
  structure?: ((variables: Record<string, unknown>) => string)[];
}

export class Params {
  readonly sources: ParamSource[] = [];
  /** Checks that add no value but may refuse a request (an argument the plan does not cover, say). */
  readonly guards: ((scope: BindScope) => void)[] = [];

  /**
   * Renumbers the placeholders that `sql` uses, in order; a value it does not use is still read, as a
   * guard, since reading it may refuse the request (a bad cursor where only the count is selected).
   */
  finish(sql: string): string {
    const used = [...new Set([...sql.matchAll(/\$(\d+)::/g)].map((match) => Number(match[1])))].sort(
      (a, b) => a - b,
    );
    const number = new Map(used.map((old, index) => [old, index + 1]));
    const sources = [...this.sources];
    this.sources.length = 0;
    sources.forEach((source, index) => {
      if (number.has(index + 1)) this.sources.push(source);
      else this.guards.push((scope) => void source(scope));
    });
    return sql.replace(/\$(\d+)::/g, (_, old: string) => `$${number.get(Number(old))}::`);
  }

  /** A placeholder for a value read at run time, cast to `type`. */
  add(source: ParamSource, type: string): string {
    this.sources.push(source);
    return `$${this.sources.length}::${type}`;
  }
}

/** json_build_object over (key, expression) pairs, split where PostgreSQL's 100-argument limit needs it. */
export function jsonObject(pairs: [string, string][]): string {
  if (pairs.length === 0) return "json_build_object()";
  if (pairs.length > 50) throw new NotCovered("too many fields in one object");
  return `json_build_object(${pairs.map(([key, value]) => `${literal(key)}, ${value}`).join(", ")})`;
}
