export { type CandidateDraft, extractCandidates, type KnownParticipant } from "./extract.ts";
export {
  ImportError,
  type ImportInput,
  type ImportProgress,
  type ImportResult,
  importPage,
  pageText,
} from "./import.ts";
export { type ArticleDraft, readPublished, segmentPage } from "./segment.ts";
export { reference } from "./vocabulary.ts";
