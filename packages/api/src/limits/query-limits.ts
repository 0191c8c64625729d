import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import type { SecurityConfig } from "../http/config.ts";
import { pageSizeErrors } from "../page-size.ts";
import { costError, queryCost } from "./cost.ts";
import { longStringErrors, type StringLimitExceptions } from "./strings.ts";

type Limits = Pick<SecurityConfig, "maxCost" | "maxStringLength">;

/** Page sizes and string lengths, field by field, in one walk of the document. */
function argumentErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  limits: Limits,
  exceptions: StringLimitExceptions,
): GraphQLError[] {
  const typeInfo = new TypeInfo(schema);
  const pages: GraphQLError[] = [];
  const strings: GraphQLError[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.FIELD](node) {
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (!field || !parent || !node.arguments?.length) return;
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(field, node, variables);
        } catch {
          return; // Bad variables are refused before this walk.
        }
        pages.push(...pageSizeErrors(field, node, args));
        if (limits.maxStringLength > 0) {
          strings.push(...longStringErrors(parent.name, field, args, limits.maxStringLength, exceptions));
        }
      },
    }),
  );
  return pages.length > 0 ? pages : strings;
}

/** Everything refused before execution, in order: variables, page sizes, string lengths, cost. */
function operationErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  rawVariables: Record<string, unknown> | undefined,
  limits: Limits,
  exceptions: StringLimitExceptions,
): readonly GraphQLError[] {
  const operation = getOperationAST(document, operationName);
  let variables = rawVariables;
  if (operation?.variableDefinitions?.length) {
    const coerced = getVariableValues(schema, operation.variableDefinitions, rawVariables ?? {}, {
      maxErrors: 10,
    });
    if (coerced.errors) {
      return coerced.errors.map(
        (error) =>
          new GraphQLError(error.message, {
            nodes: error.nodes,
            originalError: error.originalError,
            extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
          }),
      );
    }
    variables = coerced.coerced;
  }
  const errors = argumentErrors(schema, document, variables, limits, exceptions);
  if (errors.length > 0 || limits.maxCost <= 0) return errors;
  let cost: number;
  try {
    cost = queryCost(schema, document, variables, operationName);
  } catch {
    return []; // What the estimate cannot read, execution refuses with its own error.
  }
  return cost > limits.maxCost ? [costError(cost, limits.maxCost)] : [];
}

/** Variants kept per document: requests that repeat an operation with the same variables are checked once. */
const VARIANTS_PER_DOCUMENT = 64;
const MAX_KEY_LENGTH = 2_048;

/**
 * Refuses, before any resolver runs, operations whose variables do not fit their types, with a page out of
 * range, a string argument over its limit, or a cost over the limit. All of these read arguments with the
 * request's variables, so they run once the operation is parsed, validated and about to execute. The
 * variables are checked here, and not only by graphql-js' execute, because an execution plugin may
 * replace execute. Yoga hands the same document object for the same query text, so outcomes are kept per
 * document and variables.
 */
export function useQueryLimits(limits: Limits, stringExceptions: StringLimitExceptions = {}): Plugin {
  const outcomes = new WeakMap<DocumentNode, Map<string, readonly GraphQLError[]>>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operationName = args.operationName ?? undefined;
      const variables = (args.variableValues ?? undefined) as Record<string, unknown> | undefined;
      const key = `${operationName ?? ""}\n${JSON.stringify(variables ?? {})}`;
      const cacheable = key.length <= MAX_KEY_LENGTH;
      let known = cacheable ? outcomes.get(args.document) : undefined;
      let errors = known?.get(key);
      if (!errors) {
        errors = operationErrors(
          args.schema,
          args.document,
          operationName,
          variables,
          limits,
          stringExceptions,
        );
        if (cacheable) {
          if (!known) {
            known = new Map();
            outcomes.set(args.document, known);
          }
          if (known.size >= VARIANTS_PER_DOCUMENT) known.clear();
          known.set(key, errors);
        }
      }
      if (errors.length > 0) setResultAndStopExecution({ errors });
    },
  };
}
