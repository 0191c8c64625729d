/**
 * Near-duplicate articles: wire copies that outlets republish with a few words changed. Counting them as
 * independent sources would inflate how widely a fact was reported, so import links each copy to the
 * stored article it repeats (Article.duplicateOfId, with the similarity of the two bodies).
 *
 * Method (Broder's w-shingling with MinHash and locality-sensitive hashing):
 * - a body's shingles are its overlapping runs of SHINGLE_WORDS normalised words;
 * - its MinHash signature keeps, for each of HASHES seeded hash functions, the smallest hash over its
 *   shingles; two signatures agree at one position with a probability equal to the Jaccard similarity of
 *   the two shingle sets;
 * - the signature is cut into BANDS bands of ROWS values; each band's hash is stored in ArticleBand
 *   (indexed by band and hash), so that the articles that may be copies of a new one are those sharing at
 *   least one band with it: one indexed look-up, not a scan of every body. With 20 bands of 5 rows, a pair
 *   at Jaccard 0.8 shares a band with probability 1 − (1 − 0.8⁵)²⁰ ≈ 0.9996, a pair at 0.3 with 0.05;
 * - each candidate is then checked exactly (the Jaccard similarity of the two shingle sets), so the stored
 *   similarity is the true one and a band collision never links unrelated articles.
 *
 * The few lines of hashing are written here rather than taken from a package: the npm MinHash packages are
 * unmaintained or part of large probabilistic-structure libraries, and what is needed (a 32-bit string
 * hash and a seeded 32-bit mixer) is a dozen lines of well-known functions (FNV-1a, MurmurHash3's fmix32).
 */
import type { DbClient } from "@readout/db";

/** Words per shingle: long enough that stock phrases of one meeting's coverage rarely make two reports alike. */
export const SHINGLE_WORDS = 4;
export const BANDS = 20;
export const ROWS = 5;
const HASHES = BANDS * ROWS;
/** The Jaccard similarity from which an article counts as a copy of another. */
export const DUPLICATE_THRESHOLD = 0.8;
/** Shingles a body needs before it is compared at all. */
const MIN_SHINGLES = 8;
/** Stored articles checked exactly, at most, for one new article. */
const MAX_CANDIDATES = 50;

/** FNV-1a over a string's UTF-16 code units: a fast 32-bit hash, unsigned. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: a bijection of 32-bit integers that mixes every bit, unsigned. */
function fmix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One seed per hash function, fixed so that signatures stored by any run compare with any other. */
const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => fmix32(0x9e3779b9 + i * 0x632be5ab));

