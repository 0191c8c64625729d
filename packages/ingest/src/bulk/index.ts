export {
  BANDS,
  bandRows,
  DUPLICATE_THRESHOLD,
  findNearDuplicate,
  fingerprintStoredArticles,
  jaccard,
  type NearDuplicate,
  recordNearDuplicate,
  SHINGLE_WORDS,
  shingles,
} from "./near-duplicates.ts";
export {
  type BulkInput,
  type BulkPage,
  countWarcPages,
  decodePage,
  listInputs,
  type PageSourceCode,
  PageSourceError,
  readPageFile,
  readPages,
  warcPages,
} from "./sources.ts";
export { type WarcPage, writeWarc } from "./warc-writer.ts";
