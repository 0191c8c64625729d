/**
 * Events: each imported article is linked to the event it covers. An article is scored against the
 * stored events near its date (proposed ones included) and linked to the best one that reaches the
 * threshold; otherwise import proposes a new Event (`proposed = true`) from the article, which later
 * articles about the same meeting then match. The score and what matched are stored on ArticleEvent.
 *
 * Score, shares from reference/linking.yaml (eventMatch), each part between 0 and 1, summed over the parts
 * the event can be compared on (an event with no place is judged on the rest) and divided by their shares:
 *   people     share of the event's people the article names (resolved participants, or a name of
 *              theirs written in the title or text: "Chancellor Merkel")                         0.5
 *   countries  share of the event's countries (participants and sides) the article names     0.1
 *   place      a part of the event's place ("Diaoyutai State Guesthouse, Beijing") in the text,
 *              as where something is ("in Beijing", "Geneva, Switzerland"), not as a government
 *              ("Beijing says")                                                         0.2
 *   date       the meeting date read from the text is within a day of the event's (or a month and
 *              day written without a year fall on it, "June 18th to 19th"): 1; no meeting
 *              date but published within a week after the event: 0.5; else 0                 0.2
 * A meeting date further from the event's rules the event out, and so does naming under half of the
 * event's people (or only half of a meeting of more than two, unless the dates agree: a bilateral on
 * a summit's margins), and so does a publication more than `recentDays` after the event in an article that gives
 * no meeting date and does not name the event's place (an undated event counts as published with its
 * articles: a meeting date more than `recentDays` from them rules it out); with one person in common (the event's own articles
 * may name a second of the article's people), the meeting date must agree, or the place with a publication
 * near the event; an article that gives no day at all (no meeting date, publication or capture) joins a
 * dated event only on its place; an article about someone the event is not about, of an event about someone the article
 * is not about, is another meeting unless the meeting is on the event's very day; a country is no place to
 * match on; of equal scores, the event sharing more people wins. An article matching no event joins the
 * event of the stored article it nearly repeats (a wire copy), else proposes one (with every venue it
 * names: "Oval Office, White House"). Threshold 0.55,
 * tuned on packages/ingest/eval, the seed and the made-up meeting (`pnpm evaluate`, "event linked right").
 * Hand-written: the parts are this domain's, and each is kept as evidence.
 */

import {
  type DbClient,
  inTransaction,
  normalizeName,
  spanAt,
  type TimePrecision,
  toCodePointIndex,
} from "@readout/db";
import ct from "countries-and-timezones";
import { findNearDuplicate } from "../bulk/near-duplicates.ts";
import { escapeRegExp, wordPattern } from "../extract/mentions.ts";
import { isCommonWord, isGrammarWord, lexiconTag } from "../extract/nlp.ts";
import { type CandidateDraft, meetingCue } from "../extract.ts";
import {
  linkingReference,
  type PeopleIndex,
  type Person,
  resolveArticlePeople,
  yetToCome,
} from "../people/index.ts";
import { reference, wordAlternatives } from "../vocabulary.ts";
import {
  chooseMeetingDate,
  dayInAddress,
  daysBetween,
  type MeetingDate,
  meetingDates,
  referenceDay,
  weekdayOf,
  weekdayOfDay,
} from "./dates.ts";

/** "… capital Kuala Lumpur", "… port of Aden": the place a noun of place (vocabulary.yaml placeNouns) names. */
let placeAfterPossessivePattern: RegExp | undefined;
const placeAfterPossessive = () =>
  (placeAfterPossessivePattern ??= new RegExp(
    `^\\s+(?:${reference().vocabulary.placeNouns.map(escapeRegExp).join("|")})\\s+(?:of\\s+)?(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})`,
    "u",
  ));

export {
  chooseMeetingDate,
  dayInAddress,
  type MeetingDate,
  meetingDates,
  type ReferenceDay,
  referenceDay,
} from "./dates.ts";

type Tx = Pick<DbClient, "participant" | "participantAlias" | "event" | "eventParticipant" | "articleEvent">;

export interface ArticleSignals {
  body: string;
  title: string;
  /** The day the article is dated by (publication, else its page's address, else capture). */
  reference: { day: string; source: string } | null;
  meetingDate: MeetingDate | null;
  /** Participants named, in order of first mention (code-point offsets); `lead`: among those the article is about. */
  named: { id: string; kind: string; at: number; lead?: boolean; name?: string; aliases?: string[] }[];
  /** Places the article gives: venue claims, dateline, byline places, "in <Place>" beside a meeting word. */
  places: string[];
  /** The town the article places the meeting in (dateline, "met in <Place>", a byline's place). */
  city: string | null;
  /** The town the text says the meeting was held in ("met in …", a place claim), not a dateline's. */
  heldIn?: string | null;
  /** A venue it names ("at the Diaoyutai State Guesthouse"). */
  venue: string | null;
  /** All the venues it names, in order ("Oval Office", "White House"). */
  venues?: string[];
}

export interface PreparedArticle {
  candidates: CandidateDraft[];
  signals: ArticleSignals;
}

const str = (value: unknown) => (typeof value === "string" ? value : null);
let countryNames: Set<string> | undefined;
/** A country's name (countries-and-timezones' list), normalised as places are. */
/** A country's name, or a region's (linking.yaml regionNames): no town, and no meeting's place alone. */
const isCountryName = (name: string) => {
  countryNames ??= new Set([
    ...Object.values(ct.getAllCountries()).map((country) => normalizeName(country.name)),
    ...linkingReference().regionNames.map((region) => normalizeName(region)),
  ]);
  return countryNames.has(name);
};
let venueMap: Map<string, string[]> | undefined;
/** The places that hold a well-known venue (linking.yaml venuePlaces), normalised. */
const venueHolders = (piece: string) => {
  venueMap ??= new Map(
    Object.entries(linkingReference().venuePlaces).map(([venue, places]) => [
      normalizeName(venue),
      places.map((place) => normalizeName(place)),
    ]),
  );
  return venueMap.get(piece) ?? [];
};
/**
 * The pieces of an event's place, normalised ("Alvorada Palace, Brasilia"), the town a venue's possessive
 * names ("Beijing’s Diaoyutai State Guesthouse" is in Beijing; a common word's possessive, "Prime
 * Minister’s Office", names none), and the places that hold a well-known venue (the Oval Office is in the
 * White House, in Washington: pages of one meeting name either).
 */
let venueNounSet: Set<string> | undefined;
const venueNouns = () =>
  (venueNounSet ??= new Set(reference().vocabulary.claims.venueNouns.map((noun) => noun.toLowerCase())));
