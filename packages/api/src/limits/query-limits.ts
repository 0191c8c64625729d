import { GraphQLError, getOperationAST, getVariableValues } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { SecurityConfig } from "../http/config.ts";
import { findPageSizeErrors } from "../page-size.ts";
import { costError, queryCost } from "./cost.ts";
import { findLongStrings, type StringLimitExceptions } from "./strings.ts";

/**
 * Refuses, before any resolver runs, operations whose variables do not fit their types, with a page out of
 * range, a string argument over its limit, or a cost over the limit. All of these read arguments with the
 * request's variables, so they run once the operation is parsed, validated and about to execute. The
 * variables are checked here, and not only by graphql-js' execute, because an execution plugin may
 * replace execute.
 */
export function useQueryLimits(
  config: Pick<SecurityConfig, "maxCost" | "maxStringLength">,
  stringExceptions: StringLimitExceptions = {},
): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      let variables = (args.variableValues ?? undefined) as Record<string, unknown> | undefined;
      if (operation?.variableDefinitions?.length) {
        const coerced = getVariableValues(args.schema, operation.variableDefinitions, variables ?? {}, {
          maxErrors: 10,
        });
        if (coerced.errors) {
          const errors = coerced.errors.map(
            (error) =>
              new GraphQLError(error.message, {
                nodes: error.nodes,
                originalError: error.originalError,
                extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
              }),
          );
          return setResultAndStopExecution({ errors });
        }
        variables = coerced.coerced;
      }
      const pageErrors = findPageSizeErrors(args.schema, args.document, variables);
      if (pageErrors.length > 0) return setResultAndStopExecution({ errors: pageErrors });
      if (config.maxStringLength > 0) {
        const errors = findLongStrings(
          args.schema,
          args.document,
          variables,
          config.maxStringLength,
          stringExceptions,
        );
        if (errors.length > 0) return setResultAndStopExecution({ errors });
      }
      if (config.maxCost > 0) {
        let cost: number;
        try {
          cost = queryCost(args.schema, args.document, variables, args.operationName ?? undefined);
        } catch {
          return; // What the estimate cannot read (bad variables), execution refuses with its own error.
        }
        if (cost > config.maxCost) setResultAndStopExecution({ errors: [costError(cost, config.maxCost)] });
      }
    },
  };
}
