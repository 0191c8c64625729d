/**
 * Who said what: quotes and reported speech with their speaker, their mode and the channel they came
 * through. The rules, in order:
 * - transcript turns ("SECRETARY BLINKEN:", "MR. WANG:"): every paragraph of a turn is its speaker's own
 *   words (DIRECT); turns of a questioner or moderator are nobody's statements;
 * - a verb of speech (vocabulary.speechVerbs, readout verbs such as "emphasized" among them) and its
 *   subject, in either order ("…,” X said", "X said that …", "…, said X", "according to X"); the subject is
 *   the name standing right before the verb (not merely the nearest name), or a pronoun or a title ("he",
 *   "the Secretary", "the Chinese president") resolved to the most salient earlier person who fits (gender
 *   from honorifics and first names, role from titles), or else the words of the subject as a label
 *   ("a senior State Department official");
 * - the channel ("according to a readout issued by…", "told reporters", "in a statement", "state media
 *   said") is kept apart from the speaker;
 * - DIRECT only when the speaker's own words are in quotation marks: a quotation of three words or more, or
 *   one that is the very object of the verb ("described … as “frank”"); a scare quote is REPORTED;
 * - a quotation with no verb of speech in its sentence takes the speaker of its paragraph's neighbours.
 */
import { normalizeName } from "@readout/db";
import { distance } from "fastest-levenshtein";
import { linkingReference } from "../people/reference.ts";
import { namesFather } from "../people/resolve.ts";
import { calendarNames, reference, type Vocabulary, wordAlternatives } from "../vocabulary.ts";
import {
  honorificWords as courtesyWords,
  escapeRegExp,
  isParticle,
  type KnownParticipant,
  loneSpeakerName,
  type Mention,
  NICKNAME,
  nameSetOffAt,
  PARTICLES,
  speakerLink,
  surnameLike,
} from "./mentions.ts";
import {
  isCountryName,
  lastPlaceCountry,
  nationalitiesIn,
  peoplesInText,
  peoplesNamed,
  peoplesOf,
} from "./nationality.ts";
import { lexiconTag, namesTown, readsAsVerb } from "./nlp.ts";
import type { Sentence } from "./sentences.ts";

export interface StatementDraft {
  start: number;
  end: number;
  mode: "DIRECT" | "REPORTED";
  /** The speaker's name (a participant's, a name in the text) or the words that describe them. */
  speaker: string | null;
  participant: KnownParticipant | null;
  channel: string | null;
  confidence: number;
  /** Passed on by one who relays it ("…, Reuters reported", "…, reports Akorda"): a medium, no person. */
  relayed?: boolean;
}

/** A person that pronouns and titles can refer back to. */
interface Referent {
  key: string;
  name: string;
  participant: KnownParticipant | null;
  /** Lower-case words of the titles seen with this person ("secretary", "state", "foreign", "minister"). */
  titles: Set<string>;
  gender: "male" | "female" | null;
}

type Speaker = { referent: Referent | null; label: string | null };