/** A venue's name: its last word is a venue's noun ("Buda Castle", "Diaoyutai State Guesthouse"). */
const isVenue = (piece: string) => venueNouns().has(piece.trim().split(/\s+/u).at(-1)?.toLowerCase() ?? "");
const placePieces = (place: string) => {
  const pieces = place.split(/[,;]/);
  const owners = pieces
    .map((piece) => /^\s*(\p{Lu}[\p{L}-]+)[’']s\s/u.exec(piece)?.[1])
    .filter((owner): owner is string => owner !== undefined && !isCommonWord(owner.toLowerCase()));
  // "Sochi International Airport": a venue of three words or more named after its town (its first word).
  const towns = pieces
    .map((piece) => piece.trim().split(/\s+/u))
    .filter((words) => words.length >= 3 && isVenue(words.join(" ")))
    .map((words) => words[0] ?? "")
    .filter((town) => /^\p{Lu}\p{Ll}+$/u.test(town) && !isCommonWord(town.toLowerCase()));
  const named = [...pieces, ...owners, ...towns]
    .map((piece) => normalizeName(piece))
    .filter((piece) => piece.length >= 3);
  return [...new Set([...named, ...named.flatMap(venueHolders)])];
};
/** Names of months and days (reference/calendar.yaml): never the name of a place. */
const isCalendarWord = (word: string) => {
  const { months, days } = reference().calendar;
  return [...months, ...days].some((entry) => entry.name.toLowerCase() === word.toLowerCase());
};

/**
 * A month and day written without a year ("June 18th to 19th", "the 13th of May"): a page that states no
 * year leaves the meeting date unread, but the month and day can still agree with an event's. Null when
 * the words give a year, or no month with a day.
 */
export function monthDayOf(text: string | null | undefined): { month: number; day: number } | null {
  if (!text || /\b\d{4}\b/.test(text)) return null;
  const { months } = reference().calendar;
  const names = months.flatMap((m, i) =>
    [m.name, ...m.short].map((name) => ({ name: name.toLowerCase(), month: i + 1 })),
  );
  const alternatives = names
    .map((n) => escapeRegExp(n.name))
    .sort((a, b) => b.length - a.length)
    .join("|");
  const ordinal = "(\\d{1,2})(?:st|nd|rd|th)?";
  const found =
    new RegExp(`(?<![\\p{L}])(${alternatives})\\.?\\s+${ordinal}(?![\\p{L}\\d])`, "iu").exec(text) ??
    new RegExp(`(?<![\\p{L}\\d])${ordinal}\\s+(?:of\\s+)?(${alternatives})(?![\\p{L}])`, "iu").exec(text);
  if (!found) return null;
  const [monthWord, dayWord] = /^\d/.test(found[1] ?? "") ? [found[2], found[1]] : [found[1], found[2]];
  const month = names.find((n) => n.name === monthWord?.toLowerCase())?.month;
  const day = Number(dayWord);
  return month && day >= 1 && day <= 31 ? { month, day } : null;
}

/** Places an article gives for the meeting: towns first (dateline, "met in", bylines), then venues. */
/** Small words inside a town's name: "Rio de Janeiro", "Dar es Salaam", "Bandar Seri Begawan" needs none. */
const TOWN_PARTICLES = "(?:de|da|do|dos|das|del|della|di|du|des|es|el|la|le|al)";

function placesOf(
  body: string,
  candidates: CandidateDraft[],
  bylinePlaces: string[],
  meetingCues: string[],
): { places: string[]; city: string | null; heldIn: string | null; venue: string | null; venues: string[] } {
  const places: string[] = [];
  const claimed = candidates.filter(
    (c) => c.kind === "CLAIM" && c.data.attribute === "place" && str(c.data.value),
  );
  // Place claims scoped to a town ("city", "country") are towns; the others are venues.
  const isTown = (c: CandidateDraft) => ["city", "town", "country"].includes(str(c.data.scope) ?? "");
  const venues = claimed.filter((c) => !isTown(c)).map((c) => str(c.data.value) as string);
  // A dateline: "BEIJING, June 18 (Reuters) -", "Geneva —".
  const dateline =
    /^\s*(\p{Lu}[\p{Lu}\p{Ll}.'’ -]{2,30}?)\s*(?:,[^\n—–]{0,40}?)?\s*(?:\([^)\n]{1,40}\)\s*)?[—–-]{1,2}\s/u.exec(
      body,
    );
  // Where the story was filed: after the towns the text says the meeting was held in ("WASHINGTON —" over a
  // summit "in Woodside").
  const filed: string[] = [];
  if (dateline?.[1]) {
    const name = dateline[1].trim();
    filed.push(
      name === name.toUpperCase()
        ? name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase())
        : name,
    );
  }
  // Cue words in either case; the place after them must be capitalised (so no "i" flag). The words between
  // may be many ("met with his Finnish counterpart Petteri Orpo and President Alexander Stubb in Helsinki")
  // but hold no verb of a clause of their own and quote nothing ("… visit to the islands an “unforgivable
  // outrage” and a bullet was mailed to Moscow's embassy in Tokyo"). "during his visit
  // to Seoul" and "Xi Jinping's visit to Brasília" place the meeting as "in Seoul" does ("a week before his
  // visit to Washington" does not).
  const cues = meetingCues
    .map((cue) =>
      escapeRegExp(cue)
        .replace(/ /g, "\\s+")
        .replace(/^\p{Ll}/u, (first) => `[${first}${first.toUpperCase()}]`),
    )
    .join("|");
  const inPlace = new RegExp(
    `(?<![\\p{L}])(?:${cues})(?![\\p{L}])(?:(?!\\b(?:was|were|is|are|has|have|had)\\b)[^.\\n“”"]){0,90}?(?:\\bin|(?<=(?:\\b(?:during|on|in\\s+the\\s+course\\s+of)\\s+(?:[\\p{L}'’-]+\\s+){0,5}|\\p{L}[’']s\\s+(?:[\\p{L}-]+\\s+){0,2})visit\\s+)to)\\s+(\\p{Lu}[\\p{L}'’-]+(?:[^\\S\\n]+(?:${TOWN_PARTICLES}[^\\S\\n]+)?\\p{Lu}[\\p{L}'’-]+){0,2})`,
    "gu",
  );
  // (A visit someone is yet to make is no meeting's place: "a week before Modi's state visit to Paris",
  // "Xi's planned visit to Washington".)
  const notYet =
    /(?<![\p{L}])(?:before|ahead\s+of|eve\s+of|planned|upcoming|next|future|expected|proposed|prepar\p{L}*)(?![\p{L}])/iu;
  // (Nor is where they met before: "since we met last time in Singapore", "their previous talks in Bali".)
  const before = new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(linkingReference().earlierMeetingCues) || "(?!)"})(?![\\p{L}])`,
    "iu",
  );
  for (const match of body.matchAll(inPlace)) {
    if (/[’']s\s+(?:[\p{L}-]+\s+){0,2}visit\s+to\s/u.test(match[0]) && notYet.test(match[0])) continue;
    const lead =
      body
        .slice(Math.max(0, match.index - 20), match.index)
        .split(/[.!?\n]/u)
        .at(-1) ?? "";
    if (before.test(`${lead}${match[0]}`)) continue;
    // (Nor where a meeting yet to come will be: "the upcoming G20 Summit, which South Africa is hosting in
    // Johannesburg".)
    if (yetToCome(lead, match[0])) continue;
    // "in Geneva Wednesday": the day after the town is no part of it.
    let name = (match[1] ?? "")
      .split(" ")
      .filter((word, i) => i === 0 || !isCalendarWord(word))
      .join(" ");
    // "in Malaysia’s capital Kuala Lumpur": the town the possessive's noun names, else the country.
    const owner = /^(.+?)[’']s$/u.exec(name)?.[1];
    if (owner) {
      const town = placeAfterPossessive().exec(body.slice((match.index ?? 0) + match[0].length))?.[1];
      name = town ?? owner;
    }
    // "in Russia’s Sochi": a country's town is the town; "in Beijing’s Diaoyutai State Guesthouse" is in
    // the town that owns the venue.
    const owned = /^(\p{Lu}[\p{L}-]+)[’']s\s+(\p{Lu}.*)$/u.exec(name);
    // ("his visit to Nigeria’s President Bola Tinubu": a country's titled person is no place.)
    const titled = owned?.[2]?.split(/\s+/u)[0]?.toLowerCase() ?? "";
    if (reference().vocabulary.roleWords.some((word) => word.toLowerCase() === titled)) continue;
    // (An owner that is neither a country nor a town, "in Kovac's Dalby residence", leaves the town after it.)
    if (owned?.[1] && owned[2])
      name =
        !isCountryName(normalizeName(owned[1])) &&
        /City|Place/u.test(String(lexiconTag(owned[1].toLowerCase()) ?? ""))
          ? owned[1]
          : owned[2];
    // ("for talks in No 10": a word of grammar opens no town's name; "experience in COVID-19 prevention": a
    // name with a figure run onto it is a disease's or a thing's.)
    if (isGrammarWord(name.split(" ")[0] ?? "")) continue;
    if (/-$/u.test(name) || /^\d/u.test(body.slice(match.index + match[0].length))) continue;
    if (/^\p{Lu}/u.test(name) && !isCalendarWord(name.split(" ")[0] ?? "")) places.push(name);
  }
  places.push(...claimed.filter(isTown).map((c) => str(c.data.value) as string));
  // "met at a Manhattan hotel": the town a venue's description names, after those above; a place by the
  // lexicon, not a body or a people ("spoke at a Senate hearing", "at a NATO summit", "an Indian restaurant").
  const atVenue = new RegExp(
    `(?<![\\p{L}])(?:${cues})(?![\\p{L}])[^.\\n]{0,40}?\\bat\\s+an?\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})\\s+\\p{Ll}`,
    "gu",
  );
  for (const match of body.matchAll(atVenue)) {
    const town = match[1] ?? "";
    const tag = String(lexiconTag(town.toLowerCase()) ?? "");
    if (/City|Place|Region/u.test(tag) && !/Country/u.test(tag)) places.push(town);
  }
  // The town the text says the meeting was held in, if any (not where the story was filed).
  const held = places.map((p) => p.trim()).find(Boolean) ?? null;
  places.push(...filed, ...bylinePlaces);
  const towns = [...new Set(places.map((p) => p.trim()).filter(Boolean))];
  // "Beijing's Diaoyutai State Guesthouse" beside "Diaoyutai State Guesthouse" is that one venue.
  const unowned = (venue: string) => venue.replace(/^\p{Lu}[\p{L}-]+[’']s\s+/u, "");
  const trimmed = [...new Set(venues.map((v) => v.trim()).filter(Boolean))];
  const distinctVenues = trimmed.filter((v) => unowned(v) === v || !trimmed.includes(unowned(v)));
  return {
    places: [...new Set([...towns, ...venues])],
    city: towns[0] ?? null,
    heldIn: held,
    venue: distinctVenues[0] ?? null,
    venues: distinctVenues,
  };
}

/** The words a person goes by, written as names: those of their name and their one-word alias. */
const nameWords = (people: PeopleIndex, person: Person) =>
  new Set(
    [...person.name.split(/\s+/u), people.shortName(person)].filter((word) => /^\p{Lu}\p{L}/u.test(word)),
  );

/**
 * How often a text writes each word and each name ("Trudeau", "Justin Trudeau"): counted once per text, so
 * that every person of an article is looked up, not searched for.
 */
function wordCounter(text: string) {
  const words = new Map<string, number>();
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) words.set(match[0], (words.get(match[0]) ?? 0) + 1);
  return (form: string) => {
    if (/^[\p{L}\p{N}]+$/u.test(form)) return words.get(form) ?? 0;
    return [...text.matchAll(wordPattern(form))].length;
  };
}

/**
 * How many times a text names a person: by their whole name, or by a word of it written as a name ("Xi",
 * "Trudeau", "Lula" of "Luiz Inácio Lula da Silva", or a one-word alias), a word none of the people the
 * text names before goes by too (Joe, then Jill Biden: `taken`).
 */
function timesNamed(person: Person, own: Set<string>, taken: Set<string>, count: (form: string) => number) {
  const words = [...own].filter((word) => word.length >= 2 && !taken.has(word) && word !== person.name);
  return Math.max(count(person.name), ...words.map(count));
}

/**
 * The people an article is about, at most four: those named in its first lines that its headline names
 * or that it names again; a party named once there (the welcoming party of an arrival, "… included Finance
 * Minister Chrystia Freeland") is not what it is about, and those its headline names, then the people it
 * names most (three times or more), make up the pair where its first lines name fewer than two. With
 * fewer than two so, those of its first lines, else its first two.
 */
function leadOf<T extends { id: string; at: number }>(
  people: PeopleIndex,
  persons: T[],
  inLead: T[],
  title: string,
  body: string,
): T[] {
  const fallback = (inLead.length >= 2 ? inLead : persons.slice(0, 2)).slice(0, 4);
  const known = persons.map((n) => people.get(n.id)).filter((p) => p !== undefined);
  // (A word two of them share goes to the one named first: "Justin Trudeau and his wife, Sophie Gregoire
  // Trudeau", then "Trudeau".)
  const inBody = wordCounter(body);
  const inHeadline = wordCounter(title);
  const times = new Map<string, number>();
  const inTitle = new Set<string>();
  const taken = new Set<string>();
  for (const person of known) {
    const own = nameWords(people, person);
    times.set(person.id, timesNamed(person, own, taken, inBody));
    if (timesNamed(person, own, taken, inHeadline) > 0) inTitle.add(person.id);
    for (const word of own) taken.add(word);
  }
  const kept = inLead.filter((n) => inTitle.has(n.id) || (times.get(n.id) ?? 0) >= 2);
  // (Those its headline names first: "Sunak, Scholz vow support …" over a page whose first lines name
  // Sunak and, in his words, Putin, and Scholz only further down.)
  const more = persons
    .filter((n) => !inLead.includes(n) && (inTitle.has(n.id) || (times.get(n.id) ?? 0) >= 3))
    .sort(
      (a, b) =>
        Number(inTitle.has(b.id)) - Number(inTitle.has(a.id)) ||
        (times.get(b.id) ?? 0) - (times.get(a.id) ?? 0),
    );
  while (kept.length < 2 && more.length) kept.push(more.shift() as T);
  return kept.length >= 2 ? kept.slice(0, 4) : fallback;
}

/**
 * Resolves an article's people and reads its meeting date: the candidates to store (with a CLAIM of
 * attribute `date` for the meeting date in place of extraction's dates) and what event linking needs.
 */
export async function prepareArticle(
  tx: Tx,
  people: PeopleIndex,
  input: {
    body: string;
    title: string;
    publishedAt: Date | null;
    publishedPrecision: TimePrecision;
    publishedText: string | null;
    bylinePlaces: string[];
    capturedAt: Date | null | undefined;
    /** The page's address: a day in its path dates the article where the text states none. */
    url?: string | null | undefined;
    /** Where the story's words start after its dateline: a date in the dateline is the filing's. */
    datelineEnd?: number | undefined;
    candidates: CandidateDraft[];
  },
): Promise<PreparedArticle> {
  const linking = linkingReference();
  const reference = referenceDay(
    { at: input.publishedAt, precision: input.publishedPrecision, text: input.publishedText },
    input.capturedAt,
    dayInAddress(input.url),
  );
  const resolved = await resolveArticlePeople(
    tx,
    people,
    input.candidates,
    reference?.day ?? null,
    input.body,
  );
  // ("BELGRADE (UrduPoint News / Sputnik - 01st March, 2023) …": the dateline's date is the day the story
  // was filed, not the meeting's; blanked, every offset kept.)
  const datelineEnd = input.datelineEnd ?? 0;
  const dated = datelineEnd > 0 ? " ".repeat(datelineEnd) + input.body.slice(datelineEnd) : input.body;
  const dates = meetingDates(dated, reference, {
    meeting: linking.meetingCues,
    future: linking.futureCues,
    nouns: linking.meetingNouns,
    grammar: linking.meetingNounBreaks,
    occasions: linking.otherOccasionNouns,
    homecoming: linking.homecomingCues,
  });
  const meetingDate = chooseMeetingDate(dates, reference, {
    recentDays: linking.eventMatch.recentDays,
    aheadDays: linking.eventMatch.windowDays,
  });
  // Extraction's dates were read without the publication day's rules; the meeting's date replaces them.
  const candidates = resolved.candidates.filter((c) => !(c.kind === "CLAIM" && c.data.attribute === "date"));
  if (meetingDate) {
    candidates.push({
      kind: "CLAIM",
      confidence: meetingDate.day ? (meetingDate.how === "stated" ? 0.8 : 0.7) : 0.3,
      span: spanAt(input.body, meetingDate.start, meetingDate.end),
      participantId: null,
      data: {
        attribute: "date",
        value: meetingDate.text,
        normalized: meetingDate.day,
        range: meetingDate.range,
        how: meetingDate.how,
        readAgainst: reference,
        scope: "meeting",
      },
    });
  }
  // A weekday or "yesterday" read against the capture day (the page states no publication date) may be
  // any week: kept as a claim, but it neither dates a proposed event nor rules a stored one out.
  const linkingDate =
    meetingDate && reference?.source === "captured" && meetingDate.how !== "stated" ? null : meetingDate;
  const lead = toCodePointIndex(input.body, Math.min(input.body.length, 600));
  // Those named right after a messenger's title (a spokesperson, a moderator) report the meeting.
  const codePoints = Array.from(input.body);
  // (An honorific may stand between: "Presidency Spokesperson Dr. Ahmed Fahmy".)
  const messenger = new RegExp(
    `(?<![\\p{L}])(?:${linking.messengerTitles.map(escapeRegExp).join("|")})\\s*(?:,\\s*)?(?:(?:${linking.honorifics.map((h) => escapeRegExp(h.replace(/\.$/u, ""))).join("|")})\\.?\\s+)?$`,
    "iu",
  );
  const persons = resolved.named.filter(
    (n) =>
      n.kind === "PERSON" &&
      !(
        linking.messengerTitles.length &&
        messenger.test(codePoints.slice(Math.max(0, n.at - 40), n.at).join(""))
      ),
  );
  const inLead = persons.filter((n) => n.at < lead);
  const leading = new Set(leadOf(people, persons, inLead, input.title, input.body).map((n) => n.id));
  return {
    candidates,
    signals: {
      body: input.body,
      title: input.title,
      reference,
      meetingDate: linkingDate,
      named: resolved.named.map((n) => ({
        ...n,
        lead: leading.has(n.id),
        name: people.get(n.id)?.name,
        aliases: people.get(n.id)?.aliases,
      })),
      ...placesOf(input.body, candidates, input.bylinePlaces, linking.meetingCues),
    },
  };
}

interface StoredEvent {
  id: string;
  key: string;
  title: string;
  startsAt: Date | null;
  startPrecision: TimePrecision;
  place: string | null;
  proposed: boolean;
  participants: {
    participantId: string;
    sideId: string | null;
    participant: { kind: string; name?: string; aliases?: { normalized: string }[] };
  }[];
  /** Titles and bodies of the articles linked to it, when read (see matchEvent). */
  texts?: string[];
  /** Its articles' publication times (those read: see eventsNear), to place an undated event in time. */
  articles?: {
    evidence?: unknown;
    article: { publishedAt: Date | null; publishedPrecision: TimePrecision };
  }[];
  /** How many articles are linked to it. */
  _count?: { articles: number };
}

export interface EventMatch {
  eventId: string;
  key: string;
  /** Whether the event is one import proposed (and so may gather more participants). */
  proposed: boolean;
  score: number;
  evidence: Record<string, unknown>;
}

const inText = (haystack: string, needle: string) =>
  needle.length >= 3 &&
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, "u").test(haystack);

/**
 * Whether a text (normalised: lower case, no punctuation) names a place as where something is ("in
 * Riyadh", "visited Jeddah": linking.yaml placeCues; "the Bali summit": placeCuesAfter), not as the
 * government seated there ("Riyadh denies", "Beijing says").
 */
const locatedPatterns = new Map<string, { before: RegExp; after: RegExp; country: RegExp }>();
const locatedIn = (haystack: string, needle: string) => {
  if (needle.length < 3) return false;
  // (Compiled once per place: an event's place is scored against every article near it.)
  let patterns = locatedPatterns.get(needle);
  if (!patterns) {
    const place = escapeRegExp(needle);
    const { placeCues, placeCuesAfter } = linkingReference();
    patterns = {
      before: new RegExp(
        `(?<![\\p{L}\\p{N}])(?<!according\\s)(?:${placeCues.map(escapeRegExp).join("|") || "(?!)"})\\s+(?:the\\s+)?${place}(?![\\p{L}\\p{N}])`,
        "u",
      ),
      // "the Rostavik summit", "Riyadh hosted the talks": the town before a word of its meeting.
      after: new RegExp(
        `(?<![\\p{L}\\p{N}])${place}\\s+(?:${placeCuesAfter.map(escapeRegExp).join("|") || "(?!)"})(?![\\p{L}\\p{N}])`,
        "u",
      ),
      // "Geneva, Switzerland" (normalised, "geneva switzerland"): a town written with its country.
      country: new RegExp(`(?<![\\p{L}\\p{N}])${place}\\s+(\\p{L}+)(?:\\s+(\\p{L}+))?`, "gu"),
    };
    locatedPatterns.set(needle, patterns);
  }
  if (patterns.before.test(haystack) || patterns.after.test(haystack)) return true;
  for (const after of haystack.matchAll(patterns.country))
    if (isCountryName(after[1] ?? "") || isCountryName(`${after[1]} ${after[2] ?? ""}`.trim())) return true;
  return false;
};

const plain = (text: string) => text.normalize("NFKD").replace(/\p{M}/gu, "");
/**
 * Whether a text names a person without the article's people resolving them there: their full name or
 * an alias of two words or more, two or more running words of the name ("Faisal bin Farhan"), or a
 * one-word alias or last word of the name written capitalised ("Merkel", "Xi"), as a title beside a
 * surname leaves it ("Chancellor Merkel").
 */
function mentions(
  text: { plain: string; normalized: string },
  person: { name?: string; aliases?: { normalized: string }[] },
): boolean {
  if (!person.name) return false;
  const words = normalizeName(person.name).split(" ").filter(Boolean);
  const forms = new Set<string>();
  const single = new Set<string>();
  for (const alias of [normalizeName(person.name), ...(person.aliases ?? []).map((a) => a.normalized)]) {
    if (alias.includes(" ")) forms.add(alias);
    else if (words.includes(alias)) single.add(alias);
  }
  for (let from = 0; from < words.length; from++)
    for (let to = from + 2; to <= words.length; to++) {
      const run = words.slice(from, to);
      if ((run[0]?.length ?? 0) >= 3 && (run.at(-1)?.length ?? 0) >= 3) forms.add(run.join(" "));
    }
  const last = words.at(-1) ?? "";
  if (words.length >= 2 && last.length >= 4) single.add(last);
  if ([...forms].some((form) => inText(text.normalized, form))) return true;
  // A single word must be written as a name: "Price" and not "price".
  const written = plain(person.name).split(/\s+/);
  // Nor a capital that only opens a sentence ("Price rises dominated the talks") or a place or time after
  // a preposition ("talks in Austin", "in May").
  return [...single].some((word) => {
    const as = written.find((w) => normalizeName(w) === word) ?? word;
    const capitalised = as.charAt(0).toUpperCase() + as.slice(1);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(capitalised)}(?![\\p{L}\\p{N}])`, "gu");
    // A common word of the language at the start of a sentence is that word, not the name.
    const common =
      /^(?:Noun|Verb|Adjective|Adverb|Singular|Plural|Uncountable|Modal|Infinitive|Comparative)/u.test(
        lexiconTag(word) ?? "",
      );
    return [...text.plain.matchAll(pattern)].some((match) => {
      const before = text.plain.slice(Math.max(0, match.index - 12), match.index);
      const opensSentence = match.index === 0 || /[.!?:;"“”\n]\s*$/u.test(before);
      const afterPreposition = /(?:^|\s)(?:in|at|from|to|near|of|since|until)\s+$/iu.test(before);
      return !afterPreposition && !(opensSentence && common);
    });
  });
}

