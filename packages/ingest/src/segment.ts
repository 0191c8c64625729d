/**
 * Splits a captured page into its articles. A page is read as blocks (runs of lines between blank lines);
 * an article starts at a headline followed by metadata (a byline, an outlet, a date), or at the top of the
 * page where an author's name and a date precede the first paragraphs (a commentary). Page furniture
 * (comment forms, obfuscated addresses, navigation) is left out; an article body is always one unbroken
 * slice of the page text, so evidence offsets into it can be traced back to the page.
 */

import { createRequire } from "node:module";
import { type ArticleGenre, normalizeName, type TimePrecision } from "@readout/db";
import * as chrono from "chrono-node";
import type nlpType from "compromise";
import ct from "countries-and-timezones";
import { escapeRegExp, isParticle, titledNameLine, wordPattern } from "./extract/mentions.ts";
import { isCountryName } from "./extract/nationality.ts";
import { lexiconTag, namesTown, wordPieces } from "./extract/nlp.ts";
import { endsLikeCaption, pathOf } from "./metadata/outlets.ts";
import { headlineInLine, slugWords, titleFromAddress } from "./metadata/slug.ts";
import type { DetectedMetadata } from "./metadata/types.ts";
import {
  abbreviationsOf,
  calendarNames,
  type PageVocabulary,
  reference,
  type Vocabulary,
  wordAlternatives,
} from "./vocabulary.ts";

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
  /**
   * A publisher the story's own lines credit with it, known to the lists: the agency of its dateline
   * ("BEIJING (Reuters) –") or of its byline ("By Sylvie Corbet – Associated Press"). A site that carries
   * the story gives way to it.
   */
  creditedOutlet: string | null;
  /**
   * The wire a colon's dateline credits ("SOCHI (TASS):", "New Delhi [India], May 3 (ANI):"), known to the
   * lists: the paper that prints it took the story from it, so it is the story's outlet only where nothing
   * else names one.
   */
  sourceOutlet: string | null;
  bylines: BylineDraft[];
  /** An author's role as the page gives it ("Director, US-China Energy Industry Forum"). */
  authorRole: string | null;
  publishedAt: Date | null;
  publishedPrecision: TimePrecision;
  publishedText: string | null;
  genre: ArticleGenre;
  /** The dateline that opens the body, as written ("BEIJING, June 18 (Reuters)"). */
  dateline: string | null;
  /**
   * The words that open the story and say nothing of anyone's: its dateline, or an agency's bracket alone
   * ("(MENAFN - Daily News Egypt)"), as written.
   */
  opening: string | null;
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

// compromise (already extraction's) tells a person's name from other capitalised words ("East Room");
// loaded on first use only.
const require = createRequire(import.meta.url);
let compromise: typeof nlpType | undefined;
const namesPlace = (text: string) => {
  compromise ??= require("compromise") as typeof nlpType;
  return compromise(text).places().found;
};
const namesPerson = (text: string) => {
  compromise ??= require("compromise") as typeof nlpType;
  return compromise(text).people().text().trim().length >= text.replace(/\s+/g, " ").trim().length * 0.6;
};

type Meta =
  | { kind: "label"; text: string }
  | {
      kind: "byline";
      bylines: BylineDraft[];
      outlet: string | null;
      /** The outlet is the agency the writer files for, run onto the name ("Jane RoeAAP"). */
      agency?: boolean;
    }
  | { kind: "date"; text: string; updated?: boolean; published?: boolean }
  | { kind: "outlet"; name: string }
  | { kind: "role"; role: string; organization: string }
  | { kind: "person"; name: string };

let leadingDatePattern: RegExp | undefined;
/** Breadcrumbs glued together from their root (page.yaml breadcrumbRoots: "HomeNewsWorld…"). */
let crumbsPattern: RegExp | undefined;
let crumbsAlone: RegExp | undefined;
/** A logo's label before the name it shows, run together: "NZ Newswire logo" of "NZ Newswire logoNZ Newswire". */
let logoPattern: RegExp | undefined;
const logoLabel = () => {
  logoPattern ??= new RegExp(
    `^(\\p{Lu}[^\\n]{1,40}?)\\s*(?:${wordAlternatives(reference().page.logoWords) || "(?!)"})\\s*(?=\\1)`,
    "iu",
  );
  return logoPattern;
};
const crumbRoots = () => wordAlternatives(reference().page.breadcrumbRoots) || "(?!)";
const crumbsAt = () => {
  crumbsPattern ??= new RegExp(`^(?:${crumbRoots()})(?:\\p{Lu}\\p{Ll}{3,}(?=[\\p{Lu}"“‘]))+`, "u");
  return crumbsPattern;
};
/**
 * The page's lines, with their offsets; white space (no-break spaces too) trimmed. Captures copied from a
 * browser put a paragraph on a line, blank lines between them or not, so a line is the unit a headline,
 * a byline or a paragraph is read from.
 */
function blocks(text: string): Block[] {
  const result: Block[] = [];
  for (const match of text.matchAll(/[^\S\n]*([^\n]*\S)[^\S\n]*/g)) {
    let start = (match.index ?? 0) + match[0].indexOf(match[1] as string);
    let line = match[1] as string;
    // "🎥 Biden, Xi agree to …": a pictograph before a line marks its media, and is no word of it.
    // (Not "©", "®" or "™", which the same class holds: "© 2031 …" is a copyright line.)
    const marks = /^(?:(?:(?![©®™])\p{Extended_Pictographic}|\u{FE0F}|\u{200D})+\s*)+(?=\S)/u.exec(line)?.[0];
    if (marks) {
      line = line.slice(marks.length);
      start += marks.length;
    }
    // "ByShivam Pratap Singh": a byline with its space left out. (The block's text is read as metadata only.)
    const byGlued = /^By(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{L}.'’-]*){1,3})$/u.exec(line)?.[1];
    if (byGlued) {
      result.push({ text: `By ${byGlued}`, start, end: start + line.length });
      continue;
    }
    // "HomeNewsWorldModi-Putin Bonhomie Inside Story: …": breadcrumbs run into the headline with no space
    // between them (each section's name glued to a capital) are a line of their own.
    // (Each a word of four letters or more: "HomeWorldMcConnell Meets …" keeps "McConnell".)
    const crumbs = crumbsAt().exec(line)?.[0];
    if (crumbs && words(line.slice(crumbs.length)).length >= 4) {
      result.push({ text: crumbs, start, end: start + crumbs.length });
      start += crumbs.length;
      line = line.slice(crumbs.length);
    }
    // "November 17, 2022Japanese Prime Minister …": a full date run into the first words of the line, no
    // space between, is a line of its own.
    leadingDatePattern ??= new RegExp(
      `^(?:(?:${wordAlternatives(calendarNames("months"))})\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d{2}|\\d{1,2}\\s+(?:${wordAlternatives(calendarNames("months"))})\\.?,?\\s+(?:19|20)\\d{2})(?=\\p{Lu}\\p{Ll})`,
      "u",
    );
    const dateRunIn = leadingDatePattern.exec(line)?.[0];
    if (dateRunIn && words(line).length >= 6) {
      result.push({ text: dateRunIn, start, end: start + dateRunIn.length });
      start += dateRunIn.length;
      line = line.slice(dateRunIn.length);
    }
    // "[May 13, 2025]": a date line in brackets is that date. "[August 30, 2025] By", the writer's name on
    // the next line: the date, then a "By" of its own line.
    const bracket = /^\[([^[\]]{4,40})\](?:\s+(by))?$/iu.exec(line);
    const bracketed = bracket?.[1];
    if (bracket && bracketed && isDateOnly(bracketed.trim())) {
      const dateStart = start + 1 + bracketed.length - bracketed.trimStart().length;
      const by = bracket[2];
      if (by) {
        result.push({ text: bracketed.trim(), start: dateStart, end: dateStart + bracketed.trim().length });
        start += line.length - by.length;
        line = by;
      } else {
        start = dateStart;
        line = bracketed.trim();
      }
    }
    // "… will leave Alaska with neitherpublished at 00:27 British Summer Time 16 August": a headline with
    // the time it was posted run onto its last word is two lines.
    const glued = /^(.{10,200}?\p{Ll})(?=(?:published|updated|posted)\s+(?:at|on)\s+\d)/u.exec(line);
    if (glued?.[1] && chrono.parse(line.slice(glued[1].length)).length) {
      result.push({ text: glued[1], start, end: start + glued[1].length });
      result.push({
        text: line.slice(glued[1].length),
        start: start + glued[1].length,
        end: start + line.length,
      });
      continue;
    }
    // "By" alone on its line, the writer's name on the next: one byline. (The block's text is the two lines
    // joined by a space; it is read as metadata only, never cut from the page by its offsets.) A date on
    // the next line is the page's date under an empty byline ("By" / "Nov 6, 2023").
    const previous = result.at(-1);
    if (
      previous &&
      /^by$/iu.test(previous.text) &&
      /^\p{Lu}/u.test(line) &&
      line.length <= 60 &&
      !isDateOnly(line.replace(/[\s,]+$/u, ""))
    ) {
      result[result.length - 1] = {
        text: `${previous.text} ${line}`,
        start: previous.start,
        end: start + line.length,
      };
      continue;
    }
    result.push({ text: line, start, end: start + line.length });
  }
  return result;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);
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

/** What segmentation reads from the reference files, its regular expressions compiled once. */
interface Cues {
  noise: RegExp[];
  /** A heading over other stories' teasers (page.yaml `storyEndHeadings`): the story ends above it. */
  storyEnd: RegExp;
  /** A photo's caption, by its credit (vocabulary.yaml `captions`): no paragraph of the story. */
  captions: RegExp[];
  /** A caption shaped like a headline (page.yaml `captionHeadlines`, with their case): no headline. */
  captionHeadlines: RegExp[];
  /** A service's line that hands on another's text (page.yaml `releaseLines`): group `source`. */
  releaseLines: RegExp[];
  genres: { genre: ArticleGenre; titles: RegExp[]; openings: RegExp[]; urls: RegExp[] }[];
  transcriptTurns: number;
  staff: RegExp;
  outletWord: RegExp;
  photoCredit: RegExp;
  labels: Set<string>;
  sourceLabels: Set<string>;
  /** Honorifics of vocabulary.yaml, as a whole word with or without its full stop ("Dr.", "Mr"). */
  honorific: RegExp;
  /** Abbreviations of vocabulary.yaml: a full stop after one ends no sentence. */
  abbreviations: string[];
  titleLines: RegExp[];
  /** A title of vocabulary.yaml's roleWords as a whole word ("Director", not "Directors"). */
  roleWord: RegExp;
  /**
   * A quotation, then its speaker and a verb of speech in the past tense (vocabulary.yaml speechVerbs):
   * "“We will …,” the Malaysian PM said" is a story's sentence (a pull quote), not a headline, which says
   * "says".
   */
  reportedSpeech: RegExp;
  /** A writer's name, then the publication time's label (page.yaml publicationLabels) and a date. */
  writerBeforeLabel: RegExp | null;
  /** Syndication notices (page.yaml syndicationNotices): no part of the story; the "publisher" group names it. */
  syndication: RegExp[];
  /** "Follow ERR News on Facebook …": an invitation to follow a publisher on a network; the name is group 1. */
  follow: RegExp;
}

const cueCache = new WeakMap<object, Cues>();
function cuesOf(vocabulary: Vocabulary, given: PageVocabulary | undefined): Cues {
  const page = given ?? reference().page;
  const key = page;
  const cached = cueCache.get(key);
  if (cached) return cached;
  const list = (patterns: string[]) => patterns.map((pattern) => new RegExp(pattern, "iu"));
  const alternatives = (items: string[]) => items.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const cues: Cues = {
    noise: list([...vocabulary.noise, ...page.furniture]),
    captions: list(vocabulary.captions),
    captionHeadlines: page.captionHeadlines.map((pattern) => new RegExp(pattern, "u")),
    releaseLines: page.releaseLines.map((pattern) => new RegExp(pattern, "u")),
    genres: (["READOUT", "TRANSCRIPT", "OPINION", "ANALYSIS"] as const).map((genre) => ({
      genre,
      titles: list(page.genres[genre].titles),
      openings: list(page.genres[genre].openings),
      urls: list(page.genres[genre].urls),
    })),
    transcriptTurns: page.transcriptTurns,
    storyEnd: new RegExp(`^(?:${wordAlternatives(page.storyEndHeadings) || "(?!)"})\\s*:?$`, "iu"),
    staff: new RegExp(`\\b(${page.staffWords.join("|")})\\b`, "i"),
    outletWord: new RegExp(`\\b(${alternatives(page.outletWords).join("|")})\\b`, "i"),
    photoCredit: new RegExp(`\\b(${alternatives(page.photoCreditWords).join("|") || "(?!)"})\\b`, "i"),
    labels: new Set(page.labels.map((label) => label.toLowerCase())),
    sourceLabels: new Set(page.sourceLabels.map((label) => label.toLowerCase())),
    syndication: page.syndicationNotices.map((pattern) => new RegExp(pattern, "iu")),
    follow: new RegExp(
      `^(?:${alternatives(page.followInvitations).join("|") || "(?!)"})\\s+(\\p{Lu}[\\p{L}\\p{N}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.&'’-]*){0,4})\\s+on\\s+(?:${alternatives(page.socialNetworks).join("|") || "(?!)"})(?![\\p{L}])`,
      "iu",
    ),
    titleLines: list(page.titleLines),
    honorific: new RegExp(`^(${alternatives(vocabulary.honorifics).join("|")})\\.?$`, "i"),
    abbreviations: abbreviationsOf(vocabulary),
    roleWord: new RegExp(
      `(?<![\\p{L}])(?:${wordAlternatives(vocabulary.roleWords) || "(?!)"})(?![\\p{L}])`,
      "u",
    ),
    writerBeforeLabel: page.publicationLabels.length
      ? new RegExp(
          `^(\\p{Lu}[\\p{Ll}\\p{Lu}]+(?:[\\s-]\\p{Lu}[\\p{Ll}\\p{Lu}]+){1,2})\\s+((?:${wordAlternatives(page.publicationLabels)})\\b.*\\d.*)$`,
          "u",
        )
      : null,
    reportedSpeech: new RegExp(
      `^["“‘][^"“”]*[,.!?…]["”’]\\s+(?:[^\\s"“”]+\\s+){0,6}(?:${
        wordAlternatives(
          vocabulary.speechVerbs.filter((verb) => !verb.includes(" ") && lexiconTag(verb) === "PastTense"),
        ) || "(?!)"
      })\\.?$`,
      "u",
    ),
  };
  cueCache.set(key, cues);
  return cues;
}

/**
 * A masthead's line, all in capitals, one of its posts (page.yaml mastheadPosts) and a name:
 * "EDITOR-IN-CHIEF: PROF. KHALID MUBARAK AL-SHAFI". (A transcript's turn, "MINISTER ORRIN: THANK YOU", or a
 * headline, "REMARKS: SECRETARY KOVAC", names no post of a paper.)
 */
let mastheadPattern: RegExp | undefined;
export function isMastheadLine(text: string): boolean {
  mastheadPattern ??= new RegExp(
    `^(?:${wordAlternatives(reference().page.mastheadPosts) || "(?!)"})\\s*:\\s*\\p{Lu}[\\p{Lu}\\s.'’,&-]*$`,
    "iu",
  );
  return text === text.toUpperCase() && mastheadPattern.test(text);
}

/** The writing systems a line's letters are in, of those pages are most often captured in. */
const SCRIPTS = [
  /\p{Script=Latin}/u,
  /\p{Script=Cyrillic}/u,
  /\p{Script=Greek}/u,
  /\p{Script=Arabic}/u,
  /\p{Script=Hebrew}/u,
  /\p{Script=Devanagari}/u,
  /\p{Script=Bengali}/u,
  /\p{Script=Gurmukhi}/u,
  /\p{Script=Gujarati}/u,
  /\p{Script=Tamil}/u,
  /\p{Script=Telugu}/u,
  /\p{Script=Kannada}/u,
  /\p{Script=Malayalam}/u,
  // (Japanese writes with Han, Hiragana and Katakana together: one writing system here.)
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
  /\p{Script=Hangul}/u,
  /\p{Script=Thai}/u,
];
const scriptsOf = (text: string) => SCRIPTS.filter((script) => script.test(text)).length;

function isNoise(block: Block, cues: Cues): boolean {
  const text = block.text.trim();
  if (
    cues.noise.some((pattern) => pattern.test(text)) ||
    cues.syndication.some((pattern) => pattern.test(text)) ||
    isMastheadLine(text)
  )
    return true;
  // Breadcrumbs glued together ("HomeNewsWorld"), and a menu of languages each in its own script, run
  // together with no space ("Englishहिन्दीमराठीਪੰਜਾਬੀ…").
  crumbsAlone ??= new RegExp(`^(?:${crumbRoots()})(?:\\p{Lu}\\p{Ll}{3,})+$`, "u");
  if (crumbsAlone.test(text) || (!/\s/u.test(text) && scriptsOf(text) >= 3)) return true;
  // "ArrowArtboardCreated with Sketch.Title ChevronIcon FacebookIcon …": the names of a page's icons run
  // together when copied; three glued words or more, and half of the line's words.
  const all = words(text);
  // ("McCarthy", "DeSantis" and "YouTube" have fewer small letters before the capital.)
  const glued = all.filter((word) => /\p{Ll}{3,}\p{Lu}\p{Ll}/u.test(word)).length;
  return glued >= 3 && glued * 2 >= all.length;
}

/** Date parsers for the languages pages arrive in, English first. */
const PARSERS = [
  chrono.en,
  chrono.fr,
  chrono.de,
  chrono.es,
  chrono.pt,
  chrono.it,
  chrono.nl,
  chrono.sv,
  chrono.id,
  chrono.ja,
];

/** A day's name or short form with its full stop ("Mon.", "Thursday"): reference/calendar.yaml. */
let dayPattern: RegExp | undefined;
const dayName = () => {
  dayPattern ??= new RegExp(`\\b(?:${wordAlternatives(calendarNames("days"))})\\b\\.?`, "gi");
  return dayPattern;
};

/** "June 14, 2024 Hour: 9:07 am": a word that labels the clock time right after it is no part of the date. */
const withoutTimeLabel = (text: string) => text.replace(/(?<![\p{L}])\p{L}+:\s*(?=\d{1,2}:\d{2})/gu, "");

/** The block is a date and nothing else ("Mon. Apr 22nd, 2024", "June 18, 2023", "5 mars 2031"). */
function isDateOnly(written: string): boolean {
  // The Arabic comma reads as a comma ("Wednesday، 14 February 2024"): the date parser knows only the latter.
  const text = withoutTimeLabel(written.replace(/\u060C/gu, ","));
  if (text.length > 80) return false;
  // "5/5", "2/5": a picture gallery's counter, no date (a date in figures gives its year).
  if (/^\s*\d{1,2}\s*\/\s*\d{1,2}\s*$/u.test(text)) return false;
  // A menu's "Weekend" names no day: a date line has a figure, a month's name or a day's, or reads back from
  // the page's day ("a day ago", "Yesterday").
  if (
    !/\d/u.test(text) &&
    !monthNamed().test(text) &&
    text.search(dayName()) < 0 &&
    !/(?<![\p{L}])(?:ago|yesterday|today)(?![\p{L}])/iu.test(text)
  )
    return false;
  return PARSERS.some((parser) => {
    const [result] = parser.parse(text);
    if (!result) return false;
    const rest = (text.slice(0, result.index) + text.slice(result.index + result.text.length))
      .replace(dayName(), "")
      // A clock time chrono leaves beside the date ("15:10 November 17, 2023").
      // (Also parted by a stop, as Italian pages write it: "15 giugno 2023 | 17.34".)
      .replace(/\b\d{1,2}(?::\d{2}(:\d{2})?|\.\d{2}(?![.\d]))(\s*([ap]\.?m\.?|[A-Z]{2,4}))?\b/gi, "")
      // And the zone's offset in brackets, which chrono leaves when it reads the time ("16:15 (UTC+04:00)").
      .replace(/\(\s*(?:UTC|GMT)\s*[+\u2212-]\s*\d{1,2}(?::?\d{2})?\s*\)/giu, "");
    // (A bullet before it: "• Friday, 22 November 2024".)
    if (/^[\s,.\-–—|:•·]*$/u.test(rest)) return true;
    // (Or the page's section, a country's or a city's name, before it: "Oman Thursday 31/October/2024 18:16".)
    const section = /^\s*(\p{Lu}\p{Ll}+)[\s,.\-–—|:•·]*$/u.exec(rest)?.[1];
    return section !== undefined && text.trimStart().startsWith(section) && namesTown(section);
  });
}

/**
 * A full date (month name, day, year, or day, month name, year) run into the words before it at the end of
 * a line, no space between: "Phnom Penh, CambodiaAugust 4, 2022" (a page whose venue and date lines were
 * joined when copied). Reference/calendar.yaml's month names.
 */
let runInPattern: RegExp | undefined;
function runInDate(text: string): { head: string; date: string } | null {
  if (!runInPattern) {
    const months = wordAlternatives(calendarNames("months"));
    runInPattern = new RegExp(
      `(?<=\\p{Ll})(?:(?:${months})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?|\\d{1,2}\\s+(?:${months})\\.?,?)\\s+\\d{4}$`,
      "u",
    );
  }
  const match = runInPattern.exec(text);
  if (!match) return null;
  const head = text.slice(0, match.index).trim();
  const date = match[0];
  return words(head).length >= 1 && isDateOnly(date) ? { head, date } : null;
}

/**
 * The date a page flattened to long lines states in its first words, after its document type and office
 * ("… Readout Office of the Spokesperson June 12, 2021 The following is attributable to …"): a full date
 * (month spelled, day, year) before any sentence has ended, right after a run of capitalised words that
 * holds a label of page.yaml (a document type: "Readout", "Press Release"), and before a capitalised word.
 * A date in a sentence ("… met on June 12, 2021 in Seoul") is the meeting's, not the page's.
 */
function leadingDate(text: string, cues: Cues): string | null {
  const head = words(text).slice(0, 80).join(" ");
  const [result] = chrono.en.parse(head).filter((r) => /\p{L}{3}/u.test(r.text) && /\d{4}/.test(r.text));
  if (!result || !["day", "month", "year"].every((unit) => result.start.isCertain(unit as "day")))
    return null;
  const before = head.slice(0, result.index);
  if (/[.!?]["”’)]?\s+["“‘(]?\p{Lu}/u.test(before) || /[:;]\s/.test(before)) return null;
  if (!/^\s+["“‘(]?\p{Lu}/u.test(head.slice(result.index + result.text.length))) return null;
  // The run of capitalised words (and the small words inside names) right before the date.
  const run: string[] = [];
  for (const word of words(before).reverse()) {
    if (/^\p{Lu}/u.test(word)) run.unshift(word);
    else if (CONNECTORS.has(word) && run.length) run.unshift(word);
    else break;
  }
  while (run[0] && CONNECTORS.has(run[0])) run.shift();
  if (run.length < 2) return null;
  const phrase = ` ${run.join(" ").toLowerCase()} `;
  return [...cues.labels].some((label) => phrase.includes(` ${label} `)) ? result.text : null;
}

/** A speaker's turn in a transcript ("SECRETARY BLINKEN:", "QUESTION:", "MR. PRICE:"). */
const TURN = /^(?:Q|QUESTION|(?:[A-Z][A-Z.'’-]*\s){0,4}[A-Z][A-Z.'’-]+)(?:\s*\([^)]{0,60}\))?\s*:/u;

/**
 * A dateline opening a paragraph: "BEIJING —", "WASHINGTON (AP) —", "BEIJING, June 18 (Reuters) -", the day
 * before the month ("BALI, 09 July 2022, (TON):"), an agency's bracket run onto the story ("WASHINGTON
 * (Reuters) -U.S. President …"), a full stop after the date ("BISHKEK, Kyrgyzstan, September 25. On …"), a second place after a slash ("GYEONGJU, South Korea/BEIJING (Reuters) -"). A colon ends one only after a date or an agency's bracket: "NEW DELHI:"
 * alone reads as a transcript's turn. A dash run onto the story's first word after a place in capitals is one
 * too: "MANILA—Japan and the Philippines have agreed …".
 */
const DATELINE =
  /^((?:\p{Lu}[\p{Lu}.'’/-]*)(?:\s\p{Lu}[\p{Lu}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:[\s/]\p{Lu}[\p{L}.'’-]*){0,2})?(?:,?\s+(?:(?:\p{Lu}\p{Ll}{2,8}\.?|\d{1,2})\s+\d{1,2}(?:,?\s*\d{4})?|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?(?:,?\s+\d{4})?))?)(?:,?\s*\(([^)]{2,40})\))?\s*(?:[-—–]{1,2}\s|(?<=\d|\))\s*:\s|(?<=\)\s*)[-—–]{1,2}(?=\p{Lu})|(?<=\p{Lu}{3})[—–](?=\p{Lu}\p{Ll})|(?<=\p{Lu}{3}[^.]*\d)\.\s+(?=\p{Lu}))/u;

