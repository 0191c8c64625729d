/**
 * Splits a captured page into its articles. A page is read as blocks (runs of lines between blank lines);
 * an article starts at a headline followed by metadata (a byline, an outlet, a date), or at the top of the
 * page where an author's name and a date precede the first paragraphs (a commentary). Page furniture
 * (comment forms, obfuscated addresses, navigation) is left out; an article body is always one unbroken
 * slice of the page text, so evidence offsets into it can be traced back to the page.
 */

import type { ArticleGenre, TimePrecision } from "@readout/db";
import * as chrono from "chrono-node";
import ct from "countries-and-timezones";
import type { Vocabulary } from "./vocabulary.ts";

export interface KnownOutlet {
  name: string;
  aliases: string[];
  country: string | null;
}

export interface BylineDraft {
  name: string;
  isStaff: boolean;
  place: string | null;
}

export interface ArticleDraft {
  title: string;
  /** Whether the title was taken from the first sentence, the page giving none. */
  titleFromBody: boolean;
  outletName: string | null;
  bylines: BylineDraft[];
  /** An author's role as the page gives it ("Director, US-China Energy Industry Forum"). */
  authorRole: string | null;
  publishedAt: Date | null;
  publishedPrecision: TimePrecision;
  publishedText: string | null;
  genre: ArticleGenre;
  /** The body's UTF-16 offsets in the page text. */
  start: number;
  end: number;
}

export interface SegmentedPage {
  /** A capture date printed at the top of the page, if any (never a publication date). */
  pageDate: Date | null;
  articles: ArticleDraft[];
}

interface Block {
  text: string;
  start: number;
  end: number;
}

type Meta =
  | { kind: "byline"; bylines: BylineDraft[]; outlet: string | null }
  | { kind: "date"; text: string }
  | { kind: "outlet"; name: string }
  | { kind: "role"; role: string; organization: string }
  | { kind: "person"; name: string };