/** The body's words, case and accents folded, punctuation dropped. */
export function words(body: string): string[] {
  return (
    body
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The set of the body's shingles, each as its 32-bit hash. A body shorter than a shingle is one shingle. */
export function shingles(body: string): Set<number> {
  const list = words(body);
  const set = new Set<number>();
  if (list.length === 0) return set;
  const last = Math.max(0, list.length - SHINGLE_WORDS);
  for (let i = 0; i <= last; i++) set.add(fnv1a(list.slice(i, i + SHINGLE_WORDS).join(" ")));
  return set;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const value of small) if (large.has(value)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The MinHash signature of a shingle set: HASHES values. */
export function signature(set: Set<number>): Uint32Array {
  const mins = new Uint32Array(HASHES).fill(0xffffffff);
  for (const shingle of set) {
    SEEDS.forEach((seed, i) => {
      const h = fmix32(shingle ^ seed);
      if (h < (mins[i] as number)) mins[i] = h;
    });
  }
  return mins;
}

/** The signature's band hashes, as signed 32-bit integers (PostgreSQL's integer). */
export function bandHashes(mins: Uint32Array): number[] {
  const bands: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let hash = 0x811c9dc5 ^ band;
    for (const value of mins.subarray(band * ROWS, (band + 1) * ROWS)) {
      hash = fmix32(Math.imul(hash ^ value, 0x01000193));
    }
    bands.push(hash | 0);
  }
  return bands;
}

export interface NearDuplicate {
  /** The stored article this one repeats. */
  articleId: string;
  /** Jaccard similarity of the two bodies' shingle sets. */
  similarity: number;
}

/** The band rows of an article, for ArticleBand. */
export function bandRows(articleId: string, body: string) {
  const set = shingles(body);
  if (set.size === 0) return [];
  return bandHashes(signature(set)).map((hash, band) => ({ articleId, band, hash }));
}

/**
 * The stored article that `body` nearly repeats, if any: among the articles sharing a band with it and
 * similar at DUPLICATE_THRESHOLD or more, an original (itself no copy) before a copy, then the most similar,
 * then the earliest stored. `except` is the article itself when it is stored already.
 */
export async function findNearDuplicate(
  db: DbClient,
  body: string,
  except?: string,
): Promise<NearDuplicate | null> {
  const set = shingles(body);
  // Too short to tell a copy from a common phrase (and short bodies would all share their few bands).
  if (set.size < MIN_SHINGLES) return null;
  const bands = bandHashes(signature(set));
  // Articles sharing at least two bands (a copy at the threshold shares two or more of the 20 with a
  // probability of about 0.997), the most shared first, and a bounded number of them: the exact check
  // below reads each one's body.
  const matches = await db.articleBand.groupBy({
    by: ["articleId"],
    where: {
      OR: bands.map((hash, band) => ({ band, hash })),
      ...(except ? { articleId: { not: except } } : {}),
    },
    having: { articleId: { _count: { gte: 2 } } },
    orderBy: [{ _count: { articleId: "desc" } }, { articleId: "asc" }],
    take: MAX_CANDIDATES,
  });
  if (matches.length === 0) return null;
  const candidates = await db.article.findMany({
    where: { id: { in: matches.map((m) => m.articleId) } },
    select: { id: true, body: true, duplicateOfId: true, sourceDocumentId: true, sourceStart: true },
  });
  let best: { id: string; similarity: number; original: boolean } | null = null;
  for (const candidate of candidates) {
    const similarity = jaccard(set, shingles(candidate.body));
    if (similarity < DUPLICATE_THRESHOLD) continue;
    const original = candidate.duplicateOfId === null;
    if (
      !best ||
      (original && !best.original) ||
      (original === best.original && similarity > best.similarity)
    ) {
      best = { id: candidate.id, similarity, original };
    }
  }
  return best ? { articleId: best.id, similarity: Math.round(best.similarity * 1000) / 1000 } : null;
}

/**
 * Records a newly stored article for near-duplicate detection: links it to the stored article it repeats,
 * if any, and stores its bands so that later articles find it. Runs inside the import's transaction.
 */
export async function recordNearDuplicate(
  db: DbClient,
  articleId: string,
  body: string,
): Promise<NearDuplicate | null> {
  const duplicate = await findNearDuplicate(db, body, articleId);
  if (duplicate) {
    await db.article.update({
      where: { id: articleId },
      data: { duplicateOfId: duplicate.articleId, duplicateSimilarity: duplicate.similarity },
      select: { id: true },
    });
  }
  const rows = bandRows(articleId, body);
  if (rows.length) await db.articleBand.createMany({ data: rows, skipDuplicates: true });
  return duplicate;
}

/**
 * Stores the bands of stored articles that have none (those a dataset load or an older version wrote), so
 * that new imports find copies of them too. They are not linked to each other: curated articles stay as
 * curators stored them. Returns how many articles were fingerprinted.
 */
export async function fingerprintStoredArticles(
  db: DbClient,
  onProgress?: (done: number) => void,
  batchSize = 500,
): Promise<number> {
  let done = 0;
  let after = "";
  for (;;) {
    const articles = await db.article.findMany({
      where: { bands: { none: {} }, id: { gt: after } },
      select: { id: true, body: true },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    const rows = articles.flatMap((article) => bandRows(article.id, article.body));
    if (rows.length) await db.articleBand.createMany({ data: rows, skipDuplicates: true });
    done += articles.length;
    if (articles.length) onProgress?.(done);
    if (articles.length < batchSize) return done;
    // Ids in order, so that an article with no words (and so no bands) is not found again.
    after = articles.at(-1)?.id ?? after;
  }
}