const articleTexts = new WeakMap<ArticleSignals, { plain: string; normalized: string }>();
const textOfSignals = (signals: ArticleSignals) => {
  const known = articleTexts.get(signals);
  if (known) return known;
  const text = textOf([signals.title, signals.body]);
  articleTexts.set(signals, text);
  return text;
};
const textOf = (parts: string[]) => ({
  plain: plain(parts.join("\n")),
  normalized: normalizeName(parts.join("\n")),
});

/** The article's score against one event, with what matched; null when the event is ruled out. */
export function scoreEvent(
  signals: ArticleSignals,
  event: StoredEvent,
  /** Score as if the event's articles named a second of the article's people (see matchEvent). */
  options: { secondInCommon?: boolean; onlyCandidate?: boolean } = {},
): EventMatch | null {
  const { weights, minPeopleShare, dateToleranceDays, recentDays } = linkingReference().eventMatch;
  const named = new Set(signals.named.map((n) => n.id));
  const evPersons = event.participants.filter((p) => p.participant.kind === "PERSON");
  const evPeople = evPersons.map((p) => p.participantId);
  // The event's people the article names without resolving them ("Chancellor Merkel" where no full name
  // is given), and the article's people that the event's own articles name so.
  const articleText = textOfSignals(signals);
  // Names are looked for only beside a person in common: an event sharing no one is no candidate.
  const sharing = evPeople.some((id) => named.has(id));
  const mentioned = sharing
    ? evPersons
        .filter((p) => !named.has(p.participantId) && mentions(articleText, p.participant))
        .map((p) => p.participantId)
    : [];
  const eventTexts = event.texts?.length ? textOf(event.texts) : null;
  const namedByEvent = eventTexts
    ? signals.named.filter(
        (n) =>
          n.kind === "PERSON" &&
          !evPeople.includes(n.id) &&
          mentions(eventTexts, { name: n.name, aliases: n.aliases?.map((a) => ({ normalized: a })) }),
      )
    : [];
  const evCountries = [
    ...new Set([
      ...event.participants.filter((p) => p.participant.kind === "COUNTRY").map((p) => p.participantId),
      ...event.participants.flatMap((p) => (p.sideId ? [p.sideId] : [])),
    ]),
  ];
  const parts: { part: string; weight: number; value: number; detail: unknown }[] = [];
  if (evPeople.length) {
    const matched = evPeople.filter((id) => named.has(id) || mentioned.includes(id));
    const share = matched.length / evPeople.length;
    if (share < minPeopleShare) return null;
    parts.push({
      part: "people",
      weight: weights.people,
      value: share,
      detail: {
        matched,
        of: evPeople.length,
        ...(mentioned.length ? { byName: mentioned } : {}),
        ...(namedByEvent.length ? { namedByEvent: namedByEvent.map((n) => n.id) } : {}),
      },
    });
  } else if (!signals.named.some((n) => n.kind === "PERSON")) {
    // Neither names a person: only countries, place and date can tell.
  }
  if (evCountries.length) {
    const matched = evCountries.filter((id) => named.has(id));
    parts.push({
      part: "countries",
      weight: weights.countries,
      value: matched.length / evCountries.length,
      detail: { matched, of: evCountries.length },
    });
  }
  if (event.place) {
    const text = normalizeName(`${signals.title} ${signals.body}`);
    // A country is no place to match in the text: coverage of any meeting names countries ("… in Ukraine").
    // A place that is only a country's name (a city-state: Singapore, Monaco) matches the places the
    // article itself gives (its dateline), and a place with no usable name is left out of the score.
    const named = placePieces(event.place);
    const pieces = named.filter((p) => !isCountryName(p));
    const own = (piece: string) => signals.places.some((place) => normalizeName(place) === piece);
    // (Or the town the article holds the meeting in, where the event's own articles hold it there too: an
    // event proposed "at the Intercontinental Hotel, Manhattan" from a page headed "… in New York City".)
    // (In their headlines and first lines, where a page says where the meeting is: "officials in Beijing"
    // further down a report of the Bali summit is no place of the meeting.)
    const heldTown = signals.heldIn ? normalizeName(signals.heldIn) : "";
    const leads = event.texts?.length
      ? normalizeName(event.texts.map((text, i) => (i % 2 === 0 ? text : text.slice(0, 600))).join("\n"))
      : "";
    const byTexts =
      leads && heldTown && !isCountryName(heldTown) && locatedIn(leads, heldTown) ? heldTown : undefined;
    const hit =
      pieces.find((piece) => locatedIn(text, piece)) ??
      pieces.find(own) ??
      (pieces.length === 0 ? named.find(own) : undefined) ??
      byTexts;
    // A country alone that the article does not give says nothing either way: an event proposed "in China"
    // and an article "in Xi'an" may be one meeting.
    // (But a town the article places in another country is elsewhere: "in Stockholm, Sweden".)
    const townCountry = signals.heldIn
      ? new RegExp(`${escapeRegExp(signals.heldIn)},\\s+(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?)`, "u").exec(
          `${signals.title}\n${signals.body}`,
        )?.[1]
      : undefined;
    const elsewhere =
      townCountry !== undefined &&
      isCountryName(normalizeName(townCountry)) &&
      !named.includes(normalizeName(townCountry));
    if (named.length > 0 && (hit || pieces.length > 0 || elsewhere))
      parts.push({
        part: "place",
        weight: weights.place,
        value: hit ? 1 : 0,
        detail: hit ? { matched: hit } : { matched: null },
      });
  } else if (eventTexts && signals.heldIn && !isCountryName(normalizeName(signals.heldIn))) {
    // An event proposed without a place: its own articles may name the town this article holds the
    // meeting in ("Putin's visit to Tashkent").
    const town = normalizeName(signals.heldIn);
    if (locatedIn(eventTexts.normalized, town))
      parts.push({
        part: "place",
        weight: weights.place,
        value: 1,
        detail: { matched: town, byEventTexts: true },
      });
  }
  // Published well after the event, with no meeting date of its own: another meeting of the same people,
  // unless the article names the event's place (a later report looks back on "the Bali summit").
  let stale = false;
  let sameDay = false;
  // An undated event is as old as its articles: a meeting weeks from their publication is another.
  const published = (event.articles ?? [])
    .filter((a) => a.article.publishedAt && ["DAY", "HOUR", "MINUTE"].includes(a.article.publishedPrecision))
    .map((a) => (a.article.publishedAt as Date).toISOString().slice(0, 10))
    .sort();
  const articleDay =
    signals.meetingDate?.day ??
    (signals.reference && signals.reference.source !== "captured" ? signals.reference.day : null);
  if (!event.startsAt && published.length && articleDay) {
    const first = published[0] as string;
    const last = published.at(-1) as string;
    const apart =
      daysBetween(articleDay, first) > recentDays + 1 || daysBetween(last, articleDay) > recentDays;
    if (apart && signals.meetingDate?.day) return null;
    stale = apart;
  }
  if (event.startsAt) {
    const eventDay = event.startsAt.toISOString().slice(0, 10);
    const meeting = signals.meetingDate;
    if (meeting?.day || meeting?.range) {
      const from = meeting.day ?? meeting.range?.from ?? "";
      // (The article's own span too: "talks during 6-10 March" joins an event dated on the 10th.)
      const to = meeting.range?.to ?? meeting.day ?? "";
      const tolerance =
        event.startPrecision === "MONTH" ? 31 : event.startPrecision === "YEAR" ? 366 : dateToleranceDays;
      // (A proposed event keeps the last day of the span its first article gave, "March 6 to 10": the
      // event runs to it.)
      const ends = (event.articles ?? [])
        .map((a) => (a.evidence as { date?: { to?: unknown } } | null | undefined)?.date?.to)
        .filter((day): day is string => typeof day === "string" && day > eventDay)
        .sort();
      const eventEnd = ends.at(-1) ?? eventDay;
      const gap = Math.max(0, daysBetween(eventEnd, from), daysBetween(to, eventDay));
      if (gap > tolerance) return null;
      sameDay = gap === 0;
      parts.push({
        part: "date",
        weight: weights.date,
        value: 1,
        detail: { meeting: meeting.day ?? meeting.range, event: eventDay },
      });
    } else if (yearlessGap(meeting?.text, eventDay) <= dateToleranceDays) {
      // A month and day with no year ("June 18th to 19th") that fall on the event's.
      const gap = yearlessGap(meeting?.text, eventDay);
      sameDay = gap === 0;
      parts.push({
        part: "date",
        weight: weights.date,
        value: 1,
        detail: { meeting: meeting?.text ?? null, withoutYear: true, event: eventDay },
      });
    } else if (
      !signals.reference &&
      meeting?.how === "weekday" &&
      weekdayOf(meeting.text) !== null &&
      weekdayOf(meeting.text) === weekdayOfDay(eventDay)
    ) {
      // A page with no day to read its weekday against ("met on Saturday"), of a meeting dated on that
      // weekday: the date agrees as far as it can be told.
      parts.push({
        part: "date",
        weight: weights.date,
        value: 1,
        detail: { meeting: meeting.text, weekday: true, event: eventDay },
      });
    } else if (signals.reference) {
      const after = daysBetween(eventDay, signals.reference.day);
      const recent = after >= -1 && after <= recentDays;
      stale = signals.reference.source !== "captured" && after > recentDays;
      parts.push({
        part: "date",
        weight: weights.date,
        value: recent ? 0.5 : 0,
        detail: { meeting: null, [signals.reference.source]: signals.reference.day, event: eventDay },
      });
    }
    // An article that gives no day at all says nothing of the event's: its date counts neither way (an
    // undated event would otherwise outscore the dated one of the same meeting on people and place alone).
  } else if (
    articleDay &&
    signals.meetingDate?.day &&
    eventWeekdays(event).has(weekdayOfDay(signals.meetingDate.day))
  ) {
    // An event proposed from a page that gave its meeting a weekday only ("on Saturday"), and an article
    // whose meeting falls on that weekday: the date agrees as far as it can be told.
    parts.push({
      part: "date",
      weight: weights.date,
      value: 1,
      detail: { meeting: signals.meetingDate.day, weekday: true, event: null },
    });
  } else if (articleDay) {
    // The other way round: an article with a day and an event with none neither agree nor disagree (half
    // the date's share, as a publication near a dated event's day gets), so that an undated event scores no
    // better than the dated one of the same people its day is near.
    parts.push({
      part: "date",
      weight: weights.date,
      value: 0.5,
      detail: { meeting: signals.meetingDate?.day ?? null, event: null },
    });
  }
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  if (!total || !parts.some((p) => (p.part === "people" || p.part === "countries") && p.value > 0))
    return null;
  const value = (part: string) => parts.find((p) => p.part === part)?.value ?? null;
  if (stale && value("place") !== 1) return null;
  const dated = value("date") === 1;
  // An article that gives no day at all (no meeting date, no publication or capture) cannot tell a dated
  // event from another meeting of the same people: only the event's place named in the text can, or a
  // month and day written without a year that fall on the event's.
  const dayless = !signals.meetingDate?.day && !signals.meetingDate?.range && !signals.reference;
  if (event.startsAt && dayless && !dated && value("place") !== 1 && !options.onlyCandidate) return null;
  // Where dates cannot tell two meetings of the same people apart (no day on one side), a town of the
  // article's own where the event's place goes unnamed is another meeting: Busan is not Buenos Aires.
  if (
    (!event.startsAt || !articleDay) &&
    value("place") === 0 &&
    signals.heldIn &&
    !isCountryName(normalizeName(signals.heldIn))
  )
    return null;
  // The other way round: an event with no day whose articles give none either cannot tell a dated
  // article's meeting from another of the same people (the Bali and the Woodside summits of one pair);
  // only its place named in the article can, where it has one.
  if (!event.startsAt && articleDay && published.length === 0 && value("place") === 0 && value("date") !== 1)
    return null;
  // An undated event whose articles were published on known days is as dated as they are: an article that
  // gives no day at all cannot tell it from another meeting of the same people but by its place.
  if (!event.startsAt && dayless && published.length > 0 && value("place") !== 1 && !options.onlyCandidate)
    return null;
  // Half the people of a larger meeting (two leaders of a four-party summit) is a meeting of their own (a
  // bilateral on the summit's margins), unless the meeting date agrees.
  const peopleValue = value("people");
  // (A weekday that agrees is no date in common for one person, nor for half a summit: they may meet
  // someone every Saturday.)
  const weekdayOnly =
    (parts.find((p) => p.part === "date")?.detail as { weekday?: boolean } | undefined)?.weekday === true;
  if (evPeople.length > 2 && peopleValue !== null && peopleValue <= 0.5 && (!dated || weekdayOnly))
    return null;
  // One person in common is not a meeting in common: the meeting date must agree too, or the place with a
  // publication near the event's date (a town alone, "Washington", hosts many meetings of one person).
  const matchedPeople =
    (parts.find((p) => p.part === "people")?.detail as { matched?: string[] } | undefined)?.matched ?? [];
  const inCommon = matchedPeople.length + Math.max(namedByEvent.length, options.secondInCommon ? 1 : 0);
  // (An undated event's half share of the date is no such publication.)
  const nearDay = event.startsAt !== null && (value("date") ?? 0) > 0;
  if (inCommon === 1 && !((dated && !weekdayOnly) || (value("place") === 1 && nearDay))) return null;
  // Each is about someone the other is not (the article's lead "Blinken and Lavrov", the event's "Blinken
  // and Payne"): another meeting of a common participant, unless the meeting dates agree.
  let lead = signals.named.filter((n) => n.kind === "PERSON" && n.lead).map((n) => n.id);
  // With no day on either side, only who met tells the meetings apart ("Blinken met … Xi Jinping …, the
  // highest-level visit since President Joe Biden took office" is not the undated Biden–Xi meeting): the
  // people of the first sentence that says they met, else the first two the article names.
  // (Of those the article is about: "greeted by Prime Minister Justin Trudeau and his wife" names no pair.)
  if (!event.startsAt && !articleDay && !signals.reference) {
    const met = meetingSentencePeople(signals).filter((id) => lead.includes(id));
    lead = met.length >= 2 ? met : lead.slice(0, 2);
  }
  const newcomer = lead.some((id) => !evPeople.includes(id));
  const absent = evPeople.some((id) => !lead.includes(id));
  // On the same day too, a two-person meeting that import proposed from an article, of which this article
  // names one person only, led by someone else, is that person's other meeting of the day (a summit's host
  // meeting one leader after another). A curated event's people are all its people: coverage that names
  // one of them (a briefing on the visit) may still be about it.
  const otherOfTwo =
    event.proposed && evPeople.length === 2 && matchedPeople.length === 1 && namedByEvent.length === 0;
  if (newcomer && absent && (!sameDay || otherOfTwo)) return null;
  const score = Math.round((parts.reduce((sum, p) => sum + p.weight * p.value, 0) / total) * 1000) / 1000;
  return {
    eventId: event.id,
    key: event.key,
    proposed: event.proposed,
    score,
    evidence: Object.fromEntries(
      parts.map((p) => [p.part, { value: p.value, weight: p.weight, ...(p.detail as object) }]),
    ),
  };
}

