/**
 * The date of the meeting an article reports, read from its text ("on Sunday", "today", "June 18",
 * "yesterday", "last week") against the day the article was published, or else the day the page was
 * captured, and never against the machine's clock: with neither, only a date that states its year
 * resolves, and the others stay unresolved.
 *
 * The publication day is the day as the page prints it (its own time zone), so a readout posted late on the
 * 19th saying "met today" is about the 19th. A date written out ("June 19") wins over a relative word, so a
 * transcript posted on the 20th of a meeting it dates the 19th keeps the 19th. A past-tense sentence never
 * dates the meeting after the publication day ("on Friday" is the last Friday); a date after a future cue
 * ("will meet on Friday") reads forward.
 *
 * chrono-node reads the expressions; the rules above are what it cannot know.
 */
import { type TimePrecision, toCodePointIndex } from "@readout/db";
import * as chrono from "chrono-node";
import { abbreviationsOf, reference, wordAlternatives } from "../vocabulary.ts";

export interface ReferenceDay {
  /** YYYY-MM-DD, as the page prints it. */
  day: string;
  /**
   * What the day is: the article's publication, the date in the page's address (a site files a story under
   * the day it posts it) or the page's capture.
   */
  source: "published" | "address" | "captured";
}

export interface MeetingDate {
  /** YYYY-MM-DD, or null when the words name a span ("last week") or nothing to read them against. */
  day: string | null;
  /** For a span: its first and last day. */
  range: { from: string; to: string } | null;
  /** The words, and their code-point offsets in the body. */
  text: string;
  start: number;
  end: number;
  /** How it was read: written out, relative to the reference day, a weekday, or a span. */
  how: "stated" | "relative" | "weekday" | "span";
  /** The date of a meeting noun it stands before ("Friday's meeting", "the Feb. 27-28 summit"). */
  attached?: boolean;
  /** Whose clause says the meeting is to come ("would meet in New Delhi on June 27-28"). */
  ahead?: boolean;
}