/** The agency's name between slashes after the dateline: "GENEVA, June 16. /TASS/. ". */
const SLASHED_DATELINE =
  /^((?:\p{Lu}[\p{Lu}.'’/-]*)(?:\s\p{Lu}[\p{Lu}.'’-]*){0,3}(?:,\s*[^/]{2,30}?)?)\.?\s*\/([^/]{2,30})\/\.?\s/u;

/**
 * "Ulaanbaatar /MONTSAME/ The visit …": a place in title case and the agency between slashes, taken only
 * when the lists know the agency (a sentence may open with a place and a slash).
 */
const TITLED_SLASHED_DATELINE =
  /^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}(?:,\s*[^/\n]{2,30}?)?)\.?\s*\/([^/\n]{2,30})\/\.?\s/u;

/**
 * "WASHINGTON (UrduPoint News / Sputnik - 18th November, 2019) US Defense Secretary …": a place in capitals
 * and a bracket that names a known publisher (with a date, or the site that carries it), the story right
 * after it with no dash; taken only when the lists know the publisher. "Athens, (UrduPoint / Pakistan Point
 * News - 31st May, 2021 ) :Greece and …": a place in title case and its comma, a colon run onto the story;
 * "Jakarta (ANTARA) – The governments …": a dash after the bracket.
 */
const BARE_AGENCY_DATELINE =
  /^(\p{Lu}[\p{Lu}.'’-]+(?:\s\p{Lu}[\p{Lu}.'’-]+){0,2}|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})(?:,(?=\s*\())?\s*\(([^()\n]{2,60})\)(?:\s*[-—–]{1,2}\s*|\s+|\s*:\s*)(?=["“‘]?\p{Lu})/u;

/**
 * An agency's bracket alone opening a wire story: "(Bloomberg) -- Janet Yellen …" (no place), "(VOVworld)-Brazilian
 * Foreign Minister …" (the dash run onto the story); "(MENAFN) Tunisian President …" (no dash; taken, as the
 * dashed form, only for a publisher the lists know).
 */
const AGENCY_LEAD = /^()\(([^)]{2,40})\)\s*(?:[-—–]{1,2}(?:\s|(?=\p{Lu}))|(?=\p{Lu}))/u;
/** The same bracket whose opening a capture cut off, at the page's first line: "MENAFN - Daily News Egypt) …". */
const UNOPENED_AGENCY_LEAD = /^()([^()\n]{2,40})\)\s*(?:[-—–]{1,2}\s|(?=\p{Lu}))/u;

/**
 * A dateline whose place is not in capitals: only with a full date after it, and the agency's bracket or a
 * dash ("Paris, 26 October 2022 (dpa/MIA) - …", "Istanbul/Athens, 7 December 2023 (dpa/MIA) - …"), or the
 * bracket and a colon ("Rome, 13, February 2024 (TDI): …"), so that a sentence opening with a place is none.
 * (Or the date in numbers with stops, day first: "Bern, 06.04.2016 - Federal Councillor …".)
 */
const TITLED_DATELINE =
  /^(\p{Lu}\p{Ll}+(?:[\s/]\p{Lu}\p{Ll}+){0,2},\s+(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s*\d{4}|\d{1,2},?\s+\p{Lu}\p{Ll}{2,8}\.?,?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4}))(?:,?\s*\(([^)]{2,40})\))?\s*(?:[-—–]{1,2}\s|(?<=\))\s*:\s)/u;

/**
 * "Beijing, Apr 14 (EFE).- …": a place in title case and a date without its year, then an agency's bracket
 * (a stop may stand before the dash), as Spanish-language wires write it; "Mumbai, Oct 9 (IANS) British
 * Prime Minister …": no dash at all, as the wires of India write it.
 */
const AGENCY_DATELINE =
  /^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}(?:,\s+\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})?,\s+(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?))\s*\(([^)]{2,40})\)\.?\s*(?:[-—–]{1,2}\s*)?(?=\p{Lu})/u;

/** "Vientiane (FN), Oct. 11 – …": the agency's bracket after the place, then the day and a dash. */
const AGENCY_FIRST_DATELINE =
  /^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})\s*\(([^)]{2,40})\),\s+(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?)(?:,\s*\d{4})?\s*[-—–]{1,2}\s*(?=\p{Lu})/u;

/**
 * "SEOUL: (Reuters) Russian President …": a place in capitals and its colon, then the agency's bracket (a
 * dash after it or none), as sites that carry wire copy print it; a dash may stand for the colon ("ROME —
 * (AP) — …").
 */
const COLON_DATELINE =
  /^(\p{Lu}[\p{Lu}.'’-]+(?:\s\p{Lu}[\p{Lu}.'’-]+){0,2})(?::|\s[-—–]{1,2})\s*\(([^)]{2,40})\)\s*(?:[-—–]{1,2}\s*)?(?=["“‘]?\p{Lu})/u;

/**
 * "New Delhi [India], May 3 (ANI): …", "Washington DC [US], June 23 : …": a town, its country in square
 * brackets and the day, then a colon (after an agency's bracket or none), as India's wires and the sites
 * that carry them write it.
 */
const BRACKETED_DATELINE =
  /^(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}\s*\[[^\]\n]{2,30}\],?\s+(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?)(?:,\s*\d{4})?)(?:\s*\(([^)]{2,40})\))?\s*:\s+(?=["“‘]?\p{Lu})/u;

/**
 * "NUR-SULTAN. KAZINFORM – Kazakh President …": a place in capitals and its stop, then the agency's name in
 * capitals and a dash, as the agencies of Central Asia write it (the agency need not be in the lists: the
 * form names it).
 */
const STOPPED_AGENCY_DATELINE =
  /^(\p{Lu}[\p{Lu}'’-]{2,}(?:\s\p{Lu}[\p{Lu}'’-]+){0,2})\.\s+(\p{Lu}[\p{Lu}&'’-]{2,}(?:\s\p{Lu}[\p{Lu}&'’-]+){0,2})\s*[-—–]{1,2}\s+(?=["“‘]?\p{Lu})/u;

/**
 * "YEREVAN, MAY 12, ARMENPRESS. Georgian Prime Minister …": a place in capitals, the day, then the agency's
 * name in capitals and a stop (the agency need not be in the lists: the form names it).
 */
const DATED_AGENCY_DATELINE =
  /^(\p{Lu}[\p{Lu}'’-]{2,}(?:\s\p{Lu}[\p{Lu}'’-]+){0,2},\s+\p{Lu}\p{L}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?),\s+(\p{Lu}[\p{Lu}&'’-]{2,}(?:\s\p{Lu}[\p{Lu}&'’-]+){0,2})\.\s+(?=["“‘]?\p{Lu})/u;

/**
 * "AKP Phnom Penh, August 22, 2018 —": the agency's letters first, then a place in title case, the date with
 * its year and a dash, on a line of its own or before the story (the agency need not be in the lists: the
 * form names it). Read as [whole, "Phnom Penh, August 22, 2018", "AKP"].
 */
const LETTERED_AGENCY_DATELINE =
  /^(\p{Lu}{2,6})\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2},\s+(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?,?\s+\d{4}))\s*[-—–]{1,2}(?:\s+|$)/u;

/**
 * "Jakarta, NNC - The Indonesian and Malaysian governments …": a place in title case, its comma, then the
 * agency's letters (three to six capitals that name no country) and a dash. Read as [whole, "Jakarta", "NNC"].
 */
