import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from "graphql";
import type { Plugin } from "graphql-yoga";

/** The largest page a connection serves. Larger requests are refused rather than silently cut. */
export const MAX_PAGE_SIZE = 100;

/** The page a connection serves when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

/** A page-size request that is out of range, found before anything is read from the database. */
export function findPageSizeErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): GraphQLError[] {
  const typeInfo = new TypeInfo(schema);
  const errors: GraphQLError[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.FIELD](node) {
        const field = typeInfo.getFieldDef();
        if (!field || !getNamedType(field.type).name.endsWith("Connection")) return;
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(field, node, variables);
        } catch {
          return; // Bad variables are reported by execution itself.
        }
        for (const name of ["first", "last"] as const) {
          const value = args[name];
          if (typeof value === "number" && (value < 0 || value > MAX_PAGE_SIZE)) {
            errors.push(
              new GraphQLError(
                `Argument "${name}" of ${field.name} is ${value}; it must be between 0 and ${MAX_PAGE_SIZE}. Page through larger lists with "after".`,
                { nodes: node, extensions: { code: "PAGE_SIZE_OUT_OF_RANGE", max: MAX_PAGE_SIZE } },
              ),
            );
          }
        }
      },
    }),
  );
  return errors;
}

/** Refuses operations that ask any connection for more than MAX_PAGE_SIZE items, before they execute. */
export function usePageSizeLimit(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const errors = findPageSizeErrors(args.schema, args.document, args.variableValues ?? undefined);
      if (errors.length > 0) setResultAndStopExecution({ errors });
    },
  };
}
