/**
 * What an operation may cost, estimated before it executes: roughly how many objects it can return. A
 * connection multiplies what it selects by its page size (`first` or `last`, else the default page), so
 * nesting pages multiplies too: `outlets(first: 100) { … articles(first: 100) { … participants(first: 100)`
 * is a million rows even though each page is within MAX_PAGE_SIZE. The estimate is graphql-query-complexity's
 * walk (fragments, @include/@skip and variables included) with one estimator of our own for connections.
 */
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
} from "graphql";
import { type ComplexityEstimator, getComplexity } from "graphql-query-complexity";
import { DEFAULT_PAGE_SIZE } from "../page-size.ts";

/** How many items a plain list (not a paged connection) is assumed to hold: they are short, per parent. */
export const LIST_SIZE = 5;

const estimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const named = getNamedType(field.type);
  if (named.name.endsWith("Connection")) {
    const size = [args.first, args.last].find((value) => typeof value === "number") ?? DEFAULT_PAGE_SIZE;
    return 1 + Math.max(0, size) * childComplexity;
  }
  if (!isCompositeType(named)) return 0;
  // A connection's `edges` is already counted by the connection's page size.
  if (isListType(getNullableType(field.type)) && field.name !== "edges")
    return LIST_SIZE * (1 + childComplexity);
  return 1 + childComplexity;
};

/** The estimated cost of the operation that will run (operationName picks one of several). */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | undefined,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName,
    estimators: [estimator],
  });
}

export function costError(cost: number, max: number): GraphQLError {
  return new GraphQLError(
    `This operation could return about ${Math.round(cost)} objects, over the limit of ${max}. Ask for smaller pages (first/last) or fewer nested lists, and page with "after".`,
    { extensions: { code: "QUERY_TOO_COSTLY", cost: Math.round(cost), limit: max } },
  );
}
