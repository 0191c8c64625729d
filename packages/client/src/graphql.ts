import { initGraphQLTada } from "gql.tada";
import type { introspection } from "./graphql-env.d.ts";

/**
 * Writes typed GraphQL documents against the committed schema.graphql: `graphql(\`query { … }\`)` gives a
 * document whose result and variables are typed, so a schema change that breaks an operation breaks the
 * type check of the package that wrote it.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { DateTime: string; Date: string; ID: string };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from "gql.tada";
export { readFragment } from "gql.tada";
