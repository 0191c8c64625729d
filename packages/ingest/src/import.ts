/**
 * Imports one captured page: splits it into articles, extracts candidate facts from each, and writes the
 * page, its outlets, articles, evidence spans and candidates in one transaction, so a page is stored
 * whole or not at all. The same text again (whatever its file name) changes nothing.
 */
import { createHash, randomBytes } from "node:crypto";
import {
  type CandidateKind,
  type DbClient,
  inTransaction,
  normalizeName,
  toCodePointIndex,
} from "@readout/db";
import { recordNearDuplicate } from "./bulk/near-duplicates.ts";
import { attachEvent, linkArticleEvent, prepareArticle } from "./events/index.ts";
import { NEWS_KINDS, wordPattern } from "./extract/mentions.ts";
import { datelineSpan, extractCandidates, type KnownParticipant } from "./extract.ts";
import { MetadataError, splitFrontMatter } from "./metadata/front-matter.ts";
import { readHtml } from "./metadata/html.ts";
import {
  type OutletSignals,
  outletCandidate,
  outletRecords,
  redirectTarget,
  resolveOutlet,
  storeOutlet,
} from "./metadata/outlets.ts";
import { type DetectedMetadata, mergeMetadata, type PageMetadata } from "./metadata/types.ts";
import { loadPeople } from "./people/index.ts";
import { invalidateResponseCaches } from "./response-cache.ts";
import { type ArticleDraft, type KnownOutlet, segmentPage } from "./segment.ts";
import { unwrapLines } from "./unwrap.ts";
import { reference } from "./vocabulary.ts";

export interface ImportInput {
  /** The page: plain text, or HTML when `mediaType` says so (or it starts like HTML). */
  content: string;
  mediaType?: "text/plain" | "text/html" | undefined;
  fileName?: string | undefined;
  url?: string | undefined;
  /** When the page was captured: "4 hours ago" is read against it. */
  capturedAt?: Date | undefined;
  /** The event the page covers, by key, if known. */
  eventKey?: string | undefined;
  /** What the user states about the page (title, url, outlet, publishedAt, capturedAt, language): wins over detection. */
  metadata?: PageMetadata | undefined;
  /** Told how far a long page has got: articles extracted, then candidates written. */
  onProgress?: ((progress: ImportProgress) => void) | undefined;
}

export interface ImportProgress {
  stage: "extracting" | "writing";
  done: number;
  total: number;
}

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters per statement at 8 columns a row. */
const BATCH = 1000;

export interface ImportResult {
  documentId: string;
  /** False when the same text was stored already: nothing was written. */
  created: boolean;
  articleIds: string[];
  candidates: Partial<Record<CandidateKind, number>>;
  /** True when `eventKey` attached that event to a page stored already. */
  attached?: boolean;
  /** The new articles that are near copies of stored ones (wire copies), each linked to the one it repeats. */
  duplicates?: { articleId: string; duplicateOfId: string; similarity: number }[];
}

/**
 * Ids for rows written with SQL rather than through the client: like the client's cuids, they start
 * with "c" and sort in the order they were made (time, then a counter), so lists ordered by id keep the
 * order of extraction.
 */
let idCounter = 0;
function orderedId(): string {
  idCounter = (idCounter + 1) % 36 ** 4;
  return `c${Date.now().toString(36).padStart(8, "0")}${idCounter.toString(36).padStart(4, "0")}${randomBytes(6).toString("hex")}`;
}

export class ImportError extends Error {
  constructor(
    readonly code: "EMPTY" | "BINARY" | "NO_ARTICLES" | "UNKNOWN_EVENT" | "METADATA" | "EXTRACTION",
    message: string,
  ) {
    super(message);
  }
}

const looksLikeHtml = (content: string) =>
  /^\s*(<!doctype html|<html|<body|<article|<div|<p[\s>])/i.test(content);

/**
 * The plain text of a page and what it says about itself: HTML is read by its metadata and main text
 * (metadata/html.ts); a text capture's front matter is read and removed (metadata/front-matter.ts).
 */
