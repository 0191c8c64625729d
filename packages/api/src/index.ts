export { type AppOptions, createApp, type ReadoutApp } from "./app.ts";
export type { Context } from "./builder.ts";
export { MAX_PAGE_SIZE } from "./page-size.ts";
export { schema } from "./schema/index.ts";
export { printSchemaFile, SCHEMA_FILE } from "./schema-file.ts";
