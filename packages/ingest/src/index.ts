export * from "./bulk/index.ts";
export {
  attachEvent,
  chooseMeetingDate,
  dayInAddress,
  type EventMatch,
  linkArticleEvent,
  type MeetingDate,
  matchEvent,
  meetingDates,
  prepareArticle,
  referenceDay,
  scoreEvent,
} from "./events/index.ts";
export { type CandidateDraft, extractCandidates, type KnownParticipant } from "./extract.ts";
export {
  ImportError,
  type ImportInput,
  type ImportProgress,
  type ImportResult,
  importPage,
  isWebAddress,
  pageText,
} from "./import.ts";
export {
  isoInstant,
  MetadataError,
  readMetadata,
  readSidecar,
  sidecarFor,
  sidecarNames,
  splitFrontMatter,
} from "./metadata/front-matter.ts";
export { readHtml } from "./metadata/html.ts";
export { hostOf, type ResolvedOutlet, resolveOutlet } from "./metadata/outlets.ts";
export type { DetectedMetadata, PageMetadata } from "./metadata/types.ts";
export {
  linkingReference,
  loadPeople,
  PeopleIndex,
  type Person,
  type Resolution,
  resolveArticlePeople,
} from "./people/index.ts";
export { prepareImport } from "./prepare.ts";
export {
  type FailedJob,
  IMPORT_QUEUE,
  ImportQueue,
  type ImportWorkerOptions,
  JOB_ATTEMPTS,
  type PageJobData,
  type PageJobResult,
  type PageJobState,
  pageJobId,
  type QueueConnection,
  type QueueCounts,
  QueueUnreachableError,
  type RunningWorker,
  redactedUrl,
  startImportWorker,
  type WorkerTimings,
} from "./queue.ts";
export {
  ANY_WRITE_GENERATION,
  bumpGeneration,
  type CacheRedis,
  configureResponseCacheInvalidation,
  type EntryStamp,
  GLOBAL_GENERATION,
  IMPORT_WRITES,
  type InvalidationTarget,
  invalidateResponseCaches,
  readEntry,
  readGeneration,
  responseCacheKeys,
  storeEntry,
} from "./response-cache.ts";
export { type ArticleDraft, readPublished, segmentPage } from "./segment.ts";
export { unwrapLines } from "./unwrap.ts";
export { reference } from "./vocabulary.ts";
