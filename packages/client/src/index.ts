export { type ClientOptions, createClient, type ReadoutClient, ReadoutClientError } from "./client.ts";
export { type FragmentOf, graphql, type ResultOf, readFragment, type VariablesOf } from "./graphql.ts";
export * from "./operations/articles.ts";
export * from "./operations/dashboard.ts";
export * from "./operations/events.ts";
export * from "./operations/exports.ts";
export { type Page, type Progress, paginate } from "./paginate.ts";
