/**
 * Runs read operations as one compiled SQL statement (see compile.ts) when the planner covers them, and
 * through the ordinary Pothos resolvers otherwise. Plans are cached per parsed document (Yoga caches
 * documents per query text), so a repeated query costs a cache lookup, the binding of its variables and
 * one statement.
 */
import { createHash } from "node:crypto";
import type {
  DocumentNode,
  ExecutionArgs,
  ExecutionResult,
  GraphQLSchema,
  OperationDefinitionNode,
} from "graphql";
import { getOperationAST, getVariableValues } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Context } from "../builder.ts";
import { compileOperation } from "./compile.ts";
import { specs } from "./specs.ts";
import { type BindScope, NotCovered, type Params } from "./sql.ts";

type Structure = ((variables: Record<string, unknown>) => string)[];

/**
 * One compilation of a document: the plan (null when the planner does not cover it) and what of the
 * variables it depends on. A request may use it when those parts of its variables are the same.
 */
interface Variant {
  structure: Structure;
  key: string;
  plan: Plan | null;
}

interface Plan {
  sql: string;
  params: Params;
  /** The prepared statement's name: the same SQL text gets the same name in every process. */
  name: string;
}

/** Variants kept per document and operation; past it the oldest goes. */
const VARIANTS = 32;

export interface CompiledReadsOptions {
  /** Called once per operation shape that the planner does not cover, with the reason. */
  onNotCovered?: (reason: string) => void;
}

export function useCompiledReads(options: CompiledReadsOptions = {}): Plugin<Context> {
  const plans = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, Variant[]>>>();

  const planFor = (
    args: ExecutionArgs,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
  ): Plan | null => {
    const bySchema = plans.get(args.schema) ?? new WeakMap<DocumentNode, Map<string, Variant[]>>();
    plans.set(args.schema, bySchema);
    const byOperation = bySchema.get(args.document) ?? new Map<string, Variant[]>();
    bySchema.set(args.document, byOperation);
    const operationKey = args.operationName ?? "";
    const variants = byOperation.get(operationKey) ?? [];
    byOperation.set(operationKey, variants);
    // Each variant was planned under some values of the variables' plan-shaping parts (which branch of
    // a `node(id:)` fragment, whether a cursor or a filter is given, the order asked for): a request
    // reuses it only where its own values of those parts are the same.
    const known = variants.find((variant) => keyOf(variant.structure, variables) === variant.key);
    if (known) return known.plan;
    let variant: Variant;
    try {
      const compiled = compileOperation(args.schema, args.document, operation, variables, specs);
      const plan = {
        sql: compiled.sql,
        params: compiled.params,
        name: `readout_${createHash("sha1").update(compiled.sql).digest("hex").slice(0, 20)}`,
      };
      variant = { structure: compiled.structure, key: keyOf(compiled.structure, variables) ?? "", plan };
    } catch (error) {
      // Anything else the planner trips on is also left to the resolvers, which answer it or report it.
      options.onNotCovered?.((error as Error).message);
      const structure = error instanceof NotCovered ? (error.structure ?? []) : [];
      variant = { structure, key: keyOf(structure, variables) ?? "", plan: null };
    }
    if (variants.length >= VARIANTS) variants.shift();
    variants.push(variant);
    return variant.plan;
  };

  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args: ExecutionArgs) => {
        const operation = getOperationAST(args.document, args.operationName);
        if (operation?.operation !== "query") return executeFn(args) as Promise<ExecutionResult>;
        // Variables as execution sees them: defaults filled in, a single value made a list.
        const coerced = getVariableValues(
          args.schema,
          operation.variableDefinitions ?? [],
          (args.variableValues ?? {}) as Record<string, unknown>,
        );
        if (coerced.errors) return executeFn(args) as Promise<ExecutionResult>;
        const variables = coerced.coerced;
        const plan = planFor(args, operation, variables);
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

function keyOf(structure: Structure, variables: Record<string, unknown>): string | null {
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