const DAY_MS = 86_400_000;
const iso = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (day: string, days: number) => iso(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
/**
 * The day of the week that words name ("on Saturday", "Saturday's talks"), as Date.getUTCDay counts it
 * (Sunday 0), by the full names of calendar.yaml; null for none, or for two different days.
 */
let weekdayPatterns: { pattern: RegExp; day: number }[] | undefined;
export function weekdayOf(words: string | null | undefined): number | null {
  if (!words) return null;
  // (Each day's place in the week by its own name, not by the order of calendar.yaml.)
  const week = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
  weekdayPatterns ??= reference()
    .calendar.days.map((day) => ({
      pattern: new RegExp(`(?<![\\p{L}])${day.name}(?![\\p{L}])`, "iu"),
      day: week.indexOf(day.name.toLowerCase()),
    }))
    .filter((entry) => entry.day >= 0);
  const found = new Set(
    weekdayPatterns.filter((entry) => entry.pattern.test(words)).map((entry) => entry.day),
  );
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/** The day of the week of a YYYY-MM-DD day (Sunday 0). */
export const weekdayOfDay = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

export const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const cuePattern = (cues: string[]) =>
  new RegExp(
    `(?<![\\p{L}])(?:${cues.map((cue) => escapeRegExp(cue).replace(/ /g, "\\s+")).join("|")})(?![\\p{L}])`,
    "iu",
  );

/**
 * The day a page's address files it under: "/news/2022/11/14/…", "/2022/nov/04/…", "/20231117/…",
 * "…-2022-11-04/". Null when it gives none, or only a month. Not a publication date the page states (the
 * article keeps none), but the day its relative words ("on Wednesday") are read against.
 */
export function dayInAddress(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname.toLowerCase();
  } catch {
    return null;
  }
  const months = reference().calendar.months.map((m) => [m.name, ...m.short].map((n) => n.toLowerCase()));
  const found =
    /(?:^|\/)((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/u.exec(path) ??
    /(?:^|[/_-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)/u.exec(path) ??
    /(?:^|\/)((?:19|20)\d{2})(\d{2})(\d{2})(?:\/|$)/u.exec(path);
  const named = found ? null : /(?:^|\/)((?:19|20)\d{2})\/([a-z]{3,9})\/(\d{1,2})(?:\/|$)/u.exec(path);
  const month = found
    ? Number(found[2])
    : named
      ? months.findIndex((names) => names.includes(named[2] as string)) + 1
      : 0;
  const [year, day] = found
    ? [Number(found[1]), Number(found[3])]
    : named
      ? [Number(named[1]), Number(named[3])]
      : [0, 0];
  if (!year || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || iso(date) !== text ? null : text;
}

/**
 * The day an article is dated by: its publication as printed, else the day its page's address gives, else
 * the capture of its page.
 */
export function referenceDay(
  published: { at: Date | null; precision: TimePrecision; text: string | null },
  capturedAt: Date | null | undefined,
  addressDay: string | null = null,
): ReferenceDay | null {
  // A month or a year is no day to read "on Sunday" against: the address's day or the capture day is.
  const toTheDay = ["DAY", "HOUR", "MINUTE", "RELATIVE"].includes(published.precision);
  if (published.at && toTheDay) {
    // The day as printed: "Jun 18, 2023 10:51 PM" is the 18th wherever it is read.
    const printed = published.text ? chrono.parse(published.text, published.at)[0] : undefined;
    if (printed?.start.isCertain("day") && printed.start.isCertain("month")) {
      const year = printed.start.get("year") ?? published.at.getUTCFullYear();
      const day = `${String(year).padStart(4, "0")}-${String(printed.start.get("month")).padStart(2, "0")}-${String(printed.start.get("day")).padStart(2, "0")}`;
      if (Math.abs(daysBetween(day, iso(published.at))) <= 1) return { day, source: "published" };
    }
    return { day: iso(published.at), source: "published" };
  }
  if (addressDay) return { day: addressDay, source: "address" };
  if (capturedAt) return { day: iso(capturedAt), source: "captured" };
  return null;
}

interface Sentence {
  text: string;
  start: number;
}

/**
 * The dates chrono reads in a text, but for a weekday's short form written as a common word: "they first
 * sat down for a private meeting" names no Saturday, "a sun-drenched terrace" no Sunday. A weekday with
 * neither a capital nor "day" in its words is such a word.
 */
/** "March 6 to 10", "6-10 March 2023": the span a stated date opens, to its last day (in the same year). */
function spanOf(result: chrono.ParsedResult, day: string): { from: string; to: string } | null {
  const end = result.end;
  if (!end?.isCertain("day")) return null;
  const to = `${day.slice(0, 4)}-${String(end.get("month")).padStart(2, "0")}-${String(end.get("day")).padStart(2, "0")}`;
  return to > day ? { from: day, to } : null;
}

export function datesIn(text: string, reference?: Date): chrono.ParsedResult[] {
  // ("from January 6 – 8": an en dash between two numbers, spaced or not, read as the hyphen chrono knows;
  // one character for one, and each result's words taken back from the text. An em dash parts clauses:
  // "met on March 5 — 12 agreements were signed".)
  const dashed = text.replace(/(?<=\d)(\s*)–(?=\s*\d)/gu, "$1-");
  return chrono
    .parse(dashed, reference)
    .map((result) => {
      // (chrono's result types keep `text` read-only; the object is ours to correct.)
      if (dashed !== text)
        Object.assign(result, { text: text.slice(result.index, result.index + result.text.length) });
      return result;
    })
    .filter(
      (result) =>
        !(
          result.start.isCertain("weekday") &&
          !result.start.isCertain("day") &&
          !/\p{Lu}|day(?![\p{L}])/u.test(result.text)
        ) &&
        // ("… is now in Fiji for her first official visit": "now" is the time of writing, no day of a meeting.)
        !/^(?:right\s+)?now$/iu.test(result.text.trim()),
    );
}

let shortForms: Set<string> | undefined;
/** Words after which a full stop ends no sentence (vocabulary.yaml's abbreviations, calendar.yaml's short forms). */
const abbreviations = () => {
  shortForms ??= new Set(
    [
      ...abbreviationsOf(reference().vocabulary),
      ...reference().calendar.days.flatMap((day) => day.short),
    ].map((word) => word.toLowerCase().replace(/\.$/, "")),
  );
  return shortForms;
};

/**
 * The text's sentences. A full stop after an initial or an abbreviation ("U.S.", "J.", "Nov.", "Sen.")
 * ends none, nor one followed by a word in lower case or a figure: "met with U.S. Secretary of State
 * Antony Blinken on Monday" and "met on Nov. 14" are one sentence each.
 */
function sentences(body: string): Sentence[] {
  const result: Sentence[] = [];
  const short = abbreviations();
  let start = 0;
  for (const match of body.matchAll(/[.!?]+(?=\s|$)|\n/gu)) {
    const end = match.index + match[0].length;
    if (match[0] === ".") {
      const word = /([\p{L}.]+)$/u.exec(body.slice(start, match.index))?.[1] ?? "";
      const initials = /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word);
      const next = /^[^\S\n]*(\S)/u.exec(body.slice(end))?.[1] ?? "";
      if (initials || short.has(word.toLowerCase()) || /[\p{Ll}\d]/u.test(next)) continue;
    }
    const text = body.slice(start, end);
    if (text.trim()) result.push({ text, start });
    start = end;
  }
  const rest = body.slice(start);
  if (rest.trim()) result.push({ text: rest, start });
  return result;
}

/**
 * A picture's credit closing a line: a bracket holding a photographer and an agency ("(Adrian Wyld/The
 * Canadian Press)") or a photo word of page.yaml ("(Getty Images)", "(AP Photo/Evan Vucci)").
 */
let creditPattern: RegExp | undefined;
const photoCredit = () =>
  (creditPattern ??= new RegExp(
    `\\((?:[^()/]{2,60}\\/[^()/]{2,60}|[^()]{0,60}(?<![\\p{L}])(?:${wordAlternatives(reference().page.photoCreditWords)})(?![\\p{L}])[^()]{0,60})\\)\\s*$`,
    "iu",
  ));

let archivePattern: RegExp | null | undefined;
/** Words of a picture taken before the story (page.yaml archivePhotoWords), or null with none. */
const archivePhoto = () => {
  if (archivePattern === undefined) {
    const words = reference().page.archivePhotoWords;
    archivePattern = words.length
      ? new RegExp(`(?<![\\p{L}])(?:${wordAlternatives(words)})(?![\\p{L}])`, "iu")
      : null;
  }
  return archivePattern;
};

const WEEK = /\b(last|this|past|earlier this)\s+week\b/i;
const DURATION = /\b(hours?|minutes?|days?|weeks?|months?|years?)\b(?!\s*ago)/i;
const RELATIVE = /\b(today|tonight|yesterday|this (morning|afternoon|evening)|earlier today)\b/i;

/**
 * Whether the date at `index` of a sentence is to come: a future cue in its clause before it ("will meet
 * on Friday", "meets Putin Wednesday"); with none there but a meeting word, it is past ("met Friday with
 * Wang, a meeting expected to lead to a summit next month", "told Biden on Wednesday that China had no
 * plans to"); a date with neither before it ("On Sunday, Blinken will meet Qin") is left to the caller
 * (null), which goes by the sentence.
 */
function clauseLooksForward(
  sentence: string,
  index: number,
  meeting: RegExp,
  future: RegExp,
): boolean | null {
  const clauseStart =
    Math.max(...[",", ";", ":", "—", "–", "("].map((mark) => sentence.lastIndexOf(mark, index - 1))) + 1;
  const before = sentence.slice(clauseStart, index);
  if (future.test(before)) return true;
  return meeting.test(before) ? false : null;
}

/**
 * Dates of the meeting in an article: every date in a sentence about the meeting (cue words), resolved
 * against the reference day. The first written-out date is the meeting's; else the first relative one.
 */
export function meetingDates(
  body: string,
  reference: ReferenceDay | null,
  cues: {
    meeting: string[];
    future: string[];
    nouns?: string[];
    grammar?: string[];
    occasions?: string[];
    homecoming?: string[];
  },
): MeetingDate[] {
  const meeting = cuePattern(cues.meeting);
  const future = cuePattern(cues.future);
  // "Friday's meeting brought together …", "on the Feb. 27-28 summit": a date that names the meeting it
  // stands before, give or take two words ("Friday's trilateral summit").
  // (One word between at most, in small letters and no word of grammar: "2019-02-08 Trump says summit …",
  // "on Sunday after the talks" and "on Sunday she would call" name none.)
  const nouns = cues.nouns?.length
    ? new RegExp(
        `^(?:['’]s)?\\s+(?:(?!(?:${wordAlternatives(cues.grammar ?? [])})\\s)[\\p{Ll}-]+\\s+)?(?:${wordAlternatives(cues.nouns)})(?![\\p{L}])`,
        "u",
      )
    : null;
  // "since the October 7 attack": a date before a noun of another occasion (linking.yaml otherOccasionNouns).
  const otherNoun = cues.occasions?.length
    ? new RegExp(`^\\s+(?:[\\p{L}-]+\\s+)?(?:${wordAlternatives(cues.occasions)})(?![\\p{L}])`, "iu")
    : null;
  // "who returned to the country via Davao airport on Tuesday night": a date in a clause of coming home.
  const homecoming = cues.homecoming?.length
    ? new RegExp(`(?<![\\p{L}])(?:${wordAlternatives(cues.homecoming)})(?![\\p{L}])`, "iu")
    : null;
  const noon = reference ? new Date(`${reference.day}T12:00:00Z`) : undefined;
  const stated: MeetingDate[] = [];
  // A photo's caption dates the picture, often of an earlier meeting ("… meets Biden in Mexico City on
  // Jan. 10, 2023. (Adrian Wyld/The Canadian Press)"): its line ends in the picture's credit. Its dates
  // count only where the text gives none of its own.
  const captioned: MeetingDate[] = [];
  const credit = photoCredit();
  const archive = archivePhoto();
  // A day of the week whose clause told whether it is past or to come ("held talks in Budapest on
  // Thursday"): the same day named again with no such clause ("during the Thursday talks", in a sentence
  // that looks ahead to something else) is the same day.
  const weekdays = new Map<number, boolean>();
  for (const sentence of sentences(body)) {
    if (!meeting.test(sentence.text)) continue;
    const lineStart = body.lastIndexOf("\n", sentence.start) + 1;
    const lineEnd = body.indexOf("\n", sentence.start);
    const line = body.slice(lineStart, lineEnd < 0 ? body.length : lineEnd);
    // "A file photo of … from June 19, 2023 (Reuters)": an earlier occasion's picture.
    if (line.length <= 400 && archive?.test(line)) continue;
    const found = line.length <= 400 && credit.test(line) ? captioned : stated;
    const results = datesIn(sentence.text, noon ?? new Date(0));
    // The sentence without its quotations, made when first needed.
    let narratedText: string | undefined;
    const narrated = () => {
      if (narratedText === undefined)
        narratedText = sentence.text.replace(/“[^“”]*”|"[^"]*"/gu, (quoted) => " ".repeat(quoted.length));
      return narratedText;
    };
    for (const [n, result] of results.entries()) {
      // "on Thursday (October 26)": the weekday's own date follows it; that one is read.
      const next = results[n + 1];
      if (
        next &&
        result.start.isCertain("weekday") &&
        !result.start.isCertain("day") &&
        next.start.isCertain("day") &&
        next.start.isCertain("month") &&
        /^\s*\(\s*$/u.test(sentence.text.slice(result.index + result.text.length, next.index))
      )
        continue;
      const told = clauseLooksForward(sentence.text, result.index, meeting, future);
      // (A day's name alone, in the story's own sentences: not a caption's, nor one with its date written,
      // nor "last Thursday" or "next Thursday", which say their own direction.)
      const weekday =
        result.start.isCertain("weekday") &&
        !result.start.isCertain("day") &&
        !/(?<![\p{L}])(?:last|next|this|past|coming)\s/iu.test(result.text)
          ? result.start.get("weekday")
          : null;
      if (weekday !== null && told !== null && found === stated && !weekdays.has(weekday))
        weekdays.set(weekday, told);
      const forward =
        told ??
        (weekday !== null ? weekdays.get(weekday) : undefined) ??
        // (The narrator's words only: "“Delighted to meet my friend …,” Modi posted on X on Monday" looks
        // back, whatever the quotation's verbs.)
        future.test(narrated());
      const text = result.text.replace(/[\s,;:]+$/u, "");
      const at = sentence.start + result.index;
      const after = sentence.text.slice(result.index + text.length);
      const attached = nouns?.test(after) ?? false;
      // "since the October 7 attack", "Hamas's October 7 attack": a date before another noun, after "the" or a
      // possessive, names another occasion, not the meeting's day.
      if (
        !attached &&
        result.start.isCertain("month") &&
        /(?:^|\s)the\s+$|\p{L}['’]s\s+$/iu.test(sentence.text.slice(0, result.index)) &&
        otherNoun?.test(after)
      )
        continue;
      // (Its clause only: from the last comma, semicolon or dash before it.)
      const clause =
        sentence.text
          .slice(0, result.index)
          .split(/[,;—–]/u)
          .at(-1) ?? "";
      if (!attached && homecoming?.test(clause)) continue;
      const span = {
        text,
        start: toCodePointIndex(body, at),
        end: toCodePointIndex(body, at + text.length),
        ...(attached ? { attached } : {}),
        ...(told === true ? { ahead: true } : {}),
      };
      if (WEEK.test(text)) {
        if (!reference) {
          found.push({ day: null, range: null, how: "span", ...span });
          continue;
        }
        // Monday to Sunday of the week meant.
        const weekday = (new Date(`${reference.day}T00:00:00Z`).getUTCDay() + 6) % 7;
        const monday = addDays(reference.day, -weekday - (/last|past/i.test(text) ? 7 : 0));
        const sunday = addDays(monday, 6);
        found.push({
          day: null,
          range: { from: monday, to: sunday < reference.day || forward ? sunday : reference.day },
          how: "span",
          ...span,
        });
        continue;
      }
      if (DURATION.test(text)) continue;
      const start = result.start;
      // With nothing to read it against, only a date written out in full resolves.
      if (!reference) {
        // chrono marks "yesterday" certain against its own clock: the year must be in the words.
        const full =
          /\b\d{4}\b/.test(text) &&
          start.isCertain("year") &&
          start.isCertain("month") &&
          start.isCertain("day");
        const day = full
          ? `${String(start.get("year")).padStart(4, "0")}-${String(start.get("month")).padStart(2, "0")}-${String(start.get("day")).padStart(2, "0")}`
          : null;
        found.push({
          day,
          range: day ? spanOf(result, day) : null,
          how: full ? "stated" : "relative",
          ...span,
        });
        continue;
      }
      const written = start.isCertain("day") && start.isCertain("month") && !RELATIVE.test(text);
      if (RELATIVE.test(text)) {
        if (!reference) {
          found.push({ day: null, range: null, how: "relative", ...span });
          continue;
        }
        found.push({ day: iso(start.date()), range: null, how: "relative", ...span });
        continue;
      }
      if (!written && start.isCertain("weekday")) {
        if (!reference) {
          found.push({ day: null, range: null, how: "weekday", ...span });
          continue;
        }
        const want = start.get("weekday") ?? 0;
        const today = new Date(`${reference.day}T00:00:00Z`).getUTCDay();
        let offset = forward ? (want - today + 7) % 7 : -((today - want + 7) % 7);
        // A site files a story under the day it first posts it and updates it there: "talks on Wednesday"
        // in a story filed on the Tuesday before is the next day's, told once it happened, not last week's.
        if (reference.source === "address" && offset === -6) offset = 1;
        found.push({ day: addDays(reference.day, offset), range: null, how: "weekday", ...span });
        continue;
      }
      if (!written) continue;
      if (!start.isCertain("year") && !reference) {
        found.push({ day: null, range: null, how: "stated", ...span });
        continue;
      }
      let day = `${String(start.get("year")).padStart(4, "0")}-${String(start.get("month")).padStart(2, "0")}-${String(start.get("day")).padStart(2, "0")}`;
      // "December 30" in a text published on 2 January is last year's, unless it looks forward; "the Feb.
      // 27-28 summit" in one of 8 February is this year's, nearer than last year's.
      // (Only a date that names its meeting: "they first met on April 2" is past whatever the distance.)
      if (!start.isCertain("year") && reference && !forward && day > addDays(reference.day, 1)) {
        const before = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
        if (!attached || daysBetween(before, reference.day) < daysBetween(reference.day, day)) day = before;
      }
      // "on Friday February 23" with no year, in a text dated only by its capture or its address: the
      // latest year, up to ten back, in which that day falls on that weekday ("this Wednesday, March 21" of
      // a page captured in 2026 is of 2018).
      if (!start.isCertain("year") && start.isCertain("weekday") && reference?.source !== "published") {
        const want = start.get("weekday");
        const year = Number(day.slice(0, 4));
        for (let back = 0; back <= 10; back++) {
          const candidate = `${String(year - back).padStart(4, "0")}${day.slice(4)}`;
          const date = new Date(`${candidate}T00:00:00Z`);
          if (iso(date) === candidate && date.getUTCDay() === want) {
            day = candidate;
            break;
          }
        }
      }
      found.push({ day, range: spanOf(result, day), how: "stated", ...span });
    }
  }
  return stated.length ? stated : captioned;
}

/**
 * The meeting's date: the first that names a meeting noun ("Friday's meeting"), else the first written-out
 * date that resolved, else the first other one; a date of a meeting to come not after one of a meeting past.
 * Read against a
 * publication day, dates near it come first (from `recentDays` before it to `aheadDays` after it): a news
 * report is about a meeting of its days, and an older date beside a meeting word is an earlier meeting
 * ("they last met on Nov. 14, 2022, in Bali"), its date only when the text gives no other, and one more
 * than `aheadDays` before it never.
 */
export function chooseMeetingDate(
  dates: MeetingDate[],
  reference?: ReferenceDay | null,
  near: { recentDays: number; aheadDays: number } = { recentDays: 7, aheadDays: 60 },
): MeetingDate | null {
  const first = (list: MeetingDate[]) =>
    list.find((d) => d.attached && (d.day || d.range)) ??
    list.find((d) => d.how === "stated" && d.day) ??
    list.find((d) => d.day) ??
    list.find((d) => d.range) ??
    list[0] ??
    null;
  // (A date of a meeting to come, after the text has dated its meeting as past, is another's: "held talks …
  // on Monday" over "the Foreign Secretaries would meet in New Delhi on June 27-28"; a story that opens on a
  // meeting to come, "will meet in Geneva Wednesday", is about that one.)
  const choose = (list: MeetingDate[]) => {
    const opening = list.find((d) => d.day || d.range);
    return first(opening && !opening.ahead ? list.filter((d) => !d.ahead) : list);
  };
  if (reference && reference.source !== "captured") {
    const within = (before: number) => (d: MeetingDate) => {
      const close = (day: string) => {
        const after = daysBetween(day, reference.day);
        return after <= before && after >= -near.aheadDays;
      };
      return d.day ? close(d.day) : d.range ? close(d.range.from) || close(d.range.to) : false;
    };
    const current = dates.filter(within(near.recentDays));
    if (current.length) return choose(current);
    // A date months before the publication is another meeting's, not a late report of this one.
    return choose(dates.filter((d) => within(near.aheadDays)(d) || (!d.day && !d.range)));
  }
  return choose(dates);
}
