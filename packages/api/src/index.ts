export { type AppOptions, createApp, type ReadoutApp } from "./app.ts";
export type { Context } from "./builder.ts";
export {
  createResponseCache,
  type ResponseCache,
  type ResponseCacheOptions,
} from "./cache/response-cache.ts";
export { ConfigError, databaseConfigError } from "./config-error.ts";
export { type Env, readEnv, readSecurityEnv } from "./env.ts";
export { type SecurityConfig, securityConfig } from "./http/config.ts";
export { openSharedStore, type SharedStore } from "./http/shared-store.ts";
export { Metrics } from "./metrics/metrics.ts";
export { MAX_PAGE_SIZE } from "./page-size.ts";
export { schema } from "./schema/index.ts";
export { printSchemaFile, SCHEMA_FILE } from "./schema-file.ts";
export { closeOnSignals, type ExtraHandler, type RunningServer, startServer } from "./server.ts";