/** The weekdays that the pages an undated event was proposed from gave its meeting ("on Saturday"). */
function eventWeekdays(event: StoredEvent): Set<number> {
  return new Set(
    (event.articles ?? [])
      .map((a) => (a.evidence as { date?: { day?: unknown; words?: unknown } } | null | undefined)?.date)
      .filter((date) => date && date.day === null && typeof date.words === "string")
      .map((date) => weekdayOf(date?.words as string))
      .filter((day): day is number => day !== null),
  );
}

/** The people named in the article's first sentence with a meeting cue ("met", "talks"), in order. */
const meetingPeople = new WeakMap<ArticleSignals, string[]>();
function meetingSentencePeople(signals: ArticleSignals): string[] {
  const cached = meetingPeople.get(signals);
  if (cached) return cached;
  const cue = meetingCue();
  let found: string[] = [];
  // Sentences end at a full stop, a question or an exclamation mark before a space (offsets of `named` are
  // code points).
  for (const sentence of signals.body.matchAll(/[^.!?]+(?:[.!?]+(?=\s|$)|$)/gu)) {
    if (!cue.test(sentence[0])) continue;
    const from = Array.from(signals.body.slice(0, sentence.index)).length;
    const to = from + Array.from(sentence[0]).length;
    found = signals.named
      .filter((n) => n.kind === "PERSON" && n.at >= from && n.at < to)
      .map((n) => n.id)
      .filter((id, i, all) => all.indexOf(id) === i);
    if (found.length >= 2) break;
  }
  meetingPeople.set(signals, found);
  return found;
}

