export { createDb, type Db, type DbKind, type DbOptions, type QueryEvent } from "./client.ts";
export * from "./comparison/index.ts";
export { allows, type CreatedKey, createApiKey, verifyApiKey } from "./curation/api-keys.ts";
export {
  type CandidateEdit,
  type ConfirmInput,
  CurationError,
  type CurationErrorCode,
  confirmCandidate,
  createAgreement,
  createAgreementReport,
  createParticipant,
  editCandidate,
  mergeParticipants,
  type Ref,
  rejectCandidate,
} from "./curation/curate.ts";
export {
  type IdempotencyClaim,
  type IdempotentResult,
  type IdempotentWork,
  runIdempotent,
} from "./curation/idempotency.ts";
export { type DbClient, inTransaction, isUniqueViolation } from "./curation/transaction.ts";
export { DataDirError, type DataDirErrorCode, LOCK_FILE, lockDataDir } from "./data-dir-lock.ts";
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
export { PROJECT_ROOT } from "./paths.ts";
export { isServerAway, parseLsn, type ReadRouter, type ReplicaStatus } from "./replicas.ts";
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
