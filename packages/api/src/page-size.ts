import { type FieldNode, GraphQLError, type GraphQLField, getNamedType } from "graphql";

/** The largest page a connection serves. Larger requests are refused rather than silently cut. */
export const MAX_PAGE_SIZE = 100;

/** The page a connection serves when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

/** The page-size arguments of one connection field that are out of range (none for other fields). */
export function pageSizeErrors(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  args: Record<string, unknown>,
): GraphQLError[] {
  if (!getNamedType(field.type).name.endsWith("Connection")) return [];
  const errors: GraphQLError[] = [];
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
  return errors;
}