const PLACE_LETTERS_DATELINE =
  /^(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,2}),\s+(\p{Lu}{3,6})\s+[-—–]{1,2}\s+(?=["“‘]?\p{Lu})/u;

/** A dateline's place and date that state the day and the year: "KINGSTON, Jamaica, July 21, 2016". */
const datedInFull = /(?:\p{L}{3,}\.?\s+\d{1,2},?|\d{1,2}\s+\p{L}{3,}\.?,?)\s+(?:19|20)\d{2}$/u;

/** Letters that name a country or a place in the lexicon ("USA"), not an agency. */
const PLACE_TAG = /\b(?:Country|City|Region|Place)\b/u;

/** The two forms above, their groups in the order of the others: [whole, place and date, agency]. */
function letteredDateline(text: string): RegExpExecArray | null {
  const first = LETTERED_AGENCY_DATELINE.exec(text);
  if (first?.[1] && first[2])
    return Object.assign([first[0], first[2], first[1]], {
      index: 0,
      input: text,
      groups: undefined,
    }) as unknown as RegExpExecArray;
  const after = PLACE_LETTERS_DATELINE.exec(text);
  // ("Washington, USA - …": letters that name a country or a place are the place's.)
  if (after?.[2] && !PLACE_TAG.test(String(lexiconTag(after[2].toLowerCase()) ?? ""))) return after;
  return null;
}

/**
 * "Harare, (New Ziana) – In a landmark move …": a place in title case, its comma, then an agency's bracket of
 * capitalised words and a dash (the agency need not be in the lists, as BARE_AGENCY_DATELINE's must: the
 * comma and the dash around the bracket make the form).
 */
const COMMA_AGENCY_DATELINE =
  /^(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,2}),\s*\((\p{Lu}[\p{L}&.'’-]*(?:\s\p{Lu}[\p{L}&.'’-]*){0,3})\)\s*[-—–]{1,2}\s+(?=["“‘]?\p{Lu})/u;

/**
 * AGENCY_DATELINE, COLON_DATELINE, TITLED_SLASHED_DATELINE or BARE_AGENCY_DATELINE, when its bracket (or
 * slashes) names a publisher the lists know ("(local time)" is none).
 */
function agencyDateline(text: string, outlets: KnownOutlet[]): RegExpExecArray | null {
  const found =
    AGENCY_DATELINE.exec(text) ??
    COLON_DATELINE.exec(text) ??
    TITLED_SLASHED_DATELINE.exec(text) ??
    BARE_AGENCY_DATELINE.exec(text);
  if (found?.[2] && (outletNamed(found[2], outlets) || matchOutlet(found[2], outlets))) return found;
  // ("Vientiane, Oct. 11 (FN) – …", "Vientiane (FN), Oct. 11 – …": a place, the day and a bracket, then a
  // dash: a wire's dateline whatever agency the bracket names.)
  const dashed = AGENCY_DATELINE.exec(text) ?? AGENCY_FIRST_DATELINE.exec(text);
  if (dashed?.[2] && /[-—–]\s*$/u.test(dashed[0])) {
    const agencyFirst = /^[^,(]+\s*\(/u.test(dashed[0]);
    if (!agencyFirst) return dashed;
    const date = /\),\s+([^–—-]+?)\s*[-—–]/u.exec(dashed[0])?.[1] ?? "";
    return Object.assign([dashed[0], `${dashed[1]}, ${date}`, dashed[2]], {
      index: 0,
      input: text,
      groups: undefined,
    }) as unknown as RegExpExecArray;
  }
  // ("Caracas (OrinocoTribune.com)—The president …": a site's address in the bracket is a publisher's, known
  // or not.)
  if (found?.[2] && /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6}$/iu.test(found[2].trim())) return found;
  // (The square brackets' form is a dateline with or without an agency.)
  const bracketed = BRACKETED_DATELINE.exec(text);
  return bracketed &&
    (!bracketed[2] || outletNamed(bracketed[2], outlets) || matchOutlet(bracketed[2], outlets))
    ? bracketed
    : null;
}

/** "Oct. 22 (UPI) -- …": a wire's dateline of a date and its bracket, with no place ([whole, date, agency]). */
let datedLead: RegExp | undefined;
let bracketedDay: RegExp | undefined;
let dateFirst: RegExp | undefined;

let monthPattern: RegExp | undefined;
const monthNamed = () => {
  monthPattern ??= new RegExp(`\\b(?:${wordAlternatives(calendarNames("months"))})\\b`, "iu");
  return monthPattern;
};

/** Where someone stands in a picture, as its caption says: "(left)", "…, second right, …". */
const STANDING = "left|right|centre|center|front|from left|second left|second right";
const STANDING_BRACKET = new RegExp(`\\((?:${STANDING})\\)`, "iu");
/** "President Donald Trump, left, greets …": where someone stands between commas, as agencies caption. */
const STANDING_COMMAS = new RegExp(`^[^\\p{L}]{0,10}\\p{Lu}[^,]{2,60},\\s+(?:${STANDING}),\\s+\\p{Ll}`, "u");

/**
 * A photo's caption between a headline and its byline: a line that names who stands where ("(L)",
 * "(right)") or ends in its picture's credit after a date ("… in Addis Ababa, October 6, 2022 (ENA)").
 */
function photoCaption(text: string): boolean {
  if (words(text).length < 6 || text.includes("\n")) return false;
  if (STANDING_BRACKET.test(text)) return true;
  // "… arrives in Ankara for talks with Turkish officials. / Anadolu Agency", "… by the Japanese leader.
  // NCA NewsWire / Sharon Smith": a sentence, then its picture's credit after a slash.
  if (/[.!?]\s*(?:(?:\p{Lu}[\p{L}&.'’-]*\s+){1,4})?\/\s*(?:\p{Lu}[\p{L}&.'’-]*\s*){1,4}$/u.test(text))
    return true;

  // "… at State House on Friday. (Rassin Vannier, Seychelles News Agency)": a sentence with its stop, then its
  // photographer and their publisher in brackets.
  if (
    /\p{Ll}[.!?]\s*\((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*,\s*(?:\p{Lu}[\p{L}&.'’-]*\s*){1,5}\)$/u.test(
      text,
    )
  )
    return true;
  const credit = /\s*\([^()]{2,40}\)$/u;
  // (With a stop before the credit: "… in Washington, DC, September 25, 2025. (Reuters)".)
  return credit.test(text) && endsLikeCaption(text.replace(credit, "").replace(/\.$/u, ""));
}

/** A town or a country by the lexicon ("NAIROBI", "Addis Ababa"). */
const isTown = namesTown;

/** A dateline alone on its line, a town and a day: "New Delhi, September 10". No headline. */
function placeAndDay(text: string): boolean {
  const comma = text.indexOf(",");
  return comma > 0 && isTown(text.slice(0, comma).trim()) && isDateOnly(text.slice(comma + 1));
}

/**
 * "Kathmandu, May 16, 2022": one capitalised word the lexicon may not know as a place, its comma, and a full
 * date with its year, alone on a line: a dateline's place and the day, no headline. The date, or null.
 * (Not read as the publication date here: under a headline such a line is the dateline that marks it.)
 */
function placeAndFullDate(text: string): string | null {
  const placed = /^\p{Lu}\p{Ll}+\s*,\s*(.{6,40})$/u.exec(text.trim());
  return placed?.[1] && /(?<!\d)(?:19|20)\d{2}(?!\d)/u.test(placed[1]) && isDateOnly(placed[1])
    ? placed[1]
    : null;
}

/**
 * The year of a day written without it ("Aug. 26"), from the full dates a text prints ("Aug. 25, 2025") that
 * fall at most a week from that day in some year; null when there is none or they disagree.
 */
function yearNear(day: string, text: string): number | null {
  const [read] = chrono.parse(day);
  const month = read?.start.get("month");
  const date = read?.start.get("day");
  if (!month || !date) return null;
  const months = wordAlternatives(calendarNames("months"));
  const full = new RegExp(
    `(?<![\\p{L}])(?:(?:${months})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}|\\d{1,2}\\s+(?:${months})\\.?,?\\s+(?:19|20)\\d{2})(?!\\d)`,
    "giu",
  );
  const years = new Set<number>();
  for (const match of text.matchAll(full)) {
    const stated = chrono.parse(match[0])[0]?.start;
    const year = stated?.get("year");
    if (!stated || !year) continue;
    const at = Date.UTC(year, (stated.get("month") ?? 1) - 1, stated.get("day") ?? 1);
    for (const candidate of [year - 1, year, year + 1])
      if (Math.abs(Date.UTC(candidate, month - 1, date) - at) <= 7 * 86_400_000) years.add(candidate);
  }
  return years.size === 1 ? ([...years][0] ?? null) : null;
}

/** Whether a text places something in, at or from a name ("talks held in Kathmandu"). */
function placedIn(name: string, text: string): boolean {
  return new RegExp(
    `(?<![\\p{L}])(?:in|at|from|near|outside)\\s+${escapeRegExp(name)}(?![\\p{L}])`,
    "u",
  ).test(text);
}

/** A dateline of any form: [whole, place, agency]. */
function datelineOf(text: string, outlets: KnownOutlet[]): RegExpExecArray | null {
  // "(MENAFN- Kuwait News Agency (KUNA)) TOKYO, Oct 30 (KUNA) -- …": a carrier's credit in brackets before
  // the wire's own dateline and agency.
  const carried = /^\((?:[^()]|\([^()]*\)){2,80}\)\s+/u.exec(text);
  if (carried) {
    const inner = datelineOf(text.slice(carried[0].length), outlets);
    if (inner?.[2])
      return Object.assign([carried[0] + inner[0], inner[1], inner[2]], {
        index: 0,
        input: text,
        groups: undefined,
      }) as unknown as RegExpExecArray;
  }
  datedLead ??= new RegExp(
    `^((?:${wordAlternatives(calendarNames("months"))})\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)\\s*\\(([^)]{2,40})\\)\\s*[-—–]{1,2}\\s`,
    "iu",
  );
  const dated = datedLead.exec(text);
  // "October 6, 2022 (NAIROBI) – …": a town in the brackets is the dateline's place, not an agency.
  const town = dated?.[2] ?? "";
  if (dated && isTown(town) && !outletNamed(town, outlets) && !matchOutlet(town, outlets))
    return Object.assign([dated[0], `${town}, ${dated[1]}`, undefined], {
      index: 0,
      input: text,
      groups: undefined,
    }) as unknown as RegExpExecArray;
  if (dated) return dated;
  // "7th December 2023 – (Beijing) During a summit …": the date first, then the place in brackets; read as
  // "Beijing, 7 December 2023" (the ordinal's letters dropped), with no agency. "October 6, 2022 (NAIROBI)
  // – Kenya’s …": the month first, the dash after the brackets.
  const months = wordAlternatives(calendarNames("months"));
  dateFirst ??= new RegExp(
    `^(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+((?:${months})\\.?,?\\s+\\d{4})\\s*[-—–]{1,2}\\s*|((?:${months})\\.?\\s+\\d{1,2},?\\s+\\d{4})\\s*)\\((\\p{Lu}[\\p{L}.'’ -]{1,30})\\)\\s*([-—–]{1,2}\\s*)?(?=["“‘]?\\p{Lu})`,
    "u",
  );
  const found = dateFirst.exec(text);
  // (The month first only with its dash: "May 7, 2023 (Reuters) The talks …" is too loose to be one.)
  const first = found && (found[1] || found[5]) ? found : null;
  if (first) {
    const [whole, dayFirst, monthYear, monthFirst, bracket = ""] = first;
    const date = monthFirst ?? `${dayFirst} ${monthYear}`;
    // "7 December 2023 – (Xinhua)": the bracket names a publisher the lists know, not a place.
    const agency = outletNamed(bracket, outlets) || matchOutlet(bracket, outlets) ? bracket : undefined;
    return Object.assign([whole, agency ? date : `${bracket}, ${date}`, agency], {
      index: 0,
      input: text,
      groups: undefined,
    }) as unknown as RegExpExecArray;
  }
  // "Georgetown, Guyana – (August 9, 2020) President …": a place in title case, its dash, then the day with
  // its year in brackets, as government news services write it. Read as [whole, "Georgetown, Guyana, August
  // 9, 2020", no agency].
  bracketedDay ??= new RegExp(
    `^(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+){0,2}(?:,\\s+\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+){0,2})?)\\s*[-—–]{1,2}\\s*\\(((?:${months})\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+(?:${months})\\.?,?\\s+\\d{4})\\)\\s*(?=["“‘]?\\p{Lu})`,
    "u",
  );
  const bracketed = bracketedDay.exec(text);
  if (bracketed?.[1] && bracketed[2])
    return Object.assign([bracketed[0], `${bracketed[1]}, ${bracketed[2]}`, undefined], {
      index: 0,
      input: text,
      groups: undefined,
    }) as unknown as RegExpExecArray;
  const titled = TITLED_DATELINE.exec(text);
  // "Monday, 26 October 2022 -" names a day, not a place.
  const place = titled?.[1]?.split(",")[0]?.toLowerCase() ?? "";
  const calendar = [...calendarNames("days"), ...calendarNames("months")].map((name) => name.toLowerCase());
  // (The agency's forms first: "ROME — (AP) —" is a place and its agency, not "ROME" alone.)
  return (
    agencyDateline(text, outlets) ??
    STOPPED_AGENCY_DATELINE.exec(text) ??
    DATED_AGENCY_DATELINE.exec(text) ??
    COMMA_AGENCY_DATELINE.exec(text) ??
    letteredDateline(text) ??
    DATELINE.exec(text) ??
    SLASHED_DATELINE.exec(text) ??
    (titled && !calendar.includes(place) ? titled : null) ??
    placeLead(text)
  );
}

/**
 * "Kabul, Afghanistan — Pakistan’s …", "New Delhi: Less than a month …": a dateline of a place written in
 * title case, which the lexicon knows as a town or a country ("Jaishankar: …" is a speaker's turn). So too
 * a town in capitals before its colon ("ISLAMABAD: …", as the papers of South Asia write it; "THE
 * PRESIDENT: …" is a turn).
 */
const PLACE_LEAD =
  /^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}(?:,\s+\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})?|\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,2}(?=:))\s*(?:[—–]|--|:)\s+(?=[\p{Lu}“"‘])/u;
/**
 * "Dar es Salaam. President John Magufuli and …": a town and a full stop, as some papers of East Africa
 * open their stories; only for a town the lexicon knows as a city ("Beijing. That is where …" is rare, and
 * "Abroad. …" no place).
 */
const STOPPED_PLACE_LEAD =
  /^(\p{Lu}\p{Ll}+(?:\s(?:\p{Lu}\p{Ll}+|es|de|del|al|el|la|le|da|do|di)){0,3})\.\s+(?=\p{Lu}\p{Ll})/u;
function placeLead(text: string): RegExpExecArray | null {
  const stopped = STOPPED_PLACE_LEAD.exec(text);
  if (stopped?.[1] && /\bCity\b/u.test([lexiconTag(stopped[1].toLowerCase()) ?? []].flat().join(" ")))
    return stopped;
  const found = PLACE_LEAD.exec(text);
  if (!found?.[1]) return null;
  const [town = "", country] = found[1].split(/,\s+/u);
  // A colon only after a town ("New Delhi: …"): "Israel: What we know …" is a kicker.
  if (/:\s+$/u.test(found[0]))
    return /\bCity\b/u.test([lexiconTag(town.toLowerCase()) ?? []].flat().join(" ")) ? found : null;
  return isTown(town) || (country !== undefined && isTown(country)) ? found : null;
}

/**
 * A line that repeats the opening words of a headline a few short lines above ("Netanyahu apologizes to
 * Qatar" under "Netanyahu Apologizes to Qatar in Call Brokered by Trump", "Editor" and "5 Min Read"): its
 * picture's label, so the story starts at that headline. The index of the headline, or null.
 */
function echoedHeadline(list: readonly Block[], i: number, from: number): number | null {
  const key = (text: string) =>
    words(text)
      .map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ""))
      .filter(Boolean);
  const own = key((list[i] as Block).text);
  if (own.length < 3) return null;
  for (let k = i - 1; k >= from; k--) {
    const above = list[k] as Block;
    const theirs = key(above.text);
    if (isHeadlineLine(above) && theirs.length > own.length && own.every((word, n) => theirs[n] === word))
      return k;
    // (Only short lines between them: an author's account, a reading time.)
    if (words(above.text).length > 3) return null;
  }
  return null;
}

/** A headline may end in an abbreviation's full stop ("… with U.S."), never in a sentence's. */
// (A sentence may end inside its quotation: "… it would begin “very, very quickly.”")
const endsSentence = (text: string) =>
  /[.;,:]["”’']?$/u.test(text) && !/(?:^|\s)(?:\p{Lu}\.){2,}["”’']?$/u.test(text);

/** A line that opens with a photo's word (page.yaml photoCreditWords): "Photos: Velkova and Orrin meet …". */
let pictureOpening: RegExp | undefined;
function opensWithPictureWord(text: string): boolean {
  pictureOpening ??= new RegExp(
    `^(?:${wordAlternatives(reference().page.photoCreditWords) || "(?!)"})s?(?![\\p{L}])`,
    "iu",
  );
  return pictureOpening.test(text);
}

let creditAfterPattern: RegExp | undefined;
/**
 * A photo's credit after the caption's words, behind a slash, a bar or a sentence's end ("… re-election
 * campaign. / Photo: AFP"): a caption, never a headline ("PHOTOS: Highlights of the summit" opens with the
 * word).
 */
const creditAfter = () =>
  (creditAfterPattern ??= new RegExp(
    `(?:[/|]|[.!?]\\s)\\s*(?:${wordAlternatives(reference().page.photoCreditWords) || "(?!)"})\\s*[:/]`,
    "iu",
  ));

/**
 * A picture's alternative text over its caption: a line printed twice in a row that reads as a caption,
 * a sentence and then the photographer ("… in Beijing, on Friday. Mark Schiefelbein").
 */
function captionTwice(list: readonly Block[], i: number): boolean {
  const text = list[i]?.text ?? "";
  return (
    (list[i + 1]?.text === text || list[i - 1]?.text === text) &&
    // (A sentence, then a short credit with no stop: a headline printed twice holds no sentence's end, and
    // a paragraph printed twice ends on a stop.)
    /\p{Ll}[.!?]\s+\p{Lu}[^.!?]{1,60}$/u.test(text)
  );
}

function isHeadlineLine(block: Block): boolean {
  const text = block.text;
  const list = words(text);
  return (
    !text.includes("\n") &&
    !/^by\s/i.test(text) &&
    text.length <= 180 &&
    list.length >= 4 &&
    list.length <= 30 &&
    !/[!?]$/.test(text) &&
    !endsSentence(text) &&
    !creditAfter().test(text) &&
    // (Nor a caption with its credit after a slash: "… talks with Turkish officials. / Anadolu Agency".)
    !/[.!?]\s*\/\s*(?:\p{Lu}[\p{L}&.'’-]*\s*){1,4}$/u.test(text) &&
    /^[\p{Lu}“"‘'(\d[]/u.test(text) &&
    // A headline set in capitals ("YELLEN STRESSES ‘CRUCIAL’ NEED TO WORK TOGETHER") has five words or more.
    (list.some((word) => /^\p{Ll}/u.test(word)) || (list.length >= 5 && !/\p{Ll}/u.test(text))) &&
    !TURN.test(text) &&
    // (Last: the date parser is the dearest test.)
    !isDateOnly(text) &&
    placeAndFullDate(text) === null
  );
}

/**
 * "Rubio informed the foreign ministers about the meeting with Lavrov." over "WASHINGTON, February 19th.
 * /TASS/. …": the page's first line, one sentence with its stop, right above a paragraph that opens with a
 * dateline, is the headline (some wires and the sites that copy them end headlines with a full stop).
 */
function stoppedHeadline(list: readonly Block[], i: number, outlets: KnownOutlet[]): boolean {
  const block = list[i];
  const next = list[i + 1];
  if (i !== 0 || !block || !next || block.text.includes("\n")) return false;
  const count = words(block.text).length;
  return (
    count >= 4 &&
    count <= 30 &&
    /^[\p{Lu}“"‘]/u.test(block.text) &&
    /\p{L}\.$/u.test(block.text) &&
    datelineOf(next.text, outlets) !== null
  );
}

/** A line that may be a single article's headline: looser than `isHeadlineLine` (all capitals, a question). */
function isTitleLike(block: Block): boolean {
  const text = block.text;
  const list = words(text);
  return (
    text.length <= 200 &&
    list.length >= 3 &&
    list.length <= 30 &&
    !/^by\s/i.test(text) &&
    !endsSentence(text) &&
    !creditAfter().test(text) &&
    !/^\p{Lu}[\p{Lu}\s.'’-]*\s[-—–]{1,2}$/u.test(text) &&
    /^[\p{Lu}“"‘'(\d[]/u.test(text) &&
    !TURN.test(text) &&
    !isDateOnly(text) &&
    placeAndFullDate(text) === null &&
    !/^https?:\/\//i.test(text)
  );
}

/**
 * "Mr Albanese said the …": someone named or a pronoun, then a verb of speech in the past (vocabulary.yaml
 * speechVerbs of one word, not the headline's present, "says", "telling"), then the words said. Compiled once.
 */
let reportingPattern: RegExp | undefined;
const reporting = () => {
  reportingPattern ??= new RegExp(
    `(?:^|\\s)(?:\\p{Lu}[\\p{L}’'-]+|he|she|they)\\s+(?:${
      wordAlternatives(
        reference().vocabulary.speechVerbs.filter((verb) => /^\p{Ll}+ed$|^(?:said|told|wrote)$/u.test(verb)),
      ) || "(?!)"
    })\\s+\\p{Ll}`,
    "u",
  );
  return reportingPattern;
};

/**
 * A paragraph the capture cut off: the page's last line, running text that stops on a word no headline or
 * link ends on ("… its purchases for US weapons this year by"), or on a comma; or one that reports someone's
 * words, cut after a whole word ("Mr Albanese said the government’s record … had helped bolster relations").
 */
function cutShort(block: Block): boolean {
  const text = block.text.trimEnd();
  // "Wang told Blinken that Beijing would take reta": a sentence in sentence case that the capture cut in
  // its last word, most of its words in small letters; the cut word is none of the language's (a link's
  // last word is a whole one: "… reopen the river crossings at last"). (Not a quotation cut before its
  // speaker is named: whose words they are is lost with the rest.)
  const list = words(text);
  const last = /(\p{Ll}{3,})$/u.exec(text)?.[1];
  if (
    last &&
    list.length >= 5 &&
    /^\p{Lu}/u.test(text) &&
    list.slice(1).filter((word) => /^\p{Ll}/u.test(word)).length * 2 >= list.length - 1 &&
    // (A piece of one or two letters: "ret|a"; "live|stream" is a whole word the list lacks.)
    wordPieces(last).some((piece) => piece.length <= 2)
  )
    return true;
  if (list.length < 8 || !/\p{Ll}/u.test(text)) return false;
  if (/,$/u.test(text)) return true;
  // ("… agreed to work to expedite re-establishment of the Guyana-": a compound cut at its hyphen.)
  if (
    /\p{L}-$/u.test(text) &&
    list.slice(1).filter((word) => /^\p{Ll}/u.test(word)).length * 2 >= list.length - 1
  )
    return true;
  if (
    list.length >= 10 &&
    list.slice(1).filter((word) => /^\p{Ll}/u.test(word)).length * 3 >= (list.length - 1) * 2 &&
    reporting().test(text)
  )
    return true;
  // Words no headline or link ends on: not a verb's particle ("… finally sit down", "… set up").
  return /(?<![\p{L}])(?:of|for|to|by|with|from|at|into|the|a|an|and|or|but|its|their|his|her|our|your|this|that)$/iu.test(
    text,
  );
}

/** A paragraph of running text (not a long headline: those have no sentence inside). */
function isParagraph(block: Block): boolean {
  const count = words(block.text).length;
  if (TURN.test(block.text)) return true;
  // "Nov. 11, 2024, 8:30 p.m.": a date line ends on its clock's stop, and is no paragraph.
  if (count <= 8 && /\d/u.test(block.text) && /\.$/u.test(block.text) && isDateOnly(block.text)) return false;
  // "Politics 5 May 2021 16:15 (UTC+04:00)": nor on its clock's zone in brackets.
  if (
    count <= 10 &&
    /\d{1,2}:\d{2}\s*\(\s*(?:UTC|GMT)\s*(?:[+\u2212-]\s*\d{1,2}(?::?\d{2})?)?\s*\)$/iu.test(block.text)
  )
    return false;
  // ("Thursday, August 18, 2022 - 21:59.  Updated on Thursday, August 18, 2022 - 22:12.": a date, then its
  // update's under their label.)
  const [posted, update] = block.text.split(/\s+(?:last\s+)?updated(?:\s+on)?\s*:?\s+/iu);
  if (count <= 20 && update && isDateOnly(posted ?? "") && isDateOnly(update)) return false;
  // "What Did China and Hungary's Leaders Agree On?": a question in title case is a headline.
  const long = words(block.text).filter((word) => /^\p{L}{4,}/u.test(word));
  const titleCase =
    long.length >= 3 && long.filter((word) => /^\p{Lu}/u.test(word)).length >= long.length * 0.8;
  if (count <= 20 && /[?!]["”’]?$/u.test(block.text) && !/[.!?]["”’]?\s/u.test(block.text) && titleCase)
    return false;
  // Nor a line in title case with no stop at its end ("Modi-Putin Bonhomie Inside Story: Putin Waits 10 Mins
  // For Modi, Car Ride & ‘Excellent’ Hour-Long Talks Follow"): running text has words in small letters.
  // (A transcript's line of venue, place and time, "Hôtel du Parc des Eaux-Vives  •  Geneva, Switzerland  •
  // June 16", opens its body.)
  // (A label's list of names is running text: "Participants: Secretary …, Advisor …, Ambassador …".)
  if (
    count <= 30 &&
    titleCase &&
    !/[.!?…:]["”’)]*$/u.test(block.text) &&
    !/[•·|]/u.test(block.text) &&
    !/^\p{L}+:\s/u.test(block.text)
  )
    return false;
  return (
    // "(Xinhua)", "(AP)": an agency's bracket is no paragraph.
    // (A line that ends on a closing quotation mark with no stop before it is a headline's: "Commonwealth
    // heads ‘could agree plans to discuss slavery reparations’".)
    // (Nor is a masthead with its town, "Times-Herald (Vallejo)": a few words with no stop before the bracket.)
    (/(?:[.!?…][”"’)]*|[”"’]\)|\))$/u.test(block.text) &&
      !(/^\(.*\)$/u.test(block.text) && count <= 4) &&
      !(/[^.!?…”"’]\)$/u.test(block.text) && count <= 4)) ||
    (/:$/.test(block.text) && count >= 6 && /\p{Ll}/u.test(block.text)) ||
    // (Not a run of a site's icon or link labels in small letters with no stop, comma or capital:
    // "icon bookmark-bicon bookmarkicon cameraicon …".)
    (count >= 30 && /[\p{Lu}.,;:!?]/u.test(block.text)) ||
    (count >= 15 && /\p{Ll}{2}[.,;:!?]\s/u.test(block.text)) ||
    TURN.test(block.text)
  );
}

/**
 * Outlets' names as whole-word patterns and as comparison keys, compiled once per name: the list is rebuilt
 * for every page (stored outlets first), its names are not. (Bounded: a corpus's outlets, a few thousand.)
 */
const namePatterns = new Map<string, RegExp>();
const nameKeys = new Map<string, string>();
const bounded = <V>(map: Map<string, V>, key: string, make: () => V): V => {
  let value = map.get(key);
  if (value === undefined) {
    if (map.size >= 50_000) map.clear();
    value = make();
    map.set(key, value);
  }
  return value;
};
const outletKey = (name: string) =>
  bounded(nameKeys, name, () =>
    name
      .toLowerCase()
      .replace(/^the\s+/, "")
      .replace(/[.’'"]/g, "")
      .trim(),
  );

function matchOutlet(text: string, outlets: KnownOutlet[]): KnownOutlet | null {
  for (const outlet of outlets) {
    for (const name of [outlet.name, ...outlet.aliases]) {
      // (The pattern is compiled only for a name the text holds at all.)
      if (!text.includes(name)) continue;
      const pattern = bounded(namePatterns, name, () => {
        const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        return new RegExp(`(^|[^\\p{L}])${escaped}([^\\p{L}]|$)`, "u");
      });
      if (pattern.test(text)) return outlet;
    }
  }
  return null;
}

/** The outlet named by the whole text, any case ("REUTERS", "The Associated Press"). */
function outletNamed(text: string, outlets: KnownOutlet[]): KnownOutlet | null {
  const key = text
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[.’'"]/g, "")
    .trim();
  if (!key) return null;
  // One word names an outlet called "The …" only with its "The": a section label "National" is not The
  // National.
  const bare = !/\s/u.test(key) && !/^the\s/iu.test(text.trim());
  return (
    outlets.find((outlet) =>
      [outlet.name, ...outlet.aliases].some(
        (name) => !(bare && /^the\s/iu.test(name)) && outletKey(name) === key,
      ),
    ) ?? null
  );
}

/** Two to four capitalised words with no outlet word: a person's name ("Jane Q. Doe"). */
function looksLikePerson(text: string, cues: Cues, particles = false): boolean {
  const list = words(text);
  return (
    list.length >= 2 &&
    list.length <= 4 &&
    // "On Friday", "In Brussels": a preposition opens no name.
    !/^(?:on|in|at|from|to|with|for|after|before|during|since|until)$/iu.test(list[0] ?? "") &&
    list.every(
      (word, i) =>
        (/^\p{Lu}(\.|[\p{L}'’-]*\p{Ll}[\p{L}'’-]*)$/u.test(word) && !CONNECTORS.has(word.toLowerCase())) ||
        // A family name's particle inside the name, where the caller allows it ("Riyaz ul Khaliq" beside
        // a date; "Casa de Nariño" on a line of its own is a place).
        (particles && i > 0 && i < list.length - 1 && isParticle(word)),
    ) &&
    !cues.outletWord.test(text)
  );
}

/**
 * "Jennifer Rankin Brussels": the town a writer files from, run on after a name of two words or more, is
 * the byline's place, not a part of the name.
 */
function filedFrom(byline: BylineDraft): BylineDraft {
  const town = byline.place ? null : /^(\p{Lu}\S*(?:\s+\p{Lu}\S*)+)\s+(\p{Lu}\p{Ll}+)$/u.exec(byline.name);
  if (!town?.[1] || !town[2] || !isTown(town[2])) return byline;
  return { ...byline, name: town[1], place: town[2] };
}

function parseBylines(text: string, outlets: KnownOutlet[], cues: Cues): Meta {
  const names = text
    .replace(/^by\s+/i, "")
    // ("By Akoi M. Baysah, Jr.": a generation's suffix after its comma is part of the name.)
    .replace(/,\s*((?:Jr|Sr)\.?)$/u, " $1")
    // "by Emmitt Barry, with reporting from Washington D.C. Bureau Staff": where others reported from.
    .replace(/,?\s*(?:with\s+)?(?:additional\s+)?reporting\s+from\s.*$/iu, "")
    // "By Deogratius Kamagi @Deogratiuskamagi dkamagi@…": the writer's handle and address after the name.
    .replace(/(?:\s+@\w+|\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)+\s*$/u, "")
    .split(/\s*(?:&|,|;|\||\band\b)\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
  let outlet: string | null = null;
  // "By Zhao Jia (China Daily)": the writer's outlet in brackets, the story its (the capture may cut the
  // closing bracket: "By Zhao Jia ( China Daily").
  let agency = false;
  const bylines: BylineDraft[] = [];
  for (const whole of names) {
    // ("By Tom Cleaver029": a counter of the page's run onto the name; no name ends in digits.)
    let part = whole.replace(/(?<=\p{Ll})\d+$/u, "");
    const bracketed = /^(.+?)\s*\(\s*([^()]+?)\s*\)?$/u.exec(part);
    const ofWriter = bracketed?.[2] ? outletNamed(bracketed[2], outlets) : null;
    if (bracketed?.[1] && ofWriter) {
      part = bracketed[1];
      outlet ??= ofWriter.name;
      agency = true;
    }
    const known = outletNamed(part, outlets);
    if (known) {
      outlet ??= known.name;
      continue;
    }
    // "by Nikolaj Nielsen, Brussels": the town the writer files from, after the name.
    const previous = bylines.at(-1);
    if (previous && !previous.place && /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?$/u.test(part)) {
      if (namesTown(part)) {
        previous.place = part;
        continue;
      }
    }
    // "By foreign affairs reporter Stephen Dziedzic": the writer's post in small letters before the name.
    const described =
      /^(?:\p{Ll}[\p{L}-]*\s+){0,4}(\p{Ll}+)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})$/u.exec(
        part,
      );
    if (described?.[1] && described[2] && cues.staff.test(described[1])) part = described[2];
    const place = /\s+in\s+(\p{Lu}[\p{L}\s.'-]*)$/u.exec(part);
    let name = place ? part.slice(0, place.index) : part;
    // "SEUNG MIN KIM The Associated Press": a name in capitals, then the outlet's name run on.
    const runOn = /^(\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*)+)\s+(\p{Lu}\p{Ll}.*)$/u.exec(name);
    const runOnOutlet = runOn?.[2] ? outletNamed(runOn[2], outlets) : null;
    if (runOn?.[1] && runOnOutlet) {
      name = runOn[1];
      outlet ??= runOnOutlet.name;
    }
    bylines.push({ name, isStaff: cues.staff.test(name), place: place?.[1]?.trim() ?? null });
  }
  // "By VOA News": the outlet's own staff.
  if (bylines.length === 0 && names.length === 1 && names[0])
    bylines.push({ name: names[0], isStaff: true, place: null });
  return {
    kind: "byline",
    bylines,
    // ("By Trend": an agency by its short name, its own staff's.)
    outlet:
      outlet ??
      matchOutlet(text, outlets)?.name ??
      (names.length === 1 && names[0] ? shortOutletName(names[0], outlets) : null),
    ...(agency ? { agency: true } : {}),
  };
}

/** A publisher by its short name, its kind's words left off ("Trend" of "Trend News Agency"). */
function shortOutletName(name: string, outlets: KnownOutlet[]): string | null {
  return (
    ["", " News Agency", " Agency", " News"]
      .map((description) => outletNamed(`${name}${description}`, outlets)?.name)
      .find((found): found is string => Boolean(found)) ?? null
  );
}

let translatedLabels: { pattern: RegExp; meaning: Map<string, string> } | undefined;
/**
 * A date line whose publication and update labels are in another language (page.yaml
 * translatedPublicationLabels), written with the English labels they stand for: "입력 2024-10-11 16:27"
 * becomes "Published: 2024-10-11 16:27". A date in figures after such a label is read day first, as the
 * languages that write those labels do: "04/09/2023" is written "04.09.2023", the form readPublished reads
 * day first. Any other line is returned as it is.
 */
function inEnglishLabels(text: string): string {
  if (!translatedLabels) {
    const { published, updated } = reference().page.translatedPublicationLabels;
    const meaning = new Map<string, string>([
      ...published.map((label): [string, string] => [label.toLowerCase(), "Published"]),
      ...updated.map((label): [string, string] => [label.toLowerCase(), "Updated"]),
    ]);
    translatedLabels = {
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}])(${wordAlternatives([...published, ...updated]) || "(?!)"})(?![\\p{L}])\\s*:?\\s*(?=\\d|\\p{L})`,
        "giu",
      ),
      meaning,
    };
  }
  const { pattern, meaning } = translatedLabels;
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return text;
  return text
    .replace(pattern, (_, label: string) => {
      const english = meaning.get(label.toLowerCase().replace(/\s+/gu, " ")) ?? "Published";
      return ` ${english}: `;
    })
    .replace(/(?<![\d./])(\d{1,2})\/(\d{1,2})\/((?:19|20)?\d{2})(?![\d/])/gu, "$1.$2.$3")
    .trim();
}

/** What one metadata part says: a byline, a date, an outlet, an author's role, a person. */
function classifyPart(part: string, outlets: KnownOutlet[], vocabulary: Vocabulary, cues: Cues): Meta[] {
  const text = part.trim();
  // (An empty byline: "By" with no name after it.)
  if (!text || /^by$/iu.test(text)) return [];
  // "Andrew GreeneThe Nightly": a writer's name run into the title of the paper they write for.
  const writerAndPaper =
    /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})(The\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,3})$/u.exec(text);
  // "Tess IkonomouAAP": a writer's name run into the short name of the agency they write for.
  const writerAndAgency = /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})(\p{Lu}{2,8})$/u.exec(text);
  const agencyOfWriter = writerAndAgency?.[2] ? outletNamed(writerAndAgency[2], outlets) : null;
  // "Duncan MurrayNCA NewsWire": a name run into an agency's letters and words that no list knows; the
  // writer is the name (a capital after a small letter, then another, starts no name: "McDonald" keeps it).
  const writerAndUnknown =
    /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})(\p{Lu}{2,8}(?:\s+\p{Lu}[\p{L}]+){1,2})$/u.exec(text);
  if (writerAndUnknown?.[1] && !agencyOfWriter && looksLikePerson(writerAndUnknown[1], cues))
    return [
      {
        kind: "byline",
        bylines: [{ name: writerAndUnknown[1], isStaff: false, place: null }],
        outlet: outletNamed(writerAndUnknown[2] ?? "", outlets)?.name ?? null,
        agency: true,
      },
    ];
  if (writerAndAgency?.[1] && agencyOfWriter && looksLikePerson(writerAndAgency[1], cues))
    return [
      {
        kind: "byline",
        bylines: [{ name: writerAndAgency[1], isStaff: false, place: null }],
        outlet: agencyOfWriter.name,
        agency: true,
      },
    ];
  if (writerAndPaper?.[1] && writerAndPaper[2])
    return [
      ...classifyPart(writerAndPaper[1], outlets, vocabulary, cues),
      ...classifyPart(writerAndPaper[2], outlets, vocabulary, cues),
    ];
  // "입력 2024-10-11 16:27 수정 2024-10-11 18:02", "Pubblicato il: 04/09/2023": labels in another language
  // read as the English ones they stand for.
  const translated = inEnglishLabels(text);
  if (translated !== text) return classifyPart(translated, outlets, vocabulary, cues);
  // "Written: 2023-07-11 08:40:54Updated: 2023-07-11 14:10:58", "Published April 16, 2024last updated April
  // 16, 2024": the first date stated, up to the next label (run onto it or not).
  const published =
    /^(.*?)(?:\b|(?<=\d))(?:published|updated|posted|last updated|first published|(?:written|update)(?=\s*:))\s*(?:on|at)?\s*:?\s*(.+)$/i.exec(
      text,
    );
  const stated =
    published?.[2]
      ?.split(
        /(?:\s+|(?<=\d))(?:updated|modified|last updated)\s*:|(?<=\d)(?:last\s+)?(?:updated|modified)\b/iu,
      )[0]
      ?.trim() ?? "";
  // ("UPDATE: Talks were moved to Friday" is a note, not a date: after "Update" the date alone.)
  const updateOnly = /(?:^|\s)update\s*:/iu.test(text) && !/published|updated|posted|written/iu.test(text);
  if (published && chrono.parse(stated).length && (!updateOnly || isDateOnly(stated))) {
    // ("Updated - December 06, 2023 01:14 am IST" above "Published - December 05, …": the update is no
    // publication.)
    const label =
      /(published|updated|posted|last updated|first published|written|update)\s*(?:on|at)?\s*:?\s*$/iu.exec(
        text.slice(0, text.length - (published[2]?.length ?? 0)),
      )?.[1];
    const updated = /^(?:updated|last updated|update)$/iu.test(label ?? "");
    const publication = /^(?:published|posted|first published)$/iu.test(label ?? "");
    return [
      ...classifyPart(published[1] ?? "", outlets, vocabulary, cues),
      {
        kind: "date",
        text: stated,
        ...(updated ? { updated: true } : {}),
        ...(publication ? { published: true } : {}),
      },
    ];
  }
  // "Farirai Machivenyika in Sandton, South Africa": a writer's name and where they filed from, a town and
  // its country, on a line of its own.
  const filed =
    /^(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})\s+in\s+(\p{Lu}[\p{L}.’'-]+(?:\s+\p{Lu}[\p{L}.’'-]+){0,2}),\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})$/u.exec(
      text,
    );
  if (
    filed?.[1] &&
    isCountryName((filed[3] ?? "").split(/\s+/u)) &&
    looksLikePerson(filed[1], cues) &&
    !outletNamed(filed[1], outlets)
  )
    return [
      {
        kind: "byline",
        bylines: [{ name: filed[1], isStaff: false, place: `${filed[2]}, ${filed[3]}` }],
        outlet: null,
      },
    ];
  // "Katharine Murphy Political editor in Beijing", "Daniel Hurst Foreign affairs and defence
  // correspondent": a writer's name, then their post on the paper.
  const posted =
    /^(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}?)\s+((?:\p{Lu}\p{Ll}+\s+){0,2}(?:\p{Ll}+\s+){0,4}\p{Ll}+)(?:\s+in\s+(\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+){0,2}))?$/u.exec(
      text,
    );
  // (The post is a title: no function word, "Antony Blinken talks to a visiting reporter" is a sentence.)
  const postWords = (posted?.[2] ?? "").toLowerCase().split(/\s+/u);
  if (
    posted?.[1] &&
    !/^by\s/iu.test(text) &&
    !postWords.some(
      (word) =>
        word === "to" ||
        /Preposition|Determiner|Pronoun|Verb|Tense|Infinitive|Copula|Gerund/u.test(
          String(lexiconTag(word) ?? ""),
        ),
    ) &&
    cues.staff.test((posted[2] ?? "").split(/\s+/u).at(-1) ?? "") &&
    !cues.outletWord.test(posted[1]) &&
    !outletNamed(posted[1], outlets)
  ) {
    return [
      {
        kind: "byline",
        bylines: [{ name: posted[1], isStaff: false, place: posted[3] ?? null }],
        outlet: null,
      },
    ];
  }
  if (
    cues.labels.has(
      text
        .toLowerCase()
        .replace(/[:|]+$/, "")
        .trim(),
    )
  )
    return [{ kind: "label", text }];
  // "Source: Xinhua", "Editor: huaxia": a label of page.yaml's lists and what it introduces.
  const prefixed = /^([^:]{2,30}):\s*(.+)$/.exec(text);
  const prefix = prefixed?.[1]?.trim().toLowerCase() ?? "";
  if (prefixed && cues.sourceLabels.has(prefix)) {
    let rest = (prefixed[2] ?? "").trim();
    // "Source: Xinhua Editor: Li Wei 2023-07-07 18:30:12": the time the line ends with is the page's, and
    // the next label ends the source's name.
    const parts: Meta[] = [];
    const [date] = chrono.parse(rest);
    if (date && date.index > 0 && isDateOnly(rest.slice(date.index))) {
      parts.push({ kind: "date", text: rest.slice(date.index).trim() });
      rest = rest.slice(0, date.index).trim();
    }
    rest = rest.replace(/\s+\p{L}+(?:\s+\p{L}+)?:\s.*$/u, "").trim();
    const known = outletNamed(rest, outlets) ?? matchOutlet(rest, outlets);
    return [{ kind: "outlet", name: known?.name ?? rest }, ...parts];
  }
  if (prefixed && cues.labels.has(prefix)) return [{ kind: "label", text }];
  // "Posted by DipNote Bloggers": a byline.
  if (/^(posted|written|published|story)\s+by\s+/i.test(text))
    return classifyPart(text.replace(/^\S+\s+/, ""), outlets, vocabulary, cues);
  if (/^by\s+/i.test(text)) {
    // "by Chris York August 23, 2024 9:49 AM 2 min read", "By ANI Updated On": a reading time and a date's
    // label left at the end are no names.
    const cut = text
      .replace(/[\s·•|–—-]*\d+\s*(?:min|mins|minutes?)\s+read$/iu, "")
      .replace(/\s+(?:last\s+)?(?:updated|published|posted)(?:\s+(?:on|at))?\s*:?$/iu, "");
    if (cut !== text) return classifyPart(cut, outlets, vocabulary, cues);
    // "by VOA News July 25, 2015": the date is cut off the names.
    const [date] = chrono.parse(text);
    const undersigned = datedByline(text);
    if (undersigned) return undersigned;
    if (date && date.index > 3 && isDateOnly(text.slice(date.index)))
      return [
        parseBylines(text.slice(0, date.index).replace(/[\s,|–—-]+$/, ""), outlets, cues),
        { kind: "date", text: text.slice(date.index).trim() },
      ];
    return [parseBylines(text, outlets, cues)];
  }
  if (isDateOnly(text) || /^\d+\s+(seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago$/i.test(text))
    return [{ kind: "date", text }];
  // "todayOctober 26, 2023 3": an icon's name run into the date, and a count of comments after it.
  const iconed = /^\p{Ll}{2,12}(\p{Lu}.*?\d{4})(?:\s+\d{1,4})?$/u.exec(text)?.[1];
  if (iconed && isDateOnly(iconed)) return [{ kind: "date", text: iconed }];
  // "RemarksAntony J. Blinken, Secretary of StateSokha HotelPhnom Penh, CambodiaAugust 4, 2022": the
  // speaker, venue and date lines of a page run together; the date is the page's, the rest a label.
  // "August 28, 2023Chinashare": a date line with the page's links run onto its year.
  const glued = /^(.{6,40}?\d{4})(?=\p{Lu}\p{Ll})/u.exec(text);
  if (glued?.[1] && isDateOnly(glued[1]))
    return [
      { kind: "date", text: glued[1] },
      { kind: "label", text: text.slice(glued[1].length) },
    ];
  const runIn = runInDate(text);
  if (runIn)
    return [
      { kind: "label", text: runIn.head },
      { kind: "date", text: runIn.date },
    ];
  // "All News 15:10 November 17, 2023": a short section label, then the date.
  const dated = /^([^\d]{2,40}?)\s+(\d.*)$/u.exec(text);
  if (dated && isDateOnly(dated[2] ?? "")) {
    const label = (dated[1] ?? "").trim();
    // The label may keep a bracket of the line it was cut from ("Xinhua) 16:40, June 19, 2023").
    if (
      words(label).length <= 3 &&
      /^[([]?\p{Lu}[\p{L}\s&]*[)\]]?$/u.test(label) &&
      !looksLikePerson(label, cues)
    ) {
      const bare = label.replace(/^[([]|[)\]]$/gu, "");
      return [
        outletNamed(bare, outlets) || matchOutlet(bare, outlets)
          ? { kind: "outlet", name: bare }
          : { kind: "label", text: label },
        { kind: "date", text: (dated[2] ?? "").trim() },
      ];
    }
  }
  // (A clock time's colon labels nothing: "March 21, 2023 9:41 AM".)
  const labelled = /^([^:]{2,60}(?<!\d)):\s*(.+)$/.exec(text);
  if (labelled && (isDateOnly(labelled[2] ?? "") || /\bago\b/i.test(labelled[2] ?? ""))) {
    return [
      { kind: "outlet", name: labelled[1]?.trim() ?? "" },
      { kind: "date", text: labelled[2] ?? "" },
    ];
  }
  const role = /^([\p{Lu}][\p{L}\s-]*?),\s+(\p{Lu}.+)$/u.exec(text);
  // "Director, US-China Energy Industry Forum": a title by its whole word, then an organisation's name
  // ("Presidents Obama, Xi Jinping Wrap Meetings at Sunnylands" is a headline).
  if (
    role &&
    words(role[1] ?? "").length <= 6 &&
    cues.roleWord.test(role[1] ?? "") &&
    words(role[2] ?? "").every((word) => !/^\p{Ll}/u.test(word) || CONNECTORS.has(word))
  ) {
    return [{ kind: "role", role: role[1]?.trim() ?? "", organization: role[2]?.trim() ?? "" }];
  }
  // "Jane Roe in San Francisco", "Jane Roe and John Doe in Washington": names and where they wrote from.
  const from = /^(.+?)\s+in\s+(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})$/u.exec(text);
  if (from) {
    const names = (from[1] ?? "").split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean);
    if (names.length && names.every((name) => looksLikePerson(name, cues) && namesPerson(name)))
      return [
        {
          kind: "byline",
          bylines: names.map((name) => ({ name, isStaff: false, place: from[2] ?? null })),
          outlet: null,
        },
      ];
  }
  // "Jane Doe, Reuters", "Jane Doe | The Associated Press": a byline and its outlet.
  const signed = /^(.+?)\s*[,|]\s*(.+)$/.exec(text);
  if (signed && looksLikePerson(signed[1] ?? "", cues)) {
    const known = outletNamed(signed[2] ?? "", outlets) ?? matchOutlet(signed[2] ?? "", outlets);
    if (known || cues.staff.test(signed[2] ?? ""))
      return [
        {
          kind: "byline",
          bylines: [{ name: signed[1]?.trim() ?? "", isStaff: false, place: null }],
          outlet: known?.name ?? null,
        },
      ];
  }
  const known = outletNamed(text, outlets) ?? matchOutlet(text, outlets);
  // "Nick Ciolino covers the White House.": a writer's note, a sentence, names no publisher of the page.
  const sentence =
    /[.!?]$/u.test(text) &&
    words(text).length >= 4 &&
    words(text).some((word) => /^\p{Ll}/u.test(word) && !CONNECTORS.has(word) && !cues.staff.test(word));
  if (known && sentence && words(text).length <= 12) return [{ kind: "label", text }];
  // A photo's credit ("[Yonhap Photo]", page.yaml photoCreditWords) names who took the picture.
  // (A line of words in small letters around a name is a headline: "Australia’s leader visits White House".)
  const prose =
    !outletNamed(text, outlets) &&
    words(text).filter((word) => /^\p{Ll}/u.test(word) && !CONNECTORS.has(word) && !cues.staff.test(word))
      .length >= 2;
  if (known && !sentence && !prose && words(text).length <= 6 && !cues.photoCredit.test(text)) {
    // "GT staff reporters", "Reuters staff": a staff byline that names its outlet.
    if (cues.staff.test(text) && !outletNamed(text, outlets))
      return [{ kind: "byline", bylines: [{ name: text, isStaff: true, place: null }], outlet: known.name }];
    return [{ kind: "outlet", name: known.name }];
  }
  const list = words(text);
  if (list.length <= 4 && cues.staff.test(text) && /^\p{Lu}/u.test(text) && !cues.outletWord.test(text))
    return [{ kind: "byline", bylines: [{ name: text, isStaff: true, place: null }], outlet: null }];
  const named = list.every(
    (word) => /^[\p{Lu}]/u.test(word) || cues.honorific.test(word) || CONNECTORS.has(word),
  );
  if (list.length >= 1 && list.length <= 6 && named && /^\p{Lu}/u.test(text)) {
    const name = withoutGluedWord(text, cues.labels);
    if (list.some((word) => cues.honorific.test(word)) || (looksLikePerson(name, cues) && namesPerson(name)))
      return [{ kind: "person", name }];
    // "BIDEN, LULA FOCUS ON DEMOCRACY, CLIMATE": a headline in capitals, no publisher's name.
    if (list.length >= 4 && text.includes(",")) return [];
    // "Akihisa Ota and Akiko Yoshinaga": two names of two or three words each, joined, no publisher's
    // word or place among them, are writers the lexicon does not know, not a publisher ("Trade Deal
    // Achievements and Tariff Reductions", a menu's words, are none).
    const pair = text.split(/\s+(?:and|&)\s+/u);
    if (pair.length === 2 && pair.every((part) => writerShaped(part, outlets, cues)))
      return [
        {
          kind: "byline",
          bylines: pair.map((name) => ({ name, isStaff: false, place: null })),
          outlet: null,
        },
      ];
    // "Turkish President Recep Tayyip Erdogan": a post and a name, a photo's caption, no publisher.
    if (titledNameLine(text, vocabulary)) return [{ kind: "label", text }];
    // "Seoul - TASS": a town or a country alone is where the story was filed, no publisher.
    if (isTown(text) && !outletNamed(text, outlets)) return [{ kind: "label", text }];
    // "Olalekan Adetayo, Abuja": a writer's name, then the one word of the town filed from.
    const filed = /^([^,]+),\s+(\p{Lu}\p{Ll}+)$/u.exec(text);
    if (filed?.[1] && filed[2] && writerShaped(filed[1], outlets, cues) && !outletNamed(filed[2], outlets))
      return [
        { kind: "byline", bylines: [{ name: filed[1], isStaff: false, place: filed[2] }], outlet: null },
      ];
    return [{ kind: "outlet", name: text }];
  }
  return [];
}

/** Metadata in a block: parts may share a line, joined by dashes or bars ("Wire — By X — 4 March 2031"). */
let gluedPattern: RegExp | undefined;
/** A day's or a month's name, capitalised, right after a letter ("ROMANENKOWednesday"). */
const gluedDate = () =>
  (gluedPattern ??= new RegExp(`(?<=\\p{L})(?=(?:${capitalisedCalendarNames()})\\b)`, "u"));

/** Reference/calendar.yaml's names of days and months of three letters or more, capitalised, as alternatives. */
const capitalisedCalendarNames = () =>
  wordAlternatives(
    [...calendarNames("days"), ...calendarNames("months")]
      .filter((name) => name.length >= 3)
      .map((name) => name.charAt(0).toUpperCase() + name.slice(1)),
  );

/** A day's or a month's name, capitalised, after a word and a space ("FP News Desk August 29, 2025"). */
let spacedPattern: RegExp | undefined;
const spacedDate = () =>
  (spacedPattern ??= new RegExp(
    // (Or a date in figures: "Jane Roe 22.06.2016 17:44", "Jane Roe 2016-06-22".)
    `(?<=\\p{L})\\s+(?=(?:${capitalisedCalendarNames()})\\b|\\d{1,2}[./]\\d{1,2}[./](?:19|20)?\\d{2}(?!\\d)|(?:19|20)\\d{2}-\\d{2}-\\d{2}(?!\\d))`,
    "gu",
  ));

/**
 * "Reuters" on the line under a photo's caption ("… in Washington, D.C., U.S., August 18, 2025"): the
 * photo's credit, not the article's outlet. The caption may be the block before or a line of this one.
 */
function photoCredit(block: Block, previous: Block | undefined): boolean {
  const lines = block.text.split("\n");
  const own = (lines.at(-1) ?? "").trim();
  const above = (lines.length > 1 ? (lines.at(-2) ?? "") : (previous?.text.split("\n").at(-1) ?? "")).trim();
  // (A caption ends in the photo's full date after a comma, or in a photo word's credit; the credit is no
  // byline and no date.)
  return (
    words(own).length <= 4 &&
    !/^by\s/iu.test(own) &&
    !isDateOnly(own) &&
    words(above).length >= 8 &&
    // (Or in its credit after a slash: "… re-election campaign. / Photo: AFP" over "AFP".)
    (endsLikeCaption(above) ||
      creditAfter().test(above) ||
      // (Or a sentence over the site's address and its photographer: "… hold a joint press briefing after a
      // bilateral meeting in Makati City." over "Philstar.com/Patricia Lourdes Viray".)
      (/[.!]$/u.test(above) &&
        /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,4}\s*\/\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3}$/u.test(
          own,
        )))
  );
}

/** A line of an address alone: "- [email protected]" (as captures hide it), "jane.roe@paper.example". */
const EMAIL_LINE = /^[-–—•]?\s*(?:\[email(?:\s|&#160;)protected\]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/u;

/**
 * Two or three words in title case or capitals that read as a person's name: no publisher's word nor a
 * publisher or place the lists know, and no word the lexicon knows as anything but a name.
 */
function writerShaped(text: string, outlets: KnownOutlet[], cues: Cues): boolean {
  return (
    /^(?:\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,2}|\p{Lu}{2,}(?:[\s-]\p{Lu}{2,}){1,2})$/u.test(text) &&
    !cues.outletWord.test(text) &&
    !cues.staff.test(text) &&
    !outletNamed(text, outlets) &&
    !matchOutlet(text, outlets) &&
    !namesPlace(text) &&
    words(text).every((word) => {
      const tag = lexiconTag(word.toLowerCase());
      return tag === undefined || /Name|Person/u.test(String(tag));
    })
  );
}

/**
 * "By: July 22, 2016 ,The Key Point:": a byline's label with no name after it, but a full date (day, month
 * and year) and maybe a section's label: the date, and the label.
 */
function datedByline(text: string): Meta[] | null {
  const label = /^by\s*:?\s+/iu.exec(text);
  if (!label) return null;
  const [date] = chrono.parse(text.slice(label[0].length));
  if (date?.index !== 0 || !(["day", "month", "year"] as const).every((unit) => date.start.isCertain(unit)))
    return null;
  const rest = text
    .slice(label[0].length + date.text.length)
    .replace(/^[\s,;|·•–—-]+/u, "")
    .trim();
  return [{ kind: "date", text: date.text }, ...(rest ? [{ kind: "label" as const, text: rest }] : [])];
}

function metaOf(block: Block, outlets: KnownOutlet[], vocabulary: Vocabulary, cues: Cues): Meta[] | null {
  // A line printed twice ("Laura Zhou\nLaura Zhou", a name above its picture) is one line; a dash or a
  // bullet before it and an address after it ("- Dewey Sim dewey.sim@scmp.com") are no part of it.
  const lines = [...new Set(block.text.split("\n").map((line) => line.trim()))];
  const one = lines.length === 1 ? (lines[0] ?? "") : block.text;
  // A photo's caption that says where someone stands ("President …, left, greets …") names no writer:
  // furniture between the headline and the byline.
  if (lines.length === 1 && STANDING_COMMAS.test(one)) return [];
  // ("By : ANI | Updated at : …": the label's colon is dropped.)
  const text = one
    .replace(/^[-–—•]\s+/u, "")
    // ("NZ Newswire logoNZ Newswire 22/10/2016": a logo's label run onto the name it shows.)
    .replace(logoLabel(), "")
    .replace(/\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u, "")
    .replace(/^(by)\s*:\s*/iu, "$1 ")
    // ("Author: Liliana Oleniak", "Written by …": a byline's other labels.)
    // ("REPORTER: Mr President, …" is a transcript's turn: the label is written in small letters.)
    .replace(/^(?:(?:Author|Writer)\s*:|(?:Written|Reported)\s+by\s*:?)\s*(?=\p{Lu})/u, "By ")
    // ("From: AIDOGHIE PAULINUS, Abuja": a writer's name under "From", then the town the story is filed from;
    // "From: Office of the Spokesperson" is a release's sender, no writer with a town.)
    .replace(
      /^From\s*:\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}),\s*(\p{Lu}\p{L}+)$/u,
      "By $1 in $2",
    )
    // ("by Mara Antelo28 February 2031": the date run onto the writer's last name.)
    .replace(/^(by\s+\p{Lu}[\p{L}.'’ -]*\p{Ll})(\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4})$/u, "$1 $2");
  if (text !== block.text) {
    // "- Francesca Chambers and Maureen Groppe": names after a dash, as a print edition signs its stories.
    const names = /^[-–—•]\s/u.test(one) ? text.split(/\s*(?:,|&|\band\b)\s*/u).filter(Boolean) : [];
    if (
      names.length >= 2 &&
      names.length <= 4 &&
      names.every((name) => looksLikePerson(name, cues) && namesPerson(name))
    )
      return [
        {
          kind: "byline",
          bylines: names.map((name) => ({ name, isStaff: false, place: null })),
          outlet: null,
        },
      ];
    const metas = metaOf({ ...block, text }, outlets, vocabulary, cues);
    // The address's domain may be the outlet's ("dewey.sim@scmp.com").
    const domain = /@([\w-]+(?:\.[\w-]+)+)$/u.exec(one)?.[1];
    const outlet = domain ? matchOutlet(domain, outlets) : null;
    return metas && outlet ? [...metas, { kind: "outlet", name: outlet.name }] : metas;
  }
  if (block.text.includes("\n") || block.text.length > 200) return null;
  // "BY PETER BAKER & JACK NICAS Baker and Nicas write for The New York Times.": a byline with its writers'
  // note run on; the note (their surnames, then what they do) is no part of the names.
  const noted =
    /^([Bb][Yy]\s+.+?)\s+(\p{Lu}[\p{L}’'-]+(?:(?:,\s*|\s+(?:and|&)\s+)\p{Lu}[\p{L}’'-]+)*)\s+(?:writes?|reports?|covers?|is|are)\s+\p{Ll}.*$/u.exec(
      block.text,
    );
  if (noted?.[1] && noted[2]) {
    const names = normalizeName(noted[1]);
    const surnames = noted[2].split(/\s*(?:,|\band\b|&)\s*/u).filter(Boolean);
    if (surnames.every((surname) => wordPattern(normalizeName(surname), "u").test(names)))
      return metaOf({ ...block, text: noted[1] }, outlets, vocabulary, cues);
  }
  // A sentence of running text is never metadata, whatever words it holds.
  // A caption that ends in its agency's credit ("… in Hiroshima on Saturday. (Yonhap)") is running text too;
  // a date line's zone in brackets ("Published November 16, 2023 at 10:05 a.m. (EST)") is not a credit.
  // (A clock time's "a.m." ends no sentence: "by X and Y | June 9, 2023 at 4:27 a.m.")
  // (So is a long line mostly of words in small letters that the capture cut before its stop: "On Friday,
  // July 5, Prime Minister … arrived in Moscow on a visit. In the Kremlin, he met … and called for a
  // ceasefire".)
  const small = words(block.text).filter((word) => /^\p{Ll}/u.test(word)).length;
  if (words(block.text).length >= 20 && small * 2 >= words(block.text).length) return null;
  if (
    words(block.text).length >= 8 &&
    ((/[.!?]["”’]?$/u.test(block.text) && !/\b\d{1,2}(?::\d{2})?\s*[ap]\.m\.$/iu.test(block.text)) ||
      (/\p{L}{2}[.!?]["”’]?\s*\([^()]{1,40}\)$/u.test(block.text) && !/\d{1,2}:\d{2}/u.test(block.text)))
  )
    return null;
  const undersigned = datedByline(block.text);
  if (undersigned) return undersigned;
  // A line ending in a colon introduces what follows it (a speaker, a section: "The Inside Story:"), unless
  // it is a label of page.yaml ("Readout:").
  // (A publisher the lists know, before its colon, is the page's credit: "Baku, Azerbaijan, Jan. 15" over
  // "Trend:".)
  if (/:$/.test(block.text)) {
    const beforeColon = block.text.replace(/[:\s]+$/, "");
    const credited = outletNamed(beforeColon, outlets);
    if (credited) return [{ kind: "outlet", name: credited.name }];
    if (!cues.labels.has(beforeColon.toLowerCase())) return null;
  }
  // "July 5, 2024, The Kremlin, Moscow": a date, then where it was given after a comma.
  const placed =
    /^(.+?\b(?:19|20)\d{2})\s*,\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}'’-]+(?:(?:\s+|,\s+)\p{Lu}[\p{L}'’-]+){0,4}$/u.exec(
      block.text,
    );
  // (Not a publisher after the date: "June 5, 2031, Reuters".)
  const placedAt = placed?.[1] ? block.text.slice(placed[1].length).replace(/^\s*,\s*/u, "") : "";
  if (placed?.[1] && isDateOnly(placed[1]) && !outletNamed(placedAt, outlets))
    return metaOf({ ...block, text: placed[1] }, outlets, vocabulary, cues);
  // "KYODO NEWS - Nov 17, 2023 - 10:21 | World", "Source: Xinhua| 2023-11-16 10:32:05|Editor: huaxia".
  // "Oct. 10, 2024 - 18:41 By Son Ji-hyoung": a byline run on after the date.
  // "Sumaira FH 2 minutes ago Thu 24th October 2019 | 11:49 PM": a relative time beside the date it
  // stands for is no part of the names before it; the clock time after a bar is the date's.
  // "Serhiy Sydorenko, VALENTYNA ROMANENKOWednesday, 25 June 2025, 16:13": the writers' names run into the
  // date; the date is parted from them where a day's or a month's name follows a letter.
  // "Umer Jamshaid Published September 16, 2024 | 03:50 PM": a writer's name (writerShaped) before the
  // publication time's label (page.yaml publicationLabels).
  const byLabel = cues.writerBeforeLabel?.exec(block.text) ?? null;
  const writer = byLabel?.[1] ?? "";
  if (byLabel?.[2] && writerShaped(writer, outlets, cues)) {
    const dated = metaOf({ ...block, text: byLabel[2] }, outlets, vocabulary, cues);
    if (dated?.some((meta) => meta.kind === "date")) return [{ kind: "person", name: writer }, ...dated];
  }
  const runInto = gluedDate().exec(block.text);
  // "FP News Desk August 29, 2025, 21:06:14 IST": a desk's or a writer's name, a space, then the date; parted
  // only where the words before it are a byline or a person's name (a headline may end in a date too).
  // (Only a line with a figure, and only the first six words' spaces: the cheap tests first.)
  const spaced =
    runInto || !/\d/u.test(block.text)
      ? undefined
      : [...block.text.slice(0, 80).matchAll(spacedDate())].find((space) => {
          const head = block.text.slice(0, space.index);
          if (words(head).length > 6 || /\d/u.test(head)) return false;
          if (!isDateOnly(block.text.slice(space.index + space[0].length))) return false;
          // (A writer's name the lexicon does not know, shaped as one, right before the date: "Paweł
          // Kononczuk 22.06.2016 17:44"; not a place's, "Port Halden June 3, 2031".)
          if (words(head).length <= 3 && looksLikePerson(head, cues) && !namesPlace(head) && !isTown(head))
            return true;
          return classifyPart(head, outlets, vocabulary, cues).some(
            (meta) =>
              meta.kind === "byline" ||
              meta.kind === "person" ||
              (meta.kind === "outlet" &&
                // (Or a name no list knows, of a publisher's word: "NZ Newswire 22/10/2016"; not before the
                // publication time's label, "Harbour Times Published June 3, 2031", read as such below.)
                (outletNamed(head, outlets) !== null ||
                  (words(head).length <= 4 && cues.outletWord.test(head) && !byLabel))),
          );
        });
  // "Sunday, 26 September 2010 20:07 Cheang Sokha": the writer's name after the date's clock time, shaped
  // as a writer's (two or three capitalised words no list knows as anything else; not "PM EDT").
  const trailing =
    runInto || spaced
      ? null
      : /^(.*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)\s+(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){1,2})$/u.exec(
          block.text,
        );
  const unglued =
    runInto &&
    words(block.text.slice(0, runInto.index)).length <= 6 &&
    isDateOnly(block.text.slice(runInto.index))
      ? `${block.text.slice(0, runInto.index)} | ${block.text.slice(runInto.index)}`
      : spaced
        ? `${block.text.slice(0, spaced.index)} | ${block.text.slice(spaced.index + spaced[0].length)}`
        : trailing?.[1] &&
            trailing[2] &&
            isDateOnly(trailing[1]) &&
            writerShaped(trailing[2], outlets, cues) &&
            !isTown(trailing[2])
          ? `${trailing[1]} | ${trailing[2]}`
          : block.text;
  // "The Canadian Press, 08 Sep, 2023 10:02 AM": the writers, then the date after a comma.
  // (The cheap tests first: a date is parsed only on a line shaped so.)
  const comma = /^([^,|]{3,60}?),\s+(.*\d.*)$/u.exec(unglued);
  const commaDated =
    comma?.[1] &&
    comma[2] &&
    !/\d/u.test(comma[1]) &&
    words(comma[1]).length <= 8 &&
    isDateOnly(comma[2]) &&
    !isDateOnly(unglued) &&
    !isDateOnly(comma[1]) &&
    // (Not a dateline's place: "Ottawa, 08 Sep, 2023", "Tarnby, June 3, 2031": a person's name, a desk's or
    // a publisher's.)
    !namesPlace(comma[1]) &&
    !isTown(comma[1]) &&
    (outletNamed(comma[1], outlets) !== null ||
      (words(comma[1]).length >= 2 && (looksLikePerson(comma[1], cues) || cues.staff.test(comma[1]))))
      ? `${comma[1]} | ${comma[2]}`
      : unglued;
  // "March 21, 20239:41 AM UTCUpdated 3 hours ago": a year run into the clock time after it, and a date's
  // label run onto the zone before it, apart.
  const timed = commaDated
    .replace(/\b((?:19|20)\d{2})(\d{1,2}:\d{2}\b)/gu, "$1 $2")
    .replace(/(?<=\p{L})(?=(?:Updated|Published|Posted|Modified)\b)/gu, " ");
  const line = /\b\d{4}\b/.test(timed)
    ? timed.replace(/\s+\d+\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)\s+ago\s+/iu, " | ")
    : timed;
  // Parts apart by dashes, bars or slashes ("March 20, 2023 / 11:03 AM / CBS News"), by a column's run of
  // spaces ("2023-03-13  08:53    Shenzhen Daily"), or before a byline (not after a headline's participle in
  // capitals, "Joint Press Conference Hosted By PM Rowley …", which names no writer);
  // by bullets where a year is stated ("21 March 2023 • 9:41am"; "Geneva, Switzerland • June 16 • 7:20 P.M."
  // is the venue's line, in the body).
  const parts = line
    .split(
      new RegExp(
        `\\s+[—–/${/\b\d{4}\b/u.test(line) ? "•·" : ""}-]\\s+|\\s*\\|\\s*|\\s+(?<!(?<![\\p{L}])(?!(?:Posted|Written|Reported|Edited|Compiled|Filed)\\s)\\p{Lu}\\p{Ll}+ed\\s+)(?=By\\s+\\p{Lu})|[^\\S\\n]{3,}`,
        "u",
      ),
    )
    .filter((part) => part.trim())
    .reduce<string[]>((joined, part) => {
      const previous = joined.at(-1);
      const clock = /(\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)$/iu;
      if (
        previous &&
        /^\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,5}\b)?$/u.test(part.trim()) &&
        /(?:\b\d{4}|\b\d{4}-\d{1,2}-\d{1,2})$/u.test(previous)
      )
        joined[joined.length - 1] = `${previous} ${part.trim()}`;
      // "Published Date: 10:31 | 31 October 2022": the clock time first, then its day ("21:07 / 2022-03-23",
      // "17:35 / 17.01.2022.").
      else if (
        previous &&
        clock.exec(previous) &&
        !/\b\d{4}\b/u.test(previous) &&
        /(?:\b\d{4}|\b\d{4}-\d{1,2}-\d{1,2})\.?$/u.test(part.trim()) &&
        isDateOnly(part.trim())
      ) {
        const time = clock.exec(previous) as RegExpExecArray;
        joined[joined.length - 1] = `${previous.slice(0, time.index)}${part.trim()} ${time[1]}`;
      } else if (
        previous &&
        /^(?:published|updated|posted|last updated|first published)$/iu.test(previous.trim())
      )
        // "Updated - December 06, 2023 01:14 am IST": the label and its date, parted by a dash.
        joined[joined.length - 1] = `${previous.trim()} ${part.trim()}`;
      else joined.push(part);
      return joined;
    }, []);
  const metas = parts.map((part) => classifyPart(part, outlets, vocabulary, cues));
  // "Tan Min-Wei | June 03, 2023, 02:52 PM": beside the date, a name no list knows, shaped as a person's,
  // is the writer's.
  if (metas.some((list) => list.some((meta) => meta.kind === "date")))
    for (const [i, list] of metas.entries()) {
      const part = (parts[i] ?? "").trim();
      // "Serhiy Sydorenko, VALENTYNA ROMANENKO" beside the date: writers' names in a list, one of them
      // shaped as a person's, the others maybe in capitals.
      // ("Alyssa McMurtry and Riyaz ul Khaliq": two names joined by "and".)
      const pieces = part.split(/\s*(?:,|&|\band\b)\s*/u).filter(Boolean);
      // (Each a name: in capitals or not; never a post, "Staff Writer", nor a place.)
      const titled = (piece: string) =>
        piece === piece.toUpperCase()
          ? piece.toLowerCase().replace(/(^|\s)\p{L}/gu, (m) => m.toUpperCase())
          : piece;
      if (
        pieces.length >= 2 &&
        pieces.some((piece) => piece !== piece.toUpperCase()) &&
        pieces.every(
          (piece) =>
            words(piece).length <= 3 &&
            looksLikePerson(titled(piece), cues, true) &&
            !cues.staff.test(piece) &&
            !words(piece).some((word) =>
              /Actor|Noun|Place|Demonym/u.test(String(lexiconTag(word.toLowerCase()) ?? "")),
            ) &&
            !outletNamed(piece, outlets) &&
            !namesPlace(piece),
        )
      ) {
        metas[i] = [
          {
            kind: "byline",
            bylines: pieces.map((name) => ({ name, isStaff: false, place: null })),
            outlet: null,
          },
        ];
        continue;
      }
      // (Not a place's name, "Hong Kong", nor a section's, "Foreign Affairs".)
      // (A given name first, "John Hill", is a person's whatever the last word.)
      const last = words(part).at(-1)?.toLowerCase() ?? "";
      const given = /Name/u.test(lexiconTag(words(part)[0]?.toLowerCase() ?? "") ?? "");
      const common = [last, last.replace(/s$/u, "")].some(
        (w) => !/Name|Person/u.test(lexiconTag(w) ?? "Name"),
      );
      if (
        list.length === 1 &&
        list[0]?.kind === "outlet" &&
        looksLikePerson(part, cues) &&
        !outletNamed(part, outlets) &&
        !matchOutlet(part, outlets)
      )
        // A place is neither ("Hong Kong | June 3"); a name ending in a common word stays a publisher's
        // ("Northern Courier — 18 January 2031").
        metas[i] = namesPlace(part)
          ? [{ kind: "label", text: part }]
          : given || !common
            ? [{ kind: "person", name: withoutGluedWord(part, cues.labels) }]
            : list;
    }
  if (metas.every((list) => list.length > 0)) return metas.flat();
  // "Episode 118 – November 16, 2023": a date beside a short label of its own.
  const dated = metas.some((list) => list.some((meta) => meta.kind === "date"));
  // (Or a list of the page's sections, each capitalised: "Jun 11, 2024 | Mexico, News & Articles | 0 comments".)
  const sections = (part: string) =>
    words(part).length <= 6 &&
    part
      .split(/\s*(?:,|&|\band\b)\s*/u)
      .every((section) => /^\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?$/u.test(section));
  const short = parts.every(
    (part, i) => (metas[i]?.length ?? 0) > 0 || words(part).length <= 3 || sections(part.trim()),
  );
  // "Follow the latest news from … | February 13, 2025": a standfirst with the page's date after a bar.
  const standfirst =
    parts.length === 2 &&
    metas[1]?.length === 1 &&
    metas[1][0]?.kind === "date" &&
    (metas[0]?.length ?? 0) === 0 &&
    words(parts[0] ?? "").length <= 16 &&
    !/[.!?:;,]\s*$/u.test(parts[0] ?? "") &&
    // (Only a line that bids the reader, "Follow …", "Read …": a headline with a date after a bar is none.)
    /Infinitive|Imperative/u.test(String(lexiconTag(words(parts[0] ?? "")[0]?.toLowerCase() ?? "") ?? ""));
  return dated && (short || standfirst) && parts.length > 1
    ? metas
        .flat()
        .concat(
          parts.flatMap((part, i) => (metas[i]?.length ? [] : [{ kind: "label" as const, text: part }])),
        )
    : null;
}

/** The UTC moment a local time in `country` stands for (its main time zone, page.yaml's mainZones). */
function inCountryTime(local: Date, country: string | null): Date {
  const zone = country
    ? (reference().page.mainZones[country] ?? ct.getCountry(country)?.timezones[0])
    : undefined;
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

/**
 * The year of a date written with its day's name but no year ("Thursday, October 30"): the latest year up to
 * `latest` (give or take a day, for the page's time zone) in which that day of that month fell on that day
 * of the week, when it is `latest`'s year or the one before; null otherwise (a day's name that fits no year
 * near it is a slip, not a date years back), or when the words give no day's name, day and month.
 */
function yearOfWeekday(start: chrono.ParsedComponents, latest: Date): number | null {
  if (
    start.isCertain("year") ||
    !start.isCertain("weekday") ||
    !start.isCertain("day") ||
    !start.isCertain("month")
  )
    return null;
  const weekday = start.get("weekday");
  const month = start.get("month");
  const day = start.get("day");
  if (weekday === null || month === null || day === null) return null;
  const bound = latest.getTime() + 86_400_000;
  const last = latest.getUTCFullYear();
  for (let year = last; year >= last - 1; year--) {
    const date = new Date(Date.UTC(year, month - 1, day));
    // (February 29th exists in leap years only; a day after `latest` is yet to come.)
    if (date.getUTCMonth() !== month - 1 || date.getTime() > bound) continue;
    if (date.getUTCDay() === weekday) return year;
  }
  return null;
}

/**
 * The last moment of the one year a page's address files it under ("/2025/10/30/", "/10-30-2025-12/",
 * "/20251030…"), or null when it names none or several.
 */
function yearEndOfAddress(url: string | null): Date | null {
  if (!url) return null;
  const years = new Set(
    [
      ...pathOf(url).matchAll(
        /(?<!\d)((?:19|20)\d{2})(?=(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)|(?!\d))/gu,
      ),
    ].map((m) => Number(m[1])),
  );
  const [year] = years;
  return years.size === 1 && year !== undefined ? new Date(Date.UTC(year, 11, 31, 23, 59, 59)) : null;
}

/**
 * A publication time from its words, with its precision; relative times need the capture time. A date with
 * its day's name but no year takes its year from the capture time or, without one, from `latest`: the end
 * of the year the page's address files it under (never the machine's clock).
 */
export function readPublished(
  written: string,
  country: string | null,
  capturedAt: Date | null,
  latest: Date | null = null,
): { at: Date | null; precision: TimePrecision } {
  // (The Arabic comma as a comma, as in isDateOnly; "13, February 2024": a comma between the day and its
  // month, as some sites' datelines write it, is none.)
  const text = withoutTimeLabel(written)
    .replace(/\u060C/gu, ",")
    .replace(
      new RegExp(`(?<![\\d:.])(\\d{1,2}),\\s+(?=(?:${wordAlternatives(calendarNames("months"))})\\b)`, "iu"),
      "$1 ",
    );
  if (/\b(ago|yesterday|today|just now)\b/i.test(text)) {
    const [result] = capturedAt ? chrono.parse(text, capturedAt) : [];
    return { at: result?.start.date() ?? null, precision: "RELATIVE" };
  }
  // "11.04.2025": a date in figures parted by stops puts its day first, wherever it is written.
  const parsers = /(?<![\d.])\d{1,2}\.\d{1,2}\.(?:(?:19|20)\d{2}|\d{2})(?!\d)/u.test(text)
    ? [chrono.en.GB, ...PARSERS]
    : PARSERS;
  for (const parser of parsers) {
    // A date without its year, or a time without its date, is read against the capture time, never the
    // machine's clock; without one it stays unresolved.
    const [bare] = parser.parse(text);
    if (!bare) continue;
    const dated =
      bare.start.isCertain("day") || bare.start.isCertain("month") || bare.start.isCertain("year");
    // "Saturday, October 18": the day's name fixes the year, the latest one up to the capture (or the end
    // of the address's year) in which that day fell on it.
    const bound = capturedAt ?? latest;
    const weekdayYear = bound ? yearOfWeekday(bare.start, bound) : null;
    if (!bare.start.isCertain("year") && weekdayYear === null) {
      if (!capturedAt || !dated) return { at: null, precision: "UNKNOWN" };
    }
    const [result] =
      bare.start.isCertain("year") || weekdayYear !== null
        ? [bare]
        : parser.parse(text, capturedAt ?? undefined);
    if (!result) continue;
    const start = result.start;
    // "June 15" captured on 1 January: the last 15 June up to the capture, never the nearest one after it
    // (a day's grace for the zones ahead of the capture's).
    const past =
      !start.isCertain("year") &&
      weekdayYear === null &&
      capturedAt !== null &&
      Date.UTC(start.get("year") ?? 0, (start.get("month") ?? 1) - 1, start.get("day") ?? 1) >
        capturedAt.getTime() + 86_400_000
        ? 1
        : 0;
    const value = (unit: "year" | "month" | "day" | "hour" | "minute") =>
      unit === "year" && !start.isCertain("year")
        ? (weekdayYear ?? (start.get("year") ?? 0) - past)
        : (start.get(unit) ?? 0);
    const local = new Date(
      Date.UTC(value("year"), value("month") - 1, value("day"), value("hour"), value("minute")),
    );
    // A clock time with no zone, on a page of no known country ("March 16, 2023, 18:49" on an unknown
    // site): the day is what the page states; the moment is not known, and is not guessed as UTC (18:49
    // in Seoul is another day in UTC).
    const zoned =
      start.isCertain("timezoneOffset") ||
      (country !== null &&
        (reference().page.mainZones[country] ?? ct.getCountry(country)?.timezones[0]) !== undefined);
    if (start.isCertain("hour") && zoned) {
      const at = !start.isCertain("timezoneOffset")
        ? inCountryTime(local, country)
        : start.isCertain("year")
          ? start.date()
          : new Date(local.getTime() - (start.get("timezoneOffset") ?? 0) * 60_000);
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

const capitalisedWord = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Whether a text's first sentence tells of someone by their title, in no first person: a narrator's. */
function narratorsOpening(text: string, roleWord: RegExp): boolean {
  const first = text.trim().split(/(?<=[.!?])\s/u)[0] ?? "";
  return (
    /[.!?]$/u.test(first) &&
    roleWord.test(first) &&
    !/(?<![\p{L}’'])(?:I|me|my|we|us|our|I['’]m|we['’]re|we['’]ve)(?![\p{L}’'])/iu.test(first)
  );
}

function genreOf(
  labels: string[],
  opening: string,
  body: string,
  fromAuthorAffiliation: boolean,
  cues: Cues,
  stated: ArticleGenre | undefined,
  url?: string | null,
  outlets: KnownOutlet[] = [],
): ArticleGenre {
  const titles = labels.filter(Boolean);
  // Speakers' turns by two people or more make a transcript, whatever its title says.
  const turns = body
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => TURN.test(line));
  if (turns.length >= 3 && new Set(turns.map((line) => line.split(":")[0])).size >= 2) return "TRANSCRIPT";
  // So do a speech's first words ("Good afternoon, everyone."), whatever its title says (not a column's
  // or a page the publisher marks otherwise).
  const spoken = cues.genres.find((entry) => entry.genre === "TRANSCRIPT");
  if (!fromAuthorAffiliation && !stated && spoken?.openings.some((cue) => cue.test(opening)))
    return "TRANSCRIPT";
  for (const { genre, titles: titleCues, openings } of cues.genres) {
    // The headline and the short labels around it ("READOUT", "Special Briefing"), not captions or links.
    const named = titles.filter((title, i) => i === 0 || words(title).length <= 4);
    if (named.some((title) => titleCues.some((cue) => cue.test(title)))) return genre;
    if (openings.some((cue) => [...titles, opening].some((line) => cue.test(line)))) return genre;
    if (genre === "TRANSCRIPT") {
      const lines = body.split("\n").map((line) => line.trim());
      const turns = lines.filter((line) => TURN.test(line));
      const speakers = new Set(turns.map((line) => line.split(":")[0]));
      // "MOSCOW: President Putin and …": a place before the colon is the dateline of a paper's report (its
      // agency's bracket after it too: "TOKYO (The Straits Times/Asia News Network): …").
      const before = opening
        .split(":")[0]
        ?.replace(/\s*\([^()]*\)\s*$/u, "")
        .trim()
        .toLowerCase();
      // ("PETALING JAYA: …", "KUALA LUMPUR: …": two words or more that the lexicon knows as none of a
      // speaker's: no name, no title, no honorific, nothing it knows at all.)
      const labelWords = (before ?? "").split(/\s+/u).filter(Boolean);
      // ("DW: Ukrainian President …", "Reuters: …": an outlet the lists know credits the story it opens.)
      // ("DOWNING STREET TALKS:TAOISEACH Brian Cowen will meet …": a kicker that ends on a common noun, no
      // speaker's name or title.)
      const last = labelWords.at(-1) ?? "";
      const kicker =
        !/^(?:q|a|question|answer)$/u.test(last) &&
        !cues.roleWord.test(last.charAt(0).toUpperCase() + last.slice(1)) &&
        /^(?:Plural|Singular)$/u.test(String(lexiconTag(last) ?? "").split(",")[0] ?? "");
      const place =
        kicker ||
        /^(?:City|Country|Region|Place)$/u.test(String(lexiconTag(before ?? "") ?? "").split(",")[0] ?? "") ||
        (labelWords.length >= 2 && labelWords.every((word) => lexiconTag(word) === undefined)) ||
        outletNamed(opening.split(":")[0]?.trim() ?? "", outlets) !== null ||
        // ("PUTRAJAYA: The Joint Commission meeting … will …, Prime Minister Anwar Ibrahim said": a town no
        // list knows, then the narrator's report of what someone said; a speaker's label holds a title,
        // an honorific or a given name, and goes on in the speaker's own words.)
        (labelWords.length >= 1 &&
          labelWords.length <= 3 &&
          labelWords.every((word) => {
            const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
            return (
              !cues.roleWord.test(capitalised) &&
              !cues.honorific.test(capitalised) &&
              !/Name$/u.test(String(lexiconTag(word) ?? ""))
            );
          }) &&
          // (The report's verb ends its first sentence, "…, Prime Minister Anwar Ibrahim said.": not "Q: On
          // Ukraine, President Zelenskyy said …", nor "PUTIN: Look, President Trump told me …".)
          !/^(?:q|a|question|answer)$/u.test(labelWords.join(" ")) &&
          /,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,8}(?:said|says)\.?$/u.test(
            opening.split(/(?<=[.!?])\s/u)[0] ?? "",
          )) ||
        // ("LINDBY: Norland Foreign Minister Ada Velkova met …": one word no list knows as a name, a title
        // or an honorific, then a sentence that tells of someone by their title and says nothing in the
        // first person: the narrator's, under a town's dateline. A speaker's turn speaks as "I" or "we".)
        (labelWords.length === 1 &&
          !cues.roleWord.test(capitalisedWord(labelWords[0] ?? "")) &&
          !cues.honorific.test(labelWords[0] ?? "") &&
          !/Name$/u.test(String(lexiconTag(labelWords[0] ?? "") ?? "")) &&
          narratorsOpening(opening.slice(opening.indexOf(":") + 1), cues.roleWord));
      if ((turns.length >= cues.transcriptTurns && speakers.size >= 2) || (TURN.test(opening) && !place))
        return "TRANSCRIPT";
    }
  }
  if (fromAuthorAffiliation) return "OPINION";
  if (stated) return stated;
  // The page's address, where the words say nothing: an "/opinion/" path, an "editorials." site.
  if (url) for (const { genre, urls } of cues.genres) if (urls.some((cue) => cue.test(url))) return genre;
  return "REPORT";
}

/**
 * The first sentence: a full stop after an initial or an abbreviation of vocabulary.yaml ("J.", "U.S.",
 * "Jr.", "Sept.") ends none.
 */
function firstSentence(body: string, abbreviations: string[]): string {
  // A sentence ends with its paragraph: "… and meet again." over a photo credit and a dateline is the
  // headline alone. (A first line of a word or two, a label, runs on.)
  // (A line cut inside its sentence, on a word in small letters, runs on into the next: "… and Carney
  // accepting" over "Xi’s invitation to visit China.")
  const line = /^[^\n]+(?:\n(?=\p{L})[^\n]*)?/u.exec(body)?.[0] ?? body;
  const first = /^[^\n]+/u.exec(line)?.[0] ?? line;
  const cut = /\s\p{Ll}+$/u.test(first) && !/[.!?](?=\s)/u.test(first);
  const text = words(first).length >= 4 ? (cut ? line : first) : body;
  const short = new Set(abbreviations.map((a) => a.toLowerCase().replace(/\.$/, "")));
  let at = 0;
  for (const match of text.matchAll(/[.!?](?=\s+[\p{Lu}"“‘(\d]|\s*$)/gu)) {
    const end = match.index ?? 0;
    const before = text.slice(0, end);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
    const initial = /^\p{Lu}$/u.test(word) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(word);
    if (match[0] === "." && (initial || short.has(word.toLowerCase()))) continue;
    at = end;
    break;
  }
  const sentence = at > 0 ? text.slice(0, at + 1) : text;
  // (A question or an exclamation keeps its mark: "What Did They Agree On?" is asked.)
  return sentence.replace(/\.$/, "").replace(/\s+/g, " ").trim();
}

/** Closing credits ("Reporting by Jane Doe; Editing by John Roe"): not body text; their names are bylines. */
const CREDITS =
  /^\(?\s*((additional )?reporting|writing|written|editing|edited|compiled|reported|produced)\s+by\b/i;

function creditNames(text: string): string[] {
  const names: string[] = [];
  for (const clause of text.replace(/[()]/g, "").split(/;|\.\s/)) {
    const match = /^\s*(?:additional )?(?:reporting|writing|written|compiled|reported)\s+by\s+(.+)$/i.exec(
      clause,
    );
    if (!match) continue;
    for (const name of (match[1] ?? "").split(/\s*(?:,|&|\band\b)\s*/)) {
      const clean = name.replace(/\s+in\s+\p{Lu}.*$/u, "").trim();
      if (clean && words(clean).length <= 4) names.push(clean);
    }
  }
  return names;
}

export interface SegmentOptions {
  outlets: KnownOutlet[];
  vocabulary: Vocabulary;
  /** How the page around the articles is read (page.yaml); without it, the vocabulary's noise only. */
  page?: PageVocabulary | undefined;
  capturedAt: Date | null;
  /** What the page or the user says about it: wins over what the text shows, for the page's first article. */
  metadata?: DetectedMetadata | undefined;
  /** The page's address: its path may give the genre ("/opinion/") where the words do not. */
  url?: string | null | undefined;
  /** The country of the page's outlet when known from elsewhere (its URL): times are read in its zone. */
  country?: string | null | undefined;
}

/** Words every headline may hold: a line that shares only these with the page's address is not spelled by it. */
const FUNCTION_WORDS = new Set("a an and as at be by for from in is it its of on or the to with".split(" "));

/**
 * A name with a section's label (page.yaml labels) run onto its last name ("Ekaterina BelobrovaLife"),
 * without it; "AbdelRahman", "McDonald" and "FitzGerald" keep theirs.
 */
function withoutGluedWord(name: string, labels: ReadonlySet<string>): string {
  const glued = /^(.*\s\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}+)$/u.exec(name);
  return glued?.[1] && labels.has((glued[2] ?? "").toLowerCase()) ? glued[1] : name;
}

/** The labels of a date line ("date 16.10.2019", "Updated 21 October 2020"): page.yaml's, in lower case. */
let footLabelSet: Set<string> | undefined;
function footLabels(): Set<string> {
  const { publicationLabels, dateLabels } = reference().page;
  footLabelSet ??= new Set([...publicationLabels, ...dateLabels].map((label) => label.toLowerCase()));
  return footLabelSet;
}

/**
 * "MAP 21 October 2020": a name of one to four capitalised words, then a date with its year and nothing
 * else, as an agency signs a story on its last line; the name and the date, or null.
 */
function filedOn(line: string): { name: string; date: string } | null {
  // ("Wednesday 21 October 2020" is a date alone.)
  if (isDateOnly(line)) return null;
  // ("Updated 21 October 2020": a label of the page's, no agency.)
  const labels = footLabels();
  const parts = line.split(/\s+/u);
  for (let k = 1; k <= Math.min(4, parts.length - 1); k++) {
    const name = parts
      .slice(0, k)
      .join(" ")
      .replace(/[,–—-]$/u, "");
    const date = parts.slice(k).join(" ");
    if (!parts.slice(0, k).every((part) => /^\p{Lu}[\p{L}.&'’-]*[,–—-]?$/u.test(part))) return null;
    if (/\b\d{4}\b/u.test(date) && isDateOnly(date))
      return labels.has(name.toLowerCase()) ? null : { name, date };
  }
  return null;
}

export function segmentPage(text: string, options: SegmentOptions): SegmentedPage {
  const all = blocks(text);
  // "date 2024-11-16 Xi Jinping told …": a capture that opens with the page's date under its label (page.yaml
  // dateLabels), run into the page's first line. The date is a line of its own.
  const dateLabels = wordAlternatives(options.page?.dateLabels ?? reference().page.dateLabels);
  const labelled =
    all[0] && dateLabels
      ? new RegExp(`^(?:${dateLabels}):?\\s+(\\d{4}-\\d{2}-\\d{2})\\b\\s*`, "iu").exec(all[0].text)
      : null;
  if (all[0] && labelled?.[1]) {
    const first = all[0];
    const dateStart = first.start + labelled[0].indexOf(labelled[1]);
    const rest = first.text.slice(labelled[0].length);
    all.splice(
      0,
      1,
      { text: labelled[1], start: dateStart, end: dateStart + labelled[1].length },
      ...(rest ? [{ text: rest, start: first.start + labelled[0].length, end: first.end }] : []),
    );
  }
  // "Greek News Cyprus Greece Stands by Cyprus …" over "Greece Stands by Cyprus …": a breadcrumb run onto
  // the headline, which the page then prints alone (a line of a headline's length, a few words longer):
  // the longer line is furniture.
  for (let i = 0; i + 1 < Math.min(all.length, 6); i++) {
    const [line, next] = [all[i] as Block, all[i + 1] as Block];
    if (
      !line.text.includes("\n") &&
      !next.text.includes("\n") &&
      words(next.text).length >= 4 &&
      words(next.text).length <= 25 &&
      !/[.!?]["”’]?$/u.test(next.text) &&
      line.text.endsWith(next.text) &&
      // (Or after the crumbs' last mark: "Home >News >India >PM Modi dials …".)
      /[\s/›»>|]$/u.test(line.text.slice(0, -next.text.length)) &&
      words(line.text).length - words(next.text).length <= 6
    ) {
      all.splice(i, 1);
      break;
    }
  }
  const { outlets, vocabulary, metadata } = options;
  const cues = cuesOf(vocabulary, options.page);
  let index = 0;
  let pageDate: Date | null = null;
  // A date alone on the first line is the capture date when the page states another date before its first
  // paragraph, or in the dateline that opens it ("• Friday, 22 November 2024" over "Seoul, 19 June 2024
  // (dpa/MIA) - …"); alone, it is the page's own date.
  if (all.length > 1 && all[0] && isDateOnly(all[0].text)) {
    const firstParagraph = all.findIndex((block, i) => i > 0 && isParagraph(block));
    const later = all.slice(1, firstParagraph < 0 ? 8 : firstParagraph);
    const opening = firstParagraph > 0 ? datelineOf((all[firstParagraph] as Block).text, outlets) : null;
    if (
      later.some((block) => isDateOnly(block.text) || /\b(published|updated|posted)\b/i.test(block.text)) ||
      /\b(?:19|20)\d{2}\b/u.test(opening?.[1] ?? "")
    ) {
      // Only a date that prints its year ("Today" and a year-less date would be read against the
      // machine's clock), as that calendar day in UTC whatever the machine's zone.
      const [first] = chrono.parse(all[0].text);
      const printedYear = first && /\b\d{4}\b/.test(first.text);
      pageDate =
        first && printedYear
          ? new Date(
              Date.UTC(
                first.start.get("year") ?? 0,
                (first.start.get("month") ?? 1) - 1,
                first.start.get("day") ?? 1,
              ),
            )
          : null;
      index = 1;
    }
  }
  // (The page's first line is its headline, furniture's words aside, when the page's address spells most of
  // it: "Watch: President Biden meets Chinese President Xi at …" on /watch-president-biden-chinese-….)
  const addressWords = new Set(slugWords(options.url ?? options.metadata?.url ?? null) ?? []);
  // (Or that spells half the address's words, three or more: "Watch: Biden meets with Mexico’s president at
  // APEC summit" on /watch-live-biden-meets-mexico-….)
  const spelledOut = (block: Block) => {
    const list = words(block.text).map((word) =>
      word
        .replace(/[’']s$/u, "")
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]/gu, ""),
    );
    const shared = new Set(list.filter((word) => addressWords.has(word))).size;
    return (
      (list.length >= 5 && list.filter((word) => addressWords.has(word)).length * 3 >= list.length * 2) ||
      (shared >= 3 && shared * 2 >= addressWords.size)
    );
  };
  // A line in a writing system that none of the page's paragraphs use, and no Latin letter ("ΠτΔ – Άφιξη και
  // επίσημη τελετή υπο", a Greek caption on an English page): a caption or a menu in another language, never
  // the headline.
  const paragraphs = all.filter((block) => block.text.length >= 200);
  const foreign = (block: Block) =>
    paragraphs.length > 0 &&
    !/\p{Script=Latin}/u.test(block.text) &&
    SCRIPTS.some((script) => script.test(block.text)) &&
    !SCRIPTS.some(
      (script) => script.test(block.text) && paragraphs.some((paragraph) => script.test(paragraph.text)),
    );
  // The publisher a syndication notice names, for a story whose own lines name none.
  const syndicated =
    all
      .flatMap((block) =>
        cues.syndication.map((pattern) => pattern.exec(block.text.trim())?.groups?.publisher),
      )
      .find((name) => name !== undefined)
      ?.trim() ?? null;
  const list = all
    .slice(index)
    .filter((block, i) => !isNoise(block, cues) || (i === 0 && isHeadlineLine(block) && spelledOut(block)))
    .filter((block) => !foreign(block));
  // A tabloid's long headline, the page's first line, longer than a headline's usual length (up to 60 words)
  // but no sentence, as it ends on no stop ("Rishi Sunak hails … (and wins favour by donning …)"): a
  // headline where the page's address spells it.
  const longFirst =
    list[0] &&
    list[0] === all[index] &&
    !list[0].text.includes("\n") &&
    words(list[0].text).length <= 60 &&
    list[0].text.length <= 400 &&
    /^[\p{Lu}“"‘']/u.test(list[0].text) &&
    /\p{Ll}/u.test(list[0].text) &&
    !/^by\s/iu.test(list[0].text) &&
    !/[.!?:]["”’]?$/u.test(list[0].text) &&
    !TURN.test(list[0].text) &&
    spelledOut(list[0])
      ? list[0]
      : null;
  const isHeadline = (block: Block) => block === longFirst || isHeadlineLine(block);

  /** A picture's caption: a sentence with its credit, or a credit's words (vocabulary.yaml captions). */
  const captionLine = (text: string) =>
    text !== "" &&
    (photoCaption(text) ||
      endsLikeCaption(text) ||
      creditAfter().test(text) ||
      cues.captions.some((pattern) => pattern.test(text)));
  // An article starts at a headline whose next blocks hold metadata and then a paragraph.
  const starts: { at: number; metas: Meta[]; bodyAt: number }[] = [];
  for (let i = 0; i < list.length; i++) {
    const block = list[i] as Block;
    if (!isHeadline(block)) continue;
    if (captionTwice(list, i)) continue;
    const pictureCaption = (k: number) => captionLine(list[k]?.text ?? "");
    // (Nor does a sentence with its picture's credit after it: "… unveiled a pilot program. | Pool Photo by
    // … via EPA".)
    if (pictureCaption(i) && /\p{Ll}[.!?]\s+\S/u.test(block.text)) continue;
    // (Nor a sentence over its picture's credit on a line of its own: "… hold a joint press briefing after a
    // bilateral meeting in Makati City." over "Philstar.com/Patricia Lourdes Viray".)
    if (/[.!]$/u.test(block.text) && list[i + 1] && photoCredit(list[i + 1] as Block, block)) continue;

    // (A photo's caption that ends in its credit, or that places a person by "(C)", heads no story; nor
    // does a photo's credit alone, "AFP via Getty Images".)
    if (cues.captionHeadlines.some((pattern) => pattern.test(block.text))) continue;
    if (words(block.text).length <= 5 && cues.captions.some((pattern) => pattern.test(block.text))) continue;
    // (Nor does a byline of two writers' names, "Akihisa Ota and Akiko Yoshinaga", printed above the
    // picture.)
    if (
      words(block.text).length <= 8 &&
      /\s(?:and|&)\s/u.test(block.text) &&
      metaOf(block, outlets, vocabulary, cues)?.[0]?.kind === "byline"
    )
      continue;
    // (Nor does a picture's short title over its caption, under the headline and its standfirst: "Starmer
    // and Macron seal …" / "“We simply can’t …” British prime minister says" / "French President visits
    // Britain" / "… | Pool Photo by …".)
    if (
      i >= 2 &&
      words(block.text).length <= 10 &&
      pictureCaption(i + 1) &&
      isHeadline(list[i - 2] as Block) &&
      isParagraph(list[i - 1] as Block) &&
      /[.!?]["”’]?$/u.test((list[i - 1] as Block).text) &&
      words((list[i - 1] as Block).text).length <= 60
    )
      continue;
    let metas: Meta[] = [];
    let j = i + 1;
    // (Each line's metadata read once: the standfirst's test looks one and two lines ahead.)
    const read = new Map<number, Meta[] | null>();
    const metaAt = (k: number) => {
      if (!read.has(k))
        read.set(
          k,
          photoCredit(list[k] as Block, list[k - 1])
            ? [{ kind: "label" as const, text: (list[k] as Block).text }]
            : metaOf(list[k] as Block, outlets, vocabulary, cues),
        );
      return read.get(k) ?? null;
    };
    // A standfirst right under the headline, over the story's caption, date or byline ("Xi Jinping called
    // for a global truce, …" between the headline and "May 6, 2024 9:46 pm CET"): no part of the body.
    // (Its photo's caption may come between: "… continue their dialogue. /Photo: AA / Others" over "By …".)
    const creditedCaption = (k: number) =>
      list[k] !== undefined &&
      !(list[k] as Block).text.includes("\n") &&
      creditAfter().test((list[k] as Block).text);
    let standfirst = false;
    for (; j < list.length && j <= i + 4 + (standfirst ? 2 : 0); j++) {
      const meta = metaAt(j);
      if (!meta) {
        if (
          j === i + 1 &&
          isParagraph(list[j] as Block) &&
          // (A sentence: a headline under a site's motto is no standfirst; nor is a story's first paragraph,
          // which opens with its dateline.)
          /[.!?]["”’]?$/u.test((list[j] as Block).text) &&
          !datelineOf((list[j] as Block).text, outlets) &&
          !isHeadline(list[j] as Block) &&
          words((list[j] as Block).text).length <= 60 &&
          list[j + 1] &&
          (metaAt(j + 1) || (creditedCaption(j + 1) && list[j + 2] && metaAt(j + 2)))
        ) {
          standfirst = true;
          metas.push({ kind: "label", text: (list[j] as Block).text });
          continue;
        }
        if (standfirst && j === i + 2 && creditedCaption(j) && list[j + 1] && metaAt(j + 1)) {
          metas.push({ kind: "label", text: (list[j] as Block).text });
          continue;
        }
        break;
      }
      metas.push(...meta);
    }
    if (standfirst && !metas.some((meta) => meta.kind === "byline" || meta.kind === "date")) {
      metas = [];
      j = i + 1;
    }
    // A standfirst of bullet points under the headline ("Key Facts", "- Trump and Xi agree …"), then the
    // byline or date: the points are no part of the body.
    const bullet = (block: Block | undefined) => /^[-•*–]\s/u.test(block?.text ?? "");
    if (bullet(list[j])) {
      let k = j;
      while (k < list.length && k < j + 10 && bullet(list[k])) k++;
      const after: Meta[] = [];
      for (; k < list.length && after.length < 4; k++) {
        const meta = metaOf(list[k] as Block, outlets, vocabulary, cues);
        if (!meta) break;
        after.push(...meta);
      }
      if (
        after.some((m) => m.kind === "byline" || m.kind === "date") &&
        list[k] &&
        isParagraph(list[k] as Block)
      ) {
        metas.push(...after);
        j = k;
      }
    }
    // A photo's caption under the byline (printed twice, as its alternative text and under the picture):
    // the body starts after it.
    if (metas.length) {
      let k = j;
      while (
        k < list.length &&
        k < j + 3 &&
        cues.captions.some((pattern) => pattern.test((list[k] as Block).text))
      )
        k++;
      if (k > j && list[k] && isParagraph(list[k] as Block)) j = k;
    }
    if (metas.length && list[j] && isParagraph(list[j] as Block)) {
      // A headline right above this one makes it a standfirst (the summary line under a headline).
      const floor = starts.at(-1)?.bodyAt ?? 0;
      const above = list[i - 1];
      // (Not breadcrumbs run into this headline: "Home Headlines President of …" over "President of …".)
      // (A headline in title case, "Biden, Xi Meet At Filoli Estate South Of San Francisco", over a
      // standfirst in sentence case is one too, when it names what the story's first paragraph does: a
      // menu in title case names none of it.)
      const lede = new Set(
        words((list[j] as Block).text).map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "")),
      );
      const titleCased = (line: Block) =>
        isTitleLike(line) &&
        /\p{Ll}/u.test(line.text) &&
        words(line.text).length >= 5 &&
        words(line.text).every((word) => !/^\p{Ll}/u.test(word)) &&
        new Set(
          words(line.text)
            .map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ""))
            .filter((word) => word.length >= 3 && !FUNCTION_WORDS.has(word) && lede.has(word)),
        ).size >= 2;
      const headlineOver = (k: number, line: Block | undefined): line is Block =>
        k >= floor &&
        line !== undefined &&
        !cues.captionHeadlines.some((pattern) => pattern.test(line.text)) &&
        // (Nor a photo's caption printed twice over it: "… continue supporting Ukraine. AP".)
        !captionTwice(list, k) &&
        metaOf(line, outlets, vocabulary, cues) === null &&
        // (Nor breadcrumbs run into it with no space: "GreekReporter.comGreek NewsDiplomacyMitsotakis, …".)
        !line.text.endsWith((list[k + 1] as Block).text);
      // (The shape first: reading a line's metadata costs more.)
      let at =
        above !== undefined &&
        (isHeadline(above) || (titleCased(above) && !titleCased(list[i] as Block))) &&
        headlineOver(i - 1, above)
          ? i - 1
          : (echoedHeadline(list, i, Math.max(floor, i - 3)) ?? i);
      // A picture's few words ("Barack Obama with Xi Jinping") under a standfirst without its full stop,
      // under the headline: the headline is the first of the three.
      const first = list[i - 2];
      if (
        at === i - 1 &&
        words((list[i] as Block).text).length <= 6 &&
        !/[.!?:]$/u.test((list[i] as Block).text) &&
        first !== undefined &&
        isHeadline(first) &&
        words((list[i - 1] as Block).text).length >= words(first.text).length + 4 &&
        headlineOver(i - 2, first)
      )
        at = i - 2;
      starts.push({ at, metas, bodyAt: j });
      i = j - 1;
    }
  }

  // Before the first headline: a headline of its own, an author's name, role and date, then paragraphs.
  const preamble: { at: number; metas: Meta[]; bodyAt: number; labels: string[] }[] = [];
  const firstStart = starts[0]?.at ?? list.length;
  // The page's first line, shaped like a headline, is one even when long and full of commas ("Biden, Xi
  // emerge from hours of talks, agree to curb illicit fentanyl, restart military dialogue"), and so is the
  // first under a date alone.
  // An aggregator's or an app's promotion above the headline ("Get all your news in one place.", "One
  // app.") is no paragraph of the story: a paragraph before any title-like line has eight words or more.
  let firstParagraph = list.findIndex(
    (block, i) =>
      i < firstStart &&
      isParagraph(block) &&
      // (A menu's item of one or two words with its mark, "Yes Teens!", opens no story.)
      (words(block.text).length >= 3 || TURN.test(block.text)) &&
      !stoppedHeadline(list, i, outlets) &&
      !cues.captions.some((pattern) => pattern.test(block.text)) &&
      !photoCaption(block.text) &&
      // (Nor a byline that ends on an abbreviation's stop: "By: Akoi M. Baysah, Jr.")
      !(
        words(block.text).length <= 8 &&
        /^by\s*:?\s+\p{Lu}/iu.test(block.text) &&
        metaOf(block, outlets, vocabulary, cues)?.[0]?.kind === "byline"
      ) &&
      // (Nor one over its picture's credit on a line of its own, "Philstar.com/Patricia Lourdes Viray".)
      !(list[i + 1] && photoCredit(list[i + 1] as Block, block)) &&
      // (A caption printed twice over the byline, the date or the headline is none either.)
      !(
        captionTwice(list, i) &&
        list
          .slice(i + 1, i + 4)
          .some(
            (next) =>
              next.text !== block.text &&
              (metaOf(next, outlets, vocabulary, cues) !== null || isHeadline(next)),
          )
      ) &&
      !(list.slice(0, i).every((above) => isDateOnly(above.text)) && isHeadline(block)) &&
      (words(block.text).length >= 8 ||
        list.slice(0, i).some(isTitleLike) ||
        list.slice(i + 1, i + 3).every((next) => words(next.text).length >= 8)),
  );
  // "The U.S. and China issued a joint statement on Monday." over "US and China announce deal to cut …":
  // a teaser of one short sentence above the headline is no paragraph of the story.
  const teaser = (block: Block | undefined) =>
    block !== undefined &&
    words(block.text).length <= 20 &&
    /[.!]$/u.test(block.text) &&
    !/[.!?]\s+\p{Lu}/u.test(block.text.slice(0, -1));
  // (Only a headline the page's address spells: a capture with no headline may open with its lede and a
  // crosshead.)
  const slugged = (block: Block | undefined) => {
    const slug = new Set(slugWords(options.url ?? options.metadata?.url ?? null) ?? []);
    return (
      block !== undefined &&
      words(block.text).filter((word) => slug.has(word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "")))
        .length >= 3
    );
  };
  if (
    firstParagraph === 0 &&
    firstStart > 2 &&
    teaser(list[0]) &&
    list[1] &&
    isHeadline(list[1]) &&
    slugged(list[1]) &&
    metaOf(list[1], outlets, vocabulary, cues) === null &&
    list[2] &&
    isParagraph(list[2])
  )
    firstParagraph = 2;
  // "We need your help now" / "Support from readers like you keeps … open." / … over "Cameron arrives in
  // Dublin for bilateral meetings with Taoiseach" on /cameron-arrives-in-dublin-for-bilateral-meetings-…: an
  // appeal or a promotion in paragraphs above the headline the page's address spells is no part of the story,
  // which starts under that headline.
  if (firstParagraph >= 0 && addressWords.size >= 4) {
    const spelledAbove = list.slice(0, firstParagraph + 1).some((block) => spelledOut(block));
    const later = list.findIndex(
      (block, i) =>
        i > firstParagraph &&
        i <= firstParagraph + 8 &&
        i < firstStart &&
        isHeadline(block) &&
        spelledOut(block) &&
        list[i + 1] !== undefined &&
        isParagraph(list[i + 1] as Block),
    );
    if (later > 0 && !spelledAbove) firstParagraph = later + 1;
  }
  // "- Greek and Turkish leaders on Thursday struck …" over "Istanbul/Athens, 7 December 2023 (dpa/MIA) -
  // Greek and Turkish leaders on Thursday struck …": a summary line that the dated first paragraph repeats
  // is the standfirst; the story opens with its dateline.
  const opener = firstParagraph >= 0 ? list[firstParagraph] : undefined;
  const repeated = opener ? list[firstParagraph + 1] : undefined;
  if (opener && repeated && /^[-•–]\s/u.test(opener.text)) {
    const dated = datelineOf(repeated.text, outlets);
    const summary = opener.text.replace(/^[-•–]\s+/u, "").slice(0, 60);
    if (dated && repeated.text.slice(dated[0].length).trimStart().startsWith(summary)) firstParagraph += 1;
  }
  // A headline with its byline or date above the first "headline" found (a photo caption, a sub-heading
  // over a line of links): that one belongs to the article the page opens with.
  const opening = starts[0];
  // (Not a headline with a byline or a date of its own under it: that one heads the story.)
  if (
    firstParagraph < 0 &&
    opening &&
    opening.at > 0 &&
    !opening.metas.some((meta) => meta.kind === "date" || meta.kind === "byline")
  ) {
    const above = list.slice(0, opening.at).map((block) => metaOf(block, outlets, vocabulary, cues));
    const dated = above.some((meta) => meta?.some((m) => m.kind === "date" || m.kind === "byline"));
    if (dated && list.slice(0, opening.at).some(isTitleLike)) {
      starts.shift();
      firstParagraph = opening.bodyAt;
    }
  }
  // "19 Sep 2023" alone right above the headline the page opens with, the lines under it giving no date:
  // the story's date. (A date bar naming the day of the week, "Monday, 30 November 2026", is the site's
  // today, not the story's.)
  // (Section labels may stand between: "2025-09-04" / "World China" over the headline.)
  const top = starts[0];
  const overTop = top ? list.slice(0, top.at) : [];
  const dateAt = overTop.findLastIndex((block) => isDateOnly(block.text));
  const above = dateAt >= 0 ? overTop[dateAt] : undefined;
  if (
    top &&
    above &&
    firstParagraph < 0 &&
    // (Two labels at most, right under the date.)
    overTop.length - 1 - dateAt <= 2 &&
    overTop.every(
      (block) => isDateOnly(block.text) || (words(block.text).length <= 3 && !isParagraph(block)),
    ) &&
    !top.metas.some((meta) => meta.kind === "date") &&
    above.text.search(dayName()) < 0
  ) {
    const date = metaOf(above, outlets, vocabulary, cues)?.find((meta) => meta.kind === "date");
    if (date) top.metas.push(date);
  }
  // A one-sentence standfirst under the headline, then the byline or date: the body starts after those.
  if (firstParagraph >= 0 && words((list[firstParagraph] as Block).text).length <= 45) {
    let j = firstParagraph + 1;
    let dated = false;
    let captions = 0;
    for (; j < list.length && j <= firstParagraph + 4 + captions; j++) {
      const block = list[j] as Block;
      const meta = metaOf(block, outlets, vocabulary, cues);
      // ("By REUTERS", "Published: …", then the photo's caption and its credit, up to three lines; or the
      // caption before them, with the picture's short title above it: "French President visits Britain" /
      // "… | Pool Photo by …" / "July 10, 2025 6:57 pm CET" / "By …".)
      const next = list[j + 1];
      if (
        !meta &&
        captions < 3 &&
        (captionLine(block.text) ||
          (!dated &&
            next !== undefined &&
            words(block.text).length <= 10 &&
            !/[.!?]["”’]?$/u.test(block.text) &&
            !metaOf(next, outlets, vocabulary, cues) &&
            captionLine(next.text)))
      ) {
        captions++;
        continue;
      }
      if (!meta) break;
      dated ||= meta.some((m) => m.kind === "byline" || m.kind === "date");
    }
    if (dated && j < firstStart && list[j] && isParagraph(list[j] as Block)) firstParagraph = j;
  }
  if (firstParagraph >= 0) {
    const before = list.slice(0, firstParagraph);
    const metas: Meta[] = [];
    const labels: string[] = [];
    const candidates: number[] = [];
    const dated: number[] = [];
    const metaLines = new Set<number>();
    const captions = new Set<number>();
    // A date bar naming the day of the week above every title-like line ("Monday, December 23, 2024"): the
    // site's today, which gives way to a date of the story's own.
    const bars = new Set<Meta>();
    for (const [i, block] of before.entries()) {
      const read = photoCredit(block, before[i - 1])
        ? [{ kind: "label" as const, text: block.text }]
        : metaOf(block, outlets, vocabulary, cues);
      // A name no list knows, under a headline: the writer's where an address follows it ("- SARAH KIM" over
      // "- [email protected]") or where the story starts right under it ("Rana Atef" over the first paragraph).
      const only = read?.length === 1 ? read[0] : undefined;
      const nameLine = block.text.replace(/^[-–—•]\s+/u, "");
      const meta =
        only?.kind === "outlet" &&
        candidates.length > 0 &&
        (i === before.length - 1 || EMAIL_LINE.test(before[i + 1]?.text ?? "")) &&
        writerShaped(nameLine, outlets, cues)
          ? [{ kind: "person" as const, name: nameLine }]
          : read;
      const isMeta =
        meta !== null &&
        !(
          meta.length === 1 &&
          meta[0]?.kind === "outlet" &&
          isTitleLike(block) &&
          candidates.length === 0 &&
          words(block.text).length >= 4 &&
          !outletNamed(block.text, outlets)
        );
      if (isMeta && meta) {
        metaLines.add(i);
        metas.push(...meta);
        if (meta.some((m) => m.kind === "byline" || m.kind === "date")) dated.push(i);
        if (candidates.length === 0 && isDateOnly(block.text) && block.text.search(dayName()) >= 0)
          for (const m of meta) if (m.kind === "date") bars.add(m);
      } else if (
        photoCaption(block.text) ||
        cues.captionHeadlines.some((pattern) => pattern.test(block.text)) ||
        // (A credit line of its own: "Photos = Yonhap News" under the byline, or a caption by its marks; a line
        // that opens with a picture's word is a headline, "Photos: Velkova and Orrin meet at the palace".)
        ((words(block.text).length <= 5 || !opensWithPictureWord(block.text)) &&
          cues.captions.some((pattern) => pattern.test(block.text)))
      )
        captions.add(i);
      else if (captionTwice(before, i)) captions.add(i);
      else if (
        (isTitleLike(block) || block === longFirst || stoppedHeadline(list, i, outlets)) &&
        !placeAndDay(block.text) &&
        !cues.reportedSpeech.test(block.text) &&
        // (Nor a story's first line cut before its stop: "PORT HALDEN (Reuters) -Norland's … accepting".)
        !datelineOf(block.text, outlets)?.[2]
      )
        candidates.push(i);
      labels.push(block.text);
    }
    // (A dateline's date only with its year: "Nov 15 (Reuters)" under "Wednesday, November 15, 2023" agrees
    // with the bar, which gives the year.)
    const opening = datelineOf((list[firstParagraph] as Block).text, outlets)?.[1] ?? "";
    const yearly = monthNamed().test(opening) && /\b\d{4}\b/u.test(opening);
    if (bars.size > 0 && (metas.some((m) => m.kind === "date" && !bars.has(m)) || yearly))
      for (let k = metas.length - 1; k >= 0; k--) if (bars.has(metas[k] as Meta)) metas.splice(k, 1);
    // Of the lines that may be the headline (section names, an advertisement, the headline, its
    // standfirst), the first of four words or more in the run right above the byline or date; else the
    // first of four words or more; else the first title-like line.
    const full = (i: number) => words((before[i] as Block).text).length >= 4;
    const marker = dated.find((m) => candidates.some((c) => c < m));
    // The run may hold an agency's line between the headline and its date ("headline / (Xinhua) /
    // Updated: …"), or a photo's caption.
    const run: number[] = [];
    if (marker !== undefined) {
      // (A standfirst's sentence may stand between the headline and the byline: "Saudi Arabia buys Turkish
      // drones …" / "Erdogan arrived in Jeddah on Monday …." / "By REUTERS".)
      // (Or with a picture between, its caption and the short title above it: "Starmer and Macron seal …" /
      // "“We simply can’t …” British prime minister says" / "French President visits Britain" / "… | Pool
      // Photo by …" / "July 10, 2025".)
      const pictureTitle = (i: number) => candidates.includes(i) && captions.has(i + 1);
      const pictured = (i: number) =>
        Array.from({ length: marker - 1 - i }, (_, k) => i + 1 + k).every(
          (k) => captions.has(k) || pictureTitle(k),
        ) && captions.has(marker - 1);
      const standfirst = (i: number) =>
        (i === marker - 1 || pictured(i)) &&
        candidates.includes(i - 1) &&
        words((before[i] as Block).text).length <= 60;
      for (
        let i = marker - 1;
        i >= 0 && (candidates.includes(i) || metaLines.has(i) || captions.has(i) || standfirst(i));
        i--
      ) {
        // (A line of metadata above the headline ends its run: "Jerusalem Post Middle East" over the
        // headline, the site's menus above it.)
        if (run.length > 0 && metaLines.has(i) && !candidates.includes(i)) break;
        if (candidates.includes(i)) run.unshift(i);
      }
      // (The picture's title is no headline where another line may be.)
      for (let k = run.length - 1; k >= 0 && run.length > 1; k--)
        if (pictureTitle(run[k] as number)) run.splice(k, 1);
    }
    // (Breadcrumbs run into the headline below them, "HarbourDaily.comNorland NewsDiplomacyVelkova, …": the
    // line below alone.)
    for (let k = run.length - 2; k >= 0; k--) {
      const line = (before[run[k] as number] as Block).text;
      const next = (before[run[k + 1] as number] as Block).text;
      if (line !== next && words(next).length >= 3 && line.endsWith(next)) run.splice(k, 1);
    }
    // A headline printed twice (above the byline and again over the story) is the headline, before a
    // section's name above it ("Foreign and Military Affairs"); a line repeated right below itself is a
    // picture's alternative text.
    const twice = candidates.find(
      (i) =>
        full(i) &&
        list[i + 1]?.text !== (before[i] as Block).text &&
        list.some((block, k) => k > i + 1 && block.text === (before[i] as Block).text),
    );
    // Of several lines of four words or more in that run ("Russia's war in Ukraine" over "Biden and Xi
    // meet during G20 summit in Bali"), the one that the page's address spells most of, if any.
    const slug = new Set(slugWords(options.url) ?? []);
    const spelled = (i: number) =>
      words((before[i] as Block).text).filter((word) =>
        slug.has(word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "")),
      ).length;
    // Breadcrumbs run into the headline, which the line under it prints alone ("Home Headlines President of
    // Colombia … visit to Mexico" over "President of Colombia … visit to Mexico").
    for (let k = 0; k + 1 < run.length; k++) {
      const longer = (before[run[k] as number] as Block).text;
      const own = (before[run[k + 1] as number] as Block).text;
      if (words(own).length >= 4 && longer.length > own.length && longer.endsWith(` ${own}`)) {
        run.splice(k, 1);
        break;
      }
    }
    // The site's motto under its masthead ("Sudan Tribune" / "Plural news and views on Sudan"), a short
    // line with a headline under it that is no standfirst's sentence, is not the headline.
    // (Only a line whose names the story's first paragraph never gives, over one whose names it does:
    // "Biden, Xi agree to curb fentanyl" over its standfirst is the headline.)
    const [head, next] = run;
    const lede = (list[firstParagraph] as Block).text;
    // (A headline in capitals names them in capitals: "BIDEN, LULA FOCUS ON DEMOCRACY".)
    const capitals = (text: string) => !/\p{Ll}/u.test(text);
    const names = (i: number) =>
      words((before[i] as Block).text)
        .slice(capitals((before[i] as Block).text) ? 0 : 1)
        .filter((word) => /^\p{Lu}\p{L}/u.test(word))
        .map((word) => word.replace(/[^\p{L}]+$/u, "").replace(/[’']s$/u, ""))
        .filter((word) => !FUNCTION_WORDS.has(word.toLowerCase()))
        .map((word) =>
          capitals((before[i] as Block).text) ? word.charAt(0) + word.slice(1).toLowerCase() : word,
        );
    // (As whole words: "And" is no name in "Andrew".)
    const inLede = (i: number) =>
      names(i).some((name) => name.length >= 3 && wordPattern(name, "u").test(lede));
    if (
      head !== undefined &&
      next !== undefined &&
      full(next) &&
      words((before[head] as Block).text).length <= 7 &&
      !/[.!?]["”’]?$/u.test((before[next] as Block).text) &&
      !inLede(head) &&
      inLede(next) &&
      metaOf(before[head - 1] ?? { text: "", start: 0, end: 0 }, outlets, vocabulary, cues)?.every(
        (m) => m.kind === "outlet",
      )
    )
      run.shift();
    const fullRun = run.filter(full);
    const bySlug = fullRun.reduce<number | undefined>(
      (best, i) => (spelled(i) >= 2 && (best === undefined || spelled(i) > spelled(best)) ? i : best),
      undefined,
    );
    // With no such run (no date or byline under the headline), the line the address spells three words of
    // or more, over a site's motto or menu above it ("Swiss perspectives in 10 languages").
    const distinctlySpelled = (i: number) =>
      new Set(
        words((before[i] as Block).text)
          .map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ""))
          .filter((word) => word.length >= 2 && !FUNCTION_WORDS.has(word) && slug.has(word)),
      ).size;
    const bySlugAnywhere = candidates
      .filter(full)
      .reduce<number | undefined>(
        (best, i) =>
          distinctlySpelled(i) >= 3 && (best === undefined || distinctlySpelled(i) > distinctlySpelled(best))
            ? i
            : best,
        undefined,
      );
    const headline =
      twice ??
      bySlug ??
      (run.length === 0 ? bySlugAnywhere : undefined) ??
      run.find(full) ??
      run[0] ??
      candidates.find(full) ??
      candidates[0] ??
      -1;
    preamble.push({ at: headline, metas, bodyAt: firstParagraph, labels });
  }

  const articles: ArticleDraft[] = [];
  const entries = [
    ...preamble,
    ...starts.map((start) => ({ ...start, labels: [(list[start.at] as Block).text] })),
  ];
  // A headline printed again a few lines under itself (above the standfirst, then above the picture and
  // the date) heads one article: the second one, with the metadata under it.
  for (let n = entries.length - 2; n >= 0; n--) {
    const [entry, next] = [entries[n], entries[n + 1]];
    if (
      entry &&
      next &&
      entry.at >= 0 &&
      next.at > entry.at &&
      next.at - entry.at <= 3 &&
      (list[entry.at] as Block).text === (list[next.at] as Block).text
    ) {
      next.metas = [...entry.metas, ...next.metas];
      entries.splice(n, 1);
    }
  }
  // The page's first line that is no date alone: where a bracket whose opening a capture cut off may stand.
  const pageOpening = list.find((block) => !isDateOnly(block.text));
  for (const [n, entry] of entries.entries()) {
    const next = n + 1 < entries.length ? (entries[n + 1] as { at: number; bodyAt: number }) : null;
    const end = next ? (next.at >= 0 ? next.at : next.bodyAt) : list.length;
    // (The headline printed again below it, after a picture's caption, is no part of the story: "… Hail
    // Bilateral Talks A Success" over a caption, then the headline again, then "KINGSTON, Jamaica, July 21, 2016
    // (CMC) – …".)
    const repeated = entry.at >= 0 ? list[entry.at]?.text.trim() : undefined;
    let body = list
      .slice(entry.bodyAt, end)
      .filter((block, k) => k === 0 || !repeated || block.text.trim() !== repeated);
    // "more recommended stories" over other stories' headlines and first words: the story ends above it.
    // (Also one the page's furniture holds, left out of the list: "Top stories" over other stories' first
    // sentences.)
    const bodyStart = body[0]?.start ?? 0;
    const heading = all.find(
      (block) =>
        block.start > bodyStart &&
        block.start < (body.at(-1)?.start ?? 0) &&
        isNoise(block, cues) &&
        cues.storyEnd.test(block.text.trim()),
    );
    const teasers = body.findIndex(
      (block, k) =>
        k > 0 && (cues.storyEnd.test(block.text.trim()) || (heading && block.start > heading.start)),
    );
    if (teasers > 0) body = body.slice(0, teasers);
    const first = body[0];
    if (!first) continue;
    // Closing credits and trailing lines that are not paragraphs (related links, tags) are left out.
    const credits: string[] = [];
    let footOutlet: string | null = null;
    let footDate: string | null = null;
    /** Whether the date under the story is labelled as the publication's, not as an update's. */
    let footPublished = false;
    while (body.length > 1) {
      const tail = body.at(-1) as Block;
      // ("By Vafa Guliyeva": a writer's byline under the story, as some sites print it.)
      const signed = /^By\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\.?$/u.exec(tail.text.trim());
      // ("Bd-pratidin English/Fariha Nowshin Chinika": the site and its writer on the story's last line.)
      const siteAndWriter =
        /^(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3})\s*\/\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})$/u.exec(
          tail.text.trim(),
        );
      // ("MAP 21 October 2020": the agency and the day it filed, on the story's last line.)
      const agencyAndDay = filedOn(tail.text.trim());
      // ("Source UATV", "date 16.10.2019": the source and the date under their labels, below the story.)
      const labelled = /^(\p{L}+(?:\s+\p{L}+)?)\s*:?\s+(\S.{0,60})$/u.exec(tail.text.trim());
      const label = labelled?.[1]?.toLowerCase() ?? "";
      // (A name: a few capitalised words and no sentence, "From Lindby, the delegation flew on." is prose.)
      const source = labelled?.[2]?.trim() ?? "";
      // (Only a publisher's letters in capitals, or a name a list knows: "Source: Ministry of Foreign Affairs"
      // names where the story's facts came from.)
      const publisherName =
        /^\p{Lu}[\p{Lu}\d.&/-]{1,9}$/u.test(source) ||
        outletNamed(source, outlets) !== null ||
        matchOutlet(source, outlets) !== null;
      if (
        cues.sourceLabels.has(label) &&
        /^\p{Lu}[\p{L}.&'’/-]*(?:\s+(?:\p{Lu}[\p{L}.&'’/-]*|of|and|the|de|&)){0,4}$/u.test(source) &&
        publisherName &&
        !isTown(source)
      ) {
        footOutlet ??= source;
        body = body.slice(0, -1);
        continue;
      }
      // ("Follow ERR News on Facebook and Twitter and never miss an update!": the publisher asks to be followed.)
      const followed = cues.follow.exec(tail.text.trim())?.[1];
      if (followed && /^\p{Lu}/u.test(followed) && !isTown(followed)) {
        footOutlet ??= followed;
        body = body.slice(0, -1);
        continue;
      }
      // ("First posted July 15, 2008 19:37:00": the first of a publication's times.)
      const footLabel = label.replace(/^first\s+/u, "");
      if (labelled?.[2] && footLabels().has(footLabel) && isDateOnly(labelled[2])) {
        if (footDate === null) footPublished = !/^(?:updated|modified)$/u.test(footLabel);
        footDate ??= labelled[2].trim();
        body = body.slice(0, -1);
        continue;
      }
      if (CREDITS.test(tail.text)) credits.push(...creditNames(tail.text));
      else if (agencyAndDay && !isTown(agencyAndDay.name)) {
        footOutlet ??= agencyAndDay.name;
        footDate ??= agencyAndDay.date;
      } else if (signed?.[1] && writerShaped(signed[1], outlets, cues)) credits.push(signed[1]);
      else if (
        siteAndWriter?.[1] &&
        siteAndWriter[2] &&
        !isTown(siteAndWriter[1]) &&
        writerShaped(siteAndWriter[2].split(/\s+/u).slice(0, 3).join(" "), outlets, cues)
      ) {
        credits.push(siteAndWriter[2]);
        footOutlet ??= siteAndWriter[1];
      } else if (isParagraph(tail) || (tail.end >= text.trimEnd().length && cutShort(tail))) break;
      body = body.slice(0, -1);
    }
    const last = body.at(-1) as Block;
    const bylines = entry.metas.flatMap((meta) =>
      meta.kind === "byline" ? meta.bylines.map(filedFrom) : [],
    );
    const person = entry.metas.find((meta) => meta.kind === "person");
    if (person?.kind === "person")
      bylines.push(filedFrom({ name: person.name, isStaff: false, place: null }));
    // Beside a named author, a staff line naming no outlet is the author's post ("North America
    // correspondent"), not a byline.
    if (bylines.some((byline) => !byline.isStaff))
      for (let k = bylines.length - 1; k >= 0; k--) {
        const name = bylines[k]?.name ?? "";
        if (bylines[k]?.isStaff && !outletNamed(name, outlets) && !matchOutlet(name, outlets))
          bylines.splice(k, 1);
      }
    // "By Nick Ciolino", then "Nick Ciolino" under the writer's picture: one writer.
    for (let k = bylines.length - 1; k > 0; k--) {
      const name = bylines[k]?.name.toLowerCase();
      if (bylines.slice(0, k).some((other) => other.name.toLowerCase() === name)) bylines.splice(k, 1);
    }
    if (bylines.length === 0)
      for (const name of credits) bylines.push({ name, isStaff: cues.staff.test(name), place: null });
    const role = entry.metas.find((meta) => meta.kind === "role");
    // Under a standfirst, the wire story's own first paragraph may hold it ("(Bloomberg) — …"). An agency's
    // bracket alone counts only for a publisher the reference list knows ("(Updated) —" is none).
    const lead = [first, ...(body[1] && words(first.text).length <= 45 ? [body[1]] : [])]
      .map(
        (block) =>
          AGENCY_LEAD.exec(block.text) ??
          (block === pageOpening ? UNOPENED_AGENCY_LEAD.exec(block.text) : null),
      )
      .find((found) => found?.[2] && (outletNamed(found[2], outlets) || matchOutlet(found[2], outlets)));
    // A photo's caption over the story ("… in Tokyo, Japan, 16 March 2023. FRANCK ROBICHON/Pool via
    // REUTERS" over "TOKYO (Reuters) – …"): the dateline of the paragraph under it, when it credits a
    // publisher the lists know.
    // (A caption ends on its credit, with no stop: a photographer's name, "/Pool via REUTERS".)
    // (Or one that ends in the picture's date and a stop: "… in Nanping City, Fujian Province, March 31,
    // 2021.")
    const captionLike = (block: Block) =>
      words(block.text).length <= 60 &&
      ((!/[.!?…]["”’)]?$/u.test(block.text) &&
        (photoCaption(block.text) ||
          /\/|\bvia\s+\p{Lu}/u.test(block.text) ||
          /\p{Ll}[.!?]\s+\p{Lu}[^.!?]{2,60}$/u.test(block.text))) ||
        (/\d{4}\.$/u.test(block.text) && endsLikeCaption(block.text.replace(/\.$/u, ""))));
    // (Or under a standfirst, its caption left out or not: "Lao Prime Minister … concluded a visit …" over
    // "… Thongloun Sisoulith. (Photo: VNA)" over "Hanoi (VNA) – Lao Prime Minister …".)
    const standfirst = words(first.text).length <= 45;
    const underCaption =
      body[1] && (captionLike(first) || standfirst) ? datelineOf(body[1].text, outlets) : null;
    const underBoth =
      body[2] && standfirst && body[1] && captionLike(body[1]) ? datelineOf(body[2].text, outlets) : null;
    // (An agency no list knows counts where the dateline states its day and year: "KINGSTON, Jamaica, July 21,
    // 2016 (CMC) –".)
    const credited =
      [underCaption, underBoth].find(
        (found) =>
          found?.[2] &&
          (outletNamed(found[2], outlets) ||
            matchOutlet(found[2], outlets) ||
            datedInFull.test(found[1]?.trim() ?? "")),
      ) ?? null;
    // A dateline among the lines between the headline and the story, with a publisher the lists know
    // ("SINGAPORE (AP) - The Latest on a meeting … (all times local):" over "5:50 p.m." and the story).
    const own = datelineOf(first.text, outlets);
    const aboveStory = entry.at >= 0 && !own ? list.slice(entry.at + 1, entry.bodyAt) : [];
    // (An agency no list knows counts here too where the dateline states its day and year, on a line of its
    // own: "AKP Phnom Penh, August 22, 2018 —".)
    const creditedAbove = aboveStory
      .map((block) => ({ block, found: datelineOf(block.text, outlets) }))
      .find(
        ({ block, found }) =>
          found?.[2] &&
          (outletNamed(found[2], outlets) ||
            matchOutlet(found[2], outlets) ||
            (found[0].trim() === block.text.trim() && datedInFull.test(found[1]?.trim() ?? ""))),
      )?.found;
    // (A bracket whose opening was cut, "MENAFN - Daily News Egypt) …", reaches past the "MENAFN -" that
    // reads as a place's dash.)
    const dateline =
      (own && lead && lead[0].length > own[0].length && lead.input === first.text ? lead : own) ??
      lead ??
      credited ??
      creditedAbove ??
      null;
    // The agency of a dash's dateline ("BEIJING, June 18 (Reuters) -") is the story's publisher; a
    // colon's ("SOCHI (TASS):") credits the wire a paper took the story from. "(dpa/MIA)": the wire,
    // then the agency that carries it on; the story is the last one's.
    // ("ALBAWABA - Saudi Crown Prince …": a dateline that names the publisher instead of a place.)
    const agency =
      dateline?.[2] && !isDateOnly(dateline[2]) && !/:\s$/u.test(dateline[0])
        ? (dateline[2].split("/").at(-1)?.trim() ?? null)
        : dateline?.[1] && !dateline[2] && outletNamed(dateline[1].trim(), outlets)
          ? dateline[1].trim()
          : null;
    // A line no list knows ("Key Facts") gives way to the agency the dateline names.
    const lineOutlet = entry.metas.find((meta) => meta.kind === "outlet")?.name;
    const named =
      (lineOutlet && (agency === null || outletNamed(lineOutlet, outlets) || matchOutlet(lineOutlet, outlets))
        ? lineOutlet
        : null) ??
      entry.metas.flatMap((meta) => (meta.kind === "byline" && meta.outlet ? [meta.outlet] : []))[0] ??
      (role?.kind === "role" ? role.organization : null) ??
      agency ??
      footOutlet ??
      syndicated;
    const known = named ? (outletNamed(named, outlets) ?? matchOutlet(named, outlets)) : null;
    // "Updated 06:34 am IST - Kathmandu" over a story of talks "held in Kathmandu": a name no list knows that
    // the story places things in is the dateline's town, not a publisher.
    const outletName =
      named && !known && placedIn(named, body.map((block) => block.text).join("\n")) ? null : named;
    const outlet = outletName ? known : null;
    // A known body whose text a news service hands on as issued ("… -- The Prime Minister of Australia issued
    // the following media release:").
    const released = (line: string) => {
      for (const pattern of cues.releaseLines) {
        const source = pattern.exec(line)?.groups?.source?.trim();
        if (source && outletNamed(source, outlets)) return source;
      }
      return undefined;
    };
    // "… involving the United States. (Yonhap)": the agency's bracket that closes the story's last paragraph.
    const closing = /[.!?"”’]\s*\(([^()\n]{2,40})\)\s*$/u.exec(body.at(-1)?.text ?? "")?.[1];
    const closingCredit = closing ? outletNamed(closing, outlets)?.name : undefined;
    // "…, the press service says, Trend reports.": an agency that names itself in the present tense at the end
    // of the story's first sentences, as some wires write their own copy ("Reuters reported" cites another).
    const selfCredit =
      /,\s+(?:the\s+)?(\p{Lu}[\p{L}.&’'-]*(?:\s+\p{Lu}[\p{L}.&’'-]*){0,3})\s+(?:reports|informs)\.(?:\s|$)/u.exec(
        first.text,
      )?.[1];
    // (Only the dateline's agency or the agency a writer's name runs into: a byline's "with Reuters",
    // "Special to The Times" or "Al Jazeera Staff and Reuters" leaves the story the site's.)
    const creditedName =
      agency ??
      released(first.text) ??
      entry.metas.flatMap((meta) =>
        meta.kind === "byline" && meta.agency && meta.outlet ? [meta.outlet] : [],
      )[0] ??
      (selfCredit ? shortOutletName(selfCredit, outlets) : null) ??
      closingCredit;
    const creditedBy = creditedName
      ? (outletNamed(creditedName, outlets) ?? matchOutlet(creditedName, outlets))
      : null;
    const colonAgency =
      dateline?.[2] && !isDateOnly(dateline[2]) && /:\s$/u.test(dateline[0])
        ? (dateline[2].split("/").at(-1)?.trim() ?? "")
        : "";
    const sourcedBy = colonAgency
      ? (outletNamed(colonAgency, outlets) ?? matchOutlet(colonAgency, outlets))
      : null;
    const country = outlet?.country ?? options.country ?? null;
    // (A date labelled as the publication's over one labelled as an update's printed first; otherwise the
    // first date.)
    const firstDate = entry.metas.find((meta) => meta.kind === "date");
    // ("Updated July 15, 2008 21:52:00" over the story and "First posted July 15, 2008 19:37:00" under it:
    // the publication's below wins.)
    const publishedMeta = entry.metas.find((meta) => meta.kind === "date" && meta.published);
    const dateMeta =
      firstDate?.kind === "date" && firstDate.updated
        ? (publishedMeta ?? (footDate && footPublished ? undefined : firstDate))
        : firstDate;
    // A dated dateline ("WASHINGTON, Sept. 10, 2013 –", "KINGSTON, Jamaica, Jul 19 2016 –", "BEIJING, June 18
    // (Reuters) -", "February 19th", "DUSHANBE, 23.07.2018.") states the day
    // the story was filed: its publication date when no line of the page states one (a date without its
    // year is read against the capture time, and stays unresolved without one).
    const datelineDate =
      new RegExp(
        `(?:(?:${wordAlternatives(calendarNames("months"))})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s*\\d{4})?|\\d{1,2},?\\s+(?:${wordAlternatives(calendarNames("months"))})\\.?(?:,?\\s+\\d{4})?|(?<=[\\s,])\\d{1,2}[./]\\d{1,2}[./]\\d{4})$`,
        "iu",
      ).exec(dateline?.[1] ?? "")?.[0] ??
      // (Or a date with its year at the end of the dateline's bracket: "BELGRADE (UrduPoint News / Sputnik -
      // 01st March, 2023)".)
      new RegExp(
        `[-—–,]\\s*((?:(?:${wordAlternatives(calendarNames("months"))})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${wordAlternatives(calendarNames("months"))})\\.?,?)\\s+\\d{4})\\s*$`,
        "iu",
      ).exec(dateline?.[2] ?? "")?.[1] ??
      null;
    let publishedText =
      dateMeta?.kind === "date"
        ? dateMeta.text
        : ((entry.at < 0 ? (leadingDate(first.text, cues) ?? datelineDate) : datelineDate) ?? footDate);
    // "Oct. 22" on a page whose address is dated (/2022/10/22/, /2023-05-06/, /AEN20230506002455315): the
    // address gives the year the line leaves out (the text stays as written), when the two days are at
    // most two apart (a story filed in Seoul on the 7th is numbered on the 6th, Washington's day).
    let readable = publishedText;
    if (publishedText && publishedText === datelineDate && !/\b\d{4}\b/u.test(publishedText) && options.url) {
      const path =
        /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/u.exec(options.url) ??
        /(?:^|[^\d])((?:19|20)\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?=\d{0,12}(?:[^\d]|$))/u.exec(
          pathOf(options.url),
        );
      const [read] = chrono.parse(publishedText);
      const month = read?.start.get("month");
      const day = read?.start.get("day");
      if (path && month && day) {
        const year = Number(path[1]);
        const apart = Math.abs(
          Date.UTC(year, month - 1, day) - Date.UTC(year, Number(path[2]) - 1, Number(path[3])),
        );
        if (apart <= 2 * 86_400_000) readable = `${publishedText}, ${year}`;
      }
      // ("NAIROBI, Kenya, Mar 12 –" on /news/2020/03/…: an address filed by year and month, the dateline's
      // month.)
      const filed = path ? null : /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2])\//u.exec(pathOf(options.url));
      if (filed && month && Number(filed[2]) === month) readable = `${publishedText}, ${filed[1]}`;
    }
    // Else a full date the story's page prints, at most a week from the dateline's day ("WASHINGTON, Aug. 26"
    // under a caption's "on Aug. 25, 2025"), gives its year, when every such date agrees on one.
    if (readable === datelineDate && publishedText && !/\b\d{4}\b/u.test(publishedText)) {
      // (The whole page when it holds this story alone: its captions print dates too.)
      const year = yearNear(
        publishedText,
        entries.length === 1 ? text : text.slice(list[entry.at]?.start ?? first.start, last.end),
      );
      if (year !== null) readable = `${publishedText}, ${year}`;
    }
    let published = readable
      ? readPublished(
          readable,
          country,
          options.capturedAt,
          yearEndOfAddress(options.url ?? metadata?.url ?? null),
        )
      : { at: null, precision: "UNKNOWN" as const };
    const bodyText = text.slice(first.start, last.end);
    const headlineText = entry.at >= 0 ? (list[entry.at] as Block).text : null;
    // No headline line: one stated inside a line of the page's own (a feed footer, a citation), else the
    // first sentence.
    const stated =
      headlineText === null && entries.length === 1
        ? all
            .map((block) => cues.titleLines.map((cue) => cue.exec(block.text)?.groups?.title).find(Boolean))
            .find(Boolean)
        : undefined;
    // Else the headline that the page's address spells ("/secretary-blinkens-meeting-with-…/"), before the
    // first sentence: a page without a headline line is most often a transcript or a readout whose first
    // sentence is a speaker's greeting or the whole first paragraph.
    const addressed =
      headlineText === null && !stated && entries.length === 1
        ? titleFromAddress(options.url ?? metadata?.url ?? null, text)
        : null;
    // A headline line that holds breadcrumbs or the site's name around the headline its address spells.
    const trimmed =
      headlineText !== null && entries.length === 1
        ? headlineInLine(options.url ?? metadata?.url ?? null, headlineText)
        : null;
    // A headline line the address does not spell ("Most Widely Read Newspaper", "We need your support. Know
    // More": a site's motto or appeal) while a line above the story prints every word the address spells, in
    // order: that line is the headline.
    const address = options.url ?? metadata?.url ?? null;
    const spelledLine = (() => {
      if (headlineText === null || trimmed !== null || entries.length !== 1) return null;
      const slug = new Set(slugWords(address) ?? []);
      const shared = new Set(
        words(headlineText)
          .map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ""))
          .filter((word) => word.length >= 2 && !FUNCTION_WORDS.has(word) && slug.has(word)),
      ).size;
      // (Only over a line no headline would be, a motto of five words or fewer or two sentences: a kicker
      // over the headline, "A handshake at last on the water", may spell nothing of the address either.)
      const furniture = words(headlineText).length <= 5 || /\p{Ll}[.!?]\s+\p{Lu}/u.test(headlineText);
      if (slug.size < 4 || shared >= 2 || !furniture) return null;
      const found = titleFromAddress(address, text);
      const line = all.find(
        (block) =>
          block.start < first.start &&
          (block.text.replace(/\s+/gu, " ") === found || headlineInLine(address, block.text) === found),
      );
      if (line && found) return found;
      // (Or a headline line above the story that holds three quarters of the address's words in any order:
      // "India, Indonesia Discuss Joint Defence Manufacturing and Maritime Security During Prabowo’s Visit"
      // on /prabowo-india-indonesia-defence-manufacturing-maritime-security/.)
      const covered = (block: Block) =>
        new Set(
          words(block.text)
            .map((word) =>
              word
                .toLowerCase()
                .replace(/[’']s$/u, "")
                .replace(/[^\p{L}\p{N}]/gu, ""),
            )
            .filter((word) => slug.has(word)),
        ).size;
      const best = all
        .filter((block) => block.start < first.start && isHeadlineLine(block))
        .reduce<Block | null>((a, b) => (a === null || covered(b) > covered(a) ? b : a), null);
      return best && covered(best) >= 4 && covered(best) * 4 >= slug.size * 3 ? best.text : null;
    })();
    // A kicker of a few words over the headline right under it ("Wide range of issues" over "Iraq, Iran sign
    // 14 agreements to strengthen bilateral cooperation", the story under both): the longer line is the
    // headline. (Not a standfirst, which is a sentence with its stop.)
    const under = entry.at >= 0 ? list[entry.at + 1] : undefined;
    const kicked =
      headlineText !== null &&
      spelledLine === null &&
      trimmed === null &&
      under !== undefined &&
      under.start < first.start &&
      words(headlineText).length <= 5 &&
      !/[.!?:]$/u.test(headlineText) &&
      words(under.text).length >= 6 &&
      words(under.text).length <= 20 &&
      !/[.!?]["”’]?$/u.test(under.text) &&
      isHeadlineLine(under) &&
      !metaOf(under, outlets, vocabulary, cues)
        ? under.text
        : null;
    let title =
      spelledLine ??
      trimmed ??
      kicked ??
      headlineText ??
      stated?.trim() ??
      addressed ??
      // (The first sentence without the dateline it opens with.)
      firstSentence(
        dateline && bodyText.startsWith(dateline[0]) ? bodyText.slice(dateline[0].length) : bodyText,
        cues.abbreviations,
      );
    let titleFromBody = headlineText === null && !stated && !addressed;
    const primary = n === 0;
    // The page's own metadata describes its first (most often its only) article.
    if (primary && metadata) {
      if (metadata.title) {
        title = metadata.title;
        titleFromBody = false;
      }
      if (metadata.publishedAt) {
        const stated = metadata.publishedAt;
        publishedText = stated instanceof Date ? stated.toISOString() : stated;
        published =
          stated instanceof Date
            ? { at: stated, precision: "MINUTE" }
            : readPublished(
                stated,
                country,
                options.capturedAt,
                yearEndOfAddress(options.url ?? metadata?.url ?? null),
              );
      }
      if (bylines.length === 0 && metadata.authors?.length)
        for (const name of metadata.authors)
          bylines.push({ name, isStaff: cues.staff.test(name), place: null });
    }
    // "… since 2015 By Reuters": the publisher's credit run on after the headline, a byline of its own;
    // "… anti-drug policy | News": a section's or a site's label after a bar.
    const credit = / By (\p{Lu}[\p{L}.&' -]{1,40})$/u.exec(title);
    if (credit?.[1] && outletNamed(credit[1], outlets)) {
      title = title.slice(0, credit.index).trim();
      if (bylines.length === 0) bylines.push({ name: credit[1], isStaff: true, place: null });
    }
    // (Not a show's episode: "… | Episode 118 TRANSCRIPT".)
    const bar = /\s+\|\s+([^|\d]+)$/u.exec(title);
    if (
      bar?.[1] &&
      (words(bar[1]).length <= 2 || outletNamed(bar[1], outlets)) &&
      words(title.slice(0, bar.index)).length >= 4
    )
      title = title.slice(0, bar.index).trim();
    // "Xi holds talks with Putin-Xinhua": a publisher the lists know run on after a hyphen ("… summit —
    // Kremlin", spaced, names the source of what the headline says).
    const signedOff = /(?<=\p{L})-(\p{Lu}[^-–—|\s]{1,40})$/u.exec(title);
    if (
      signedOff?.[1] &&
      outletNamed(signedOff[1], outlets) &&
      words(title.slice(0, signedOff.index)).length >= 4
    )
      title = title.slice(0, signedOff.index).trim();
    // "“Pakistan PM Invites US Investment, Discusses Gaza Conflict with Trump”": a headline set whole inside
    // quotation marks that quote nobody (no one speaks in the first or second person) is the words inside.
    // (Only a headline in title case: "“Norland will never close the river”" is someone's claim.)
    const enclosed = /^["“]([^"“”]{10,})["”]$/u.exec(title);
    const long = words(enclosed?.[1] ?? "").filter((word) => /^\p{L}{4,}/u.test(word));
    if (
      enclosed?.[1] &&
      long.length >= 3 &&
      long.filter((word) => /^\p{Lu}/u.test(word)).length >= long.length * 0.8 &&
      !/(?<![\p{L}])(?:I|[Ww]e|[Mm]e|[Mm]y|[Oo]ur|us|[Yy]ou|[Yy]our)(?![\p{L}])/u.test(enclosed[1])
    )
      title = enclosed[1].trim();
    // ("NZ Foreign Minister receives warm welcome from King Tupou VI [1]": a print view's mark of a link; "Demeke
    // Confers with Kenyan Cabinet Secretary –": the dash that the site's name after it had.)
    title = title.replace(/\s*\[\d{1,2}\]$/u, "").replace(/(?<=\p{L})\s+[-–—|]$/u, "");
    // ("Biya meets Chinese Vice Minister of Foreign Affairs 0": a count of comments run on after a headline
    // whose address ends on the word before it.)
    const counted = /\s+\d{1,4}$/u.exec(title);
    const slug = (options.url ?? "").toLowerCase().replace(/[/.]+(?:html?|php|aspx?)?$/u, "");
    if (
      counted &&
      slug?.endsWith(
        (words(title.slice(0, counted.index)).at(-1) ?? " ").toLowerCase().replace(/[^\p{L}\p{N}]/gu, ""),
      )
    )
      title = title.slice(0, counted.index);
    const fromAffiliation = role?.kind === "role" && outletName === role.organization;
    articles.push({
      title,
      titleFromBody,
      outletName: outlet?.name ?? outletName,
      creditedOutlet: creditedBy?.name ?? null,
      sourceOutlet: sourcedBy?.name ?? null,
      bylines,
      authorRole: role?.kind === "role" ? `${role.role}, ${role.organization}` : null,
      publishedAt: published.at,
      publishedPrecision: published.precision,
      publishedText,
      genre: genreOf(
        [title, ...entry.labels],
        body
          .slice(0, 2)
          .map((block) => block.text)
          .join("\n"),
        bodyText,
        fromAffiliation,
        cues,
        primary ? metadata?.genre : undefined,
        primary ? (options.url ?? metadata?.url ?? null) : null,
        outlets,
      ),
      dateline: dateline?.[1]?.trim() || null,
      // (Or an agency's bracket alone, "(MENAFN - Daily News Egypt)", as written.)
      opening:
        dateline?.[1]?.trim() ||
        (dateline === lead && lead?.[0] ? lead[0].replace(/\s*[-—–]*\s*$/u, "") : null) ||
        null,
      start: first.start,
      end: last.end,
    });
  }
  // A teaser: a story's first paragraph printed under its headline, then a video's or a standfirst's lines
  // read as another story's headline, then the story with that paragraph again. The story is one, under the
  // first headline, its body where the paragraph is printed the second time.
  const flat = (from: number, to: number) => text.slice(from, to).replace(/\s+/gu, " ").trim();
  for (let i = articles.length - 2; i >= 0; i--) {
    const teaser = articles[i] as ArticleDraft;
    const story = articles[i + 1] as ArticleDraft;
    const words = flat(teaser.start, teaser.end);
    if (words.length < 80 || teaser.titleFromBody || !flat(story.start, story.end).includes(words)) continue;
    // (What the story's own lines leave unsaid, the teaser's may say: its byline, its date, its outlet.)
    const dated = (a: ArticleDraft) => ["DAY", "HOUR", "MINUTE"].includes(a.publishedPrecision);
    const date = dated(story) || !dated(teaser) ? story : teaser;
    articles.splice(i, 2, {
      ...story,
      title: teaser.title,
      titleFromBody: false,
      bylines: story.bylines.length ? story.bylines : teaser.bylines,
      authorRole: story.authorRole ?? teaser.authorRole,
      outletName: story.outletName ?? teaser.outletName,
      creditedOutlet: story.creditedOutlet ?? teaser.creditedOutlet,
      sourceOutlet: story.sourceOutlet ?? teaser.sourceOutlet,
      publishedAt: date.publishedAt,
      publishedPrecision: date.publishedPrecision,
      publishedText: date.publishedText,
      genre: teaser.genre === "REPORT" ? story.genre : teaser.genre,
    });
  }
  return { pageDate, articles };
}