/** Days between a month and day written without a year and an event's day, in the nearest year. */
function yearlessGap(text: string | null | undefined, eventDay: string): number {
  const found = monthDayOf(text);
  if (!found) return Number.POSITIVE_INFINITY;
  const year = Number(eventDay.slice(0, 4));
  const pad = (n: number) => String(n).padStart(2, "0");
  return Math.min(
    ...[year - 1, year, year + 1].map((y) =>
      Math.abs(daysBetween(eventDay, `${y}-${pad(found.month)}-${pad(found.day)}`)),
    ),
  );
}

const slug = (text: string) =>
  normalizeName(text)
    .replace(/\s+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);

/** The stored events an article can be compared with: those near its date, and those with no date. */
async function eventsNear(tx: Tx, signals: ArticleSignals): Promise<StoredEvent[]> {
  const { windowDays } = linkingReference().eventMatch;
  const meetingDay = signals.meetingDate?.day ?? signals.meetingDate?.range?.from;
  const day = meetingDay ?? signals.reference?.day;
  const around = day ? Date.parse(`${day}T00:00:00Z`) : null;
  // A page may be captured long after it was published: the capture day only bounds events from above.
  const capturedOnly = !meetingDay && signals.reference?.source === "captured";
  return tx.event.findMany({
    where:
      around === null
        ? {}
        : {
            OR: [
              { startsAt: null },
              {
                startsAt: {
                  ...(capturedOnly ? {} : { gte: new Date(around - windowDays * 86_400_000) }),
                  lte: new Date(around + windowDays * 86_400_000),
                },
              },
            ],
          },
    select: {
      id: true,
      key: true,
      title: true,
      startsAt: true,
      startPrecision: true,
      place: true,
      proposed: true,
      participants: {
        select: {
          participantId: true,
          sideId: true,
          participant: { select: { kind: true, name: true, aliases: { select: { normalized: true } } } },
        },
      },
      // (Of a dated event, only the link that proposed it: how its first article dated it, to the last
      // day of a span.)
      articles: {
        where: { OR: [{ event: { startsAt: null } }, { evidence: { path: ["proposed"], equals: true } }] },
        select: { evidence: true, article: { select: { publishedAt: true, publishedPrecision: true } } },
        take: 20,
      },
      _count: { select: { articles: true } },
    },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take: 2000,
  });
}