/** Blocks of text between blank lines, with their offsets; white space (no-break spaces too) trimmed. */
function blocks(text: string): Block[] {
  const result: Block[] = [];
  const pattern = /\S(?:[\s\S]*?\S)?(?=\s*\n[^\S\n]*\n|\s*$)/g;
  for (const match of text.matchAll(pattern)) {
    result.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return result;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const HONORIFIC = /^(prof|dr|mr|mrs|ms|sir|dame)\.?$/i;
/** Small words that may stand inside a name ("Ministry of Trade of Norland", "Le Quotidien du Soir"). */
const CONNECTORS = new Set([
  "of",
  "the",
  "and",
  "for",
  "de",
  "du",
  "des",
  "la",
  "le",
  "di",
  "del",
  "der",
  "van",
  "von",
  "&",
]);

function isNoise(block: Block, vocabulary: Vocabulary): boolean {
  return vocabulary.noise.some((pattern) => new RegExp(pattern, "i").test(block.text.trim()));
}

/** Date parsers for the languages pages arrive in, English first. */
const PARSERS = [chrono.en, chrono.fr, chrono.de, chrono.es, chrono.pt, chrono.nl, chrono.ja];

/** The block is a date and nothing else ("Mon. Apr 22nd, 2024", "June 18, 2023", "5 mars 2031"). */
function isDateOnly(text: string): boolean {
  return PARSERS.some((parser) => {
    const [result] = parser.parse(text);
    if (!result) return false;
    const rest = (text.slice(0, result.index) + text.slice(result.index + result.text.length)).replace(
      /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?/gi,
      "",
    );
    return /^[\s,.\-–—|:]*$/.test(rest);
  });
}

function isHeadline(block: Block): boolean {
  const text = block.text;
  const list = words(text);
  return (
    !text.includes("\n") &&
    !/^by\s/i.test(text) &&
    text.length <= 180 &&
    list.length >= 4 &&
    list.length <= 30 &&
    !/[.!?;,]$/.test(text) &&
    /^[\p{Lu}“"‘'(]/u.test(text) &&
    list.some((word) => /^\p{Ll}/u.test(word))
  );
}

/** A paragraph of running text. */
function isParagraph(block: Block): boolean {
  return /[.!?…”"’)]$/.test(block.text) || words(block.text).length >= 15;
}

function matchOutlet(text: string, outlets: KnownOutlet[]): KnownOutlet | null {
  for (const outlet of outlets) {
    for (const name of [outlet.name, ...outlet.aliases]) {
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      if (new RegExp(`(^|[^\\p{L}])${escaped}([^\\p{L}]|$)`, "u").test(text)) return outlet;
    }
  }
  return null;
}

function parseBylines(text: string, outlets: KnownOutlet[]): Meta {
  const names = text.replace(/^by\s+/i, "").split(/\s*(?:&|,|\band\b)\s*/);
  const bylines = names
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const place = /\s+in\s+(\p{Lu}[\p{L}\s.'-]*)$/u.exec(part);
      const name = place ? part.slice(0, place.index) : part;
      return {
        name,
        isStaff: /\b(staff|reporters?|correspondents?|desk|team|agencies|wires?)\b/i.test(name),
        place: place?.[1]?.trim() ?? null,
      };
    });
  return { kind: "byline", bylines, outlet: matchOutlet(text, outlets)?.name ?? null };
}

/** What one metadata part says: a byline, a date, an outlet, an author's role, a person. */
function classifyPart(part: string, outlets: KnownOutlet[], vocabulary: Vocabulary): Meta[] {
  const text = part.trim();
  if (!text) return [];
  const published = /^(.*?)\b(?:published|updated|posted)\s*:?\s*(.+)$/i.exec(text);
  if (published && chrono.parse(published[2] ?? "").length) {
    return [
      ...classifyPart(published[1] ?? "", outlets, vocabulary),
      { kind: "date", text: published[2] ?? "" },
    ];
  }
  if (/^by\s+/i.test(text)) return [parseBylines(text, outlets)];
  if (isDateOnly(text) || /^\d+\s+(minutes?|hours?|days?)\s+ago$/i.test(text))
    return [{ kind: "date", text }];
  const labelled = /^([^:]{2,60}):\s*(.+)$/.exec(text);
  if (labelled && (isDateOnly(labelled[2] ?? "") || /\bago\b/i.test(labelled[2] ?? ""))) {
    return [
      { kind: "outlet", name: labelled[1]?.trim() ?? "" },
      { kind: "date", text: labelled[2] ?? "" },
    ];
  }
  const role = /^([\p{Lu}][\p{L}\s-]*?),\s+(\p{Lu}.+)$/u.exec(text);
  if (role && vocabulary.roleWords.some((word) => role[1]?.includes(word))) {
    return [{ kind: "role", role: role[1]?.trim() ?? "", organization: role[2]?.trim() ?? "" }];
  }
  const known = matchOutlet(text, outlets);
  if (known && words(text).length <= 6) return [{ kind: "outlet", name: known.name }];
  const list = words(text);
  const named = list.every((word) => /^[\p{Lu}]/u.test(word) || HONORIFIC.test(word) || CONNECTORS.has(word));
  if (list.length >= 1 && list.length <= 6 && named && /^\p{Lu}/u.test(text)) {
    return list.some((word) => HONORIFIC.test(word))
      ? [{ kind: "person", name: text }]
      : [{ kind: "outlet", name: text }];
  }
  return [];
}

/** Metadata in a block: parts may share a line, joined by dashes or bars ("Wire — By X — 4 March 2031"). */
function metaOf(block: Block, outlets: KnownOutlet[], vocabulary: Vocabulary): Meta[] | null {
  if (block.text.includes("\n") || block.text.length > 200) return null;
  const parts = block.text.split(/\s+[—|–]\s+/);
  const metas = parts.map((part) => classifyPart(part, outlets, vocabulary));
  return metas.every((list) => list.length > 0) ? metas.flat() : null;
}

/** The UTC moment a local time in `country` stands for (the first time zone the country lists). */
function inCountryTime(local: Date, country: string | null): Date {
  const zone = country ? ct.getCountry(country)?.timezones[0] : undefined;
  if (!zone) return local;
  const offsetAt = (moment: Date) => {
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    }).formatToParts(moment);
    const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
    return (
      Date.UTC(
        value("year"),
        value("month") - 1,
        value("day"),
        value("hour"),
        value("minute"),
        value("second"),
      ) - moment.getTime()
    );
  };
  const guess = new Date(local.getTime() - offsetAt(local));
  return new Date(local.getTime() - offsetAt(guess));
}

/** A publication time from its words, with its precision; relative times need the capture time. */
export function readPublished(
  text: string,
  country: string | null,
  capturedAt: Date | null,
): { at: Date | null; precision: TimePrecision } {
  if (/\b(ago|yesterday|today|just now)\b/i.test(text)) {
    const [result] = capturedAt ? chrono.parse(text, capturedAt) : [];
    return { at: result?.start.date() ?? null, precision: "RELATIVE" };
  }
  for (const parser of PARSERS) {
    const [result] = parser.parse(text);
    if (!result) continue;
    const start = result.start;
    const value = (unit: "year" | "month" | "day" | "hour" | "minute") => start.get(unit) ?? 0;
    const local = new Date(
      Date.UTC(value("year"), value("month") - 1, value("day"), value("hour"), value("minute")),
    );
    if (start.isCertain("hour")) {
      const at = start.isCertain("timezoneOffset") ? start.date() : inCountryTime(local, country);
      return { at, precision: start.isCertain("minute") ? "MINUTE" : "HOUR" };
    }
    const date = new Date(
      Date.UTC(value("year"), value("month") - 1, start.isCertain("day") ? value("day") : 1),
    );
    if (start.isCertain("day")) return { at: date, precision: "DAY" };
    if (start.isCertain("month")) return { at: date, precision: "MONTH" };
    return { at: date, precision: "YEAR" };
  }
  return { at: null, precision: "UNKNOWN" };
}

function genreOf(title: string, fromAuthorAffiliation: boolean): ArticleGenre {
  if (/^\s*(readout|read-out)\b|\breadout\s*:/i.test(title)) return "READOUT";
  if (/\btranscript\b|\bremarks by\b|\bpress briefing\b/i.test(title)) return "TRANSCRIPT";
  if (/\b(opinion|commentary|op-ed|comment)\s*[:|]/i.test(title) || fromAuthorAffiliation) return "OPINION";
  if (/\b(analysis|explainer)\s*[:|]/i.test(title)) return "ANALYSIS";
  return "REPORT";
}

function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/s.exec(text);
  return (match?.[1] ?? text)
    .replace(/[.!?]$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function segmentPage(
  text: string,
  options: { outlets: KnownOutlet[]; vocabulary: Vocabulary; capturedAt: Date | null },
): SegmentedPage {
  const all = blocks(text);
  const { outlets, vocabulary } = options;
  let index = 0;
  let pageDate: Date | null = null;
  if (all.length > 1 && all[0] && isDateOnly(all[0].text)) {
    pageDate = chrono.parseDate(all[0].text);
    index = 1;
  }
  const list = all.slice(index).filter((block) => !isNoise(block, vocabulary));

  // An article starts at a headline whose next blocks hold metadata and then a paragraph.
  const starts: { at: number; metas: Meta[]; bodyAt: number }[] = [];
  for (let i = 0; i < list.length; i++) {
    const block = list[i] as Block;
    if (!isHeadline(block)) continue;
    const metas: Meta[] = [];
    let j = i + 1;
    for (; j < list.length && j <= i + 3; j++) {
      const meta = metaOf(list[j] as Block, outlets, vocabulary);
      if (!meta) break;
      metas.push(...meta);
    }
    if (metas.length && list[j] && isParagraph(list[j] as Block)) starts.push({ at: i, metas, bodyAt: j });
  }

  // Before the first headline: an author's name, role and date, then paragraphs (a commentary).
  const preamble: { at: number; metas: Meta[]; bodyAt: number }[] = [];
  const firstStart = starts[0]?.at ?? list.length;
  const firstParagraph = list.findIndex((block, i) => i < firstStart && isParagraph(block));
  if (firstParagraph >= 0) {
    const metas = list.slice(0, firstParagraph).flatMap((block) => metaOf(block, outlets, vocabulary) ?? []);
    preamble.push({ at: -1, metas, bodyAt: firstParagraph });
  }

  const articles: ArticleDraft[] = [];
  const entries = [...preamble, ...starts];
  for (const [n, entry] of entries.entries()) {
    const next = entries[n + 1]?.at ?? list.length;
    const body = list.slice(entry.bodyAt, next);
    const first = body[0];
    const last = body.at(-1);
    if (!first || !last) continue;
    const bylines = entry.metas.flatMap((meta) => (meta.kind === "byline" ? meta.bylines : []));
    const person = entry.metas.find((meta) => meta.kind === "person");
    if (person?.kind === "person") bylines.push({ name: person.name, isStaff: false, place: null });
    const role = entry.metas.find((meta) => meta.kind === "role");
    const outletName =
      entry.metas.find((meta) => meta.kind === "outlet")?.name ??
      entry.metas.flatMap((meta) => (meta.kind === "byline" && meta.outlet ? [meta.outlet] : []))[0] ??
      (role?.kind === "role" ? role.organization : null);
    const outlet = outletName ? (matchOutlet(outletName, outlets) ?? null) : null;
    const dateMeta = entry.metas.find((meta) => meta.kind === "date");
    const published =
      dateMeta?.kind === "date"
        ? readPublished(dateMeta.text, outlet?.country ?? null, options.capturedAt)
        : { at: null, precision: "UNKNOWN" as const };
    const bodyText = text.slice(first.start, last.end);
    const headline = entry.at >= 0 ? (list[entry.at] as Block).text : null;
    const fromAffiliation = role?.kind === "role" && outletName === role.organization;
    articles.push({
      title: headline ?? firstSentence(bodyText),
      titleFromBody: headline === null,
      outletName: outlet?.name ?? outletName,
      bylines,
      authorRole: role?.kind === "role" ? `${role.role}, ${role.organization}` : null,
      publishedAt: published.at,
      publishedPrecision: published.precision,
      publishedText: dateMeta?.kind === "date" ? dateMeta.text : null,
      genre: genreOf(headline ?? "", fromAffiliation),
      start: first.start,
      end: last.end,
    });
  }
  return { pageDate, articles };
}
