/**
 * Names in a body: known participants by any alias (misspellings within a small edit distance), names that
 * a title announces ("Foreign Minister Qin Gang", "Mr Qin"), and other names that compromise finds. Every
 * pass is linear in the body: aliases are searched once each, found names once all together, and overlaps
 * are checked against a mask of the characters already taken rather than against every earlier mention.
 */

import { normalizeName } from "@readout/db";
import { distance } from "fastest-levenshtein";
import { linkingReference } from "../people/reference.ts";
import { FAMILY_PARTICLES, LINK_PARTICLES } from "../people/resolve.ts";
import { reference, type Vocabulary, wordAlternatives } from "../vocabulary.ts";
import { isCountryName, nationalitiesIn, peoplesInText, peoplesNamed, shortNameHere } from "./nationality.ts";
import { isCommonWord, isGrammarWord, isPluralNoun, lexiconTag, namesIn, readsAsVerb } from "./nlp.ts";
import type { Sentence } from "./sentences.ts";

/** The particles that join the parts of an Arabic name ("bin", "al"): people/resolve.ts. */
const LINK_WORDS = new Set(LINK_PARTICLES);

export interface KnownParticipant {
  id: string;
  name: string;
  kind: "PERSON" | "ORGANIZATION" | "COUNTRY";
  /** Normalised names and aliases (see normalizeName). */
  aliases: string[];
}

export interface Mention {
  /** UTF-16 offsets in the body. */
  start: number;
  end: number;
  text: string;
  participant: KnownParticipant | null;
  kind: "PERSON" | "ORGANIZATION" | "COUNTRY";
  misspelling: boolean;
  /** The name it stands for when the words are a short form of it ("Quad": Quadrilateral Security Dialogue). */
  name?: string;
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
export const wordPattern = (term: string, flags = "gu") =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, flags);

/**
 * A capitalised word or an initial; an initial may be run onto the name ("J.Erdenebat", as Mongolia writes it),
 * also an initial of two letters for one Cyrillic letter ("Kh.Battulga", "Ts.Elbegdorj", "Ts. Elbegdorj"), and
 * initials run together before a name ("Dr. R.H.S. Samaratunghe").
 */
const NAME =
  "(?:(?:Kh|Ts|Ch|Sh|Zh|Y[aeou])\\.[ \\t]?\\p{Lu}\\p{Ll}[\\p{L}'’-]*|\\p{Lu}(?:\\.\\p{Lu}\\p{Ll}[\\p{L}'’-]*|[\\p{L}'’-]+|(?:\\.\\p{Lu}){1,3}\\.(?=[ \\t]+\\p{Lu}\\p{Ll})|\\.))";
/** Small words inside a name: "Ursula von der Leyen", "Luiz Inácio Lula da Silva". */
export const PARTICLES = [...FAMILY_PARTICLES, ...LINK_PARTICLES].join("|");
const PARTICLE_SET = new Set([...FAMILY_PARTICLES, ...LINK_PARTICLES]);
/** The particles that link the parts of an Arabic name, as written in either case ("bin", "Al"). */
const LINKS = LINK_PARTICLES.flatMap((word) => [word, `${word[0]?.toUpperCase()}${word.slice(1)}`]).join("|");
/** The article a family name may open with, joined by its hyphen: "al-Busaidi", "el-Sisi". */
const NAME_ARTICLE = "(?:al|el)-";
const OPENING_ARTICLE = new RegExp(`^${NAME_ARTICLE}`, "u");
/** Whether a word is one of those small words, as written ("bin", not "Bin"). */
export const isParticle = (word: string) => PARTICLE_SET.has(word);

/** The plural of each one-word title ("Secretaries", "Ministers", "Presidents"). */
function pluralTitles(vocabulary: Vocabulary): string[] {
  return vocabulary.roleWords
    .filter((title) => /^\p{Lu}\p{Ll}+$/u.test(title))
    .map((title) => (/[^aeiou]y$/u.test(title) ? `${title.slice(0, -1)}ies` : `${title}s`));
}

let titlePatternFor: { roles: string[]; pattern: RegExp } | undefined;
function titlePattern(vocabulary: Vocabulary): RegExp {
  if (titlePatternFor?.roles !== vocabulary.roleWords) {
    // Titles in either case ("Minister", "minister"); the names after them must be capitalised.
    // (And a title's letters, in capitals only: "EAM Jaishankar", "PM Modi"; "pm" is an hour's.)
    // (And a title in the plural, capitalised, before two names: "Cabinet Secretaries Raychelle Omamo and
    // Sicily Kariuki"; "told reporters. Sudrian Minister …" names no reporter.)
    // (And one's opposite number, as a title: "his Greek counterpart Tsipras during …".)
    const titles = [...vocabulary.roleWords, ...vocabulary.honorifics]
      .flatMap((title) => [title, title.toLowerCase()])
      .concat(vocabulary.attribution.counterpartNouns.filter((noun) => !/s$/u.test(noun)))
      .concat(pluralTitles(vocabulary))
      .concat(Object.keys(vocabulary.titleAbbreviations).filter((letters) => /^\p{Lu}{2,}$/u.test(letters)))
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join("|");
    // An honorific between the title and the name: "Defense Minister Gen. Wei Fenghe". (Whom the post is
    // to: "Ambassador to the Kingdom Michael Ratney".) A capitalised link particle goes with the word after
    // it: "… bin Abdulaziz Al Saud". (Past four words, a name goes on by its particles only: "Sheikh Sabah
    // Khalid Al Hamad Al Mubarak Al Sabah"; a particle may be joined to its word: "Sheikh Salem Abdullah
    // al-Jaber al-Sabah".) A family name may open with its article: "Minister al-Busaidi asserted …".
    const ranks = linkingReference()
      .honorifics.map((word) => escapeRegExp(word.replace(/\.$/, "")))
      .join("|");
    // (Up to two of them, after "His" or "Her": "President of Liberia, His Excellency Joseph Nyuma Boakai
    // Sr., …", "Rt. Hon. …".)
    const courtesy = `(?:(?:His|Her)\\s+)?(?:(?:${ranks})\\.?\\s+){0,2}`;
    // (With its "-elect" or "-designate": "Indonesia’s President-elect, Prabowo Subianto".)
    const suffixes = vocabulary.titleSuffixes.length
      ? `(?:-(?:${vocabulary.titleSuffixes.map(escapeRegExp).join("|")}))?`
      : "";
    // (A comma may part the title from a name set off by commas: "Chief of Staff, Frema Osei-Opare, who …";
    // "Minister of State for National Security, Lovemore Matuke, …": two words of a post before its comma.)
    titlePatternFor = {
      roles: vocabulary.roleWords,
      pattern: new RegExp(
        `(?<![\\p{L}])(?:${titles})${suffixes}\\.?(?:\\s+(?:of|for|to)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+(?=,\\s))?(?:\\s+and\\s+\\p{Lu}[\\p{L}-]+)?)*(?:,(?=\\s+${courtesy}\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3}\\.?(?:,|\\s+(?!and\\s|or\\s)\\p{Ll})))?\\s+${courtesy}((?:${NAME_ARTICLE}(?=\\p{Lu}))?${NAME}(?:\\s+(?:(?:${PARTICLES})\\s+){0,2}(?:(?:${LINKS})-)?(?!(?:${LINKS})\\s)${NAME}){0,3}(?:\\s+(?:${LINKS})[\\s-]+${NAME}){0,3})`,
        "gu",
      ),
    };
  }
  return titlePatternFor.pattern;
}

/** The pattern of a post's field running on before a name, and the field words: built once per vocabulary. */
const portfolios = new WeakMap<Vocabulary, { run: RegExp; fields: Set<string> }>();
/**
 * "Minister of Natural Resources David Abiamofo", "Minister of Agriculture, Animal Husbandry and Fisheries
 * Parmanand Sewdien": a name found where a post's field runs on (after "Minister of" and its capitalised
 * words) begins after the field's last common word ("Resources", "Fisheries"), which no person's name holds;
 * a name wholly of the field ("Animal Husbandry", with "and Fisheries" after it) is no one's. Null for no
 * name; the name unchanged where no field runs into it. (The lexicon tells a field's words from a name's,
 * as the letters cannot: "for Military Technical Cooperation Dmitry Shugayev".)
 */
function afterPortfolio(body: string, name: string, vocabulary: Vocabulary): string | null {
  let portfolio = portfolios.get(vocabulary);
  if (!portfolio) {
    const roles = vocabulary.roleWords.map(escapeRegExp).join("|");
    portfolio = {
      run: new RegExp(
        `(?<![\\p{L}])(?:${roles})\\s+(?:of|for)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*,?\\s+(?:(?:and|&)\\s+)?)*$`,
        "iu",
      ),
      fields: new Set(vocabulary.portfolioWords.map((word) => word.toLowerCase())),
    };
    portfolios.set(vocabulary, portfolio);
  }
  const { run, fields } = portfolio;
  const at = body.indexOf(name);
  if (at < 0 || !run.test(body.slice(Math.max(0, at - 120), at))) return name;
  const words = name.split(/\s+/u);
  const common = (word: string) => {
    const lower = word.toLowerCase().replace(/[.,]$/u, "");
    if (fields.has(lower)) return true;
    // (The small words of a family name are a name's: "Juan Ramón de la Fuente".)
    if (PARTICLE_SET.has(lower)) return false;
    const tag = String(lexiconTag(lower) ?? "");
    if (/Name|Person|Place|Country|City|Region|Honorific/u.test(tag)) return false;
    return tag !== "" || isPluralNoun(lower);
  };
  // (Nor a word before or after a particle of an Arabic name: "Qaboos" and "Said" of "Qaboos bin Said al Said".)
  const linked = (k: number, of: string[]) =>
    LINK_WORDS.has(of[k - 1]?.toLowerCase() ?? "") || LINK_WORDS.has(of[k + 1]?.toLowerCase() ?? "");
  const last = words.slice(0, -2).findLastIndex((word, k) => common(word) && !linked(k, words));
  const own = last < 0 ? words : words.slice(last + 1);
  // (The field may go on after the name: "… Animal Husbandry and Fisheries Parmanand Sewdien".)
  const continues = /^,?\s+(?:and|&)\s+\p{Lu}/u.test(body.slice(at + name.length, at + name.length + 20));
  // (Or the field's last item, after its "and": "Minister of Foreign Affairs and Human Mobility, Ricardo …".)
  const joined = /(?<![\p{L}])(?:and|&)\s+$/u.test(body.slice(Math.max(0, at - 6), at));
  if ((continues || joined) && own.some((word, k) => common(word) && !linked(k, own))) return null;
  return own.join(" ");
}
/**
 * "Minister of Foreign Affairs of the Republic of Azerbaijan Jeyhun Bayramov": a post of a field and then of a
 * country, the name right after the country. The country is checked against the table of countries, since a
 * field's words ("for Military Technical Cooperation Dmitry Shugayev") cannot be told from a name's by their
 * letters.
 */
let countryPostFor: { roles: string[]; pattern: RegExp } | undefined;
function countryPostNames(body: string, vocabulary: Vocabulary): string[] {
  if (countryPostFor?.roles !== vocabulary.roleWords) {
    const roles = vocabulary.roleWords
      .map(escapeRegExp)
      .sort((a, b) => b.length - a.length)
      .join("|");
    const word = "\\p{Lu}[\\p{L}'’-]+";
    countryPostFor = {
      roles: vocabulary.roleWords,
      pattern: new RegExp(
        `(?<![\\p{L}])(?:${roles})\\s+(?:of|for)\\s+(?:the\\s+)?(?:${word}\\s+){1,3}of\\s+(?:the\\s+)?(${word}(?:\\s+(?:of\\s+)?${word}){2,7})`,
        "gu",
      ),
    };
  }
  const names: string[] = [];
  for (const match of body.matchAll(countryPostFor.pattern)) {
    // The fewest words that name a country, then a name of two words or more.
    const words = (match[1] ?? "").split(/\s+/u);
    for (let end = 1; end <= words.length - 2; end++) {
      const country = words.slice(0, end).map((w) => w.toLowerCase());
      if (country.at(-1) === "of" || nationalitiesIn(new Set(country)).size === 0) continue;
      const name = words.slice(end);
      if (name.length <= 4 && !name.includes("of")) names.push(name.join(" "));
      break;
    }
  }
  return names;
}

/** The single-word verbs of speech and of meeting, once per vocabulary (titledNames). */
const nameEndingVerbs = new WeakMap<Vocabulary, Set<string>>();