/** The titles and bodies of the first articles linked to an event. */
async function eventTexts(tx: Tx, eventId: string): Promise<string[]> {
  const links = await tx.articleEvent.findMany({
    where: { eventId },
    select: { article: { select: { title: true, body: true } } },
    orderBy: { articleId: "asc" },
    take: 8,
  });
  return links.flatMap((link) => [link.article.title, link.article.body.slice(0, 20_000)]);
}

const sharedPeople = (match: EventMatch) =>
  ((match.evidence.people as { matched?: string[] } | undefined)?.matched ?? []).length;

/** The stored event an article covers, if one reaches the threshold. */
export async function matchEvent(tx: Tx, signals: ArticleSignals): Promise<EventMatch | null> {
  const { threshold } = linkingReference().eventMatch;
  const named = new Set(signals.named.map((n) => n.id));
  const scored: (EventMatch | null)[] = [];
  const events = await eventsNear(tx, signals);
  for (const event of events) {
    let match = scoreEvent(signals, event);
    // One person in common: the event's own articles may name another of the article's people (a name no
    // article resolved, "Chancellor Merkel"), which makes two; read them only then.
    // Two or more in common: the event's own articles may name the town the article holds the meeting in,
    // or the person the article leads with; read them then too.
    const inCommon = event.participants.filter(
      (p) => p.participant.kind === "PERSON" && named.has(p.participantId),
    ).length;
    if (
      !match &&
      inCommon > 0 &&
      (inCommon >= 2 || (scoreEvent(signals, event, { secondInCommon: true })?.score ?? 0) >= threshold)
    ) {
      const again = scoreEvent(signals, { ...event, texts: await eventTexts(tx, event.id) });
      if (again) match = again;
    }
    scored.push(match);
  }
  const byId = new Map(events.map((event) => [event.id, event]));
  const coverage = (match: EventMatch) => byId.get(match.eventId)?._count?.articles ?? 0;
  const dated = (match: EventMatch) => (byId.get(match.eventId)?.startsAt ? 1 : 0);
  // Of events sharing as many people with the article, one whose day its meeting date agrees with (within
  // the tolerance, or by a month and day without a year) comes first: the same people on that day are that
  // meeting, whatever an undated one of theirs scores on a place the dated one's pages word otherwise ("the
  // Oval Office" and "the White House").
  const dayAgrees = (match: EventMatch) =>
    (match.evidence.date as { value?: number } | undefined)?.value === 1 ? 1 : 0;
  const matches = scored
    .filter((m): m is EventMatch => m !== null && m.score >= threshold)
    // Then of equal scores, the event sharing more people with the article (its own meeting, not another of
    // one of its participants), then the one more articles cover, then the dated one: an undated event
    // that an article could not place beside a dated one of the same people and place is the same meeting,
    // told less.
    .sort(
      (a, b) =>
        (sharedPeople(a) === sharedPeople(b) ? dayAgrees(b) - dayAgrees(a) : 0) ||
        b.score - a.score ||
        sharedPeople(b) - sharedPeople(a) ||
        coverage(b) - coverage(a) ||
        dated(b) - dated(a),
    );
  if (matches[0]) return matches[0];
  // An article that gives no day at all cannot tell one meeting of its people from another, but where the
  // store holds one meeting only of two or more of them, held where the article holds it (the country or
  // town it names, "state visit to Brazil", as the event's own articles name it) or where the article names
  // no place at all, that meeting is the one it covers: a page captured without its date, of a visit other
  // pages dated.
  const dayless = !signals.meetingDate?.day && !signals.meetingDate?.range && !signals.reference;
  if (!dayless) return null;
  const lead = new Set(signals.named.filter((n) => n.kind === "PERSON" && n.lead).map((n) => n.id));
  const only = events.filter(
    (event) =>
      event.participants.filter((p) => p.participant.kind === "PERSON" && lead.has(p.participantId)).length >=
      2,
  );
  if (only.length !== 1 || !only[0]) return null;
  // (A page that says nowhere where they met tells nothing against it either, unless it sets their meeting
  // at another gathering or apart from any, linking.yaml otherSettingCues: "on the margins of the council's
  // ministerial", "in a phone call".)
  const held = signals.heldIn ? normalizeName(signals.heldIn) : null;
  otherSetting ??= new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(linkingReference().otherSettingCues) || "(?!)"})(?![\\p{L}])`,
    "iu",
  );
  if (!held && otherSetting.test(signals.body)) return null;
  const texts = textOf(await eventTexts(tx, only[0].id));
  if (held && !locatedIn(texts.normalized, held) && normalizeName(only[0].place ?? "") !== held) return null;
  // (Nor where the meeting has a town of its own that the page never names: a visit to Brazil is not the
  // meeting in Beijing.)
  // (A venue is no town: "Buda Castle, Hungary" names the country only.)
  const towns = placePieces(only[0].place ?? "").filter((piece) => !isCountryName(piece) && !isVenue(piece));
  const pageText = normalizeName(`${signals.title}\n${signals.body}`);
  if (towns.length > 0 && !towns.some((town) => wordPattern(town, "u").test(pageText))) return null;
  const match = scoreEvent(signals, only[0], { onlyCandidate: true });
  if (!match || sharedPeople(match) < 2) return null;
  // Scored on its people and that place (on its people alone where the page names no place); a date
  // neither side gives counts for nothing either way.
  const { weights } = linkingReference().eventMatch;
  const people = (match.evidence.people as { value?: number } | undefined)?.value ?? 0;
  const score = held
    ? Math.round(((weights.people * people + weights.place) / (weights.people + weights.place)) * 1000) / 1000
    : people;
  if (score < threshold) return null;
  return {
    ...match,
    score,
    evidence: {
      people: match.evidence.people,
      ...(held ? { place: { value: 1, weight: weights.place, matched: held, byEventTexts: true } } : {}),
      onlyMeetingOfThesePeople: true,
    },
  };
}

let otherSetting: RegExp | undefined;

/** The people an article is about: those named in its lead (or its first two), at most four. */
function leadPeople(people: PeopleIndex, signals: ArticleSignals) {
  return signals.named
    .filter((n) => n.kind === "PERSON" && n.lead)
    .map((p) => people.get(p.id))
    .filter((p) => p !== undefined);
}

/** A new event proposed from the article: its people in the lead, its place and meeting date. */
async function proposeEvent(tx: Tx, people: PeopleIndex, signals: ArticleSignals): Promise<EventMatch> {
  const chosen = leadPeople(people, signals);
  // Every venue the article gives ("Oval Office, White House"): a later article may name either.
  const venues = signals.venues?.length ? signals.venues.slice(0, 2) : [signals.venue];
  const place = [...new Set([...venues, signals.city].filter(Boolean))].join(", ") || null;
  const names = chosen.slice(0, 2).map((p) => people.shortName(p));
  const title = names.length
    ? `${names.join("–")} meeting${signals.city ? `, ${signals.city}` : ""}`
    : signals.title;
  const day = signals.meetingDate?.day ?? null;
  const base = `proposed-${day ?? "undated"}-${slug(names.join(" ") || signals.title) || "event"}`;
  let key = base;
  for (let n = 2; await tx.event.findUnique({ where: { key }, select: { id: true } }); n++)
    key = `${base}-${n}`;
  const event = await tx.event.create({
    data: {
      key,
      title,
      startsAt: day ? new Date(`${day}T00:00:00Z`) : null,
      startPrecision: day ? "DAY" : "UNKNOWN",
      place,
      proposed: true,
      participants: { create: chosen.map((p) => ({ participantId: p.id })) },
    },
    select: { id: true },
  });
  return {
    eventId: event.id,
    key,
    proposed: true,
    score: 1,
    evidence: {
      proposed: true,
      people: chosen.map((p) => p.id),
      place,
      date: signals.meetingDate
        ? {
            day,
            words: signals.meetingDate.text,
            ...(signals.meetingDate.range && day ? { to: signals.meetingDate.range.to } : {}),
          }
        : null,
    },
  };
}

/**
 * A proposed event gathers the people its coverage is about, article after article, and its date from the
 * first that gives one; its title names its first two people once it has two.
 */
async function gather(tx: Tx, people: PeopleIndex, eventId: string, signals: ArticleSignals) {
  const event = await tx.event.findUniqueOrThrow({
    where: { id: eventId },
    select: { title: true, place: true, startsAt: true, participants: { select: { participantId: true } } },
  });
  // An event proposed from an undated article takes the first meeting day a later article gives, and one
  // proposed with no place (or a country's only) the first place a later article names (venues, then the town): a third article
  // that gives only the place or only the day can then find it.
  const day = signals.meetingDate?.day;
  if (!event.startsAt && day)
    await tx.event.update({
      where: { id: eventId },
      data: { startsAt: new Date(`${day}T00:00:00Z`), startPrecision: "DAY" },
    });
  const venues = signals.venues?.length ? signals.venues.slice(0, 2) : [signals.venue];
  const place = [...new Set([...venues, signals.city].filter(Boolean))].join(", ") || null;
  // (A place that is only a country's name, "China", gives way to the town or venue a later article names.)
  const countryOnly = (text: string) =>
    text.split(/[,;]/).every((piece) => isCountryName(normalizeName(piece)) || !normalizeName(piece));
  if (place && (!event.place || (countryOnly(event.place) && !countryOnly(place))))
    await tx.event.update({ where: { id: eventId }, data: { place } });
  const have = new Set(event.participants.map((p) => p.participantId));
  const added = leadPeople(people, signals).filter((p) => !have.has(p.id));
  if (!added.length) return;
  await tx.eventParticipant.createMany({
    data: added.map((p) => ({ eventId, participantId: p.id })),
    skipDuplicates: true,
  });
  if (have.size >= 2) return;
  const names = [...[...have].map((id) => people.get(id)), ...added]
    .filter((p) => p !== undefined)
    .slice(0, 2)
    .map((p) => people.shortName(p));
  if (names.length < 2) return;
  const city = / meeting, (.+)$/.exec(event.title)?.[1] ?? signals.city;
  await tx.event.update({
    where: { id: eventId },
    data: { title: `${names.join("–")} meeting${city ? `, ${city}` : ""}` },
  });
}

/**
 * The event of the stored article this one nearly repeats (a wire copy, a transcript posted on two sites):
 * a copy reports the meeting its original does, whatever its page says of date and place.
 */
async function copiedEvent(tx: Tx, articleId: string, signals: ArticleSignals): Promise<EventMatch | null> {
  const copy = await findNearDuplicate(tx as DbClient, signals.body, articleId);
  if (!copy) return null;
  const link = await tx.articleEvent.findFirst({
    where: { articleId: copy.articleId },
    select: { event: { select: { id: true, key: true, proposed: true } } },
    orderBy: [{ score: { sort: "desc", nulls: "first" } }, { eventId: "asc" }],
  });
  if (!link) return null;
  return {
    eventId: link.event.id,
    key: link.event.key,
    proposed: link.event.proposed,
    score: copy.similarity,
    evidence: { copyOf: { article: copy.articleId, similarity: copy.similarity } },
  };
}

/**
 * Links a stored article to its event: the given one (`--event`), else the best-scoring stored event,
 * else a newly proposed one. Returns the link as stored.
 */
export async function linkArticleEvent(
  tx: Tx,
  people: PeopleIndex,
  articleId: string,
  signals: ArticleSignals,
  givenEventId?: string | null,
): Promise<EventMatch | { eventId: string; score: null; evidence: { given: true } }> {
  if (givenEventId) {
    await tx.articleEvent.create({ data: { articleId, eventId: givenEventId, evidence: { given: true } } });
    return { eventId: givenEventId, score: null, evidence: { given: true } };
  }
  const match =
    (await matchEvent(tx, signals)) ??
    (await copiedEvent(tx, articleId, signals)) ??
    (await proposeEvent(tx, people, signals));
  if (match.proposed) await gather(tx, people, match.eventId, signals);
  await tx.articleEvent.create({
    data: { articleId, eventId: match.eventId, score: match.score, evidence: match.evidence as object },
  });
  return match;
}

/**
 * Attaches a stored event to stored articles (`readout import --event <key>` on a page stored already),
 * in place of the links import made by itself: true when done, null when no event has the key.
 */
export async function attachEvent(
  prisma: DbClient,
  articleIds: string[],
  eventKey: string,
): Promise<boolean | null> {
  const event = await prisma.event.findUnique({ where: { key: eventKey }, select: { id: true } });
  if (!event) return null;
  await inTransaction(prisma, async (tx) => {
    await tx.articleEvent.deleteMany({
      where: { articleId: { in: articleIds }, eventId: { not: event.id }, score: { not: null } },
    });
    await tx.articleEvent.createMany({
      data: articleIds.map((articleId) => ({ articleId, eventId: event.id, evidence: { given: true } })),
      skipDuplicates: true,
    });
  });
  return true;
}
