/**
 * String arguments longer than a limit are refused before execution, whether written into the document or
 * sent as variables: both are read the way execution will read them (coerced argument values).
 */
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  getArgumentValues,
  getNullableType,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from "graphql";

/** Input fields that carry documents rather than names or filters, with their own, larger limits. */
export type StringLimitExceptions = Record<string, number>;

export function findLongStrings(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
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
        const field = fields[name];
        if (field) check(fieldValue, field.type, `${inner.name}.${name}`);
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
  const typeInfo = new TypeInfo(schema);
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
          return; // Bad variables are reported by execution itself.
        }
        for (const arg of field.args)
          check(args[arg.name], arg.type, `${parent.name}.${field.name}(${arg.name}:)`);
      },
    }),
  );
  return errors;
}
