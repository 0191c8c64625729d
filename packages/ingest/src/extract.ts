/**
 * Extracts candidate facts from an article body, each with the exact words it rests on and a confidence:
 * participants (resolved against known participants and their aliases, misspellings included), roles
 * from appositions, quotes and reported speech with their speakers and channels, claims (durations,
 * start times, places and characterisations, each with its scope), agreement passages with the strength
 * of their wording, and topics. The parts live in ./extract/: sentences, mentions, attribution, claims,
 * agreements; their words in packages/ingest/reference/vocabulary.yaml.
 *
 * The passes over the body and its sentences are linear, and compromise tags only the sentences that
 * hold an unknown name: a megabyte of text is extracted in seconds. (Unknown names are compared with
 * every known alias, which grows with the corpus's participants, not with the page.)
 */

import type { CandidateKind } from "@readout/db";
import { normalizeName, type Span, spanCutter } from "@readout/db";
import { datesIn } from "./events/dates.ts";
import { agreementsOf } from "./extract/agreements.ts";
import { attribute, headlineFullName, insideQuotation } from "./extract/attribution.ts";
import { claimsOf } from "./extract/claims.ts";
import {
  escapeRegExp,
  type KnownParticipant,
  loneSpeakerName,
  type Mention,
  mentionsOf,
  roleBefore,
  roleInApposition,
  wordPattern,
} from "./extract/mentions.ts";
import { isCountryName } from "./extract/nationality.ts";
import { isCommonWord } from "./extract/nlp.ts";
import { type Sentence, sentencesOf } from "./extract/sentences.ts";
import { linkingReference } from "./people/reference.ts";
import { isMastheadLine } from "./segment.ts";
import {
  abbreviationsOf,
  calendarNames,
  monthOf,
  reference,
  type Vocabulary,
  wordAlternatives,
} from "./vocabulary.ts";

export type { KnownParticipant } from "./extract/mentions.ts";

export interface CandidateDraft {
  kind: CandidateKind;
  confidence: number;
  span: Span;
  participantId: string | null;
  data: Record<string, unknown>;
}

/** Sentences about the meeting itself, whose dates are the meeting's: reference/linking.yaml meetingCues. */
let meetingPattern: RegExp | undefined;
export const meetingCue = () =>
  (meetingPattern ??= new RegExp(
    `\\b(?:${linkingReference()
      .meetingCues.map((cue) => cue.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
      .join("|")})\\b`,
    "i",
  ));

let meetingCueRegExp: RegExp | null = null;
/** Words of a sentence about a meeting or taking part in it (linking.yaml meetingCues, participationCues). */
function meetingCuePattern(): RegExp {
  meetingCueRegExp ??= new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives([...linkingReference().meetingCues, ...linkingReference().participationCues]) || "(?!)"})(?![\\p{L}])`,
    "iu",
  );
  return meetingCueRegExp;
}

const abbreviationSets = new WeakMap<Vocabulary, Set<string>>();

/** A name without a generation's suffix (linking.yaml nameSuffixes): "Marcos Jr." is "Marcos". */
let suffixPattern: RegExp | undefined;
function withoutSuffix(name: string): string {
  suffixPattern ??= new RegExp(
    `\\s+(?:${wordAlternatives(linkingReference().nameSuffixes) || "(?!)"})\\.?$`,
    "iu",
  );
  return name.replace(suffixPattern, "");
}
/** The last word of a name, normalised: "Velkova" for "Hana Velkova" and for a later "Velkova". */
// (Its apostrophes, whichever a text writes, left out: "Mata’afa" is "Mataʻafa", the ʻokina a letter to
// normalizeName and the apostrophe a break; nor its generation's suffix.)
const lastNameWord = (name: string) =>
  normalizeName(withoutSuffix(name).replace(/[ʻʼ’'`‘]/gu, ""))
    .split(" ")
    .at(-1) ?? "";
const surnameOf = (mention: Mention) => lastNameWord(mention.name ?? mention.text);

let interviewerPattern: RegExp | undefined;
/**
 * An outlet's possessive right before a name ("told Fox News’ Bret Baier", "CNN's Jake Tapper"): the
 * outlet's journalist (reference/outlets.yaml names and aliases), who asks and takes no part.
 */
const byOutlet = () => {
  interviewerPattern ??= new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(
      // (News outlets only: "the White House’s Jake Sullivan", "the Kremlin’s Yuri Ushakov" are officials.)
      reference()
        .outlets.filter((o) => o.kind !== "GOVERNMENT" && o.kind !== "THINK_TANK")
        .flatMap((o) => [o.name, ...o.aliases])
        .filter((name) => name.length >= 3),
    )})[’']s?\\s+$`,
    "u",
  );
  return interviewerPattern;
};

/**
 * Whether the title right before a name says what the person was: "former British prime minister Tony
 * Blair", "ex-PM Boris Johnson", "then-House Speaker Nancy Pelosi", "the late President …" (the words
 * between "former" and the name capitalised or words of titles;
 * "the former Soviet republic's President …" is no former president).
 */