export function pageText(input: Pick<ImportInput, "content" | "mediaType">): {
  text: string;
  /** The text as captured, before a hard-wrapped capture's breaks are joined: what identifies the page. */
  captured: string;
  mediaType: string;
  metadata: DetectedMetadata;
} {
  const html = input.mediaType === "text/html" || (!input.mediaType && looksLikeHtml(input.content));
  try {
    if (!html) {
      const { text, metadata } = splitFrontMatter(input.content);
      // (A hard-wrapped capture's paragraphs as one line each, every offset kept: unwrap.ts.)
      return { text: unwrapLines(text), captured: text, mediaType: "text/plain", metadata: metadata ?? {} };
    }
    const { text, metadata } = readHtml(input.content);
    return { text, captured: text, mediaType: "text/html", metadata };
  } catch (error) {
    if (error instanceof MetadataError) throw new ImportError("METADATA", error.message);
    throw error;
  }
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** The advisory lock that imports hold while they link a new page to outlets, people and events. */
const IMPORT_LINKING_LOCK = 7_432_001;

/** Whether an address is an http or https URL: the only kind stored as an article's address. */
export function isWebAddress(address: string | null | undefined): address is string {
  if (!address) return false;
  try {
    const { protocol } = new URL(address);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * Imports a page (see storePage), then tells the API's response caches (REDIS_URL) before the import
 * returns, so that no cached answer from before it is served after. A page found already stored is told
 * too: the run that stored it may have ended (Redis out of reach, say) before it could tell them.
 */
export async function importPage(prisma: DbClient, input: ImportInput): Promise<ImportResult> {
  const result = await storePage(prisma, input);
  await invalidateResponseCaches();
  return result;
}

/** Thrown to roll a rehearsal's transaction back. */
class Rehearsal extends Error {}

/**
 * Imports a page inside a transaction that is then rolled back, so that nothing is stored: the first real
 * page of a process then finds the database client's queries compiled and the database's caches warm.
 * Only on a client (inside a caller's transaction, it would roll the caller's work back too). A warm-up
 * only: it waits at most a second for a lock another import holds, and whatever stops it is no failure
 * of the command (the first page then pays the start-up itself). Says whether it ran through.
 */
export async function rehearseImport(prisma: DbClient, content: string): Promise<boolean> {
  if (typeof (prisma as { $transaction?: unknown }).$transaction !== "function") return false;
  try {
    await inTransaction(prisma, async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL lock_timeout = '1s'");
      await storePage(tx, { content, fileName: "rehearsal.txt" });
      throw new Rehearsal();
    });
  } catch (error) {
    return error instanceof Rehearsal;
  }
  return false;
}

async function storePage(prisma: DbClient, input: ImportInput): Promise<ImportResult> {
  // PostgreSQL text cannot hold NUL, and a page with NUL characters is not text anyway.
  if (input.content.includes("\u0000")) {
    throw new ImportError("BINARY", "The page contains NUL characters: it is binary, not text.");
  }
  const { text, captured, mediaType, metadata: detected } = pageText(input);
  // What the user states wins over what the page says about itself.
  const metadata = mergeMetadata(detected, input.metadata);
  const statedCapture = metadata.capturedAt ? new Date(metadata.capturedAt) : undefined;
  if (input.url !== undefined && !isWebAddress(input.url)) {
    throw new ImportError("METADATA", `The page's address must be an http or https URL, not "${input.url}".`);
  }
  input = {
    ...input,
    // A page's own canonical link or og:url is kept only when it is a web address (never javascript:).
    // (A shared link or a redirect is read as the page it points to.)
    url:
      input.url !== undefined
        ? redirectTarget(input.url)
        : isWebAddress(metadata.url)
          ? redirectTarget(metadata.url)
          : undefined,
    capturedAt:
      input.capturedAt ??
      (statedCapture && !Number.isNaN(statedCapture.getTime()) ? statedCapture : undefined),
  };
  if (!text.trim()) throw new ImportError("EMPTY", "The page has no text.");
  // (Of the text as captured: a page imported before its breaks were joined is the same page.)
  const contentHash = createHash("sha256").update(captured).digest("hex");
  const existing = await prisma.sourceDocument.findUnique({
    where: { contentHash },
    select: { id: true, articles: { select: { id: true }, orderBy: { sourceStart: "asc" } } },
  });
  if (existing) {
    const articleIds = existing.articles.map((a) => a.id);
    // `--event` on a stored page attaches that event to its articles; an unknown key is an error still.
    const attached = input.eventKey ? await attachEvent(prisma, articleIds, input.eventKey) : false;
    if (attached === null)
      throw new ImportError("UNKNOWN_EVENT", `No event has the key "${input.eventKey}".`);
    return { documentId: existing.id, created: false, articleIds, candidates: {}, attached };
  }

  const { outlets: referenceOutlets, vocabulary } = reference();
  const [storedOutlets, participants, event] = await Promise.all([
    prisma.outlet.findMany({ select: { id: true, name: true, country: true, domain: true, kind: true } }),
    prisma.participant.findMany({
      select: { id: true, name: true, kind: true, aliases: { select: { normalized: true } } },
    }),
    input.eventKey ? prisma.event.findUnique({ where: { key: input.eventKey }, select: { id: true } }) : null,
  ]);
  if (input.eventKey && !event)
    throw new ImportError("UNKNOWN_EVENT", `No event has the key "${input.eventKey}".`);
  const known: KnownOutlet[] = [
    ...storedOutlets.map((o) => ({ name: o.name, aliases: o.domain ? [o.domain] : [], country: o.country })),
    // Its domains too: a metadata line may name the site ("By Zhang Yi | chinadaily.com.cn | Updated: …").
    ...referenceOutlets.map((o) => ({
      name: o.name,
      aliases: [...o.aliases, ...(o.domain ? [o.domain] : []), ...o.domains],
      country: o.country ?? null,
    })),
  ];
  const outlets = outletRecords(storedOutlets, referenceOutlets);
  const outletSignals: OutletSignals = {
    given: metadata.outlet,
    urls: [input.url, metadata.url],
    publisher: metadata.publisher,
    siteName: metadata.siteName,
    text,
    fileName: input.fileName,
    pageId: contentHash,
  };
  const pageOutlet = resolveOutlet(outletSignals, outlets);
  const page = segmentPage(text, {
    outlets: known,
    vocabulary,
    page: reference().page,
    capturedAt: input.capturedAt ?? null,
    metadata,
    url: input.url ?? null,
    country: pageOutlet.proposed ? null : pageOutlet.country,
  });
  if (page.articles.length === 0) throw new ImportError("NO_ARTICLES", "No article was found in the page.");
  const knownParticipants: KnownParticipant[] = participants.map((p) => ({
    id: p.id,
    name: p.name,
    kind: p.kind,
    aliases: [...new Set([normalizeName(p.name), ...p.aliases.map((a) => a.normalized)])],
  }));
  const drafts = page.articles.map((article, index) => {
    input.onProgress?.({ stage: "extracting", done: index, total: page.articles.length });
    return {
      article,
      body: text.slice(article.start, article.end),
      candidates: extractCandidates(
        text.slice(article.start, article.end),
        knownParticipants,
        vocabulary,
        ["DAY", "HOUR", "MINUTE"].includes(article.publishedPrecision) ? article.publishedAt : null,
        article.title,
        article.opening,
      ),
    };
  });
  input.onProgress?.({ stage: "extracting", done: page.articles.length, total: page.articles.length });
  // The page's own publisher, named in its text ("Afghan Voice Agency (AVA)"), reports the meeting and
  // takes no part in it (a publisher the reference list knows is left out by extraction already).
  // (A government's or an international body's own site may report its own part: NATO on nato.int.)
  const news = pageOutlet.proposed || NEWS_KINDS.has(pageOutlet.kind);
  const publisher = new Set(
    news ? [pageOutlet.name, ...pageOutlet.aliases].map((name) => normalizeName(name)) : [],
  );
  for (const draft of drafts)
    draft.candidates = draft.candidates.filter(
      (c) => c.kind !== "PARTICIPANT" || !publisher.has(normalizeName(String(c.data.name ?? ""))),
    );
  // A readout passes on every word it tells: a statement it names no other channel for came through it,
  // the publisher's readout ("White House readout"), so that a readout's words can be told apart from words
  // heard by the press.
  // (Its author: the publisher its own lines name, else the page's where that is a government; an archive or
  // a paper that prints a readout is not its author. The document as its title names it: "Joint Statement
  // of …" is a joint statement.)
  const documents = reference().page.readoutDocuments.toSorted((a, b) => b.length - a.length);
  for (const draft of drafts) {
    if (draft.article.genre !== "READOUT") continue;
    const title = normalizeName(draft.article.title ?? "");
    const document =
      documents.find((noun) => wordPattern(normalizeName(noun), "iu").test(title))?.toLowerCase() ??
      "readout";
    const author =
      draft.article.outletName ??
      (pageOutlet.kind === "GOVERNMENT" && pageOutlet.by !== "file" ? pageOutlet.name : null);
    const channel = author ? `${author} ${document}` : document;
    for (const candidate of draft.candidates)
      if (candidate.kind === "STATEMENT" && !candidate.data.channel)
        // (Both names of the field: confirming a candidate stores its `attribution`.)
        candidate.data = { ...candidate.data, channel, attribution: channel };
  }
  const candidateTotal = drafts.reduce((sum, draft) => sum + draft.candidates.length, 0);
  let written = 0;
  const documentKey = `page-${contentHash.slice(0, 12)}`;

  return inTransaction(prisma, async (tx) => {
    // INSERT … ON CONFLICT DO NOTHING: when the same page is being imported at the same moment, this waits
    // for the other import and then finds its page, instead of failing on the unique content hash.
    const [document] = await tx.sourceDocument.createManyAndReturn({
      data: {
        key: documentKey,
        contentHash,
        text,
        mediaType,
        fileName: input.fileName ?? null,
        url: input.url ?? null,
        title: drafts[0]?.article.title ?? null,
        capturedAt: input.capturedAt ?? page.pageDate,
      },
      skipDuplicates: true,
      select: { id: true },
    });
    if (!document) {
      const stored = await tx.sourceDocument.findUniqueOrThrow({
        where: { contentHash },
        select: { id: true, articles: { select: { id: true }, orderBy: { sourceStart: "asc" } } },
      });
      return {
        documentId: stored.id,
        created: false,
        articleIds: stored.articles.map((a) => a.id),
        candidates: {},
      };
    }
    // Imports running at once (queue workers, several CLIs) take turns from here to their commit: each
    // resolves outlets, people and events against what the others stored, so two pages about a new
    // meeting propose one event and one participant row per person, not two that collide on their keys.
    // Extraction, the slow part, ran before the transaction and is not serialised.
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(${IMPORT_LINKING_LOCK}::bigint)::text AS locked`;
    // The outlet of each article (metadata/outlets.ts): on a page of several articles, the one each
    // article's own lines name comes first; a publisher known nowhere gets its own proposed row.
    const outletIds = new Map<string, string>();
    const today = new Date(new Date().toISOString().slice(0, 10));
    const outletOf = (article: ArticleDraft) => {
      if (page.articles.length === 1 || metadata.outlet || !article.outletName)
        return resolveOutlet(
          {
            ...outletSignals,
            fromArticle: article.outletName,
            credited: article.creditedOutlet,
            source: article.sourceOutlet,
          },
          outlets,
        );
      const own = resolveOutlet(
        {
          urls: [],
          fromArticle: article.outletName,
          credited: article.creditedOutlet,
          source: article.sourceOutlet,
          text: "",
          fileName: input.fileName,
          pageId: contentHash,
        },
        outlets,
      );
      // A name known nowhere (a show's title, a section) is not evidence against the outlet that the
      // page's address or metadata name (a masthead line may belong to one article only).
      const pageWide = ["option", "domain", "publisher", "site-name"].includes(pageOutlet.by);
      return own.proposed && !pageOutlet.proposed && pageWide ? pageOutlet : own;
    };
    const outletId = async (outlet: ReturnType<typeof resolveOutlet>) => {
      const label = `${outlet.id ?? ""}:${outlet.name}`;
      const cached = outletIds.get(label);
      if (cached) return cached;
      const id = await storeOutlet(tx, outlet, today);
      outletIds.set(label, id);
      return id;
    };

    const articleIds: string[] = [];
    const duplicates: NonNullable<ImportResult["duplicates"]> = [];
    const counts: Partial<Record<CandidateKind, number>> = {};
    // People resolve against the stored participants and those proposed by earlier articles of this page.
    const people = await loadPeople(tx);
    for (const [index, draft] of drafts.entries()) {
      const { article, body } = draft;
      let { candidates, signals } = await prepareArticle(tx, people, {
        body,
        title: article.title,
        publishedAt: article.publishedAt,
        publishedPrecision: article.publishedPrecision,
        publishedText: article.publishedText,
        bylinePlaces: article.bylines.flatMap((byline) => (byline.place ? [byline.place] : [])),
        capturedAt: input.capturedAt ?? page.pageDate,
        url: input.url ?? metadata.url,
        datelineEnd: datelineSpan(body, article.opening).end,
        candidates: draft.candidates,
      });
      const created = await tx.article.create({
        data: {
          key: `${documentKey}-${index + 1}`,
          outletId: await outletId(outletOf(article)),
          url: index === 0 ? (input.url ?? null) : null,
          language: metadata.language?.split(/[-_]/)[0]?.toLowerCase() || "en",
          dateline: article.dateline,
          sourceDocumentId: document.id,
          sourceStart: toCodePointIndex(text, article.start),
          sourceEnd: toCodePointIndex(text, article.end),
          title: article.title,
          body,
          genre: article.genre,
          publishedAt: article.publishedAt,
          publishedPrecision: article.publishedPrecision,
          publishedText: article.publishedText,
          bylines: {
            create: article.bylines.map((byline, position) => ({
              position,
              name: byline.name,
              isStaff: byline.isStaff,
              place: byline.place,
            })),
          },
        },
        select: { id: true },
      });
      articleIds.push(created.id);
      const outlet = outletOf(article);
      if (outlet.proposed) candidates.push(outletCandidate(body, outlet));
      // The event it covers: the one given, else the stored event it matches, else a proposed one.
      await linkArticleEvent(tx, people, created.id, signals, event?.id);
      // A near copy of a stored article (a wire copy) is linked to it, by MinHash bands (bulk/near-duplicates).
      const duplicate = await recordNearDuplicate(tx, created.id, body);
      if (duplicate)
        duplicates.push({
          articleId: created.id,
          duplicateOfId: duplicate.articleId,
          similarity: duplicate.similarity,
        });
      // One candidate of a kind per span (the database allows no more): two parts of the pipeline may
      // find the same words (extraction's date claim and the meeting date, say); the surer one is kept.
      const unique = new Map<string, (typeof candidates)[number]>();
      for (const candidate of candidates) {
        const key = `${candidate.kind}:${candidate.span.start}:${candidate.span.end}`;
        const kept = unique.get(key);
        if (!kept || candidate.confidence > kept.confidence) unique.set(key, candidate);
      }
      candidates = [...unique.values()];
      // Spans and candidates are written in batches: one statement per thousand rows rather than two per
      // candidate, so that a long page's transaction ends in seconds.
      const spans = new Map(candidates.map((c) => [`${c.span.start}:${c.span.end}`, c.span]));
      // The database's own check of each span against the body is skipped below (it rereads the body
      // for every span); the same check runs here, on the body's code points, read once.
      const codePoints = Array.from(body);
      for (const span of spans.values()) {
        if (codePoints.slice(span.start, span.end).join("") !== span.exact) {
          throw new ImportError(
            "EXTRACTION",
            `Extraction cut an evidence span [${span.start}, ${span.end}) that does not match the article body ("${span.exact.slice(0, 40)}"); the page was not stored.`,
          );
        }
      }
      // These spans were checked against this very body above, so the database's per-span check, which
      // rereads the whole body for each span, is skipped for these inserts only (see the migration
      // import_trusted_spans).
      await tx.$executeRawUnsafe("SET LOCAL readout.spans_from_body = 'on'");
      // Spans and candidates go in with one INSERT … SELECT FROM unnest(arrays) per thousand rows: the
      // query compiler's work for a model createMany grows with its rows, and took most of a long page's
      // time.
      const spanIds = new Map<string, string>();
      for (const batch of chunks([...spans.values()], BATCH)) {
        const rows = await tx.$queryRawUnsafe<{ id: string; start: number; end: number }[]>(
          `INSERT INTO "EvidenceSpan" ("id", "articleId", "start", "end", "exact", "prefix", "suffix")
           SELECT x.id, $1, x.start, x."end", x.exact, x.prefix, x.suffix
           FROM unnest($2::text[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[])
             AS x(id, start, "end", exact, prefix, suffix)
           ON CONFLICT ("articleId", "start", "end") DO NOTHING
           RETURNING "id", "start", "end"`,
          created.id,
          batch.map(() => orderedId()),
          batch.map((span) => span.start),
          batch.map((span) => span.end),
          batch.map((span) => span.exact),
          batch.map((span) => span.prefix),
          batch.map((span) => span.suffix),
        );
        for (const row of rows) spanIds.set(`${row.start}:${row.end}`, row.id);
      }
      await tx.$executeRawUnsafe("SET LOCAL readout.spans_from_body = 'off'");
      for (const batch of chunks(candidates, BATCH)) {
        await tx.$executeRawUnsafe(
          `INSERT INTO "Candidate" ("id", "articleId", "kind", "confidence", "data", "evidenceId", "participantId", "updatedAt")
           SELECT x.id, $1, x.kind::"CandidateKind", x.confidence, x.data::jsonb, x.evidence, x.participant, now()
           FROM unnest($2::text[], $3::text[], $4::float8[], $5::text[], $6::text[], $7::text[])
             AS x(id, kind, confidence, data, evidence, participant)`,
          created.id,
          batch.map(() => orderedId()),
          batch.map((candidate) => candidate.kind),
          batch.map((candidate) => candidate.confidence),
          batch.map((candidate) => JSON.stringify(candidate.data)),
          batch.map((candidate) => spanIds.get(`${candidate.span.start}:${candidate.span.end}`) as string),
          batch.map((candidate) => candidate.participantId ?? null),
        );
        for (const candidate of batch) counts[candidate.kind] = (counts[candidate.kind] ?? 0) + 1;
        written += batch.length;
        input.onProgress?.({ stage: "writing", done: written, total: candidateTotal });
      }
    }
    return { documentId: document.id, created: true, articleIds, candidates: counts, duplicates };
  });
}