const QUOTE = /[“"]([^”"\n]+)[”"]/gu;
/**
 * A title's words without a continent's part and its people ("south american", vocabulary.yaml
 * nationalities.regionParts): no nation's.
 */
let regionParts: Set<string> | undefined;
const nationalWords = (words: string[]) => {
  regionParts ??= new Set(reference().vocabulary.nationalities.regionParts.map((word) => word.toLowerCase()));
  const parts = regionParts;
  return words.filter(
    (word, i) =>
      !parts.has(word) && !(i > 0 && parts.has(words[i - 1] ?? "") && lexiconTag(word) === "Demonym"),
  );
};
/** "(Um Mohamad al-Arqan, displaced Palestinian)": a name, a comma and a few words saying who they are. */
const CAPTION_LINE = /^\(\p{Lu}[^(),]{2,60},\s*(?:[^(),\s]+\s*){1,6}\)$/u;
/** A picture's credit or position words: "(Getty Images)", "(Ilse Varnow, left, …)" caption a photo. */
let photoPattern: RegExp | undefined;
const photoWords = () =>
  (photoPattern ??= new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives([...reference().page.photoCreditWords, ...reference().page.captionWords])})(?![\\p{L}])`,
    "iu",
  ));
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** A word of one speaking for themselves or their side: "I", "we", "our". */
const FIRST_PERSON = /(?<![\p{L}’'])(?:I|[Ww]e|[Oo]ur|[Oo]urs|[Uu]s|[Mm]y|[Mm]e)(?![\p{L}’'])/u;
/** Title words of one who speaks for others (linking.yaml messengerTitles: "spokesman", "press secretary"). */
let messengerWords: string[][] | undefined;
const speaksForOthers = (referent: Referent) => {
  messengerWords ??= linkingReference().messengerTitles.map((title) => title.toLowerCase().split(/\s+/u));
  return messengerWords.some((words) => words.every((word) => referent.titles.has(word)));
};
/** The small words that join a post's words ("Secretary of State", "Minister for Trade and Industry"). */
const POST_LINKS = new Set(["of", "for", "and", "the", "to", "on"]);
/** Generation suffixes after a name ("Jr", "Sr"; linking.yaml nameSuffixes), normalised. */
let suffixSet: Set<string> | undefined;
const suffixWords = () => {
  suffixSet ??= new Set(linkingReference().nameSuffixes.map(normalizeName));
  return suffixSet;
};
// Words between a subject and its verb: auxiliaries, adverbs ("The US has vehemently denied", "Lula only
// noted"), and when
// ("The White House last week acknowledged", "Lind on Monday said"), a reflexive ("Xi Jinping himself
// stated"), and a verb that goes on to the saying ("Biden went on to say").
/** The first words of a speech (page.yaml's spoken openings of a transcript: "Good afternoon"). */
let spokenOpenings: RegExp[] | undefined;
// (A platform one speaks on before the verb: "took to Twitter to say", "took to his official X account to write".)
const FILLER_WORDS =
  "also|both|jointly|only|just|already|even|first|himself|herself|themselves|itself|has|had|have|was|were|is|are|would|will|still|now|later|then|again|further|repeatedly|previously|earlier|publicly|separately|reportedly|once|had\\s+also|has\\s+also|(?:went|goes|go|going)\\s+on\\s+to|(?:took|takes|take|taking)\\s+to\\s+(?:\\p{Lu}[\\p{L}.]*|social\\s+media|(?:his|her|their|its)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:account|page|handle))\\s+to|(?:continued|proceeded)\\s+to|\\p{Ll}{3,}ly|(?:last|this|next)\\s+(?:week|month|year|night|weekend|\\p{Lu}\\p{Ll}+day)|(?:on\\s+)?\\p{Lu}\\p{Ll}+day|yesterday|today|tonight|on\\s+(?:\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{Lu}\\p{Ll}{2,8})|(?:on|for)\\s+(?:his|her|their|its)\\s+part|in\\s+(?:(?:his|her|their|its)\\s+)?(?:turn|response|reply)";
const fillers = new WeakMap<readonly string[], RegExp>();
/** A sentence whose subject is "they" or "both", maybe after an opening phrase ("In a joint statement, they …"). */
const THEY_OPENING = /^(?:[^,;“”"]{1,60},\s*)?(?:they|both)\s/iu;
/** The filler with no occasion: one array, so that its pattern is compiled once. */
const NO_OCCASIONS: readonly string[] = [];
/** "as saying", "as telling", "as having told": the words that introduce what one quoted or cited said. */
// ("quoted Trung as pledging to support …", "cited Wang as calling for …": any such participle.)
const AS_SAYING = String.raw`as\s+(?:having\s+(?:said|told|stated)|saying|telling|stating|\p{Ll}{2,}ing)(?![\p{L}])`;
/** "quoted him as saying": one quoted by a pronoun, right after the verb. */
const OBJECT_AS_SAYING = new RegExp(String.raw`^\s+(?:him|her),?\s+` + AS_SAYING, "u");
/** "Putin was quoted by Russian state news agency TASS as saying …": [whole, who quoted]. */
const QUOTED_BY = new RegExp(
  String.raw`\b(?:was|were|is|has\s+been)\s+(?:quoted|cited)\s+by\s+([^,;.“”"]{2,60}?)\s+` + AS_SAYING,
  "iu",
);
/** "… quoted Xi as saying" after the verb: [whole, words before the name, the name]. (A comma may part them: "The
 * statement quoted Maliki, as saying …".) */
const CITED_AS = new RegExp(
  String.raw`^\s+((?:[\p{L}.’'-]+\s+){0,5}?)(?=\p{Lu})([^\s,;]+(?:\s+[^\s,;]+){0,3}?),?\s+` + AS_SAYING,
  "u",
);
/** "…,” CCTV reported, citing Xi as saying": [whole, who cites, their verb, who is cited]. */
const CITING = new RegExp(
  String.raw`,\s+((?:[\p{L}.’'-]+\s+){0,6}?[\p{L}.’'-]+)\s+(\p{Ll}+),\s+citing\s+((?:[\p{L}.’'-]+\s+){0,4}?[\p{L}.’'-]+)\s+` +
    AS_SAYING,
  "u",
);

/**
 * The filler before a verb of speech, with an occasion (vocabulary's attribution.occasionNouns): "Albanese
 * after the meeting said", "Wang at a joint press conference said", "Xi during Monday's talks stressed".
 */
const fillerPattern = (occasions: readonly string[]): RegExp => {
  let pattern = fillers.get(occasions);
  if (!pattern) {
    const occasion = occasions.length
      ? `|(?:after|before|during|at|in|following|ahead\\s+of)\\s+(?:(?:the|a|an|his|her|their|its|this|that)\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}?(?:${wordAlternatives(occasions)})(?:\\s+on\\s+(?:his|her|their|its|the)\\s+(?:[\\p{L}’'-]+\\s+){0,2}?[\\p{L}’'-]+)?`
      : "";
    // (Where it was posted, after it: "Anwar in a statement on his Facebook page said".)
    // (Or an aside set off by commas: "The Chinese president, in turn, hailed …", "the Ministry …, in an
    // official statement, said …", "The Ministry of External Affairs (MEA), while announcing the trip
    // earlier this week, had said …".)
    // ("Mutua, on his part said that …", "Lind, in turn said …": the comma that would close the aside of
    // a side's turn left out.)
    const turn =
      "\\s*,\\s*(?:in\\s+(?:his\\s+|her\\s+|their\\s+|its\\s+)?turn|(?:for|on)\\s+(?:his|her|their|its)\\s+part)(?:\\s*,)?";
    const aside =
      '\\s*,\\s*(?:in\\s+(?:his\\s+|her\\s+|their\\s+|its\\s+)?(?:response|reply)|however|meanwhile|too|though|also|in\\s+(?:an?|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+|(?:while|when|after|before)\\s+\\p{Ll}+ing\\s[^,;“”"]{1,80})\\s*,';
    pattern = new RegExp(`(?:\\s+(?:${FILLER_WORDS}${occasion})|${turn}|${aside})+\\s*$`, "u");
    fillers.set(occasions, pattern);
  }
  return pattern;
};

/** A label's head noun, before what qualifies it: "spokesman" of "a spokesman for the ministry", "official" of
 * "an official familiar with the talks". */
const headNoun = (label: string) =>
  label
    .trim()
    .split(/\s+(?:for|of|at|from|with|in|familiar|close|to|who)\s/iu)[0]
    ?.split(/\s+/u)
    .at(-1)
    ?.toLowerCase();

export function attribute(
  body: string,
  sentences: Sentence[],
  mentions: Mention[],
  /** Titles standing before person mentions, by the mention's start. */
  titlesAt: Map<number, string>,
  vocabulary: Vocabulary,
  /** The article's headline, which may name in full someone the body calls by one name only. */
  headline: string | null = null,
): StatementDraft[] {
  const result: StatementDraft[] = [];
  const v = vocabulary.attribution;
  const roleWords = new Set(vocabulary.roleWords.flatMap((w) => w.toLowerCase().split(" ")));
  // "PM": "prime minister", the words of the title its letters stand for.
  // ("US": "american", peopleLetters.)
  const abbreviated = new Map(
    Object.entries({ ...vocabulary.titleAbbreviations, ...vocabulary.peopleLetters }).map(
      ([letters, title]) => [letters.toLowerCase(), title.toLowerCase().split(/\s+/u)],
    ),
  );
  const spelledOut = (words: string[]) => words.flatMap((word) => abbreviated.get(word) ?? [word]);
  // Each title's other titles of the same post, each by its words.
  const equivalents = new Map(
    Object.entries(vocabulary.titleEquivalents).map(([title, others]) => [
      title.toLowerCase(),
      others.map((other) => other.toLowerCase().split(/\s+/u)),
    ]),
  );
  // Posts written as a phrase ("Minister of Foreign Affairs"), by the words of the same post.
  const titlePhrases = new Map(
    Object.entries(vocabulary.titlePhrases).map(([phrase, post]) => [phrase.toLowerCase(), post]),
  );
  const titlePhrase = new RegExp(
    `(?<![\\p{L}])(?:${[...titlePhrases.keys()].map((phrase) => escapeRegExp(phrase).replace(/ /g, "\\s+")).join("|") || "(?!)"})(?![\\p{L}])`,
    "giu",
  );
  // ("The elected president" is the president-elect, "the designated minister" the minister-designate: the
  // suffix's word, as a title's words hold it below.)
  const suffixes = new Set(vocabulary.titleSuffixes.map((word) => word.toLowerCase()));
  const elected = new RegExp(
    `(?<![\\p{L}])(?:newly[\\s-]+)?(${[...suffixes].map((word) => `${escapeRegExp(word)}(?:e?d)?`).join("|") || "(?!)"})\\s+(?=\\p{L})`,
    "giu",
  );
  // ("the leader of US diplomacy": the US diplomat, fieldPosts.)
  const fieldPosts = new Map(
    Object.entries(vocabulary.fieldPosts).map(([field, post]) => [field.toLowerCase(), post]),
  );
  // (Case-sensitive, so that the people is capitalised: "the head of public diplomacy" is no people's.)
  const bothCases = (words: string[]) => words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);
  const fieldHead = new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(bothCases(vocabulary.fieldHeads)) || "(?!)"})\\s+of\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,3})(${wordAlternatives(bothCases(Object.keys(vocabulary.fieldPosts))) || "(?!)"})(?![\\p{L}])`,
    "gu",
  );
  const fieldSubject = new RegExp(`^\\s*([Tt]he\\s+${fieldHead.source})`, "u");
  // (The field's word names the post only where no noun follows it: "the head of the Ukrainian
  // government noted" is the leader, "the head of the Ukrainian government delegation" someone else. A word
  // after it that is a verb of speech, in "-ed" or in "-ly", or a verb's helper, goes with the post.)
  const speechWords = new Set(vocabulary.speechVerbs.map((verb) => verb.toLowerCase()));
  const goesWithPost = (next: string | undefined) =>
    !next ||
    speechWords.has(next) ||
    /(?:ed|ly)$/u.test(next) ||
    /^(?:also|has|have|had|was|is|will|would|then|later)$/u.test(next);
  const asPost = (phrase: string) =>
    phrase
      .replace(fieldHead, (whole: string, people: string, field: string, offset: number, all: string) => {
        const post = fieldPosts.get(field.toLowerCase());
        const next = /^\s+(\p{Ll}+)/u.exec(all.slice(offset + whole.length))?.[1];
        return post && goesWithPost(next) ? `${people}${post}` : whole;
      })
      .replace(titlePhrase, (post) => titlePhrases.get(post.toLowerCase().replace(/\s+/gu, " ")) ?? post)
      // ("elected" → "elect", "designated" → "designate".)
      .replace(elected, (_: string, word: string) => {
        const lower = word.toLowerCase();
        return `${[...suffixes].find((suffix) => lower.startsWith(suffix)) ?? lower} `;
      });
  const nonSpeakers = new Set(v.nonSpeakers.map((w) => w.toLowerCase()));
  const channelNoun = new RegExp(`\\b(?:${v.channelNouns.map(escapeRegExp).join("|")})\\b`, "iu");
  // (Its name may follow: "the state news agency SPA".)
  const bodyChannel = new RegExp(
    `\\b(?:${v.bodyChannels.map(escapeRegExp).join("|") || "(?!)"})(?:\\s+\\p{Lu}[\\p{L}.&-]*){0,3}$`,
    "iu",
  );
  const describedBy = new Set(
    [...v.speakerNouns, ...v.groupNouns, ...vocabulary.speakingBodies, ...roleWords].map((w) =>
      w.toLowerCase(),
    ),
  );
  // "a spokesperson for", "an aide to", "officials of": words of one who speaks for the name after them;
  // "a US official travelling with Trump": one who goes with them. (With the name's titles and people: "A
  // spokesperson for Senator Payne", "A spokesperson for Belgian Prime Minister Guy Verhofstadt".)
  const roleAlternatives = wordAlternatives([...vocabulary.roleWords, ...vocabulary.honorifics]) || "(?!)";
  // (Case-sensitive, so that only capitalised words stand between "for" and the name.)
  const speaksFor = new RegExp(
    `(?:^|[\\s,;“”"])(${speakerLink(vocabulary, true)}(?:(?:${roleAlternatives}|\\p{Lu}[\\p{L}.’'-]*)\\s+){0,4})$`,
    "u",
  );
  /** A subject that can speak: a name (capitalised words), or words ending in a noun of a speaker. */
  const thingHeads = new Set(v.thingNouns.map((word) => word.toLowerCase()));
  const looksLikeSpeaker = (written: string): boolean => {
    // ("The head of state said": a post written as a phrase is its post's word, titlePhrases.)
    const phrase = asPost(written);
    const words = phrase
      .replace(/[’']s(?![\p{L}])/gu, "")
      .split(/\s+/u)
      .filter(Boolean);
    const head =
      words
        .at(-1)
        ?.toLowerCase()
        .replace(/[^\p{L}-]/gu, "") ?? "";
    if (describedBy.has(head) || channelNoun.test(phrase)) return true;
    // ("After stressing the importance of …, they signed": a sentence's opening word of circumstance.)
    if (words.length === 1 && FUNCTION_TAGS.test(String(lexiconTag(head) ?? ""))) return false;
    // "A senior security official of Iran", "an aide to the minister": the noun before what qualifies it.
    const qualified =
      /^((?:[Aa]n?|[Tt]he)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}(\p{Ll}[\p{L}-]*))\s+(?:of|from|to|at|in|with)\s+\S/u.exec(
        phrase,
      );
    if (qualified?.[2] && describedBy.has(qualified[2].toLowerCase())) return true;
    // (A post with its people's name before it: "the PA ambassador to Turkey".)
    const peoplesPost =
      /^(?:[Aa]n?|[Tt]he)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,2}(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}[\p{L}-]*)\s+(?:of|to|at|in)\s+\S/u.exec(
        phrase,
      )?.[1];
    if (peoplesPost && roleWords.has(peoplesPost.toLowerCase())) return true;
    // "the Security and Defense Partnership announced in November": a thing, whose verb is a participle.
    if (thingHeads.has(head)) return false;
    // Nouns of people by their ending: "protesters", "economists", "politicians", "residents".
    if (
      /(?:ers|ists|ians|ants|ents|ors)$/u.test(head) &&
      words.length <= 3 &&
      !words.some((w) => /^(?:whether|that|if|how|what|is|are|was|were|its|in|of|to)$/iu.test(w))
    ) {
      return true;
    }
    return (
      words.some((w) => /^\p{Lu}/u.test(w)) &&
      words.every(
        (w, i) =>
          /^\p{Lu}/u.test(w) ||
          (i === 0 ? /^(?:the|a|an)$/iu : /^(?:of|for|the|and|de|al|bin|van|von)$/u).test(w),
      )
    );
  };
  const audience = v.audiences
    .flatMap((a) => [a, a.charAt(0).toUpperCase() + a.slice(1)])
    .map(escapeRegExp)
    .join("|");
  const verbs = [...vocabulary.speechVerbs].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const verbPattern = new RegExp(`(?<![\\p{L}])(?:${verbs.join("|")})(?![\\p{L}])`, "giu");
  const anyVerb = new RegExp(verbPattern.source, "iu");
  // An audience alone after a verb, with when or where, closing the sentence: nothing said.
  const audienceOnly = new RegExp(
    `^\\s+(?:${audience})(?:\\s+(?:on|in|at|after|during|before|late|early)(?:\\s+(?!(?:that|and|but)(?![\\p{L}]))[^\\s,;.“”"]+){1,4})?\\s*[.!?]?\\s*$`,
    "u",
  );
  // A quotation that opens with a verb of speech: "The president “underlined the importance of …”".
  // (Or with a verb in the past tense, what a readout reports the subject did: "The pair “discussed ways
  // to …”".)
  const quotedVerb = new RegExp(`^[“"‘]\\s*(?:${verbs.join("|")}|\\p{Ll}{3,}ed)(?![\\p{L}])`, "u");
  // A verb of speech, then "that" and the clause it reports, up to a quotation: "… said in a tweet that the two
  // foreign secretaries “…".
  const saidThat = new RegExp(
    `(?<![\\p{L}])(?:${verbs.join("|")})(?![\\p{L}])[^“”"]*?\\sthat\\s[^“”"]*$`,
    "u",
  );
  // A verb of speech right after a name ("al-Sissi stressed", "Xi also said").
  const reportedVerb = new RegExp(`^\\s+(?:\\p{Ll}+ly\\s+|also\\s+)?(?:${verbs.join("|")})(?![\\p{L}])`, "u");
  // An unnamed speaker and the words in small letters that describe them, up to a name (subjectBefore).
  const describedSpeaker = new RegExp(
    `(?:^|[,;:“”"(]\\s*)((?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${wordAlternatives(v.speakerNouns) || "(?!)"})((?:\\s+\\p{Ll}[\\p{L}-]*){2,12}(?:\\s+[^,;:“”"()]{1,80})?))$`,
    "u",
  );
  // (A participle of speech before its preposition describes them: "briefed on the meeting".)
  const speechVerbInside = new RegExp(
    `(?<![\\p{L}])(?:${verbs.join("|")})(?![\\p{L}])(?!\\s+(?:on|about|by|in|at|with|of)\\s)`,
    "u",
  );
  const pronounWord = /^(?:he|she|they|it|we|i)$/iu;
  // A speaker described and not named, in the singular: "the official", "a Foreign Ministry official",
  // "a diplomatic source" (its noun last, or before "who …").
  const anonymousSource = new RegExp(
    `^(?:the|an?)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:${
      v.bodySpeakerNouns
        .filter((noun) => !/s$/u.test(noun))
        .map(escapeRegExp)
        .join("|") || "(?!)"
    })(?:\\s+who\\b.*)?$`,
    "iu",
  );
  // A name (after its titles) and a verb of speech or a past tense right after a verb: a clause of its own.
  const clauseOpening = new RegExp(
    `^\\s+(?:(?:\\p{Lu}[\\p{L}’'.-]*|of|for)\\s+){0,5}?\\p{Lu}[\\p{L}’'.-]*\\s+(?:\\p{Ll}+ly\\s+)?(?:${verbs.join("|")}|\\p{Ll}{3,}ed)(?![\\p{L}])`,
    "u",
  );
  // A verb of speech that closes its sentence, give or take a time or an audience: ", the official said on
  // Tuesday.", "…, the official told reporters."
  const closingVerb = new RegExp(`^\\s+(?:${verbs.join("|")})(?![\\p{L}])[^.!?“”"]{0,40}[.!?]`, "iu");

  // "told reporters on Friday", "spoke to reporters", "told VOA": an audience, or an outlet by its acronym.
  // (Its time or place in a few words, up to a clause's "and" or "that": "spoke to reporters after the talks
  // and said …".)
  const media = v.mediaNouns.map(escapeRegExp).join("|") || "(?!)";
  // ("told a regular press briefing", "told a joint news conference": an occasion, a word or two before it.)
  const occasions = v.occasionChannels.map(escapeRegExp).join("|") || "(?!)";
  const toldPattern = new RegExp(
    `\\b((?:told|spoke\\s+to|speaking\\s+to|talking\\s+to)\\s+(?:(?:${audience})|(?:a|an|the|their|his|her)\\s+(?:[\\p{Ll}-]+\\s+){1,2}(?:${occasions})|\\p{Lu}{2,}(?:\\s+\\p{Lu}[\\p{L}]+)?|(?:the\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}(?:${media}))(?![\\p{L}])(?:\\s+(?:on|in|at|after|during|late|early)(?:\\s+(?!(?:and|that|said|says|but)(?![\\p{L}]))[^\\s,;.“”"]+){1,12})?)`,
    "u",
  );
  const statementPattern = new RegExp(
    // (Its article may be left out where the noun follows at once: "the ministry said in statement that …".)
    `\\bin\\s+((?:(?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2})?(?:${v.channelNouns.map(escapeRegExp).join("|")}))\\b`,
    "iu",
  );
  // "Remarks by Minister Ronald Lamola, during …": the one whose remarks a page's headline says it holds.
  const remarksPattern = new RegExp(
    `^(?:${wordAlternatives(v.remarksTitles) || "(?!)"})\\s+(?:by|of|from)\\s+(.{3,80}?)(?:\\s*[,:(–—-]|\\s+(?:at|during|on|to|before|in|with|for)\\s|$)`,
    "iu",
  );
  // "After a closed-door meeting with President Buhari, …": a clause of circumstance that opens a sentence.
  const openingCircumstance = new RegExp(
    `^\\W*(?:${wordAlternatives(v.circumstanceOpenings) || "(?!)"})\\s[^,;:“”"]{3,120},\\s`,
    "iu",
  );
  // "X issued a joint statement about … and said": the subject before the verb of issuing (1) and the
  // document (2), up to the "and" that goes on to the verb of speech.
  const issuingVerb = "(?:issued|released|published|adopted)";
  const channelNouns = v.channelNouns.map(escapeRegExp).join("|") || "(?!)";
  const issuedThenPattern = new RegExp(
    `(?:^|[,;:“”"(]\\s*)([^,;:“”"()]{2,80}?)\\s+(?:(?:on\\s+)?\\p{Lu}\\p{Ll}+day\\s+|\\p{Ll}+ly\\s+)?${issuingVerb}\\s+((?:a|an|the|their|its)\\s+(?:joint\\s+)?(?:${channelNouns}))(?:\\s+[^,;:“”"()]{0,120}?)?\\s+and$`,
    "u",
  );
  const issuedDocumentPattern = new RegExp(
    `${issuedThenPattern.source.slice(0, -1)}\\s+(?:also\\s+)?(?:${verbs.join("|")})(?![\\p{L}])`,
    "u",
  );
  // "said at a news conference", "speaking during a joint press briefing", "in a media conference said": the
  // occasion is the channel.
  const occasionPattern = new RegExp(
    `\\b(?:at|during|in)\\s+((?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${
      v.occasionChannels.map(escapeRegExp).join("|") || "(?!)"
    }))(?![\\p{L}])`,
    "iu",
  );
  const audienceLead = new RegExp(
    `^(?:${audience}|\\p{Lu}{2,})(?:\\s+(?:on|in|at|after|during|late|early)\\s+\\p{L}+)?`,
    "u",
  );
  const greeting = new Set(v.greetingVerbs.map((word) => word.toLowerCase()));
  const documentVerbs = new Set(v.documentVerbs.map((word) => word.toLowerCase()));
  const posting = new Set(v.postingVerbs.map((word) => word.toLowerCase()));
  const pictured = new RegExp(
    `^\\s+(?:(?:a|an|some|the|two|three|several|his|her|their)\\s+)?(?:${wordAlternatives(v.pictureNouns) || "(?!)"})(?![\\p{L}])`,
    "iu",
  );
  /** Whether a verb of posting posts a picture, no words: "Ahmad only posted photographs of …". */
  const picturePosted = (verb: string, after: string) =>
    posting.has(verb.toLowerCase()) && pictured.test(after);
  /** A verb of speech right after a name, unless a picture is all it posts. */
  const reportedAfter = (after: string) => {
    const verb = reportedVerb.exec(after);
    return (
      verb !== null && !picturePosted(verb[0].trim().split(/\s+/u).at(-1) ?? "", after.slice(verb[0].length))
    );
  };
  const closingOnly = new Set(v.closingOnlyVerbs.map((word) => word.toLowerCase()));
  /** "“…,” Kuleba concluded.": the verb closes a quotation, its speaker between, and nothing after it. */
  const closesQuotation = (sentence: Sentence, verbStart: number, verbEnd: number) =>
    /[,!?][”"’]\s+(?:[\p{L}.’'-]+\s+){0,4}[\p{L}.’'-]+\s+$/u.test(body.slice(sentence.start, verbStart)) &&
    /^\s*[.!]?\s*$/u.test(body.slice(verbEnd, sentence.end));
  // "Noting …, the parties highlighted …": a participle of speech opening the sentence before its subject.
  const openingParticiple = new RegExp(
    `^\\s*(?:${wordAlternatives(v.continuingParticiples) || "(?!)"})\\s[^;:“”"]*,\\s*$`,
    "iu",
  );
  // What goes on with the same speaker after a closing attribution: a participle ("…, adding that …", "…,
  // merely noting that …"), a
  // quotation, or a second verb of speech after "and" ("“…,” stated Kasoulides, and said that Greece is …";
  // not one that only closes a quotation).
  const continuing = new RegExp(
    `,\\s*(?:before\\s+(?=\\p{Ll}+ing\\s)|(?:\\p{Ll}+ly|also|then)\\s+(?=\\p{Ll}+ing\\s))?(?=(?:${wordAlternatives(v.continuingParticiples) || "(?!)"})\\s|[“"])|,?\\s+and\\s+(?:also\\s+)?(?=(?:${verbs.filter((verb) => !closingOnly.has(verb.toLowerCase())).join("|")})\\s)`,
    "u",
  );
  // The document right before or after such a verb: "the statement read", "read the joint communiqué".
  const documentBefore = new RegExp(`(?<![\\p{L}])(?:${channelNouns})\\s+$`, "iu");
  const documentAfter = new RegExp(
    `^\\s+(?:the|a|an|its|their)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:${channelNouns})(?![\\p{L}])`,
    "iu",
  );
  const calling = new Set(v.callVerbs.map((word) => word.toLowerCase()));
  const inverting = new Set(v.invertingVerbs.map((word) => word.toLowerCase()));
  const leaderTitles = new Set(v.leaderTitles.map((word) => word.toLowerCase()));
  // "the Chinese leader", "the Russian dictator": a head of state or government, whatever the title.
  const leaderNouns = new Set(["leader", ...v.leaderNouns].map((word) => word.toLowerCase()));
  const hostNouns = new Set(v.hostNouns.map((word) => word.toLowerCase()));
  const visitorNouns = new Set(v.visitorNouns.map((word) => word.toLowerCase()));
  /** The titles right before a name: capitalised words, "of", "for", and a title's words in small letters. */
  const titleRun = new RegExp(
    `(?:(?:\\p{Lu}[\\p{L}’'.-]*|of|for|${[...roleWords].map(escapeRegExp).join("|")})\\s+)+$`,
    "u",
  );
  const counterparts = new Set(v.counterpartNouns.map((word) => word.toLowerCase()));
  const headNouns = new Set(v.headNouns.map((word) => word.toLowerCase()));
  const nationalNouns = new Set(v.nationalNouns.map((word) => word.toLowerCase()));
  const postQualifiers = new Set(v.postQualifiers.map((word) => word.toLowerCase()));
  // The "and" between two people who speak together, with a counterpart's description after it ("and his
  // Indian counterpart"), or a country's possessive before the title ("and Germany's new Chancellor …").
  // (Or a post set off by its comma before the second name: "Xi Jinping and the President of the United States,
  // Donald Trump, said …".)
  // (A comma may close the first one's apposition: "Jamaica’s Prime Minister, Andrew Holness, and his
  // counterpart from Trinidad and Tobago Prime Minister, Dr. Keith Rowley, said …"; the counterpart's people
  // and post after "from" or "of".)
  // (Each may have its country after the name: "President Ada Lind of Norland and President Tomas Orrin of
  // Sudria reaffirmed …".)
  const joinedBy = new RegExp(
    `(?:\\s+of\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}\\p{Lu}[\\p{L}.-]*)?,?\\s+and\\s+(?:(?:his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${v.counterpartNouns.map(escapeRegExp).join("|") || "(?!)"})(?:\\s+(?:from|of)\\s+(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}.-]*|and)\\s+){0,5}\\p{Lu}[\\p{L}.-]*)?,?\\s+|\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)?['’]s\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}|the\\s+(?:(?:\\p{Lu}[\\p{L}.-]*|of|the)\\s+){0,6}\\p{Lu}[\\p{L}.-]*,\\s+)?$`,
    "u",
  );
  // (Or any two of a kind: "the two officials", "the two men", "the two royals"; or the two by their peoples:
  // "the Croatian and Slovenian heads of state".)
  const group = v.groupNouns.length
    ? new RegExp(
        `^((?:the|both)\\s+(?:(?:two|three|four)\\s+|\\p{Lu}[\\p{L}-]+\\s+and\\s+\\p{Lu}[\\p{L}-]+\\s+)?(?:${v.groupNouns.map(escapeRegExp).join("|")})|the\\s+two\\s+\\p{Ll}+(?:s|men|women))\\b`,
        "iu",
      )
    : null;
  /**
   * The group a sentence opens with, also past an opening phrase of circumstance ("In a joint press
   * conference after the meeting, the two officials discussed …", "Among other issues, the leaders …").
   * (The phrase may hold a town's country after its comma: "During their meeting … in Kuala Lumpur,
   * Malaysia on April 27, the two leaders showed …".)
   */
  const topicOpening = new RegExp(`^\\W*(?:${wordAlternatives(v.topicOpenings) || "(?!)"})\\s`, "iu");
  const questionOpening = new RegExp(`^(?:${wordAlternatives(v.questionOpenings) || "(?!)"})\\s`, "iu");
  const openingGroup = (text: string): string | undefined => {
    const found =
      group?.exec(text)?.[1] ??
      group?.exec(
        text.replace(
          /^(?:(?:in|at|during|after|following|on|among|besides|regarding|concerning|as\s+for|with\s+regard\s+to|turning\s+to)\s[^,“”"]{0,80}(?:,\s*\p{Lu}[^,“”"]{0,40})?|meanwhile|besides|separately|later|however),\s*/iu,
          "",
        ),
      )?.[1];
    if (found || !questionOpening.test(text)) return found;
    // "Asked about the situation of the … project, currently halted, the presidents preferred not to answer,
    // saying …": the group after the question's phrase, whatever its commas.
    for (const comma of text.slice(0, 200).matchAll(/,\s*/gu)) {
      const after = group?.exec(text.slice(comma.index + comma[0].length))?.[1];
      if (after) return after;
    }
    return undefined;
  };
  // The same group anywhere in words: "… saw the two leaders commit to …".
  const groupWithin = group ? new RegExp(group.source.replace(/^\^/u, "(?<![\\p{L}])"), "iu") : null;
  /** Whether words are a group of groupNouns and nothing more: "the two prime ministers", "both ministers". */
  const wholeGroup = (words: string) => group?.exec(words)?.[1]?.length === words.length;
  // "But Blinken said": the clause's opening word is no part of its subject.
  const leadingConnective = new RegExp(`^(?:${wordAlternatives(v.leadingConnectives) || "(?!)"})\\s+`, "iu");
  // ("In recent days the French president …", "On Monday the minister …": a time before a title's subject.)
  const leadingTime = new RegExp(
    `^(?:${wordAlternatives(v.leadingTimes) || "(?!)"}|on\\s+(?:${wordAlternatives(calendarNames("days"))}))\\s+(?=(?:the|an?)\\s)`,
    "iu",
  );
  // "said on Friday", "told reporters during the visit": when or where, not what was said.
  // (After the day it was said on: "said Monday after meeting behind closed doors with …".)
  const saidOn = wordAlternatives(calendarNames("days"));
  // (Or the day alone before a comma: "… Peskov said Sunday, Sputnik International reported".)
  const circumstance = new RegExp(
    `^(?:(?:${saidOn})\\s*(?:[,;.]|$)|(?:(?:${saidOn})\\s+)?(?:${wordAlternatives(v.circumstanceWords) || "(?!)"})\\b)`,
    "iu",
  );
  // "…, a US Treasury spokesman said, ahead of a meeting …": a clause of circumstance after the comma.
  const circumstanceClause = new RegExp(
    `^,\\s*(?:${wordAlternatives(v.circumstanceClauses) || "(?!)"})\\b`,
    "iu",
  );
  // (Not a verb of speech only where it closes a quotation: "As reported by the Ministry, …" passes on.)
  const passiveVerbs = verbs.filter(
    (verb) => !v.closingOnlyVerbs.some((only) => only.toLowerCase() === verb.toLowerCase()),
  );
  const passivePattern = new RegExp(
    `\\b(?:${passiveVerbs.join("|")})\\s+by\\s+([^,;.“”"]{2,60}?)\\s+as\\b`,
    "iu",
  );
  // "As noted by Xi during the meeting, …": the passive of an opening aside.
  const passiveAside = new RegExp(
    `^as\\s+(?:${passiveVerbs.join("|")})\\s+by\\s+([^,;.“”"]{2,60}?)(?=\\s+(?:during|in|at|on|after|before|when)\\b|\\s*,)`,
    "iu",
  );

  // A description in apposition to a name: a country's possessive or "the", up to two lower-case words
  // or a nationality ("his Sri Lankan counterpart"), and the noun that heads it.
  const describedHeads = new Set<string>();
  const description =
    "((?:\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?['’]s|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)(?:\\s+\\p{Ll}[\\p{L}-]*|\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?(?=\\s+\\p{Ll})){0,2})\\s+(\\p{Ll}[\\p{L}-]{3,})";
  const descriptionBefore = new RegExp(`(?:^|[\\s(“"])${description},?\\s+$`, "u");
  // (The description may go on with whom it serves: "Ivo Brandt, the spokesman of the Foreign Ministry,".)
  const descriptionAfter = new RegExp(
    `^,\\s+${description}(?=\\s*[,.;]|\\s+(?:who|and|said)\\b|\\s+(?:of|for|at|to)\\s[^,.;]{2,60},)`,
    "u",
  );
  const honorificsBefore = new RegExp(
    `(?<![\\p{L}])(?:(?:${vocabulary.honorifics.map((word) => escapeRegExp(word.replace(/\\.$/u, ""))).join("|")})\\.?\\s+)+$`,
    "u",
  );
  // Referents: each person once, by participant or by name, with their titles and gender.
  const referents = new Map<string, Referent>();
  /** Referents whose gender an honorific gives ("Mr", "Ms"): no other sign overrides it. */
  const honorificGender = new Set<Referent>();
  const referentOf = (mention: Mention): Referent => {
    const key = mention.participant?.id ?? normalizeName(mention.text);
    let referent = referents.get(key);
    // "ELIZABETH LEE:" first, "Elizabeth Lee" later: the name as prose writes it.
    if (referent && !mention.participant && referent.name === referent.name.toUpperCase()) {
      if (mention.text !== mention.text.toUpperCase()) referent.name = mention.text;
    }
    if (!referent) {
      referent = {
        key,
        name: mention.participant?.name ?? mention.name ?? mention.text,
        participant: mention.participant,
        titles: new Set(),
        gender: null,
      };
      for (const alias of mention.participant?.aliases ?? []) {
        for (const word of alias.split(" ")) if (roleWords.has(word)) referent.titles.add(word);
      }
      referents.set(key, referent);
    }
    // "China's top diplomat Wang Yi", "Wang Yi, China's top diplomat,": a description that a later
    // "the top diplomat said" or "China's senior diplomat said" stands for.
    // (Not the subject of an attribution that closes the sentence: "… of Lai Ching-te, the official said.")
    const after = body.slice(mention.end, mention.end + 60);
    const appended = descriptionAfter.exec(after);
    const closes =
      appended &&
      (reportedVerb.test(` ${appended[2]} `) || closingVerb.test(after.slice(appended[0].length)));
    // (Not a verb's subject before its object, "The envoy also lauded Duterte's efforts", nor a preposition's
    // object before the clause's subject, "In the meeting with the Indonesian ambassador, Duterte also …";
    // "met with his Mexican counterpart, Tomas Orrin, on …" is an apposition, closed after the name.)
    const lead = body.slice(Math.max(0, mention.start - 60), mention.start);
    // (Past the name's honorifics: "his Sudrian counterpart Dr. Tomas Orrin".)
    const before = descriptionBefore.exec(lead.replace(honorificsBefore, " "));
    const fitting =
      before?.[2] &&
      !/ed$/u.test(before[2]) &&
      !(
        /,\s+$/u.test(before[0]) &&
        /^\s+\p{Ll}/u.test(body.slice(mention.end, mention.end + 3)) &&
        /(?<![\p{L}])(?:with|to|by|for|of|from|at|in|on|about|against)\s+$/iu.test(
          lead.slice(0, before.index + before[0].indexOf(before[1] ?? "")),
        )
      )
        ? before
        : null;
    const described = fitting ?? (closes ? null : appended);
    if (described?.[2]) {
      const head = described[2].toLowerCase();
      referent.titles.add(head);
      describedHeads.add(head);
      for (const word of `${described[1] ?? ""}`.toLowerCase().split(/[^\p{L}-]+/u)) {
        if (word && !["the", "his", "her", "their"].includes(word)) referent.titles.add(word);
      }
      // "Prime Minister Chris Hipkins has met with his Australian counterpart Anthony Albanese": a
      // counterpart holds the post of the sentence's subject, the first person it names (a later "the
      // Australian PM" is Albanese; "Brandt, accompanied by Trade Minister Krel, met his counterpart …" gives
      // Brandt's post, not Krel's).
      if (counterparts.has(head) && described !== appended) {
        const sentence = sentences.find((x) => x.start <= mention.start && mention.start < x.end);
        const owner = mentions.find(
          (m) => m.kind === "PERSON" && m.end <= mention.start && sentence && m.start >= sentence.start,
        );
        const ownerReferent = owner
          ? referents.get(owner.participant?.id ?? normalizeName(owner.text))
          : undefined;
        const ownerPost = (owner ? (titlesAt.get(owner.start) ?? "") : "").toLowerCase().split(/[^\p{L}-]+/u);
        // (Every word of the post but its people's: "Foreign Minister" of an "Iranian Foreign Minister".)
        for (const title of ownerReferent?.titles ?? [])
          if (
            !counterparts.has(title) &&
            lexiconTag(title) !== "Demonym" &&
            nationalitiesIn(new Set([title])).size === 0 &&
            (roleWords.has(title) || ownerPost.includes(title))
          )
            referent.titles.add(title);
      }
    }
    // "H.E. Tomas Orrin, the Prime Minister of Malaysia.": a post of a country set off after the name gives
    // the post and the country's people ("The Malaysian Prime Minister commended …" is Orrin).
    const postAfter =
      /^,\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})(?=\s*[,.;]|\s+(?:and|who)\s)/u.exec(
        after,
      );
    // (Not the post of the next name in a list: "Algerian President Abdelmadjid Tebboune, the President of
    // Tunisia, Kais Saied, and …" gives Saied's.)
    const listed = postAfter !== null && nameSetOffAt(body, mention.end + postAfter[0].length, mentions);
    if (postAfter?.[1] && postAfter[2] && !listed) {
      const post = postAfter[1].toLowerCase().split(/\s+/u);
      const country = new Set(postAfter[2].toLowerCase().split(/\s+/u));
      if (post.every((word) => roleWords.has(word)) && nationalitiesIn(country).size > 0)
        for (const word of [...post, ...country]) referent.titles.add(word);
    }
    const title = titlesAt.get(mention.start);
    for (const word of `${title ?? ""} ${mention.text}`.toLowerCase().split(/[^\p{L}-]+/u)) {
      if (word && (roleWords.has(word) || title?.toLowerCase().includes(word))) {
        referent.titles.add(word);
        // ("Presidents of Kyrgyzstan Sadyr Japarov and …": each of them a president.)
        const single = word.replace(/ies$/u, "y").replace(/s$/u, "");
        if (single !== word && roleWords.has(single)) referent.titles.add(single);
        for (const spelled of abbreviated.get(word) ?? []) referent.titles.add(spelled);
      }
    }
    // "NATO Secretary General Jens Stoltenberg": the body named right before the title is the title's too
    // (a later "the NATO chief" is this person).
    if (title) {
      const owner = new RegExp(
        `(?:^|[\\s(“"])((?:\\p{Lu}[\\p{L}.-]*\\s+){1,4})${escapeRegExp(title)}\\s+$`,
        "u",
      ).exec(body.slice(Math.max(0, mention.start - title.length - 60), mention.start))?.[1];
      for (const word of owner?.trim().split(/\s+/u) ?? []) referent.titles.add(word.toLowerCase());
    }
    // "Presidents João Lourenço (Angola) and Alassane Ouattara (Ivory Coast)": the country in brackets after
    // the name is the person's (a later "the Ivorian head of state" is Ouattara).
    const bracketed = /^\s*\(([\p{L}\s.'’-]{2,40})\)/u.exec(body.slice(mention.end, mention.end + 45))?.[1];
    const countryWords =
      bracketed
        ?.trim()
        .toLowerCase()
        .split(/[^\p{L}]+/u) ?? [];
    if (bracketed && isCountryName(countryWords)) for (const word of countryWords) referent.titles.add(word);

    // ("Guatemala’s president-elect": a president, and one elect.)
    for (const title of [...referent.titles]) {
      const [base, suffix] = title.split(/-(?=[^-]+$)/u);
      if (base && suffix && suffixes.has(suffix) && roleWords.has(base)) {
        referent.titles.add(base);
        referent.titles.add(suffix);
      }
    }
    if (!referent.gender || !honorificGender.has(referent)) {
      const before = body.slice(Math.max(0, mention.start - 6), mention.start);
      const honorific = /\b(Mr|Mrs|Ms|Madam|Sir|Dame)\.?\s+$/u.exec(before)?.[1];
      if (honorific) {
        referent.gender = honorific === "Mr" || honorific === "Sir" ? "male" : "female";
        honorificGender.add(referent);
      } else if (!referent.gender) {
        const first = (mention.participant?.name ?? mention.text).split(/\s+/)[0] ?? "";
        const tag = first.length > 1 ? lexiconTag(first) : undefined;
        if (tag === "MaleName") referent.gender = "male";
        if (tag === "FemaleName") referent.gender = "female";
      }
      // ("King Tupou VI", "Queen Rania": a title of one gender.)
      if (!referent.gender) {
        const { male, female } = linkingReference().genderedTitles;
        if (male.some((word) => referent.titles.has(word))) referent.gender = "male";
        else if (female.some((word) => referent.titles.has(word))) referent.gender = "female";
      }
    }
    return referent;
  };
  const named = mentions.filter((m) => m.kind === "PERSON");
  const referentAt = new Map(named.map((m) => [m.start, referentOf(m)]));
  /** Where the article first names each person. */
  const firstNamedAt = new Map<Referent, number>();
  for (const [at, referent] of referentAt)
    if (at < (firstNamedAt.get(referent) ?? Number.POSITIVE_INFINITY)) firstNamedAt.set(referent, at);
  // The text's own pronouns over the lexicon's reading of a first name: "Kim Jong Un also told reporters
  // … with his South Korean counterpart" is a man's family name first, whatever "Kim" alone is. A
  // possessive after a person's name in the same clause, before anyone else is named, is theirs ("Lunde
  // said Varg claimed that he …" may be either man's, and "told her" is someone else).
  const pronounGender = new Map<Referent, Set<"male" | "female">>();
  for (const sentence of sentences) {
    const inSentence = named.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    for (const [i, mention] of inSentence.entries()) {
      const referent = referentAt.get(mention.start);
      if (!referent || honorificGender.has(referent)) continue;
      const until = inSentence[i + 1]?.start ?? sentence.end;
      // (Outside quotations: "“… his …”" may be the speaker's words about another.)
      const between = body.slice(mention.end, until).replace(/[“"][^”"]*[”"]?/gu, " ");
      const possessive = /(?<![\p{L}])(his|her)\s+(?:\p{Lu}\p{L}+\s+){0,2}(\p{Ll}+)/u.exec(between);
      if (
        !possessive ||
        /[,;:]|(?<![\p{L}])(?:that|who|which|whom)(?![\p{L}])/u.test(between.slice(0, possessive.index))
      )
        continue;
      // ("her" before a function word is its object: "told her that …".)
      if (
        possessive[1] === "her" &&
        /Determiner|Preposition|Conjunction/u.test(String(lexiconTag(possessive[2] ?? "") ?? ""))
      )
        continue;
      const votes = pronounGender.get(referent) ?? new Set();
      votes.add(possessive[1] === "his" ? "male" : "female");
      pronounGender.set(referent, votes);
    }
  }
  for (const [referent, votes] of pronounGender)
    if (votes.size === 1) referent.gender = [...votes][0] ?? referent.gender;
  // "Qin said", "Foreign Minister Qin": a word of a name the article gives in full stands for that person.
  const shorts = shortReferences(body, named, mentions, roleWords);
  const shortAt = new Set(shorts.map((m) => m.start));
  const persons = [...named.filter((m) => !shortAt.has(m.start)), ...shorts].sort(
    (a, b) => a.start - b.start,
  );
  // "Ivo Brandt said …. According to President Brandt, …": what the short name's mention told of the person
  // (a title, a gender) is the full name's person's; the short name is no one else.
  const absorb = (owner: Referent, at: number) => {
    const own = referentAt.get(at);
    referentAt.set(at, owner);
    if (!own || own === owner) return;
    for (const title of own.titles) owner.titles.add(title);
    owner.gender ??= own.gender;
  };
  for (const short of shorts) {
    const owner = referentAt.get(short.of.start);
    if (owner) absorb(owner, short.start);
  }
  // "López Obrador" of "Andrés Manuel López Obrador": the last words of one longer name the article gives.
  const firstNamed = new Map<string, Mention>();
  for (const m of named) if (!firstNamed.has(m.text)) firstNamed.set(m.text, m);
  const fullNames = [...firstNamed.keys()];
  for (const mention of named) {
    const words = mention.text.split(/\s+/u);
    // (Not a family's name alone, "Al Thani", "bin Salman": many of one family are named so.)
    if (
      mention.participant ||
      words.length < 2 ||
      new RegExp(`^(?:${PARTICLES})$`, "iu").test(words[0] ?? "")
    )
      continue;
    const longer = fullNames.filter(
      (name) =>
        name.length > mention.text.length &&
        name.endsWith(` ${mention.text}`) &&
        // (Not a father's name after "bin": another man.)
        !namesFather(name, mention.text),
    );
    const owner = longer.length === 1 ? firstNamed.get(longer[0] as string) : undefined;
    const referent = owner ? referentAt.get(owner.start) : undefined;
    if (referent) absorb(referent, mention.start);
  }
  // (A person only a short name's mention made is no one of their own.)
  const standing = new Set(referentAt.values());
  for (const [key, referent] of referents) if (!standing.has(referent)) referents.delete(key);
  const organizationAt = new Map(
    mentions.filter((m) => m.kind === "ORGANIZATION").map((m) => [m.end, m] as const),
  );
  const personEndingAt = new Map(persons.map((m) => [m.end, m]));
  /** Whether a mention stands in the possessive ("Petro’s visit", "Lofven’s spokesman"). */
  const possessive = (m: Mention) => /^['’]s\s/u.test(body.slice(m.end, m.end + 3));

  // Per sentence: its persons in order, and the speaker found for it.
  const personsOf: Referent[][] = sentences.map(() => []);
  const mentionsOfSentence: Mention[][] = sentences.map(() => []);
  {
    let s = 0;
    for (const mention of persons) {
      while (s < sentences.length && (sentences[s]?.end ?? 0) < mention.start) s++;
      const referent = referentAt.get(mention.start);
      if (s < sentences.length && referent) {
        personsOf[s]?.push(referent);
        mentionsOfSentence[s]?.push(mention);
      }
    }
  }
  const personStartingAt = new Map(persons.map((m) => [m.start, m]));
  const mentionCount = new Map<Referent, number>();
  for (const mention of persons) {
    const referent = referentAt.get(mention.start);
    if (referent) mentionCount.set(referent, (mentionCount.get(referent) ?? 0) + 1);
  }
  // "Poland’s Andrzej Duda", "the Czech Republic’s Petr Pavel": the peoples of the countries whose
  // possessive stands right before a person's name.
  const possessivePeoples = new Map<Referent, Set<string>>();
  for (const mention of persons) {
    const referent = referentAt.get(mention.start);
    const owner = /(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})['’]s\s+$/u.exec(
      body.slice(Math.max(0, mention.start - 40), mention.start),
    )?.[1];
    if (!referent || !owner) continue;
    const peoples = nationalitiesIn(new Set(owner.toLowerCase().split(/\s+/u)));
    if (peoples.size === 0) continue;
    const own = possessivePeoples.get(referent) ?? new Set<string>();
    for (const people of peoples) own.add(people);
    possessivePeoples.set(referent, own);
  }
  // "welcomed his Chinese counterpart Xi Jinping": a guest named by a counterpart noun.
  const counterpartGuest = new RegExp(
    `^\\s+(?:his|her|their|the)\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,2}(?:${v.counterpartNouns.map(escapeRegExp).join("|") || "(?!)"})\\s+\\p{Lu}`,
    "u",
  );
  // "welcomed the Japanese leader and his wife": guests (attribution.guestNouns), not an outcome.
  const guestGreeted = new RegExp(
    `^\\s+(?:his|her|their|the)\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,2}(?:${v.guestNouns.map(escapeRegExp).join("|") || "(?!)"})(?![\\p{L}’'-])`,
    "u",
  );
  // Nouns of one person who speaks: a title or a speaker's noun in the singular.
  const personNouns = new Set(
    [...roleWords, ...v.speakerNouns.map((w) => w.toLowerCase())].filter((w) => !/(?:s|people)$/u.test(w)),
  );
  const speakerOf: (Referent | null)[] = sentences.map(() => null);
  /** Who quoted the sentence's speaker ("he quoted Osinbajo as saying"): its subject, whom "He added" goes on with. */
  const citerOf: (Referent | null)[] = sentences.map(() => null);
  const relayed = new RegExp(
    `,\\s+((?:[\\p{L}.’'-]+\\s+){0,6}[\\p{L}.’'-]+)\\s+(?:${v.relayVerbs.map(escapeRegExp).join("|") || "(?!)"})(?:\\s+with\\s+reference\\s+to\\s+[\\p{L}.’' -]{1,40}?)?[.!]?[”"]?$`,
    "u",
  );
  const relayedAtStart = new RegExp(`^\\s*${relayed.source}`, "u");
  /** The speakers found as the one who relays a sentence, its only speaker ("…, Reuters reported"). */
  const relayedChosen = new WeakSet<object>();
  // "…, reports Akorda.": the verb before the one who relays, as agencies of Central Asia write it.
  const relayedInverted = new RegExp(
    `,\\s+(?:${v.relayVerbs.map(escapeRegExp).join("|") || "(?!)"})\\s+((?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}\\p{Lu}[\\p{L}.’'-]*)[.!]?[”"]?$`,
    "u",
  );
  // A speaker the article describes and never names ("a senior administration official"), by sentence.
  const labelOf: (string | null)[] = sentences.map(() => null);
  // "The head of the Russian delegation, presidential aide Vladimir Medinsky, said …": the description stands
  // for the person when it comes back alone ("The head of the Russian delegation said …").
  const describedAs = new Map<string, Referent>();
  const descriptionKey = (words: string) => words.toLowerCase().replace(/\s+/gu, " ").trim();
  // A body that spoke, by sentence ("The Foreign Ministry said …"): "it said" after it is that body's.
  const bodyOf: (string | null)[] = sentences.map(() => null);
  // Two people who spoke together, by sentence ("After the meeting, Sunak and Macron, …, said …"): "They
  // said" right after it is theirs.
  const pairOf: (string | null)[] = sentences.map(() => null);
  /** Who issued the document a sentence's words come through ("the two governments said in a joint communique"). */
  const issuedOf: (Speaker | null)[] = sentences.map(() => null);
  const anyDocument = new Set(v.documentNouns.map((word) => word.toLowerCase()));
  /** Sentences that only tell of a document a group or a pair issued ("the two leaders issued a joint statement"). */
  const issuedOnly = new Set<number>();
  const issuingPattern = new RegExp(
    `(?:^|,\\s*)([^,;:“”"]{2,80}?)\\s+(?:(?:also|jointly|later)\\s+)?${issuingVerb}\\s+((?:a|an|the|their)\\s+joint\\s+(?:${channelNouns}))(?![\\p{L}])`,
    "iu",
  );
  /** The noun of the document each sentence's words came through ("statement" of "in a statement"). */
  const documentOf: (string | null)[] = sentences.map(() => null);
  const documentNoun = (phrase: string) =>
    phrase
      .trim()
      .split(/\s+/u)
      .at(-1)
      ?.toLowerCase()
      // ("communiqué" and "communique" are one noun.)
      .normalize("NFKD")
      .replace(/[^\p{L}]/gu, "") ?? "";
  /** Labels made of two people's names ("Rishi Sunak and Emmanuel Macron"). */
  const pairLabels = new Set<string>();
  const pairLabel = (label: string) => {
    pairLabels.add(label);
    return label;
  };
  const bodyHeads = new Set(vocabulary.speakingBodies.map((w) => w.toLowerCase()));
  const organizationNames = new Set(
    mentions
      .filter((m) => m.kind === "ORGANIZATION")
      .flatMap((m) => [m.text, m.participant?.name].filter((n): n is string => Boolean(n))),
  );
  // (The head before what it is of: "the Embassy of Russia".)
  const isBody = (label: string) =>
    organizationNames.has(label) ||
    [label, label.split(/\s+of\s+/u)[0] ?? ""].some((part) =>
      bodyHeads.has(part.trim().split(/\s+/u).at(-1)?.toLowerCase() ?? ""),
    );
  // Who passes something on at a sentence's end: a name, a channel ("Chinese state news agency Xinhua",
  // "state media") or a body ("the foreign ministry"), never a clause ("as the department later reported",
  // "which the paper first reported", "it reported").
  /** The one who relays, as the speaker of a sentence that closes with them ("…, Reuters reported"). */
  const relayedBy = (sentenceStart: number, match: RegExpExecArray, relayer: string) => {
    const subjectStart = sentenceStart + match.index + match[0].indexOf(relayer);
    const verbStart = subjectStart + relayer.length + 1;
    const verbEnd = verbStart + (/^\p{L}+/u.exec(body.slice(verbStart))?.[0].length ?? 0);
    return { referent: null, label: relayer, verbStart, verbEnd, subjectStart, post: true };
  };
  const relaying = (relayer: string) =>
    (/^\p{Lu}/u.test(relayer.split(/\s+/u).at(-1) ?? "") || channelNoun.test(relayer) || isBody(relayer)) &&
    !/^(?:as|which|what|that|than|contrary|an?|it|people|who|where|when|so|and|but)\b/iu.test(relayer) &&
    !/\p{Ll}+ly$/u.test(relayer);

  // "The Indian Prime Minister, who had …, used the moment to …. “…,” he said": a sentence that opens with a
  // title is about the one so titled, whoever else it names.
  const openers = new Map<number, Referent | null>();
  const openingTitle = (i: number): Referent | null => {
    const known = openers.get(i);
    if (known !== undefined) return known;
    openers.set(i, null);
    const text = sentences[i]?.text ?? "";
    const lead = /^(?:(?:but|and|meanwhile|however|later),?\s+)?(?=the\s)/iu.exec(text)?.[0];
    if (lead === undefined) return null;
    const words = text.slice(lead.length).split(/\s+/u).slice(0, 5);
    let found: Referent | null = null;
    // The longest opening that ends on a title, before a comma, "who" or a verb in small letters: not "The
    // President of China, …" (cut short) or "The Secretary of State’s visit …" (a thing of theirs).
    for (let k = words.length; k >= 2; k--) {
      const last = (words[k - 1] ?? "").toLowerCase().replace(/[,;:]$/u, "");
      if (!roleWords.has(last) && !leaderTitles.has(last)) continue;
      const phrase = words
        .slice(0, k)
        .join(" ")
        .replace(/[,;:]$/u, "");
      const after = text.slice(lead.length + phrase.length);
      if (/^(?:,|\s+who\b|\s+\p{Ll})/u.test(after) && !/^\s+(?:of|for)\b/u.test(after))
        found = byTitle(phrase, i, []);
      break;
    }
    openers.set(i, found);
    return found;
  };
  /**
   * "A senior U.S. official briefed reporters. … , said the official": "the" and a speaker's noun stand for
   * the one so described in one of the sentences just before.
   */
  const earlierLabel = (words: string, index: number): string | null => {
    const head = /^the\s+([\p{L}-]+)$/iu.exec(words.trim())?.[1]?.toLowerCase();
    if (!head || !personNouns.has(head)) return null;
    for (let i = index - 1; i >= Math.max(0, index - 6); i--) {
      const label = labelOf[i];
      if (label && label.toLowerCase().split(/\s+/u).at(-1) === head) return label;
      const described = new RegExp(
        `(?:^|[\\s,;“”"(])((?:an?|the)\\s+(?:[\\p{L}.-]+\\s+){1,3}${head})(?![\\p{L}])`,
        "iu",
      ).exec(sentences[i]?.text ?? "")?.[1];
      if (described) return described;
    }
    return null;
  };
  /**
   * "Te Kāea asked Minister Bishop about the detainees …. “Our laws apply …,” she said": the one a sentence
   * asks a question of (about, whether, what …), who answers in the next; not one asked to do something.
   */
  const questionedIn = (i: number): Referent | null => {
    const sentence = sentences[i];
    if (!sentence) return null;
    for (const m of mentionsOfSentence[i] ?? []) {
      if (
        /(?<![\p{L}])(?:asked|questioned)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u.test(
          body.slice(sentence.start, m.start),
        ) &&
        /^\s+(?:about|on|whether|if|what|how|why|when|where|for\s+(?:his|her|their)\s+(?:views?|reaction|comments?))(?![\p{L}])/iu.test(
          body.slice(m.end, m.end + 40),
        )
      )
        return referentAt.get(m.start) ?? null;
    }
    return null;
  };
  /** The most salient earlier person that fits: the speaker, else the first fitting person, of the latest sentence that has one. */
  /** Whether the sentence names the person only in the possessive ("Petro’s visit"). */
  const possessiveOnlyIn = (i: number, r: Referent) => {
    const own = (mentionsOfSentence[i] ?? []).filter((m) => referentAt.get(m.start) === r);
    return own.length > 0 && own.every(possessive);
  };
  /** Whether a sentence names someone only in the clause of circumstance it opens with ("After talks with X, …"). */
  const openingClauseOnly = (i: number, r: Referent): boolean => {
    const sentence = sentences[i];
    const opening = sentence ? openingCircumstance.exec(sentence.text) : null;
    if (!sentence || !opening) return false;
    const end = sentence.start + opening[0].length;
    const named = (mentionsOfSentence[i] ?? []).filter((m) => referentAt.get(m.start) === r);
    return named.length > 0 && named.every((m) => m.start < end);
  };
  const recall = (index: number, fits: (r: Referent) => boolean, within = 4): Referent | null => {
    for (let i = index - 1; i >= Math.max(0, index - within); i--) {
      const citer = citerOf[i];
      if (citer && fits(citer)) return citer;
      const questioned = questionedIn(i);
      if (questioned && fits(questioned)) return questioned;
      const speaker = speakerOf[i];
      if (speaker && fits(speaker)) return speaker;
      const opener = openingTitle(i);
      if (opener && fits(opener)) return opener;
      // (One named only in the possessive describes a thing, "Petro’s visit was announced … by Armando
      // Benedetti": the other one named is the one the sentence is about.)
      // (Nor is one named only in a clause of circumstance that opens it: "After a meeting with President
      // Buhari, President Bio addressed the press. He spoke about …" is Bio.)
      const first =
        personsOf[i]?.find((r) => fits(r) && !possessiveOnlyIn(i, r) && !openingClauseOnly(i, r)) ??
        personsOf[i]?.find((r) => fits(r) && !possessiveOnlyIn(i, r)) ??
        personsOf[i]?.find(fits);
      if (first) return first;
    }
    return null;
  };
  const byPronoun = (
    pronoun: string,
    index: number,
    before: Referent[],
    spokenOf: ReadonlySet<Referent> = new Set(),
  ): Referent | null => {
    const gender = /^(he|him|his)$/i.test(pronoun) ? "male" : "female";
    const fits = (r: Referent) => (r.gender === null || r.gender === gender) && !spokenOf.has(r);
    const found = before.find(fits);
    if (found) return found;
    // "She sat down with Xi for talks. “…,” she told Xi.": a sentence right before that opens with the same
    // pronoun, and quotes no one, is about the same person, not the one it names after the pronoun.
    const previous = sentences[index - 1];
    if (
      previous &&
      !speakerOf[index - 1] &&
      (gender === "male" ? /^[\s“”"‘’']*he\s/iu : /^[\s“”"‘’']*she\s/iu).test(previous.text)
    )
      return byPronoun(pronoun, index - 1, []);
    const recalled = recall(index, fits);
    if (recalled) return recalled;
    // "Ms Lind has put climate action on the agenda. She has pushed for …. The leaders also discussed …. “…,” a
    // readout said. She said …": with no one fitting in the sentences just before, the pronoun goes on the
    // chain of an earlier sentence that opens with it and quotes no one.
    const opens = gender === "male" ? /^[\s“”"‘’']*he\s/iu : /^[\s“”"‘’']*she\s/iu;
    for (let i = index - 2; i >= Math.max(0, index - 4); i--) {
      const sentence = sentences[i];
      if (sentence && !speakerOf[i] && opens.test(sentence.text)) return byPronoun(pronoun, i, [], spokenOf);
    }
    return null;
  };
  /**
   * "A senior official told reporters …. She added …", "According to her, …": a pronoun right after a
   * statement of a speaker described and not named is that speaker; else the person it fits.
   */
  const pronounSpeaker = (
    pronoun: string,
    index: number,
    before: Referent[],
    start: number,
    spokenOf: ReadonlySet<Referent> = new Set(),
  ): Speaker & { start: number } => {
    const described = labelOf[index - 1];
    // "A spokesman … She added": the pronoun is someone else.
    const other = /^(?:she|her)$/iu.test(pronoun) ? /\b\w*(?<!wo)man\b/iu : /\b\w*woman\b/iu;
    if (described && !before.length && !other.test(described))
      return { referent: null, label: described, start };
    return { referent: byPronoun(pronoun, index, before, spokenOf), label: null, start };
  };
  /**
   * "during which the host affirmed …": the one person whose title gives the people of the country the
   * meeting is held in (the last country the text places something in, up to this sentence); "the guest"
   * the one person of another people, or, with no other people given, the one other person titled.
   */
  const hostOrVisitor = (head: string, index: number): Referent | null => {
    // (The one the text says came, first: "received … Sergei Lavrov, who is in Uzbekistan on a working
    // visit" is the guest, whatever the peoples of the others named, Putin whose greetings he brought.)
    if (!hostNouns.has(head)) {
      // (One person however the text spells the given name: "Sergei Lavrov" and "Sergey Lavrov".)
      const { guests } = sides();
      const families = new Set([...guests].map((g) => normalizeName(g.name).split(" ").at(-1)));
      if (guests.size >= 1 && families.size === 1) return [...guests][0] as Referent;
    }
    const country = lastPlaceCountry(body.slice(0, sentences[index]?.end ?? body.length));
    if (!country) {
      // (No country: the one the text says received the guest, or the one it says came.)
      const { hosts, guests } = sides();
      const side = hostNouns.has(head) ? hosts : guests;
      return side.size === 1 ? ([...side][0] as Referent) : null;
    }
    const own = new Set(peoplesOf(country));
    const nations = [...referents.values()].map((r) => ({ r, peoples: nationalitiesIn(r.titles) }));
    const hosts = nations.filter(({ peoples }) => [...peoples].some((p) => own.has(p)));
    if (hostNouns.has(head)) return hosts.length === 1 ? (hosts[0]?.r ?? null) : null;
    const foreign = nations.filter(
      ({ peoples }) => peoples.size > 0 && ![...peoples].some((p) => own.has(p)),
    );
    const others =
      foreign.length > 0 || hosts.length !== 1
        ? foreign
        : nations.filter(({ r }) => r !== hosts[0]?.r && [...r.titles].some((t) => roleWords.has(t)));
    return others.length === 1 ? (others[0]?.r ?? null) : null;
  };
  /**
   * Who hosts and who comes, by the text's words (vocabulary.yaml visitingWords, hostingVerbs,
   * arrivingVerbs): "received visiting Indian External Affairs Minister Jaishankar", "Albusaidi received",
   * "Jaishankar arrived in Muscat". Read once, when first asked.
   */
  let hostsAndGuests: { hosts: Set<Referent>; guests: Set<Referent> } | undefined;
  const sides = () => {
    if (hostsAndGuests) return hostsAndGuests;
    const hosts = new Set<Referent>();
    const guests = new Set<Referent>();
    const visiting = new RegExp(
      `(?<![\\p{L}])(?:${wordAlternatives(v.visitingWords) || "(?!)"})\\s+(?:(?:\\p{Lu}[\\p{L}.’'-]*|of|for|the)\\s+){0,6}$`,
      "u",
    );
    // (The verb right after the name, or after an apposition between commas.)
    const verbAfter = (verbs: string[]) =>
      new RegExp(
        `^\\s*(?:,[^,;.]{0,80},\\s*)?(?:also\\s+)?(?:${wordAlternatives(verbs) || "(?!)"})(?![\\p{L}])`,
        "u",
      );
    const hosting = verbAfter(v.hostingVerbs);
    const arriving = verbAfter(v.arrivingVerbs);
    // "Sergei Lavrov, who is in Uzbekistan on a working visit": a visit of any kind, the place between.
    const onVisit =
      /^\s*,\s*who\s+(?:is|was)\s+(?:in\s+[^,;.]{2,40}?\s+)?on\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}visit(?![\p{L}])/u;
    // "He thanked Sihasak for the warm welcome": the one thanked for a welcome is the host.
    const thankedFor = new RegExp(
      `^\\s+for\\s+(?:the|his|her|their)\\s+(?:\\p{Ll}+\\s+){0,2}(?:${wordAlternatives(v.hostingThanks) || "(?!)"})(?![\\p{L}])`,
      "u",
    );
    for (const m of persons) {
      const r = referentAt.get(m.start);
      if (!r) continue;
      const after = body.slice(m.end, m.end + 120);
      if (
        visiting.test(body.slice(Math.max(0, m.start - 100), m.start)) ||
        arriving.test(after) ||
        onVisit.test(after)
      )
        guests.add(r);
      else if (
        hosting.test(after) ||
        (/(?<![\p{L}])(?:thanked|thanking|thanks)\s+$/iu.test(
          body.slice(Math.max(0, m.start - 12), m.start),
        ) &&
          thankedFor.test(after))
      )
        hosts.add(r);
    }
    for (const r of guests) hosts.delete(r);
    hostsAndGuests = { hosts, guests };
    return hostsAndGuests;
  };
  const visitingWords = new Set(v.visitingWords.map((word) => word.toLowerCase()));
  /** Whether the text names the country of a people ("relations with Argentina" for "Argentine"), once each. */
  const countriesNamed = new Map<string, boolean>();
  const countryNamed = (people: string) => {
    const key = people.toLowerCase();
    let named = countriesNamed.get(key);
    if (named === undefined) {
      const text = `${headline ?? ""}\n${body}`.replace(
        new RegExp(`(?<![\\p{L}])${escapeRegExp(people)}(?![\\p{L}])`, "giu"),
        " ",
      );
      named = peoplesInText(text).includes(key);
      countriesNamed.set(key, named);
    }
    return named;
  };
  // A person found by a title with a people ("The Cambodian PM said …") is of that people from then on: a
  // later "the Cambodian PM" is the same person, whoever else with that post has spoken since.
  /** A post without the words that say its holder is new to it: "the (newly elected) Prime Minister". */
  const withoutFresh = (phrase: string) =>
    phrase.replace(
      /(?<![\p{L}])(?:newly[\s-]+(?:elected|appointed|installed)|new|incoming)\s+(?=\p{L})/giu,
      "",
    );
  const byTitle = (phrase: string, index: number, before: Referent[]): Referent | null => {
    // ("the newly elected Australian Prime Minister", "the new Sudrian Prime Minister": where no one is titled
    // "-elect", the post itself, which the one just elected holds.)
    const fresh = withoutFresh(phrase);
    const found =
      byTitleOnce(phrase, index, before) ?? (fresh !== phrase ? byTitleOnce(fresh, index, before) : null);
    const words = nationalWords(spelledOut(asPost(phrase).toLowerCase().split(/\s+/u)));
    if (found && words.some((word) => lexiconTag(word) === "Demonym"))
      for (const word of words)
        if (lexiconTag(word) === "Demonym" || (roleWords.has(word) && !POST_LINKS.has(word)))
          found.titles.add(word);
    return found;
  };
  /** "<People> <title>" by the title's words, compiled once per article (byTitleOnce). */
  const sameTitle = new Map<string, RegExp>();
  const byTitleOnce = (phrase: string, index: number, before: Referent[]): Referent | null => {
    const words = spelledOut(asPost(phrase).toLowerCase().split(/\s+/).slice(1));
    const head = words.at(-1) ?? "";
    // "Yoon's Japanese counterpart": one whose title has the nationality; the counterpart word is no title.
    const opposite = counterparts.has(head) && words.length >= 2;
    // "the NATO chief", "the UN chief": the head of the body the words before it name, whatever the title.
    const chief = headNouns.has(head) && words.length >= 2;
    const roles =
      opposite || chief
        ? words.slice(0, -1)
        : words.filter(
            (w) =>
              // (The small words of a post are no role: "of" of "the President of Kazakhstan".)
              (roleWords.has(w) && !POST_LINKS.has(w)) ||
              suffixes.has(w) ||
              // ("the diplomat": a noun only other titles give, titleEquivalents.)
              (w === head && (describedHeads.has(w) || leaderNouns.has(w) || equivalents.has(w))),
          );
    if (hostNouns.has(head) || visitorNouns.has(head)) return hostOrVisitor(head, index);
    // "the Myanmar official": the one person the article ties to that people, by title or by name.
    if (nationalNouns.has(head) && words.length >= 2 && roles.every((w) => w === head)) {
      // (Not where the text spoke of an unnamed one before: "a senior Japanese Foreign Ministry official said"
      // then "The Japanese official said" is that official, not the Japanese minister the text names.)
      if (labelOf.some((label, k) => k < index && label && headNoun(label) === head)) return null;
      const peoples = nationalitiesIn(new Set(words));
      if (peoples.size === 0) return null;
      const national = [...referents.values()].filter((r) =>
        [...peoples].some((p) => nationalitiesIn(r.titles).has(p)),
      );
      return national.length === 1 ? (national[0] as Referent) : null;
    }
    if (roles.length === 0) return null;
    // "The Prime Minister's Office", "the president's wife": what the possessive's holder has is not that
    // holder (unlike "Japan's prime minister", whose head is the post).
    if (!opposite && !chief && !roles.includes(head) && words.some((w) => /['’]s$/u.test(w))) return null;
    // "the Chinese leader": one whose title is a head of state's or government's.
    const fits = (r: Referent, same = false) =>
      roles.every(
        (w) =>
          r.titles.has(w) ||
          (leaderNouns.has(w) && [...leaderTitles].some((t) => r.titles.has(t))) ||
          // ("The President of Kazakhstan" is the one the article called "the leader of Kazakhstan": a head of
          // state's title, a people given, for one titled leader of that people.)
          (leaderTitles.has(w) &&
            r.titles.has("leader") &&
            (demonyms.length > 0 || peoples.size > 0) &&
            [...nationsOf(r)].some((people) => demonyms.includes(people) || peoples.has(people))) ||
          (same && (equivalents.get(w)?.some((other) => other.every((t) => r.titles.has(t))) ?? false)),
      );
    // People named inside a quotation ("“Like the former premier Ivo Brandt, I …”") are spoken of.
    const outsideQuotes = (i: number) =>
      (mentionsOfSentence[i] ?? [])
        .filter((m) => !insideQuotation(body.slice(sentences[i]?.start ?? m.start, m.start)))
        .map((m) => referentAt.get(m.start))
        .filter((r): r is Referent => r !== undefined);
    // "the Chinese leader": never one whose titles give another nationality ("German chancellor Olaf
    // Scholz"); where no one is titled so, the one the article names without any title ("urged Xi Jinping").
    // (Not a continent's part: "The South American head of state" is of no one nation.)
    const national = nationalWords(words);
    const demonyms = national.filter((w) => lexiconTag(w) === "Demonym");
    // (A people of several words, or one the lexicon lacks: "the Sierra Leonean president". A title that
    // names a country gives its people: "President … of Sierra Leone" is no Vietnamese president.)
    const peoples = peoplesNamed(national);
    // ("the Brunei Sultan", "the Vietnam Prime Minister": a country's name right before the title gives its
    // people, as the people's own word does.)
    const firstRole = words.findIndex((w) => roles.includes(w));
    if (firstRole > 0)
      for (const people of nationalitiesIn(new Set(nationalWords(words.slice(0, firstRole)))))
        peoples.add(people);
    // ("the President of Kazakhstan": the country the post is of gives its people, not one it is to.)
    const ofCountry = /\sof\s+(?:the\s+)?([\p{L}\s-]+)$/iu.exec(phrase)?.[1];
    if (ofCountry)
      for (const people of nationalitiesIn(new Set(ofCountry.toLowerCase().split(/\s+/u))))
        peoples.add(people);
    // "Qatar's emir": the people of the country whose possessive opens the phrase, as "the Qatari emir".
    const owner = /^(?:the\s+)?(\p{L}[\p{L}.\s-]*?)['’]s\s/iu.exec(phrase)?.[1];
    const owners = owner ? nationalitiesIn(new Set(owner.toLowerCase().split(/\s+/u))) : new Set<string>();
    for (const people of owners) peoples.add(people);
    // (Each referent's peoples once for this phrase: the pool, the fallback and the score all ask.)
    const peoplesOfReferent = new Map<Referent, Set<string>>();
    const nationsOf = (r: Referent) => {
      const known = peoplesOfReferent.get(r);
      if (known) return known;
      const own = nationalitiesIn(r.titles);
      peoplesOfReferent.set(r, own);
      return own;
    };
    const foreign = (r: Referent) => {
      if (demonyms.length === 0 && peoples.size === 0) return false;
      const own = nationsOf(r);
      if (peoples.size > 0 && own.size > 0) return ![...peoples].some((people) => own.has(people));
      return (
        demonyms.length > 0 && [...r.titles].some((t) => lexiconTag(t) === "Demonym" && !demonyms.includes(t))
      );
    };
    const near = [
      ...before,
      ...Array.from({ length: 6 }, (_, k) => index - 1 - k).flatMap((i) => [
        ...(speakerOf[i] ? [speakerOf[i] as Referent] : []),
        ...outsideQuotes(i),
      ]),
    ];
    // ("Qatar's emir" is the one of Qatar's people titled so, however far back the article named them.)
    const ownersOne = [...referents.values()].filter(
      (r) => fits(r) && [...owners].some((people) => nationsOf(r).has(people)),
    );
    if (ownersOne.length === 1) return ownersOne[0] as Referent;
    // ("The Malaysian Prime Minister" is the one prime minister the article named before as Malaysia's,
    // however far back, over one nearer whose people it never gave.)
    const from = sentences[index]?.start ?? body.length;
    const peopleOne =
      demonyms.length > 0 || peoples.size > 0
        ? [...referents.values()].filter(
            (r) =>
              (firstNamedAt.get(r) ?? 0) < from &&
              fits(r) &&
              [...nationsOf(r)].some((people) => demonyms.includes(people) || peoples.has(people)),
          )
        : [];
    if (peopleOne.length === 1) return peopleOne[0] as Referent;
    // ("his Israeli counterpart Avigdor Lieberman", then "The Israeli Foreign Minister said": the one person
    // of that people the article titled only as another's opposite number, where no one has the post.)
    if (peopleOne.length === 0 && (demonyms.length > 0 || peoples.size > 0)) {
      const opposites = [...referents.values()].filter(
        (r) =>
          (firstNamedAt.get(r) ?? 0) < from &&
          [...r.titles].some((t) => counterparts.has(t)) &&
          [...nationsOf(r)].some((people) => demonyms.includes(people) || peoples.has(people)),
      );
      if (opposites.length === 1) return opposites[0] as Referent;
    }
    let pool = near.filter((r) => fits(r) && !foreign(r));
    // "The Prime Minister congratulated Malaysian Prime Minister for …": the title without a people, in a
    // sentence that names the same title with one, is the other holder.
    if (demonyms.length === 0 && peoples.size === 0 && roles.length > 0 && pool.length > 1) {
      const key = roles.join(" ");
      let same = sameTitle.get(key);
      if (!same) {
        same = new RegExp(
          `(?<![\\p{L}])(\\p{Lu}[\\p{L}-]+)\\s+${roles.map(escapeRegExp).join("\\s+")}(?![\\p{L}])`,
          "giu",
        );
        sameTitle.set(key, same);
      }
      const others = new Set<string>();
      for (const match of (sentences[index]?.text ?? "").matchAll(same))
        if (lexiconTag((match[1] ?? "").toLowerCase()) === "Demonym")
          for (const people of nationalitiesIn(new Set([(match[1] ?? "").toLowerCase()]))) others.add(people);
      const rest = others.size
        ? pool.filter((r) => ![...nationsOf(r)].some((people) => others.has(people)))
        : pool;
      if (rest.length > 0) pool = rest;
    }
    // (Of those, the ones the article ties to that people: "the Cambodian PM" after "Prime Minister Hun Sen of
    // Cambodia" and a "Prime Minister Sonexay Siphandone" of no stated people.)
    const asked = new Set([...demonyms, ...peoples]);
    const ofThatPeople = (r: Referent) =>
      [...nationsOf(r)].some((people) => asked.has(people)) || demonyms.some((d) => r.titles.has(d));
    if (asked.size > 0 && pool.some(ofThatPeople)) pool = pool.filter(ofThatPeople);
    // ("The Lebanese President, General Joseph Aoun, … with his Cypriot counterpart, Nikos Christodoulides":
    // where no one of that people holds the post, the one counterpart of that people named before holds
    // it, over one of no stated people.)
    else if (asked.size > 0 && pool.length > 0) {
      const counterpartOne = [...referents.values()].filter(
        (r) =>
          (firstNamedAt.get(r) ?? 0) < from &&
          ofThatPeople(r) &&
          [...r.titles].some((t) => counterparts.has(t)) &&
          !pool.includes(r),
      );
      if (counterpartOne.length === 1) return counterpartOne[0] as Referent;
    }
    // ("the Qatari emir" of an article that named the emir before its list of ministers: the one person it
    // titles so, however far back, where none is near; so too with no people: "The Governor-General said",
    // eight sentences after "Governor-General Bob Dadae met …", of an article that titles no one else so.)
    if (pool.length === 0) {
      // (Of those the article has named by then: "the Chilean president said …" is no President Pedro
      // Castillo whom a later sentence names.)
      const titledSo = [...referents.values()].filter(
        (r) => r.titles.size > 0 && (firstNamedAt.get(r) ?? 0) < from && fits(r) && !foreign(r),
      );
      if (titledSo.length === 1) pool = titledSo;
    }
    // (The same post by another title only where no one holds the title itself.)
    if (pool.length === 0) pool = near.filter((r) => fits(r, true) && !foreign(r));
    // (Only one such: of two people named without a title, the article says nothing of which is meant.)
    // And only where the article speaks of that nationality elsewhere too ("asks Chinese president" in the
    // headline): "The French president" of a text that never names the French otherwise is no one of it.
    let untitled = [...new Set(near.filter((r) => r.titles.size === 0))];
    // (Of several, the one who spoke in the sentence before: "… while Fernández thanked Duque …. The
    // Argentine President also highlighted …".)
    const lastSpeaker = speakerOf[index - 1];
    if (untitled.length > 1 && lastSpeaker && untitled.includes(lastSpeaker)) untitled = [lastSpeaker];
    // (Or where it names the people's country: "relations with Argentina".)
    const spokenOf = demonyms.every(
      (d) =>
        (`${headline ?? ""}\n${body}`.match(new RegExp(`(?<![\\p{L}])${d}(?![\\p{L}])`, "giu")) ?? [])
          .length >= 2 || countryNamed(d),
    );
    if (pool.length === 0 && demonyms.length > 0 && near.some(foreign) && untitled.length === 1 && spokenOf)
      pool = untitled;
    // "“If you come sooner, we could resolve it sooner,” Anwar told his Indonesian counterpart …. The prime
    // minister said …": a leader's title no one in the article holds, right after the one untitled person
    // who spoke in the sentence before.
    if (
      pool.length === 0 &&
      demonyms.length === 0 &&
      peoples.size === 0 &&
      lastSpeaker &&
      lastSpeaker.titles.size === 0 &&
      roles.every((w) => leaderTitles.has(w) || w === "minister") &&
      roles.some((w) => leaderTitles.has(w)) &&
      ![...referents.values()].some((r) => fits(r))
    )
      pool = [lastSpeaker];
    // "his Turkish counterpart, Recep Tayyip Erdogan" … "the Turkish leader": the one person titled with
    // that nationality, whatever the rest of the title.
    if (
      pool.length === 0 &&
      (demonyms.length > 0 || peoples.size > 0) &&
      roles.every((w) => leaderNouns.has(w))
    ) {
      const national = [...referents.values()].filter(
        (r) => demonyms.every((d) => r.titles.has(d)) || [...peoples].some((p) => nationsOf(r).has(p)),
      );
      if (national.length === 1) pool = national;
    }
    // "Poland’s Andrzej Duda and the Czech Republic’s Petr Pavel held talks … The Polish president said":
    // where no one is titled so, the one person named after that people's country's possessive.
    if (pool.length === 0 && (demonyms.length > 0 || peoples.size > 0)) {
      const asked = new Set([...demonyms, ...peoples]);
      const owned = [...possessivePeoples.entries()]
        .filter(([r, own]) => !fits(r) && [...own].some((people) => asked.has(people)))
        .map(([r]) => r);
      if (owned.length === 1) pool = owned;
    }
    // "the minister" is no prime minister, "the president" no vice president, where another fits: a title
    // word that makes another post of the phrase's (vocabulary.yaml attribution.postQualifiers) and that the phrase lacks.
    // (Not for a leader's noun, which a prime minister's title fits as a president's: "the Canadian leader".)
    const leaderOnly = roles.every((w) => leaderNouns.has(w));
    const otherPost = (r: Referent) =>
      [...r.titles].some(
        (t) => postQualifiers.has(t) && !words.includes(t) && !(leaderOnly && leaderTitles.has(t)),
      );
    if (pool.some((r) => !otherPost(r))) pool = pool.filter((r) => !otherPost(r));
    // "(VOVworld)-Brazilian Foreign Minister said …. In his meeting with Prime Minister Nguyen Tan Dung …,
    // Minister Antonio de Aguiar Patriota conveyed …": a title in a lead that names no one before it is the
    // one person named in the two sentences after it whom the title fits.
    if (pool.length === 0 && near.length === 0 && referents.size > 0) {
      const ahead = [
        ...new Set([index + 1, index + 2].flatMap((i) => (i < sentences.length ? outsideQuotes(i) : []))),
      ].filter((r) => fits(r) && !foreign(r));
      const fitting = ahead.some((r) => !otherPost(r)) ? ahead.filter((r) => !otherPost(r)) : ahead;
      if (fitting.length === 1) pool = fitting;
    }
    // "the visiting minister": the guest among those that fit, where the text says who came.
    if (words.some((w) => visitingWords.has(w))) {
      const { hosts, guests } = sides();
      if (pool.some((r) => guests.has(r))) pool = pool.filter((r) => guests.has(r));
      // (Or, where the text says only who hosted, any other: "He thanked Sihasak for the warm welcome"; the
      // one other person near where only the host fits the title.)
      else if (pool.some((r) => !hosts.has(r))) pool = pool.filter((r) => !hosts.has(r));
      else if (pool.length > 0) {
        const others = [...new Set(near.filter((r) => !hosts.has(r)))];
        if (others.length === 1) pool = others;
      }
    }
    if (pool.length === 0) return null;
    // Modifiers ("Chinese", "foreign") pick among those that fit the role, the nearest first; "the Chinese
    // leader", where a president and a premier both fit, is the one the article names most.
    const score = (r: Referent) =>
      words.filter((w) => r.titles.has(w)).length +
      // (A people counts once: by its word in both the phrase and the title, else here.)
      ([...peoples].some(
        (p) => !p.split(" ").every((w) => r.titles.has(w) && words.includes(w)) && nationsOf(r).has(p),
      )
        ? 1
        : 0) +
      ([...owners].some((p) => nationsOf(r).has(p)) ? 1 : 0);
    const byLeader = words.some((w) => leaderNouns.has(w));
    // (Of two who fit as well, one who spoke in the sentences before over one only named there: "Prime
    // Minister Marape said he has accepted …. … put to the Australian Prime Minister Anthony Albanese …. “…,”
    // said the Prime Minister".)
    const spoke = new Set(
      Array.from({ length: 6 }, (_, k) => speakerOf[index - 1 - k]).filter((r): r is Referent => r != null),
    );
    const better = (r: Referent, best: Referent) =>
      score(r) > score(best) ||
      (score(r) === score(best) &&
        (byLeader
          ? (mentionCount.get(r) ?? 0) > (mentionCount.get(best) ?? 0)
          : spoke.has(r) && !spoke.has(best)));
    return pool.reduce((best, r) => (better(r, best) ? r : best), pool[0] as Referent);
  };

  /**
   * "Yoon's Japanese counterpart", "Wang's deputy": who a name in the possessive stands for with the title
   * or description after it; null when no one fits, undefined when the name is no possessive.
   */
  const possessed = (mention: Mention, index: number): Referent | null | undefined => {
    const owned = /^['’‘]s\s+((?:[\p{L}-]+\s+){0,3})/u.exec(body.slice(mention.end, mention.end + 80));
    if (!owned?.[1]) return undefined;
    const words = owned[1].trim().split(/\s+/u);
    const head = words.findIndex((w) => {
      const word = w.toLowerCase();
      return counterparts.has(word) || roleWords.has(word) || describedHeads.has(word);
    });
    if (head < 0) return undefined;
    return byTitle(`${mention.text}'s ${words.slice(0, head + 1).join(" ")}`, index, []);
  };

  const honorificWords = new Set(vocabulary.honorifics.map((word) => word.toLowerCase().replace(/\.$/u, "")));
  const calendarWords = new Set(
    [...calendarNames("days"), ...calendarNames("months")].map((w) => w.toLowerCase().replace(/\.$/u, "")),
  );
  /**
   * One of two people who speak together, as the text titles them and by their full name: "Secretary
   * Blinken" is "Secretary Antony Blinken", so that the pair's label keeps both the roles the article gives
   * and the names the people go by.
   */
  const titledName = (titles: string, mention: Mention) => {
    const name = referentAt.get(mention.start)?.name ?? mention.text;
    // (A mention may hold its title: "Secretary Blinken" for Antony Blinken.)
    const own = mention.text.split(/\s+/u);
    const inName = new Set(name.split(/\s+/u));
    const lead = own.slice(
      0,
      Math.max(
        0,
        own.findIndex((word) => inName.has(word)),
      ),
    );
    // (Titles only: not a word of grammar or of the calendar that opens the sentence, "But Sunak", "On Monday
    // Secretary Blinken"; and none without a word of a role or an honorific, "Trade Minister" kept whole.)
    const all = `${titles} ${lead.join(" ")}`.trim().split(/\s+/u).filter(Boolean);
    const opener = (word: string) =>
      calendarWords.has(word.toLowerCase().replace(/\.$/u, "")) ||
      /QuestionWord|Pronoun|Determiner|Preposition|Conjunction|Adverb/u.test(
        String(lexiconTag(word.toLowerCase()) ?? ""),
      );
    let first = 0;
    while (first < all.length && opener(all[first] as string)) first++;
    const kept = all.slice(first);
    const titled = kept.some(
      (word) =>
        roleWords.has(word.toLowerCase()) || honorificWords.has(word.toLowerCase().replace(/\.$/u, "")),
    );
    const title = (titled ? kept.join(" ") : "").replace(/\s+(?:of|for)$/u, "");
    return (title && !name.startsWith(title) ? `${title} ${name}` : name).replace(/\s+/gu, " ");
  };

  /** "Secretary Blinken and Foreign Minister Chung reaffirmed …": the two people a sentence opens with. */
  const pairOpening = (index: number): string | null => {
    const sentence = sentences[index];
    if (!sentence) return null;
    // (Up to eight words a side: "Malaysian Prime Minister Dato’ Seri Anwar Ibrahim".)
    const words = "(?:[Tt]he\\s+)?(?:(?:\\p{Lu}[\\p{L}’'.-]*|of|for)\\s+){0,7}?\\p{Lu}[\\p{L}’'.-]*";
    // (Or the second set off by commas: "Minister Simon Coveney, and Secretary Brandon Lewis, have issued …".)
    const pair = new RegExp(
      `^(${words})(?:,\\s+and\\s+(${words}),|\\s+and\\s+(${words}))\\s+\\p{Ll}`,
      "u",
    ).exec(sentence.text);
    const firstWords = pair?.[1];
    const secondWords = pair?.[2] ?? pair?.[3];
    if (!pair || !firstWords || !secondWords) return null;
    // Each side a person: by name where it names one ("Secretary Blinken": Antony J. Blinken), else a
    // title ("The Secretary"); "In Seoul and Tokyo officials met" names no pair.
    const side = (words: string, from: number) => {
      const mention = (mentionsOfSentence[index] ?? []).find(
        (m) => m.start >= from && m.end <= from + words.length,
      );
      if (mention) return titledName(body.slice(from, mention.start), mention);
      const last = words.split(/\s+/u).at(-1)?.toLowerCase() ?? "";
      return /^the\s/iu.test(words) && roleWords.has(last) ? words : null;
    };
    const secondAt = sentence.start + pair[0].indexOf(secondWords, firstWords.length);
    const first = side(firstWords, sentence.start);
    const second = side(secondWords, secondAt);
    return first && second ? `${first} and ${second}` : null;
  };

  /** The subject that ends at `end` in the sentence: a name, a pronoun, a title or the words of a label. */
  /**
   * "They reaffirmed …": the group a recent sentence opened with ("The two leaders", "Both sides"), or the
   * two people the sentence right before opened with, whichever is nearer.
   */
  // (Or through sentences that go on with "They": "X and Y held talks with …. They signed an agreement …. “…,”
  // they said".)
  const pairThrough = (i: number, steps = 3): ReturnType<typeof pairOpening> =>
    pairOpening(i) ??
    pairOf[i] ??
    (steps > 0 && i > 0 && /^\W*They\s/u.test(sentences[i]?.text ?? "")
      ? pairThrough(i - 1, steps - 1)
      : null);
  const recentGroup = (index: number): string | null => {
    for (let i = index; i >= Math.max(0, index - 4); i--) {
      // A pair only from the sentence right before: "Blinken and Wang met. Protesters gathered outside.
      // They said …" is the protesters'.
      // (Two people so found speak on as a pair: "They condemned …. They called on …".)
      const pair = i === index - 1 ? pairThrough(i) : null;
      const opening = openingGroup(sentences[i]?.text ?? "") ?? (pair ? pairLabel(pair) : null);
      if (opening) return opening;
    }
    return null;
  };
  const subjectBefore = (
    sentence: Sentence,
    index: number,
    end: number,
  ): (Speaker & { start: number }) | null => {
    const text = body.slice(sentence.start, end);
    // An occasion between subject and verb only after a name that opens its clause ("Albanese after the
    // meeting said"; not "Reporters who questioned Orrin at the briefing said").
    let filler = fillerPattern(v.occasionNouns).exec(text);
    if (
      filler &&
      !/(?:^|[,;:“”"(]\s*|(?:^|\s)(?:and|but)\s+)(?:(?:\p{Lu}[\p{L}’'.-]*|of|the|for)\s+){0,5}\p{Lu}[\p{L}’'.-]*$/u.test(
        text.slice(0, filler.index),
      )
    )
      filler = fillerPattern(NO_OCCASIONS).exec(text);
    // (A body's letters in brackets between the subject and its verb are no part of either: "a senior
    // official from the Ministry of External Affairs (MEA) noted".)
    const trimmed = (filler ? text.slice(0, filler.index) : text.trimEnd()).replace(
      /\s*\(\p{Lu}[\p{Lu}&.]{1,7}\)$/u,
      "",
    );
    const at = sentence.start + trimmed.length;
    // "Prime Minister X represented the government and the people of Laos in expressing his gratitude …": a
    // participle after a preposition goes on with the sentence's own subject.
    if (/\s(?:in|by|upon)$/u.test(trimmed)) {
      const own = sentenceSubject(sentence, index);
      if (own?.referent) return own;
    }
    const earlierThan = (offset: number) =>
      (mentionsOfSentence[index] ?? [])
        .filter((m) => m.end <= offset)
        .map((m) => referentAt.get(m.start))
        .filter((r): r is Referent => r !== undefined);
    const before = earlierThan(at);
    // "President Omar Guelleh of Djibouti assured …": the person, whatever place or body is said to be theirs.
    const whose = /\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}$/u.exec(trimmed);
    // "The ministry's top official for river affairs, Hana Velkova, says …": the name in apposition, before
    // its closing comma, to a description that names no one else.
    const appositive = /,\s*\p{Lu}[^,]*,$/u.test(trimmed) ? personEndingAt.get(at - 1) : undefined;
    // "…, Bertalan Havasi, head of the Prime Minister’s Press Office, told MTI": a name set off by commas
    // before its post in lower case, closing the sentence; the name speaks, not the one its post names.
    const posted = /,\s*\p{Lu}[^,]*(,\s*\p{Ll}[^,“”"]{2,100},)$/u.exec(trimmed);
    const ending =
      personEndingAt.get(at) ??
      (whose ? personEndingAt.get(at - whose[0].length) : undefined) ??
      (appositive && earlierThan(appositive.start).length === 0 ? appositive : undefined) ??
      (posted?.[1] ? personEndingAt.get(at - posted[1].length) : undefined);
    // "An official familiar with the talks between Orrin and Lind said", "Two diplomats briefed on the meeting
    // with Lind said": an unnamed speaker, described by words in small letters that end on the name; the
    // name is their object. (No verb of speech in the description: "A spokesperson said Lind …" is not one.)
    const describer = ending ? describedSpeaker.exec(body.slice(sentence.start, ending.end)) : null;
    if (ending && describer?.[1] && describer[2] && !speechVerbInside.test(describer[2]))
      return {
        referent: null,
        label: describer[1].replace(/\s+/gu, " "),
        start: ending.end - describer[1].length,
      };
    // "Trump, who hours before meeting Modi complained about …": a name (with its titles) after a verb or a
    // preposition, inside a relative clause, is that clause's object; the one who speaks is who the clause
    // is about. ("After the meeting Velkova said …" keeps Velkova: no relative clause.)
    const upToTitles = ending
      ? body.slice(sentence.start, ending.start).replace(/(?:(?:\p{Lu}[\p{L}’'.-]*|of|for)\s+)+$/u, "")
      : "";
    const relative =
      ending &&
      /(?:^|\s)(?:\p{Ll}{3,}ing|with|to|for|by|against|about)\s+$/u.test(upToTitles) &&
      !speaksFor.test(body.slice(Math.max(sentence.start, ending.start - 60), ending.start))
        ? /,\s+who\s+[^,;]*$/u.exec(upToTitles)
        : null;
    const antecedent = relative ? personEndingAt.get(sentence.start + relative.index) : undefined;
    if (antecedent)
      return { referent: referentAt.get(antecedent.start) ?? null, label: null, start: antecedent.start };
    // "Miss Elizabeth Ohene, Minister for Media Relations …, who briefed newsmen after the meeting said it
    // was …": a relative clause whose closing comma the text left out, after the name (and its post in
    // apposition); the name speaks.
    const unclosed = ending ? null : /,\s+who\s+[^,;“”"]{2,160}$/u.exec(trimmed);
    const apposed = unclosed ? /,\s*[^,;“”"]{2,120}$/u.exec(trimmed.slice(0, unclosed.index)) : null;
    const named = unclosed
      ? (personEndingAt.get(sentence.start + unclosed.index) ??
        (apposed ? personEndingAt.get(sentence.start + apposed.index) : undefined))
      : undefined;
    if (named) return { referent: referentAt.get(named.start) ?? null, label: null, start: named.start };
    // "Prime Minister Morrison welcomed Prime Minister Houenipwela acknowledging him as the first …": a name
    // right after a verb in the past tense is its object, and a participle of speech after it, with no comma
    // between, goes on with the sentence's own subject.
    const verbBefore = /(?:^|\s)(\p{Ll}+)\s+$/u.exec(upToTitles)?.[1];
    if (
      ending &&
      verbBefore &&
      /^\p{Ll}+ing(?![\p{L}])/u.test(body.slice(end)) &&
      (lexiconTag(verbBefore) === "PastTense" || /^\p{Ll}{3,}ed$/u.test(verbBefore))
    ) {
      const own = sentenceSubject(sentence, index);
      if (own?.referent && own.referent !== referentAt.get(ending.start)) return own;
    }
    const person = ending;
    if (person) {
      // The subject begins at its titles and honorifics ("“…,” Mr Blinken said", "Foreign Minister Qin said").
      const lead = body.slice(Math.max(sentence.start, person.start - 80), person.start);
      const titles =
        /(?:(?:\p{Lu}[\p{L}’'.-]*|(?:of|for)(?:\s+the)?|and(?=\s+\p{Lu}))\s+)+$/u.exec(lead)?.[0] ?? "";
      // "“…,” Chinese Defense Ministry spokesman Wu Qian said": a description in lower case after the
      // quotation is the subject's too.
      const described = /[,”"’]\s+((?:[\p{L}.’'-]+\s+){1,6})$/u.exec(lead)?.[1] ?? "";
      // (Its noun before any honorific or title in capitals: "press secretary Dr. Joynal Abedin said".)
      const head =
        described
          .trim()
          .split(/\s+/u)
          .findLast((word) => /^\p{Ll}/u.test(word))
          ?.toLowerCase() ?? "";
      // ("“…,” a stern-looking Lavrov said": an article and a word or two in small letters that describe
      // the speaker after the quotation are the subject's too.)
      const epithet = /^(?:a|an)\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}$/u.test(described);
      const start = person.start - (personNouns.has(head) || epithet ? described.length : titles.length);
      // "a spokesperson for Pompeo stressed", "an aide to Blinken said": one who speaks for the person.
      const deputy = speaksFor.exec(body.slice(Math.max(sentence.start, person.start - 60), person.start));
      if (deputy?.[1]) {
        return {
          referent: null,
          label: `${deputy[1]}${body.slice(person.start, person.end)}`.replace(/\s+/gu, " "),
          start: person.start - deputy[1].length,
        };
      }
      // "Secretary Blinken and Foreign Minister Qin have confirmed": both said it, neither alone. So with
      // the second described as the first's counterpart ("Gilani and his Indian counterpart Manmohan Singh
      // expressed …").
      // (A title's word may be in small letters there: "Putin and Turkish leader Recep Tayyip Erdogan".)
      const pairTitles = titleRun.exec(lead)?.[0] ?? "";
      const pairStart = personNouns.has(head) ? start : person.start - pairTitles.length;
      const joined = joinedBy.exec(body.slice(sentence.start, pairStart));
      const other = joined ? personEndingAt.get(sentence.start + joined.index) : undefined;
      if (other && joined) {
        const otherLead = body.slice(Math.max(sentence.start, other.start - 80), other.start);
        const otherTitles = titleRun.exec(otherLead)?.[0] ?? "";
        const first = titledName(otherTitles, other);
        const second = titledName(pairTitles, person);
        return {
          referent: null,
          label: pairLabel(`${first} and ${second}`),
          start: other.start - otherTitles.length,
        };
      }
      return { referent: referentAt.get(person.start) ?? null, label: null, start };
    }
    // "… met with European Council President Antonio Costa, who assured the President that …": the one
    // named right before the comma, as the relative clause's subject.
    const who = /,\s*who(?:\s+(?:also|then|later|\p{Ll}+ly))?$/u.exec(trimmed);
    const antecedentOfWho = who ? personEndingAt.get(sentence.start + who.index) : undefined;
    if (antecedentOfWho && !insideQuotation(body.slice(sentence.start, antecedentOfWho.start)))
      return {
        referent: referentAt.get(antecedentOfWho.start) ?? null,
        label: null,
        start: antecedentOfWho.start,
      };
    // (A closing mark run onto the pronoun is the quotation's end: "… Caracas, ”he wrote on Twitter.")
    const pronoun = /(?:^|[\s,;“”"])(he|she)$/iu.exec(trimmed);
    if (pronoun?.[1]) {
      const start = sentence.start + trimmed.length - pronoun[1].length;
      // "“Secretary Mattis acknowledged …,” she added": a person named inside the quotation is spoken of,
      // and the pronoun is the one who spoke.
      // "Xi said a conversation could happen …, she added": so is a person named in what the sentence
      // said before the attribution that closes it.
      // (Only an attribution that ends the sentence, give or take a few words of when or to whom: "When
      // Velkova met Orrin, she said the talks were hard" is no closing one.)
      const tail = body
        .slice(end, sentence.end)
        .replace(/^\s*\S+/u, "")
        .replace(/[.!?…”"’]+\s*$/u, "")
        .trim();
      const closing =
        /,\s*[”"]?\s*$/u.test(trimmed.slice(0, trimmed.length - pronoun[1].length)) &&
        (tail === "" || ((circumstance.test(tail) || audienceLead.test(tail)) && wordCount(tail) <= 4));
      // ("Stating that Erdoğan and Mitsotakis will also meet …, he further noted …": the people an opening
      // participle of speech says something of are what is said, not who "he" is.)
      // (So with a topic that opens the sentence: "On when Tinubu and Tchiani would meet, he said …".)
      const saidFirst =
        (/^\W*(?!During\s)\p{Lu}\p{Ll}+ing\s+that\s/u.test(sentence.text) ||
          topicOpening.test(sentence.text)) &&
        /,\s*$/u.test(trimmed.slice(0, trimmed.length - pronoun[1].length));
      const earlier = earlierThan(start).filter((r) => {
        const mention = (mentionsOfSentence[index] ?? []).find((m) => referentAt.get(m.start) === r);
        return (
          !saidFirst &&
          (!mention || (!closing && !insideQuotation(body.slice(sentence.start, mention.start))))
        );
      });
      // (Nor, for a closing attribution, one named inside the quotation it closes: "“Today will be the
      // second visit that President Petro makes to Caracas,” he wrote" after "Petro’s visit was announced
      // … by Armando Benedetti".)
      const quotedHere = saidFirst
        ? new Set(earlierThan(start))
        : closing
          ? new Set(
              (mentionsOfSentence[index] ?? [])
                .filter((m) => m.end <= start && insideQuotation(body.slice(sentence.start, m.start)))
                .map((m) => referentAt.get(m.start))
                .filter((r): r is Referent => r !== undefined),
            )
          : new Set<Referent>();
      return pronounSpeaker(pronoun[1], index, earlier.slice(0, 1), start, quotedHere);
    }
    // A phrase back to a boundary: the start, a comma, a quotation, "and", "but", "that", "while". (Past a
    // relative clause set off by commas: "The elected president, who is scheduled to take power …, pointed
    // out …".)
    // (The clause may hold a bracketed acronym: "…, who arrived to attend the Summit of … States (CELAC),".)
    const subjectEnd = trimmed.replace(
      /(?<=\p{L})\s*,\s*(?:who|which)\s(?:[^,;:“”"()]|\([^,;:“”"()]{1,40}\)){2,160},\s*$/u,
      "",
    );
    const phrase =
      /(?:^|[,;:“”"(]\s*|\b(?:and|but|that|while|as|when|after|before)\s+)([^,;:“”"()]{2,80})$/u.exec(
        subjectEnd,
      );
    // (Past a dateline that opens the sentence: "SANTIAGO – The presidents of Chile and Argentina have …",
    // "Khartoum – The Sudanese government has announced …".)
    let words = phrase?.[1]
      ?.trim()
      .replace(
        /^\p{Lu}(?:[\p{Lu}.'’ -]{1,30}?|[\p{L}.'’-]{1,20}(?:\s\p{Lu}[\p{L}.'’-]{1,20}){0,2})\s[—–-]{1,2}\s+(?=\p{Lu})/u,
        "",
      )
      .replace(leadingConnective, "")
      .replace(leadingTime, "");
    // "India and China on Tuesday issued a joint statement about the talks and said …": who issued the
    // document the verb goes on from speaks through it (the document is the channel).
    let issuedAt = 0;
    const issued = issuedThenPattern.exec(subjectEnd);
    if (issued?.[1]) {
      const subject = issued[1].trim().replace(leadingConnective, "").replace(leadingTime, "");
      issuedAt =
        subjectEnd.length - (issued.index + issued[0].indexOf(issued[1]) + issued[1].trimEnd().length);
      words = subject;
    }
    // ("Before travelling to the White House the Taoiseach indicated …": a participle's clause with no comma
    // after it; the subject is the titled one it ends on.)
    const afterParticiple = words
      ? /^(?:(?:[Bb]efore|[Aa]fter|[Ww]hile|[Ww]hen|[Uu]pon|[Oo]n)\s+)?\p{Ll}+ing\s.*?\s(the\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)$/u.exec(
          words,
        )?.[1]
      : undefined;
    if (afterParticiple) words = afterParticiple;
    // ("but in a statement the U.S. trade representative said", "During that conversation the president
    // reportedly said": a phrase of when or how with no comma after it; the subject is the titled one it
    // ends on, not one of whom the title is: "the spokesman of the president".)
    const afterPhrase = words
      ? /^((?:(?:[Ii]n|[Dd]uring|[Aa]t|[Aa]fter|[Ff]ollowing|[Oo]n|[Bb]efore|[Oo]ver|[Tt]hrough)\s+)?(?:(?:[Aa]n?|[Tt]hat|[Tt]his|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+)?(?:\p{Ll}+\s+){0,2}?\p{Ll}+)\s+(the\s+(?:[\p{L}.’'-]+\s+){0,3}([\p{L}’'-]+))$/u.exec(
          words,
        )
      : null;
    if (
      afterPhrase?.[2] &&
      !/(?:^|\s)(?:of|for|to|from|with|by|and|said|says)$/u.test(afterPhrase[1] ?? "") &&
      (roleWords.has(afterPhrase[3]?.toLowerCase() ?? "") ||
        leaderTitles.has(afterPhrase[3]?.toLowerCase() ?? ""))
    )
      words = afterPhrase[2];
    // "The US had been lowering expectations and both sides have made clear": when the longest phrase
    // cannot be the subject, the phrase after the last boundary may be.
    if (
      words &&
      (/\b(is|are|was|were|be|been|being|had|has|have)\b/iu.test(words) || !looksLikeSpeaker(words))
    ) {
      const last =
        /\b(?:and|but|that|while|as|when|after|before)\s+((?:(?!\b(?:and|but|that|while|as|when|after|before)\s)[^,;:“”"()]){2,60})$/u.exec(
          subjectEnd,
        )?.[1];
      if (last && looksLikeSpeaker(last.trim())) words = last.trim();
    }
    // "…, where the Chinese leader said", "…, a fact that the US president highlighted", "…, during which
    // the host affirmed": the subject is after the word that opens the clause ("which" only after a
    // preposition: "gases which many scientists say cause warming" says nothing of theirs).
    const clause = words
      ? /\b(?:that|(?:during|in|at|after|through|with|on)\s+which|where|when|while|as|after|before|because|since|although|though|once)\s+((?:(?!\b(?:that|which|where|when|while|as|after|before|because|since|although|though|once)\s)[^,;:“”"()]){2,60})$/iu.exec(
          words,
        )?.[1]
      : undefined;
    if (clause && clause.trim() !== words && looksLikeSpeaker(clause.trim())) words = clause.trim();
    // ("…, with Kuwait’s Foreign Minister saying that …": the subject of an absolute clause after "with".)
    else if (words && /^with\s+\S/iu.test(words) && looksLikeSpeaker(words.replace(/^with\s+/iu, "")))
      words = words.replace(/^with\s+/iu, "");
    // ("…, issued a joint statement in which they said": the pronoun that opens the clause is its subject.)
    else if (clause && /^(?:they|he|she)$/iu.test(clause.trim())) words = clause.trim();
    // "…, met his Chinese counterpart, Xi Jinping, in Beijing, where the latter underlined …" (or "…, with the
    // latter saying …"): of the two
    // people named last before it (in this sentence, else the one before), the second or the first.
    const order = words
      ? /^(?:(?:where|when|while|as|and|but|that|after|before|with)\s+)?the\s+(latter|former)$/iu
          .exec(words)?.[1]
          ?.toLowerCase()
      : undefined;
    if (order) {
      const people = (named: Referent[]) => named.filter((r, k) => named.indexOf(r) === k);
      let pair = people(earlierThan(at));
      if (pair.length < 2 && index > 0)
        pair = people(
          (mentionsOfSentence[index - 1] ?? [])
            .map((m) => referentAt.get(m.start))
            .filter((r): r is Referent => r !== undefined),
        );
      const two = pair.slice(-2);
      const referent = two.length === 2 ? (order === "latter" ? two[1] : two[0]) : undefined;
      const phraseLength = /the\s+(?:latter|former)$/iu.exec(subjectEnd)?.[0].length ?? words?.length ?? 0;
      if (referent)
        return { referent, label: null, start: sentence.start + subjectEnd.length - phraseLength };
    }
    // "They reaffirmed …": the group a recent sentence opened with ("The two leaders", "Both sides").
    // Or the two people a recent sentence opened with ("Secretary Blinken and Foreign Minister Chung
    // reaffirmed …. They stressed …"), whichever is nearer.
    // (Give or take a word of both or of manner: "They both strongly condemned …".)
    // ("Both said they want …": "both" alone, as "they both".)
    if (words && /^(?:they|both)(?:\s+(?:both|all|also|jointly|together|\p{Ll}+ly))*$/iu.test(words)) {
      const opening = recentGroup(index);
      if (opening)
        return { referent: null, label: opening, start: sentence.start + subjectEnd.length - words.length };
    }
    // "The ministry said …. It added …", "“…,” it said": the body that spoke in the sentence right before;
    // "it" is nobody otherwise ("The meeting lasted two hours. It …", "Wang said …. It …").
    if (words && /^it$/iu.test(words)) {
      const last = index - 1;
      // (Also a body whose noun is a speaker's too, "The Presidency said …. It also said …".)
      // (Its head noun, before what qualifies it: not "A spokesman for the presidency".)
      const label = labelOf[last];
      const head = label ? headNoun(label) : undefined;
      const spoke = said.has(last)
        ? (bodyOf[last] ?? (label && head && bodyHeads.has(head) ? label : null))
        : null;
      if (spoke)
        return { referent: null, label: spoke, start: sentence.start + subjectEnd.length - words.length };
      // ("“…,” the statement continues. “…,” it adds.": the document named right before, its issuers'.)
      // (Only a group's or a body's, never a person's: "Orrin said in a statement …. It …" is no one's.)
      const issuer = documentOf[last] && !issuedOf[last]?.referent ? issuedOf[last] : null;
      return issuer ? { ...issuer, start: sentence.start + subjectEnd.length - words.length } : null;
    }
    // "the Embassy of Russia in New Delhi stated": a speaking body's name without where it sits.
    let sitsAt = issuedAt;
    const sits = words
      ? /^(.*\S)\s+(?:in|at)\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})$/u.exec(words)
      : null;
    if (
      words &&
      !issued &&
      sits?.[1] &&
      sits[2] &&
      namesTown(sits[2]) &&
      sits[1].split(/\s+/u).some((word) => bodyHeads.has(word.toLowerCase()))
    ) {
      sitsAt = words.length - sits[1].length;
      words = sits[1];
    }
    if (!words || wordCount(words) > 9 || /^(it|this|which|who|they|we|i|you)$/i.test(words)) return null;
    // "As Chinese officials have warned before, Wei told Austin …": an aside that compares, not a speaker.
    if (/^as\s/iu.test(words) && sentence.start + subjectEnd.length - words.length <= sentence.start + 1)
      return null;
    // "I should say", "As I've said", "which many scientists say", "Also raised were": no one's name, and
    // not a label of anyone either (a speaker's own "I" is their turn's, found above).
    if (
      /^(?:as\s+)?(?:i|i['’]ve|i['’]d|i['’]m|we|we['’]ve|you|which|that|who|whom|whose|also|then|there|here)\b/iu.test(
        words,
      ) ||
      // ("…, after which he made a statement and said": a pronoun's own clause before the "and" is no label;
      // the verb goes on with the sentence's subject.)
      /^(?:he|she)\s/iu.test(words) ||
      /[—–]/u.test(words)
    )
      return null;
    const start = sentence.start + subjectEnd.length - sitsAt - words.length;
    // "the head of the EU", "the chief of the IAEA": the EU's head (not the EU itself), as "the NATO chief" is NATO's.
    const headOf =
      /^the\s+(\p{L}+)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2})$/u.exec(words);
    if (headOf?.[1] && headNouns.has(headOf[1].toLowerCase())) {
      const titled = byTitle(`the ${headOf[2]} ${headOf[1]}`, index, before);
      if (titled) return { referent: titled, label: null, start };
    }
    const organization = organizationAt.get(at);
    if (organization && organization.start >= start) {
      // "Malcolm Davis from the Australian Strategic Policy Institute said": the person of the body speaks.
      const link = /\s+(?:from|of|at|with)\s+(?:the\s+)?$/iu.exec(
        body.slice(sentence.start, organization.start),
      );
      const member = link ? personEndingAt.get(organization.start - link[0].length) : undefined;
      if (member) return { referent: referentAt.get(member.start) ?? null, label: null, start: member.start };
      // "A senior security official of Iran said": the one the words describe, not the country or body
      // named after them.
      const described =
        /^(?:[Aa]n?|[Tt]he)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}(\p{Ll}[\p{L}-]*)\s+(?:of|from|for)\s/u.exec(words);
      if (described?.[1] && describedBy.has(described[1].toLowerCase()))
        return { referent: null, label: words, start };
      // "the press service of the Norland Foreign Ministry says": the body speaks through its service; the
      // subject starts at the service.
      const through = channelNoun.test(body.slice(start, organization.start));
      return {
        referent: null,
        label: organization.participant?.name ?? organization.text,
        start: through ? start : organization.start,
      };
    }
    // "the two prime ministers hailed …": a group (groupNouns), not the last of them named; so with their
    // talks ("The prime ministers’ discussions emphasised …").
    if (wholeGroup(words)) return { referent: null, label: words, start };
    const groupTalks = /^(.+?)['’]s?\s+(?:discussions|talks|meeting|conversation|joint\s+statement)$/u.exec(
      words,
    )?.[1];
    if (groupTalks && wholeGroup(groupTalks)) return { referent: null, label: groupTalks, start };
    if (
      (/^(the|this|that|his|her|their)\s/i.test(words) ||
        /^\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?['’‘]s\s/u.test(words)) &&
      // (A post written as a phrase counts as its post's words: "the Kazakh Head of State". Two posts in
      // capitals after a country's possessive are one person's: "Kuwait’s First Deputy Prime Minister and
      // Foreign Minister".)
      // (Past the country a post is of: "The Minister of Foreign Affairs of Uzbekistan".)
      // (And past a post it is of: "The Special Envoy of the President of Sudria".)
      (wordCount(
        asPost(withoutFresh(words))
          .replace(/\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s*){1,3}$/u, "")
          .replace(/\s+of\s+the\s+\p{Lu}[\p{L}-]*$/u, ""),
      ) <= 4 ||
        (/^\p{Lu}[\p{L}.]*['’]s(?:\s+(?:\p{Lu}[\p{L}-]*|and|of))+$/u.test(words) &&
          roleWords.has(words.split(/\s+/u).at(-1)?.toLowerCase() ?? "")))
    ) {
      const titled = byTitle(words, index, before);
      if (titled) return { referent: titled, label: null, start };
    }
    // "Sri Lankan president also expressed …": a nationality and a title without their article, as
    // headlines and some reports write them, are "the Sri Lankan president".
    // (Or a title alone, as some papers write it: "PM conveyed his best wishes", "President said".)
    if (
      (/^(?:\p{Lu}[\p{L}-]*\s+){1,2}\p{Ll}[\p{L}-]*$/u.test(words) &&
        words.split(/\s+/u).some((word) => lexiconTag(word.toLowerCase()) === "Demonym")) ||
      // ("Brazilian Foreign Minister said …": so in title case, ending in a title's word.)
      (/^(?:\p{Lu}[\p{L}-]*\s+){1,3}\p{Lu}[\p{L}-]*$/u.test(words) &&
        lexiconTag(words.split(/\s+/u)[0]?.toLowerCase() ?? "") === "Demonym" &&
        // (Or its letters: "Georgian PM accentuated …".)
        (roleWords.has(words.split(/\s+/u).at(-1)?.toLowerCase() ?? "") ||
          (words.split(/\s+/u).at(-1) ?? "") in vocabulary.titleAbbreviations)) ||
      (/^\p{Lu}[\p{L}-]*$/u.test(words) &&
        (roleWords.has(words.toLowerCase()) || words in vocabulary.titleAbbreviations))
    ) {
      const titled = byTitle(`the ${words}`, index, before);
      if (titled) return { referent: titled, label: null, start };
    }
    // "Head of the Georgian Government expressed …": the Georgian head of government.
    const headOfPeople = /^Head\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]*)\s+(Government|State)$/u.exec(words);
    if (headOfPeople?.[1] && lexiconTag(headOfPeople[1].toLowerCase()) === "Demonym") {
      const titled = byTitle(`the ${headOfPeople[1]} Head of ${headOfPeople[2]}`, index, before);
      if (titled) return { referent: titled, label: null, start };
    }
    // "President of Kazakhstan said": a post of a country without its article is "the President of
    // Kazakhstan", whoever the article gives that post; never the country.
    const postOf =
      /^((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}\s-]*)$/u.exec(words);
    if (
      postOf?.[1] &&
      postOf[2] &&
      postOf[1].split(/\s+/u).every((word) => roleWords.has(word.toLowerCase())) &&
      nationalitiesIn(new Set(postOf[2].toLowerCase().split(/\s+/u))).size > 0
    ) {
      const titled = byTitle(`the ${words}`, index, before);
      if (titled) return { referent: titled, label: null, start };
    }
    // A lower-case verb inside means it is not a subject ("the talks went well and …").
    if (/\b(is|are|was|were|be|been|being)\b/i.test(words)) return null;
    if (!looksLikeSpeaker(words)) return null;
    const described = describedAs.get(descriptionKey(words));
    if (described) return { referent: described, label: null, start };
    // "Dr Paa Kwesi Nduom, Minister of Economic Planning and Regional Co-operation said …": a post in
    // apposition whose closing comma the text left out is the post of the name before its opening comma.
    const opening = /,\s*$/u.exec(body.slice(sentence.start, start));
    const holder =
      opening && roleWords.has(words.split(/\s+/u)[0]?.toLowerCase() ?? "")
        ? personEndingAt.get(sentence.start + opening.index)
        : undefined;
    const holderReferent = holder ? referentAt.get(holder.start) : undefined;
    if (holder && holderReferent) return { referent: holderReferent, label: null, start: holder.start };
    return { referent: null, label: words, start };
  };

  /**
   * Who a sentence is about, for a verb that continues it (", saying …", "…, and stressed …") or follows
   * an apposition of someone it does not know ("Chheang Vannarith, president of …, noted that …"): the
   * person it opens with (after an opening phrase and titles), the group it opens with, a pronoun, or
   * the name it opens with.
   */
  const sentenceSubject = (sentence: Sentence, index: number): (Speaker & { start: number }) | null => {
    for (const mention of mentionsOfSentence[index] ?? []) {
      const lead = body.slice(sentence.start, mention.start);
      // "Yoon's Japanese counterpart also agreed …, saying …": the possessor is not the subject.
      const owner = possessed(mention, index);
      if (owner !== undefined && /^(?:[^,“”"]{0,60},\s*)?$/u.test(lead)) {
        return owner ? { referent: owner, label: null, start: sentence.start } : null;
      }
      // (After a dateline: "NEW DELHI – President Cyril Ramaphosa … and says …".)
      if (
        /^(?:[^“”"—–]{1,60}\s[—–]{1,2}\s+)?(?:[^,“”"]{0,60},\s*)?(?:(?:\p{Lu}[\p{L}’'.-]*|of|for|the)\s+)*$/u.test(
          lead,
        )
      ) {
        // "Prime Minister Marin and her Swedish counterpart Ulf Kristersson on Friday underscored …, and
        // reiterated …": the two it opens with, joined as they speak together.
        const next = (mentionsOfSentence[index] ?? []).find((m) => m.start > mention.end);
        const between = next ? body.slice(mention.end, next.start) : "";
        const titles = titleRun.exec(between)?.[0] ?? "";
        if (
          next &&
          referentAt.get(next.start) &&
          referentAt.get(next.start) !== referentAt.get(mention.start) &&
          joinedBy.test(between.slice(0, between.length - titles.length)) &&
          // (The second set off by commas too: "Minister Simon Coveney, and Secretary Brandon Lewis, have …".)
          new RegExp(
            `^${between.startsWith(",") ? ",?" : ""}\\s+(?:(?:on\\s+)?\\p{Lu}\\p{Ll}+day\\s+|also\\s+|jointly\\s+)?\\p{Ll}`,
            "u",
          ).test(body.slice(next.end, next.end + 30))
        )
          return {
            referent: null,
            label: pairLabel(`${titledName(lead, mention)} and ${titledName(titles, next)}`),
            start: sentence.start,
          };
        return { referent: referentAt.get(mention.start) ?? null, label: null, start: sentence.start };
      }
      break;
    }
    const together = openingGroup(sentence.text);
    if (together) return { referent: null, label: together, start: sentence.start };
    // "Later, the FM held talks with … and said: …": one the sentence opens with by a title alone (after an
    // adverb and its comma, or a word of when: "Later the Prime Minister took to …"), the one the article
    // gives that title.
    const described = /^(?:(\p{Lu}\p{L}+),\s+)?[Tt]he\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+\p{Ll}/u.exec(
      sentence.text.replace(leadingTime, ""),
    );
    if (described?.[2] && (!described[1] || sentenceAdverb(described[1]))) {
      // (Up to the title's last word: "the FM held talks" is the FM; "the Head of State made …" the leader.)
      const words = asPost(described[2]).split(/\s+/u);
      const end = words.findLastIndex(
        (word) =>
          roleWords.has(word.toLowerCase()) ||
          leaderNouns.has(word.toLowerCase()) ||
          word in vocabulary.titleAbbreviations,
      );
      const titled = end >= 0 ? byTitle(`the ${words.slice(0, end + 1).join(" ")}`, index, []) : null;
      if (titled) return { referent: titled, label: null, start: sentence.start };
    }
    const pronoun = /^(he|she)\b/iu.exec(sentence.text)?.[1];
    if (pronoun) return pronounSpeaker(pronoun, index, [], sentence.start);
    // ("They voiced concern over …, and said they would …": the group they are; also after an opening phrase
    // and its comma, "In a joint statement, they recognized the “…”".)
    if (THEY_OPENING.test(sentence.text)) {
      const group = recentGroup(index);
      if (group) return { referent: null, label: group, start: sentence.start };
    }
    const name = /^((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*),/u.exec(sentence.text)?.[1];
    if (name && looksLikeSpeaker(name) && !sentenceAdverb(name))
      return { referent: null, label: name, start: sentence.start };
    // "Chinese officials have reacted coolly …, questioning …": words of a speaker described.
    const opening = sentence.text.split(/\s+/u).slice(0, 5);
    let head = opening.findIndex((word) => describedBy.has(word.toLowerCase()));
    if (head >= 0 && opening.slice(0, head).every((word) => /^[\p{L}.-]+$/u.test(word))) {
      // (The whole of a title in capitals: "The Prime Minister began by …", not "The Prime".)
      while (
        /^\p{Lu}/u.test(opening[head] ?? "") &&
        /^\p{Lu}[\p{L}-]*$/u.test(opening[head + 1] ?? "") &&
        describedBy.has((opening[head + 1] ?? "").toLowerCase())
      )
        head++;
      return { referent: null, label: opening.slice(0, head + 1).join(" "), start: sentence.start };
    }
    return null;
  };

  const speakerName = (s: Speaker) => s.referent?.name ?? s.label;
  const signedBefore =
    /(?<![\p{L}])(?:signed|inked|initialled|initialed|ratified|(?:signing|exchange|adoption)(?:\s+and\s+\p{Ll}+)?\s+of)\s+(?:the\s+)?$/iu;

  // Transcript turns.
  const label =
    /^((?:\p{Lu}[\p{Lu}.'’-]*)(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,5}|(?:Mr|Ms|Mrs|Dr)\.?\s+\p{Lu}[\p{L}'’-]+|Q)\s*:\s+/u;
  // "ANTHONY ALBANESE, PRIME MINISTER: Thanks for joining us.": a name in capitals, its post after a comma.
  const postLabel =
    /^(\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){1,4}),\s+(\p{Lu}[\p{Lu}.'’-]*(?:\s+(?:OF|FOR|THE|AND|\p{Lu}[\p{Lu}.'’-]*)){0,6})\s*:\s+/u;
  // (The post alone then labels that person's later turns: "PRIME MINISTER: We agreed …".)
  const posts = new Map<string, string>();
  // "Foreign Minister Marsudi:": a label in title case names a title.
  const titled = (words: string) =>
    normalizeName(words)
      .split(" ")
      .some((word) => roleWords.has(word) || ["mr", "ms", "mrs", "dr"].includes(word));
  const titledLabel = (text: string) => {
    // (Its title may hold small words: "President of Russia Vladimir Putin:".)
    const match =
      /^(\p{Lu}[\p{L}.'’-]*\s+(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|for)\s+){0,5}\p{Lu}[\p{L}'’-]+)\s*:\s+/u.exec(
        text,
      );
    return match?.[1] && titled(match[1]) ? match : null;
  };
  /**
   * Labels of other transcript styles: "President Biden. Good to see you" (a titled name and a full stop
   * opening the paragraph, or standing as its first sentence), and "ELIZABETH LEE, VOA Correspondent:"
   * alone on its line (the turn is the paragraphs after it).
   */
  const lineLabel = (sentence: Sentence, text: string): RegExpExecArray | null => {
    const stop = /^((?:\p{Lu}[\p{L}'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]+)\.(?:\s+|$)/u.exec(text);
    // (The stop of a generation's suffix ends no label: "President Joseph Boakai Sr. met …" is prose; nor
    // does an honorific's: "Foreign Minister Dr. Abdulla Khaleel has reaffirmed …".)
    const lastWord = normalizeName(stop?.[1]?.split(/\s+/u).at(-1) ?? "");
    const suffix = suffixWords().has(lastWord) || courtesyWords(vocabulary).has(lastWord);
    if (stop?.[1] && !suffix && titled(stop[1]) && wordCount(stop[1]) <= 5) return stop;
    const alone = /^(\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,4}),\s+[^:“”"]{2,60}:$/u.exec(text);
    return alone && paragraphLast.get(sentence.paragraph) === sentence ? alone : null;
  };
  /**
   * "THE PRESIDENT:": a label of titles only is the person the article gives that title, or the one its
   * headline names after it ("Remarks by President Biden in Press Conference").
   */
  const titleSpeaker = (label: string): Speaker | null => {
    const words = normalizeName(label)
      .split(" ")
      .filter((w) => w && w !== "the");
    if (words.length === 0 || !words.every((w) => roleWords.has(w)) || nonSpeakers.has(words.join(" "))) {
      return null;
    }
    const title = words.map((w) => escapeRegExp(w)).join("\\s+");
    const at = headline ? new RegExp(`\\b${title}\\s+`, "iu").exec(headline) : null;
    const name =
      headline && at
        ? /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u.exec(
            headline.slice(at.index + at[0].length),
          )?.[1]
        : undefined;
    if (at && name) return { referent: null, label: `${at[0].trim()} ${name}` };
    const person = [...referents.values()].find((r) => words.every((w) => r.titles.has(w)));
    return person ? { referent: person, label: null } : null;
  };
  const paragraphStarts = new Map<number, number>();
  const paragraphLast = new Map<number, Sentence>();
  for (const [i, sentence] of sentences.entries()) {
    if (!paragraphStarts.has(sentence.paragraph)) paragraphStarts.set(sentence.paragraph, i);
    paragraphLast.set(sentence.paragraph, sentence);
  }
  const paragraphText = (paragraph: number) => {
    const first = sentences[paragraphStarts.get(paragraph) ?? -1];
    const last = paragraphLast.get(paragraph);
    return first && last
      ? { start: first.start, end: last.end, text: body.slice(first.start, last.end) }
      : null;
  };
  const turnAt = new Map<number, { label: string; length: number; posted?: boolean }>();
  for (const i of paragraphStarts.values()) {
    const sentence = sentences[i] as Sentence;
    // "PHNOM PENH, U.S. Embassy -- Foreign Minister Marsudi: …": a dateline may stand before the first label.
    const dateline = /^[^:“”"]{2,80}?\s(?:--|—|–)\s+/u.exec(sentence.text)?.[0] ?? "";
    const text = sentence.text.slice(dateline.length);
    // (Only a post with a title's word, after a name that is no place: "KUALA LUMPUR, MALAYSIA: …" is a
    // dateline.)
    const postMatch = label.exec(text) ? null : postLabel.exec(text);
    const posted =
      postMatch?.[1] &&
      postMatch[2] &&
      titled(postMatch[2]) &&
      !normalizeName(postMatch[1])
        .split(" ")
        .some((word) => /Country|City|Region|Place/u.test(String(lexiconTag(word) ?? "")))
        ? postMatch
        : null;
    if (posted?.[1] && posted[2] && !posts.has(normalizeName(posted[2])))
      posts.set(normalizeName(posted[2]), posted[1]);
    const match = label.exec(text) ?? posted ?? titledLabel(text) ?? lineLabel(sentence, text);
    if (match?.[1] && match[1].length <= 60 && (!dateline || titled(match[1]))) {
      turnAt.set(i, {
        label: match[1],
        length: dateline.length + match[0].length,
        ...(match === posted ? { posted: true } : {}),
      });
    }
  }
  // A transcript has two turns of speech, or one whose label carries a title ("PRESIDENT OBAMA:");
  // "NHK: 4 hours ago" is a dateline, not a turn.
  const speech = [...turnAt.entries()].filter(([i, turn]) => {
    const first = sentences[i] as Sentence;
    let last = first;
    for (let k = i + 1; sentences[k]?.paragraph === first.paragraph; k++) last = sentences[k] as Sentence;
    // A label alone on its line speaks in the paragraph after it.
    const next = last.end === first.start + turn.length ? paragraphText(first.paragraph + 1) : null;
    return wordCount(next?.text ?? body.slice(first.start + turn.length, last.end)) >= 4;
  });
  // (Or a name with its post: "ANTHONY ALBANESE, PRIME MINISTER: …".)
  let transcript = speech.length >= 2 || speech.some(([, turn]) => titled(turn.label) || turn.posted);
  const speakers = new Map<string, Speaker | null>();
  // A speech printed under its speaker's name with no turns ("Statement by Ambassador Elizabeth Frawley
  // Bagley", then "Good afternoon, everyone. …", page.yaml's spoken openings): the text is one turn of theirs.
  const speechBy = headline
    ? /^(?:(?:opening|closing|keynote|prepared)\s+)?(?:statement|remarks|speech|address|(?:press|news)\s+conference)\s+(?:by|of)\s+(.+?)(?:\s+(?:at|on|to|before|after|during|in|regarding|concerning|about|following)\s+.*)?$/iu.exec(
        headline.trim(),
      )?.[1]
    : undefined;
  spokenOpenings ??= reference().page.genres.TRANSCRIPT.openings.map((cue) => new RegExp(cue, "iu"));
  if (
    !transcript &&
    turnAt.size === 0 &&
    speechBy &&
    sentences[0] &&
    // (A press conference under one name is that person's words however it opens.)
    (spokenOpenings.some((cue) => cue.test((sentences[0] as Sentence).text.trim())) ||
      // (Or a press conference under one name that opens in the first person: "First of all, we held …";
      // "The Prime Minister held a press conference …" is a report of it.)
      (/^(?:press|news)\s+conference\s/iu.test(headline?.trim() ?? "") &&
        /(?<![\p{L}])(?:I|we|my|our)(?![\p{L}])/u.test(
          sentences.find((sentence) => !/^\s*[([]/u.test(sentence.text))?.text ?? "",
        )))
  ) {
    // "Remarks by President Biden, President Yoon …, and Prime Minister Kishida …": the first named opens.
    const first = speechBy.split(/\s*,\s*(?:and\s+)?|\s+and\s+/u)[0] ?? speechBy;
    const words = first.split(/\s+/u);
    while (words.length > 1 && roleWords.has(normalizeName(words[0] ?? ""))) words.shift();
    const name = words.join(" ");
    const person = persons.find(
      (m) =>
        normalizeName(m.text) === normalizeName(name) || m.participant?.aliases.includes(normalizeName(name)),
    );
    speakers.set(
      speechBy,
      person ? { referent: referentOf(person), label: null } : { referent: null, label: name },
    );
    turnAt.set(0, { label: speechBy, length: 0 });
    transcript = true;
  }
  const inTurn = new Set<number>();
  if (transcript) {
    let speaker: Speaker | null = null;
    let paragraph = -1;
    let span: { start: number; end: number } | null = null;
    const flush = () => {
      while (span && span.start < span.end && /\s/u.test(body[span.start] ?? "")) span.start++;
      // ("(On the Japan-U.S. summit meeting)": a heading in brackets is no one's words.)
      if (span && /^\([^()]*\)\s*$/u.test(body.slice(span.start, span.end))) span = null;
      if (span && speaker && span.end - span.start > 1) {
        result.push({
          ...span,
          mode: "DIRECT",
          speaker: speakerName(speaker),
          participant: speaker.referent?.participant ?? null,
          // "(Via interpreter) Mr. Secretary, welcome…": the words came through an interpreter.
          channel:
            /^\(?(via (?:an )?interpreter|through (?:an )?interpreter|as interpreted)\)?/iu.exec(
              body.slice(span.start, span.start + 40),
            )?.[1] ?? null,
          confidence: speaker.referent?.participant ? 0.8 : 0.6,
        });
      }
      span = null;
    };
    for (const [i, sentence] of sentences.entries()) {
      const turn = turnAt.get(i);
      if (turn) {
        flush();
        const named = posts.get(normalizeName(turn.label)) ?? turn.label;
        if (!speakers.has(named)) {
          speakers.set(
            named,
            turnSpeaker(named, persons, referentOf, nonSpeakers, roleWords) ?? titleSpeaker(named),
          );
        }
        speaker = speakers.get(named) ?? null;
        paragraph = sentence.paragraph;
        span = { start: sentence.start + turn.length, end: sentence.end };
        inTurn.add(i);
        continue;
      }
      if (!speaker) continue;
      if (sentence.paragraph !== paragraph) {
        // A paragraph without a label goes on the turn when it reads as speech, not as page furniture.
        const isFirst = paragraphStarts.get(sentence.paragraph) === i;
        if (isFirst) {
          flush();
          paragraph = sentence.paragraph;
          const last = paragraphLast.get(sentence.paragraph) as Sentence;
          const words = body.slice(sentence.start, last.end).trim();
          // A stage direction ("(Applause.)", "[Laughter]") keeps the turn going without being its words.
          if (/^[([][^)\]]*[)\]]$/u.test(words)) continue;
          // Speech ends a sentence, or breaks off ("the place holds a special —").
          const prose = wordCount(words) >= 5 && /[.!?”"’—–…]$/u.test(words);
          if (!prose) {
            speaker = null;
            continue;
          }
          span = { start: sentence.start, end: sentence.end };
        }
      }
      if (span) span.end = sentence.end;
      inTurn.add(i);
      if (speaker.referent) speakerOf[i] = speaker.referent;
    }
    flush();
  }

  // A readout's voice: "The following is attributable to Spokesperson Ned Price:" credits what follows.
  let voice: string | null = null;
  // Quotations that run on across paragraphs: "X said:" and a quotation in the next paragraph, or a
  // quotation left open at the end of a paragraph and taken up by the next ("…\n\n“…”").
  /**
   * A speaker whose words go on in the next paragraph; `colon` when introduced by "X said:", `passage` when
   * the paragraph before was already one of those words.
   */
  let carry: { speaker: Speaker; paragraph: number; colon?: boolean; passage?: boolean } | null = null;
  /** Sentences that gave a statement. */
  const said = new Set<number>();
  /** Sentences that open with the subject of their verb of speech ("Xinhua said …"), and that subject. */
  const opensWith = new Map<number, Speaker>();
  /** Quotations that found no speaker where they stand. */
  const unclaimed: { statement: number; sentence: number }[] = [];
  let skipUntil = -1;
  /** The speaker of the last quotation found in each paragraph, for a quotation that goes on after it. */
  const quotedIn = new Map<number, Speaker>();
  // (A curly mark opening and a straight one closing, "“… themselves," Mirziyoyev said", close each other:
  // the marks left open by the curly ones and the straight ones together come out even.)
  /**
   * The person an "according to" phrase names after its titles only, with words that are no part of the name
   * after it (`rest`: "in a statement on Tuesday", "(Smer-SD) his Tuesday meeting"), from `start` to `end`.
   */
  const nameAfterTitles = (index: number, start: number, end: number, rest: RegExp) =>
    (mentionsOfSentence[index] ?? []).find(
      (m) =>
        m.kind === "PERSON" &&
        m.start >= start &&
        m.end < end &&
        /^(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u.test(body.slice(start, m.start)) &&
        rest.test(body.slice(m.end, end)),
    );
  const leftOpen = (text: string) => {
    const unclosed = (text.match(/“/gu)?.length ?? 0) - (text.match(/”/gu)?.length ?? 0);
    const straight = text.match(/"/gu)?.length ?? 0;
    // (A single mark that opens the paragraph: "‘I had good discussions …" with no closing one after it.
    // A closing mark before a letter is an apostrophe: "Ireland’s".)
    const single =
      /^‘/u.test(text) && (text.match(/‘/gu)?.length ?? 0) > (text.match(/’(?!\p{L})/gu)?.length ?? 0);
    return single || ((unclosed + straight) % 2 !== 0 && (unclosed > 0 || straight % 2 === 1));
  };
  for (const [index, sentence] of sentences.entries()) {
    if (index <= skipUntil) continue;
    if (paragraphStarts.get(sentence.paragraph) === index) {
      const previous = sentences[index - 1]?.paragraph ?? -1;
      const paragraph = paragraphText(sentence.paragraph);
      const speaker: Speaker | null =
        (carry && carry.paragraph === previous ? carry.speaker : null) ??
        // A quotation that opens the paragraph and is still open at its end, with no verb of speech:
        // the quotation of the paragraph before goes on.
        (paragraph &&
        /^[“"]/u.test(paragraph.text) &&
        leftOpen(paragraph.text) &&
        !anyVerb.test(paragraph.text)
          ? (quotedIn.get(previous) ?? null)
          : null);
      const carried: { speaker: Speaker } | null = speaker ? { speaker } : null;
      // ("The PM said:" over a paragraph of his words set apart without quotation marks, as government
      // pages print a speech's passage.)
      const introduced =
        carry?.colon === true &&
        carry.paragraph === previous &&
        paragraph !== null &&
        /^\p{Lu}/u.test(paragraph.text) &&
        !/[“”"]/u.test(paragraph.text) &&
        wordCount(paragraph.text) >= 8 &&
        // (And the paragraphs after it, as long as they speak in the speaker's own voice: "We talked about
        // the need to reform the EU …", not "The two ministers also discussed …", and tell of no one else
        // speaking: "Brandt said we would meet again in May".)
        (carry.passage !== true || (FIRST_PERSON.test(paragraph.text) && !anyVerb.test(paragraph.text)));
      // (A quotation left open goes on in a paragraph that only closes it, with no mark of its own
      // opening: "‘I had good discussions …" and then "I was delighted to meet … for youth.”".)
      const closing =
        carry !== null &&
        carry.colon !== true &&
        paragraph !== null &&
        !/[“‘"]/u.test(paragraph.text) &&
        /[”’"]$/u.test(paragraph.text.trimEnd());
      carry = null;
      if (
        carried &&
        paragraph &&
        (/^[“"‘]/u.test(paragraph.text) || introduced || closing) &&
        !inTurn.has(index)
      ) {
        let end = paragraph.end;
        while (end > paragraph.start && /[\s,;:—–-]/u.test(body[end - 1] ?? "")) end--;
        result.push({
          start: paragraph.start,
          end,
          mode: "DIRECT",
          speaker: speakerName(carried.speaker),
          participant: carried.speaker.referent?.participant ?? null,
          channel: null,
          confidence: carried.speaker.referent?.participant ? 0.6 : 0.4,
        });
        for (let k = index; sentences[k]?.paragraph === sentence.paragraph; k++) {
          skipUntil = k;
          if (carried.speaker.referent) speakerOf[k] = carried.speaker.referent;
        }
        quotedIn.set(sentence.paragraph, carried.speaker);
        if (leftOpen(paragraph.text)) carry = { speaker: carried.speaker, paragraph: sentence.paragraph };
        else if (introduced)
          carry = { speaker: carried.speaker, paragraph: sentence.paragraph, colon: true, passage: true };
        continue;
      }
    }
    const attributable = /^the (?:following|below|above) (?:is|are) attributable to\s+(.+?)[:.]?$/iu.exec(
      sentence.text,
    );
    if (attributable?.[1]) {
      voice = attributable[1].trim();
      continue;
    }
    if (inTurn.has(index)) continue;
    // "At the end of the meeting, the three parties issued a joint statement in which they …": the document
    // the group or the pair issued, for "“…,” the statement said" after it, whether or not this sentence
    // says what it said.
    const issuing = issuingPattern.exec(sentence.text);
    if (issuing?.[2] && !issuedOf[index]) {
      const issuer = openingGroup(sentence.text) ?? pairOpening(index);
      if (issuer) {
        issuedOf[index] = { referent: null, label: issuer };
        documentOf[index] = documentNoun(issuing[2]);
        issuedOnly.add(index);
      }
    }
    const text = sentence.text;
    // "President Obama:" alone on its line: the quotation of the next paragraph is theirs.
    const alone = /^((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]+)\s*:$/u.exec(text)?.[1];
    if (alone && paragraphLast.get(sentence.paragraph) === sentence && titled(alone)) {
      const speaker = turnSpeaker(alone, persons, referentOf, nonSpeakers, roleWords);
      if (speaker) carry = { speaker, paragraph: sentence.paragraph };
      continue;
    }
    // Channels.
    let channel: string | null = null;
    /** Whether the speaker is an agency that named itself ("the ISNA news agency said"). */
    let agencyLabel = false;
    // (An initialism's stops are no phrase's end: "according to the U.S. State Department, …".)
    const accordingFound =
      /\baccording to\s+([^,;.]+(?:(?:\.(?=[^\s,;.])|(?<=(?:^|[\s.])\p{Lu})\.\s+(?=\p{Lu}))[^,;.]*)*)/iu.exec(
        text,
      );
    // ("but according to Yanev and Zaev the dialogue continues …": names with no comma after them end where
    // the clause they source opens.)
    const namesFirst = accordingFound?.[1]
      ? /^((?:\p{Lu}[\p{L}’'.-]*)(?:\s+(?:\p{Lu}[\p{L}’'.-]*|and|of|the|de|al|bin))*?)\s+(?:the|a|an|it|its|this|these|those|there|they|their|we|he|she)\s/u.exec(
          accordingFound[1],
        )
      : null;
    if (accordingFound?.[1] && namesFirst?.[1]) {
      accordingFound[0] = accordingFound[0].slice(
        0,
        accordingFound[0].indexOf(accordingFound[1]) + namesFirst[1].length,
      );
      accordingFound[1] = namesFirst[1];
    }
    // ("they can unite or separate according to the actions of political authorities": a word right before
    // it that is no stop, no clause's word and no verb of speech makes "according to" "depending on".)
    const according =
      accordingFound &&
      (/(?:^|[,;:([—–-]|[”"’])\s*$/u.test(text.slice(0, accordingFound.index)) ||
        /(?<![\p{L}])(?:and|but|or|as|that|which|who|is|are|was|were|said|says|reported|added)\s+$/iu.test(
          text.slice(0, accordingFound.index),
        ) ||
        anyVerb.test(text.slice(Math.max(0, accordingFound.index - 30), accordingFound.index)) ||
        // (Or one that names a source all the same: "The talks were candid according to officials", "…
        // according to Xinhua", "… according to a statement".)
        ((head: string) =>
          /^\p{Lu}/u.test(head) ||
          describedBy.has(head.toLowerCase()) ||
          channelNoun.test(head) ||
          /^(?:him|her|them|his|their)$/iu.test(head))(
          /^\s*(?:(?:the|a|an)\s+)?([\p{L}’'.-]+)/u.exec(accordingFound[1] ?? "")?.[1] ?? "",
        ))
        ? accordingFound
        : null;
    const told = toldPattern.exec(text);
    const inStatement = statementPattern.exec(text);
    // ("India and China issued a joint statement about … and said …": the document they issued.)
    const issuedDocument = issuedDocumentPattern.exec(text)?.[2];
    if (according?.[1] && channelNoun.test(according[1])) channel = according[1].trim();
    else if (told?.[1]) channel = told[1].trim();
    else if (inStatement?.[1] && !occasionPattern.test(text)) channel = inStatement[1];
    else if (issuedDocument) channel = issuedDocument;
    else {
      const occasion = occasionPattern.exec(text);
      // (Not one inside the quoted words: "“…, as I said at the press conference,” he said".)
      if (occasion?.[1] && !insideQuotation(text.slice(0, occasion.index))) channel = occasion[1];
    }

    // Verbs of speech and their subjects.
    let chosen:
      | (Speaker & { verbStart: number; verbEnd: number; subjectStart: number; post: boolean })
      | null = null;
    const channelTails: number[] = [];
    // "Saudi state media reported …", "…, the statement said": a channel that speaks for no one named.
    let channelSubject:
      | (Speaker & { verbStart: number; verbEnd: number; subjectStart: number; post: boolean })
      | null = null;
    // "What did Sunak and Scholz say on UK-Germany cooperation?": the page's own question (a subheading),
    // no one's words.
    const asked =
      /^(?:what|how|why|when|where|who|did|does|do|will|would|can|could|should)\s[^“”"]*\?$/iu.test(
        text.trim(),
      );
    for (const verb of asked ? [] : text.matchAll(verbPattern)) {
      const verbStart = sentence.start + verb.index;
      const verbEnd = verbStart + verb[0].length;
      // "“Secretary Mattis acknowledged …,” she added": a verb inside a quotation is the quoted words', not
      // the attribution's.
      // (Not one set off by dashes with its speaker inside the quotation, as translated press writes it:
      // "“Initially – added Meloni -, the structures will …”".)
      const interposed =
        /\p{L},?\s+[–—-]\s*$/u.test(body.slice(sentence.start, verbStart)) &&
        /^\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}(?:\p{Lu}[\p{L}’'-]+|he|she)\s*[–—-](?:[,;]|\s)/u.test(
          body.slice(verbEnd, sentence.end),
        );
      if (insideQuotation(body.slice(sentence.start, verbStart)) && !interposed) continue;
      // "Foreign Secretary Lind briefed the media.", "Lind told reporters on Monday.": whom one spoke to and
      // when, with nothing said in the sentence.
      if (
        !/[“”"]/u.test(body.slice(sentence.start, verbEnd)) &&
        audienceOnly.test(body.slice(verbEnd, sentence.end))
      )
        continue;
      // "China responded with tariffs", "replied with a missile test": a deed, nothing said. (A manner before
      // what was said is none: "informed with encouragement that …".)
      if (/^\s+with\s+(?![“"‘]|(?:\p{Ll}+\s+){1,2}that\s)/u.test(body.slice(verbEnd, verbEnd + 40))) continue;
      // "welcomed Chancellor Olaf Scholz", "welcomed him", "welcomed the U.S. delegation to Beijing": a guest
      // greeted, nothing said; "welcomed China's commitment to …" and "welcomed the progress" say something.
      // (A name after the verb greets unless it owns what follows.)
      if (calling.has(verb[0].toLowerCase())) {
        const object = body.slice(verbEnd, Math.min(sentence.end, verbEnd + 80));
        // A name or a pronoun, then the sentence's end, a time, a place or a purpose: "called Xi on Monday",
        // "called him to discuss"; "called Taiwan the most dangerous issue" says something.
        const callee =
          /^\s+(?:\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}|him|her|them|me|us)(?=\s*(?:[.,;]|$|\s+(?:on|at|in|from|to|last|this|yesterday|today|after|before|for|about|and|twice|again|late|early)\b))/u;
        if (callee.test(object) && !/[“"]/u.test(object)) continue;
        // "He called on President Halimah Yacob, was hosted to an official lunch": a courtesy call on
        // someone, nothing said ("called on Xi to curb …" urges, and says something).
        // ("called on the acting Afghan Prime Minister, Mullah …": a title after "the" and its word of office.)
        const courtesy =
          /^\s+on\s+(?:\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,4}|him|her|them)(?=\s*(?:[.,;]|$|\s+(?:on|at|in|during|before|after|last|this|yesterday|today)\b))/u;
        // ("called on the acting Afghan Prime Minister, Mullah …": a title after "the" and its word of office,
        // with no purpose anywhere after it: "called on the United States, China and Russia to …" urges.)
        const courtesyTitle =
          /^\s+on\s+the\s+(?:(?:acting|interim|visiting|outgoing|incoming|new|caretaker)\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,4},?\s+\p{Lu}/u;
        // (Not where a purpose follows: "called on Russia on Tuesday to withdraw".)
        if (
          !/[“"]/u.test(object) &&
          ((courtesy.test(object) && !/^[^,.;]*(?<![\p{L}])to\s+\p{Ll}/u.test(object)) ||
            (courtesyTitle.test(object) && !/^[^.;]*(?<![\p{L}])to\s+\p{Ll}/u.test(object)))
        )
          continue;
      }
      // "“We talked in general, …,” she reported.": "reported" only closing a quotation with its speaker, or
      // after a person or a post ("The president-elect, Claudia Sheinbaum, reported that …"); "Some media
      // reported that …" passes on a report (vocabulary.yaml attribution.closingOnlyVerbs).
      const reporter = () =>
        (mentionsOfSentence[index] ?? []).some(
          (m) => m.kind === "PERSON" && m.end <= verbStart && /^[\s,]*$/u.test(body.slice(m.end, verbStart)),
        ) ||
        body
          .slice(sentence.start, verbStart)
          .split(/[^\p{L}]+/u)
          .filter(Boolean)
          .slice(-4)
          .some((word) => roleWords.has(word.toLowerCase()));
      if (
        closingOnly.has(verb[0].toLowerCase()) &&
        !reporter() &&
        !closesQuotation(sentence, verbStart, verbEnd)
      )
        continue;
      if (
        documentVerbs.has(verb[0].toLowerCase()) &&
        !documentBefore.test(body.slice(sentence.start, verbStart)) &&
        // ("The two leaders concluded that …": a clause after "that" is what was said.)
        !/^\s+that\s/u.test(body.slice(verbEnd, verbEnd + 6)) &&
        // ("“…,” Kuleba concluded.": a speaker between a quotation's closing comma and the verb, and nothing
        // after it, concludes in words.)
        !closesQuotation(sentence, verbStart, verbEnd) &&
        // (The document after the verb only where the attribution is inverted, after the quotation or its
        // comma: "“…,” read the statement"; "he had read the recent message" is a reading.)
        !(
          /[”"’,]\s*$/u.test(body.slice(sentence.start, verbStart)) &&
          documentAfter.test(body.slice(verbEnd, sentence.end))
        )
      )
        continue;
      // "Mr. Ahmad only posted photographs of the two leaders": a picture posted, no words.
      if (picturePosted(verb[0], body.slice(verbEnd, verbEnd + 40))) continue;
      if (greeting.has(verb[0].toLowerCase())) {
        const object = body.slice(verbEnd, verbEnd + 80);
        const possessive = /^\s+(?:\S+\s+){0,3}?\S+[’']s\s/u.test(object);
        if (
          !possessive &&
          // ("welcomed visiting Prime Minister …", "welcomed newly-elected Argentine President …": a guest
          // named after a word of his coming or his office.)
          (/^\s+(?:(?:the\s+)?(?:visiting|incoming|newly[\p{L}-]*|new)\s+(?:elected\s+)?)?(?:\p{Lu}|(?:him|her|them)\b)/u.test(
            object,
          ) ||
            counterpartGuest.test(object) ||
            guestGreeted.test(object) ||
            /^\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+){0,4}?(?:to|at|into|in)\s+(?:the\s+)?\p{Lu}/u.test(object))
        )
          continue;
      }
      // "Blinken was encouraged by the progress": how someone felt, not what they said; "The minister was
      // dismissed from his post", "The meeting was called off": done to the subject, nothing said.
      // ("Tensions were further highlighted …": an adverb between.)
      const passiveLead = /\b(?:was|were|is|are|been|being)\s+(?:(\p{Ll}+)\s+)?$/iu.exec(
        body.slice(Math.max(0, verbStart - 30), verbStart),
      );
      if (
        // (So too a participle before "that" or "to": "Lind was requested to visit Sudria".)
        (!/\s/u.test(verb[0]) || /^\p{Ll}+ed\s+(?:that|to)$/iu.test(verb[0])) &&
        !/ing$/iu.test(verb[0]) &&
        passiveLead &&
        (!passiveLead[1] ||
          /ly$/u.test(passiveLead[1]) ||
          /^(?:Adverb|Negative)$/u.test(lexiconTag(passiveLead[1]) ?? ""))
      )
        continue;
      // "Former president Zuma accused of plundering state coffers": a headline's passive, the subject
      // accused of something, not accusing anyone.
      if (/^accused$/iu.test(verb[0]) && /^\s+of\s/u.test(body.slice(verbEnd, verbEnd + 5))) continue;
      // "…,” said Mr Wang." / "…, said X.": the subject after the verb.
      // (Not after a participle: "…, urging President Xi to curb …" names whom it urges.)
      // ("«…» – said Meloni – «…»": a closing mark and a dash, as pages translated from Italian set it.)
      // (Nor after an aside set off by commas: "the Ministry …, in an official statement, said …".)
      // (Or a hyphen for the dash, spaced: "“…,”  - wrote President Andrzej Duda on social media".)
      // (An adverb may stand before the verb: "“…,” further said PM Modi.", "“…,” also said Lind.")
      let inverted =
        (interposed ||
          /(?:[,”"’]|[,”"’]\s*(?:[—–]|\s-))\s*(?:(?:also|further|then|later|again)\s+)?$/u.test(
            body.slice(Math.max(sentence.start, verbStart - 16), verbStart),
          )) &&
        !/ing$/iu.test(body.slice(verbStart, verbEnd)) &&
        (!fillerPattern(NO_OCCASIONS).test(body.slice(sentence.start, verbStart).replace(/\s+$/u, " ")) ||
          /[,!?][”"’]\s*(?:also|further|then|later|again)\s+$/u.test(
            body.slice(sentence.start, verbStart),
          )) &&
        // (Nor a verb whose own clause follows, a name and its verb: "Hana Velkova, says Brandt described the
        // talks as …" is Velkova's account of what Brandt said.)
        !clauseOpening.test(body.slice(verbEnd, sentence.end));
      // "…, where he met Biden, thanked the U.S. for its support": a verb that never stands before its
      // subject (vocabulary invertingVerbs) has it before, whatever follows.
      const invertible = inverting.size === 0 || inverting.has(verb[0].toLowerCase().replace(/\s+/gu, " "));
      let found: (Speaker & { start: number }) | null = null;
      let post = false;
      // "Qin Gang, China's foreign minister, said …", "Blinken, who arrived on Sunday, said …": the
      // subject opens the sentence and an apposition stands between it and the verb.
      const afterVerb = body.slice(verbEnd, sentence.end);
      // A clause of its own right after the verb ("said the funding was welcome"), not one of circumstance
      // after a comma ("said, adding that talks would continue", "said as talks were ending").
      const finiteAfter = (after: string) => {
        const clause = after.split(/[,;]/u)[0]?.trim() ?? "";
        return (
          !circumstance.test(clause) &&
          !/^(?:as|when|while|after|before|during|following)\b/iu.test(clause) &&
          /\b(?:is|are|was|were|will|would|had|has|have|could|should|can|must)\b/iu.test(clause)
        );
      };
      // "Sunak and Emmanuel Macron, the French president, said …": the person named with "and" right
      // before the name in apposition speaks with them.
      const titlesBefore = (m: Mention) =>
        /(?:(?:\p{Lu}[\p{L}’'.-]*|of|for)\s+)+$/u.exec(
          body.slice(Math.max(sentence.start, m.start - 80), m.start),
        )?.[0] ?? "";
      // (So too before "his counterpart" and its comma: "Foreign Minister Ricardo Patiño and his Colombian
      // counterpart, María Ángela Holguín, reaffirmed …".)
      const partnerOf = (m: Mention) => {
        const and = joinedBy.exec(body.slice(sentence.start, m.start - titlesBefore(m).length));
        return and ? personEndingAt.get(sentence.start + and.index) : undefined;
      };
      const nextNamed = (m: Mention) => {
        const next = personStartingAt.get(
          m.end + (/^,\s*/u.exec(body.slice(m.end, m.end + 8))?.[0].length ?? 1),
        );
        return next !== undefined && !possessive(next);
      };
      const opening = (m: Mention) => {
        const partner = partnerOf(m);
        return partner ? partner.start - titlesBefore(partner).length : m.start;
      };
      if (
        inverted &&
        /,\s*$/u.test(body.slice(Math.max(sentence.start, verbStart - 3), verbStart)) &&
        !personStartingAt.get(verbEnd + (afterVerb.length - afterVerb.trimStart().length))
      ) {
        // "Sudrian Prime Minister Lena Okafor at a reception hosted by Sudria's envoy, Tomas Orrin, said …": the
        // name that opens the sentence, a phrase of circumstance after it; a name in apposition inside that
        // phrase is not the subject.
        const opener = (mentionsOfSentence[index] ?? []).find(
          (m) =>
            m.end < verbStart &&
            !/\S/u.test(body.slice(sentence.start, m.start - titlesBefore(m).length)) &&
            /^\s+(?:in|at|during|on|after|while|when|following)\s[^;“”"]*,\s*$/iu.test(
              body.slice(m.end, verbStart),
            ) &&
            wordCount(body.slice(m.end, verbStart)) <= 20,
        );
        const head =
          (mentionsOfSentence[index] ?? []).find(
            (m) =>
              m.end < verbStart &&
              !(opener && m.start > opener.end) &&
              /^,/u.test(body.slice(m.end, m.end + 1)) &&
              // (Not a name the opening phrase ends on, another's name after its comma: "During his meeting
              // with Blinken, Wang, also a member of …, said"; a name in the possessive there describes the
              // first: "Dmitry Peskov, Vladimir Putin’s spokesman, said".)
              !nextNamed(m) &&
              (wordCount(body.slice(sentence.start, opening(m))) <= 6 ||
                // (After a closing quotation, with the name's titles: "“…,” Japan’s Foreign Minister
                // Toshimitsu, the first …, stated".)
                /[,”"’]\s*$/u.test(body.slice(sentence.start, opening(m) - titlesBefore(m).length)) ||
                // "The head of the Russian delegation, presidential aide Vladimir Medinsky, said …": a
                // description, then the name in apposition with its titles in small letters.
                /^(?:[Tt]he|[Aa]n?|\p{Lu}[\p{L}.]*['’]s)\s[^,“”"]{2,80},\s*(?:\p{Ll}[\p{L}’'.-]*\s+){0,4}$/u.test(
                  body.slice(sentence.start, m.start),
                )) &&
              wordCount(body.slice(m.end, verbStart)) <= 20 &&
              !/[“”"]/u.test(body.slice(m.end, verbStart)),
          ) ??
          // "Anwar in a joint press statement with … here yesterday, said …": the name that opens the
          // sentence (its titles aside), a phrase of circumstance after it with no comma of its own.
          (mentionsOfSentence[index] ?? []).find(
            (m) =>
              m.end < verbStart &&
              !/\S/u.test(body.slice(sentence.start, m.start - titlesBefore(m).length)) &&
              /^\s+(?:in|at|during|with|on|after|while|when|speaking|addressing|following)\s[^,;“”"]*,\s*$/iu.test(
                body.slice(m.end, verbStart),
              ) &&
              wordCount(body.slice(m.end, verbStart)) <= 20,
          ) ??
          opener ??
          // "President Hamid who himself came from a village, said …": a relative clause without its first
          // comma after the name that opens the sentence.
          (mentionsOfSentence[index] ?? []).find(
            (m) =>
              m.end < verbStart &&
              !/\S/u.test(body.slice(sentence.start, m.start - titlesBefore(m).length)) &&
              /^\s+who\s[^,;“”"]*,\s*$/iu.test(body.slice(m.end, verbStart)) &&
              wordCount(body.slice(m.end, verbStart)) <= 20,
          );
        if (head) {
          inverted = false;
          // "“…,” Blinken, who arrived on Sunday, said.": what was said comes first.
          const before = body.slice(sentence.start, head.start);
          // "“Completed,” Dmitry Peskov, spokesman for …, told TASS": a quotation alone, however short.
          // (Not when what was said follows the verb: "During her meeting with Orrin, Velkova, …, said that …".)
          // (Nor when a clause follows it after an opening phrase: "After a meeting in Paris, Macron, the French
          // president, said the funding was welcome.")
          // (Nor before two who speak together after a participle's phrase: "Meeting yesterday in Quito,
          // Foreign Minister Ricardo Patiño and his Colombian counterpart, María Ángela Holguín, reaffirmed …".)
          const together = partnerOf(head);
          post =
            !(
              together &&
              /^\p{Lu}\p{Ll}+ing\s/u.test(before) &&
              !/[“”"]/u.test(body.slice(sentence.start, together.start))
            ) &&
            /[,”"’]\s*$/u.test(before) &&
            (wordCount(before) >= 4 || /^[“"][^“”"]+[”"],?\s*$/u.test(before)) &&
            wordCount(afterVerb) <= 10 &&
            !/^\s*,?\s*(?:that|[:“"])/u.test(afterVerb) &&
            (/[”"’],?\s*$/u.test(before) || !finiteAfter(afterVerb));
          const lead = body.slice(Math.max(sentence.start, head.start - 80), head.start);
          const titles =
            /(?:(?:\p{Lu}[\p{L}’'.-]*|(?:of|for)(?:\s+the)?|and(?=\s+\p{Lu}))\s+)+$/u.exec(lead)?.[0] ?? "";
          // A description before the name is the subject's too.
          const described =
            /^(?:[Tt]he|[Aa]n?|\p{Lu}[\p{L}.]*['’]s)\s[^,“”"]{2,80},\s*(?:\p{Ll}[\p{L}’'.-]*\s+){0,4}$/u.test(
              body.slice(sentence.start, head.start),
            );
          const referent = referentAt.get(head.start) ?? null;
          if (described && referent) {
            const words = body.slice(sentence.start, head.start).split(",")[0] ?? "";
            describedAs.set(descriptionKey(words), referent);
          }
          const partner = described ? undefined : partnerOf(head);
          // ("Jamaica’s Prime Minister, Andrew Holness, and his counterpart from Trinidad and Tobago Prime
          // Minister, Dr. Keith Rowley, said …": the one joined to it after its apposition speaks with it.)
          const joined = partner
            ? undefined
            : (mentionsOfSentence[index] ?? []).find(
                (m) =>
                  m.kind === "PERSON" &&
                  m.start > head.end &&
                  m.end < verbStart &&
                  partnerOf(m) === head &&
                  /^[\s,]*$/u.test(body.slice(m.end, verbStart)),
              );
          found = joined
            ? {
                referent: null,
                label: pairLabel(
                  `${titledName(titles, head)} and ${titledName(titlesBefore(joined), joined)}`,
                ),
                start: described ? sentence.start : head.start - titles.length,
              }
            : partner
              ? {
                  referent: null,
                  label: pairLabel(
                    `${titledName(titlesBefore(partner), partner)} and ${titledName(titles, head)}`,
                  ),
                  start: opening(head),
                }
              : { referent, label: null, start: described ? sentence.start : head.start - titles.length };
        }
      }
      // "The Tajik president, who welcomed Sheikh Tamim to his country, said …": a description that opens the
      // sentence, a relative clause set off by commas between it and the verb.
      // (The relative clause may be a clause of its own, its speech verb's: extract.ts speechClauses.)
      const clauseBefore = sentences[index - 1];
      const fromWho =
        clauseBefore &&
        clauseBefore.paragraph === sentence.paragraph &&
        /^,\s+who\s/u.test(body.slice(clauseBefore.end, sentence.start))
          ? clauseBefore.start
          : sentence.start;
      const describedSubject = inverted
        ? /^((?:[Tt]he|[Aa]n?)\s+[^,;“”"]{2,60}?),\s*who\s[^;“”"]*,\s*$/u.exec(body.slice(fromWho, verbStart))
        : null;
      if (!found && describedSubject?.[1] && (/^\s*that\s/iu.test(afterVerb) || finiteAfter(afterVerb))) {
        const referent = byTitle(describedSubject[1], index, []);
        inverted = false;
        found = referent
          ? { referent, label: null, start: fromWho }
          : { referent: null, label: describedSubject[1], start: fromWho };
      }
      if (found) {
        // The apposition's subject, found above: what follows the verb was said.
      } else if (
        inverted &&
        invertible &&
        // (A verb that opens what was said names no speaker after it: "The elected president, who takes
        // power in ten days, pointed out that …".)
        !/^\s*that\s/iu.test(body.slice(verbEnd, verbEnd + 8))
      ) {
        const after = body.slice(verbEnd, sentence.end);
        const lead = after.length - after.trimStart().length;
        // "said Secretary of State Antony Blinken", "said White House National Security Council spokesman
        // John Kirby": the person after their titles (capitalised, or a role's word).
        // (Not one whose post is named after them: "said Lofven’s spokesman Jonatan Holst" is the
        // spokesman's.)
        const owner = (m: Mention | undefined) => m !== undefined && possessive(m);
        let person = personStartingAt.get(verbEnd + lead);
        if (owner(person)) person = undefined;
        const title = /(?:\p{Lu}[\p{L}’'.-]*|of|for|(\p{Ll}+))\s+/uy;
        title.lastIndex = lead;
        // (A role's word may come after words in small letters that describe it: "said government
        // spokesman Jonatan Holst".)
        const roleAhead = (from: number) =>
          (/^(?:\p{Ll}+\s+){0,2}(\p{Ll}+)\s/u.exec(after.slice(from))?.slice(1) ?? []).some((w) =>
            roleWords.has(w),
          );
        for (let k = 0; !person && k < 9; k++) {
          const at = title.lastIndex;
          const word = title.exec(after);
          if (!word || (word[1] && !roleWords.has(word[1]) && !roleAhead(at))) break;
          person = personStartingAt.get(verbEnd + title.lastIndex);
          if (owner(person)) person = undefined;
        }
        // "“…” - said deputy to the Sejm and member of the Foreign Affairs Committee Paweł Zalewski - “…”": a
        // post in small letters, however long, before the name that closes the attribution (no stop, comma
        // or verb between; the sentence's end, a comma or a dash after it).
        if (!person) {
          const closing = (mentionsOfSentence[index] ?? []).find(
            (m) =>
              m.kind === "PERSON" &&
              m.start > verbEnd &&
              /^\s+(?:the\s+)?\p{Ll}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,14}\s+$/u.test(
                body.slice(verbEnd, m.start),
              ) &&
              !/(?<![\p{L}])(?:that|who|which|was|were|is|are|had|has|have|will|would)(?![\p{L}])/iu.test(
                body.slice(verbEnd, m.start),
              ) &&
              /^\s*(?:[-–—.,;]|$)/u.test(body.slice(m.end, Math.min(sentence.end, m.end + 4))),
          );
          if (closing && !owner(closing)) person = closing;
        }
        // "write Edward Wong and David Pierson": both wrote it.
        const and = person ? /^\s+and\s+/u.exec(body.slice(person.end, person.end + 8)) : null;
        const second = person && and ? personStartingAt.get(person.end + and[0].length) : undefined;
        if (person && second) {
          const name = (m: Mention) => referentAt.get(m.start)?.name ?? m.text;
          found = { referent: null, label: `${name(person)} and ${name(second)}`, start: verbStart };
        } else if (person)
          found = { referent: referentAt.get(person.start) ?? null, label: null, start: verbStart };
        else {
          // (Past the day it was said on: "…, said on Monday the presidents of both countries".)
          const subject = after.replace(
            new RegExp(`^\\s*(?:on\\s+)?(?:${saidOn}|yesterday|today|tonight)\\s+(?=\\p{L})`, "iu"),
            " ",
          );
          // "said the US Treasury Secretary to reporters": the person the article titles so ("said the
          // Secretary-General": with its hyphen).
          // ("said the Kazakh Head of State": a post of several words.)
          // ("said the leader of US diplomacy": the US diplomat, fieldPosts.)
          const titled =
            fieldSubject.exec(subject)?.[1] ??
            /^\s*((?:[Tt]he)\s+(?:\p{Lu}[\p{L}.’'-]*\s+(?:of\s+(?:the\s+)?)?){0,4}\p{L}+(?:-\p{L}+)?)/u.exec(
              subject,
            )?.[1];
          // ("underlined President of Latvia.", "said Latvian President": a post without its article, as
          // some reports write it, opened by a title's word or a people's.)
          const bare = titled
            ? undefined
            : // (Or an occasion after it: "said Prime Minister in a press conference along with …".)
              /^\s*((?:\p{Lu}[\p{L}.’'-]*\s+(?:of\s+(?:the\s+)?)?){0,4}\p{Lu}[\p{L}-]*)(?=\s*(?:[,.;]|$)|\s+(?:in|at|during|after|before|while|when|following)\s)/u.exec(
                subject,
              )?.[1];
          const bareFirst = bare?.split(/\s+/u)[0]?.toLowerCase() ?? "";
          // ("stated the foreign minister.": a post in small letters, its words up to the last of the post.)
          const small = /^\s*[Tt]he((?:\s+[\p{L}-]+){1,4})/u.exec(subject)?.[1]?.trim().split(/\s+/u) ?? [];
          const postEnd = small.findLastIndex((word) => roleWords.has(word.toLowerCase()));
          const smallPost =
            postEnd >= 1 &&
            !small
              .slice(0, postEnd)
              .some((word) => FUNCTION_TAGS.test(String(lexiconTag(word.toLowerCase()) ?? "")))
              ? `the ${small.slice(0, postEnd + 1).join(" ")}`
              : null;
          const referent =
            (titled ? byTitle(titled.trim(), index, []) : null) ??
            (smallPost && smallPost !== titled?.trim() ? byTitle(smallPost, index, []) : null) ??
            (!titled && bare && (roleWords.has(bareFirst) || lexiconTag(bareFirst) === "Demonym")
              ? byTitle(`the ${bare.trim()}`, index, [])
              : null);
          // ("said the official who spoke on condition of anonymity": the official.)
          // (Up to a word's end: "said a statement from the Cambodian Ministry of Foreign Affairs and
          // International Cooperation" is the whole body's name.)
          const words = /^\s*([^,;.]{2,100}(?![\p{L}\p{N}]))/u
            .exec(subject)?.[1]
            ?.replace(/\s+(?:who|which|that|speaking|familiar\s+with|briefing)\b.*$/iu, "")
            .trim();
          if (referent) found = { referent, label: null, start: verbStart };
          // (Not a clause of its own: "The Tajik president, who welcomed …, said 2024 would see the 30th
          // anniversary …" says what it names.)
          else if (words && looksLikeSpeaker(words) && !finiteAfter(subject))
            found = { referent: null, label: earlierLabel(words, index) ?? words, start: verbStart };
        }
        post = found !== null;
      } else {
        found = subjectBefore(sentence, index, verbStart);
        if (found) {
          // "…, X said." puts what was said first; "Before the meeting, X told reporters she …" does not:
          // after the verb of a closing attribution only a channel or a few words are left.
          // "…,” the Treasury Department said": the article before a subject is no part of what was said.
          const lead = body
            .slice(sentence.start, found.start)
            .replace(/(?<=[,”"’]\s*)(?:the|a|an)\s+$/iu, "");
          // (Nor the outlet that relays it all: "…, Zakharova stated, Trend reports with reference to TASS.")
          const rest = body
            .slice(verbEnd, sentence.end)
            .replace(/,?\s*according to\s+[^;]*$/iu, "")
            .replace(relayedAtStart, "")
            .trim();
          // "told reporters the two sides …": after the audience comes what was said.
          const audienceFirst = audienceLead.exec(rest);
          const afterAudience = audienceFirst ? rest.slice(audienceFirst[0].length).trim() : "";
          // "Speaking to reporters after the talks, Blinken said the meeting had been useful": without a
          // quotation before it, a clause after the verb is what was said.
          // (However short, a clause with its own finite verb: "Speaking to reporters after the talks, Brandt
          // said they were useful".)
          // (An infinitive is no circumstance: "Reviewing recent progress, both sides vowed to further boost
          // cooperation" said the boost, not the review.)
          const infinitive = /^to\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u
            .exec(afterAudience || rest)
            ?.slice(1)
            .find((word) => word && !/ly$/u.test(word) && !/Adverb/u.test(lexiconTag(word) ?? ""));
          const clauseAfter =
            !/[“”"]/u.test(lead) &&
            (wordCount(afterAudience || rest) >= 4 || finiteAfter(afterAudience || rest)) &&
            (!circumstance.test(afterAudience || rest) ||
              (infinitive !== undefined &&
                lexiconTag(infinitive) !== "Plural" &&
                readsAsVerb(infinitive) &&
                !/s$/u.test(infinitive)));
          // "“…,” Kerry said when welcoming Wang Yi before their meeting in Washington", "…, officials said
          // on Friday, after the parliament rejected the deal": after a closing quotation, or a short
          // phrase of when and a comma, what follows the verb may be long and is still not what was said.
          // A quotation that opens the sentence and closes right before the subject ("“…,” Blinken told
          // reporters at the start of the meeting", "\"…,\" the official said, adding that …") is what was
          // said, whatever follows the verb.
          const closedQuote = /[”"’],?\s*$/u.test(lead);
          // (Or one that opened in a sentence before: "“At some point, … The relationship is very special,”
          // Trump told reporters at the beginning of the dinner".)
          const quotedLead =
            closedQuote &&
            (/^[“"‘]/u.test(lead) || (!/[“‘]/u.test(lead) && (lead.match(/"/gu)?.length ?? 0) <= 1));
          // "…, a US Treasury spokesman said, ahead of a highly anticipated meeting …": a comma right after
          // the verb closes the attribution.
          post =
            /[,”"’]\s*$/u.test(lead) &&
            // (A quotation alone, however short: "“I like him,” Trump said after the meeting, which …".)
            (wordCount(lead) >= 4 || /^[“"][^“”"]+[”"],?\s*$/u.test(lead)) &&
            !/^(?:that|:)/iu.test(rest) &&
            // (Nor before a quotation the verb opens: "Asked about the talks, Orrin said, “She tried. …".)
            (closedQuote || !/^,?\s*[“"]/u.test(rest)) &&
            (quotedLead ||
              circumstanceClause.test(rest) ||
              ((wordCount(rest) <= 10 ||
                (circumstance.test(rest) &&
                  (closedQuote ||
                    /^[^,;“”"]{2,40},/u.test(rest) ||
                    // (A clause of circumstance, whole: "…, Xi said when the two leaders met in Tianjin ahead
                    // of …".)
                    circumstanceClause.test(`, ${rest}`) ||
                    // (Or a long phrase of where and when after a clause of the speaker's own: "Russia is
                    // ready to return to the grain deal, …, Putin said at a press conference after talks with
                    // Erdogan in Sochi"; not after an opening phrase, "After the talks, Xi said on Friday the
                    // ties …".)
                    (!/^(?:after|before|during|following|in|at|on|speaking|asked|when|while|as|upon|ahead)\b/iu.test(
                      lead,
                    ) &&
                      !/(?<![\p{L}])(?:that|[“"])/iu.test(rest) &&
                      !finiteAfter(rest))))) &&
                wordCount(afterAudience) <= 3 &&
                !clauseAfter));
        }
      }
      // ", saying …", "…, and stressed …", "extolled … but warned …": the verb goes on with the sentence's own
      // subject.
      // ("Mitsotakis concluded the summit by noting that …", "The Prime Minister began by congratulating …".)
      if (
        !found &&
        /(?:,|\band|\bbut|\bby)\s*$/u.test(body.slice(Math.max(sentence.start, verbStart - 5), verbStart))
      ) {
        found = sentenceSubject(sentence, index);
        post = false;
      }
      // "President Lind applauded Sudria for … | and congratulated President Brandt for …": a clause of the
      // sentence before that opens on its verb (extract.ts speechClauses) goes on with that clause's speaker.
      const previous = sentences[index - 1];
      if (
        !found &&
        verbStart === sentence.start &&
        previous &&
        previous.paragraph === sentence.paragraph &&
        /^(?:,?\s+and|,\s+who)\s+(?:also\s+)?$/u.test(body.slice(previous.end, sentence.start))
      ) {
        // (After "who", the person the clause before ends on: "… with Prime Minister Luc Frieden on Monday,
        // who hailed …".)
        const relative = /^,\s+who\s/u.test(body.slice(previous.end, sentence.start));
        const who = relative
          ? (mentionsOfSentence[index - 1] ?? []).filter((m) => m.kind === "PERSON").at(-1)
          : undefined;
        const whoReferent = who ? referentAt.get(who.start) : undefined;
        const before = relative
          ? whoReferent
            ? { referent: whoReferent, label: null }
            : null
          : speakerOf[index - 1] || labelOf[index - 1]
            ? { referent: speakerOf[index - 1] ?? null, label: labelOf[index - 1] ?? null }
            : sentenceSubject(previous, index - 1);
        if (before?.referent || before?.label)
          found = { referent: before.referent, label: before.label, start: sentence.start };
        post = false;
      }
      if (!found) continue;
      const name = found.referent ? null : found.label;
      // "a White House statement reads", "the Kremlin’s press service said": the body that issued the channel
      // speaks through it; so does an agency by its name ("the ISNA news agency said").
      // ("a statement by the Rashtrapati Bhavan said", "a readout from the Kremlin said": a body named by
      // its proper name after "by" or "from", no person the article names.)
      const issuedBy = name
        ? /^(?:an?|the)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}+\s+(?:issued\s+)?(?:by|from)\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.’'-]*){0,5})$/u.exec(
            name,
          )?.[1]
        : undefined;
      const byBody =
        issuedBy &&
        ![...referents.values()].some((r) => r.name.includes(issuedBy) || issuedBy.includes(r.name))
          ? issuedBy
          : undefined;
      const issuer = name
        ? (/^(?:[Aa]n?|[Tt]he)\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*?)(?:[’']s)?(?:\s+\p{Ll}+){1,2}$/u.exec(
            name,
          )?.[1] ??
          byBody ??
          // ("Petra news agency said", "the UAE's official WAM news agency said": the agency's own name
          // before its noun.)
          /(?:^|\s)(\p{Lu}[\p{L}.&’'-]*(?:\s+\p{Lu}[\p{L}.&’'-]*){0,3})\s+(?:\p{Ll}+\s+)?news\s+agency$/u.exec(
            name,
          )?.[1])
        : undefined;
      if (
        name &&
        issuer &&
        channelNoun.test(name) &&
        !found.referent &&
        // ("the ISNA news agency said": an agency that names itself reports in its own name.)
        (isBody(issuer) || issuer === byBody || /(?<![\p{L}])agency$/iu.test(name))
      ) {
        channel ??= name;
        if (!chosen) {
          agencyLabel = /(?<![\p{L}])agency$/iu.test(name);
          // (An agency by its name and its noun, "Petra news agency": its name alone reads as a person's.)
          const label =
            agencyLabel && !isBody(issuer)
              ? `${issuer} ${/(?:news\s+)?agency$/iu.exec(name)?.[0] ?? ""}`.trim()
              : issuer;
          chosen = { referent: null, label, verbStart, verbEnd, subjectStart: found.start, post };
        }
        continue;
      }
      // "A statement from the Norland and Sudrian ministers said …", "a statement from Foreign Minister Lind
      // said": the people it is from (a person the article names, or a group) speak through it.
      const fromWhom =
        name && channelNoun.test(name) && !found.referent
          ? /^(?:[Aa]n?|[Tt]he)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}+\s+(?:issued\s+)?(?:by|from)\s+(\S.*)$/u.exec(
              name,
            )
          : null;
      if (name && fromWhom?.[1] && !chosen) {
        const from = fromWhom[1];
        const fromEnd = found.start + name.length;
        const person = (mentionsOfSentence[index] ?? []).find(
          (m) => m.end === fromEnd && m.start >= fromEnd - from.length && referentAt.get(m.start),
        );
        const referent = person ? (referentAt.get(person.start) ?? null) : null;
        if (
          referent ||
          wholeGroup(from) ||
          /\s+and\s+/u.test(from) ||
          isBody(from.replace(/^the\s+/iu, ""))
        ) {
          channel ??= name
            .slice(0, name.length - from.length)
            .replace(/\s+(?:issued\s+)?(?:by|from)\s*$/u, "");
          chosen = {
            referent,
            label: referent ? null : from,
            verbStart,
            verbEnd,
            subjectStart: found.start,
            post,
          };
          continue;
        }
      }
      if (name && channelNoun.test(name) && !found.referent) {
        // "state media said", "a statement added": a channel, not a speaker.
        channel ??= name;
        if (post) channelTails.push(found.start);
        channelSubject ??= { ...found, verbStart, verbEnd, subjectStart: found.start, post };
        continue;
      }
      if (!chosen || (!chosen.referent && found.referent)) {
        // "The Chinese Foreign Ministry says Qin pointed out that …": who passes it on is the channel.
        if (chosen?.label && !chosen.post && !post && found.start >= chosen.verbEnd) channel ??= chosen.label;
        chosen = { ...found, verbStart, verbEnd, subjectStart: found.start, post };
      } else if (
        chosen.referent &&
        found.referent &&
        found.referent !== chosen.referent &&
        !post &&
        !chosen.post &&
        found.start >= chosen.verbEnd &&
        /^\s*(?:that\s+)?(?:the\s+)?$/iu.test(body.slice(chosen.verbEnd, found.start)) &&
        // (Words the other said, not a thing they did: "He said Trump had raised accusations of …" is his.)
        (/^\s*(?:that\b|[“"‘])/u.test(body.slice(verbEnd)) ||
          /^(?:said|says|claimed|claims|insisted|insists)$/iu.test(body.slice(verbStart, verbEnd)))
      ) {
        // "Biden said the prince claimed that he was …": what one person says another said is the other's,
        // passed on by the first.
        channel ??= speakerName(chosen);
        chosen = { ...found, verbStart, verbEnd, subjectStart: found.start, post };
      } else if (
        post &&
        !chosen.post &&
        chosen.referent &&
        found.referent &&
        found.referent !== chosen.referent &&
        (speaksForOthers(found.referent) ||
          // ("Singh told Gilani that India was willing to discuss all issues …, said Rao": what one told
          // another in the meeting, as one who briefed on it passes it on.)
          /^(?:told|tells|informed|assured)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}that\s/u.test(
            body.slice(chosen.verbStart, chosen.verbEnd + 40),
          )) &&
        found.start > chosen.verbEnd &&
        /,\s*(?:(?:the|a|an)\s+)?$/iu.test(body.slice(chosen.verbEnd, found.start))
      ) {
        // "President Sisi expressed appreciation of …, Ambassador Radi said": a spokesperson who closes the
        // sentence passes on what the person it names said.
        channel ??= speakerName(found);
        channelTails.push(found.start);
      } else if (
        post &&
        !chosen.post &&
        // (Or a group the sentence opens with: "The two ministers expressed satisfaction over …, Nepal's
        // embassy said".)
        (chosen.referent || (chosen.label !== null && wholeGroup(chosen.label))) &&
        !found.referent &&
        found.label &&
        (isBody(found.label) ||
          // (A body by its initials after "the": "…, the PMO further added".)
          /^the\s+\p{Lu}{2,6}$/u.test(found.label) ||
          // ("Aso said he will visit …, the official said": one who says that a person said it.)
          (/^(?:said|says|told)$/iu.test(body.slice(chosen.verbStart, chosen.verbEnd)) &&
            chosen.subjectStart === sentence.start + (text.length - text.trimStart().length) &&
            anonymousSource.test(found.label))) &&
        found.start > chosen.verbEnd &&
        /,\s*(?:(?:the|a|an)\s+)?$/iu.test(body.slice(chosen.verbEnd, found.start))
      ) {
        // "Erdogan, speaking to Putin, said he believed …, the Turkish presidency said": the body that closes
        // the sentence passes on what the person it names said (its attribution no part of what was said).
        channel ??= found.label;
        channelTails.push(found.start);
      } else if (
        post &&
        !chosen.post &&
        found.start > chosen.verbEnd &&
        /,\s*(?:(?:the|a|an)\s+)?$/iu.test(body.slice(chosen.verbEnd, found.start))
      ) {
        // "Xi said a conversation could happen …, she added", "Xi expressed willingness to …, the head of
        // the EU said": the attribution that closes the sentence is its speaker's; the verb before it is
        // part of what was said.
        chosen = { ...found, verbStart, verbEnd, subjectStart: found.start, post };
      } else if (
        !post &&
        !chosen.post &&
        found.referent &&
        found.referent !== chosen.referent &&
        found.start > chosen.verbEnd &&
        /,\s*$/u.test(body.slice(chosen.verbEnd, found.start)) &&
        /^(?:said|says|told|added)$/iu.test(body.slice(verbStart, verbEnd)) &&
        /^,\s+and\s+(?:was|were|is|are|\p{Ll}+ed)\b/u.test(body.slice(verbEnd, sentence.end)) &&
        wordCount(body.slice(found.start, verbStart)) <= 4
      ) {
        // "President Lee asked additional questions, Wi said, and was grateful for …": a person's attribution
        // set off by commas inside the sentence tells the rest of it, the verb before it included.
        chosen = { ...found, verbStart, verbEnd, subjectStart: sentence.start, post: false };
      }
    }
    // "Putin was quoted by Russian state news agency TASS as saying …": the one quoted, named right before,
    // speaks; who quotes them is the channel.
    const quotedBy = QUOTED_BY.exec(text);
    const quotedOne = quotedBy
      ? (mentionsOfSentence[index] ?? []).find(
          (m) =>
            m.kind !== "COUNTRY" &&
            m.end <= sentence.start + quotedBy.index &&
            !body.slice(m.end, sentence.start + quotedBy.index).trim(),
        )
      : undefined;
    if ((!chosen || (chosen.label && /^as$/iu.test(chosen.label.trim()))) && quotedBy?.[1] && quotedOne) {
      const start = sentence.start + quotedBy.index;
      chosen = {
        referent: referentAt.get(quotedOne.start) ?? null,
        label: referentAt.get(quotedOne.start) ? null : quotedOne.text,
        verbStart: start,
        verbEnd: start + quotedBy[0].length,
        subjectStart: sentence.start,
        post: false,
      };
      channel ??= quotedBy[1].trim();
    }
    // "described by Sudrian officials as …": the speaker of a passive verb.
    if (!chosen || (chosen.label && /^as$/iu.test(chosen.label.trim()))) {
      const passive = passivePattern.exec(text) ?? passiveAside.exec(text);
      const by = passive?.[1];
      if (passive && by) {
        const start = sentence.start + passive.index;
        const person = personStartingAt.get(start + passive[0].indexOf(by));
        chosen = {
          referent: person ? (referentAt.get(person.start) ?? null) : null,
          label: person ? null : by.trim(),
          verbStart: start,
          verbEnd: start + passive[0].length,
          subjectStart: start,
          post: false,
        };
      }
    }
    // "according to her", "according to his prepared remarks": the person the pronoun stands for, and
    // the remarks a channel.
    const byWhom = according?.[1] ? /^(her|him|his|them|their)\b\s*(.*)$/iu.exec(according[1].trim()) : null;
    // ("according to his critics" is no channel of his.)
    if (
      !chosen &&
      according?.[1] &&
      byWhom?.[1] &&
      !/^the(m|ir)$/iu.test(byWhom[1]) &&
      (!byWhom[2] || channelNoun.test(byWhom[2]))
    ) {
      const start = sentence.start + according.index + according[0].indexOf(according[1]);
      const pronoun = /^h(im|is)$/iu.test(byWhom[1]) ? "he" : "she";
      // The sentence's own person first ("Yellen began …, according to her prepared remarks").
      const named = (mentionsOfSentence[index] ?? [])
        .filter((m) => m.end <= start && !insideQuotation(body.slice(sentence.start, m.start)))
        .map((m) => referentAt.get(m.start))
        .filter((r): r is Referent => r !== undefined);
      const found = pronounSpeaker(pronoun, index, named.slice(0, 1), start);
      if (byWhom[2]) channel ??= according[1].trim();
      chosen = {
        ...found,
        verbStart: start,
        verbEnd: start + according[1].length,
        subjectStart: sentence.start + according.index,
        post: according.index > 10 && !namesFirst,
      };
    }
    // "In his opinion, this key document opens up new prospects": the view of the one the pronoun stands for.
    const inView = /^in\s+(his|her)\s+(?:opinion|view|words|assessment)\s*,/iu.exec(text);
    if (!chosen && inView?.[1]) {
      const found = pronounSpeaker(/^his$/iu.test(inView[1]) ? "he" : "she", index, [], sentence.start);
      chosen = {
        ...found,
        verbStart: sentence.start,
        verbEnd: sentence.start + inView[0].length - 1,
        subjectStart: sentence.start,
        post: false,
      };
    }
    // "For the Italian prime minister, this is an agreement that enriches “…”": a view that opens on whose
    // it is, a quotation of theirs in it, as translated press writes it.
    const forWhom =
      /^for\s+(the\s+(?:\p{L}[\p{L}.’'-]*\s+){0,3}\p{L}[\p{L}’'-]*)\s*,\s+(?=[^“”"]*[“"])/iu.exec(text);
    if (
      !chosen &&
      forWhom?.[1] &&
      roleWords.has(forWhom[1].trim().split(/\s+/u).at(-1)?.toLowerCase() ?? "")
    ) {
      const referent = byTitle(forWhom[1], index, []);
      if (referent) {
        const start = sentence.start + forWhom[0].indexOf(forWhom[1]);
        chosen = {
          referent,
          label: null,
          verbStart: start,
          verbEnd: sentence.start + forWhom[0].length - 1,
          // (What was said is the view after the comma.)
          subjectStart: sentence.start + forWhom[0].length,
          post: false,
        };
      }
    }
    // "According to a statement posted by Pakistan’s Foreign Ministry, the two sides …", "according to the
    // ministry’s readout": the body or person that issued the channel speaks through it.
    if (!chosen && according?.[1] && channelNoun.test(according[1]) && !byWhom) {
      const phrase = according[1].trim();
      // (Without when it was issued: "… by the Iraqi prime minister’s media office on Wednesday morning".)
      const issuer =
        /\b(?:by|from)\s+((?:the\s+)?(?:\p{Ll}+\s+)?(?:\p{Lu}[\p{L}.’'-]*[’']s\s+)?\p{Lu}[^,;]*)$/u
          .exec(phrase)?.[1]
          ?.replace(/\s+(?:(?:on|last|late|early)\s+)?\p{Lu}\p{Ll}+day\b.*$/u, "") ??
        /^(?:the\s+|an?\s+)?((?:\p{Lu}[\p{L}.’'-]*\s+)*?(?:\p{L}[\p{L}.’'-]*\s+){0,3}?\p{L}+)[’']s\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+$/u.exec(
          phrase,
        )?.[1] ??
        // ("according to a Nepalese Foreign Ministry press release": the body's name before the channel.)
        /^(?:the\s+|an?\s+)?((?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}.’'-]*)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+$/u.exec(
          phrase,
        )?.[1];
      const start = sentence.start + according.index + according[0].indexOf(according[1]);
      const at = issuer ? start + phrase.lastIndexOf(issuer) : -1;
      // (Or the name its titles lead to: "issued by Presidential Spokesperson Isaac Chipampe".)
      const person =
        at >= 0
          ? (personStartingAt.get(at) ??
            mentions.find(
              (m) =>
                m.kind === "PERSON" &&
                m.start > at &&
                m.end === at + (issuer?.length ?? 0) &&
                /^(?:(?:the|\p{Ll}+|\p{Lu}[\p{L}.’'-]*)\s+)+$/u.test(body.slice(at, m.start)) &&
                [...body.slice(at, m.start).matchAll(/\p{L}+/gu)].some((w) =>
                  roleWords.has(w[0].toLowerCase()),
                ),
            ))
          : undefined;
      const organization =
        at >= 0
          ? mentions.find(
              (m) => m.kind === "ORGANIZATION" && m.start >= at && m.end <= at + (issuer?.length ?? 0),
            )
          : undefined;
      const fromGroup = /\b(?:by|from)\s+((?:the|both)\s+(?:two\s+)?\p{Ll}[\p{L} ]*)$/u.exec(phrase)?.[1];
      // ("according to Foreign Minister Ada Lind in a statement on Tuesday": a name after its titles, then the
      // channel it spoke in.)
      const phraseEnd = start + phrase.length;
      const speaking = nameAfterTitles(
        index,
        start,
        phraseEnd,
        /^\s+(?:in|on|at|during)\s+(?:an?|the|his|her|their)\s/u,
      );
      let issuedBy: Speaker | null = null;
      if (!issuer && speaking) {
        issuedBy = { referent: referentAt.get(speaking.start) ?? null, label: null };
        if (!issuedBy.referent) issuedBy = null;
      }
      if (issuedBy) {
        // (The channel is what they spoke in.)
      } else if (issuer && (person || organization || isBody(issuer.replace(/^the\s+/iu, ""))))
        issuedBy = {
          referent: person ? (referentAt.get(person.start) ?? null) : null,
          label: person
            ? null
            : (organization?.participant?.name ?? organization?.text ?? issuer.replace(/^the\s+/iu, "")),
        };
      else if (fromGroup && wholeGroup(fromGroup))
        // "according to a statement issued by both ministers": the group it is from (groupNouns).
        issuedBy = { referent: null, label: fromGroup };
      else if (/^the\s+same\s/iu.test(phrase)) {
        // "according to the same statement": who issued the one the text cited last.
        for (let k = index - 1; k >= Math.max(0, index - 3); k--) {
          if (!said.has(k)) continue;
          const referent = speakerOf[k] ?? null;
          const label = referent ? null : (bodyOf[k] ?? labelOf[k] ?? null);
          if (referent || label) issuedBy = { referent, label };
          break;
        }
      }
      if (issuedBy) {
        channel =
          speaking && issuedBy.referent === referentAt.get(speaking.start)
            ? body
                .slice(speaking.end, phraseEnd)
                .replace(/^\s+(?:in|on|at|during)\s+/u, "")
                .trim()
            : phrase;
        chosen = {
          ...issuedBy,
          verbStart: start,
          verbEnd: start + according[1].length,
          subjectStart: sentence.start + according.index,
          post: according.index > 10 && !namesFirst,
        };
      }
    }
    // "According to Emirati media, it was …", "…, according to the Vietnam News Agency": media by their
    // people or their name, with no one else to speak, are credited as the text credits them (as "Emirati
    // media said" is, below).
    if (
      !chosen &&
      according?.[1] &&
      channelNoun.test(according[1]) &&
      !/(?<![\p{L}])(?:from|by|of)\s/u.test(according[1]) &&
      !/[’']s\s/u.test(according[1]) &&
      (/\p{Lu}/u.test(according[1].replace(/^\s*(?:the|an?)\s+/iu, "")) ||
        bodyChannel.test(according[1].trim()))
    ) {
      const phrase = according[1].trim();
      const start = sentence.start + according.index + according[0].indexOf(according[1]);
      channel = phrase;
      chosen = {
        referent: null,
        label: phrase.replace(/^(?:the|an?)\s+/iu, ""),
        verbStart: start,
        verbEnd: start + according[1].length,
        subjectStart: sentence.start + according.index,
        post: according.index > 10 && !namesFirst,
      };
    }
    // "…, the foreign ministry reported, according to Reuters.": the outlet passes on what the one before it
    // reported, who speaks.
    const relayedBefore =
      !chosen &&
      according?.[1] &&
      /^according to\s+[^,;]+[.!]?[”"]?$/iu.test(text.slice(according.index).trim())
        ? relayed.exec(text.slice(0, according.index).replace(/,\s*$/u, ""))
        : null;
    if (!chosen && according?.[1] && relayedBefore?.[1] && relaying(relayedBefore[1])) {
      channel = according[1].trim();
      chosen = relayedBy(sentence.start, relayedBefore, relayedBefore[1]);
      relayedChosen.add(chosen);
      channelTails.push(chosen.subjectStart);
    }
    // "According to the same source, …": the one who spoke last before, person or body.
    const same = according?.[1] ? /^the\s+same\s+([\p{L}-]+)$/iu.exec(according[1].trim()) : null;
    if (
      !chosen &&
      according &&
      same?.[1] &&
      (personNouns.has(same[1].toLowerCase()) || channelNoun.test(same[1]))
    ) {
      const start = sentence.start + according.index + according[0].indexOf(according[1] ?? "");
      for (let k = index - 1; k >= 0 && !chosen; k--) {
        if (!said.has(k) || (!speakerOf[k] && !labelOf[k])) continue;
        chosen = {
          referent: speakerOf[k] ?? null,
          label: speakerOf[k] ? null : (labelOf[k] ?? null),
          verbStart: start,
          verbEnd: start + (according[1]?.length ?? 0),
          subjectStart: sentence.start + according.index,
          post: according.index > 10 && !namesFirst,
        };
      }
    }
    // "According to Passos Coelho and Neves, …": two people named, who say it together.
    if (!chosen && according?.[1] && !channelNoun.test(according[1])) {
      const start = sentence.start + according.index + according[0].indexOf(according[1]);
      const second = personEndingAt.get(start + according[1].trimEnd().length);
      const and = /\s+and\s+/u.exec(according[1]);
      const first = and ? personEndingAt.get(start + and.index) : undefined;
      // (The first may be named by the last words of a longer name: "Passos Coelho" of "Pedro Passos Coelho".)
      if (
        and &&
        first &&
        second &&
        first !== second &&
        second.start === start + and.index + and[0].length &&
        /^(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u.test(body.slice(start, first.start))
      )
        chosen = {
          referent: null,
          label: pairLabel(`${titledName("", first)} and ${titledName("", second)}`),
          verbStart: start,
          verbEnd: start + according[1].length,
          subjectStart: sentence.start + according.index,
          post: according.index > 10 && !namesFirst,
        };
    }
    if (!chosen && according?.[1] && !channelNoun.test(according[1])) {
      const start = sentence.start + according.index + according[0].indexOf(according[1]);
      // The person only when the phrase is their name ("according to Xi’s spokesman" is the spokesman's),
      // after their titles or a description ("according to her Assistant Press Secretary MM Imrul Kayes",
      // "according to her press secretary, Ihsanul Karim"; not "a spokesman for Xi Jinping").
      const named = personStartingAt.get(start);
      const ending = personEndingAt.get(start + according[1].trimEnd().length);
      const described =
        ending &&
        ending.start > start &&
        /^(?:(?!(?:of|for|to|from|by|with|at|on|in)\s)[\p{L}.’'-]+\s+){1,6},?\s*$/u.test(
          body.slice(start, ending.start).replace(/,(\s*)$/u, "$1"),
        ) &&
        !/[’']s\s/u.test(body.slice(start, ending.start));
      // (Or named in apposition after a description: "according to her press secretary, Ihsanul Karim".)
      const comma = /^,\s*/u.exec(body.slice(start + according[1].length));
      // (Or a post in capitals: "according to the Brazilian Minister of Foreign Relations, Celso Amorim".)
      const apposed =
        comma &&
        (/^(?:(?:the|his|her|their|an?)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*\s*$/u.test(
          according[1],
        ) ||
          (/^(?:the|his|her|their)\s+(?:[\p{L}’'-]+\s+){0,6}[\p{L}’'-]+\s*$/iu.test(according[1]) &&
            according[1]
              .toLowerCase()
              .split(/\s+/u)
              .some((word) => roleWords.has(word))))
          ? personStartingAt.get(start + according[1].length + comma[0].length)
          : undefined;
      // (Or a name after its titles, then words of when or where that are no part of it: "according to
      // Foreign Minister Ada Lind in a statement on Tuesday"; not "according to Lind's spokesman".)
      const phraseEnd = start + according[1].trimEnd().length;
      const leading = nameAfterTitles(
        index,
        start,
        phraseEnd,
        /^\s+(?:\([^()]{1,20}\)\s+)?(?:in|on|at|during|after|before|when|while|his|her|their)\s/u,
      );
      const person =
        named && named.end >= start + according[1].trimEnd().length
          ? named
          : described
            ? ending
            : apposed && /^\s*(?:[,.;]|$)/u.test(body.slice(apposed.end, apposed.end + 2))
              ? apposed
              : leading;
      // ("according to the Chinese president", "according to Colombia’s president": the person the title
      // stands for, as "the Chinese president said" is.)
      const titled =
        person ||
        !/^(?:the\s|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?['’]s\s)/u.test(according[1].trim()) ||
        wordCount(according[1]) > 4
          ? null
          : byTitle(according[1].trim(), index, []);
      // "According to Castro, the two leaders committed to further cooperation …": a group the words go on
      // with speaks, and the one they are according to passes it on.
      const after = text.slice(according.index + according[0].length).replace(/^\s*,\s*/u, "");
      // (Only a group that did something, "the two leaders committed to …"; "According to Velkova, the two
      // sides can expand trade" is her view of what they can do.)
      const opened = according.index <= 1 && (person || titled) ? openingGroup(after) : undefined;
      const group =
        opened &&
        /^\s+(?:(?:also|jointly|both|further|\p{Ll}+ly)\s+)?\p{Ll}+ed(?![\p{L}])/u.test(
          after.slice(after.indexOf(opened) + opened.length),
        )
          ? opened
          : undefined;
      if (group) channel = according[1].trim();
      chosen = group
        ? {
            referent: null,
            label: group,
            verbStart: start,
            verbEnd: start + according[1].length,
            subjectStart: sentence.start + according.index,
            post: false,
          }
        : {
            referent: person ? (referentAt.get(person.start) ?? null) : titled,
            // (The source's words only: "discussions that according to Swedish officials were to focus on
            // …" is said by "Swedish officials".)
            label:
              person || titled
                ? null
                : according[1]
                    .replace(
                      /\s(?:were|was|is|are|had|has|have|would|will|could|should|might|may|can|did|does|do)\s.*$/su,
                      "",
                    )
                    .trim(),
            verbStart: start,
            verbEnd: start + according[1].length,
            subjectStart: sentence.start + according.index,
            post: according.index > 10 && !namesFirst,
          };
    }

    // Said by a channel alone ("Saudi state media said …"): what it says is credited to it, as the text
    // credits it.
    // (Not a quotation, which may be the words of someone named before; not a document named again or
    // issued by someone: "the statement said", "a statement from Velkova's office said".)
    const channelLabel = channelSubject?.label ?? "";
    // (A few quoted words of the narrator's are no quotation: "… discussed “new crises” …, Emirati media
    // said".)
    const quotation = [...text.matchAll(QUOTE)].some((q) => wordCount(q[1] ?? "") >= 4);
    if (
      !chosen &&
      channelSubject &&
      !quotation &&
      (!/^(?:the|a|an|this|that|its|his|her|their)\s/iu.test(channelLabel) ||
        bodyChannel.test(channelLabel)) &&
      !/\b(?:from|by|of)\s/u.test(channelLabel) &&
      // ("Japan's Nikkei newspaper said" is the paper's; "Velkova's statement said" is no one's yet.)
      (!/[’']s\s/u.test(channelLabel) || bodyChannel.test(channelLabel))
    )
      chosen = channelSubject;
    // "…, according to a Nepalese Foreign Ministry press release. “…,” the release said.": the document
    // named again is the one the body that spoke just before issued ("“…,” the two governments said in a
    // joint communique. … “…,” said the communique": the two governments').
    if (
      !chosen &&
      channelSubject &&
      /^the\s/iu.test(channelLabel) &&
      !/\b(?:from|by|of)\s/u.test(channelLabel)
    ) {
      for (let k = index - 1; k >= Math.max(0, index - 3); k--) {
        if (!said.has(k) && !issuedOnly.has(k)) continue;
        // (Past words that came through another kind of document: "Biya said in a post …" between "the
        // presidency said in a statement" and "the statement said" leaves the statement the presidency's.)
        const through = documentOf[k];
        const named = documentNoun(channelLabel);
        if (through && through !== named && !anyDocument.has(named)) continue;
        const spoke = bodyOf[k];
        const issuer = issuedOf[k] ?? (spoke ? { referent: null, label: spoke } : null);
        // (Past a sentence that names no document's issuer: "X said in statement that …. Both sides noted
        // …. The statement added: “…”" is X's statement.)
        if (!issuer) continue;
        chosen = { ...channelSubject, ...issuer };
        break;
      }
      // ("A spokesperson for Senator Payne confirmed the meeting …. “…,” the statement said.": a statement
      // no one was said to issue is the one who spoke in the sentence right before.)
      const before = index - 1;
      if (!chosen && said.has(before) && !documentOf[before] && (speakerOf[before] || labelOf[before]))
        chosen = {
          ...channelSubject,
          referent: speakerOf[before] ?? null,
          label: speakerOf[before] ? null : (labelOf[before] ?? null),
        };
    }

    const quotes = [...text.matchAll(QUOTE)].map((q) => ({
      start: sentence.start + q.index,
      end: sentence.start + q.index + q[0].length,
      words: wordCount(q[1] ?? ""),
    }));
    // A quotation opened and left open to the end of its paragraph (it goes on in the next one, or the
    // capture ends): it runs to the paragraph's end.
    const last = paragraphLast.get(sentence.paragraph);
    // (Or opened after the verb's colon or comma: "Trump said: “He tried. He was working hard …".)
    const opened = /(?:^|[:,]\s*)([“"])/u.exec(text);
    if (quotes.length === 0 && opened && last) {
      const from = sentence.start + opened.index + opened[0].length - 1;
      const rest = body.slice(from, last.end);
      if (leftOpen(rest)) {
        quotes.push({ start: from, end: last.end, words: wordCount(rest) });
        for (let k = index; sentences[k]?.paragraph === sentence.paragraph; k++) skipUntil = k;
      }
    }

    // "the Chinese foreign ministry cited Wang as saying", "Xinhua quoted Xi as saying": the one cited
    // speaks; who cites them is the channel.
    // ("The Associated Press quoted Iranian state television as saying": a medium citing another.)
    if (
      !chosen &&
      channelSubject &&
      /^(?:cited|cites|quoted|quotes)$/iu.test(body.slice(channelSubject.verbStart, channelSubject.verbEnd))
    )
      chosen = channelSubject;
    if (chosen && /^(?:cited|cites|quoted|quotes)$/iu.test(body.slice(chosen.verbStart, chosen.verbEnd))) {
      const after = body.slice(chosen.verbEnd, sentence.end);
      const cited = CITED_AS.exec(after);
      const at = cited ? chosen.verbEnd + (cited[0].length - cited[0].trimStart().length) : -1;
      // (The person's name right before "as saying": "cited Varnow's office as saying" is the office's.)
      const nameEnd = cited
        ? at + cited[0].trimStart().replace(/,?\s+as\s+(?:having\s+)?\S+$/u, "").length
        : -1;
      const person = cited
        ? (mentionsOfSentence[index] ?? []).find(
            (m) => m.kind === "PERSON" && m.start >= at && m.end === nameEnd,
          )
        : undefined;
      // ("quoted the Egyptian leader as saying": the one the article gives that title.)
      const words = cited ? `${cited[1] ?? ""}${cited[2] ?? ""}`.trim() : "";
      const referent = person
        ? referentAt.get(person.start)
        : cited && /^the\s/iu.test(words)
          ? (byTitle(words, index, []) ?? undefined)
          : undefined;
      // ("quoted Iranian state television as saying": a body or a medium no list names, by its words.)
      if (referent || (cited && !person && looksLikeSpeaker(words))) {
        const citer = body.slice(chosen.subjectStart, chosen.verbStart).trim();
        // (A channel read up to "as saying" holds the one cited: the citer alone is the channel.)
        if (channel && words && channel.includes(words)) channel = null;
        // ("he quoted Osinbajo as saying": the one "he" stands for.)
        const citing = chosen.referent;
        if (citing) citerOf[index] = citing;
        if (citer && !/[“”"]/u.test(citer))
          channel ??= citing && pronounWord.test(citer) ? citing.name : citer;
        // ("Egypt is keen on …, Ambassador Radi quoted the Egyptian leader as saying.": closing the sentence,
        // the citation tells the words before it.)
        const closing =
          cited !== null &&
          /^[\s.!?]*$/u.test(body.slice(chosen.verbEnd + cited[0].length, sentence.end)) &&
          /,\s*$/u.test(body.slice(sentence.start, chosen.subjectStart));
        chosen = referent
          ? { ...chosen, referent, label: null, ...(closing ? { post: true } : {}) }
          : { ...chosen, referent: null, label: words, ...(closing ? { post: true } : {}) };
      }
    }
    // The one another relays speaks, and the one relaying (their words before the verb) is the channel.
    const relayTo = (by: NonNullable<typeof chosen>, referent: Referent) => {
      const citer = body.slice(by.subjectStart, by.verbStart).trim();
      if (by.referent) citerOf[index] = by.referent;
      if (citer && !/[“”"]/u.test(citer))
        // ("He also quoted him": the pronoun, an adverb after it aside.)
        channel ??= by.referent && pronounWord.test(citer.split(/\s/u)[0] ?? "") ? by.referent.name : citer;
      return { ...by, referent, label: null };
    };
    // "Quoting Prakash, Ahmad said that …": the one a speaker is quoting or citing, named in the sentence's
    // opening, speaks; the speaker is the channel.
    if (chosen) {
      const subjectStart = chosen.subjectStart;
      const relay = /(?:^|,\s*)(?:quoting|citing)\s+[^,;“”"]{2,60},\s*$/iu.exec(
        body.slice(sentence.start, subjectStart),
      );
      const person = relay
        ? (mentionsOfSentence[index] ?? []).find(
            (m) => m.kind === "PERSON" && m.start >= sentence.start + relay.index && m.end <= subjectStart,
          )
        : undefined;
      const referent = person ? referentAt.get(person.start) : undefined;
      if (referent && referent !== chosen.referent) chosen = relayTo(chosen, referent);
    }
    // "He also quoted him as saying that …": the one quoted is the one who spoke in the sentence before, when
    // that is not the one quoting.
    if (chosen && /^(?:cited|cites|quoted|quotes)$/iu.test(body.slice(chosen.verbStart, chosen.verbEnd))) {
      const before = speakerOf[index - 1];
      if (
        before &&
        before !== chosen.referent &&
        OBJECT_AS_SAYING.test(body.slice(chosen.verbEnd, sentence.end))
      )
        chosen = relayTo(chosen, before);
    }
    // One whose words another reports: a person named at `from` (after title words only) and before `until`,
    // with a verb of speech right after the name.
    const speakerOpening = (from: number, until: number) =>
      (mentionsOfSentence[index] ?? []).find(
        (m) =>
          m.kind === "PERSON" &&
          m.start >= from &&
          m.start < until &&
          /^(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u.test(body.slice(from, m.start)) &&
          reportedAfter(body.slice(m.end, sentence.end)),
      );
    // What one reports another as saying is the other's; the one who reports it, as written (without the comma
    // that closes an apposition: "Hana Velkova, says …"), is the channel, unless a quotation or a pronoun.
    const passOn = (reported: NonNullable<typeof chosen>, referent: Referent) => {
      const reporter = body
        .slice(reported.subjectStart, reported.verbStart)
        .trim()
        .replace(/[,;:]$/u, "");
      if (reporter && !/[“”"]/u.test(reporter) && !pronounWord.test(reporter)) channel ??= reporter;
      return { ...reported, referent, label: null };
    };
    // "The spokesperson for the presidency said President al-Sissi stressed …": what one reports another
    // as saying is the other's, whose name (after its title words) opens what was said, right before a verb
    // of speech; the one who reports it is the channel.
    if (
      chosen &&
      !chosen.post &&
      /^(?:said|says|added|told)$/iu.test(body.slice(chosen.verbStart, chosen.verbEnd))
    ) {
      const at = chosen.verbEnd + (/^\s+(?:that\s+)?/u.exec(body.slice(chosen.verbEnd))?.[0].length ?? 0);
      const person = speakerOpening(at, sentence.end);
      // (Or by title alone: "Rady said that the president praised …" is the one the article gives that title.)
      // (The fewest words up to a title's last word, a verb of speech right after them.)
      const titledOne = person
        ? undefined
        : [1, 2, 3]
            .map((n) =>
              new RegExp(`^the(?:\\s+[\\p{L}-]+){${n}}(?=\\s)`, "u").exec(body.slice(at, sentence.end)),
            )
            .find(
              (m) =>
                m !== null &&
                roleWords.has((m[0].split(/\s+/u).at(-1) ?? "").toLowerCase()) &&
                reportedAfter(body.slice(at + m[0].length, sentence.end)),
            );
      const byItsTitle = titledOne ? byTitle(titledOne[0], index, []) : null;
      const referent = person ? referentAt.get(person.start) : (byItsTitle ?? undefined);
      if (referent && referent !== chosen.referent) chosen = passOn(chosen, referent);
    }
    // "Dendias said statements of this sort do not help …, the same sources said": a closing attribution
    // to an unnamed source, after a sentence that opens with a person and a verb of speech, passes on that
    // person's words; the source is the channel (as "The spokesperson said President al-Sissi stressed …").
    if (chosen?.post && !chosen.referent) {
      const opener = speakerOpening(sentence.start, chosen.subjectStart);
      const referent = opener ? referentAt.get(opener.start) : undefined;
      if (referent) chosen = passOn(chosen, referent);
    }
    // "Orrin proposed that …, according to the official who briefed reporters": whom the text credits with
    // the account of what a person said is the channel.
    if (
      chosen?.referent &&
      !chosen.post &&
      according?.[1] &&
      sentence.start + according.index > chosen.verbEnd &&
      looksLikeSpeaker(according[1].replace(/\s+(?:who|which|that)\b.*$/su, "").trim())
    ) {
      channel ??= according[1].trim();
      channelTails.push(sentence.start + according.index);
    }
    // "Xi told Biden …, Chinese state news agency Xinhua reported": who passed it on closes the sentence.
    const relay = relayed.exec(text) ?? relayedInverted.exec(text);
    // ("…, the presidency's press service has reported": the tense's auxiliary is no part of the name.)
    const relayer = (relay?.[1] ?? "").replace(/\s+(?:has|have|had)$/u, "").replace(/\.$/u, "");
    const named = relaying(relayer);
    // (After a closing attribution too: "…, Peskov said Sunday, Sputnik International reported".)
    // (Right after the verb too: "…, the press service of the ministry says, Trend reports".)
    if (chosen && relay && named && sentence.start + relay.index >= chosen.verbEnd) {
      channel ??= relayer;
      channelTails.push(sentence.start + relay.index);
    }
    // "…, the press service of the President says, Trend reports.": a body that said it, closing the
    // sentence before the outlet, speaks; the outlet is the channel.
    if (
      !chosen &&
      relay &&
      named &&
      channelSubject?.post &&
      channelSubject.verbEnd <= sentence.start + relay.index &&
      /^[\s\p{L}\d]{0,30}$/u.test(body.slice(channelSubject.verbEnd, sentence.start + relay.index))
    ) {
      channel = relayer;
      channelTails.push(channelSubject.subjectStart);
      chosen = channelSubject;
    }
    // "Iran and Saudi Arabia agreed to resume relations, news agency Reuters reported.": with no one else
    // speaking, what it reports is the relayer's to say.
    if (!chosen && relay && named && !/[“”"]/u.test(text) && relay.index > 0) {
      chosen = relayedBy(sentence.start, relay, relayer);
      relayedChosen.add(chosen);
    }
    // "…,” CCTV reported, citing Xi as saying.": the one cited speaks; who reports it is the channel.
    const citing = CITING.exec(text);
    const [, citer, citingVerb, citedName] = citing ?? [];
    if (citing && citer && citingVerb && citedName) {
      const citedAt = sentence.start + citing.index + citing[0].lastIndexOf(citedName);
      const person = (mentionsOfSentence[index] ?? []).find(
        (m) => m.kind === "PERSON" && m.start >= citedAt && m.end <= citedAt + citedName.length,
      );
      const referent = person ? referentAt.get(person.start) : undefined;
      if (referent) {
        const subjectStart = sentence.start + citing.index + citing[0].indexOf(citer);
        const verbStart = subjectStart + citer.length + 1;
        channel = citer;
        chosen = {
          referent,
          label: null,
          verbStart,
          verbEnd: verbStart + citingVerb.length,
          subjectStart,
          post: true,
        };
      }
    }
    if (chosen) {
      if (chosen.referent) speakerOf[index] = chosen.referent;
      else if (chosen.label && loneSpeakerName(chosen.label.trim(), vocabulary)) {
        // "“…,” Jaishankar told reporters. He added …": a person the text names by one word only is who a
        // pronoun after it stands for.
        const name = chosen.label.trim();
        const key = normalizeName(name);
        let referent = referents.get(key);
        if (!referent) {
          referent = { key, name, participant: null, titles: new Set(), gender: null };
          referents.set(key, referent);
        }
        speakerOf[index] = referent;
      } else if (
        chosen.label &&
        /^(?:an?|the)\s/iu.test(chosen.label.trim()) &&
        !channelNoun.test(chosen.label)
      ) {
        // Only a person so described ("a senior official", "the spokeswoman"), never a body ("the White
        // House", "the ministry") or a side.
        // The head noun before what qualifies it ("a spokesman for the ministry", "an official familiar
        // with the talks").
        const head = headNoun(chosen.label);
        if (head && personNouns.has(head)) labelOf[index] = chosen.label;
      }
      if (!chosen.referent && chosen.label && !labelOf[index] && (isBody(chosen.label) || agencyLabel))
        bodyOf[index] = chosen.label;
      if (!chosen.referent && chosen.label && pairLabels.has(chosen.label)) pairOf[index] = chosen.label;
      if (channel && channelNoun.test(channel) && (chosen.referent || chosen.label)) {
        issuedOf[index] = { referent: chosen.referent, label: chosen.label };
        documentOf[index] = documentNoun(channel);
      }
      // What was said: before the attribution when it comes last, else after the verb.
      let start: number;
      let end: number;
      if (chosen.post) {
        start = sentence.start;
        // "At present, relations are at their lowest point. This does not conform to …, Qin noted.": a
        // paragraph that ends by naming its speaker is all that speaker's, when the sentences before say
        // nothing of anyone else.
        const first = paragraphStarts.get(sentence.paragraph) ?? index;
        const others = (k: number) =>
          (mentionsOfSentence[k] ?? []).some((m) => referentAt.get(m.start) !== chosen.referent) ||
          /[“”"]/u.test(sentences[k]?.text ?? "");
        let clear = first < index && !/[“”"]/u.test(text);
        for (let k = first; k < index && clear; k++) {
          clear = !said.has(k) && !inTurn.has(k) && !others(k) && !anyVerb.test(sentences[k]?.text ?? "");
        }
        if (clear) start = (sentences[first] as Sentence).start;
        end = chosen.subjectStart;
        // "…,” the Treasury Department said": the subject's article.
        const article = /(?<=[,”"’]\s*)(?:the|a|an)\s+$/iu.exec(body.slice(start, end));
        if (article) end -= article[0].length;
        if (according && according.index > 10 && chosen.subjectStart > sentence.start + according.index) {
          end = Math.min(end, sentence.start + according.index);
        }
        // ("The issues, according to Adesina, include …": an aside between the subject and its verb says
        // the whole sentence.)
        if (
          according &&
          according.index > 10 &&
          chosen.subjectStart === sentence.start + according.index &&
          /,\s*$/u.test(text.slice(0, according.index)) &&
          /^\s*,\s*\p{Ll}+\s+\S/u.test(text.slice(according.index + according[0].length))
        )
          end = sentence.end;
      } else {
        start = chosen.subjectStart;
        end = sentence.end;
        for (const tail of channelTails) if (tail > chosen.verbEnd) end = Math.min(end, tail);
        // (Not the article and the comma before the channel's name: "…, the Russian Foreign Ministry said".)
        const article = end < sentence.end ? /[,;]?\s+(?:the|a|an)\s*$/iu.exec(body.slice(start, end)) : null;
        if (article) end = start + article.index;
        if (according && sentence.start + according.index > chosen.verbEnd) {
          end = Math.min(end, sentence.start + according.index);
        }
      }
      // ("“Initially – added Meloni -, the structures …”": an attribution set inside the quotation by dashes
      // says the whole quotation.)
      const around = quotes.find((q) => q.start < chosen.verbStart && q.end > chosen.verbEnd);
      if (around) {
        start = around.start;
        end = around.end;
      }
      // The whole of a quotation that stands alone as what was said.
      const inside = quotes.filter((q) => q.start >= start - 1 && q.end <= end + 1);
      // (Or the verb's very object, whatever the subject's length: "the Premier noted “We must …”".)
      const only =
        inside.length === 1 &&
        inside[0] &&
        (wordCount(body.slice(start, end)) - inside[0].words <= 2 ||
          (!chosen.post &&
            /^\s*[:,]?\s*$/u.test(body.slice(chosen.verbEnd, inside[0].start)) &&
            !/\p{L}/u.test(body.slice(inside[0].end, end))));
      // "Both voiced their hope for the year -- “a relationship based on friendship,” Peña Nieto said.":
      // the quotation right before the attribution is what was said; the words before it are narration.
      const closing = inside.at(-1);
      // "“…,” Ministry of External Affairs (MEA) spokesperson, Randhir Jaiswal said.": the speaker's post set
      // off before the name by a comma is the subject's, not what was said.
      const postApart = (between: string) => {
        const post =
          /^[\s,]*(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|of|for|and|\(\p{Lu}{2,}\))\s+)*(\p{L}+),\s*$/u.exec(
            between,
          );
        return post?.[1] !== undefined && describedBy.has(post[1].toLowerCase());
      };
      if (only && inside[0]) {
        start = inside[0].start;
        end = inside[0].end;
      } else if (
        closing &&
        inside.length === 1 &&
        closing.words >= 3 &&
        closing.end <= chosen.subjectStart &&
        postApart(body.slice(closing.end, chosen.subjectStart)) &&
        !/\p{L}/u.test(body.slice(start, closing.start))
      ) {
        start = closing.start;
        end = closing.end;
      } else if (
        chosen.post &&
        closing &&
        closing.words >= 5 &&
        /^[\s,]*$/u.test(body.slice(closing.end, chosen.subjectStart)) &&
        !/[“”"]/u.test(body.slice(start, closing.start))
      ) {
        start = closing.start;
      }
      // "Secretary Clinton said:" at the end of its paragraph: what was said is the quotation that follows.
      // (Or "The Tánaiste said," on a line of its own.)
      const endsOn = body.slice(chosen.verbEnd, sentence.end);
      if (
        !chosen.post &&
        (/:\s*$/u.test(endsOn) || (/,\s*$/u.test(endsOn) && /^[^\S\n]*\n/u.test(body.slice(sentence.end)))) &&
        wordCount(endsOn) <= 6 &&
        paragraphLast.get(sentence.paragraph) === sentence
      ) {
        carry = { speaker: chosen, paragraph: sentence.paragraph, colon: true };
        continue;
      }
      // "“… climate change.” Blinken said.": nothing said after the verb; the quotation before is theirs.
      // "“The door is open,” Norland's envoy Ivo Brandt said.": the quotation before the subject's words.
      const quoteBefore = quotes.filter((q) => q.end <= chosen.subjectStart && q.words >= 3).at(-1);
      const bare = !chosen.post && !/\p{L}/u.test(body.slice(chosen.verbEnd, end).replace(/[.!?]+$/u, ""));
      if (bare && quoteBefore) {
        start = quoteBefore.start;
        end = quoteBefore.end;
        inside.splice(0, inside.length, quoteBefore);
      } else if (bare) {
        // The quotation before it, if any, takes this speaker below (unclaimed quotations).
        opensWith.set(index, chosen);
        continue;
      }
      // "Noting an unprecedented level of relations …, the parties highlighted …": a participle of speech that
      // opens the sentence before its subject says what the subject said too.
      if (
        !chosen.post &&
        start > sentence.start &&
        openingParticiple.test(body.slice(sentence.start, chosen.subjectStart))
      )
        start = sentence.start;
      while (end > start && /[\s,;:.—–-]/u.test(body[end - 1] ?? "")) end--;
      while (start < end && /[\s,;:—–-]/u.test(body[start] ?? "")) start++;
      // "Biden told reporters: “…”", "with Biden telling López Obrador: “…”": a quotation after the verb's
      // object and a colon is what was said, in the speaker's own words; the sentence may go on after it.
      // (Only a plain object before the colon, the one told: "told reporters Xi had warned him: “…”" quotes
      // another.)
      const addressed = /^(?:told|tells|telling|assured|informed|asked|asking)$/iu.test(
        body.slice(chosen.verbStart, chosen.verbEnd),
      );
      // (Words between a verb and its quotation with no verb or clause of their own: the one told, four words
      // at most, or a circumstance, "at the start of their meeting".)
      const plainObject = (between: string, most = 4) => {
        verbPattern.lastIndex = 0;
        const verb = verbPattern.test(between);
        verbPattern.lastIndex = 0;
        return (
          !verb &&
          wordCount(between) <= most &&
          !/(?<![\p{L}])(?:that|had|has|have|was|were|is|are|would|will|who|which)(?![\p{L}])/iu.test(between)
        );
      };
      // ("He emerged from the meeting, declaring: “…”": a colon right after the verb, no object, too.)
      const colonQuote = chosen.post
        ? undefined
        : quotes.find(
            (q) =>
              q.start >= chosen.verbEnd &&
              q.words >= 3 &&
              (/^\s*:\s*$/u.test(body.slice(chosen.verbEnd, q.start)) ||
                // (A comma before a quotation left open to its paragraph's end: "Orrin said, “She tried. …".)
                (/^\s*,\s*$/u.test(body.slice(chosen.verbEnd, q.start)) &&
                  q.end === paragraphLast.get(sentence.paragraph)?.end) ||
                // (A circumstance between the verb and its comma: "Xi said at the start of their meeting,
                // “In recent times, …”", the quotation ending the sentence.)
                // (One circumstance, with no comma, clause or speech of its own: not "said after the talks
                // that relations were, in her words, “…”", nor "said as Orrin told reporters, “…”".)
                (/^\s+(?:at|during|after|before|in|on|ahead\s+of|following)\s[^“”"‘.;:!?,]{1,60},\s*$/u.test(
                  body.slice(chosen.verbEnd, q.start),
                ) &&
                  plainObject(body.slice(chosen.verbEnd, q.start), 12) &&
                  q.end >= sentence.end - 2) ||
                (addressed &&
                  /^\s+[^“”"‘.;:!?]{1,50}:\s*$/u.test(body.slice(chosen.verbEnd, q.start)) &&
                  plainObject(body.slice(chosen.verbEnd, q.start)))),
          );
      if (colonQuote) {
        start = colonQuote.start;
        end = colonQuote.end;
        inside.splice(0, inside.length, colonQuote);
      }
      const objectQuote =
        colonQuote !== undefined ||
        quotes.some(
          (q) =>
            q.start >= chosen.verbEnd &&
            /^\s*(?:as\s+|:\s*|,\s*)?$/u.test(body.slice(chosen.verbEnd, q.start)),
        );
      // A few words are a statement only as a quotation of their own after the verb ("Trump said:
      // “Maybe.”").
      if (end - start < 12 && !(only && objectQuote && /[“"]/u.test(body[start] ?? ""))) continue;
      // The speaker's own words: a quotation that is most of what was said, five quoted words or more,
      // or the verb's very object. A short quoted phrase inside reported speech keeps it REPORTED.
      const quoted = inside.reduce((sum, q) => sum + q.words, 0);
      // DIRECT is the speaker's words alone: a quotation that is all of what was said (the verb's object, or
      // all but a word or two), not a quoted phrase inside the narrator's sentence ("called climate change
      // “challenges that neither of our nations can solve”"). Either way the speaker quoted here goes on
      // speaking in a quotation that follows alone.
      const direct = quoted > 0 && (quoted + 2 >= wordCount(body.slice(start, end)) || (objectQuote && only));
      const quoting =
        quoted >= 5 || (quoted > 0 && quoted * 2 >= wordCount(body.slice(start, end))) || objectQuote;
      result.push({
        start,
        end,
        mode: direct ? "DIRECT" : "REPORTED",
        speaker: speakerName(chosen),
        participant: chosen.referent?.participant ?? null,
        channel: channel ?? voice,
        confidence: chosen.referent?.participant ? 0.7 : chosen.referent ? 0.6 : 0.4,
        ...(relayedChosen.has(chosen) ? { relayed: true } : {}),
      });
      // "“…,” he said, adding “…”", "“…,” she added, “and …”", "“…,” Panetta said, adding that he will
      // visit": what follows the attribution of a closing quotation is said too, by the same speaker.
      if (chosen.post && /^[“"‘]/u.test(body.slice(sentence.start, chosen.subjectStart))) {
        const tail = body.slice(chosen.verbEnd, sentence.end);
        // (Or after "before": "…, Pashinyan said, before thanking Kobakhidze for …".)
        const more = continuing.exec(tail);
        if (more) {
          let from = chosen.verbEnd + more.index + more[0].length;
          // "adding “…”": the quotation itself.
          const opening = /^\p{L}+\s+(?=[“"])/u.exec(body.slice(from, sentence.end));
          if (opening) from += opening[0].length;
          let to = sentence.end;
          // "adding “…” and warning …": the quotation alone.
          if (/^[“"]/u.test(body.slice(from, from + 1))) {
            const close = /[”"]/u.exec(body.slice(from + 1, sentence.end));
            if (close) to = from + 1 + close.index + 1;
          }
          while (to > from && /[\s,;:.]/u.test(body[to - 1] ?? "")) to--;
          const words = body.slice(from, to);
          if (wordCount(words) >= 4) {
            const quotation = /^[“"]/u.test(words);
            result.push({
              start: from,
              end: to,
              mode: quotation ? "DIRECT" : "REPORTED",
              speaker: speakerName(chosen),
              participant: chosen.referent?.participant ?? null,
              channel: channel ?? voice,
              confidence: chosen.referent?.participant ? 0.7 : chosen.referent ? 0.6 : 0.4,
            });
          }
        }
      }
      said.add(index);
      if (chosen.subjectStart <= sentence.start + 4) opensWith.set(index, chosen);
      if (quoting) quotedIn.set(sentence.paragraph, chosen);
      // A quotation this sentence opens and the paragraph leaves open goes on in the next paragraph ("Biden
      // told Ramaphosa: “It’s an honour … . The United States …" then "“I have long been …").
      const paragraph = paragraphText(sentence.paragraph);
      if (paragraph && leftOpen(body.slice(sentence.start, paragraph.end)))
        carry = { speaker: chosen, paragraph: sentence.paragraph };
      continue;
    }

    // A quotation with no verb of speech: the speaker of the sentence before, or after, in its paragraph.
    for (const quote of quotes) {
      if (quote.words < 3) continue;
      // "“Joining Hands to Advance Modernisation and Build a … Community with a Shared Future”": a summit's
      // theme, a slogan or a title, written in title case, is no one's spoken words.
      if (titleCased(body.slice(quote.start, quote.end))) continue;
      // "Ministers signed ‘Memorandum of Understanding between …’", "the signing and exchange of “Trade
      // and Investment Framework Arrangement …”": what is signed is a document's name.
      if (signedBefore.test(body.slice(Math.max(0, quote.start - 40), quote.start))) continue;
      // "… the Order of Norland, which is awarded to leaders “who have distinguished themselves …”": a
      // quotation inside a relative clause about a thing quotes its terms; no one of the story says it.
      const introduced = body.slice(sentence.start, quote.start);
      const ofAThing = /,\s*(?:which|that)\s[^,;:“”"]*\p{L}\s*$/iu.test(introduced);
      let neighbour: Speaker | null =
        speakerOf[index - 1] && sentences[index - 1]?.paragraph === sentence.paragraph && !ofAThing
          ? { referent: speakerOf[index - 1] ?? null, label: null }
          : null;
      // "The Prime Minister appeared satisfied but cautious: “I welcome …”": a quotation a colon opens after the
      // sentence's own words (no quotation before it) is the one the sentence is about, whoever spoke before.
      // (Not where the sentence names someone: "Velkova made similar remarks … at a meeting with Premier
      // Brandt: “…”" goes to its subject below.)
      if (
        /:\s*$/u.test(introduced) &&
        !/[“”"]/u.test(introduced) &&
        !(mentionsOfSentence[index] ?? []).some((m) => m.end <= quote.start)
      ) {
        const own = sentenceSubject(sentence, index);
        if (own?.referent || own?.label) neighbour = { referent: own.referent, label: own.label };
      }
      // "Patiño agreed: “Transport organizations are not …”": the name that opens the sentence and a few
      // words of its own before the colon, whoever spoke in the sentence before.
      const opener = (mentionsOfSentence[index] ?? []).find(
        (m) =>
          m.end <= quote.start &&
          /^\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+\s*:\s*$/u.test(body.slice(m.end, quote.start)) &&
          /^(?:(?:\p{Lu}[\p{L}’'.-]*|of|for|the)\s+)*$/u.test(body.slice(sentence.start, m.start)),
      );
      const openerReferent = opener ? referentAt.get(opener.start) : undefined;
      if (openerReferent) neighbour = { referent: openerReferent, label: null };
      // "The president “underlined the importance of cooperation …”": the subject right before a quotation
      // that opens with a verb of speech said what it reports, in words the text quotes from elsewhere (a
      // press release's); reported, from the subject on.
      let reportedFrom: number | null = null;
      // (So too after an earlier one and its subject: "Biden “emphasized …,” and he “underscored …”".)
      if (
        quotedVerb.test(body.slice(quote.start, quote.end)) &&
        // (Or an aside after the subject: "Dvorak, for his part, “expressed …”".)
        (/\p{L}\s*$/u.test(introduced) ||
          /,\s*$/u.test(fillerPattern(NO_OCCASIONS).exec(introduced)?.[0] ?? "")) &&
        !/[“"]/u.test(introduced.replace(/[“"][^“”"]*[”"]/gu, ""))
      ) {
        // (Not the subject of a clause another's verb of speech reports: "The Indian embassy said in a tweet
        // that the two foreign secretaries “reviewed …”" quotes the embassy's tweet.)
        const own = saidThat.test(introduced)
          ? sentenceSubject(sentence, index)
          : subjectBefore(sentence, index, quote.start);
        if (own?.referent || own?.label) {
          neighbour = { referent: own.referent, label: own.label };
          reportedFrom = own.start;
        }
      }
      const fromBefore = neighbour;
      // "Blinken met ministers “to discuss …”": the person the sentence is about, named before the quotation.
      // (The sentence's subject, not a name after a preposition: "Modi made similar remarks … at a meeting
      // with Prime Minister Donald Tusk: “…”" quotes Modi.)
      const named = (mentionsOfSentence[index] ?? []).filter((m) => m.end <= quote.start);
      const governed = (m: Mention) =>
        /(?:^|\s)(?:with|to|by|for|at|from|of|between|among|unlike|upon)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}’'.-]*|of|for)\s+)*$/iu.test(
          body.slice(sentence.start, m.start),
        );
      const subject = [...named].reverse().find((m) => !governed(m)) ?? named.at(-1);
      // (Every name a preposition's object, under a pronoun's subject: "He paid tribute to Dr Orrin,
      // describing him as “a statesman …”" is his, the one "He" stands for.)
      if (!neighbour && subject && governed(subject) && quote.words >= 8 && !ofAThing) {
        const pronoun = /^(he|she)\s/iu.exec(body.slice(sentence.start, subject.start))?.[1];
        const own = pronoun ? pronounSpeaker(pronoun, index, [], sentence.start) : null;
        if (own?.referent) neighbour = { referent: own.referent, label: null };
      }
      // (Not a quotation inside a relative clause about a thing, above.)
      if (!neighbour && subject && quote.words >= 8 && !ofAThing) {
        // "Yoon's Japanese counterpart …, saying that “…”": the one the possessive describes.
        const owner = possessed(subject, index);
        const referent = owner === undefined ? (referentAt.get(subject.start) ?? null) : owner;
        if (referent) neighbour = { referent, label: null };
      }
      // "In a joint statement, they recognized the “…”", "The two leaders pledged “…”": the group the sentence
      // opens with (past an opening phrase), where it names no one before the quotation.
      if (!neighbour && named.length === 0 && quote.words >= 8 && !ofAThing && !/[“”"]/u.test(introduced)) {
        const group =
          openingGroup(sentence.text) ?? (THEY_OPENING.test(sentence.text) ? recentGroup(index) : null);
        if (group) neighbour = { referent: null, label: group };
        // (Two people so found speak on as a pair: "They pledged to continue “…”" after it.)
        if (group && pairLabels.has(group)) pairOf[index] = group;
      }
      // A paragraph that is a quotation alone goes on with the quotation of the paragraph before it.
      const previous = sentences[index - 1]?.paragraph;
      if (
        !neighbour &&
        paragraphStarts.get(sentence.paragraph) === index &&
        quote.start <= sentence.start + 1 &&
        previous !== undefined
      ) {
        neighbour = quotedIn.get(previous) ?? null;
      }
      // "He says his visit is also to celebrate …. “Gandhi and Mandela are …”": a paragraph that opens with
      // a quotation no one is credited with, after sentences in which one person spoke, is that person's,
      // when no one else is named in between (but in the sentence right before, the one who spoke).
      if (
        !neighbour &&
        paragraphStarts.get(sentence.paragraph) === index &&
        quote.start <= sentence.start + 1
      ) {
        const seen = new Set<Referent>();
        // (Or others the quotation speaks of: "Press Secretary Zarvik said …. Lind's first stop was in
        // Botswana, where she met with President Boko." over "“… saw the two leaders commit to …”" is
        // Zarvik's, the two leaders' words being told of, not quoted.)
        const quoted = body.slice(quote.start, quote.end);
        const spokenOf = new Set(
          (mentionsOfSentence[index] ?? [])
            .filter((m) => m.start >= quote.start && m.end <= quote.end)
            .map((m) => referentAt.get(m.start))
            .filter((referent) => referent !== undefined),
        );
        const ofAGroup = groupWithin?.test(quoted) ?? false;
        for (let k = index - 1; k >= Math.max(0, index - 3); k--) {
          for (const person of personsOf[k] ?? []) seen.add(person);
          const speaker = speakerOf[k];
          if (!speaker && !labelOf[k] && !bodyOf[k]) continue;
          // (The sentence right before may name others, the one told: "Mr Xi told Mr Albanese …".)
          if (
            speaker &&
            (k === index - 1 ||
              [...seen].every((person) => person === speaker || ofAGroup || spokenOf.has(person)))
          )
            neighbour = { referent: speaker, label: null };
          break;
        }
      }
      // "Trudeau agreed to check gas deliveries to Germany." over "“Canada already exports …”": a paragraph
      // that opens with a quotation no one is credited with, right after a sentence whose subject is the one
      // person it names, is that person's.
      const before = sentences[index - 1];
      if (
        !neighbour &&
        before &&
        paragraphStarts.get(sentence.paragraph) === index &&
        quote.start <= sentence.start + 1 &&
        !/[“”"]/u.test(before.text)
      ) {
        const persons = new Set(personsOf[index - 1] ?? []);
        const opening = (mentionsOfSentence[index - 1] ?? []).find((m) => m.kind === "PERSON");
        const referent = opening ? referentAt.get(opening.start) : undefined;
        if (
          referent &&
          opening &&
          persons.size === 1 &&
          persons.has(referent) &&
          /^(?:(?:\p{Lu}[\p{L}’'.-]*|of|for|the)\s+)*$/u.test(body.slice(before.start, opening.start))
        )
          neighbour = { referent, label: null };
        // ("The Head of State made this disclosure during an interview …" or "He spoke to reporters …" over
        // "“It is a very important visit …”": a subject by title or pronoun, where the sentence names no one.)
        if (!neighbour && persons.size === 0) {
          const subject = sentenceSubject(before, index - 1);
          if (subject?.referent) neighbour = { referent: subject.referent, label: null };
          // ("The Norland government released a statement …, but without offering any details:" over "“…”":
          // a body's sentence whose colon opens the quotation.)
          else if (subject?.label && /:\s*$/u.test(before.text))
            neighbour = { referent: null, label: subject.label };
          // ("Following their meeting, they released this joint statement:": the pair the pronoun stands for.)
          else if (!subject && THEY_OPENING.test(before.text) && /:\s*$/u.test(before.text)) {
            const group = recentGroup(index - 1);
            if (group) neighbour = { referent: null, label: group };
          }
        }
        // ("Orrin and Lind released this joint statement:": two who speak together, where the sentence names
        // them alone.)
        if (!neighbour && persons.size === 2 && /:\s*$/u.test(before.text)) {
          const subject = sentenceSubject(before, index - 1);
          if (subject && !subject.referent && subject.label && pairLabels.has(subject.label))
            neighbour = { referent: null, label: subject.label };
        }
      }
      // "(Um Mohamad al-Arqan, displaced Palestinian)" over "“We hope …”": a video's caption naming who
      // speaks, a line of its own in brackets right above the quotation.
      const captionLine = sentences[index - 1];
      if (
        !neighbour &&
        captionLine &&
        paragraphStarts.get(sentence.paragraph) === index &&
        captionLine.paragraph === sentence.paragraph - 1 &&
        quote.start <= sentence.start + 1 &&
        CAPTION_LINE.test(captionLine.text) &&
        !photoWords().test(captionLine.text)
      ) {
        // (The name before the description's comma: "Um Mohamad al-Arqan" is found as "Mohamad al-Arqan".)
        const nameEnd = captionLine.start + (/^\([^,)]*/u.exec(captionLine.text)?.[0].length ?? 0);
        const named = (mentionsOfSentence[index - 1] ?? []).find(
          (m) => m.kind === "PERSON" && m.start > captionLine.start && m.end <= nameEnd,
        );
        const referent = named ? referentAt.get(named.start) : undefined;
        const words = captionLine.text.slice(1, nameEnd - captionLine.start).trim();
        if (referent) neighbour = { referent, label: null };
        // (A name no list or tagger knows, two to four capitalised words that can be names.)
        else if (
          /^(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’.-]+$/u.test(words) &&
          words.split(/\s+/u).every((word) => surnameLike(word))
        )
          neighbour = { referent: null, label: words };
      }
      // A few quoted words inside the narrator's own sentence, with no one to say them: a scare quote.
      // (So too in a sentence of the narrator's own "I" after another's words: "Although I had to miss the
      // “meet and greet” because …".)
      const narrator = /(?<![\p{L}])(?:I|me|my)(?![\p{L}’'])/u.test(
        text.replace(body.slice(quote.start, quote.end), " "),
      );
      if (
        (!neighbour || (neighbour === fromBefore && narrator)) &&
        quote.words < 8 &&
        wordCount(text) - quote.words >= 4
      )
        continue;
      if (!neighbour && ofAThing) continue;
      if (neighbour?.referent) speakerOf[index] = neighbour.referent;
      // (A body so found speaks on as "it": "… the embassy said in a tweet that …. It added, “…”".)
      else if (neighbour?.label && isBody(neighbour.label)) bodyOf[index] = neighbour.label;
      if (neighbour) quotedIn.set(sentence.paragraph, neighbour);
      said.add(index);
      if (!neighbour) unclaimed.push({ statement: result.length, sentence: index });
      result.push({
        start: reportedFrom ?? quote.start,
        end: quote.end,
        mode: reportedFrom === null ? "DIRECT" : "REPORTED",
        speaker: neighbour ? speakerName(neighbour) : null,
        participant: neighbour?.referent?.participant ?? null,
        channel,
        confidence: neighbour ? 0.5 : 0.3,
      });
    }
  }
  // "FOREIGN MINISTER MARSUDI:" in a transcript headed "… Foreign Minister Retno Marsudi Before …": a
  // speaker the body calls by one name only is named as the headline names them in full.
  // "“… we are ready.” Xinhua said the talks …": a quotation whose speaker opens the next sentence of its
  // paragraph.
  for (const { statement, sentence } of unclaimed) {
    const draft = result[statement];
    // "“We’re in a hurry to …”" over "Luiz Inácio Lula da Silva, President of Brazil": a quotation set
    // apart, its speaker's name (and title) on the line under it, alone.
    const credit = sentences[sentence + 1];
    const creditName = credit ? (mentionsOfSentence[sentence + 1] ?? [])[0] : undefined;
    if (
      draft &&
      !draft.speaker &&
      credit &&
      creditName &&
      credit.paragraph === (sentences[sentence]?.paragraph ?? -2) + 1 &&
      paragraphLast.get(credit.paragraph) === credit &&
      creditName.kind === "PERSON" &&
      creditName.start === credit.start &&
      /^(?:,\s*[^.!?“”"]{2,80})?$/u.test(body.slice(creditName.end, credit.end).trim())
    ) {
      const referent = referentAt.get(creditName.start);
      if (referent) {
        draft.speaker = speakerName({ referent, label: null });
        draft.participant = referent.participant;
        draft.confidence = 0.5;
        continue;
      }
    }
    const next = opensWith.get(sentence + 1);
    if (!next || !draft || sentences[sentence + 1]?.paragraph !== sentences[sentence]?.paragraph) continue;
    draft.speaker = speakerName(next);
    draft.participant = next.referent?.participant ?? null;
    draft.confidence = 0.5;
  }
  // "“An informal dinner was held …" left open at its paragraph's end, then a paragraph that closes the
  // quotation without opening one ("… fruitful discussion,” Kaifu said."), or that opens it again: one
  // quotation over two paragraphs, whose speaker the closing attribution names.
  for (const [i, draft] of result.entries()) {
    const next = result[i + 1];
    if (draft.speaker || !next?.speaker || next.start < draft.end) continue;
    const opened = body.slice(draft.start, draft.end);
    if (!/^[“"]/u.test(opened) || !leftOpen(opened)) continue;
    // (Or reopened at the next paragraph's start, as the press writes a quotation over paragraphs: "“Kenya
    // and Uganda have a firm partnership …" over "“Held talks with President Museveni …,” President Ruto
    // said".)
    const reopened =
      body.slice(draft.end, next.start).trim() === "" && /^[“]/u.test(body.slice(next.start, next.end));
    const between = body.slice(reopened ? next.start + 1 : draft.end, next.end);
    const breaks = body.slice(draft.end, next.end).match(/\n\s*\n|\n/gu)?.length ?? 0;
    const straight = between.match(/"/gu)?.length ?? 0;
    if (
      breaks === 0 ||
      /[“]/u.test(between) ||
      !/[”"][^“”"]*$/u.test(body.slice(next.start, next.end)) ||
      (straight > 0 && (straight !== 1 || /”/u.test(between)))
    )
      continue;
    draft.speaker = next.speaker;
    draft.participant = next.participant;
    draft.confidence = Math.min(next.confidence, 0.5);
  }
  // "-The results … are like a wind in the sails. … – said Zaev.": a paragraph opened by a dash and closed
  // by a dash and its attribution, as pages translated from Slavic and Balkan languages set a quotation (the
  // dash is their quotation mark), is the named speaker's own words.
  const dashClose = new RegExp(
    `\\s[-–—]\\s*(?:(?:${verbs.join("|")})\\s+([^.!?–—-]{2,80}?)|([^.!?–—-]{2,80}?)\\s+(?:${verbs.join("|")}))\\s*[.!]?\\s*$`,
    "u",
  );
  /** Drops what was found inside words now given whole to one speaker. */
  const dropWithin = (start: number, end: number) => {
    for (let k = result.length - 1; k >= 0; k--) {
      const other = result[k] as StatementDraft;
      if (other.start >= start && other.end <= end) result.splice(k, 1);
    }
  };
  let givenWhole = false;
  for (const paragraph of new Set(sentences.map((sentence) => sentence.paragraph))) {
    const whole = paragraphText(paragraph);
    const open = whole ? /^[-–—]\s*(?=["“]?\p{Lu})/u.exec(whole.text) : null;
    const close = whole && open ? dashClose.exec(whole.text) : null;
    if (!whole || !open || !close || close.index <= open[0].length) continue;
    const at = whole.start + close.index;
    const person = persons.find((m) => m.start > at && m.end <= whole.end);
    const referent = person ? (referentAt.get(person.start) ?? null) : null;
    if (!referent) continue;
    const start = whole.start + open[0].length;
    const end = start + body.slice(start, at).trimEnd().replace(/[,;]$/u, "").length;
    dropWithin(whole.start, whole.end);
    result.push({
      start,
      end,
      mode: "DIRECT",
      speaker: referent.name,
      participant: referent.participant,
      channel: null,
      confidence: referent.participant ? 0.7 : 0.6,
    });
    givenWhole = true;
  }
  // "In Warsaw, I met with @SikorskiRadek. … pic.twitter.com/… — Dmytro Kuleba (@DmytroKuleba) June 28,
  // 2024": a post a page embeds, signed with its author's name and handle, is the author's own words (the
  // signature's paragraph, and the one before it when the signature's holds a few words only: the post's
  // picture link).
  for (const signed of body.matchAll(
    // (A flag may stand between the name and the handle: "— Enrique A. Manalo 🇵🇭 (@SecManalo)".)
    /[ \t]*[—–-]{1,2}[ \t]*(\p{Lu}[\p{L}.’'-]*(?:[ \t]+\p{Lu}[\p{L}.’'-]*){0,3})[ \t]*(?:[^\p{L}\p{N}\s()]{1,8}[ \t]*)?\(@\w{1,30}\)/gu,
  )) {
    const sentence = sentences.find((s) => s.start <= signed.index && signed.index < s.end + 1);
    const whole = sentence ? paragraphText(sentence.paragraph) : null;
    if (!sentence || !whole) continue;
    let start = whole.start;
    if (wordCount(body.slice(start, signed.index)) < 8) {
      const before = paragraphText(sentence.paragraph - 1);
      // (Not one whose words the text already gives their speaker: "“We noted our progress …,” Shmyhal
      // wrote." over a post an outlet shared, "— Euromaidan Press (@EuromaidanPress)".)
      const attributed =
        before &&
        result.some(
          (s) => s.speaker && s.start >= before.start && s.start < before.start + before.text.length,
        );
      if (attributed) continue;
      if (before && !/[:]\s*$/u.test(before.text) && wordCount(before.text) >= 4) start = before.start;
    }
    const end = start + body.slice(start, signed.index).trimEnd().length;
    if (wordCount(body.slice(start, end)) < 3) continue;
    const name = signed[1] ?? "";
    const person = persons.find((m) => m.start >= signed.index && m.end <= signed.index + signed[0].length);
    // (The one the article names with the signature's surname: "— Enrique A. Manalo" is "DFA Secretary
    // Enrique Manalo", whatever the tagger made of the signature.)
    const surname = name.split(/\s+/u).at(-1) ?? "";
    const bySurname = [...referents.values()].filter((r) => r.name.split(/\s+/u).at(-1) === surname);
    const referent =
      [...referents.values()].find((r) => r.name === name) ??
      (bySurname.length === 1 ? bySurname[0] : undefined) ??
      (person ? referentAt.get(person.start) : undefined) ??
      null;
    dropWithin(start, end);
    result.push({
      start,
      end,
      mode: "DIRECT",
      speaker: referent?.name ?? name,
      participant: referent?.participant ?? null,
      channel: null,
      confidence: referent?.participant ? 0.7 : 0.5,
    });
    givenWhole = true;
  }
  if (givenWhole) result.sort((a, b) => a.start - b.start);
  // "MARA QUISTVIK:" with no other mention of her: the name in the case prose would write it.
  for (const statement of result) {
    const name = statement.speaker;
    if (
      !statement.participant &&
      name?.includes(" ") &&
      /\p{Lu}{2}/u.test(name) &&
      name === name.toUpperCase()
    ) {
      statement.speaker = name
        .toLowerCase()
        .replace(/(^|[\s.'’-])(\p{L})/gu, (_, lead: string, letter: string) => lead + letter.toUpperCase());
    }
  }
  if (headline) {
    for (const statement of result) {
      // (A body's name is no person's cut short: "the Russian Foreign Ministry" is not the headline's
      // "Russian Federation".)
      if (statement.participant || !statement.speaker || isBody(statement.speaker)) continue;
      const full = fullNameIn(headline, statement.speaker, roleWords, body);
      if (full) statement.speaker = full;
    }
  }
  // "Opening Remarks by Minister Ronald Lamola, during the Bilateral Meeting with …": a page of one person's
  // remarks (vocabulary remarksTitles) without transcript turns is that person's words, paragraph by
  // paragraph, where nothing else was found; a salutation's lines ("Foreign Secretary Lammy,"), short lines
  // and paragraphs that quote are no words of theirs.
  const remarks = headline ? remarksPattern.exec(headline.trim()) : null;
  if (remarks?.[1] && inTurn.size === 0 && !/\sand\s|&/u.test(remarks[1])) {
    const named = new Set(normalizeName(remarks[1]).split(" "));
    const speaker = [...referents.values()].find((r) =>
      named.has(normalizeName(r.name).split(" ").at(-1) ?? ""),
    );
    if (speaker) {
      for (const paragraph of paragraphStarts.keys()) {
        const text = paragraphText(paragraph);
        if (
          !text ||
          wordCount(text.text) < 8 ||
          /,\s*$/u.test(text.text) ||
          /[“”"]/u.test(text.text) ||
          // (Nor the headline printed again, in the page's trail of links or above the remarks.)
          text.text.includes(remarks[0].trim())
        )
          continue;
        if (result.some((statement) => statement.start < text.end && text.start < statement.end)) continue;
        result.push({
          start: text.start,
          end: text.end,
          mode: "DIRECT",
          speaker: speaker.name,
          participant: speaker.participant,
          channel: null,
          confidence: 0.4,
        });
      }
      result.sort((a, b) => a.start - b.start);
    }
  }
  // "“…,” Saudi Press Agency said": words no one is named for are the words of the channel that gives them,
  // when that channel is a name.
  for (const statement of result) {
    if (statement.speaker || !statement.channel) continue;
    // (Only a channel that is a name, its words capitalised past "the": "Saudi Press Agency", not "a
    // statement from Velkova's office" nor "speaking to reporters in Geneva".)
    const named = statement.channel.trim().replace(/^the\s+/iu, "");
    if (!/^\p{Lu}[\p{L}.’'-]*(?:\s+(?:of|and|\p{Lu}[\p{L}.’'-]*))*$/u.test(named)) continue;
    statement.speaker = statement.channel;
  }
  return result;
}

/**
 * The full name that a headline gives for a speaker known by one name and titles ("Foreign Minister
 * Marsudi" → "Retno Marsudi"): the capitalised words before that name in the headline, less the titles
 * before them. Null when the headline does not have the name, or has nothing before it but titles.
 */
let linkingTitles: Set<string> | undefined;

function fullNameIn(headline: string, speaker: string, roleWords: Set<string>, body: string): string | null {
  const full = headlineName(headline, speaker, roleWords);
  // Not a name whose added words the body gives alone, another person's: "Brandvik" of "Brandvik Velkova
  // talks end …".
  const own = new Set(speaker.split(/\s+/u));
  const added = full?.split(" ").filter((word) => !own.has(word)) ?? [];
  return added.some((word) => new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, "u").test(body))
    ? null
    : full;
}

function headlineName(headline: string, speaker: string, roleWords: Set<string>): string | null {
  const linking = linkingReference();
  linkingTitles ??= new Set(
    [...linking.titleWords, ...linking.honorifics].map((w) => w.toLowerCase().replace(/\.$/u, "")),
  );
  const titles = linkingTitles;
  const isTitle = (word: string) => {
    const lower = word.toLowerCase().replace(/\.$/u, "");
    return roleWords.has(lower) || titles.has(lower);
  };
  const words = speaker.split(/\s+/u).filter((w) => w && !isTitle(w));
  const name = words[0];
  if (words.length !== 1 || !name || !/^\p{Lu}[\p{L}'’-]+$/u.test(name)) return null;
  // (A people's or a country's name is no person's: "Russian" of "the Russian Foreign Ministry".)
  if (/Demonym|Country|Place|City/u.test(String(lexiconTag(name.toLowerCase()) ?? ""))) return null;
  const before = new RegExp(`((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4})${escapeRegExp(name)}(?![\\p{L}])`, "u").exec(
    headline,
  )?.[1];
  if (!before) return familyNameFirst(headline, name, isTitle);
  const run = before.trim().split(/\s+/u);
  let from = 0;
  // (Nor a word of grammar a headline capitalises: "What Trump and Carney discussed …", "After Xi …".)
  const grammar = /QuestionWord|Pronoun|Determiner|Preposition|Conjunction|Modal|Adverb|Verb|Tense/u;
  run.forEach((word, i) => {
    if (
      isTitle(word) ||
      /^(?:and|with)$/iu.test(word) ||
      grammar.test(String(lexiconTag(word.toLowerCase()) ?? ""))
    )
      from = i + 1;
  });
  // Headlines capitalise every word: without a title before it, only one given name is taken
  // ("Minister Retno Marsudi", "Retno Marsudi Meets …"), not "Blinken Meets Marsudi".
  const given = run.slice(from);
  if (given.length === 0 || given.length > (from > 0 ? 3 : 1)) return null;
  return `${given.join(" ")} ${name}`;
}

/**
 * A name the headline writes family name first, where the body uses the family name alone ("Xi Jinping
 * tells Olaf Scholz" over "Xi said"): the one or two capitalised words after it that the lexicon does not
 * know as words (given names, "Jinping", "Jong Un"), not a title-case headline's verb ("Xi Tells …").
 */
function familyNameFirst(headline: string, name: string, isTitle: (word: string) => boolean): string | null {
  // Not in a headline in title case, whose verbs and other names are capitalised too ("Ramaphosa Hails
  // Ties", "Kishida Albanese Summit").
  const long = headline.split(/\s+/u).filter((word) => /^\p{L}{4,}/u.test(word));
  if (long.length >= 3 && long.filter((word) => /^\p{Lu}/u.test(word)).length * 4 >= long.length * 3)
    return null;
  const after = new RegExp(
    `(?<![\\p{L}])${escapeRegExp(name)}((?:\\s+\\p{Lu}\\p{Ll}[\\p{Ll}'’-]*){1,2})(?![\\p{L}'’])`,
    "u",
  ).exec(headline)?.[1];
  if (!after) return null;
  const given: string[] = [];
  for (const word of after.trim().split(/\s+/u)) {
    const tag = lexiconTag(word.toLowerCase());
    if (isTitle(word) || (tag !== undefined && !/Name$/u.test(String(tag)))) break;
    given.push(word);
  }
  return given.length > 0 ? `${name} ${given.join(" ")}` : null;
}

/**
 * A one-word name's full form in the headline, before it or (family name first) after it, whose added
 * words the body never gives alone; else null.
 */
export function headlineFullName(
  headline: string,
  name: string,
  vocabulary: Vocabulary,
  body: string,
): string | null {
  const roleWords = new Set(vocabulary.roleWords.flatMap((w) => w.toLowerCase().split(" ")));
  return fullNameIn(headline, name, roleWords, body);
}

/**
 * Whether one capitalised word before a sentence's first comma is an adverb of time or order ("Later,",
 * "Afterwards,", "Subsequently,"), no one's name: by the lexicon's tag, or by an adverb's ending where the
 * lexicon knows no name.
 */
function sentenceAdverb(word: string): boolean {
  if (/\s/u.test(word)) return false;
  const tag = String(lexiconTag(word.toLowerCase()) ?? "");
  if (/Name/u.test(tag)) return false;
  return (
    /^(?:Adverb|Comparative|Superlative|Date|Preposition|Conjunction|Determiner)$/u.test(tag) ||
    /^\p{Lu}\p{Ll}+(?:ly|wards?)$/u.test(word)
  );
}

/** The speaker of a transcript turn's label: a known person by alias or by the name left without titles. */
function turnSpeaker(
  label: string,
  mentions: Mention[],
  referentOf: (mention: Mention) => Referent,
  nonSpeakers: Set<string>,
  roleWords: Set<string>,
): Speaker | null {
  const normalized = normalizeName(label);
  if (nonSpeakers.has(normalized) || nonSpeakers.has(label.toLowerCase())) return null;
  const words = normalized
    .split(" ")
    .filter((w) => w && !roleWords.has(w) && !["mr", "ms", "mrs", "dr", "the", "of"].includes(w));
  if (words.length === 0) return null;
  const rest = words.join(" ");
  const person = mentions.find(
    (m) =>
      m.kind === "PERSON" &&
      (m.participant?.aliases.includes(normalized) ||
        m.participant?.aliases.includes(rest) ||
        normalizeName(m.text) === rest ||
        normalizeName(m.text).split(" ").at(-1) === rest ||
        // "President of Russia Vladimir Putin": the name after the title's own words.
        (normalizeName(m.text).includes(" ") && rest.endsWith(` ${normalizeName(m.text)}`))),
  );
  if (person) return { referent: referentOf(person), label: null };
  const titleCase = label
    .toLowerCase()
    .replace(/(^|[\s.'’-])(\p{L})/gu, (_, lead: string, letter: string) => lead + letter.toUpperCase());
  return { referent: null, label: titleCase };
}

/**
 * Whether the end of `text` (a sentence up to some point) lies inside a quotation it opened: more opening
 * marks than closing ones. A straight mark opens after a space, a bracket or the start, and closes after a
 * word (`"We agreed," he said`); a sentence that begins inside a quotation (`We agreed," he said`) is not.
 */
export function insideQuotation(text: string): boolean {
  let open = 0;
  for (const match of text.matchAll(/[“”"]/gu)) {
    const opening =
      match[0] === "“" ||
      (match[0] === '"' && (match.index === 0 || /[\s([—–-]/u.test(text[match.index - 1] ?? "")));
    open = opening ? open + 1 : Math.max(0, open - 1);
  }
  return open > 0;
}

/** Months and days, lower case: read once. */
let calendarWords: Set<string> | undefined;

/** A word of a name standing for the person the article names in full (see shortReferences). */
type ShortReference = Mention & { of: Mention };
/** A name without its middle initials: "Gina M. Raimondo" and "Gina Raimondo" are one person. */
const withoutInitials = (name: string) => normalizeName(name.replace(/(?<=\s)\p{Lu}\.(?=\s)/gu, ""));
/** Lexicon tags of words that are pronouns or function words before they are names. */
const FUNCTION_TAGS = /\b(?:Pronoun|Determiner|Preposition|Conjunction|Copula|Modal|QuestionWord)\b/u;

/**
 * Where the article calls a person it names in full by one word of that name: "Blinken" or "Qin" for
 * "Antony Blinken" and "Qin Gang" (the family name comes last in some languages and first in others, so
 * both the first and the last word count). A word that two people of the article share stands for neither.
 * Only attribution reads these: they let "Qin said" and "he" (after "Qin noted") find the person the
 * article named in full, whether or not the person is a known participant.
 */
function shortReferences(
  body: string,
  persons: Mention[],
  mentions: Mention[],
  roleWords: Set<string>,
): ShortReference[] {
  // Months and days ("Theresa May", "In May"), and a given name the lexicon knows ("Theresa"), stand for
  // no one; a word of two letters stands for its person only as the first word ("Xi" of "Xi Jinping",
  // not "Yi" of "Wang Yi").
  calendarWords ??= new Set(
    [...calendarNames("months"), ...calendarNames("days")].map((word) => word.toLowerCase()),
  );
  const calendar = calendarWords;
  const suffixes = suffixWords();
  const owners = new Map<string, Mention | null>();
  for (const person of persons) {
    const words = person.text.split(/\s+/u).filter(Boolean);
    if (words.length < 2) continue;
    const first = words[0] ?? "";
    // (A given name stands for no one, "Joe" of "Joe Biden", unless the article never calls the person
    // by the last word alone: "Anwar" of "Anwar Ibrahim", a name of the father after the person's own.)
    const lastWord = words.at(-1) ?? "";
    const lastAlone = () =>
      !/^\p{Lu}[\p{L}'’-]+$/u.test(lastWord) ||
      [
        ...body.matchAll(
          new RegExp(`(?<![\\p{L}\\p{N}'’-])${escapeRegExp(lastWord)}(?![\\p{L}\\p{N}-])`, "gu"),
        ),
      ].some(
        (m) =>
          !persons.some(
            (p) => p.start <= m.index && p.end >= m.index + lastWord.length && p.text !== lastWord,
          ),
      );
    // (The text is searched only for a given name.)
    const given = /^(?:Male|Female)Name$/u.test(lexiconTag(first) ?? "") && lastAlone();
    // "Lula" of "Luiz Inácio Lula da Silva": the word before the small words of a family name.
    const particle = words.findIndex((word, i) => i > 1 && isParticle(word));
    const beforeParticle = particle > 1 ? (words[particle - 1] ?? "") : "";
    // "al-Sisi" of "Abdel Fattah al-Sisi", and "Sisi": an Arabic family name with its article, or without.
    const last = words.at(-1) ?? "";
    const article = /^(?:al|el|ad|as|ash|an|ar|at|az)-(\p{Lu}[\p{L}'’]+)$/u.exec(last);
    // "Aquino" of "Benigno Aquino III", "King" of "Martin Luther King Jr.": the family name before a
    // generation's suffix (linking.yaml nameSuffixes).
    const beforeSuffix = words.length > 2 && suffixes.has(normalizeName(last)) ? (words.at(-2) ?? "") : "";
    for (const word of new Set([
      given ? "" : first,
      last,
      beforeParticle,
      article?.[1] ?? "",
      // ("Al-Shaibani" opening a sentence, of "Asaad Hassan al-Shaibani".)
      article ? `${article[0].charAt(0).toUpperCase()}${article[0].slice(1)}` : "",
      beforeSuffix,
      // ("Jokowi" of "Joko “Jokowi” Widodo": the name the person goes by.)
      NICKNAME.exec(person.text)?.[1] ?? "",
    ])) {
      if (
        !word ||
        !(/^\p{Lu}[\p{L}'’-]+$/u.test(word) || word === article?.[0]) ||
        roleWords.has(word.toLowerCase())
      )
        continue;
      if (calendar.has(word.toLowerCase()) || (word.length < 3 && word !== first)) continue;
      // "He" of "He Lifeng" is read as the pronoun it spells: "He highlighted …" is someone else's.
      if (FUNCTION_TAGS.test(lexiconTag(word.toLowerCase()) ?? "")) continue;
      const owner = owners.get(word);
      if (owner === undefined) owners.set(word, person);
      else if (owner && withoutInitials(owner.text) !== withoutInitials(person.text)) owners.set(word, null);
    }
  }
  const words = [...owners.entries()].filter((entry): entry is [string, Mention] => entry[1] !== null);
  if (words.length === 0) return [];
  // "Andrew Hollness" once and "Holness" after: a word a letter away from the family name of one person
  // named in full (a misspelling on either side) stands for that person too. (Words of six letters or more
  // that the lexicon does not know: "Kim" and "Kin" are two people, "Holmes" no misspelling of "Holness".)
  // (Against the names' own words only: a variant of a variant is two letters away.)
  const ownWords = [...words];
  const seen = new Set<string>();
  for (const match of body.matchAll(/(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}{5,}(?![\p{L}\p{N}'’-])/gu)) {
    const variant = match[0];
    if (seen.has(variant) || owners.has(variant)) continue;
    seen.add(variant);
    if (lexiconTag(variant.toLowerCase()) !== undefined || roleWords.has(variant.toLowerCase())) continue;
    const close = ownWords.filter(([word]) => word.length >= 6 && distance(word, variant) === 1);
    const [only] = close;
    if (close.length === 1 && only) {
      owners.set(variant, only[1]);
      words.push([variant, only[1]]);
    }
  }
  // A single word found as a name of its own ("Blinken") is the same person too.
  const taken = mentions
    .filter((m) => !(m.kind === "PERSON" && !m.participant && owners.get(m.text)))
    .map((m) => [m.start, m.end] as const);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}'’-])(${words.map(([word]) => escapeRegExp(word)).join("|")})(?![\\p{L}\\p{N}-])`,
    "gu",
  );
  const result: ShortReference[] = [];
  for (const match of body.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (taken.some(([from, to]) => start < to && end > from)) continue;
    // "in Austin, Texas": after a preposition of place or time the word is a place or a date.
    // ("according to Sharif" names the person.)
    const lead = body.slice(Math.max(0, start - 16), start);
    if (
      /(?:^|[^\p{L}])(?:in|at|from|to|near|of|into|across|outside|inside|since|until)\s+$/iu.test(lead) &&
      !/\baccording\s+to\s+$/iu.test(lead)
    ) {
      continue;
    }
    const owner = owners.get(match[0]) as Mention;
    // "Ms. von der Leyen": the small words of the name before it are the name's too.
    const particles = new RegExp(`(?:(?:${PARTICLES})\\s+){1,2}$`, "iu").exec(
      body.slice(Math.max(0, start - 12), start),
    );
    const from =
      particles && owner.text.includes(`${particles[0]}${match[0]}`) ? start - particles[0].length : start;
    result.push({ ...owner, start: from, end, text: body.slice(from, end), of: owner });
  }
  return result;
}

/**
 * Quoted words in title case: of their words of four letters or more (at least three), all but one in
 * ten capitalised, and no sentence's full stop inside.
 */
function titleCased(quoted: string): boolean {
  const inner = quoted.replace(/^[“"‘']+|[”"’',.]+$/gu, "");
  // (Words in capitals throughout are shouted, not a title: "NORLAND WILL NEVER ACCEPT THESE TARIFFS".)
  if (/[.!?]\s/u.test(inner) || !/\p{Ll}/u.test(inner)) return false;
  const long = inner.split(/\s+/u).filter((word) => /^\p{L}[\p{L}'’-]{3,}/u.test(word));
  if (long.length < 3) return false;
  const capitalised = long.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised >= long.length * 0.9 - 0.001 || (capitalised >= long.length - 1 && long.length >= 8);
}