/** Names that titles and honorifics announce: up to three capitalised words after the title. */
function titledNames(body: string, vocabulary: Vocabulary): string[] {
  const roles = new Set(vocabulary.roleWords.map((word) => word.toLowerCase()));
  // "PM Says Cooperation to be Given Priority", "President Xi Says Talks Were Useful": in a headline in
  // title case, a verb of speech or of meeting ends the name (or, right after the title, is none).
  let verbs = nameEndingVerbs.get(vocabulary);
  if (!verbs) {
    verbs = new Set(
      [...vocabulary.speechVerbs, ...vocabulary.attribution.greetingVerbs, ...linkingReference().meetingCues]
        .filter((word) => !/\s/u.test(word))
        .map((word) => word.toLowerCase()),
    );
    nameEndingVerbs.set(vocabulary, verbs);
  }
  const pattern = titlePattern(vocabulary);
  pattern.lastIndex = 0;
  const honorifics = honorificWords(vocabulary);
  return (
    [...body.matchAll(pattern)]
      // (Not after an honorific inside a place's name, a capitalised word before it that is no title or
      // honorific, and no sentence's first word or a possessive: "in Bandar Seri Begawan" names no Begawan;
      // "Datuk Seri Anwar Ibrahim", "India’s Dr Jaishankar" and "Today Dr Lind said" do.)
      .filter((match) => {
        const title = (/^[^\s.]+/u.exec(match[0])?.[0] ?? "").toLowerCase();
        if (roles.has(title) || !honorifics.has(title)) return true;
        const words = /(\S*)\s+(\p{Lu}[\p{L}-]*)\s+$/u.exec(
          body.slice(Math.max(0, match.index - 60), match.index),
        );
        const [previous, before] = [words?.[1] ?? "", (words?.[2] ?? "").toLowerCase()];
        return (
          !words ||
          previous === "" ||
          /[.!?:;"“”]$/u.test(previous) ||
          roles.has(before) ||
          honorifics.has(before) ||
          honorificParts(vocabulary).has(before)
        );
      })
      // (A title's stop is an abbreviation's, "Gen.", "Dr.": after a whole word, "Nepalese Foreign Minister.
      // Image courtesy: …", it ends the sentence, and the capitalised word after it names no one.)
      .filter((match) => !/\p{L}{5,}\.\s/u.test(match[0].slice(0, match[0].length - (match[1]?.length ?? 0))))
      .map((match) => (match[1] ?? "").replace(/[’']s$/, ""))
      .map((found) => {
        const words = found.split(/\s+/).filter((word) => !roles.has(word.toLowerCase()));
        // (Not a word after a particle of an Arabic name: "Qaboos bin Said al Said", "Fahd bin Mahmoud Al Said".)
        const verb = words.findIndex(
          (word, k) => verbs.has(word.toLowerCase()) && !LINK_WORDS.has(words[k - 1]?.toLowerCase() ?? ""),
        );
        return (verb < 0 ? words : words.slice(0, verb)).join(" ");
      })
      // (Nor letters of a body's name in mixed case: "spokesperson of Pakistan MoFA".)
      .filter(
        (found) =>
          found &&
          /^\p{Lu}/u.test(found.replace(OPENING_ARTICLE, "")) &&
          !/^\p{Lu}+$/u.test(found) &&
          !/^\p{Lu}\p{Ll}{1,2}\p{Lu}{1,3}$/u.test(found),
      )
  );
}

/**
 * Whether a line is a post and a name, and nothing else: "Turkish President Recep Tayyip Erdogan" (a photo's
 * caption), which names a person and no publisher.
 */
export function titledNameLine(line: string, vocabulary: Vocabulary): boolean {
  const text = line.trim().replace(/[.:]$/u, "");
  const pattern = titlePattern(vocabulary);
  pattern.lastIndex = 0;
  const match = pattern.exec(text);
  const name = match?.[1] ?? "";
  return (
    match !== null &&
    name.includes(" ") &&
    match.index + match[0].length === text.length &&
    /^(?:(?:the\s+)?\p{Lu}[\p{L}'’-]*\s+){0,3}$/u.test(text.slice(0, match.index)) &&
    titledNames(text, vocabulary).length > 0
  );
}

/** Each word of the role words and honorifics, in lower case ("padei" of "Akka Moha Sena Padei"). */
const honorificPartSets = new WeakMap<Vocabulary, Set<string>>();
function honorificParts(vocabulary: Vocabulary): Set<string> {
  let set = honorificPartSets.get(vocabulary);
  if (!set) {
    set = new Set(
      [...vocabulary.roleWords, ...honorificWords(vocabulary)].flatMap((words) =>
        words.toLowerCase().split(/\s+/u),
      ),
    );
    honorificPartSets.set(vocabulary, set);
  }
  return set;
}

/** The honorifics of the vocabulary and the linking list, in lower case without their stop ("hon", "dr"). */
const honorificSets = new WeakMap<Vocabulary, Set<string>>();
export function honorificWords(vocabulary: Vocabulary): Set<string> {
  let set = honorificSets.get(vocabulary);
  if (!set) {
    set = new Set(
      [...vocabulary.honorifics, ...linkingReference().honorifics].map((word) =>
        word.toLowerCase().replace(/\.$/u, ""),
      ),
    );
    honorificSets.set(vocabulary, set);
  }
  return set;
}

/** Lexicon tags of words that are no name: numbers, dates, function words. */
const NOT_A_NAME = new Set([
  "Cardinal",
  "Ordinal",
  "TextValue",
  "Month",
  "WeekDay",
  "Duration",
  "Date",
  "Preposition",
  "Determiner",
  "Conjunction",
  "Pronoun",
  "Adverb",
  "QuestionWord",
  "Copula",
  "Modal",
  "Negative",
]);
// (A country's name of two words or more that the lexicon lacks is a place all the same: "Saint Vincent".)
const tagsOf = (word: string) => {
  const tags = String(lexiconTag(word) ?? "").split(",");
  if (/\s/u.test(word.trim()) && !tags.includes("Country") && isCountryName(word.trim().split(/\s+/u)))
    tags.push("Country");
  return tags;
};
/** Lexicon tags of short words that are never part of a name, even beside an unknown word. */
const NEVER_A_NAME = new Set([
  "Preposition",
  "Determiner",
  "Conjunction",
  "Copula",
  "Modal",
  "QuestionWord",
  "Negative",
]);
/** Whether a capitalised word can be (part of) a person's name: not a number, date or function word. */
export const nameLike = (word: string) => !tagsOf(word).some((tag) => NOT_A_NAME.has(tag));
/** Lexicon tags of words that, alone after a title, are a common word rather than a surname ("Official Visit"). */
const COMMON_WORD = new Set([
  "Singular",
  "Plural",
  "Uncountable",
  "Adjective",
  "Comparative",
  "Superlative",
  "Gerund",
]);
/** Whether one capitalised word alone can be a surname: name-like, and no common noun or adjective. */
export const surnameLike = (word: string) =>
  /^\p{Lu}/u.test(word) && nameLike(word) && !tagsOf(word).some((tag) => COMMON_WORD.has(tag));

/**
 * Whether one capitalised word that is the subject of a verb of speech ("Kishida said …") names a person
 * the text never names in full: a word that can be a surname, and no place, organisation, demonym, title,
 * speaking body or news outlet ("Beijing said", "Officials said", "Xinhua said" and "the Kremlin said" are
 * not people). Acronyms are left to acronymNames.
 */
export function loneSpeakerName(word: string, vocabulary: Vocabulary): boolean {
  if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(word) || !surnameLike(word)) return false;
  // "Protesters said", "Sources said": a group, not a person.
  if (isPluralNoun(word)) return false;
  const lower = word.toLowerCase();
  const tags = tagsOf(lower);
  if (tags.some((tag) => PLACE_TAGS.has(tag) || tag === "Demonym" || NEVER_A_NAME.has(tag))) return false;
  if (roleWordSet(vocabulary).has(lower)) return false;
  if (vocabulary.speakingBodies.some((body) => body.toLowerCase() === lower)) return false;
  return !newsOutletNames().has(normalizeName(word));
}

/** The single words of the role words and honorifics ("Minister", "Secretary", "Mr"). */
const roleWordSets = new WeakMap<Vocabulary, Set<string>>();
function roleWordSet(vocabulary: Vocabulary): Set<string> {
  let set = roleWordSets.get(vocabulary);
  if (!set) {
    set = new Set(
      [...vocabulary.roleWords, ...vocabulary.honorifics, ...linkingReference().honorifics].map(
        (word) => word.toLowerCase().replace(/\.$/, "").split(/\s+/).at(-1) ?? "",
      ),
    );
    roleWordSets.set(vocabulary, set);
  }
  return set;
}

/**
 * Names in a transcript's turn labels written in capitals ("FOREIGN MINISTER PAYNE:", "SECRETARY GENERAL
 * STOLTENBERG:", "MR. LEE:"): the capitalised words after the label's last role word or honorific, title
 * words left out. A label of role words alone ("SENIOR STATE DEPARTMENT OFFICIAL:", "MODERATOR:") names
 * no one.
 */
function labelNames(body: string, vocabulary: Vocabulary): string[] {
  const roles = roleWordSet(vocabulary);
  const titleWords = new Set(linkingReference().titleWords.map((word) => word.toLowerCase()));
  const names: string[] = [];
  for (const match of body.matchAll(
    /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{Lu}.’'-]*[ \t]+){1,6}\p{Lu}[\p{Lu}.’'-]*):/gu,
  )) {
    const label = match[1] ?? "";
    const words = [...label.matchAll(/\S+/g)];
    let cut = -1;
    words.forEach((word, i) => {
      if (roles.has(word[0].toLowerCase().replace(/\.$/, ""))) cut = i;
    });
    if (cut < 0) continue;
    let from = cut + 1;
    while (from < words.length && titleWords.has((words[from]?.[0] ?? "").toLowerCase())) from++;
    const name = words.slice(from);
    const first = name[0];
    const last = name.at(-1);
    if (!first || !last || name.length > 3) continue;
    if (!name.every((word) => /^\p{Lu}[\p{Lu}’'-]+$/u.test(word[0]) && nameLike(word[0]))) continue;
    names.push(label.slice(first.index, last.index + last[0].length));
  }
  return names;
}

/**
 * Names that an apposition describes by a role: "Chheang Vannarith, president of the Asian Vision
 * Institute", "Ivo Brant, Norland's minister,", "Prak Sakhonn, the Cambodian foreign minister and host".
 * Two or three capitalised words, a comma, then within four words a role word in lower case (a title in
 * capitals after a comma opens a new clause: "In Phnom Penh, Foreign Minister Wang said"). A name after a
 * preposition ("In Phnom Penh, the minister said"), or one the lexicon knows as a place or an organisation
 * ("United States, the president said"), is no person.
 */
const PLACE_TAGS = new Set(["Country", "City", "Region", "Place", "Organization"]);

/** Whether the body writes a name only as the end of a place's name the lexicon knows ("United Arab Emirates"). */
function placeTail(body: string, name: string): boolean {
  if (!name.includes(" ")) return false;
  const occurrences = [...body.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, "gu"))];
  return (
    occurrences.length > 0 &&
    occurrences.every((m) => {
      const before = /(\p{Lu}\p{L}+)\s+$/u.exec(body.slice(Math.max(0, m.index - 30), m.index))?.[1];
      return (
        before !== undefined && tagsOf(`${before} ${name}`.toLowerCase()).some((tag) => PLACE_TAGS.has(tag))
      );
    })
  );
}
/**
 * How many of a run's first words (one or two, leaving two at least) end a country's name that the last
 * words before its "and" begin: 1 for "Tobago" of "Trinidad and | Tobago Keith Rowley", else 0.
 */
function countryWordsAfterAnd(before: readonly string[], run: readonly string[]): number {
  for (const n of [1, 2]) {
    if (run.length - n < 2) break;
    if (
      [1, 2, 3].some(
        (k) => k <= before.length && isCountryName([...before.slice(-k), "and", ...run.slice(0, n)]),
      )
    )
      return n;
  }
  return 0;
}

/**
 * Whether the body writes a name somewhere as the opening words of a country's name, which it may then
 * stand for alone: "Saint Vincent" of "Saint Vincent and the Grenadines".
 */
function countryHead(body: string, name: string): boolean {
  if (!name.includes(" ")) return false;
  for (const m of body.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, "gu"))) {
    const after = body
      .slice(m.index + name.length, m.index + name.length + 60)
      .replace(/&/gu, " and ")
      .split(/[^\p{L}]+/u)
      .filter(Boolean);
    const words = name.split(/[^\p{L}]+/u).filter(Boolean);
    for (let n = 1; n <= Math.min(4, after.length); n++)
      if (isCountryName([...words, ...after.slice(0, n)])) return true;
  }
  return false;
}
const placeNounSets = new WeakMap<Vocabulary, Set<string>>();
/** vocabulary.yaml placeNouns in small letters: "town", "city", "capital". */
function placeNounSet(vocabulary: Vocabulary): Set<string> {
  let set = placeNounSets.get(vocabulary);
  if (!set) {
    set = new Set(vocabulary.placeNouns.map((word) => word.toLowerCase()));
    placeNounSets.set(vocabulary, set);
  }
  return set;
}
let appositionFor: { roles: string[]; pattern: RegExp } | undefined;
function appositiveNames(body: string, vocabulary: Vocabulary): string[] {
  if (appositionFor?.roles !== vocabulary.roleWords) {
    // (A post in small letters, "a veteran minister", or in capitals, "Thailand’s Prime Minister".)
    const roles = vocabulary.roleWords
      .flatMap((word) => [word.toLowerCase(), word])
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join("|");
    const word = "\\p{Lu}[\\p{L}’'-]+";
    appositionFor = {
      roles: vocabulary.roleWords,
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}.’'-])(${word}(?:[ \\t]+(?:\\p{Lu}\\.[ \\t]+)?${word}){1,2}),[ \\t]+(?!(?:and|or)[ \\t])(?:[\\p{L}.’'-]+[ \\t]+){0,4}?(?:${roles})(?![\\p{L}])`,
        "gu",
      ),
    };
  }
  const roles = roleWordSet(vocabulary);
  const names: string[] = [];
  // And a name beside an office in capitals set off by commas: "Shavkat Mirziyoyev, President of
  // Uzbekistan", "the Prime Minister of Armenia, Nikol Pashinyan,".
  const { nameBefore, nameAfter, postAfter } = officePatterns(vocabulary);
  // What stands before the match: a preposition makes the name a place ("In Phnom Penh, the minister said"),
  // and, where the name opens the match, an article makes it a country's or a body's ("the Ministry … of the
  // Russian Federation, in an official statement"). A post in small letters may follow a preposition ("talks
  // with the foreign minister of Tajikistan, …"); its name is checked for a people's and a place's instead.
  const matches: { match: RegExpExecArray; opens: "name" | "office" | "post" }[] = [
    ...[...body.matchAll(appositionFor.pattern), ...body.matchAll(nameBefore)].map((match) => ({
      match,
      opens: "name" as const,
    })),
    ...[...body.matchAll(nameAfter)].map((match) => ({ match, opens: "office" as const })),
    ...[...body.matchAll(postAfter)].map((match) => ({ match, opens: "post" as const })),
  ];
  for (const { match, opens } of matches) {
    const name = match[1] ?? "";
    const words = name.split(/\s+/);
    if (words.some((w) => roles.has(w.toLowerCase()) || !nameLike(w))) continue;
    if (tagsOf(name.toLowerCase()).some((tag) => PLACE_TAGS.has(tag))) continue;
    if (opens === "post") {
      if (words.some((w) => tagsOf(w.toLowerCase()).includes("Demonym")) || namesIn(name).places.length > 0)
        continue;
    } else {
      const before = /([\p{L}]+)[^\p{L}\n]*$/u.exec(
        body.slice(Math.max(0, match.index - 30), match.index),
      )?.[1];
      // (Not after "of", "with", "by" or "for" where a post in capitals follows: "at the invitation of Sonexay
      // Siphandone, Prime Minister of the Lao PDR".)
      // (But "the border town of Nieuw Nickerie, President …": a place's noun before the "of" names a place.)
      const ofPlace = /(\p{L}+)\s+of\s+$/u.exec(body.slice(Math.max(0, match.index - 40), match.index))?.[1];
      const personal =
        opens === "name" &&
        /^(?:of|with|by|for)$/iu.test(before ?? "") &&
        !placeNounSet(vocabulary).has(ofPlace?.toLowerCase() ?? "") &&
        /^,\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,3}?\p{Lu}/u.test(
          body.slice(match.index + name.length, match.index + name.length + 60),
        );
      if (before && tagsOf(before).includes("Preposition") && !personal) continue;
      if (before && opens === "name" && /^(?:the|an?)$/iu.test(before)) continue;
    }
    names.push(name);
  }
  return names;
}

/**
 * Whether the text before a name ends with a post and the place it is held in, the place named whole by the
 * lexicon: "Australian High Commissioner in Sri Lanka" before "Bryce Hutchesson" (a name after "in" is
 * otherwise read as the rest of a place's).
 */
function postPlaceBefore(before: string, vocabulary: Vocabulary): boolean {
  const post = /(\p{L}+)\s+in\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,2})$/u.exec(before);
  if (!post?.[1] || !post[2] || !roleWordSet(vocabulary).has(post[1].toLowerCase())) return false;
  return tagsOf(post[2].trim().toLowerCase()).some((tag) => PLACE_TAGS.has(tag));
}

/**
 * Names that their place in the sentence announces, where the tagger knows neither word ("Qin Gang said",
 * "talks between Ivo Brandt and …", "met with Tomas Orrin", "Norland's top diplomat Hana Velkova",
 * "Peter Marsh, Norland's chief negotiator,"): two to four capitalised words ("Aung San Suu Kyi") right before a speech verb
 * or an apposition, or right after "met (with)", "talks with", "between", a country's description or a quotation's
 * inverted attribution ("“…,” writes Ivo Brandt at …"). Each
 * word must be able to be a name, one a surname (not a common noun: "White House said", "Global Times
 * said"), unless the first is a given name the lexicon knows ("Peter Marsh"); none a place.
 */
const NAME_WORD = "\\p{Lu}[\\p{Ll}’']+(?:-\\p{L}[\\p{Ll}’']+)*";
// (The small words of a family name may come after any given name: "Juan Ramón de la Fuente".)
const NAME_RUN = `${NAME_WORD}(?:(?:[ \\t]+(?:bin|al|van|von|der|de|la|le)){0,2}[ \\t]+${NAME_WORD}){1,3}`;

/**
 * "including Bilawal Bhutto Zardari, Miftah Ismail, Shahzain Bugti, Marriyum Aurangzeb and Mohsin Dawar":
 * the other names of a list of three or more in which two people are already found (by the tagger or their
 * place in a sentence) are people too. Each must look like a name (two to four capitalised words, no place
 * the lexicon knows). So is the other of two joined by "and" when one is a person found.
 */
// (A word of a name may hold a capital inside, "MacDouall"; an item may open with its title's words, which
// are left off it: "Anas Haqqani, and Deputy Interior Minister Rahmatullah Najib".)
const LIST_WORD = "\\p{Lu}[\\p{Ll}’']+(?:\\p{Lu}[\\p{Ll}’']+)?(?:-\\p{L}[\\p{Ll}’']+)*";
const LIST_ITEM = `${LIST_WORD}(?:[ \\t]+${LIST_WORD}){1,5}`;
const NAME_LIST = new RegExp(
  `(?<![\\p{L}])(${LIST_ITEM}(?:,[ \\t]+${LIST_ITEM})*(?:,?[ \\t]+and[ \\t]+${LIST_ITEM}))(?![\\p{L}])`,
  "gu",
);
// (A list whose every item names its country after "of": "Serzh Sargsyan of Armenia, Ilham Aliyev of
// Azerbaijan, and Dmitry Medvedev of Russia".)
const COUNTRY_ITEM = `${LIST_ITEM}[ \\t]+of[ \\t]+(?:the[ \\t]+)?${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,2}`;
const COUNTRY_LIST = new RegExp(
  `(?<![\\p{L}])(${COUNTRY_ITEM}(?:,[ \\t]+${COUNTRY_ITEM})*(?:,?[ \\t]+and[ \\t]+${COUNTRY_ITEM}))(?![\\p{L}])`,
  "gu",
);
/** An item without the country its "of" names: "Serzh Sargsyan of Armenia" → "Serzh Sargsyan". */
const withoutCountry = (item: string) => {
  const of = /^(.+?)[ \t]+of[ \t]+(?:the[ \t]+)?(.+)$/u.exec(item);
  return of?.[1] && of[2] && isCountryName(of[2].split(/[ \t]+/u)) ? of[1] : item;
};
function listedNames(
  body: string,
  found: { text: string; kind: string }[],
  vocabulary: Vocabulary,
): string[] {
  const people = new Set(
    found.filter((f) => f.kind === "PERSON").map((f) => f.text.replace(/[.,;:’']+$/u, "").trim()),
  );
  // A body's or a place's last word, or a name the lexicon knows as a place ("Hong Kong"): no person.
  const bodyWords = new Set(
    [...vocabulary.speakingBodies, ...vocabulary.notParticipants.lastWords, ...vocabulary.placeNouns].map(
      (word) => word.toLowerCase(),
    ),
  );
  const placeLike = (words: string[]) =>
    words.some(
      (_, i) =>
        tagsOf(words[i]?.toLowerCase() ?? "").some((tag) => PLACE_TAGS.has(tag)) ||
        (i + 1 < words.length &&
          tagsOf(`${words[i]} ${words[i + 1]}`.toLowerCase()).some((tag) => PLACE_TAGS.has(tag))),
    );
  const regionWords = new Set(vocabulary.notParticipants.firstWords.map((word) => word.toLowerCase()));
  // (A title's words are no name's: "Sudrian President Andrés Manuel" is a titled name cut short.)
  const titleWords = new Set(
    [...vocabulary.roleWords.flatMap((role) => role.split(/\s+/u)), ...vocabulary.honorifics].map((word) =>
      word.toLowerCase(),
    ),
  );
  const titlesBefore = new RegExp(
    `^(?:\\p{Lu}[\\p{L}'’-]*[ \\t]+)*?(?:${[...titleWords].map(escapeRegExp).join("|") || "(?!)"})[ \\t]+(?=\\p{Lu}[\\p{L}'’-]*[ \\t]+\\p{Lu})`,
    "iu",
  );
  const looksLikeName = (item: string) => {
    const parts = item.split(/[ \t]+/u);
    if (parts.some((part) => titleWords.has(part.toLowerCase()))) return false;
    const tagged = namesIn(item);
    const organisation = tagged.organizations.length > 0 || tagged.places.length > 0;
    return (
      parts.every((part) => nameLike(part) && !tagsOf(part.toLowerCase()).includes("Demonym")) &&
      !regionWords.has(parts[0]?.toLowerCase() ?? "") &&
      !placeLike(parts) &&
      !organisation &&
      !bodyWords.has(parts.at(-1)?.toLowerCase() ?? "")
    );
  };
  const names: string[] = [];
  for (const match of [...body.matchAll(NAME_LIST), ...body.matchAll(COUNTRY_LIST)]) {
    const written = (match[1] ?? "").split(/,?[ \t]+and[ \t]+|,[ \t]+/u).map((item) => {
      let name = item;
      while (titlesBefore.test(name)) name = name.replace(titlesBefore, "");
      // ("the foreign ministers of Spain José Albares, Latvia Baiba Braže, …": each with its country before.)
      const words = name.split(/[ \t]+/u);
      const country = [2, 1].find((n) => words.length >= n + 2 && isCountryName(words.slice(0, n)));
      return country ? words.slice(country).join(" ") : name;
    });
    const items = written.map(withoutCountry);
    // "former presidents Thabo Mbeki and Festus Mogae": names right after a title's plural are people,
    // whether or not one of them was found already.
    const titledPlural = /(?<![\p{L}])(\p{Ll}+)[ \t]+$/u.exec(
      body.slice(Math.max(0, match.index - 30), match.index),
    )?.[1];
    if (
      titledPlural &&
      /s$/u.test(titledPlural) &&
      titleWords.has(titledPlural.replace(/(?:e?s)$/u, "")) &&
      items.every(looksLikeName)
    ) {
      names.push(...items.filter((item) => !people.has(item)));
      continue;
    }
    if (match[0].includes(" of ") && items.some((item, i) => item === written[i])) continue;
    // "The three ministers, Adilbek Dzhaksybekov of Kazakhstan, Abibilla Kudaiberdiev of Kyrgyzstan, and
    // Sherali Khairulloyev of Tajikistan,": three or more that each name their country are people, whether
    // or not one of them was found already.
    if (match[0].includes(" of ") && items.length >= 3 && items.every(looksLikeName)) {
      names.push(...items.filter((item) => !people.has(item)));
      continue;
    }
    if (people.size === 0) continue;
    const known = items.filter((item) => [...people].some((person) => item.endsWith(person)));
    // ("Ranil Wickremesinghe and Malcolm Turnbull" where "Prime Minister Wickremesinghe" is found: an item
    // that writes out in full one found by a surname only is that person's whole name.)
    // (Not the end of a country's name the item before begins: "Trinidad and Tobago Keith Rowley".)
    const countryTail = (i: number) => {
      // (The first item's "and" stands before the list: "of Trinidad and Tobago Keith Rowley, and …".)
      const lead = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3})and[ \t]+$/u.exec(
        body.slice(Math.max(0, match.index - 40), match.index),
      )?.[1];
      const before = (i === 0 ? (lead ?? "") : (items[i - 1] ?? "")).split(/[ \t]+/u).filter(Boolean);
      return countryWordsAfterAnd(before, (items[i] ?? "").split(/[ \t]+/u)) > 0;
    };
    for (const [i, item] of items.entries())
      if (
        !people.has(item) &&
        !countryTail(i) &&
        [...people].some(
          (person) =>
            !person.includes(" ") && loneSpeakerName(person, vocabulary) && item.endsWith(` ${person}`),
        ) &&
        looksLikeName(item)
      )
        names.push(item);
    // Two joined by "and", one of them a person found: the other is one too ("Kim Jong Un and Moon
    // Jae-in", a name the tagger does not know).
    // (The one found must look like a name itself: the tagger takes "East Asian" for a person too.)
    const pair = items.length === 2 && known.length === 1 && looksLikeName(known[0] ?? "");
    if (!pair && (items.length < 3 || known.length < 2)) continue;
    // (A headline in title case runs its verb on into the name: "Putin and Kim Jong Un Sign Defence Pact".)
    if (pair) {
      const lineStart = body.lastIndexOf("\n", match.index) + 1;
      const lineEnd = body.indexOf("\n", match.index);
      const words =
        body.slice(lineStart, lineEnd < 0 ? body.length : lineEnd).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
      const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
      if (words.length >= 4 && capitalised / words.length >= 0.6) continue;
    }
    // "… and Silicon Valley executives": the last item names what the noun after it belongs to.
    // ("… and Moon Jae-in spent": a verb after it is no noun of theirs.)
    const next = /^[ \t]+(\p{Ll}+)/u.exec(body.slice(match.index + match[0].length))?.[1];
    // (Nor is a word of manner: "Adama Barrow and Macky Sall respectively have signed".)
    const attributive =
      next !== undefined &&
      (isPluralNoun(next) || !readsAsVerb(next)) &&
      !(/\p{Ll}{3}ly$/u.test(next) && !isCommonWord(next)) &&
      // (Nor a word of grammar: "… and Switzerland Ignazio Cassis on Sept. 25".)
      !isGrammarWord(next);
    for (const [i, item] of items.entries()) {
      if (known.includes(item) || (attributive && i === items.length - 1)) continue;
      if (looksLikeName(item)) names.push(item);
    }
  }
  return names;
}
let contextFor:
  | {
      verbs: string[];
      verbPattern: string;
      before: RegExp;
      after: RegExp;
      apposition: RegExp;
      postOf: RegExp;
      joined: RegExp;
      counterpart: RegExp;
      pair: RegExp;
      pairSecond: RegExp;
      bracketed: RegExp;
      meets: RegExp;
      plural: RegExp;
    }
  | undefined;
const speechVerbNextFor = new WeakMap<Vocabulary, RegExp>();
/** A single-word verb of speech right at the start of a text (" said …", " told …"), compiled once. */
function speechVerbNext(vocabulary: Vocabulary): RegExp {
  let pattern = speechVerbNextFor.get(vocabulary);
  if (pattern === undefined) {
    const verbs =
      wordAlternatives(vocabulary.speechVerbs.filter((verb) => /^\p{Ll}+$/u.test(verb))) || "(?!)";
    pattern = new RegExp(`^\\s+(?:${verbs})(?![\\p{L}])`, "u");
    speechVerbNextFor.set(vocabulary, pattern);
  }
  return pattern;
}

/**
 * "met A.K. Brenner", "S. Jaishankar said": a family name after initials, with no title before it. Not
 * initials that spell a country or a body ("U.S. Treasury", "U.N. Security Council", "EU"), and not a common
 * word, a place or a title's word after them ("N. Korea", "U.S. Embassy").
 */
function initialedNames(body: string, vocabulary: Vocabulary): string[] {
  const groupingNames = new Set(
    vocabulary.groupings
      .flatMap((g) => [g.name, ...g.aliases])
      .map((name) => name.replace(/\./gu, "").toLowerCase()),
  );
  const roles = roleWordSet(vocabulary);
  const plainWords = new Set([...vocabulary.roleWords, ...vocabulary.honorifics].map((w) => w.toLowerCase()));
  const names: string[] = [];
  // (Or one of two letters, vocabulary.yaml digraphInitials: "Ya. Sodbaatar".)
  const digraphs = wordAlternatives(vocabulary.digraphInitials);
  const initialed = new RegExp(
    `(?<![\\p{L}\\p{N}.’'-])((?:(?:\\p{Lu}${digraphs ? `|${digraphs}` : ""})\\.[ \\t]?){1,3})(\\p{Lu}\\p{Ll}[\\p{Ll}’'-]+)(?![\\p{L}’'-]|[ \\t]+\\p{Lu})`,
    "gu",
  );
  for (const match of body.matchAll(initialed)) {
    const [name, initials = "", family = ""] = match;
    const letters = initials.replace(/[.\s]/gu, "").toLowerCase();
    // (A two letters' initial is no word the lexicon may know: "Ya." is no "ya".)
    const digraph = /\p{Ll}\./u.test(initials);
    if ((!digraph && lexiconTag(letters) !== undefined) || groupingNames.has(letters)) continue;
    if (isCountryName([letters])) continue;
    const lower = family.toLowerCase();
    if (!surnameLike(family) || roles.has(lower) || tagsOf(lower).some((tag) => PLACE_TAGS.has(tag)))
      continue;
    // ("said E. Rinkēvičs" of a text that names "Edgars Rinkēvičs": the full name's, read with it.)
    const given = new RegExp(
      `(?<![\\p{L}.’'-])(\\p{Lu}\\p{Ll}+)[ \\t]+${escapeRegExp(family)}(?![\\p{L}])`,
      "gu",
    );
    if ([...body.matchAll(given)].some((m) => !plainWords.has((m[1] ?? "").toLowerCase()))) continue;
    names.push(name);
  }
  return names;
}

/**
 * "Ri Yong-ho arrived …", "with Choe Kang-il, deputy director general …": a short family name before a given
 * name of two syllables joined by a hyphen, as Korean names and many Chinese ones of Taiwan and Hong Kong are
 * written in English, is a person's name wherever it stands. Not a title's, a place's or a function word
 * ("The Run-up", "New Year-end").
 */
function syllableNames(body: string, vocabulary: Vocabulary): string[] {
  const roles = roleWordSet(vocabulary);
  const names: string[] = [];
  for (const match of body.matchAll(
    /(?<![\p{L}\p{N}.’'-])(\p{Lu}\p{Ll}{1,4})[ \t]+(\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5})(?![\p{L}\p{N}’'-])/gu,
  )) {
    const [name, family = ""] = match;
    const lower = family.toLowerCase();
    if (!surnameLike(family) || roles.has(lower) || tagsOf(lower).some((tag) => PLACE_TAGS.has(tag)))
      continue;
    names.push(name);
  }
  return names;
}

function contextNames(body: string, vocabulary: Vocabulary): string[] {
  if (contextFor?.verbs !== vocabulary.speechVerbs) {
    const verbs = vocabulary.speechVerbs
      .filter((verb) => /^\p{Ll}+$/u.test(verb))
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join("|");
    // "his Indian counterpart Subrahmanyam Jaishankar", "his Japanese counterpart, Fumio Kishida": one's
    // opposite number, named.
    const counterparts = vocabulary.attribution.counterpartNouns
      .filter((noun) => /^\p{Ll}[\p{Ll} ]+$/u.test(noun))
      .map((noun) => escapeRegExp(noun).replace(/ /g, "[ \\t]+"))
      .join("|");
    // "Presidential spokesman, Bayo Onanuga, said": one who speaks for another, named in apposition between
    // commas (vocabulary.yaml attribution.bodySpeakerNouns, one person's).
    const speakerNouns = vocabulary.attribution.bodySpeakerNouns
      .filter((noun) => /^\p{Ll}+$/u.test(noun) && !/s$/u.test(noun))
      .map(escapeRegExp)
      .join("|");
    const roleAlternatives = vocabulary.roleWords
      .filter((word) => /^\p{Lu}\p{Ll}+$/u.test(word))
      .map(escapeRegExp)
      .join("|");
    contextFor = {
      verbs: vocabulary.speechVerbs,
      verbPattern: verbs || "(?!)",
      // The run, then a speech verb (a day's word between: "Rishi Sunak today hailed …") or an apposition's
      // comma and a description in lower case (its owner's name may have words: "Al Jazeera's senior
      // political analyst"), or a post of something in lower case set off by commas before a speech verb
      // ("Bertalan Havasi, head of the Prime Minister’s Press Office, told …").
      before: new RegExp(
        `(?<![\\p{L}\\p{N}.’'-])(${NAME_RUN})(?=[ \\t]+(?:(?:today|yesterday|also|on[ \\t]+\\p{Lu}\\p{Ll}+day)[ \\t]+)?(?:${verbs || "(?!)"})(?![\\p{L}])|,[ \\t]+(?:the|an?|(?:\\p{Lu}[\\p{L}.]*[ \\t]+){0,2}\\p{Lu}[\\p{L}.]*['’]s)[ \\t]+(?:\\p{Ll}[\\p{L}-]*[ \\t]+){0,2}\\p{Ll}[\\p{L}-]{3,}[ \\t]*[,.;]|,[ \\t]+(?:\\p{Ll}[\\p{L}-]*[ \\t]+){0,2}\\p{Ll}[\\p{L}-]{3,}[ \\t]+(?:of|for|at|to)[ \\t]+[^,.;“”"]{2,80},[ \\t]+(?:${verbs || "(?!)"})(?![\\p{L}]))`,
        "gu",
      ),
      // A cue, then the run, then no further capitalised word (its possessive may follow: "his Ivorian
      // counterpart Alassane Ouattara’s state visit"; a counterpart's post may say where: "her Ethiopian
      // counterpart to Kenya Meles Alem Tikea"). "India's prime minister, Narendra Modi":
      // a possessive's description may stand apart by a comma, and must when it is long ("Pakistan’s deputy
      // prime minister and foreign minister, Ishaq Dar"; not "Beijing’s tightening grip on semi-autonomous
      // Hong Kong").
      after: new RegExp(
        `(?:\\b(?:met|meets|meet|meeting)(?:[ \\t]+with)?|\\btalks[ \\t]+with|\\bbetween|\\b(?:${counterparts || "(?!)"})(?:[ \\t]+(?:to|in)[ \\t]+\\p{Lu}\\p{Ll}+)?,?|[”"’],?[ \\t]+(?:${verbs || "(?!)"})|\\p{Lu}[\\p{L}.]*['’]s[ \\t]+(?:\\p{Ll}[\\p{L}-]*[ \\t]+){0,2}\\p{Ll}[\\p{L}-]{3,},?|\\p{Lu}[\\p{L}.]*['’]s[ \\t]+(?:\\p{Ll}[\\p{L}-]*[ \\t]+){3,5}\\p{Ll}[\\p{L}-]{3,},)[ \\t]+(${NAME_RUN})(?![ \\t]*\\p{Lu}|[\\p{L}-]|[’'](?!s(?![\\p{L}])))`,
        "gu",
      ),
      apposition: new RegExp(`\\b(?:${speakerNouns || "(?!)"}),[ \\t]+(${NAME_RUN}),`, "gu"),
      // "visiting Minister for Foreign Affairs of Japan, Kamikawa Yoko, held …": a post of a country, its
      // holder named in apposition between commas.
      postOf: new RegExp(
        `\\b(?:${roleAlternatives || "(?!)"})[ \\t]+(?:(?:of|for|the|and|\\p{Lu}[\\p{L}-]*)[ \\t]+){0,5}of[ \\t]+(?:the[ \\t]+)?\\p{Lu}[\\p{L}-]*(?:[ \\t]+\\p{Lu}[\\p{L}-]*){0,2},[ \\t]+(${NAME_RUN}),`,
        "gu",
      ),
      // "Ivo Brandt and Lena Marsh": a second name after "and", when it opens with a given name.
      joined: new RegExp(`\\band[ \\t]+(${NAME_RUN})(?![ \\t]*\\p{Lu}|[\\p{L}’'-])`, "gu"),
      counterpart: new RegExp(`^(?:${counterparts || "(?!)"})(?![\\p{L}])`, "u"),
      // "Albin Kurti met the envoy …": the run that opens a sentence as the subject of a meeting's verb
      // (vocabulary.yaml attribution.meetingVerbs), checked as a speaker's run is.
      meets: new RegExp(
        `(?<=(?:^|[.!?]["”’]?[ \\t]+|\\n[ \\t]*))(${NAME_RUN})(?=[ \\t]+(?:${
          vocabulary.attribution.meetingVerbs
            .map((verb) => escapeRegExp(verb).replace(/ /g, "[ \\t]+"))
            .join("|") || "(?!)"
        })(?![\\p{L}]))`,
        "gu",
      ),
      // "Ash Carter and Han Min-koo met Saturday": the first of two names that meet ("joined" takes the
      // second).
      // (Or one whose counterpart follows: "Fiji’s Prime Minister and Minister for Foreign Affairs, Sitiveni
      // Rabuka and his Australian counterpart, …".)
      pair: new RegExp(
        `(?<![\\p{L}\\p{N}.’'-])(${NAME_RUN})(?=[ \\t]+and[ \\t]+${NAME_RUN}[ \\t]+(?:met|meet|meets|(?:held|hold|holds)[ \\t]+talks|talked)(?![\\p{L}])|[ \\t]+and[ \\t]+(?:his|her)[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,2}(?:${counterparts || "(?!)"})(?![\\p{L}]))`,
        "gu",
      ),
      // "Prime Minister Zoran Zaev and Edi Rama met": the second of them, whatever its first word ("joined"
      // wants a given name the lexicon knows).
      pairSecond: new RegExp(
        `(?<=\\p{Lu}[\\p{L}.’'-]*[ \\t]+and[ \\t]+)(${NAME_RUN})(?=[ \\t]+(?:met|meet|meets|(?:held|hold|holds)[ \\t]+talks|talked)(?![\\p{L}]))`,
        "gu",
      ),
      // "the Minister of Foreign Affairs of the Kyrgyz Republic [Chingiz Aidarbekov] met …": the name an
      // editor set in square brackets after an office.
      bracketed: new RegExp(`(?<=\\p{L}[ \\t]*)\\[(${NAME_RUN})\\]`, "gu"),
      // "Cabinet Secretaries Raychelle Omamo and Sicily Kariuki": the second of two names a plural title
      // announces (each maybe with its country in brackets: "Presidents João Lourenço (Angola) and Alassane
      // Ouattara (Ivory Coast)").
      plural: new RegExp(
        `(?<=(?<![\\p{L}])(?:${wordAlternatives(pluralTitles(vocabulary)) || "(?!)"})[ \\t]+${NAME_RUN}(?:[ \\t]+\\([\\p{L} .'’-]{2,40}\\))?[ \\t]+and[ \\t]+)(${NAME_RUN})(?![ \\t]*\\p{Lu}|[\\p{L}’'-])`,
        "gu",
      ),
    };
  }
  const roles = roleWordSet(vocabulary);
  const places = placeNounSet(vocabulary);
  const bodyWords = new Set(
    [...vocabulary.speakingBodies, ...vocabulary.notParticipants.lastWords].map((word) => word.toLowerCase()),
  );
  const leadingWords = new Set(
    [...vocabulary.attribution.leadingTimes, ...vocabulary.attribution.leadingConnectives]
      .filter((word) => !/\s/u.test(word))
      .map((word) => word.toLowerCase()),
  );
  const names: string[] = [];
  // "… the visit of Krišjanis Karinš. … ministers Tsahkna and Karinš also stressed …": one word that speaks
  // alone (a sentence's subject, or either of two joined by "and": "both Bourita and Al Zayani praised") is a
  // surname, and a run of capitalised words that ends in it, wherever it stands, a person's name.
  const spokenSurnames = new Set(
    [
      ...body.matchAll(
        new RegExp(
          `(?:(?<![\\p{L}][ \\t]?)|(?<=\\b(?:and|both)[ \\t]))(${NAME_WORD})[ \\t]+(?:and[ \\t]+(?:${NAME_WORD}[ \\t]+){1,4})?(?:also[ \\t]+)?(?:${contextFor.verbPattern})(?![\\p{L}])`,
          "gu",
        ),
      ),
      // (Or after its verb, closing a quotation: "“…,” stated Kasoulides, and said …".)
      ...body.matchAll(
        new RegExp(`[,”"][ \\t]*(?:${contextFor.verbPattern})[ \\t]+(${NAME_WORD})(?=[ \\t]*[,.;])`, "gu"),
      ),
    ]
      .map((match) => match[1] ?? "")
      .filter((word) => surnameLike(word) && !roles.has(word.toLowerCase())),
  );
  const spoken = spokenSurnames.size
    ? new RegExp(
        `(?<![\\p{L}\\p{N}.’'-])((?:${NAME_WORD}[ \\t]+){1,2}(?:${[...spokenSurnames].map(escapeRegExp).join("|")}))(?![\\p{L}\\p{N}’'-])`,
        "gu",
      )
    : null;
  for (const pattern of [
    ...(spoken ? [spoken] : []),
    contextFor.before,
    contextFor.after,
    contextFor.apposition,
    contextFor.postOf,
    contextFor.joined,
    contextFor.pair,
    contextFor.pairSecond,
    contextFor.bracketed,
    contextFor.meets,
    contextFor.plural,
  ]) {
    for (const match of body.matchAll(pattern)) {
      // The name is what is left once words that cannot be one are cut from its front ("Meanwhile Qin
      // Gang said").
      const words = (match[1] ?? "").split(/[ \t]+/u);
      const cut: string[] = [];
      while (words.length > 2 && !nameLike(words[0] ?? "")) cut.push(...words.splice(0, 1));
      // ("Later Lind said": a word of when or a connective that opens the sentence is none, whatever its
      // length; vocabulary.yaml attribution.leadingTimes and leadingConnectives.)
      if (leadingWords.has(words[0]?.toLowerCase() ?? "")) {
        if (words.length <= 2) continue;
        cut.push(...words.splice(0, 1));
      }
      // ("Lithuania's Algirdas Butkevicius said": a country's possessive before the name is no part of it.)
      while (words.length > 2 && /['’]s$/u.test(words[0] ?? "")) cut.push(...words.splice(0, 1));
      // "his Sri Lankan counterpart Maithripala Sirisena Saturday agreed": the day is no part of the name.
      if (words.length > 2 && weekdays().has(words.at(-1)?.toLowerCase() ?? "")) words.pop();
      // "the prime minister of Trinidad and Tobago Keith Rowley": after "and", the end of a country's name the
      // words before "and" begin is the country's, not the name's.
      if (pattern === contextFor.joined) {
        const before = body
          .slice(Math.max(0, match.index - 40), match.index)
          .split(/[^\p{L}]+/u)
          .filter(Boolean);
        cut.push(...words.splice(0, countryWordsAfterAnd(before, words)));
      }
      // (The same for a run that ends in a surname, right after "and": "Trinidad and | Tobago Keith Rowley".)
      if (pattern === spoken) {
        const before = body
          .slice(Math.max(0, match.index - 40), match.index)
          .split(/[^\p{L}]+/u)
          .filter(Boolean);
        if (before.at(-1) === "and")
          cut.push(...words.splice(0, countryWordsAfterAnd(before.slice(0, -1), words)));
      }
      // "the foreign ministers of Tajikistan and Russia Sirojiddin Mukhriddin and Sergey Lavrov": a country's
      // name run onto the first of a list of names, the countries' people in the countries' order.
      const listEnd = match.index + match[0].length;
      let listed = false;
      for (const n of [2, 1]) {
        if (
          words.length - n >= 2 &&
          tagsOf(words.slice(0, n).join(" ").toLowerCase()).includes("Country") &&
          /^[ \t]+and[ \t]+\p{Lu}/u.test(body.slice(listEnd, listEnd + 8))
        ) {
          cut.push(...words.splice(0, n));
          listed = true;
          break;
        }
      }
      // "In Port Halden, the minister said": a place after a preposition; "Norland's capital Port Halden".
      const start = match.index + match[0].length - (match[1] ?? "").length;
      const before =
        cut.at(-1) ?? /([\p{L}]+)[^\p{L}\n]*$/u.exec(body.slice(Math.max(0, start - 30), start))?.[1] ?? "";
      // "an American who the United States says …": a name with an article before it is a country's or a
      // body's, never a person's.
      if (
        ((pattern === contextFor.before || pattern === contextFor.pair || pattern === contextFor.meets) &&
          tagsOf(before.toLowerCase()).includes("Preposition")) ||
        places.has(before.toLowerCase()) ||
        /^(?:the|an?)$/iu.test(before)
      )
        continue;
      // ("his Ivorian counterpart Alassane Ouattara’s state visit": a counterpart's name in the possessive.)
      const possessed = words.at(-1) ?? "";
      if (pattern === contextFor.after && contextFor.counterpart.test(match[0]) && /['’]s$/u.test(possessed))
        words[words.length - 1] = possessed.slice(0, -2);
      // No title, honorific, demonym or possessive among its words ("Kenyan President Kenyatta", "Japan’s
      // Edo"): those are a title's words or a phrase's, and titles announce names elsewhere.
      if (
        words.length < 2 ||
        words.some(
          (word) =>
            roles.has(word.toLowerCase().replace(/\.$/u, "")) ||
            /['’]s$/u.test(word) ||
            tagsOf(word.toLowerCase()).includes("Demonym"),
        )
      )
        continue;
      // A short word the lexicon reads as a pronoun or a month is a name beside a word it does not know
      // at all ("He Lifeng", "Liu He", "Dong Jun"); a determiner or preposition never is ("The Xinhua").
      const unknown = words.filter((word) => lexiconTag(word.toLowerCase()) === undefined).length;
      const fits = (word: string) =>
        /^\p{Ll}/u.test(word) ||
        nameLike(word) ||
        (word.length <= 3 &&
          words.length === 2 &&
          unknown === 1 &&
          !tagsOf(word.toLowerCase()).some((tag) => NEVER_A_NAME.has(tag)));
      if (!words.every(fits)) continue;
      const capitalised = words.filter((word) => /^\p{Lu}/u.test(word));
      if (capitalised.some((word) => tagsOf(word.toLowerCase()).some((tag) => PLACE_TAGS.has(tag)))) continue;
      // (Nor a place's name of several words: "Pakistan and Sri Lanka", "Sri" alone a given name.)
      if (tagsOf(words.join(" ").toLowerCase()).some((tag) => PLACE_TAGS.has(tag))) continue;
      const given = tagsOf((words[0] ?? "").toLowerCase()).some((tag) =>
        /^(?:Male|Female)?Name$|FirstName/u.test(tag),
      );
      // ("he and Taro Aso hold meetings …. Aso said …": a second name whose last word speaks alone
      // elsewhere is a person's, whatever its first word.)
      const lastWord = words.at(-1) ?? "";
      const speaksAlone =
        (pattern === contextFor.joined || pattern === spoken) && spokenSurnames.has(lastWord);
      if (
        !given &&
        !listed &&
        !speaksAlone &&
        (pattern === contextFor.joined || !capitalised.some((word) => surnameLike(word)))
      )
        continue;
      if (pattern === spoken && !speaksAlone) continue;
      // A name does not end in a common noun unless it opens with a given name ("Peter Marsh"): "Senate
      // Democrats", "Business Leaders", "Silicon Valley", "Lowy Institute", "Amnesty International" are groups,
      // places and bodies.
      // (After a counterpart noun the run is a person's, whatever its words also mean: "his Chinese
      // counterpart Qin Gang". A plural is still a group: "their counterparts Senate Democrats".)
      const last = capitalised.at(-1) ?? "";
      const counterpartCue = pattern === contextFor.after && contextFor.counterpart.test(match[0]);
      if (
        !given &&
        tagsOf(last.toLowerCase()).some((tag) => COMMON_WORD.has(tag)) &&
        (!counterpartCue || isPluralNoun(last.toLowerCase()) || bodyWords.has(last.toLowerCase()))
      )
        continue;
      // Nor one the tagger reads, in its sentence, as an organisation or a place ("Amnesty International
      // said", "between Silicon Valley and Beijing").
      const from = Math.max(body.lastIndexOf("\n", match.index) + 1, match.index - 200);
      const to = body.indexOf("\n", match.index);
      const around = namesIn(body.slice(from, to < 0 ? body.length : Math.min(to, match.index + 200)));
      const run = words.join(" ");
      // Places only after "between": "Park Jin" and "Peter Marsh" read as places elsewhere are people.
      const placesRead = /^between\b/iu.test(match[0]) ? around.places : [];
      if ([...around.organizations, ...placesRead].some((name) => name.includes(run))) continue;
      names.push(words.join(" "));
    }
  }
  return names;
}

/**
 * Whether a known person's name stands as a modifier of a noun ("the Biden administration", "the Obama
 * visit"): it speaks of something of theirs, and names no participant.
 */
const attributive = (body: string, start: number, end: number) =>
  /(?<![\p{L}])the\s+$/iu.test(body.slice(Math.max(0, start - 6), start)) &&
  /^[ \t]+\p{Ll}/u.test(body.slice(end, end + 3));

/**
 * Acronyms an article keeps naming ("ASEAN", "NATO"): an organisation at the centre of the text, named
 * three times or more as a word of its own (not in a run of capitals such as a label "PRESIDENT BIDEN:",
 * not a virus's "COVID-19"), three times standing alone rather than opening a longer name ("the CPC
 * Central Committee"), and no word the lexicon knows as something other than an organisation.
 */
function acronymNames(body: string): string[] {
  const counts = new Map<string, { all: number; alone: number }>();
  const caps = /^[^\p{L}]*\p{Lu}{2,}[^\p{L}]*$/u;
  for (const match of body.matchAll(
    /(?<![\p{L}\p{N}&.’'-])\p{Lu}[\p{Lu}&]{2,6}(?![\p{L}\p{N}&:]|-\p{N}|\.\p{L})/gu,
  )) {
    const end = match.index + match[0].length;
    const before = /(\S+)[ \t]+$/u.exec(body.slice(Math.max(0, match.index - 30), match.index))?.[1] ?? "";
    const after = /^[ \t]+(\S+)/u.exec(body.slice(end, end + 30))?.[1] ?? "";
    if (caps.test(before) || caps.test(after)) continue;
    const count = counts.get(match[0]) ?? { all: 0, alone: 0 };
    count.all++;
    // Standing alone, not as the first word of a longer name ("the CPC Central Committee").
    if (!/^[ \t]+(?:of[ \t]+)?\p{Lu}/u.test(body.slice(end, end + 30))) count.alone++;
    counts.set(match[0], count);
  }
  return [...counts]
    .filter(
      ([word, count]) =>
        count.all >= 3 &&
        count.alone >= 3 &&
        tagsOf(word.toLowerCase()).every((tag) => !tag || tag === "Organization"),
    )
    .map(([word]) => word);
}

/**
 * Bodies named by the last word of their kind (vocabulary.yaml organizationHeads: "… Company", "… Corporation"),
 * the capitalised words before it with the small words that join them ("the Libyan Post Telecommunications
 * and Information Technology Company", "Office of the …"; "X and the Y Company" are two), whatever the
 * tagger reads them as. An opening word of function, a country's possessive or "The" is no part of the name
 * ("Libya’s National Oil Corporation").
 */
const headedPatterns = new WeakMap<Vocabulary, RegExp | null>();
const FUNCTION_WORD = /\b(?:Preposition|Determiner|Conjunction|Pronoun|Adverb)\b/u;
function headedNames(body: string, vocabulary: Vocabulary): string[] {
  let pattern = headedPatterns.get(vocabulary);
  if (pattern === undefined) {
    const heads = vocabulary.organizationHeads.map(escapeRegExp).join("|");
    pattern = heads
      ? new RegExp(
          `(?<![\\p{L}\\p{N}&'’.-])(?:\\p{Lu}[\\p{L}&'’.-]*[ \\t]+(?:(?:and|&)[ \\t]+|(?:of|for)[ \\t]+(?:the[ \\t]+)?)?){1,7}(?:${heads})(?![\\p{L}\\p{N}])`,
          "gu",
        )
      : null;
    headedPatterns.set(vocabulary, pattern);
  }
  if (!pattern) return [];
  const names = new Set<string>();
  const roles = roleWordSet(vocabulary);
  for (const match of body.matchAll(pattern)) {
    let words = match[0].split(/[ \t]+/u);
    // (A sentence's end is no part of the name: "… met Tomas Orrin. The President of the Federation …".)
    const stop = words.findLastIndex((word, k) => k < words.length - 1 && /^\p{Lu}\p{Ll}{3,}\.$/u.test(word));
    if (stop >= 0) words = words.slice(stop + 1);
    // (Nor a post of the body: "the President of the Federation of Iraqi Chambers" names no body "President
    // of the Federation".)
    while (
      words.length > 1 &&
      (/['’]s$/u.test(words[0] ?? "") ||
        /^(?:and|of|for|&|the)$/iu.test(words[0] ?? "") ||
        FUNCTION_WORD.test(String(lexiconTag((words[0] ?? "").toLowerCase()) ?? "")) ||
        (roles.has((words[0] ?? "").toLowerCase()) && /^(?:of|for)$/u.test(words[1] ?? "")))
    )
      words.shift();
    if (words.length >= 2) names.add(words.join(" "));
  }
  return [...names];
}

/**
 * Groupings of states (vocabulary.yaml `groupings`: "the Quad", "NATO"), each occurrence with the grouping's
 * full name: central to the text when it names them three times or more, else named in passing. A short
 * name in brackets right after another of its names ("World Health Organization (WHO)") is the same
 * mention, and one among words in capitals ("WHO ARE YOU") is no name.
 */
/** Words after a grouping's name that keep it the grouping: "the Quad Leaders Summit", "NATO Allies". */
const GROUPING_WORDS = new Set([
  "summit",
  "meeting",
  "ministerial",
  "members",
  "member",
  "countries",
  "partners",
  "allies",
  "nations",
  "states",
  "chairmanship",
  "foreign",
  "defense",
  "defence",
]);
const groupingPatterns = new WeakMap<Vocabulary, { name: string; pattern: RegExp }[]>();
function groupingMentions(body: string, vocabulary: Vocabulary): { central: Mention[]; passing: Mention[] } {
  let patterns = groupingPatterns.get(vocabulary);
  if (!patterns) {
    patterns = vocabulary.groupings.map((grouping) => ({
      name: grouping.name,
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${[grouping.name, ...grouping.aliases]
          .sort((a, b) => b.length - a.length)
          .map(escapeRegExp)
          .join("|")})(?![\\p{L}\\p{N}])`,
        "gu",
      ),
    }));
    groupingPatterns.set(vocabulary, patterns);
  }
  const caps = /^[^\p{L}]*\p{Lu}{2,}[^\p{L}]*$/u;
  const shortNames = new Set(vocabulary.groupings.flatMap((grouping) => grouping.aliases));
  // Words that may follow a grouping's name and keep it the grouping ("NATO Secretary General", "ASEAN
  // Foreign Ministers"); any other capitalised word makes a longer name ("UN Human Rights Council").
  const roles = roleWordSet(vocabulary);
  const titleWords = new Set(linkingReference().titleWords.map((word) => word.toLowerCase()));
  const found: Mention[] = [];
  for (const { name, pattern } of patterns) {
    for (const match of body.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const before = /(\S+)[ \t]+$/u.exec(body.slice(Math.max(0, start - 30), start))?.[1] ?? "";
      const after = /^[ \t]+(\S+)/u.exec(body.slice(end, end + 30))?.[1] ?? "";
      // A neighbour in capitals that is itself a grouping's name ("with ASEAN, ASEAN centrality") is no label.
      const label = (word: string) =>
        caps.test(word) && !shortNames.has(word.replace(/[^\p{L}\p{N}.-]/gu, ""));
      if (/^\p{Lu}{2,}/u.test(match[0]) && (label(before) || label(after))) continue;
      // "AU$100 million" is money; "UN Human Rights Council" another body, for the tagger to name.
      if (body[end] === "$") continue;
      const next = /^[ \t]+(\p{Lu}[\p{L}-]*)/u.exec(body.slice(end, end + 40))?.[1]?.toLowerCase();
      if (next && !roles.has(next.replace(/s$/u, "")) && !titleWords.has(next) && !GROUPING_WORDS.has(next))
        continue;
      found.push({
        start,
        end,
        text: match[0],
        participant: null,
        kind: "ORGANIZATION",
        misspelling: false,
        name,
      });
    }
  }
  // Longest first: "UN Security Council" holds "UN", which is then no mention of its own.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const mention of found) {
    if (!kept.some((k) => k.start < mention.end && mention.start < k.end)) kept.push(mention);
  }
  kept.sort((a, b) => a.start - b.start);
  const central: Mention[] = [];
  const passing: Mention[] = [];
  for (const name of new Set(kept.map((m) => m.name))) {
    const hits = kept.filter((m) => m.name === name);
    // A short name in brackets right after another of its names is the same mention.
    let counted = 0;
    let lastEnd = -1;
    for (const hit of hits) {
      if (lastEnd < 0 || !/^[ \t]*\($/u.test(body.slice(lastEnd, hit.start))) counted++;
      lastEnd = hit.end;
    }
    (counted >= 3 ? central : passing).push(...hits);
  }
  return { central, passing };
}

function officeBodyOnly(body: string, name: string, vocabulary: Vocabulary): boolean {
  const roles = roleWordSet(vocabulary);
  const occurrences = [...body.matchAll(wordPattern(name))];
  return (
    occurrences.length > 0 &&
    occurrences.every((o) => {
      const before = /(\p{L}+)\s+of\s+(?:the\s+)?$/u.exec(body.slice(Math.max(0, o.index - 40), o.index));
      // (Not in a speaker's label, "Vladimir Putin, President of the Russian Federation:", which names who speaks.)
      if (body[o.index + o[0].length] === ":") return false;
      // "National Security Council spokesman John Kirby": the body in a title before a name.
      // (Or in capitals: "Lebanese Energy Minister Joseph Sadi" is no body named "Lebanese Energy".)
      const titleAfter = /^\s+(\p{L}+)\s+\p{Lu}/u.exec(
        body.slice(o.index + o[0].length, o.index + o[0].length + 40),
      );
      if (titleAfter?.[1] && roles.has(titleAfter[1].toLowerCase())) return true;
      return before?.[1] !== undefined && roles.has(before[1].toLowerCase());
    })
  );
}

/** What a text may write after an outlet's name to say what it is ("TASS News Agency"). */
const OUTLET_DESCRIPTION = /\s+(?:news\s+agency|agency|news|television|tv)$/iu;
/** News outlets (reference/outlets.yaml): they report on a meeting and take no part in it. */
export const NEWS_KINDS = new Set(["PRIVATE", "PUBLIC_BROADCASTER", "STATE_MEDIA", "WIRE"]);
let newsOutlets: Set<string> | undefined;
const newsOutletNames = () =>
  (newsOutlets ??= new Set(
    reference()
      .outlets.filter((outlet) => NEWS_KINDS.has(outlet.kind))
      .flatMap((outlet) => [outlet.name, ...outlet.aliases])
      .map(normalizeName),
  ));

/**
 * Whether every time the text names an organisation a longer name goes on after it: a capitalised word
 * ("Khmer Service Reporter", "Arctic Council Ministerial", "Chinese Foreign Ministry"), or "of" and one
 * ("U.S. Department of State", "Political Bureau of the CPC"). It is a piece of another name, not an
 * organisation of its own; one followed by a role ("National Security Council Senior Director") is the
 * organisation the role's holder serves.
 */
function pieceOfName(body: string, name: string, vocabulary: Vocabulary): boolean {
  const roles = roleWordSet(vocabulary);
  const titleWords = new Set(linkingReference().titleWords.map((word) => word.toLowerCase()));
  const bodies = new Set(vocabulary.speakingBodies.map((word) => word.toLowerCase()));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "gu");
  let named = false;
  for (const match of body.matchAll(pattern)) {
    named = true;
    const rest = body.slice(match.index + name.length, match.index + name.length + 80);
    // ("for" only before a name of two capitalised words or more, "for Financial and Economic Affairs";
    // "the World Bank for Kenya's debt talks" names the bank.)
    const of =
      /^[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}/u.test(rest) ||
      /^[ \t]+for[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}-]*(?![’'\p{L}-])(?:[ \t]+(?:and|of|\p{Lu}[\p{L}-]*))*?[ \t]+\p{Lu}[\p{L}-]*(?![’'\p{L}-])/u.test(
        rest,
      );
    let piece = of;
    if (!of) {
      for (const [word] of (/^(?:[ \t]+\p{Lu}[\p{L}-]*)+/u.exec(rest)?.[0] ?? "").matchAll(
        /\p{Lu}[\p{L}-]*/gu,
      )) {
        const lower = word.toLowerCase();
        if (roles.has(lower)) break;
        if (titleWords.has(lower) && !bodies.has(lower)) continue;
        piece = true;
        break;
      }
    }
    if (!piece) return false;
  }
  return named;
}

/** Small words that may stand lower-case inside an organisation's name ("Ministry of Foreign Affairs"). */
const ORG_JOINING_WORDS = new Set([
  "of",
  "the",
  "and",
  "for",
  "on",
  "de",
  "du",
  "des",
  "la",
  "le",
  "der",
  "al",
]);

/**
 * Whether an organisation is no participant wherever the body names it: a place where something happens
 * ("hosted Wang at the State Department", "move on to the State Department"), a word that describes a
 * noun after it (`modified`: "a senior State Department official", "a Foreign Ministry building"), or a
 * desk of a news outlet ("VOA's Khmer Service Reporter Sun Narin"). Named once on its own ("the State
 * Department said"), it takes part.
 */
function placeOrDesk(body: string, mentions: Mention[], modified: Set<string>): boolean {
  return mentions.every((mention) => {
    const before = body.slice(Math.max(0, mention.start - 60), mention.start);
    // "at the", "to the", but not "according to the State Department", which speaks.
    if (/(?<![\p{L}])(?:at|(?<!according[ \t]+)to|inside|outside)[ \t]+the[ \t]+$/iu.test(before))
      return true;
    const next = /^[ \t]+([\p{L}]+)/u.exec(body.slice(mention.end, mention.end + 30))?.[1]?.toLowerCase();
    if (next && modified.has(next)) return true;
    const outlet = /(\p{Lu}[\p{L}.&-]*(?:[ \t]+\p{Lu}[\p{L}.&-]*){0,3}?)(?:[’']s)?[ \t]+$/u.exec(before)?.[1];
    return outlet !== undefined && newsOutletNames().has(normalizeName(outlet));
  });
}

/**
 * A name the tagger cut short, taken whole: "Yang" of "Politburo member Yang Jiechi" is "Yang Jiechi". The
 * capitalised words right after it that can be a surname (no common word, place, title or role:
 * "Biden Administration" stays "Biden") belong to it, up to three words in all.
 */
function wholeName(sentence: string, name: string, roles: Set<string>, body = sentence): string {
  // (A name of several words goes on by one word at most: "Andrés Manuel López| Obrador".)
  const several = /\s/u.test(name.trim());
  // ("Alexander Novak," ends at its comma: the next words are another phrase's.)
  if (!/[\p{L}]$/u.test(name.trim())) return name;
  const at = wordAt(sentence, name.trim());
  if (at < 0) return name;
  if (!several && !surnameLike(name.trim())) {
    // "Fiji's Frank Bainimarama": a first name the lexicon knows as a common word ("frank") that the tagger
    // reads as a person goes on by a capitalised word the lexicon does not know at all, a family name that
    // the text names a person by elsewhere ("Mr Bainimarama", "Bainimarama said"; "Major Defense Partner"
    // has none).
    const next = /^[ \t]+(\p{Lu}[\p{Ll}'’-]+)(?![\p{L}'’-])/u.exec(
      sentence.slice(at + name.trim().length),
    )?.[1];
    const family = next?.replace(/[’']s$/u, "");
    if (!family || lexiconTag(family.toLowerCase()) !== undefined || !surnameLike(family)) return name;
    const named = [
      ...body.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(family)}(?![\\p{L}])`, "gu")),
    ].some(
      (found) =>
        roles.has(
          (
            /(\p{L}+)\.?\s+$/u.exec(body.slice(Math.max(0, found.index - 20), found.index))?.[1] ?? ""
          ).toLowerCase(),
        ) ||
        /^\s+(?:said|says|told)(?![\p{L}])/u.test(
          body.slice(found.index + family.length, found.index + family.length + 8),
        ),
    );
    return named ? `${name.trim()} ${family}` : name;
  }
  // "Luiz Inacio Lula| da Silva", "Juan Ramón| de la Fuente": a particle or two and the surname they open.
  const particled = several
    ? new RegExp(`^(?:[ \\t]+(?:${PARTICLES})){1,2}[ \\t]+\\p{Lu}[\\p{L}'’-]+(?![\\p{L}'’-])`, "u").exec(
        sentence.slice(at + name.trim().length),
      )?.[0]
    : undefined;
  if (particled) return `${name.trim()}${particled}`;
  const rest = (
    several ? /^([ \t]+\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])/u : /^((?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})/u
  ).exec(sentence.slice(at + name.trim().length))?.[1];
  if (!rest) return name;
  const words: string[] = [];
  for (const word of rest.trim().split(/\s+/u)) {
    const bare = word.replace(/[’']s$/u, "");
    if (
      !surnameLike(bare) ||
      roles.has(bare.toLowerCase()) ||
      weekdays().has(bare.toLowerCase()) ||
      tagsOf(bare.toLowerCase()).some((tag) => PLACE_TAGS.has(tag))
    )
      break;
    words.push(bare);
    if (bare !== word) break;
  }
  return words.length ? `${name.trim()} ${words.join(" ")}` : name;
}

/** Whether a name word follows on the same line ("… López| Obrador"): a family name, not a day or a title. */
function longerName(body: string, end: number, vocabulary: Vocabulary): boolean {
  const next = /^[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}'’-])/u.exec(body.slice(end, end + 40))?.[1];
  if (!next) return false;
  const lower = next.toLowerCase();
  if (roleWordSet(vocabulary).has(lower) || weekdays().has(lower)) return false;
  return (
    surnameLike(next) && !tagsOf(lower).some((tag) => /Date|Month|WeekDay|Verb|Place|City|Country/u.test(tag))
  );
}

let weekdayNames: Set<string> | undefined;
// (Full names only: "Sun" and "Wed" may end a person's name.)
const weekdays = () =>
  (weekdayNames ??= new Set(reference().calendar.days.map((day) => day.name.toLowerCase())));

/** Where a term stands as whole words in a text, or -1 (as wordPattern finds it, with no pattern compiled). */
function wordAt(text: string, term: string): number {
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    const before = text[at - 1] ?? "";
    const after = text[at + term.length] ?? "";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
  }
  return -1;
}

/** The name a person goes by, in quotation marks inside their full name: "“Jokowi”" of "Joko “Jokowi” Widodo". */
export const NICKNAME = /\s+[“"‘'](\p{Lu}[\p{L}’'-]+)[”"’'](?=\s)/u;
/** A full name with the name the person goes by inside it, in a text; and the same as a whole name. */
const NICKNAMED =
  /(?<![\p{L}’'-])\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+[“"‘']\p{Lu}[\p{L}’'-]+[”"’']\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?![\p{L}’'-])/gu;
const NICKNAMED_WHOLE = new RegExp(`^${NICKNAMED.source}$`, "u");
let placeCuePattern: RegExp | undefined;
/** A word that names a town as where something is, right before it (linking.yaml placeCues: "in", "visited"). */
const placeCueBefore = () =>
  (placeCuePattern ??= new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(linkingReference().placeCues) || "(?!)"})\\s+$`,
    "iu",
  ));

/** A run of two or more capitalised words: where a name not yet known can stand. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’.-]*\s+(?:(?:of|the|de|al|bin|van|von)\s+)?\p{Lu}[\p{L}'’.-]*/u;

export function mentionsOf(
  body: string,
  sentences: Sentence[],
  known: KnownParticipant[],
  vocabulary: Vocabulary,
): Mention[] {
  const mentions: Mention[] = [];
  const mask = new Uint8Array(body.length);
  const taken = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (mask[i]) return true;
    return false;
  };
  const take = (mention: Mention) => {
    mask.fill(1, mention.start, mention.end);
    mentions.push(mention);
  };
  // Credit lines ("Reporting by …; Editing by …", "Posted by …"): their names take no part.
  const cues = linkingReference().creditCues;
  if (cues.length) {
    const credit = new RegExp(`(?<![\\p{L}])(?:${wordAlternatives(cues)})(?![\\p{L}])`, "giu");
    for (const match of body.matchAll(credit)) {
      // The line, or in a long one (a page flattened to one line) the words around the cue.
      const start = Math.max(body.lastIndexOf("\n", match.index) + 1, match.index - 150);
      const next = body.indexOf("\n", match.index);
      mask.fill(1, start, Math.min(next < 0 ? body.length : next, match.index + 150));
    }
  }
  // "the mausoleum of … the Late Mzee Jomo Kenyatta": one who has died takes no part and says nothing, and
  // leaves a surname to the living ("President Kenyatta said" is Uhuru Kenyatta).
  // (So one whose death the text speaks of: "following the passing of Namibia's third president Hage G.
  // Geingob", "the third late president Geingob"; vocabulary deceasedCues.)
  for (const match of body.matchAll(
    new RegExp(
      // (After "the late" only a title's word in small letters: "the late afternoon meeting President Lind
      // chaired" names the living.)
      `(?<![\\p{L}])(?:[Tt]he\\s+(?:\\p{Ll}+\\s+)?[Ll]ate\\s+(?:(?:${wordAlternatives(vocabulary.roleWords.map((word) => word.toLowerCase())) || "(?!)"})\\s+)?|(?:${wordAlternatives(vocabulary.deceasedCues) || "(?!)"})\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*[’']s\\s+)?(?:(?:\\p{Ll}[\\p{L}-]*|[Ll]ate)\\s+){0,3})((?:(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}’'-]*)\\s+){0,4}\\p{Lu}[\\p{L}’'-]+)`,
      "gu",
    ),
  ))
    mask.fill(1, match.index + match[0].length - (match[1]?.length ?? 0), match.index + match[0].length);
  // "… Patsy Widakuswara has this report.": a sentence that credits the report names its reporter.
  const reportCues = linkingReference().reportCues;
  if (reportCues.length) {
    const credit = new RegExp(
      `(?<![\\p{L}])(?:${wordAlternatives(reportCues)})(?:\\s+(?:from|in)\\s+[\\p{L} ,.'’-]{1,40}?)?[.!]?\\s*$`,
      "iu",
    );
    for (const sentence of sentences) {
      if (credit.test(sentence.text)) mask.fill(1, sentence.start, sentence.end);
    }
  }
  // A photo's credit on a line of its own under the caption ("Toby Melville | Reuters", "Evan Vucci/AP"):
  // the photographer takes no part.
  for (const match of body.matchAll(
    /^[ \t]*\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3}[ \t]*[|/][ \t]*\p{Lu}[\p{L}&.'’ -]{1,40}$/gmu,
  ))
    mask.fill(1, match.index, match.index + match[0].length);
  // A byline ("By Humeyra Pamuk and Michael Martina"): a short line of names opening with "By".
  // Every word a name's or a joining word ("and", "in" a place): "By Friday, Xi had met Biden" is prose.
  for (const match of body.matchAll(
    /^By[ \t]*\p{Lu}[\p{L}.'’-]*(?:[ \t]*,?[ \t]+(?:\p{Lu}[\p{L}.'’-]*|and|&|in|de|van|von|al|bin))*[ \t]*$/gmu,
  ))
    mask.fill(1, match.index, match.index + match[0].length);
  // Longer aliases first, so "Qin Gang" wins over "Qin".
  const aliases = known
    .flatMap((participant) => participant.aliases.map((alias) => ({ alias, participant })))
    .filter(({ alias }) => alias.length >= 3)
    .sort((a, b) => b.alias.length - a.alias.length);
  const folded = body.normalize("NFKD").replace(/\p{M}/gu, "");
  const canFold = folded.length === body.length;
  const haystack = (canFold ? folded : body).toLowerCase();
  // ("Foreign Ministry" for a stored "Chilean Foreign Ministry" only where the article names Chile.)
  const articlePeoples = peoplesInText(haystack);
  const aliasHere = (alias: string, participant: KnownParticipant) =>
    participant.kind !== "ORGANIZATION" ||
    shortNameHere(alias, [participant.name, ...participant.aliases], articlePeoples);
  for (const { alias, participant } of aliases) {
    if (!aliasHere(alias, participant)) continue;
    const pattern = new RegExp(
      // Between the words, any punctuation and a middle initial ("Antony J. Blinken").
      `(?<![\\p{L}\\p{N}])${alias
        .split(" ")
        .map(escapeRegExp)
        .join("(?:[^\\p{L}\\p{N}]+\\p{L}\\.)?[^\\p{L}\\p{N}]+")}(?![\\p{L}\\p{N}])`,
      "gu",
    );
    for (const match of haystack.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      // Proper names: the words must be capitalised in the text itself.
      if (!/^\p{Lu}/u.test(body.slice(start, end)) || taken(start, end)) continue;
      // A stored full name that the text's name goes on after ("Andrés Manuel López" of "Andrés Manuel
      // López Obrador"): a longer name, found on its own below.
      // So too the one word someone is known by so far ("Wen" of "Wen Haolin", for a person an earlier
      // article named "Wen" only): the longer name is found below, whole.
      if (
        participant.kind === "PERSON" &&
        (alias.includes(" ") ||
          participant.aliases.every((a) => !a.includes(" ")) ||
          // (And a stored person's first name run into a name the text gives another: "Salman" of "Salman
          // Fazlur Rahman" is not King Salman Bin Abdulaziz, whom an earlier page named.)
          normalizeName(participant.name).split(" ")[0] === alias) &&
        longerName(body, end, vocabulary)
      )
        continue;
      if (participant.kind === "PERSON" && attributive(body, start, end)) {
        mask.fill(1, start, end);
        continue;
      }
      // A country's capital that may stand for its government ("Beijing said"), after a word of place
      // (linking.yaml placeCues),
      // is the city: "met in Beijing on Wednesday" names no party of the meeting.
      if (
        participant.kind === "COUNTRY" &&
        !tagsOf(alias).some((tag) => /Country/u.test(tag)) &&
        placeCueBefore().test(body.slice(Math.max(0, start - 20), start))
      ) {
        mask.fill(1, start, end);
        continue;
      }
      // A body of another country's: "Syria’s Foreign Ministry" is not the "Foreign Ministry" stored for
      // China, whose names hold no "Syria" (nor "Syrian"). The owner is a country by the lexicon or a
      // country stored as a participant; a capital may stand for its government: "Beijing's Foreign
      // Ministry".
      const owner = /(\p{Lu}[\p{L}-]+)[’']s\s+$/u.exec(body.slice(Math.max(0, start - 40), start))?.[1];
      const ownerKey = owner ? normalizeName(owner) : "";
      const isCountry =
        ownerKey !== "" &&
        (tagsOf(ownerKey).some((tag) => /Country/u.test(tag)) ||
          known.some((p) => p.kind === "COUNTRY" && p.aliases.includes(ownerKey)));
      // (Its adjective counts as its name: "China's" for a "Chinese Foreign Ministry".)
      const stem = ownerKey.slice(0, Math.max(4, ownerKey.length - 1));
      if (
        participant.kind === "ORGANIZATION" &&
        isCountry &&
        !participant.aliases.some((a) =>
          a.split(" ").some((word) => word === ownerKey || word.startsWith(stem)),
        )
      )
        continue;
      // (So too by its people's name: "a Nepalese Foreign Ministry press release".)
      const people = /(\p{Lu}[\p{L}-]+)\s+$/u.exec(body.slice(Math.max(0, start - 30), start))?.[1];
      const peopleKey = people ? normalizeName(people) : "";
      if (
        participant.kind === "ORGANIZATION" &&
        peopleKey !== "" &&
        tagsOf(peopleKey).includes("Demonym") &&
        !participant.aliases.some((a) => a.split(" ").some((word) => word.startsWith(peopleKey.slice(0, 4))))
      )
        continue;
      take({
        start,
        end,
        text: body.slice(start, end),
        participant,
        kind: participant.kind,
        misspelling: false,
      });
    }
  }

  // Groupings of states: at the centre of the text when named three times, else named in passing, when
  // their words are no participant's under any other name either.
  const groupings = groupingMentions(body, vocabulary);
  for (const mention of groupings.central) {
    if (!taken(mention.start, mention.end)) take(mention);
  }
  for (const mention of groupings.passing) mask.fill(1, mention.start, mention.end);

  // Bodies known by name (vocabulary.yaml namedOrganizations) first: the first kind found for a name holds.
  const foundNames: { text: string; kind: "PERSON" | "ORGANIZATION"; titled: boolean }[] =
    vocabulary.namedOrganizations
      .filter((text) => wordPattern(text).test(body))
      .map((text) => ({ text, kind: "ORGANIZATION", titled: true }));
  for (const text of titledNames(body, vocabulary)) foundNames.push({ text, kind: "PERSON", titled: true });
  for (const text of labelNames(body, vocabulary)) foundNames.push({ text, kind: "PERSON", titled: true });
  for (const text of countryPostNames(body, vocabulary))
    foundNames.push({ text, kind: "PERSON", titled: true });
  for (const text of appositiveNames(body, vocabulary))
    foundNames.push({ text, kind: "PERSON", titled: false });
  for (const text of contextNames(body, vocabulary)) foundNames.push({ text, kind: "PERSON", titled: false });
  for (const text of initialedNames(body, vocabulary))
    foundNames.push({ text, kind: "PERSON", titled: false });
  // "Joko “Jokowi” Widodo": a given name and a family name with the name the person goes by in quotation
  // marks between them, one person (named "Joko Widodo"; "Jokowi" later is the same, attribution.ts).
  for (const match of body.matchAll(NICKNAMED))
    foundNames.push({ text: match[0], kind: "PERSON", titled: true });
  for (const text of syllableNames(body, vocabulary))
    foundNames.push({ text, kind: "PERSON", titled: false });
  // Acronyms of groupings are the groupings' own (above), whatever follows them.
  const groupingNames = new Set(vocabulary.groupings.flatMap((g) => [g.name, ...g.aliases]));
  for (const text of acronymNames(body))
    if (!groupingNames.has(text)) foundNames.push({ text, kind: "ORGANIZATION", titled: true });
  for (const text of headedNames(body, vocabulary))
    foundNames.push({ text, kind: "ORGANIZATION", titled: true });
  const plain = new Set([...vocabulary.roleWords, ...vocabulary.honorifics].map((w) => w.toLowerCase()));
  const runs = new RegExp(CAPITALISED_RUN.source, "gu");
  const smallWordsBefore = new RegExp(
    `^(?:(?!(?:${PARTICLES})\\s|${NAME_ARTICLE})\\p{Ll}[\\p{L}'’-]*\\s+)+(?=\\p{Lu})`,
    "u",
  );
  for (const sentence of sentences) {
    // Only sentences where a name not yet known can stand: a run of capitalised words with a word that
    // is neither taken by a known name nor a title.
    let open = false;
    for (const match of sentence.text.matchAll(runs)) {
      const at = sentence.start + match.index;
      for (const word of match[0].matchAll(/\p{Lu}[\p{L}'’.-]*/gu)) {
        const from = at + word.index;
        if (!mask[from] && !plain.has(word[0].toLowerCase().replace(/[.’']s?$/, ""))) open = true;
      }
      if (open) break;
    }
    if (!open) continue;
    const names = namesIn(sentence.text);
    for (const tagged of names.people) {
      // (A small-letter word the tagger runs into a name is no part of it: "page President" of "his
      // Facebook page President Chakwera wrote". A name's particle or article may open one: "al-Sisi".)
      // (Nor a dash or a mark the tagger keeps before it: "— Enrique A. Manalo" signing a post.)
      const text = tagged.replace(/^[^\p{L}]+/u, "").replace(smallWordsBefore, "");
      foundNames.push({ text: wholeName(sentence.text, text, plain, body), kind: "PERSON", titled: false });
    }
    // The tagger reads a family name in title case that spells a Roman numeral as a number ("Xi" of "Joe
    // Biden and Xi Jinping met"); written so before a name word, it is a name. ("Henry VIII", "World War
    // II" are in capitals.)
    for (const match of sentence.text.matchAll(
      /(?<![\p{L}\p{N}])([IVXLCDM][ivxlcdm]{1,2})\s+(\p{Lu}\p{Ll}+)(?![\p{L}])/gu,
    )) {
      const [, numeral = "", next = ""] = match;
      // Only a word the lexicon does not know ("Xi"), never "Did", "Mild" or "Mill".
      if (lexiconTag(numeral) !== undefined) continue;
      if (
        surnameLike(next) &&
        !plain.has(next.toLowerCase()) &&
        !tagsOf(next.toLowerCase()).some((tag) => PLACE_TAGS.has(tag))
      )
        foundNames.push({ text: `${numeral} ${next}`, kind: "PERSON", titled: false });
    }
    for (const text of names.organizations) foundNames.push({ text, kind: "ORGANIZATION", titled: false });
  }
  for (const text of listedNames(body, foundNames, vocabulary))
    foundNames.push({ text, kind: "PERSON", titled: false });
  // "the Sri Lankan Head of State": a run whose last word opens a post written as a phrase (vocabulary.yaml
  // titlePhrases) is that post's, no one's name ("Sri" of it a given name to the tagger).
  const phraseTails = new Map<string, string[]>();
  for (const phrase of Object.keys(vocabulary.titlePhrases)) {
    const [head = "", ...rest] = phrase.split(/\s+/u);
    if (rest.length) phraseTails.set(head, [...(phraseTails.get(head) ?? []), rest.join(" ")]);
  }
  for (let k = foundNames.length - 1; k >= 0; k--) {
    const found = foundNames[k];
    if (found?.kind !== "PERSON" || found.titled) continue;
    const tails = phraseTails.get(found.text.split(/\s+/u).at(-1) ?? "");
    if (
      tails &&
      new RegExp(
        `(?<![\\p{L}])${escapeRegExp(found.text)}\\s+(?:${tails.map(escapeRegExp).join("|")})(?![\\p{L}])`,
        "u",
      ).test(body)
    )
      foundNames.splice(k, 1);
  }
  // "President of Ukraine Volodymyr Zelensky": a country's name after a title's "of", run into a person's
  // name of two words or more, is the title's, not the name's.
  for (const found of foundNames) {
    if (found.kind !== "PERSON") continue;
    const words = found.text.split(/\s+/u);
    for (const n of [2, 1]) {
      if (words.length - n < 2 || !tagsOf(words.slice(0, n).join(" ").toLowerCase()).includes("Country"))
        continue;
      // (The country's other words may stand before the name found: "of South Korea" for "Korea …".)
      const afterOf = `(?<![\\p{L}])of\\s+(?:the\\s+)?(?:\\p{Lu}\\p{L}*\\s+){0,2}${escapeRegExp(found.text)}`;
      if (!new RegExp(afterOf, "u").test(body)) continue;
      found.text = words.slice(n).join(" ");
      break;
    }
    // "Arabia" of "Prime Minister of Saudi Arabia", "States Reema …" of "Ambassador to the United States
    // Princess Reema …": the rest of a country's name whose first word stands before the name found is the
    // title's too.
    if (found.text !== words.join(" ")) continue;
    // (The name's first word as the body writes it: a title found between is left out of the name.)
    const prior = new RegExp(
      `(?<![\\p{L}])(\\p{Lu}\\p{L}+)\\s+${escapeRegExp(words[0] ?? "")}(?![\\p{L}])`,
      "u",
    ).exec(body)?.[1];
    for (const n of [2, 1]) {
      if (!prior || words.length < n) continue;
      if (!tagsOf(`${prior} ${words.slice(0, n).join(" ")}`.toLowerCase()).some((tag) => PLACE_TAGS.has(tag)))
        continue;
      found.text = words.slice(n).join(" ");
      break;
    }
  }
  // Every occurrence of each distinct found name, in one pass over the body.
  const kinds = new Map<string, "PERSON" | "ORGANIZATION">();
  // (A title's letters too: "PM" of "PM Wong", vocabulary.yaml titleAbbreviations.)
  const noise = new Set(
    [...vocabulary.roleWords, ...vocabulary.honorifics, ...Object.keys(vocabulary.titleAbbreviations)].map(
      (word) => word.toLowerCase(),
    ),
  );
  const nameBreak = new RegExp(`\\s(?:${wordAlternatives(vocabulary.nameBreakWords) || "(?!)"})$`, "iu");
  // Words of a venue's or a body's name that no person's name holds ("… International Conference Center").
  const notInNames = new Set(vocabulary.notParticipants.inNoName.map((word) => word.toLowerCase()));
  const notFirst = new Set(vocabulary.notParticipants.firstWords.map((word) => word.toLowerCase()));
  const venueHeads = new Map<string, boolean>();
  /** Names written only as an embedded post's author's, by name. */
  const postAuthors = new Map<string, boolean>();
  const notParticipants = {
    words: new Set(vocabulary.notParticipants.lastWords.map((word) => word.toLowerCase())),
    names: new Set(vocabulary.notParticipants.names.map((name) => name.toLowerCase())),
  };
  // An organisation's name ends in a noun: one ending in a title's adjective ("Chinese Foreign" of "Chinese
  // Foreign Minister") is a piece of a title.
  const bodyNouns = new Set(vocabulary.speakingBodies.map((word) => word.toLowerCase()));
  const brokenOff = new Set(
    linkingReference()
      .titleWords.map((word) => word.toLowerCase())
      .filter((word) => !vocabulary.speakingBodies.some((body) => body.toLowerCase() === word)),
  );
  // Before a person's name, the words of a title too ("SECRETARY GENERAL STOLTENBERG", "State Councilor").
  const honorifics = new Set(
    linkingReference().honorifics.map((word) => word.toLowerCase().replace(/\.$/, "")),
  );
  const personNoise = new Set(
    [
      ...noise,
      ...linkingReference().titleWords,
      ...linkingReference().nameBreakTitleWords,
      ...linkingReference().honorifics,
    ].map((word) => word.toLowerCase().replace(/\.$/, "")),
  );
  const titleSuffix = new RegExp(
    `-(?:${vocabulary.titleSuffixes.map(escapeRegExp).join("|") || "(?!)"})$`,
    "u",
  );
  for (const found of foundNames) {
    const { text, kind } = found;
    let { titled } = found;
    // Titles and honorifics before a name are the role's words, not the name's ("President Joe Biden").
    let name = text
      .replace(/[’']s$/, "")
      // ("Andrew Holness’ profile": a possessive's bare apostrophe after a final "s" of a word no lexicon
      // knows as a common one; "Norland News' Europe Editor" keeps it.)
      .replace(/(?<=\s(\p{Lu}\p{L}*s))[’']$/u, (mark, word: string) =>
        tagsOf(word.toLowerCase()).some((tag) => COMMON_WORD.has(tag)) ? mark : "",
      )
      .replace(/[.,;:]+$/, "")
      // ("Udaipur Kiran)" of "November 8 (Udaipur Kiran):": a closing bracket the name does not open.)
      .replace(/^([^()]+)\)$/u, "$1")
      // ("'Strategic Partnership'": a name in quotation marks is the name without them.)
      .replace(/^['‘’"“”](.+?)['‘’"“”]?$/u, "$1")
      // "Keir Starmer —" of "including … Keir Starmer — prepared": the dash of an aside.
      .replace(/[\s—–-]+$/u, "")
      // "Emmanuel Macron Macron": a last word printed twice.
      .replace(/^(.*\s(\p{Lu}[\p{L}’'-]+))\s+\2$/u, "$1")
      .trim();
    const withoutTitle = () => {
      for (;;) {
        const first = /^(\S+?)\.?\s+/u.exec(name);
        // "President-elect Donald Trump": a title with its "-elect" or "-designate" is a title.
        // ("Dato’ Seri Anwar Ibrahim": an honorific with its apostrophe, as Malaysian papers write it.)
        const word = first?.[1]?.toLowerCase().replace(titleSuffix, "").replace(/[’']$/u, "") ?? "";
        const words = kind === "PERSON" ? personNoise : noise;
        // ("Presidents Mauricio Macri of Argentina and Jair Bolsonaro of Brazil": a title in the plural; "Amb.Dr
        // Hassan …": titles run together by their stops.)
        const dotted = word.includes(".") && word.split(".").every((part) => part === "" || words.has(part));
        if (!first || !(dotted || words.has(word) || (/s$/u.test(word) && words.has(word.slice(0, -1)))))
          break;
        name = name.slice(first[0].length);
        titled ||= noise.has(word) || honorifics.has(word);
      }
    };
    withoutTitle();
    // "Presidential Adviser on the Peace Process Jesus Dureza": the last word of a post, a common word,
    // before a given name the lexicon knows, is no part of the name.
    if (kind === "PERSON") {
      const [head, given] = name.split(/\s+/u);
      if (
        head &&
        given &&
        name.split(/\s+/u).length >= 3 &&
        isCommonWord(head.toLowerCase()) &&
        /MaleName|FemaleName/u.test(String(lexiconTag(given.toLowerCase()) ?? ""))
      )
        name = name.slice(head.length).trimStart();
    }
    // "the First Son Lt. Gen. Muhoozi": a name starts after the last honorific inside the run.
    if (kind === "PERSON") {
      const words = name.split(/\s+/u);
      const last = words.findLastIndex(
        (word, i) => i > 0 && honorifics.has(word.toLowerCase().replace(/\.$/u, "")),
      );
      if (last > 0 && last < words.length - 1) {
        name = words.slice(last + 1).join(" ");
        titled = true;
      }
    }
    // ("Saint Vincent &" of "Saint Vincent & the Grenadines": no person's name holds an ampersand.)
    if (kind === "PERSON" && name.includes("&")) continue;
    // "The President of the United Arab Emirates": the tail of a country's or a place's name, after its
    // first word, is no one's name.
    if (kind === "PERSON" && placeTail(body, name)) continue;
    // ("Saint Vincent" where the body also writes "Saint Vincent and the Grenadines": the country's.)
    if (kind === "PERSON" && countryHead(body, name)) continue;
    // "Cooperation Alexander Novak" of "… Commission on Trade and Economic Cooperation Alexander Novak",
    // "Industry Rahul Varma" of "Minister of Trade and Industry Rahul Varma": an
    // abstract noun (by its ending), before a given name the lexicon knows, ends the title before the name.
    if (kind === "PERSON") {
      const parts = name.split(/\s+/u);
      if (
        parts.length >= 3 &&
        /^\p{Lu}\p{Ll}+(?:tion|sion|ment|ture|ity|ance|ence|ics|ogy|ship|ism|ing|try|rce|rgy)$/u.test(
          parts[0] ?? "",
        ) &&
        !/Name/u.test(String(lexiconTag((parts[0] ?? "").toLowerCase()) ?? "")) &&
        (/^(?:Male|Female)Name$/u.test(String(lexiconTag((parts[1] ?? "").toLowerCase()) ?? "")) ||
          // (Or any name, after the title's "of … and": "Minister of Maritime Affairs and Investment Luhut
          // Binsar Pandjaitan".)
          new RegExp(
            `(?<![\\p{L}])(?:of|for)\\s+(?:\\p{Lu}\\p{L}+\\s+){1,3}and\\s+${escapeRegExp(name)}`,
            "u",
          ).test(body))
      )
        name = parts.slice(1).join(" ");
      // ("Health Greg Hunt" of "Australian Minister for Sport and Health Greg Hunt", "Sports Ilse Varnow" of
      // "Minister of Sports Ilse Varnow": after a role word's "of" or "for", and the fields before it joined by
      // "and", the first word is the office's, whatever its ending.)
      else if (
        parts.length >= 3 &&
        !/Name/u.test(String(lexiconTag((parts[0] ?? "").toLowerCase()) ?? "")) &&
        // ("Elysée Emmanuel Macron" of "the head of the Elysée Emmanuel Macron": a head's body so too.)
        new RegExp(
          `(?<![\\p{L}])(?:${wordAlternatives([...vocabulary.roleWords, ...vocabulary.attribution.headNouns]) || "(?!)"})\\s+(?:of|for)\\s+(?:the\\s+)?(?:(?:\\p{Lu}\\p{L}+\\s+){1,3}and\\s+)?${escapeRegExp(name)}`,
          "u",
        ).test(body)
      )
        name = parts.slice(1).join(" ");
      // ("Seimas Viktorija Čmilytė-Nielsen" of "the Speaker of the Lithuanian Seimas Viktorija …": a people's
      // name after the "of" describes the word after it, which is the office's too.)
      else if (
        parts.length >= 3 &&
        !/Name/u.test(String(lexiconTag((parts[0] ?? "").toLowerCase()) ?? "")) &&
        [
          ...body.matchAll(
            new RegExp(
              `(?<![\\p{L}])(?:${wordAlternatives(vocabulary.roleWords) || "(?!)"})\\s+(?:of|for)\\s+(?:the\\s+)?(\\p{Lu}\\p{L}+)\\s+${escapeRegExp(name)}`,
              "giu",
            ),
          ),
        ].some((match) => tagsOf((match[1] ?? "").toLowerCase()).includes("Demonym"))
      )
        name = parts.slice(1).join(" ");
    }
    // ("Sri Lankan Minister": a people's name and a title's word are a title's words; "Mervyn King" is a name.)
    if (kind === "PERSON") {
      const parts = name.split(/\s+/u);
      const people = parts.slice(0, -1).map((word) => word.toLowerCase());
      if (
        people.length > 0 &&
        roleWordSet(vocabulary).has(parts.at(-1)?.toLowerCase() ?? "") &&
        [...nationalitiesIn(new Set(people))].some((found) => found === people.join(" "))
      )
        continue;
    }
    // A people's name is no person's: "Sri Lankan" of "Sri Lankan president also expressed …" is the
    // president's nationality, and "Sri Lankan Mahinda Rajapaksa" (a counterpart's noun left out) the
    // nationality before a name. (A surname that spells one, "Bill English", follows a given name.)
    if (kind === "PERSON") {
      const parts = name.split(/\s+/u);
      const demonym = parts.findLastIndex((word) => tagsOf(word.toLowerCase()).includes("Demonym"));
      const givenName = (word: string) =>
        /^(?:Male|Female)Name$/u.test(String(lexiconTag(word.toLowerCase())));
      // ("Sri" can be a given name, but "Sri Lanka" is a country's.)
      const countryOf = (words: string[]) =>
        tagsOf(words.join(" ").toLowerCase().replace(/n$/u, "")).includes("Country");
      if (demonym === parts.length - 1 && (!parts.slice(0, -1).some(givenName) || countryOf(parts))) continue;
      // (A title may stand after the people's name: "Sri Lankan President Anura Kumara Dissanayaka".)
      if (demonym >= 0 && parts.length - demonym - 1 >= 2) {
        name = parts.slice(demonym + 1).join(" ");
        withoutTitle();
      }
      // "Assembly Adama Bictogo" of "President of Sudria's National Assembly Adama Bictogo": the noun of a
      // body ends the office before a name of two words or more; no one's name opens with it.
      const words = name.split(/\s+/u);
      if (words.length >= 3 && bodyNouns.has(words[0]?.toLowerCase() ?? "")) name = words.slice(1).join(" ");
    }
    // "Korea's Defense Ministry" of "South Korea's Defense Ministry": the owner's name whole, when the word
    // before it makes a country's name with it.
    if (kind === "ORGANIZATION") {
      const owner = /^(\p{Lu}[\p{L}-]+)['’]s\s/u.exec(name)?.[1];
      const before = owner
        ? new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{L}+)\\s+${escapeRegExp(name)}`, "u").exec(body)?.[1]
        : undefined;
      if (before && tagsOf(`${before} ${owner}`.toLowerCase()).includes("Country"))
        name = `${before} ${name}`;
    }
    // "Abiy Ahmed Thursday" of "met … Abiy Ahmed Thursday to discuss": the day of the week is no part of it.
    if (kind === "PERSON") {
      const trailing = / (\p{Lu}\p{Ll}+)$/u.exec(name)?.[1]?.toLowerCase();
      if (trailing && weekdays().has(trailing)) name = name.slice(0, -trailing.length - 1);
    }
    // "Force Maj. Gen. Pat Ryder" of "Air Force Maj. Gen. Pat Ryder": the name begins after the last
    // honorific inside it (a rank), whatever service stands before the rank.
    if (kind === "PERSON") {
      const parts = name.split(/\s+/u);
      const rank = parts
        .slice(0, -1)
        .findLastIndex((word, i) => i > 0 && honorifics.has(word.toLowerCase().replace(/\.$/u, "")));
      if (rank > 0 && parts.length - rank - 1 >= 2) {
        name = parts.slice(rank + 1).join(" ");
        titled = true;
      }
    }
    if (kind === "PERSON") {
      const own = afterPortfolio(body, name, vocabulary);
      if (own === null) continue;
      name = own;
    }
    // ("a Sierra Leonean journalist": nor a people's name of two words.)
    if (kind === "PERSON" && peoplesNamed(name.toLowerCase().split(/\s+/u)).has(name.toLowerCase())) continue;
    // "thanked Sri Lankans for their partnership": a people in the plural is no one's name.
    if (kind === "PERSON" && /\p{Ll}s$/u.test(name)) {
      const singular = name.slice(0, -1).toLowerCase();
      if (peoplesNamed(singular.split(/\s+/u)).has(singular)) continue;
    }
    // A lone word is a name only when a title announced it ("Minister Okafor"), and never a letter ("First
    // President H.E the Late …": an honorific's initials).
    if (
      !name ||
      (name.split(/\s+/).length < 2 && (!titled || /^\p{L}\.?$/u.test(name))) ||
      noise.has(name.toLowerCase())
    )
      continue;
    // "Maj" or "Air Force Maj" of "Air Force Maj. Gen. Pat Ryder": a name never ends in a title's word.
    if (
      kind === "PERSON" &&
      honorifics.has((name.split(/\s+/u).at(-1) ?? "").toLowerCase().replace(/\.$/u, ""))
    )
      continue;
    if (kind === "PERSON" && personNoise.has(name.toLowerCase().replace(/\.$/u, ""))) continue;
    // "Putin’s Sochi", "David Cameron’s Conservative", "Austin-Wei meeting": a possessive inside or a common
    // word last is a phrase, not a person's name.
    if (kind === "PERSON" && (/\S[’']s\s/u.test(name) || /\s\p{Ll}+$/u.test(name))) continue;
    // "Holy Mosques" of "Custodian of the Two Holy Mosques": a plural noun last, after no given name, is a
    // thing's name.
    if (
      kind === "PERSON" &&
      /\s/u.test(name) &&
      tagsOf((name.split(/\s+/u).at(-1) ?? "").toLowerCase()).includes("Plural") &&
      !/Name/u.test(tagsOf((name.split(/\s+/u)[0] ?? "").toLowerCase()).join(" "))
    )
      continue;
    // A title before a place is no name: "Antony J. Blinken, Secretary of State Washington, D.C.", a
    // capture's header run together.
    // (So is a country's name of two words the tagger takes for a person's: "Saint Vincent".)
    if (
      kind === "PERSON" &&
      (!/\s/u.test(name) || isCountryName(name.split(/\s+/u))) &&
      tagsOf(name.toLowerCase()).some((tag) => PLACE_TAGS.has(tag))
    )
      continue;
    // A person's name has a word that can be a name: "Power Project" of "director of the China Power
    // Project" is a thing ("Samantha Power", "Ned Price" keep theirs).
    if (
      kind === "PERSON" &&
      !/^\p{Lu}+$/u.test(name.replace(/[\s.’'-]/gu, "")) &&
      // (A family name with its article counts by the word after it: "al-Busaidi".)
      name
        .split(/\s+/)
        .every((word) => !surnameLike(word.replace(/[’']s$/u, "").replace(OPENING_ARTICLE, "")))
    )
      continue;
    // "In June, Trump gave …": a comma parts two phrases; no one's name holds one but before a suffix
    // ("Joseph R. Biden, Jr.").
    if (kind === "PERSON" && /,\s*(?!(?:Jr|Sr|I{2,3}|IV)\b)/u.test(name)) continue;
    // Nor an organisation's: "High-Level Strategic Cooperation Council, Joint Planning Group" is two.
    if (kind === "ORGANIZATION" && /,\s/u.test(name)) continue;
    // Pieces of furniture or of two sentences ("(William West/Pool Photo", "HAYASHI:  Tony", "Kerry With").
    // (Quotation marks only around the name a person goes by: "Joko “Jokowi” Widodo".)
    const nicknamed = kind === "PERSON" && NICKNAMED_WHOLE.test(name);
    if ((/[(/:“”"]/u.test(name) && !nicknamed) || nameBreak.test(name)) continue;
    // A venue or a thing, not a participant ("Sokha Hotel", "Comprehensive Strategic Partnership").
    const last = name.split(/\s+/).at(-1)?.toLowerCase() ?? "";
    // No person's name ends in the noun of a body ("Chung Readout Office" of a run of headline words), nor
    // holds a venue's or a thing's ("King Abdul Aziz International Conference Center").
    if (kind === "PERSON" && bodyNouns.has(last)) continue;
    // A name ending in a venue's noun that the text places somewhere ("at the Alvorada Palace", "inside the
    // Great Hall") is the venue; a person keeps such a surname when no article or preposition of place stands
    // before it ("Stuart Hall said").
    if (
      kind === "PERSON" &&
      notParticipants.words.has(last) &&
      [...body.matchAll(wordPattern(name))].some((o) =>
        /(?:^|[^\p{L}])(?:the|at|in|inside|outside)\s+$/iu.test(
          // (Past the honorifics of the one it is named after: "at Sheikh Zayed Palace".)
          withoutTrailing(body.slice(Math.max(0, o.index - 40), o.index), personNoise),
        ),
      )
    )
      continue;
    if (kind === "PERSON" && name.split(/\s+/u).some((word) => notInNames.has(word.toLowerCase()))) continue;
    // "met on Sunday in Al Ain", "at a meeting in Santa Cruz de Tenerife": a name no title announces that the
    // text writes only after "in" is a place (no one meets in a person).
    const inPlace = (o: RegExpExecArray) =>
      // (Past a word of the place's own that no name holds: "in Puerto Vela".)
      /(?:^|[^\p{L}])in\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}$/u.test(
        body.slice(Math.max(0, o.index - 40), o.index),
      ) &&
      // (Not after a post's place, named whole: "High Commissioner in Sri Lanka Bryce Hutchesson".)
      !postPlaceBefore(body.slice(Math.max(0, o.index - 80), o.index), vocabulary) &&
      // (Not one's own place: "in Tomas Orrin's office".)
      !/^['’]s\s/u.test(body.slice(o.index + o[0].length, o.index + o[0].length + 3));
    if (kind === "PERSON" && !titled) {
      const occurrences = [...body.matchAll(wordPattern(name))];
      if (occurrences.every(inPlace)) continue;
      // ("Santa Cruz hosted the summit … talks in Santa Cruz": a name of words no given name holds, that the
      // text writes once after "in" and never before a verb of speech, is the place too.)
      // (Of two words or more: "trust in Mirziyoyev" is no town of one word the lexicon does not know.)
      const first = name.split(/\s+/u)[0]?.toLowerCase() ?? "";
      if (
        /\s/u.test(name) &&
        occurrences.some(inPlace) &&
        !/Name/u.test(String(lexiconTag(first) ?? "")) &&
        occurrences.every(
          (o) =>
            !speechVerbNext(vocabulary).test(body.slice(o.index + o[0].length, o.index + o[0].length + 30)),
        )
      )
        continue;
    }
    // "— Annie Bergeron-Oliver (@AnnieClaireBO) March 23, 2023": the author of a post the page embeds,
    // named only so.
    if (kind === "PERSON") {
      if (!postAuthors.has(name)) {
        const named = [...body.matchAll(wordPattern(name))];
        postAuthors.set(
          name,
          named.length > 0 &&
            named.every((o) =>
              /^\s*\(@\w+\)/u.test(body.slice(o.index + o[0].length, o.index + o[0].length + 40)),
            ),
        );
      }
      if (postAuthors.get(name)) continue;
    }
    if (kind === "PERSON" && notFirst.has(name.split(/\s+/u)[0]?.toLowerCase() ?? "")) continue;
    // "Left-wing", "Pro-government": a word and a lower-case word joined by a hyphen is no one's name.
    if (kind === "PERSON" && /^\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(name)) continue;
    // "Presqu'ile de L'llal": a word elided into a small-letter word after its "qu'", as French place names
    // are written, is no one's name ("O'Brien", "D'Souza", "Ng'ang'a", "Mata’afa" keep theirs).
    if (kind === "PERSON" && /(?:^|\s)\p{Lu}\p{Ll}{2,}qu['’]\p{Ll}{2,}(?:\s|$)/u.test(name)) continue;
    // ("Abdul Aziz" of it: a name that the text writes only at the head of a venue's, on the same line.)
    if (kind === "PERSON" && !venueHeads.has(name)) {
      const occurrences = [...body.matchAll(wordPattern(name))];
      const venue = (at: number) =>
        (/^(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){1,4}/u.exec(body.slice(at, at + 80))?.[0] ?? "")
          .trim()
          .split(/\s+/u)
          .some((word) => notInNames.has(word.toLowerCase()));
      venueHeads.set(name, occurrences.length > 0 && occurrences.every((o) => venue(o.index + o[0].length)));
    }
    if (kind === "PERSON" && venueHeads.get(name)) continue;
    // ("International Conference Center": two such words make a venue of a body's name; "Stimson Center" is one.)
    if (
      kind === "ORGANIZATION" &&
      name.split(/\s+/u).filter((word) => notInNames.has(word.toLowerCase())).length >= 2
    )
      continue;
    // A news outlet reports on a meeting and takes no part in it, whatever the tagger took it for ("Russia's
    // RIA Novosti news agency reported", "TASS News Agency"); nor do a venue or a platform named as a thing
    // (vocabulary.yaml notParticipants.names: "Oval Office", "Telegram").
    if ([name, name.replace(OUTLET_DESCRIPTION, "")].some((n) => newsOutletNames().has(normalizeName(n))))
      continue;
    // A body named only as the one an office is of ("Secretary of Iran’s Supreme National Security
    // Council") is where a participant works, not a participant.
    if (kind === "ORGANIZATION" && officeBodyOnly(body, name, vocabulary)) continue;
    // Nor one named only as where something happens ("told students at Tongji University in Shanghai"); nor
    // a person's name so ("Following his arrival at Qasr Al Watan in Abu Dhabi": a palace whose name the
    // tagger reads as a person's), unless in the possessive ("at Orrin’s invitation").
    {
      const named = [...body.matchAll(wordPattern(name))];
      const at = (o: RegExpExecArray) =>
        /(?:^|[^\p{L}])at\s+(?:the\s+)?$/iu.test(body.slice(Math.max(0, o.index - 10), o.index)) &&
        (kind === "ORGANIZATION" || !/^[’']s?(?![\p{L}])/u.test(body.slice(o.index + o[0].length)));
      if (named.length > 0 && named.every(at)) continue;
    }
    if (notParticipants.names.has(name.toLowerCase())) continue;
    // "Kabul, November 8 (Udaipur Kiran): …": a name in brackets before a dateline's colon or dash is the
    // agency's credit, no one who takes part.
    const occurrences = [...body.matchAll(wordPattern(name))];
    if (
      occurrences.length > 0 &&
      occurrences.every(
        (o) =>
          /\(\s*$/u.test(body.slice(Math.max(0, o.index - 3), o.index)) &&
          /^\s*\)\s*(?::|[-–—])/u.test(body.slice(o.index + o[0].length)),
      )
    )
      continue;
    // "Sri Lankan Foreign" of "the Sri Lankan Foreign Minister": a run that ends on a title's word with a
    // title's noun after it each time is a piece of that title, no one's name.
    if (
      kind === "PERSON" &&
      /\s/u.test(name) &&
      brokenOff.has(last) &&
      occurrences.every(
        (o) =>
          /^\s+\p{Lu}/u.test(body.slice(o.index + o[0].length)) &&
          personNoise.has((/^\s+(\p{L}+)/u.exec(body.slice(o.index + o[0].length))?.[1] ?? "").toLowerCase()),
      )
    )
      continue;
    if (
      kind === "ORGANIZATION" &&
      // An organisation's name is capitalised throughout but for small joining words: "India- U.S.
      // comprehensive" or "US joint working group" are pieces of prose.
      (name.split(/\s+/).some((word) => /^\p{Ll}/u.test(word) && !ORG_JOINING_WORDS.has(word)) ||
        notParticipants.words.has(last) ||
        (!titled && (brokenOff.has(last) || pieceOfName(body, name, vocabulary))))
    )
      continue;
    if (!kinds.has(name)) kinds.set(name, kind);
  }
  if (kinds.size > 0) {
    const names = [...kinds.keys()].sort((a, b) => b.length - a.length);
    // (Not the piece of a word a hyphen goes on with: "International Co" of "International Co-operation".)
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}]|-\\p{Ll})`,
      "gu",
    );
    const nearest = new Map<string, KnownParticipant | null>();
    for (const match of body.matchAll(pattern)) {
      const name = match[0];
      const start = match.index;
      const end = start + name.length;
      if (taken(start, end)) continue;
      if (!nearest.has(name)) {
        const normalized = normalizeName(name);
        // (A person's name is no misspelling of a country's: "Chinh" is not "China".)
        const person = (kinds.get(name) ?? "PERSON") === "PERSON";
        const near = known
          .filter((participant) => !person || participant.kind !== "COUNTRY")
          .flatMap((participant) =>
            participant.aliases
              .filter((alias) => aliasHere(alias, participant))
              .map((alias) => ({ participant, d: distance(alias, normalized) })),
          )
          .filter(({ d }) => d <= Math.max(1, Math.floor(normalized.length / 8)))
          .sort((a, b) => a.d - b.d)[0];
        nearest.set(name, near?.participant ?? null);
      }
      const participant = nearest.get(name) ?? null;
      take({
        start,
        end,
        text: name,
        participant,
        kind: participant?.kind ?? kinds.get(name) ?? "PERSON",
        misspelling: participant !== null,
      });
    }
  }
  // Organisations that are a place, a modifier or an outlet's desk each time they are named.
  const byName = new Map<string, Mention[]>();
  for (const mention of mentions) {
    if (mention.name || mention.kind !== "ORGANIZATION") continue;
    const id = mention.participant?.id ?? mention.text;
    byName.set(id, [...(byName.get(id) ?? []), mention]);
  }
  const modified = new Set(["official", "officials", ...notParticipants.words]);
  const dropped = new Set(
    [...byName.values()].filter((named) => placeOrDesk(body, named, modified)).flatMap((named) => named),
  );
  // (And the name the person goes by, alone, is that person: "Jokowi".)
  const goesBy = new Map<string, string>();
  for (const mention of mentions) {
    const nickname = mention.participant ? undefined : NICKNAME.exec(mention.text)?.[1];
    if (!nickname) continue;
    mention.name ??= mention.text.replace(NICKNAME, "").replace(/\s+/gu, " ").trim();
    goesBy.set(nickname, mention.name);
  }
  for (const mention of mentions)
    if (mention.kind === "PERSON" && !mention.participant && goesBy.has(mention.text))
      mention.name ??= goesBy.get(mention.text);
  // "Sabah Khaled Al-Hamad Al-Sabah" and later "Sabah Al-Khaled Al-Hamad Al-Mubarak Al-Sabah": a long name
  // written once with more of its parts (its first and last words the same, every word of the other in it,
  // an article's "Al-" aside) is the same person, named as the text first named them.
  const parts = (name: string) =>
    normalizeName(name)
      .split(/[\s-]+/u)
      .filter((word) => word && !LINK_WORDS.has(word));
  // (So too a name whose given names are written as their initials in capitals, the first the same: "ED
  // Mnangagwa" after "Emmerson Mnangagwa".)
  const initialsOf = (text: string) => /^(\p{Lu}{1,3})\.?\s+\S/u.exec(text)?.[1];
  const firstNamed: { text: string; words: string[] }[] = [];
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    if (mention.kind !== "PERSON" || mention.participant || mention.name) continue;
    const words = parts(mention.text);
    const initials = initialsOf(mention.text);
    if (words.length < 2) continue;
    const same = firstNamed.find(
      (other) =>
        other.text !== mention.text &&
        other.words.at(-1) === words.at(-1) &&
        ((words.length >= 3 &&
          other.words[0] === words[0] &&
          (other.words.every((word) => words.includes(word)) ||
            words.every((word) => other.words.includes(word)))) ||
          (initials !== undefined &&
            words.length === 2 &&
            !initialsOf(other.text) &&
            other.words[0]?.startsWith(initials.charAt(0).toLowerCase()) === true)),
    );
    if (same) mention.name = same.text;
    else if (!firstNamed.some((other) => other.text === mention.text))
      firstNamed.push({ text: mention.text, words });
  }
  // "… Foreign Minister Thó" where the capture stops mid-word: the start of a name the text gave in full
  // before is that person ("Gudlaugur Thór Thórdarson").
  for (const mention of mentions) {
    if (mention.kind !== "PERSON" || mention.participant || mention.name || /\s/u.test(mention.text))
      continue;
    if (body.slice(mention.end).trim() !== "") continue;
    const whole = mentions.find(
      (other) =>
        other !== mention &&
        other.kind === "PERSON" &&
        other.start < mention.start &&
        other.text
          .split(/\s+/u)
          .some((word) => word.length > mention.text.length && word.startsWith(mention.text)),
    );
    if (whole) mention.name = whole.name ?? whole.text;
  }
  return mentions.filter((mention) => !dropped.has(mention)).sort((a, b) => a.start - b.start);
}

/** Whether a person's name follows `at`, set off by a comma: ", Kais Saied" after "the President of Tunisia". */
export function nameSetOffAt(body: string, at: number, mentions: readonly Mention[]): boolean {
  const comma = /^\s*,\s+/u.exec(body.slice(at, at + 4));
  return comma !== null && mentions.some((m) => m.kind === "PERSON" && m.start === at + comma[0].length);
}

/**
 * "Vladimir Putin, President of the Russian Federation," and "the President of Azerbaijan, Ilham Aliyev,":
 * a title of an office and its country or body set off by commas beside a name. Only a role word with "of"
 * and a capitalised name after it, so that "Hana Velkova, who met …" or "Orrin, a veteran diplomat" give none.
 */
export function roleInApposition(
  body: string,
  mention: Mention,
  vocabulary: Vocabulary,
  /** The text's other names: an office that runs into one is that person's ("…, Minister of Public Works Riad Nurmohamed and …"). */
  others: readonly Mention[] = [],
): { title: string; start: number; end: number } | null {
  const patterns = officePatterns(vocabulary);
  const after = patterns.after.exec(body.slice(mention.end, mention.end + 120));
  if (after?.[1]) {
    const title = after[1].replace(/\s+(?:and|of)$/u, "");
    const end = mention.end + after[0].indexOf(after[1]) + title.length;
    if (others.some((other) => other.kind === "PERSON" && other.start > mention.end && other.start < end))
      return null;
    // (Nor one that a name follows, set off as this one is: "Algerian President Abdelmadjid Tebboune, the
    // President of Tunisia, Kais Saied, and …" gives Saied's office.)
    if (nameSetOffAt(body, end, others)) return null;
    return { title, start: mention.start, end };
  }
  const from = Math.max(0, mention.start - 120);
  const before = patterns.before.exec(body.slice(from, mention.start));
  if (before?.[1] && before[2]) {
    const start = from + before.index + before[0].indexOf(before[1]);
    return { title: before[2], start, end: mention.end };
  }
  return null;
}
/**
 * An office and the country or body it is of ("President of the Russian Federation", "Prime Minister of
 * Armenia"), set off by commas after a name or before it: the role's (`after`, `before`, anchored at the
 * name) and the name's (`nameBefore`: "Name, office", `nameAfter`: "office, Name"), compiled once.
 */
const officePatternSets = new WeakMap<
  Vocabulary,
  { after: RegExp; before: RegExp; nameBefore: RegExp; nameAfter: RegExp; postAfter: RegExp }
>();
function officePatterns(vocabulary: Vocabulary) {
  let patterns = officePatternSets.get(vocabulary);
  if (!patterns) {
    const roles = vocabulary.roleWords.map((word) => escapeRegExp(word)).join("|");
    const lowerRoles = vocabulary.roleWords
      .map((word) => word.toLowerCase())
      .sort((a, b) => b.length - a.length)
      .map((word) => escapeRegExp(word).replace(/ /g, "[ \\t]+"))
      .join("|");
    // A field of a post's, in capitals: "African Cooperation", "Moroccans Abroad".
    const FIELD = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3}";
    // (Its fields may go on as a list, set off by commas: "Minister of Foreign Affairs, African Cooperation
    // and Moroccans Abroad, Nasser Bourita,"; a list, whose "and" tells it from a name.)
    const fields = `(?:,\\s+${FIELD}(?:,\\s+${FIELD})*\\s+and\\s+${FIELD})?`;
    // (Its words never run past a sentence's full stop or across a line: "… of the Republic of
    // Singapore.\n\nPresident Ts. …" ends at "Singapore".)
    // (And whom an envoy is sent to: "Ambassador of Nepal to Australia"; a long office's words too: "Minister
    // of Foreign Affairs and International Cooperation of the Government of National Unity".)
    const office = `(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}?(?:${roles})(?:-\\p{Lu}\\p{Ll}+)?(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:(?<!\\p{Ll}{2}\\.)[ \\t]+(?:\\p{Lu}[\\p{L}'’.-]*|of|and|to(?=\\s+(?:the\\s+)?\\p{Lu}))){0,4}(?:[ \\t]+of[ \\t]+the[ \\t]+\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+(?:\\p{Lu}[\\p{L}'’.-]*|of)){0,4})?`;
    patterns = {
      // (Or before the clause's verb or a relative "who": "Sheikh Sabah …, Crown Prince of the State of
      // Kuwait received …"; an office without its country too, before "who" or a comma: "Sayyid Badr …,
      // Foreign Minister who is on an official visit".)
      // (Or a country's possessive before the post: "Sheikh Sabah …, Kuwait’s First Deputy Prime Minister and
      // Foreign Minister, said …".)
      after: new RegExp(
        `^,\\s+(?:the\\s+)?(${office}(?=\\s*[,.;)]|\\s+and\\s|\\s+who\\s|\\s+\\p{Ll}+ed\\s)|(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}?(?:${roles})(?=\\s*[,;]|\\s+who\\s)|\\p{Lu}\\p{Ll}+['’]s\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}?(?:${roles})(?:\\s+and\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}?(?:${roles}))?(?=\\s*,))`,
        "u",
      ),
      before: new RegExp(`(?:^|[^\\p{L}])((?:[Tt]he\\s+)?(${office}${fields})),\\s+$`, "u"),
      nameBefore: new RegExp(
        `(?<![\\p{L}\\p{N}.’'-])(${NAME_RUN}),[ \\t]+(?:the[ \\t]+)?${office}(?=\\s*[,.;)]|\\s+and\\s)`,
        "gu",
      ),
      nameAfter: new RegExp(
        `(?<![\\p{L}])${office}${fields},[ \\t]+(${NAME_RUN})(?=\\s*[,.;)]|\\s+\\p{Ll})`,
        "gu",
      ),
      // The post in lower case, with what it is of or for, then the name set off by a comma: "the foreign
      // minister of Tajikistan, Siorjiddin Muhriddin.", "special envoy on Afghan peace, Zalmay Khalilzad,".
      postAfter: new RegExp(
        `(?<![\\p{L}])(?:${lowerRoles})(?:[ \\t]+(?:of|on|for|to)[ \\t]+(?:the[ \\t]+)?[\\p{L}'’-]+(?:[ \\t]+[\\p{L}'’-]+){0,3})?,[ \\t]+(${NAME_RUN})(?=[ \\t]*[,.;)]|[ \\t]+\\p{Ll})`,
        "gu",
      ),
    };
    officePatternSets.set(vocabulary, patterns);
  }
  return patterns;
}

/** "Chinese Foreign Minister Qin Gang": the role words standing right before a name. */
const openers = new WeakMap<Vocabulary, Set<string>>();
const circumstanceOpeners = (vocabulary: Vocabulary) => {
  let words = openers.get(vocabulary);
  if (!words) {
    const { circumstanceWords, circumstanceClauses, leadingConnectives } = vocabulary.attribution;
    words = new Set(
      [...circumstanceWords, ...circumstanceClauses, ...leadingConnectives]
        .filter((word) => !/\s/u.test(word) && !["of", "and", "for", "the"].includes(word.toLowerCase()))
        .map((word) => word.toLowerCase()),
    );
    openers.set(vocabulary, words);
  }
  return words;
};

/**
 * "A spokesperson for", "aides to", "a US official travelling with": the source of a pattern for a speaker
 * noun (vocabulary speakerNouns) and the link to the one it speaks for or goes with, up to a "the" after
 * it. With `capitalised`, its words match as written and capitalised only, so that a pattern without the
 * "i" flag can ask for capitalised words after it (attribution.ts); otherwise for an "i" pattern.
 */
export function speakerLink(vocabulary: Vocabulary, capitalised: boolean): string {
  const cased = (words: readonly string[]) =>
    capitalised ? words.flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1)]) : words;
  return `(?:${wordAlternatives(cased(["a", "an", "the", "one", "two", "three", "several"]))})\\s+(?:[\\p{L}.-]+\\s+){0,2}?(?:${wordAlternatives(cased(vocabulary.attribution.speakerNouns)) || "(?!)"})\\s+(?:for|to|of|travell?ing\\s+with|accompanying|close\\s+to|working\\s+for|with)\\s+(?:the\\s+)?`;
}

const speaksForTitles = new WeakMap<Vocabulary, RegExp>();
/** A title's opening words that are one who speaks for the titled person: "A spokesperson for" (speakerLink). */
function speaksForTitle(vocabulary: Vocabulary): RegExp {
  let pattern = speaksForTitles.get(vocabulary);
  if (!pattern) {
    pattern = new RegExp(`^${speakerLink(vocabulary, false)}`, "iu");
    speaksForTitles.set(vocabulary, pattern);
  }
  return pattern;
}

/**
 * The text without the words of `words` (titles, honorifics; lower case) that end it, keeping the space
 * before them: "held at Sheikh " is "held at ", "President Dr" "President ". A word of several run together
 * by their stops ("Amb.Dr") goes when each of them is one of `words`.
 */
function withoutTrailing(text: string, words: ReadonlySet<string>): string {
  let rest = text;
  for (let last = /(?:^|\s)(\S+)\s*$/u.exec(rest); last; last = /(?:^|\s)(\S+)\s*$/u.exec(rest)) {
    const parts = (last[1] ?? "").toLowerCase().replace(/\.$/u, "").split(".");
    if (!parts.every((word) => words.has(word))) break;
    rest = rest.slice(0, last.index + (/^\s/u.test(last[0]) ? 1 : 0));
  }
  return rest;
}

export function roleBefore(
  body: string,
  mention: Mention,
  vocabulary: Vocabulary,
  earlierEnd: number,
): { title: string; start: number; second?: string } | null {
  // Only the words after any earlier name: "… Qin Gang and US Secretary of State Antony Blinken".
  const before = body.slice(Math.max(0, earlierEnd, mention.start - 120), mention.start);
  const tokens = before.split(/(\s+)/);
  const abbreviations = new Set(vocabulary.abbreviations.map((word) => word.toLowerCase()));
  let title = "";
  // ("Greece's Prime Minister, Kyriakos Mitsotakis": a post set off before the name by a comma; the offset
  // of that comma is kept out of the title.)
  let apart = -1;
  let possessor = false;
  // ("Minister of Agriculture, Animal Husbandry and Fisheries Parmanand Sewdien": a post's fields as a list,
  // whose comma goes on with the post where an "of" opens the list; the title as it stood before the comma.)
  let beforeList: string | null = null;
  for (let i = tokens.length - 1; i >= 0; i--) {
    let token = tokens[i] ?? "";
    if (
      beforeList === null &&
      apart < 0 &&
      /^\p{Lu}[\p{L}’'-]*,$/u.test(token) &&
      /^(?:\p{Lu}[\p{L}’'-]*\s+){1,3}and\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,3}$/u.test(title.trimStart())
    ) {
      beforeList = title;
      title = token + title;
      continue;
    }
    // (Honorifics may stand between: "Solomon Islands Prime Minister, Hon. Derek Sikua".)
    // ("Amb.Dr Hassan …": run together by their stops.)
    const courtesyOnly = title
      .trim()
      .split(/\s+|\.(?=\p{L})/u)
      .every((word) => word === "" || honorificWords(vocabulary).has(word.replace(/\.$/u, "").toLowerCase()));
    // (Or a spokesperson's post before their rank: "Presidency Spokesman, Ambassador Bassam Radi". Asked only
    // of a word with its comma.)
    const rankOnly = () =>
      title.trim() !== "" &&
      title
        .trim()
        .split(/\s+/u)
        .every((word) => roleWordSet(vocabulary).has(word.toLowerCase()));
    const messenger = () =>
      linkingReference().messengerTitles.some(
        (post) => post.toLowerCase().split(/\s+/u).at(-1) === token.slice(0, -1).toLowerCase(),
      );
    if (apart < 0 && /^\p{Lu}[\p{L}’']*,$/u.test(token) && (courtesyOnly || (rankOnly() && messenger()))) {
      apart = title.length;
      token = token.slice(0, -1);
      title = token + title;
      continue;
    }
    // ("DOWNING STREET TALKS:TAOISEACH Brian Cowen": a kicker's colon run onto the title ends it.)
    const glued = /^[^:;]+[:;](\p{Lu}[\p{L}’']*)$/u.exec(token);
    if (glued?.[1]) {
      title = glued[1] + title;
      break;
    }
    if (/^\s+$/.test(token) || token === "") {
      // A title never runs across lines.
      if (token.includes("\n")) break;
      title = token + title;
      continue;
    }
    // A title never runs across a clause or a sentence: "Sunday, Secretary Kerry", "Affairs.  Assistant
    // Secretary Kritenbrink" (the full stop of an abbreviation or an initial, "U.S.", "Mr.", "R.", ends nothing),
    // nor a dateline's dash ("TEHRAN- Iranian Parliament Speaker").
    if (
      /[,;:!?”"’)\]—–-]$|[—–]/u.test(token) ||
      (/\.$/.test(token) &&
        !/^\p{Lu}\.$/u.test(token) &&
        !abbreviations.has(token.slice(0, -1).toLowerCase()) &&
        !honorificWords(vocabulary).has(token.slice(0, -1).toLowerCase()))
    )
      break;
    const bare = token.replace(/[’']s$/, "");
    const isRole = vocabulary.roleWords.some((word) => word.toLowerCase() === bare.toLowerCase());
    // A sentence's opening word of circumstance is capitalised, and no title's: "During Chinese President Xi
    // Jinping's state visit", "After Prime Minister Modi arrived".
    if (/^\p{Lu}/u.test(token) && circumstanceOpeners(vocabulary).has(token.toLowerCase())) break;
    // (The owner of a possessive may have words of its own: "the European Union's envoy". Only
    // capitalised words, no day's name: "Tuesday Kenya's President" is Kenya's.)
    if (possessor) {
      if (/^\p{Lu}[\p{L}-]*$/u.test(token) && !weekdays().has(token.toLowerCase())) {
        title = token + title;
        continue;
      }
      break;
    }
    // ("Indonesian Ambassador to the Philippines Sinyo Harry Sarundajang": whom a post is to.)
    if (/^\p{Lu}/u.test(token) || isRole || ["of", "and", "for", "the", "to"].includes(token.toLowerCase())) {
      title = token + title;
      if (/[’']s$/.test(token)) possessor = true;
      continue;
    }
    break;
  }
  if (
    beforeList !== null &&
    !new RegExp(
      `(?:^|\\s)(?:${wordAlternatives(vocabulary.roleWords) || "(?!)"})\\s+(?:of|for)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}’'-]*\\s+){0,2}\\p{Lu}[\\p{L}’'-]*,\\s`,
      "iu",
    ).test(title)
  )
    title = beforeList;
  // (A post set off by its comma is the words before it: there, the title ends on a role word.)
  if (apart >= 0) {
    const post = title.slice(0, title.length - apart).trimEnd();
    const lastWord = post.split(/\s+/u).at(-1)?.toLowerCase() ?? "";
    // (Or on whom or what the post is to or of: "Uganda’s new High Commissioner to Kenya, Hassan …".)
    // (Its field may be two, joined by "and": "Minister for Foreign Affairs and Trade, Simon Coveney".)
    const field =
      /^(.*?\S)\s+(?:to|of|for)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:and|&)\s+)?\p{Lu}[\p{L}’'-]*){0,3}$/u.exec(
        post,
      )?.[1];
    const fieldOwner = field?.split(/\s+/u).at(-1)?.toLowerCase() ?? "";
    if (!roleWordSet(vocabulary).has(lastWord) && !roleWordSet(vocabulary).has(fieldOwner)) return null;
    title = `${post}${title.slice(title.length - apart)}`;
  }
  let trimmed = title.trim().replace(/^(?:(?:the|and|of|for|to)\s+)+/i, "");
  // "A spokesperson for Senator Ivo Brandt", "an aide to Prime Minister …": an unnamed one who speaks for the
  // person; only the words after "for" are the person's title.
  const spokenFor = speaksForTitle(vocabulary).exec(trimmed);
  if (spokenFor) trimmed = trimmed.slice(spokenFor[0].length);
  // "Lithuanian and Russian Ministers of Foreign Affairs Linas Linkevičius and Sergey Lavrov": two peoples
  // and one post in the plural before two names; the first name has the first people's post, and the name
  // after the "and" the second's (`second`).
  let second: string | undefined;
  const twoPeoples =
    /^(\p{Lu}[\p{L}-]*)\s+and\s+(\p{Lu}[\p{L}-]*)\s+(\p{Lu}\p{Ll}+?(?:ies|s)(?:\s.*)?)$/u.exec(trimmed);
  if (
    twoPeoples?.[1] &&
    twoPeoples[2] &&
    twoPeoples[3] &&
    lexiconTag(twoPeoples[1].toLowerCase()) === "Demonym" &&
    lexiconTag(twoPeoples[2].toLowerCase()) === "Demonym" &&
    /^\s+and\s+\p{Lu}/u.test(body.slice(mention.end, mention.end + 8))
  ) {
    second = `${twoPeoples[2]} ${twoPeoples[3]}`;
    trimmed = `${twoPeoples[1]} ${twoPeoples[3]}`;
  }
  // "Modi and President Putin": an "and" joins the title to another's name, unless it joins the parts of
  // the office ("Minister of Trade and Industry") or two offices ("Deputy Prime Minister and Foreign
  // Minister").
  const joined = /^(.*?)\s+and\s+(?!.*\sand\s)(.*)$/u.exec(trimmed);
  if (joined?.[1] && joined[2]) {
    const lastBefore = joined[1].split(/\s+/u).at(-1)?.toLowerCase() ?? "";
    const office = /(?:^|\s)(?:of|for)\s/iu.test(joined[1]) || roleWordSet(vocabulary).has(lastBefore);
    // ("The Prime Minister and Taoiseach Leo Varadkar met at Stormont": two posts that meet are two people,
    // the first unnamed; the article before the first post opens the sentence.)
    const meetTogether =
      /(?:^|[.!?\n]\s*)the\s+$/iu.test(
        body.slice(
          Math.max(0, mention.start - title.length - 6),
          mention.start - title.length + title.indexOf(trimmed),
        ),
      ) &&
      /^\s+(?:(?:have|has|had|also|today|on\s+\p{Lu}\p{Ll}+day)\s+)*(?:met|meet|meets|held\s+talks|hold\s+talks|spoke|talked)(?![\p{L}])/iu.test(
        body.slice(mention.end, mention.end + 40),
      );
    if (!office || meetTogether) trimmed = joined[2];
  }
  // An honorific between the title and the name is the name's courtesy, not the post: "President Dr
  // Mohamed Irfaan Ali" is President, "Prime Minister Datuk Seri Anwar Ibrahim" Prime Minister.
  trimmed = withoutTrailing(
    trimmed,
    new Set(vocabulary.honorifics.map((word) => word.toLowerCase())),
  ).trimEnd();
  // ("Presidents of Kyrgyzstan Sadyr Japarov and …": a post in the plural is each one's, in the singular.)
  const singular = (words: string) => {
    const plural = /^((?:\p{Lu}[\p{L}-]*\s+)*)(\p{Lu}\p{Ll}+?)(ies|s)(?=\s+of\s|$)/u.exec(words);
    if (plural && !vocabulary.roleWords.some((word) => wordPattern(word, "iu").test(words))) {
      const single = `${plural[2]}${plural[3] === "ies" ? "y" : ""}`;
      if (vocabulary.roleWords.includes(single))
        return `${plural[1]}${single}${words.slice(plural[0].length)}`;
    }
    return words;
  };
  const post = singular(trimmed);
  if (!post || !vocabulary.roleWords.some((word) => wordPattern(word, "iu").test(post))) return null;
  // (The comma that set the post off stands between them in the body.)
  const written = title.length + (apart >= 0 ? 1 : 0);
  const start = mention.start - written + (second ? title.search(/\S/u) : title.indexOf(trimmed));
  return second ? { title: post, start, second: singular(second) } : { title: post, start };
}
