/**
 * Runs read operations as one compiled SQL statement (see compile.ts) when the planner covers them, and
 * through the ordinary Pothos resolvers otherwise. Plans are cached per parsed document (Yoga caches
 * documents per query text), so a repeated query costs a cache lookup, the binding of its variables and
 * one statement.
 */
import { createHash } from "node:crypto";
import type { DocumentNode, ExecutionArgs, ExecutionResult, GraphQLSchema } from "graphql";
import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Context } from "../builder.ts";
import { compileOperation } from "./compile.ts";
import { specs } from "./specs.ts";
import { type BindScope, NotCovered, type Params } from "./sql.ts";

interface Plan {
  sql: string;
  params: Params;
  /** The prepared statement's name: the same SQL text gets the same name in every process. */
  name: string;
}

interface Entry {
  /** Functions of the variables that pick the variant; fixed by the first compilation. */
  structure: ((variables: Record<string, unknown>) => string)[] | null;
  variants: Map<string, Plan | null>;
}

export interface CompiledReadsOptions {
  /** Called once per operation shape that the planner does not cover, with the reason. */
  onNotCovered?: (reason: string) => void;
}

export function useCompiledReads(options: CompiledReadsOptions = {}): Plugin<Context> {
  const plans = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, Entry>>>();

  const planFor = (args: ExecutionArgs, variables: Record<string, unknown>): Plan | null => {
    const operation = getOperationAST(args.document, args.operationName);
    if (operation?.operation !== "query") return null;
    const bySchema = plans.get(args.schema) ?? new WeakMap<DocumentNode, Map<string, Entry>>();
    plans.set(args.schema, bySchema);
    const byOperation = bySchema.get(args.document) ?? new Map<string, Entry>();
    bySchema.set(args.document, byOperation);
    const operationKey = args.operationName ?? "";
    const entry: Entry = byOperation.get(operationKey) ?? { structure: null, variants: new Map() };
    byOperation.set(operationKey, entry);
    const variantKey = entry.structure ? variantOf(entry.structure, variables) : "";
    if (variantKey !== null && entry.structure && entry.variants.has(variantKey)) {
      return entry.variants.get(variantKey) ?? null;
    }
    try {
      const compiled = compileOperation(args.schema, args.document, operation, variables, specs);
      entry.structure ??= compiled.structure;
      const key = variantOf(entry.structure, variables);
      const plan = {
        sql: compiled.sql,
        params: compiled.params,
        name: `readout_${createHash("sha1").update(compiled.sql).digest("hex").slice(0, 20)}`,
      };
      if (key !== null) entry.variants.set(key, plan);
      return plan;
    } catch (error) {
      if (!(error instanceof NotCovered)) throw error;
      options.onNotCovered?.(error.message);
      entry.structure ??= [];
      const key = variantOf(entry.structure, variables);
      if (key !== null) entry.variants.set(key, null);
      return null;
    }
  };

  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args: ExecutionArgs) => {
        const variables = (args.variableValues ?? {}) as Record<string, unknown>;
        const plan = planFor(args, variables);
        const values = plan ? bind(plan, variables) : null;
        if (!plan || !values) return executeFn(args) as Promise<ExecutionResult>;
        const context = args.contextValue as Context;
        const text = context.readJson
          ? await context.readJson(plan.sql, values, plan.name)
          : (await context.prisma.$queryRawUnsafe<{ data: string }[]>(plan.sql, ...values))[0]?.data;
        return { data: JSON.parse(text ?? "null") } as ExecutionResult;
      });
    },
  };
}

function variantOf(
  structure: ((variables: Record<string, unknown>) => string)[],
  variables: Record<string, unknown>,
) {
  try {
    return structure.map((part) => part(variables)).join("\u0000");
  } catch {
    // Variables the arguments cannot take: the ordinary path reports them.
    return null;
  }
}

/** The parameter values for one request, or null when the request falls outside the plan. */
function bind(plan: Plan, variables: Record<string, unknown>): unknown[] | null {
  const scope: BindScope = { variables, cache: new Map() };
  try {
    for (const guard of plan.params.guards) guard(scope);
    return plan.params.sources.map((source) => source(scope));
  } catch {
    // NotCovered, or a value the schema refuses (a bad filter, say): the ordinary path answers it,
    // with its coded error where there is one.
    return null;
  }
}
