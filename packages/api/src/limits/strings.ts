/**
 * String arguments longer than a limit are refused before execution, whether written into the document or
 * sent as variables: both are read the way execution will read them (coerced argument values).
 */
import {
  GraphQLError,
  type GraphQLField,
  type GraphQLInputType,
  getNullableType,
  isInputObjectType,
  isListType,
} from "graphql";

/** Input fields that carry documents rather than names or filters, with their own, larger limits. */
export type StringLimitExceptions = Record<string, number>;

/** The string arguments of one field (its arguments as execution reads them) that are over the limit. */
export function longStringErrors(
  parentType: string,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  max: number,
  exceptions: StringLimitExceptions = {},
): GraphQLError[] {
  const errors: GraphQLError[] = [];
  const check = (value: unknown, type: GraphQLInputType, where: string): void => {
    if (value == null) return;
    const inner = getNullableType(type);
    if (isListType(inner)) {
      if (Array.isArray(value)) for (const item of value) check(item, inner.ofType, where);
      return;
    }
    if (isInputObjectType(inner)) {
      const fields = inner.getFields();
      for (const [name, fieldValue] of Object.entries(value as Record<string, unknown>)) {
        const inputField = fields[name];
        if (inputField) check(fieldValue, inputField.type, `${inner.name}.${name}`);
      }
      return;
    }
    const limit = exceptions[where] ?? max;
    if (typeof value === "string" && value.length > limit) {
      errors.push(
        new GraphQLError(`${where} has ${value.length} characters; at most ${limit} are accepted.`, {
          extensions: { code: "STRING_TOO_LONG", argument: where, limit },
        }),
      );
    }
  };
  for (const arg of field.args) check(args[arg.name], arg.type, `${parentType}.${field.name}(${arg.name}:)`);
  return errors;
}
