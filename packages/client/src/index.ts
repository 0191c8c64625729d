export { type ClientOptions, createClient, type ReadoutClient, ReadoutClientError } from "./client.ts";
export { type FragmentOf, graphql, type ResultOf, readFragment, type VariablesOf } from "./graphql.ts";
export * from "./operations.ts";
