export { createDb, type Db, type DbKind, type DbOptions, type QueryEvent } from "./client.ts";
export * from "./comparison/index.ts";
export {
  DatasetError,
  type DatasetIssue,
  type LoadReport,
  loadDataset,
  loadDatasetFile,
  normalizeName,
} from "./dataset/load.ts";
export { type Dataset, datasetSchema } from "./dataset/schema.ts";
export * from "./generated/prisma/client.ts";
export { applyMigrations, MigrationError, type MigrationReport, readMigrations } from "./migrate.ts";
export {
  matchesFromHeadline,
  type SearchHit,
  type SearchHitKind,
  type SearchOptions,
  type SearchOrder,
  type SearchResult,
  searchCorpus,
  type TextMatch,
} from "./search.ts";
export { SEED_DATASET, seed } from "./seed.ts";
export * from "./spans.ts";