const titleWordSets = new WeakMap<Vocabulary, Set<string>>();
function formerTitle(body: string, at: number, vocabulary: Vocabulary): boolean {
  let titleWords = titleWordSets.get(vocabulary);
  if (!titleWords) {
    titleWords = new Set(
      [...vocabulary.roleWords, ...linkingReference().titleWords].flatMap((w) =>
        w.toLowerCase().split(/\s+/u),
      ),
    );
    titleWordSets.set(vocabulary, titleWords);
  }
  // "Bachelet’s predecessor, Sebastián Piñera": one who held the post before, set off or not.
  if (
    /(?<![\p{L}])predecessors?,?\s+(?:(?:\p{Lu}[\p{L}.’'-]*|of|the)\s+){0,4}$/u.test(
      body.slice(Math.max(0, at - 60), at),
    )
  )
    return true;
  const tokens = (/[^,;:.!?“”"()\n]*$/u.exec(body.slice(Math.max(0, at - 80), at))?.[0] ?? "")
    .trim()
    .split(/\s+/u)
    .filter(Boolean);
  for (let i = tokens.length - 1, between = 0; i >= 0 && between <= 5; i--, between++) {
    const token = tokens[i] as string;
    if (/^(?:former|ex)$/iu.test(token) || (/^ex-\p{L}/iu.test(token) && between === 0)) return true;
    if (/^then-\p{L}/iu.test(token)) return true;
    // "the late President …"
    if (/^late$/iu.test(token) && /^the$/iu.test(tokens[i - 1] ?? "")) return true;
    // ("former hard-right President …": an adjective of two words joined by a hyphen may stand between.)
    if (!/^\p{Lu}/u.test(token) && !titleWords.has(token.toLowerCase()) && !/^\p{Ll}+-\p{Ll}+$/u.test(token))
      return false;
  }
  return false;
}

/**
 * The body with its lines of page furniture (vocabulary.yaml `noise`: "RELATED: …", "Share", "Read more")
 * blanked out, offsets kept: a link to another story states nothing of this one.
 */
const noisePatterns = new WeakMap<Vocabulary, { noise: RegExp[]; captions: RegExp[]; titles: Set<string> }>();
function withoutFurniture(body: string, vocabulary: Vocabulary): string {
  let patterns = noisePatterns.get(vocabulary);
  if (!patterns) {
    patterns = {
      noise: vocabulary.noise.map((pattern) => new RegExp(pattern, "iu")),
      captions: vocabulary.captions.map((pattern) => new RegExp(pattern, "iu")),
      titles: new Set([...vocabulary.roleWords, ...vocabulary.honorifics].map((word) => word.toLowerCase())),
    };
    noisePatterns.set(vocabulary, patterns);
  }
  const { noise, captions, titles } = patterns;
  // A name alone on a line of the body ("Chris Mason" over his post on a live page, under a picture): who
  // wrote or is pictured, no sentence of the story. (Not a title and a name, "President Biden", which
  // heads a speaker's words.)
  const nameLine = (line: string) =>
    /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}$/u.test(line) &&
    !line.split(/\s+/u).some((word) => titles.has(word.toLowerCase()));
  // Another story's headline over its link ("President Duda discusses EU enlargement with Montenegrin
  // counterpart" over "see more"): a line that ends no sentence, the next line a link's "see more" or
  // "read more" alone.
  const teasers = new Set<number>();
  {
    let previous: { at: number; text: string } | null = null;
    for (const line of body.matchAll(/[^\n]+/gu)) {
      const trimmed = line[0].trim();
      if (!trimmed) continue;
      if (
        previous &&
        /^(?:see|read)\s+more\W*$/iu.test(trimmed) &&
        !/[.!?”"]$/u.test(previous.text) &&
        previous.text.split(/\s+/u).length <= 20
      )
        teasers.add(previous.at);
      previous = { at: line.index, text: trimmed };
    }
  }
  // A line that ends a sentence is the story's ("Print media were barred from the room."), unless it is a
  // photo's caption.
  return body
    .replace(/[^\n]+/gu, (line, at: number) => {
      const trimmed = line.trim();
      const furniture =
        teasers.has(at) ||
        (!/[.!?”"]\s*$/u.test(line) && noise.some((pattern) => pattern.test(trimmed))) ||
        captions.some((pattern) => pattern.test(trimmed)) ||
        nameLine(trimmed) ||
        isMastheadLine(trimmed);
      return furniture ? " ".repeat(line.length) : line;
    })
    .replace(STAFF_CREDITS, (credits) => " ".repeat(credits.length))
    .replace(PHOTO_CREDIT, (credit) => " ".repeat(credit.length));
}

/**
 * A photographer's credit run onto a caption's line: "… and Russian President Vladimir Putin Sergey
 * Bobylev/POOL/TASS", "… Gavriil Grigorov/Pool". The name before the slashes took no photograph of the
 * meeting's people as a participant; it is no part of the caption's last name. Only at a line's end, a name
 * of two capitalised words before the slashes, and a wire's or a pool's name last.
 */
const PHOTO_CREDIT =
  /(?<=\s)\p{Lu}\p{Ll}[\p{L}'’-]*\s+\p{Lu}\p{Ll}[\p{L}'’-]*\s*\/\s*(?:\p{Lu}[\p{L}]*\s*\/\s*){0,3}(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+)(?<![.!?])(?=[ \t]*$)/gmu;

/**
 * A wire's staff credits run on at the end of a paragraph: "Trevor Hunnicutt, Michael Martina and David
 * Brunnstrom in Busan; Daphne Psaledakis in Washington; John Geddie and Lincoln Feast, editors." Its names
 * are the writers', no one the story speaks of.
 */
const CREDIT_NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}";
const CREDIT_NAMES = `${CREDIT_NAME}(?:,\\s+${CREDIT_NAME})*(?:,?\\s+and\\s+${CREDIT_NAME})?`;
const STAFF_CREDITS = new RegExp(
  `(?<=[.!?”"]\\s+|^)(?:${CREDIT_NAMES}\\s+in\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)?;\\s+)+(?:${CREDIT_NAMES}(?:\\s+in\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)?)?;\\s+)*${CREDIT_NAMES},\\s+editors?\\.`,
  "gmu",
);

/**
 * "''Had an outstanding meeting …,'' Modi tweeted": quotation marks typed as two apostrophes (straight, or
 * curly: "…,’’ said PM Modi", even mixed: "said: ‘’We will …''"; or opened by two backticks, "``Both sides
 * welcomed …,'' the statement said"), as some wire copy prints them, read as
 * double ones. Each pair becomes a space and a quotation mark (a mark and a space
 * when closing), so that every offset stays the page's; a span that ends on one apostrophe of a pair takes
 * in the other (extractCandidates).
 */
function doubledApostrophes(body: string): string {
  if (!/''|‘‘|’’|‘’|``/u.test(body)) return body;
  return body
    .replace(/(^|[\s([—–-])(?:''|‘‘|‘’|’’|``)(?=[\p{L}\p{N}])/gmu, '$1 "')
    .replace(/(?<=[\p{L}\p{N}.,!?;:…])(?:''|’’)(?![\p{L}\p{N}])/gu, '" ');
}

/**
 * "Lisa Chambers TD said", "Conor Burns MP, a member of …": the letters of a seat or an honour after a
 * person's name (linking.yaml postNominals) are no part of the name, and stand between it and its verb. They
 * are read as spaces, so that every offset stays the page's. (After a name of two words or more only: not a
 * title's before a name, "Labour MP Ana Lind", nor a description's, "a Kenyan MP said".)
 */
let postNominalPattern: RegExp | undefined;
let stylePattern: RegExp | undefined;
function withoutPostNominals(body: string): string {
  postNominalPattern ??= new RegExp(
    `(?<=\\p{Lu}[\\p{Ll}'’-]+\\s+\\p{Lu}[\\p{Ll}'’-]+)\\s+(?:${wordAlternatives(linkingReference().postNominals) || "(?!)"})(?=[,.;:]|\\s+[^\\p{Lu}\\s]|\\s*$)`,
    "gu",
  );
  // (A style of address in capitals before a title or a name, "HE the Minister …", blanked as well: only
  // before "the" and a capital, or a word in small letters after its capital, so that "HE SAID" stays.)
  stylePattern ??= new RegExp(
    `(?<![\\p{L}.])(?:${linkingReference().addressStyles.map(escapeRegExp).join("|") || "(?!)"})(?=\\s+(?:the\\s+)?\\p{Lu}\\p{Ll})`,
    "gu",
  );
  return (
    body
      .replace(postNominalPattern, (found) => " ".repeat(found.length))
      .replace(stylePattern, (found) => " ".repeat(found.length))
      // "Edgars Rinkevics (Unity) said": a party's or a seat's name in brackets after a person's name of two
      // words, before the verb (not a country's, "Ivo Brandt (Ivory Coast)", which gives the person's people).
      .replace(PARTY_AFTER_NAME, (found, inside: string) =>
        isCountryName(inside.trim().split(/\s+/u)) ? found : " ".repeat(found.length),
      )
  );
}
const PARTY_AFTER_NAME =
  /(?<=\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+)\s*\(([^()\n\d]{1,30})\)(?=\s*[,;]|\s+(?!and\s|or\s|of\s|in\s)\p{Ll})/gu;

/**
 * "«Italy and the United Kingdom share a vision», Meloni said", "„Wir sind …“": quotations in guillemets or
 * in low-high marks, as pages translated from other languages print them, read as if they were in curly
 * double marks. Each mark becomes one mark, so every offset stays the page's. A low mark „ opens and the next
 * “ or ” on its line closes; « opens and » closes (» … « as some pages print them, too: the first of a pair
 * opens). Only a pair closed on its line: a mark alone ("Home » World", "Read more »") is no quotation.
 */
function otherQuotationMarks(body: string): string {
  if (!/[«»„]/u.test(body)) return body;
  const out = body.split("");
  for (const line of body.matchAll(/[^\n]+/gu)) {
    let open: { at: number; closing: string } | null = null;
    for (let i = line.index; i < line.index + line[0].length; i++) {
      const mark = body[i] ?? "";
      if (open === null && (mark === "«" || mark === "»" || mark === "„")) {
        open = { at: i, closing: mark === "«" ? "»" : mark === "»" ? "«" : "“”" };
      } else if (open !== null && mark && open.closing.includes(mark)) {
        out[open.at] = "“";
        out[i] = "”";
        open = null;
      }
    }
  }
  return out.join("");
}

/**
 * "'The world expects that China and the United States will properly handle the relationship,' Xi told him":
 * a text that quotes with single marks, as some wire copy and papers do, read as if it used double ones.
 * Only where the body has no double quotation mark (then single ones are quotations within quotations).
 * A mark opens a quotation after a space, a bracket or a dash and before a letter; it is closed on the same
 * line by the first mark after a letter or a stop that no letter follows, other than a plural's possessive
 * ("the leaders' meeting"). Each mark becomes one character, so offsets stay the page's.
 */
function singleQuotations(body: string): string {
  if (/[“”"]/u.test(body) || !/['‘]/u.test(body)) return body;
  // Work on UTF-16 offsets: the marks and their neighbours are all single units.
  const out = body.split("");
  const opening = /(?<=^|[\s([—–-])['‘](?=[\p{L}\p{N}])/gmu;
  let closed = 0;
  for (const open of body.matchAll(opening)) {
    if (open.index < closed) continue; // inside the quotation just read
    const lineEnd = body.indexOf("\n", open.index);
    const end = lineEnd < 0 ? body.length : lineEnd;
    // (Within a few hundred characters, and never past another opening mark.)
    for (let i = open.index + 2; i < Math.min(end, open.index + 400); i++) {
      const mark = body[i];
      const before = body[i - 1] ?? "";
      const after = body[i + 1] ?? "";
      if ((mark === "'" || mark === "‘") && /[\s([—–-]/u.test(before) && /[\p{L}\p{N}]/u.test(after)) break;
      if (mark !== "'" && mark !== "’") continue;
      if (/[\p{L}\p{N}]/u.test(after) || /\s/u.test(before)) continue;
      // (A plural's possessive has its noun after it; "'useful exchanges' and said" closes.)
      if (
        before === "s" &&
        /^\s+\p{Ll}/u.test(body.slice(i + 1, i + 4)) &&
        !/^\s+(?:and|or|but|to|as|in|on|at|for|with|from|by|that|which|who|is|was|were|are|said|says)\b/u.test(
          body.slice(i + 1, i + 12),
        )
      )
        continue;
      out[open.index] = "“";
      out[i] = "”";
      closed = i;
      break;
    }
  }
  return out.join("");
}

/**
 * A word that sets a person beside another (vocabulary attribution.besideWords), then at most four words of
 * a title ending in a capitalised word or a role's ("flanked by Deputy Minister ", "and trade envoy "),
 * right before a name ("and told reporters " is none).
 */
const joinedFor = new WeakMap<Vocabulary, RegExp>();
const joinedPattern = (vocabulary: Vocabulary) => {
  let pattern = joinedFor.get(vocabulary);
  if (!pattern) {
    const roles = vocabulary.roleWords.map((word) => escapeRegExp(word.toLowerCase())).join("|");
    pattern = new RegExp(
      `(?<![\\p{L}])(?:${wordAlternatives(vocabulary.attribution.besideWords) || "(?!)"})\\s+(?:(?:[\\p{L}.-]+\\s+){0,3}(?:\\p{Lu}[\\p{L}.-]*|${roles || "(?!)"})\\s+)?$`,
      "u",
    );
    joinedFor.set(vocabulary, pattern);
  }
  return pattern;
};

/**
 * A year where it dates something: "in 2008", "from around 2018", "back in 2019", "June 12, 2019"
 * (reference/calendar.yaml's months). The year is group 2; a month's name before it, group 1.
 */
let datingYearPattern: RegExp | undefined;
const datingYear = () => {
  datingYearPattern ??= new RegExp(
    `(?:(?<![\\p{L}])(?:in|from|around|during|until|till)\\s+(?:(?:early|late|mid)[\\s-]+)?|(?<![\\p{L}])(${wordAlternatives(calendarNames("months"))})\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?)((?:19|20)\\d\\d)(?![\\p{L}\\p{N}])`,
    "giu",
  );
  return datingYearPattern;
};

/**
 * A year the text dates something to, for the article's own year: "in 2023", "since 2021" (a year that runs
 * to now counts here), "June 12, 2023". Compiled once; the year is group 1.
 */
let statedYearPattern: RegExp | undefined;
const statedYear = () => {
  statedYearPattern ??= new RegExp(
    `(?:\\b(?:in|since)\\s+|\\b(?:${calendarNames("months").join("|")})\\.?\\s+\\d{1,2},?\\s+)((?:19|20)\\d\\d)(?![\\p{L}\\p{N}])`,
    "giu",
  );
  return statedYearPattern;
};

/** Words of a time long past: "last year", "years ago", "last December" (linking.yaml pastTimeCues). */
let pastTimePattern: RegExp | undefined;
const pastTime = () => {
  if (pastTimePattern) return pastTimePattern;
  const { pastTimeCues, pastMonthCues } = linkingReference();
  const months = pastMonthCues.flatMap((cue) => calendarNames("months").map((month) => `${cue} ${month}`));
  pastTimePattern = new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives([...pastTimeCues, ...months]) || "(?!)"})(?![\\p{L}])`,
    "iu",
  );
  return pastTimePattern;
};

/** Words that set a meeting apart from the story's (vocabulary.yaml notParticipants.otherMeetingCues), once. */
const otherMeetingPatterns = new WeakMap<Vocabulary, RegExp | null>();
const otherMeetingPattern = (vocabulary: Vocabulary): RegExp | null => {
  let pattern = otherMeetingPatterns.get(vocabulary);
  if (pattern === undefined) {
    const cues = vocabulary.notParticipants.otherMeetingCues;
    pattern = cues.length ? new RegExp(`(?<![\\p{L}])(?:${wordAlternatives(cues)})(?![\\p{L}])`, "iu") : null;
    otherMeetingPatterns.set(vocabulary, pattern);
  }
  return pattern;
};

/** A month that opens a sentence, "In January, …", "In their December meeting, …" (the month's name). */
let monthOpeningPattern: RegExp | undefined;
const monthOpening = () => {
  monthOpeningPattern ??= new RegExp(
    `^\\W*(?:In|During)\\s+(?:(?:their|his|her|the|early|late|mid)[\\s-]+)?(${wordAlternatives(calendarNames("months"))})(?![\\p{L}]|\\s+\\d)`,
    "iu",
  );
  return monthOpeningPattern;
};

/** Words of a day of the meeting's week: "today", "on Tuesday" (reference/calendar.yaml's days, in full). */
let dayWordPattern: RegExp | undefined;
const dayWords = () => {
  dayWordPattern ??= new RegExp(
    `(?<![\\p{L}])(?:today|tonight|yesterday|${wordAlternatives(reference().calendar.days.map((day) => day.name))})(?![\\p{L}])`,
    "iu",
  );
  return dayWordPattern;
};

/**
 * The verbs by which sides make or approve an outcome (the first words in "-ed" or "-ing" of the agreement
 * cues, vocabulary.yaml agreementCues): a body named before one in the words agreed is a party.
 */
const outcomeVerbs = new WeakMap<Vocabulary, RegExp>();
function outcomeVerb(vocabulary: Vocabulary): RegExp {
  let pattern = outcomeVerbs.get(vocabulary);
  if (!pattern) {
    const verbs = new Set(
      Object.values(vocabulary.agreementCues)
        .flat()
        .map((cue) => cue.split(/\s+/u)[0]?.toLowerCase() ?? "")
        .filter((word) => /^\p{L}+(?:ed|ing)$/u.test(word)),
    );
    pattern = new RegExp(`(?<![\\p{L}])(?:${wordAlternatives([...verbs]) || "(?!)"})(?![\\p{L}])`, "iu");
    outcomeVerbs.set(vocabulary, pattern);
  }
  return pattern;
}

/**
 * The dateline that opens the story (its agency's bracket, or its name between slashes, and the dash or
 * colon after it): at the body's start, or opening a paragraph under a caption ("… in Nanping City,
 * March 31, 2021." over "FUZHOU, March 31 (Xinhua) -- China and Singapore …"), the headline printed again
 * maybe between. `end` is where the story's
 * words start (0 without a dateline).
 */
export function datelineSpan(page: string, dateline: string | null): { opening: number; end: number } {
  const opening = dateline ? page.indexOf(dateline) : -1;
  // (Or under a caption and the headline printed again: "… met with Jamaica’s Prime Minister, Andrew Holness,
  // earlier this year." over "Prime Ministers Of T&T And Jamaica Hail Bilateral Talks A Success" over
  // "KINGSTON, Jamaica, July 21, 2016 (CMC) – …"; lines of a few words each, no story's paragraphs.)
  const above = page
    .slice(0, Math.max(0, opening))
    .split(/\n\s*\n/u)
    .filter((part) => part.trim());
  const under =
    opening > 0 &&
    /\n\s*$/u.test(page.slice(0, opening)) &&
    (above.length <= 1 ||
      (above.length === 2 && above.every((part) => part.trim().split(/\s+/u).length <= 40)));
  const end =
    dateline && opening >= 0 && (!page.slice(0, opening).trim() || under)
      ? opening +
        dateline.length +
        (/^,?\s*(?:\([^)\n]{1,60}\)\s*|\.?\s*\/[^/\n]{2,30}\/\.?\s*)?(?:[-—–]{1,2}|[:.])?\s*/u.exec(
          page.slice(opening + dateline.length),
        )?.[0].length ?? 0)
      : 0;
  return { opening, end };
}

export function extractCandidates(
  page: string,
  known: KnownParticipant[],
  vocabulary: Vocabulary,
  /** When the article was published: "on Sunday" is read against it. */
  publishedAt: Date | null = null,
  /** The article's headline: a speaker the body names by one word only may be named in full there. */
  headline: string | null = null,
  /** The dateline that opens the body, as segmentation read it ("LINDBY (Reuters)"): no one's words. */
  dateline: string | null = null,
): CandidateDraft[] {
  const candidates: CandidateDraft[] = [];
  const taken = new Set<string>();
  // One table of code-point offsets for the whole body (spanAt would rescan it for every candidate).
  const SPAN = spanCutter(page);
  const { opening, end: afterDateline } = datelineSpan(page, dateline);
  const read = singleQuotations(
    doubledApostrophes(otherQuotationMarks(withoutPostNominals(withoutFurniture(page, vocabulary)))),
  );
  // The dateline is no one's words, at the body's start or under a caption: blanked, its offsets kept (so that
  // "(VOVworld)-Brazilian Foreign Minister said …" has its subject right at the sentence's start).
  const body =
    afterDateline > opening && opening >= 0
      ? read.slice(0, opening) + " ".repeat(afterDateline - opening) + read.slice(afterDateline)
      : read;
  // A quotation typed as two apostrophes: both are the span's (see doubledApostrophes).
  const widened = (start: number, end: number): [number, number] => [
    /^(?:''|‘‘|‘’|’’|``)$/u.test(page.slice(start - 1, start + 1)) ? start - 1 : start,
    /^(?:''|’’)$/u.test(page.slice(end - 1, end + 1)) ? end + 1 : end,
  ];
  const add = (
    kind: CandidateKind,
    start: number,
    end: number,
    confidence: number,
    data: Record<string, unknown>,
    participantId: string | null = null,
  ) => {
    if (end <= start) return null;
    [start, end] = widened(start, end);
    const key = `${kind}:${start}:${end}`;
    if (taken.has(key)) return null;
    taken.add(key);
    const draft = { kind, confidence, span: SPAN(start, end), participantId, data };
    candidates.push(draft);
    return draft;
  };
  let abbreviations = abbreviationSets.get(vocabulary);
  if (!abbreviations) {
    abbreviations = new Set(abbreviationsOf(vocabulary));
    abbreviationSets.set(vocabulary, abbreviations);
  }
  const sentences = sentencesOf(body, abbreviations);
  const mentions = mentionsOf(body, sentences, known, vocabulary);
  // A person the body names by one word only, whom the headline names in full ("Xi said" under "Xi Jinping
  // tells Olaf Scholz"), goes by the full name.
  if (headline) {
    const full = new Map<string, string | null>();
    for (const mention of mentions) {
      if (mention.kind !== "PERSON" || mention.participant || mention.name || /\s/u.test(mention.text))
        continue;
      if (!full.has(mention.text)) {
        const name = headlineFullName(headline, mention.text, vocabulary, body);
        // Not where the body names someone else by that full name's words.
        full.set(
          mention.text,
          name &&
            !mentions.some(
              (m) =>
                (m.text.includes(" ") && m.text !== name && wordPattern(mention.text).test(m.text)) ||
                // (Nor where a word it adds is someone the body names: "Erdogan" and "Ramaphosa".)
                (m.kind === "PERSON" && m.text !== mention.text && name.split(" ").includes(m.text)),
            )
            ? name
            : null,
        );
      }
      const name = full.get(mention.text);
      if (name) mention.name = name;
    }
    // Someone the headline names in full and the body by a surname alone, where the tagger sees no name
    // ("Scholz’s visit" under "Xi Jinping tells Olaf Scholz"): a mention of that person.
    const inHeadline = mentionsOf(headline, sentencesOf(headline, abbreviations), known, vocabulary);
    for (const person of inHeadline) {
      const name = person.participant?.name ?? person.name ?? person.text;
      const words = name.split(/\s+/u);
      if (person.kind !== "PERSON" || words.length < 2) continue;
      const covered = mentions.some(
        (m) =>
          m.kind === "PERSON" &&
          ((person.participant && m.participant?.id === person.participant.id) ||
            normalizeName(m.name ?? m.text) === normalizeName(name) ||
            wordPattern(surnameOf(m), "iu").test(normalizeName(name))),
      );
      const surname = words.at(-1) ?? "";
      if (covered || !loneSpeakerName(surname, vocabulary)) continue;
      const at = new RegExp(
        `(?<![\\p{L}])${escapeRegExp(surname)}(?=[’']s(?![\\p{L}])|(?![\\p{L}’'-]))`,
        "u",
      ).exec(body);
      if (!at) continue;
      const end = at.index + surname.length;
      if (mentions.some((m) => m.start < end && at.index < m.end)) continue;
      mentions.push({
        start: at.index,
        end,
        text: surname,
        name,
        participant: person.participant,
        kind: "PERSON",
        misspelling: false,
      });
    }
    mentions.sort((a, b) => a.start - b.start);
  }
  // Someone named in full and again by a surname alone, which a title announced ("Prime Minister Tomas
  // Orrin … Mr Orrin met …"): the same person, where no one else the text names in full has that surname.
  const fullBySurname = new Map<string, Set<string>>();
  for (const mention of mentions) {
    const name = mention.name ?? mention.text;
    if (mention.kind !== "PERSON" || mention.participant || !/\s/u.test(withoutSuffix(name))) continue;
    const surname = surnameOf(mention);
    fullBySurname.set(surname, (fullBySurname.get(surname) ?? new Set()).add(name));
  }
  for (const mention of mentions) {
    if (
      mention.kind !== "PERSON" ||
      mention.participant ||
      mention.name ||
      /\s/u.test(withoutSuffix(mention.text))
    )
      continue;
    const named = fullBySurname.get(surnameOf(mention));
    if (named?.size === 1) mention.name = [...named][0];
  }

  // Participants: the first mention of each, and roles standing before names.
  const seen = new Set<string>();
  const titlesAt = new Map<number, string>();
  const seenRoles = new Set<string>();
  // Each person's drafts and first mention, for those named only as what they were (dropped below).
  const drafts = new Map<string, { mention: Mention; drafts: CandidateDraft[]; former: boolean }>();
  let earlierEnd = 0;
  // The post the name after an "and" shares with the one before it ("Lithuanian and Russian Ministers of
  // Foreign Affairs Linas Linkevičius and Sergey Lavrov": Lavrov's is the Russian one), where its title starts.
  let shared: { after: number; title: string; start: number } | null = null;
  for (const mention of mentions) {
    const id = mention.participant?.id ?? `name:${normalizeName(mention.name ?? mention.text)}`;
    const titled = mention.kind === "PERSON" ? roleBefore(body, mention, vocabulary, earlierEnd) : null;
    const before =
      titled ??
      (mention.kind === "PERSON" && shared && /^\s+and\s+$/u.test(body.slice(shared.after, mention.start))
        ? { title: shared.title, start: shared.start }
        : null);
    if (mention.kind === "PERSON")
      shared = titled?.second ? { after: mention.end, title: titled.second, start: titled.start } : null;
    const apposed = mention.kind === "PERSON" ? roleInApposition(body, mention, vocabulary, mentions) : null;
    const role = before ?? apposed;
    let own = drafts.get(id);
    if (!own) {
      own = {
        mention,
        drafts: [],
        former: mention.kind === "PERSON" && formerTitle(body, mention.start, vocabulary),
      };
      drafts.set(id, own);
    }
    if (!seen.has(id)) {
      seen.add(id);
      const draft = add(
        "PARTICIPANT",
        mention.start,
        mention.end,
        mention.participant ? (mention.misspelling ? 0.6 : 0.9) : 0.4,
        { name: mention.name ?? mention.text, kind: mention.kind, misspelling: mention.misspelling },
        mention.participant?.id ?? null,
      );
      if (draft) own.drafts.push(draft);
    }
    // (A title before the name and an office after it are both the person's: "Sheikh Sabah …, Crown Prince of
    // the State of Kuwait"; a later "the Crown Prince" is this person.)
    if (role)
      titlesAt.set(mention.start, before && apposed ? `${before.title} ${apposed.title}` : role.title);
    // A role once per person and title: "Foreign Minister Qin" again later adds nothing.
    const roleKey = role ? `${id}|${normalizeName(role.title)}` : "";
    if (role && !seenRoles.has(roleKey)) {
      seenRoles.add(roleKey);
      const draft = add(
        "ROLE",
        role.start,
        "end" in role && typeof role.end === "number" ? role.end : mention.end,
        0.7,
        { title: role.title, name: mention.text },
        mention.participant?.id ?? null,
      );
      if (draft) own.drafts.push(draft);
    }
    // (A body's name with its possessive is the owner in the next title: "the Nordic Council's envoy …".)
    if (mention.kind === "PERSON" || !/^['’]s\s/u.test(body.slice(mention.end, mention.end + 3)))
      earlierEnd = Math.max(earlierEnd, mention.end);
  }

  // A body that speaks ("the White House said", "the Kremlin said"): an organisation taking part, named
  // where the text first names it (its last word one of vocabulary.yaml speakingBodies).
  // "India's Ministry of External Affairs said": a body named by "of" and its field.
  const bodyName = `((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,4}(?:${vocabulary.speakingBodies
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")})(?:\\s+of(?:\\s+the)?(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|and)){1,4}(?<!\\sand))?)`;
  const bodies = new RegExp(`^(?:[Tt]he\\s+)?${bodyName}$`, "u");
  // ("the US state department says": its country's name, then the body in small letters.)
  const lowerBodies = new RegExp(
    `^(?:[Tt]he\\s+)?((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,2}(?:\\p{Ll}+\\s+){0,2}(?:${vocabulary.speakingBodies
      .map((word) => word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("|")}))$`,
    "u",
  );
  // One who speaks for a body, named by it: "a senior official from the Ministry of External Affairs", "a
  // British High Commission spokesperson" (vocabulary.yaml attribution.bodySpeakerNouns; not "a professor
  // from the Department of …"). Only in office: "a former official from the State Department" speaks for no
  // one.
  const described = wordAlternatives(vocabulary.attribution.bodySpeakerNouns) || "(?!)";
  const bodyOfLabel = new RegExp(
    `^(?:[Aa]n?|[Tt]he)\\s+(?:(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}(?:${described})\\s+(?:from|of|at|for)\\s+(?:the\\s+)?${bodyName}|${bodyName}\\s+(?:${described}))$`,
    "u",
  );
  const statements = attribute(
    body,
    speechClauses(sentences, vocabulary),
    mentions,
    titlesAt,
    vocabulary,
    headline,
  );
  // The article's year: its publication's, else the latest year the text dates something to ("in 2023",
  // "June 12, 2023"; not a target, "by 2030").
  const dated = [...body.matchAll(statedYear())].map((m) => Number(m[1]));
  const articleYear = publishedAt?.getUTCFullYear() ?? (dated.length ? Math.max(...dated) : null);
  // Someone the article names in one sentence only, as what they were ("former British prime minister Tony
  // Blair", "ex-PM Boris Johnson"), and who says nothing in it: a figure of the story's background, no
  // participant of the meeting (nor is that role theirs now).
  const speakers = new Set(
    statements.flatMap((s) => [
      s.participant?.id,
      normalizeName(s.speaker ?? "")
        .split(" ")
        .at(-1),
    ]),
  );
  const dropped = new Set<CandidateDraft>();
  // Someone named in one sentence only, in no sentence about a meeting or taking part in it (linking.yaml
  // meetingCues, participationCues: "met", "talks", "accompanied"), nor in the headline, who says nothing:
  // named in passing ("inaugurated by President Sergio Mattarella in November 2021"), no participant.
  const cue = meetingCuePattern();
  // A sentence about the meeting: a cue of meeting or taking part that no word sets at another time ("will
  // meet … next month", "a possible summit between …").
  const cues = new RegExp(cue.source, "giu");
  // (A verb of a time to come may stand a few words before, in one clause: "Marin will travel to Estonia to
  // meet with her colleague Ratas", "Tsipras will on Thursday visit the Palestinian Authority for a meeting
  // with Mahmoud Abbas"; linking.yaml otherTimeVerbs.)
  const otherTime = new RegExp(
    `(?<![\\p{L}])(?:(?:${wordAlternatives(linkingReference().otherTimeCues) || "(?!)"})\\s+(?:[\\p{L}-]+\\s+)?|(?:${wordAlternatives(linkingReference().otherTimeVerbs) || "(?!)"})\\s+(?:[\\p{L}-]+\\s+){0,8})$`,
    "iu",
  );
  const absent = new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(linkingReference().absenceCues) || "(?!)"})\\s+(?:(?:the|his|her|their|(?:\\p{Lu}[\\p{L}.’'-]*|of|for))\\s+){0,6}$`,
    "u",
  );
  // A preview: no sentence has a meeting verb of the meeting's own time ("met", "held talks", "received";
  // vocabulary.yaml attribution.meetingVerbs). Its meeting is the one to come, so a meeting a verb of a time
  // to come sets ("Biden is set to meet with Chinese President Xi Jinping …") is no other one; a past one
  // ("his recent meetings with …") still is.
  const preview = !new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(vocabulary.attribution.meetingVerbs) || "(?!)"})(?![\\p{L}])`,
    "iu",
  ).test(body);
  const otherTimeNow = preview
    ? new RegExp(
        `(?<![\\p{L}])(?:${wordAlternatives(linkingReference().otherTimeCues.filter((cue) => !linkingReference().otherTimeVerbs.includes(cue))) || "(?!)"})\\s+(?:[\\p{L}-]+\\s+)?$`,
        "iu",
      )
    : otherTime;
  const ofThisMeeting = (text: string) =>
    [...text.matchAll(cues)].some((m) => !otherTimeNow.test(text.slice(Math.max(0, m.index - 80), m.index)));
  // (`seen`: the people already asked about on the way here, so that two set beside each other end the walk.)
  const passing = (own: { mention: Mention }, seen: ReadonlySet<Mention> = new Set()): boolean => {
    // (A participant already known, from the seed or an earlier import, is judged as anyone else: a corpus
    // that knows everyone would otherwise keep everyone named in passing.)
    if (own.mention.kind !== "PERSON") return false;
    const last = surnameOf(own.mention);
    if (!last || speakers.has(last)) return false;
    if (headline && wordPattern(last, "iu").test(normalizeName(headline))) return false;
    const named = wordPattern(last, "iu");
    const within = sentences.filter((sentence) => named.test(normalizeName(sentence.text)));
    const only = within.length === 1 ? within[0] : undefined;
    // (The article's first sentence, its lede, names the meeting's people.)
    if (only === sentences[0]) return false;
    // ("We, President … and President …, note …": the signatories of a joint text.)
    if (!only || /^\W*We\b/u.test(only.text)) return false;
    // ("Kwatra conveyed greetings on behalf of President Droupadi Murmu": one for whom another acts is away.)
    if (absent.test(body.slice(Math.max(only.start, own.mention.start - 80), own.mention.start))) return true;
    // (Of the meeting's words, the last before the name says which meeting it is of: "Albanese’s visit to
    // Fiji follows his recent meetings with President Jo Biden" names Biden at another.)
    const upTo = only.text.slice(0, Math.max(0, own.mention.start - only.start));
    const nearest = [...upTo.matchAll(cues)].at(-1);
    if (
      nearest
        ? !otherTimeNow.test(upTo.slice(Math.max(0, nearest.index - 80), nearest.index))
        : ofThisMeeting(only.text)
    )
      return false;
    // (Only in running prose: a line of a title and a name, "Foreign Minister Ada Lind", heads remarks.)
    if (!/[.!?”"]\s*$/u.test(only.text) || only.text.split(/\s+/u).length < 6) return false;
    // (Named only where a meeting is set at another time, whoever they are set beside: "On January 10 Marin
    // will travel to Estonia to meet with her colleague Prime Minister Ratas".)
    if ([...only.text.matchAll(cues)].length > 0) return true;
    // (After a messenger's title, the one who gives a readout: "attributable to Spokesperson Ned Price".)
    if (messenger.test(body.slice(Math.max(0, own.mention.start - 40), own.mention.start))) return false;
    // (A list of three people or more is a delegation's, or the meeting's people: "officials present were
    // …".)
    const inSentence = mentions.filter(
      (m) => m.kind === "PERSON" && m.start >= only.start && m.end <= only.end,
    );
    if (new Set(inSentence.map((m) => m.participant?.id ?? normalizeName(m.name ?? m.text))).size >= 3)
      return false;
    // (Beside someone the article names again, even by surname alone there: "Velkova was flanked by …", joined
    // to them by a word that sets people side by side, with at most a title between: not "Trump suggested
    // one of them, Julius Malema, should be arrested", nor "leaders, including Ukraine's Volodymyr Zelenskyy".)
    // (A name that ends in a common noun, "Vision Institute", may be a body's, and so may a person's whose
    // surname is a word, "Rice": both keep the reading below, which drops fewer.)
    const before = body.slice(Math.max(only.start, own.mention.start - 80), own.mention.start);
    if (!joinedPattern(vocabulary).test(before) && !isCommonWord(last.toLowerCase())) return true;
    // (The one it is set beside is the person named last before it in the sentence: "a possible summit
    // between Prime Minister Ada Lind and President Dana Kerrow" sets Kerrow beside Lind, not beside the
    // speaker who opens the sentence.)
    const ownKey = normalizeName(own.mention.name ?? own.mention.text);
    // (By the last word of their name, as a later "Velkova" alone names them.)
    const lead = normalizeName(body.slice(only.start, own.mention.start));
    let beside: Mention | undefined;
    let besideAt = -1;
    for (const m of mentions) {
      if (m.kind !== "PERSON" || (m.participant?.id ?? normalizeName(m.name ?? m.text)) === ownKey) continue;
      const at = [...lead.matchAll(wordPattern(surnameOf(m), "giu"))].at(-1)?.index ?? -1;
      if (at > besideAt) [beside, besideAt] = [m, at];
    }
    // (Or beside one who is set beside such a person: "flanked by Deputy Minister Piet Mirren and trade envoy
    // Ilse Varnow".)
    if (!beside || seen.has(beside)) return true;
    return !(namedAgain(beside) || !passing({ mention: beside }, new Set([...seen, own.mention])));
  };
  // Whether the article names someone in two sentences or more (by the last word of their name: a later
  // "Velkova" alone is the same person).
  const namedAgain = (m: Mention) => {
    const surname = surnameOf(m);
    if (!surname) return false;
    const pattern = wordPattern(surname, "iu");
    return sentences.filter((sentence) => pattern.test(normalizeName(sentence.text))).length >= 2;
  };
  const messenger = new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(linkingReference().messengerTitles) || "(?!)"})\\s+$`,
    "iu",
  );
  // An organisation the article names as context ("Sweden's NATO bid", "a package of proposals for the United
  // Nations") takes no part: only one that speaks or passes a statement on, that the headline names (the
  // meeting's own forum: "ASEAN-U.S. Ministerial Meeting"), that meets, or that the article keeps naming.
  const lede = headline ?? "";
  const { meetingCues, meetingNouns } = linkingReference();
  const meetingVerbs = meetingCues.filter(
    (cue) => !meetingNouns.includes(cue) && !vocabulary.attribution.occasionNouns.includes(cue),
  );
  // ("Ministers of NORDA met", "NORDA members agreed", "met officials of the World Bank"; not a body met as a
  // topic, "discussed the fight against Al Shabaab", nor one that the verb's passive has for its subject,
  // "Al Qaeda was also discussed".)
  const meets = (form: string) => {
    if (meetingVerbs.length === 0) return false;
    const verb = `(?:${wordAlternatives(meetingVerbs)})`;
    const name = escapeRegExp(form);
    const passive = "(?!(?:was|were|is|are|be|been|being)(?![\\p{L}]))";
    const topic = "(?!(?:about|against|on|over|regarding|concerning|into)(?![\\p{L}]))";
    return new RegExp(
      `(?<![\\p{L}])(?:${name}(?:\\s+${passive}\\p{Ll}+){0,2}\\s+${verb}|${verb}(?:\\s+(?:with|${topic}\\p{Ll}+)){0,3}\\s+${name})(?![\\p{L}])`,
      "u",
    ).test(body);
  };
  const orgMentions = mentions.filter((m) => m.kind === "ORGANIZATION");
  // (What was agreed, read once: a body named in its words is a party to it.)
  const agreements = agreementsOf(body, sentences, vocabulary, publishedAt);
  let normalizedSentences: string[] | undefined;
  for (const [id, own] of drafts) {
    if (own.mention.kind !== "ORGANIZATION" || speakers.has(id)) continue;
    const forms = orgMentions
      .filter((m) => (m.participant?.id ?? `name:${normalizeName(m.name ?? m.text)}`) === id)
      .flatMap((m) => [m.text, m.name ?? m.text, ...(m.participant ? [m.participant.name] : [])]);
    // (Each form's pattern compiled once; each sentence normalised once, below.)
    const patterns = [...new Set(forms.map((form) => normalizeName(form)))].map((form) =>
      wordPattern(form, "iu"),
    );
    const saidIn = (normalized: string) => patterns.some((pattern) => pattern.test(normalized));
    const said = (text: string | null | undefined) => !!text && saidIn(normalizeName(text));
    if (statements.some((s) => said(s.speaker) || said(s.channel)) || said(lede)) continue;
    // (Nor one the article is about, named in three sentences or more, or that meets: "Ministers of NORDA
    // met", "NORDA members agreed".)
    normalizedSentences ??= sentences.map((sentence) => normalizeName(sentence.text));
    if (normalizedSentences.filter(saidIn).length >= 3) continue;
    if (forms.some((form) => meets(form))) continue;
    // (Nor one that signs or agrees, named before the verb in the words of what was agreed: "… and the
    // Libyan Post … Company signed a memorandum"; not "welcomed the meeting of the … Committee".)
    const named = orgMentions.filter(
      (m) => (m.participant?.id ?? `name:${normalizeName(m.name ?? m.text)}`) === id,
    );
    const party = (m: (typeof named)[number]) =>
      agreements.some(
        (a) =>
          m.start >= a.start &&
          m.end <= a.end &&
          !outcomeVerb(vocabulary).test(body.slice(a.start, m.start)) &&
          outcomeVerb(vocabulary).test(body.slice(m.end, a.end)),
      );
    if (named.some(party)) continue;
    for (const draft of own.drafts) dropped.add(draft);
  }
  // Someone named only after an outlet's possessive, who says nothing: its journalist.
  for (const [id, own] of drafts) {
    if (own.mention.kind !== "PERSON" || own.mention.participant || speakers.has(id)) continue;
    const last = surnameOf(own.mention);
    if (!last || speakers.has(last)) continue;
    const surname = wordPattern(last, "iu");
    const named = mentions.filter(
      (m) => m.kind === "PERSON" && surname.test(normalizeName(m.name ?? m.text)),
    );
    if (
      named.length > 0 &&
      named.every((m) => byOutlet().test(body.slice(Math.max(0, m.start - 60), m.start)))
    )
      for (const draft of own.drafts) dropped.add(draft);
  }
  for (const [id, own] of drafts) {
    if (speakers.has(id) || !(own.former || passing(own))) continue;
    const last = surnameOf(own.mention);
    if (!last || speakers.has(last)) continue;
    const named = wordPattern(last, "iu");
    if (sentences.filter((sentence) => named.test(normalizeName(sentence.text))).length > 1) continue;
    for (const draft of own.drafts) dropped.add(draft);
  }
  // Someone named only as whom a place or a thing is named after, right after the cue with at most titles
  // between, or as the spouse named with them ("the V&A Museum, which is named after Queen Victoria and her
  // German husband, Prince Albert"), who says nothing and whom the headline does not name: a figure of
  // history (vocabulary.yaml notParticipants.namesakeCues). So too someone named only as the story's
  // background: "the government led by Gordon Brown", "the absence of Trade Minister …" (asideCues).
  const namesakeCues = [...vocabulary.notParticipants.namesakeCues, ...vocabulary.notParticipants.asideCues];
  if (namesakeCues.length > 0) {
    // (The post may be set off by its comma: "… from the Ethiopian Prime Minister, Dr. Abiy Ahmed", "… from his
    // Chinese counterpart, President Xi Jinping".)
    // (A description in small letters too: "paid homage to Cuban national hero José Martí".)
    const titles = `(?:(?:the|his|her|their)\\s+)?(?:(?:\\p{Lu}[\\p{L}.'’-]*|${wordAlternatives(vocabulary.attribution.counterpartNouns) || "(?!)"}|(?!(?:and|or|but|with|to|of|in|on|at|for|by|from|who|which|that)\\s)\\p{Ll}{3,}),?\\s+)*`;
    const namesake = new RegExp(
      `(?<![\\p{L}])(?:${wordAlternatives(namesakeCues)})\\s+${titles}(?:(?:\\p{Lu}[\\p{L}.'’-]*\\s+)+and\\s+(?:his|her|their)\\s+(?:\\p{L}+\\s+){0,2}\\p{Ll}+,?\\s+${titles})?$`,
      "u",
    );
    for (const [id, own] of drafts) {
      if (own.mention.kind !== "PERSON" || speakers.has(id)) continue;
      const last = surnameOf(own.mention);
      if (last && speakers.has(last)) continue;
      if (last && headline && wordPattern(last, "iu").test(normalizeName(headline))) continue;
      const all = mentions.filter(
        (m) => m.kind === "PERSON" && (m.participant?.id ?? `name:${normalizeName(m.name ?? m.text)}`) === id,
      );
      if (all.length > 0 && all.every((m) => namesake.test(body.slice(Math.max(0, m.start - 120), m.start))))
        for (const draft of own.drafts) dropped.add(draft);
    }
  }
  // Someone named only as the owner of a thing of the story's background ("to negotiate President Donald
  // Trump’s trade tariffs", "President Prabowo Subianto’s administration"), who says nothing and whom the
  // headline does not name (vocabulary.yaml notParticipants.ownedThings).
  const ownedThings = vocabulary.notParticipants.ownedThings;
  if (ownedThings.length > 0) {
    const owned = new RegExp(
      `^['’]s?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${wordAlternatives(ownedThings)})(?![\\p{L}-])`,
      "iu",
    );
    for (const [id, own] of drafts) {
      if (own.mention.kind !== "PERSON" || speakers.has(id)) continue;
      const last = surnameOf(own.mention);
      if (!last || speakers.has(last)) continue;
      if (headline && wordPattern(last, "iu").test(normalizeName(headline))) continue;
      // (Each time the surname is written, alone or in full, as the text spells it.)
      const spelled =
        own.mention.text
          .replace(/['’]s?$/u, "")
          .split(/\s+/u)
          .at(-1) ?? "";
      if (normalizeName(spelled) !== last) continue;
      const written = [...body.matchAll(wordPattern(spelled, "gu"))];
      if (written.length > 0 && written.every((m) => owned.test(body.slice(m.index + m[0].length))))
        for (const draft of own.drafts) dropped.add(draft);
    }
  }
  /**
   * Drops each person named only in sentences that `where` tells apart (by the sentence's index, and the
   * pattern of the person's family name), who says nothing and whom the headline does not name.
   */
  const dropNamedOnlyWhere = (where: (i: number, named: RegExp) => boolean | undefined) => {
    normalizedSentences ??= sentences.map((sentence) => normalizeName(sentence.text));
    const normalizedHeadline = headline ? normalizeName(headline) : "";
    for (const [id, own] of drafts) {
      if (own.mention.kind !== "PERSON" || speakers.has(id)) continue;
      const last = surnameOf(own.mention);
      if (!last || speakers.has(last)) continue;
      const named = wordPattern(last, "iu");
      if (named.test(normalizedHeadline)) continue;
      const within = normalizedSentences.flatMap((text, i) => (named.test(text) ? [i] : []));
      if (within.length > 0 && within.every((i) => where(i, named)))
        for (const draft of own.drafts) dropped.add(draft);
    }
  };
  // Someone named only in sentences about earlier years ("meeting US President Donald Trump … from around
  // 2018", "a programme launched by French president Nicolas Sarkozy and Lula in 2008"), who says nothing
  // and whom the headline does not name: a figure of the story's background, known or not. A year counts
  // where it dates something ("in 2008", "from around 2018", "June 12, 2019"); not "since 2027", which runs
  // to now, nor a name's or a count's ("the 2015 Paris Agreement", "2000 troops"). (A sentence that also
  // names a day of the meeting's week is of now.)
  // (So too a sentence about a time long past, "last year", "last December": linking.yaml pastTimeCues.)
  {
    const ofNow = dayWords();
    const earlier = pastTime();
    const articleMonth = publishedAt ? publishedAt.getUTCMonth() : null;
    const past = sentences.map((sentence) => {
      if (ofNow.test(sentence.text)) return false;
      // (A sentence that opens in another month than the article's, "In January, …", "In their December
      // meeting, …", is of another meeting; a date of its own, "In January 12", may be this one's.)
      const month = monthOpening().exec(sentence.text)?.[1];
      if (month && articleMonth !== null && monthOf(month) !== articleMonth) return true;
      // (Or a month of the article's year before the article's: "the official visit … in February 2018" of a
      // story published in July 2018.)
      const stated = [...sentence.text.matchAll(datingYear())].map((m) => ({
        year: Number(m[2]),
        month: m[1] ? monthOf(m[1]) : null,
      }));
      return (
        articleYear !== null &&
        stated.length > 0 &&
        stated.every(
          ({ year, month }) =>
            year < articleYear ||
            (year === articleYear && month !== null && articleMonth !== null && month < articleMonth),
        )
      );
    });
    // (A time long past dates only its own clause: "since Karl Brandt's visit … last December" is of then,
    // "Ada Lind, elected last year, held talks with …" is of now.)
    const pastClauses = sentences.map((sentence) =>
      ofNow.test(sentence.text)
        ? []
        : sentence.text
            .split(/[,;:()—–]/u)
            .filter((clause) => earlier.test(clause))
            .map((clause) => normalizeName(clause)),
    );
    dropNamedOnlyWhere((i, named) => past[i] || pastClauses[i]?.some((clause) => named.test(clause)));
  }
  // Someone named only in sentences about another meeting ("Brglez … earlier in the day he met with
  // Parliament Speaker Zeljko Reiner"), who says nothing and whom the headline does not name
  // (vocabulary.yaml notParticipants.otherMeetingCues).
  const otherMeeting = otherMeetingPattern(vocabulary);
  if (otherMeeting) {
    const apart = sentences.map((sentence) => otherMeeting.test(sentence.text));
    // (And the sentence right after one about it that goes on about it: "… also held a separate meeting with
    // Megawati. During the meeting, which Jokowi also attended, Megawati and Muhyiddin discussed …".)
    for (let i = 1; i < sentences.length; i++)
      if (
        apart[i - 1] &&
        /^\W*(?:During|At|In)\s+(?:the|that|this)\s+meeting\b/u.test(sentences[i]?.text ?? "")
      )
        apart[i] = true;
    dropNamedOnlyWhere((i) => apart[i] === true);
  }
  // Someone who greets a visitor where they arrive, named after "by" only in such a sentence ("… was welcomed
  // at the International Airport by Vice President Delcy Rodríguez before heading to the palace"), takes no
  // part in the meeting (vocabulary.yaml notParticipants.arrivalPlaces, arrivalGreetings).
  const { arrivalPlaces, arrivalGreetings } = vocabulary.notParticipants;
  if (arrivalPlaces.length && arrivalGreetings.length) {
    const place = new RegExp(`(?<![\\p{L}])(?:${wordAlternatives(arrivalPlaces)})(?![\\p{L}])`, "iu");
    const greeting = new RegExp(`(?<![\\p{L}])(?:${wordAlternatives(arrivalGreetings)})(?![\\p{L}])`, "iu");
    // (Not in the lede, which names the meeting's people: "They were met on arrival at the airport by
    // President Ivo Brandt and …"; nor a head of state or government who greets the visitor, the host
    // (attribution.leaderTitles), unless a deputy, a qualifier of another post before the title
    // (attribution.postQualifiers): "by Vice President Delcy Rodríguez".)
    const { leaderTitles, postQualifiers } = vocabulary.attribution;
    const deputies = postQualifiers.filter((word) => !leaderTitles.includes(word));
    const leaders = new RegExp(
      `(?<![\\p{L}])(?<!(?:${wordAlternatives(deputies) || "(?!)"})[\\s-]+)(?:${wordAlternatives(leaderTitles) || "(?!)"})(?![\\p{L}])`,
      "iu",
    );
    dropNamedOnlyWhere((i, named) => {
      const text = sentences[i]?.text ?? "";
      if (i === 0 || !place.test(text) || !greeting.test(text)) return false;
      const normalized = normalizeName(text);
      const at = normalized.search(named);
      // (Or the greeter as the subject, only titles and given names before the family name: "Foreign
      // Secretary Sewa Lamsal had welcomed the visiting Japanese Foreign Minister … at the Tribhuvan
      // International Airport", "Qatari Defense Minister Khalid bin Muhammad Al-Attiyah and other officials
      // received the Turkish president at the airport".)
      const greeter =
        at >= 0 &&
        /^(?:\S+\s+){0,7}$/u.test(normalized.slice(0, at)) &&
        greeting.test(normalized.slice(at).split(/\s+/u).slice(0, 8).join(" "));
      if (at < 0 || (!(at > 0 && /(?:^|\s)by\s/u.test(normalized.slice(0, at))) && !greeter)) return false;
      const title =
        normalized
          .slice(0, at)
          .split(/\s+by\s+/u)
          .at(-1) ?? "";
      return !leaders.test(title.split(/\s+/u).slice(-4).join(" "));
    });
  }
  // Someone named only inside the quoted words of another ("“… we look forward to Prime Minister Turnbull
  // … returning for the summit”"), who says nothing and whom the headline does not name: spoken of, taking
  // no part. (Every time the text writes the surname, from the start of its paragraph.)
  for (const [id, own] of drafts) {
    if (own.mention.kind !== "PERSON" || own.mention.participant || speakers.has(id)) continue;
    const last = surnameOf(own.mention);
    if (!last || speakers.has(last)) continue;
    if (headline && wordPattern(last, "iu").test(normalizeName(headline))) continue;
    const written = (own.mention.name ?? own.mention.text).split(/\s+/u).at(-1) ?? "";
    const occurrences = [
      ...body.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(written)}(?![\\p{L}])`, "gu")),
    ];
    if (
      occurrences.length > 0 &&
      occurrences.every((o) => insideQuotation(body.slice(body.lastIndexOf("\n", o.index) + 1, o.index)))
    )
      for (const draft of own.drafts) dropped.add(draft);
  }
  if (dropped.size) candidates.splice(0, candidates.length, ...candidates.filter((c) => !dropped.has(c)));
  for (const statement of statements) {
    if (statement.participant || !statement.speaker) continue;
    const spoken =
      bodies.exec(statement.speaker.trim()) ??
      lowerBodies.exec(statement.speaker.trim()) ??
      (/(?<![\p{L}])(?:former|ex)(?![\p{L}])/iu.test(statement.speaker)
        ? null
        : bodyOfLabel.exec(statement.speaker.trim()));
    const name = spoken?.[1] ?? spoken?.[2];
    const id = name ? `name:${normalizeName(name)}` : "";
    if (!name || seen.has(id)) continue;
    const at = body.search(
      new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u"),
    );
    if (at < 0) continue;
    seen.add(id);
    add("PARTICIPANT", at, at + name.length, 0.4, { name, kind: "ORGANIZATION", misspelling: false }, null);
  }
  // "Kishida said …" in a text that never names him in full: a person who speaks, named where the text
  // first names them.
  // (Named in full as the headline names them: "Xi said" under "Xi Jinping tells …".)
  for (const statement of statements) {
    const name = statement.speaker?.trim() ?? "";
    // (Not a medium that passes words on: "…, reports Akorda".)
    if (statement.participant || statement.relayed) continue;
    const word = loneSpeakerName(name, vocabulary)
      ? name
      : headline
        ? name
            .split(" ")
            .find(
              (w) =>
                loneSpeakerName(w, vocabulary) &&
                wordPattern(w).test(body) &&
                headlineFullName(headline, w, vocabulary, body) === name,
            )
        : undefined;
    if (!word) continue;
    const id = `name:${normalizeName(name)}`;
    const at = body.search(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}’'-])`, "u"));
    if (seen.has(id) || at < 0) continue;
    seen.add(id);
    add(
      "PARTICIPANT",
      at,
      at + word.length,
      0.4,
      { name, kind: "PERSON", misspelling: false, speaks: true },
      null,
    );
  }

  // "…, Grabar-Kitarovic and Pahor said": one of two who speak together, the other a person the text names,
  // named by a surname alone that no one the text names in full has, takes part too. (Not "Trinidad and
  // Tobago said": neither is a person the text names.)
  const surnames = new Set(mentions.filter((m) => m.kind === "PERSON").map((m) => surnameOf(m)));
  for (const statement of statements) {
    if (statement.participant || !statement.speaker) continue;
    const parts = statement.speaker.trim().split(/\s+and\s+/u);
    if (parts.length !== 2) continue;
    for (const [k, part] of parts.entries()) {
      const id = `name:${normalizeName(part)}`;
      if (
        !surnames.has(lastNameWord(parts[1 - k] ?? "")) ||
        !loneSpeakerName(part, vocabulary) ||
        surnames.has(lastNameWord(part)) ||
        seen.has(id)
      )
        continue;
      const at = body.search(new RegExp(`(?<![\\p{L}])${escapeRegExp(part)}(?![\\p{L}’'-])`, "u"));
      if (at < 0) continue;
      seen.add(id);
      add(
        "PARTICIPANT",
        at,
        at + part.length,
        0.4,
        { name: part, kind: "PERSON", misspelling: false, speaks: true },
        null,
      );
    }
  }

  // "Blinken told VOA that … He said … Blinken said …": the one who speaks on in the same paragraph, naming no
  // other channel nor anyone told, speaks on through the same one.
  let previous: (typeof statements)[number] | undefined;
  for (const statement of [...statements].sort((a, b) => a.start - b.start)) {
    const speaker = statement.participant?.id ?? normalizeName(statement.speaker ?? "");
    if (
      previous?.channel &&
      !statement.channel &&
      speaker &&
      speaker === (previous.participant?.id ?? normalizeName(previous.speaker ?? "")) &&
      !body.slice(previous.end, statement.start).includes("\n") &&
      // (Not one telling someone else: "Velkova told Kovac that …" is said to him.)
      !/(?<![\p{L}])told(?![\p{L}])/iu.test(body.slice(statement.start, statement.end))
    )
      statement.channel = previous.channel;
    previous = statement;
  }
  // "LINDBY (Reuters) - Norland and Sudria will resume talks, the ministry said": what was said starts
  // after the dateline (its agency's bracket, or its name between slashes, and the dash or colon after it).
  for (const statement of statements) {
    if (statement.start < afterDateline && statement.end > afterDateline) statement.start = afterDateline;
    add(
      "STATEMENT",
      statement.start,
      statement.end,
      statement.confidence,
      {
        mode: statement.mode,
        speaker: statement.speaker,
        channel: statement.channel,
        attribution: statement.channel,
      },
      statement.participant?.id ?? null,
    );
  }

  for (const claim of claimsOf(body, sentences, mentions, vocabulary)) {
    add("CLAIM", claim.start, claim.end, claim.confidence, claim.data);
  }

  // Dates of the meeting: "on Sunday", "on 4 March", read against the publication time.
  for (const sentence of sentences) {
    if (!meetingCue().test(sentence.text) || !/\d|day\b|today|yesterday|tomorrow/i.test(sentence.text))
      continue;
    for (const date of datesIn(sentence.text, publishedAt ?? undefined)) {
      if (!date.start.isCertain("weekday") && !date.start.isCertain("day")) continue;
      // "5.5 hours before" reads as a time; it is a duration, found with the claims.
      if (/\b(hours?|minutes?|days?|weeks?)\b/i.test(date.text)) continue;
      // "a 5-1/2 hour meeting", "3 1/2 hours": a fraction of a mixed number, no day.
      if (
        /^\d{1,2}\/\d{1,2}$/u.test(date.text) &&
        (/\d[-\s]$/u.test(sentence.text.slice(Math.max(0, date.index - 2), date.index)) ||
          /^[-\s]*(?:hours?|hrs?|minutes?|mins?|days?|weeks?)\b/iu.test(
            sentence.text.slice(date.index + date.text.length),
          ))
      )
        continue;
      const start = sentence.start + date.index;
      // (A date in the dateline, "BELGRADE (UrduPoint News / Sputnik - 01st March, 2023)", is the day the
      // story was filed, not the meeting's.)
      if (start < afterDateline) continue;
      // (Without a publication time, only a date that states its year: chrono reads "yesterday" and "on
      // Sunday" against the importing machine's clock, and marks the year of that reading as certain.)
      const known =
        publishedAt !== null || (date.start.isCertain("year") && /(?<!\d)\d{4}(?!\d)/u.test(date.text));
      // (The words of the date only: chrono may take the comma after it, "on Sunday,".)
      const words = date.text.replace(/[\s,;:]+$/u, "");
      add("CLAIM", start, start + words.length, known ? 0.6 : 0.4, {
        attribute: "date",
        value: words,
        normalized: known ? date.start.date().toISOString().slice(0, 10) : null,
        scope: "talks",
      });
    }
  }

  // "the two sides only reached an agreement in principle in 2019": an agreement the clause of its own verb
  // dates to a year before the article's (articleYear) is an earlier meeting's.
  const earlier =
    /\b(?:reached|signed|struck|concluded|sealed|inked|agreed)\b(?:(?!\b(?:that|which|who|when)\b)[^,;.]){0,60}?\b(?:in|back\s+in)\s+((?:19|20)\d\d)(?![\p{L}\p{N}])/iu;
  for (const agreement of agreements) {
    const year = earlier.exec(body.slice(agreement.start, agreement.end))?.[1];
    if (year && articleYear !== null && Number(year) < articleYear) continue;
    // (As what was said: the words agreed start after the dateline.)
    if (agreement.start < afterDateline && agreement.end > afterDateline) agreement.start = afterDateline;
    add("AGREEMENT", agreement.start, agreement.end, agreement.confidence, {
      strength: agreement.strength,
      // The page's own words (the body read may differ in its quotation marks).
      text: page.slice(...widened(agreement.start, agreement.end)).trim(),
    });
  }

  // Topics: the first passage that names each (one search per term over the body).
  for (const topic of vocabulary.topics) {
    let first: RegExpExecArray | null = null;
    for (const term of topic.terms) {
      const hit = new RegExp(
        `(?<![\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`,
        "iu",
      ).exec(body);
      if (hit && (!first || hit.index < first.index)) first = hit;
    }
    if (first)
      add("TOPIC", first.index, first.index + first[0].length, 0.6, { topic: topic.key, name: topic.name });
  }
  return candidates;
}

const clauseBreaks = new WeakMap<Vocabulary, { split: RegExp; spoken: RegExp }>();
/**
 * Sentences as attribution reads them: one that reports two people's words, joined by "while", "whereas"
 * or a comma's "and" or "but" before the second speaker and a verb of speech ("Singh told reporters … while
 * Kasuri said, “…”"), is two, each with its own speaker. So is one whose speaker goes on, after "and", with
 * a second verb of speech in the past tense ("Lind applauded Sudria for … and congratulated Brandt on …"),
 * when the first part holds one too: two statements of the same speaker. And one whose last person goes on
 * to speak in a relative clause ("… when meeting with Luxembourg's Prime Minister Luc Frieden on Monday, who
 * hailed the visit as …") is two, the second that person's.
 */
function speechClauses(sentences: Sentence[], vocabulary: Vocabulary): Sentence[] {
  let patterns = clauseBreaks.get(vocabulary);
  if (!patterns) {
    const verbs = wordAlternatives(vocabulary.speechVerbs.filter((verb) => /^\p{Ll}/u.test(verb)));
    // (The second speaker's title may stand in small letters before the name: "while president Fernández
    // pointed out …".)
    const titles = wordAlternatives(
      vocabulary.roleWords.filter((word) => !/\s/u.test(word)).map((word) => word.toLowerCase()),
    );
    // (Not "said", "told" or "added", which go on with what was said: "said … and added that …" is one.)
    const pastVerbs = wordAlternatives(
      vocabulary.speechVerbs.filter(
        (verb) => /^\p{Ll}+ed$/u.test(verb) && !/^(?:said|told|added)$/u.test(verb),
      ),
    );
    patterns = {
      split: new RegExp(
        `(?:,?\\s+(?:while|whereas)|,\\s+(?:and|but))\\s+(?=(?:(?:the\\s+)?(?:${titles || "(?!)"})\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,5}(?:also\\s+|later\\s+)?(?:${verbs || "(?!)"})(?![\\p{L}]))|(?<bare>,?\\s+and\\s+(?:also\\s+)?)(?=(?:${pastVerbs || "(?!)"})\\s+(?!to\\b|and\\b|with\\b))|,\\s+who\\s+(?:also\\s+)?(?=(?:${pastVerbs || "(?!)"})\\s+(?!to\\b|and\\b|with\\b))`,
        "gu",
      ),
      spoken: new RegExp(`(?<![\\p{L}])(?:${verbs || "(?!)"})(?![\\p{L}])`, "u"),
    };
    clauseBreaks.set(vocabulary, patterns);
  }
  const result: Sentence[] = [];
  for (const sentence of sentences) {
    let from = 0;
    for (const match of sentence.text.matchAll(patterns.split)) {
      // (Not inside a quotation: the speaker's own words may hold "while".)
      const before = sentence.text.slice(0, match.index);
      if (((before.match(/[“”"]/gu) ?? []).length & 1) === 1) continue;
      // (Nor after a few words only.)
      if (match.index - from < 12) continue;
      // (A verb after "and" only where the part before it holds a verb of speech of its own: "The Prime
      // Minister turned to the day's events and thanked …" is one statement.)
      if (match.groups?.bare && !patterns.spoken.test(sentence.text.slice(from, match.index))) continue;
      const end = match.index + match[0].length;
      result.push({
        ...sentence,
        text: sentence.text.slice(from, match.index),
        start: sentence.start + from,
        end: sentence.start + match.index,
      });
      from = end;
    }
    result.push(
      from === 0 ? sentence : { ...sentence, text: sentence.text.slice(from), start: sentence.start + from },
    );
  }
  return result;
}
