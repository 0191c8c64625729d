/**
 * Start-up work of an import process, done once before its first page: reading the reference lists,
 * loading the language models (compromise's lexicon, chrono's parsers), compiling the vocabulary's
 * patterns and the database client's queries. Each of them is otherwise paid by the first page a
 * process imports, which then takes several times as long as the pages after it.
 */
import type { DbClient } from "@readout/db";
import { extractCandidates } from "./extract.ts";
import { rehearseImport } from "./import.ts";
import { segmentPage } from "./segment.ts";
import { reference } from "./vocabulary.ts";

// A made-up page that goes through every stage of segmentation and extraction: a masthead, a headline,
// a byline and a date line, a dateline, a duration, an attributed quotation and an agreement.
const PRACTICE_PAGE = [
  "Lakeside Wire",
  "",
  "Norland and Sudria ministers meet in Geneva",
  "",
  "By Ana Example",
  "March 4, 2031 10:30 AM",
  "",
  "GENEVA, March 4 (Lakeside Wire) — Foreign Minister Ana Norvik of Norland met Sudria's Foreign Minister Ben Sudo on Tuesday for three hours of talks, the ministry said.",
  "“We agreed to keep talking,” Norvik told reporters after the meeting. The two sides agreed to meet again in May, according to a statement.",
  "",
].join("\n");

/**
 * Does the one-time work of an import process before its first page (see the file's comment). With a
 * database client, its read queries are compiled; with `rehearse`, the page is imported in a transaction
 * that is rolled back, so that every query an import makes is compiled and nothing is stored. Says whether
 * the work ran through: a rehearsal that stops (a lock held by another import) fails nothing, it only
 * leaves the first page its start-up to pay.
 */
export async function prepareImport(
  prisma?: DbClient,
  options: {
    /**
     * Rehearse a whole import (rolled back) so that the write queries are compiled too: for a long-lived
     * worker, whose first job should be as quick as the others. A command that imports one page would pay
     * for a second import: it compiles the read queries only.
     */
    rehearse?: boolean;
  } = {},
): Promise<boolean> {
  const { vocabulary, page } = reference();
  const segmented = segmentPage(PRACTICE_PAGE, {
    outlets: [],
    vocabulary,
    page,
    capturedAt: null,
    metadata: {},
    url: null,
    country: null,
  });
  for (const article of segmented.articles) {
    extractCandidates(
      PRACTICE_PAGE.slice(article.start, article.end),
      [],
      vocabulary,
      article.publishedAt,
      article.title,
    );
  }
  if (!prisma) return true;
  if (options.rehearse) return rehearseImport(prisma, PRACTICE_PAGE);
  await prisma.sourceDocument.findUnique({
    where: { contentHash: "" },
    select: { id: true, articles: { select: { id: true }, orderBy: { sourceStart: "asc" } } },
  });
  return true;
}
