/**
 * Agreements: clauses with a cue word (vocabulary.agreementCues, strongest level first) and the strength
 * of that wording, unless the cue is negated or hedged ("did not agree", "no agreement", "failed to",
 * "hope to", a question, one side urging or demanding it): a text that states no agreement yields none.
 * A cue may hold "…" for a few words of any kind ("reiterated … commitment to": "reiterated the
 * government's commitment to"). The items of a list take the grade of the verb that governs them
 * (prisma/datasets/README.md, "Wording strength").
 */
import type { WordingStrength } from "@readout/db";
import { calendarNames, monthOf, reference, type Vocabulary, wordAlternatives } from "../vocabulary.ts";
import { escapeRegExp } from "./mentions.ts";
import { isPluralNoun, lexiconTag } from "./nlp.ts";
import { openQuotation, paragraphsOf, type Sentence } from "./sentences.ts";

export interface AgreementDraft {
  start: number;
  end: number;
  confidence: number;
  strength: WordingStrength;
  text: string;
}

/**
 * "…" in a cue: up to four words, none ending a clause, and none of the words that tie the cue's last noun
 * to another thing (vocabulary.yaml agreementNegations.gapBreaks: "reached a peak after the pact", "sealed
 * the fate of the deal", "concluded that the agreement").
 */
const gapOf = (breaks: string[]) => {
  const word = `(?:(?!(?:${breaks.map((word) => escapeRegExp(word).replace(/\s+/g, "\\s+")).join("|") || "(?!)"})\\s)[^\\s,;:]+\\s+)`;
  // (And an aside set off by commas at its end, a few words after it: "signed yesterday, through their
  // respective congresses, a cooperation agreement".)
  return `${word}{0,4}?(?:[^\\s,;:]+,\\s+[^,;:.“”"]{2,80}?,\\s+${word}{0,3}?)?`;
};
// (The words after a gap may open a quotation: "signed ‘Memorandum of Understanding between …’"; the word
// before it may close one: 'A "Cultural Exchange Program" (CEP) … was also signed'.) "……" is a
// long gap, up to ten words: "Two agreements …… were signed" of "Two agreements on culture and harmonization
// of border checkpoints were signed".
const cuePattern = (cue: string, gap: string) => {
  const long = gap.replace("{0,4}?", "{0,10}?");
  return cue
    .split(/(……|…)/u)
    .map((part) =>
      part === "……"
        ? `[’”"']?\\s+${long}[‘“"']?`
        : part === "…"
          ? // (An aside set off by commas may come right after the cue's first words: "signed, on behalf of
            // the Republic of Cyprus, two Memoranda of Cooperation".)
            `[’”"']?(?:,\\s+[^,;:.“”"]{2,60}?,)?\\s+${gap}[‘“"']?`
          : escapeRegExp(part.trim()).replace(/\s+/g, "\\s+"),
    )
    .join("");
};

// A cue starts no word inside another, but a clitic ("n't", "n’t") ends one ("didn't"). The word start
// is tested once for all the cues rather than once per cue: with a hundred cues, most of the cost of
// matching a clause was that test repeated at every position.
const compile = (words: string[], gap: string, extra: string[] = []) => {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  const clitic = (word: string) => /^\p{L}['’]/u.test(word);
  const plain = [...sorted.filter((word) => !clitic(word)).map((word) => cuePattern(word, gap)), ...extra];
  const alternatives = [
    ...(plain.length ? [`(?<![\\p{L}])(?:${plain.join("|")})`] : []),
    ...sorted.filter(clitic).map((word) => cuePattern(word, gap)),
  ];
  return new RegExp(`(?:${alternatives.join("|") || "(?!)"})(?![\\p{L}])`, "giu");
};

/**
 * The cues of a signing (vocabulary.yaml signingVerbs and agreementDocuments), as two patterns rather than
 * a line for each verb and noun: "initialed 21 agreements", "signed a letter of intent between …" (a verb,
 * a gap, a document), "three food supply agreements were initialed" (a document, a long gap, the
 * passive, maybe an adverb before it: "was officially inked").
 */
function signingCues(vocabulary: Vocabulary, gap: string): string[] {
  const { active, passive } = vocabulary.signingVerbs;
  // (The passive's long gap may hold a list set off by commas: "Other agreements surrounding the themes of
  // cultural cooperation, university relations and agricultural cooperation were also signed"; no word
  // of gapBreaks, and no relative word that opens an aside about a document signed before: "the accord on
  // trade, which was signed in 2019".)
  const breaks = wordAlternatives([
    ...vocabulary.agreementNegations.gapBreaks,
    "which",
    "who",
    "that",
    "whose",
  ]);
  const listGap = `[’”"']?\\s+(?:(?!(?:${breaks})[\\s,])[^\\s;:]+\\s+){0,14}?[‘“"']?`;
  const documents = wordAlternatives(vocabulary.agreementDocuments);
  if (!documents) return [];
  const cues: string[] = [];
  if (active.length) cues.push(`(?:${wordAlternatives(active)})${cuePattern("…", gap)}(?:${documents})`);
  if (passive.length)
    cues.push(
      `(?:${documents})${listGap}(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:also\\s+|\\p{Ll}+ly\\s+)?(?:${wordAlternatives(passive)})`,
    );
  return cues;
}

/** Verbs before "to explore" that carry a side's own intent on ("will continue to explore", "plan to"). */
const CARRY_ON = new Set([
  "continue",
  "continues",
  "continued",
  "try",
  "tried",
  "plan",
  "plans",
  "planned",
  "intend",
  "intends",
  "promised",
  "vowed",
  "pledged",
  "resolved",
  "undertook",
  "going",
  "looking",
  "aim",
  "aims",
]);

/** A side by its name of one or two capitalised words ("New Zealand", "the UK"). */
const PAIR_NAME = "(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)?";
/** A side by its name and title, up to four capitalised words ("President Netumbo Nandi-Ndaitwah"). */
const TITLED_NAME = "(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}";

/** The scale, strongest first (prisma/datasets/README.md). */
const SCALE: WordingStrength[] = ["AGREED", "WILL_WORK_TO", "WILL_EXPLORE", "WELCOMED"];
const rank = (level: WordingStrength) => SCALE.indexOf(level);

/** The patterns of a vocabulary, compiled once: a page's articles share them. */
const compiled = new WeakMap<Vocabulary, ReturnType<typeof patternsOf>>();

function patternsOf(vocabulary: Vocabulary) {
  const gap = gapOf(vocabulary.agreementNegations.gapBreaks);
  const levels = Object.keys(vocabulary.agreementCues) as WordingStrength[];
  const signings = signingCues(vocabulary, gap);
  const cues = levels.map((level) => ({
    level,
    pattern: compile(vocabulary.agreementCues[level] ?? [], gap, level === "AGREED" ? signings : []),
  }));
  // "Both sides will refrain from unilaterally changing the situation": what both sides, named as the
  // subject, will do (agreementNegations.jointSubjects), save a hope or a doubt of it (jointHedges) and the
  // meeting to come or an effort the lists grade (previewVerbs: "will discuss", "will work"; "will continue
  // to concretize" is what follows "continue to"). Only where no
  // cue of the lists is in the clause: "Both countries will cooperate to have a successful summit" is graded
  // by its effort. (Both sides as the subject, not what a preposition takes: "Trade between the two
  // countries will grow".)
  const jointSubjects = wordAlternatives(vocabulary.agreementNegations.jointSubjects) || "(?!)";
  const jointFuture = new RegExp(
    `(?<![\\p{L}])(?<!(?<![\\p{L}])(?:between|of|for|with|to|by|from|among|in|on|at|and|than)\\s+)(?:${jointSubjects})\\s+(?:will|would|shall)\\s+(?:(?:also|further|jointly|together)\\s+)?(?:continue\\s+to\\s+)?(?!(?:${wordAlternatives(vocabulary.agreementNegations.previewVerbs) || "(?!)"})(?![\\p{L}]))\\p{Ll}+`,
    "giu",
  );
  const negation = compile(vocabulary.agreementNegations.before, gap);
  const jointOpening = new RegExp(`^(?:${jointSubjects})\\s`, "iu");
  const jointHedged = new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(vocabulary.agreementNegations.jointHedges) || "(?!)"})\\s+(?:that\\s+)?$`,
    "iu",
  );
  // "PM Dung also suggested the two sides speed up negotiations and promptly sign memoranda …": what one side
  // proposes both do (agreementNegations.proposals, then both sides as the subject and a verb of its own,
  // not one already done: "suggested that both sides had agreed …" or "… both sides agreed …", by
  // seriesVerbs, tells of an agreement; and no further than a comma: "suggested the two sides meet again,
  // and the ministers signed a deal" tells of a signing).
  const proposedToBoth = new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(vocabulary.agreementNegations.proposals) || "(?!)"})\\s+(?:that\\s+)?(?:${jointSubjects})\\s+(?!(?:had|have|has|was|were|is|are|did|do|does|${wordAlternatives(vocabulary.seriesVerbs) || "(?!)"})\\s)\\p{Ll}+\\s[^.;:!?,]*$`,
    "iu",
  );
  // "Minh proposed the RoK work closely together with Vietnam … and sign a memorandum", "suggested that
  // Norland and Sudria sign a treaty": what one side proposes another side, by its name of capitalised words,
  // do (the same bounds as proposedToBoth; case matters here, so that "proposed a new bridge" names no one).
  const proposedToOther = new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(vocabulary.agreementNegations.proposals) || "(?!)"})\\s+(?:that\\s+)?(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,3}\\s+(?!(?:had|have|has|was|were|is|are|did|do|does|${wordAlternatives(vocabulary.seriesVerbs) || "(?!)"})\\s)\\p{Ll}+\\s[^.;:!?,]*$`,
    "u",
  );
  // A signing's participle right before a document ("signed agreements"), and the words before it that
  // make it describe documents rather than tell of a signing (agreementNegations.describedBy: "the
  // implementation of signed agreements").
  const signedDescribes = new RegExp(
    `^(?:${wordAlternatives(vocabulary.signingVerbs.passive) || "(?!)"})\\s+[\\p{L}-]+$`,
    "iu",
  );
  const describedBy = new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(vocabulary.agreementNegations.describedBy) || "(?!)"})\\s+$`,
    "iu",
  );
  // Words of both sides as a subject ("they", "the two leaders", "Host and guest"): agreementNegations.jointWords.
  const joint = wordAlternatives(vocabulary.agreementNegations.jointWords) || "(?!)";
  const jointWord = new RegExp(`^(?:${joint})$`, "iu");
  const jointIn = new RegExp(`(?<![\\p{L}])(?:${joint})(?![\\p{L}])`, "iu");
  // (Or with "continue" between: "expressed his intention to continue working to resolve the crisis".)
  const pursuit = new RegExp(
    `(?<![\\p{L}])(?:${vocabulary.agreementNegations.pursuit.map(escapeRegExp).join("|") || "(?!)"})\\s+(?:continue\\s+|keep\\s+)?$`,
    "iu",
  );
  // "must seek that NATO member countries agree on …", "hopes that the two sides agree": the words of a
  // pursuit (its verb, without its "to"), then "that" and the ones who are to agree.
  const pursuitVerbs = [
    ...new Set(
      vocabulary.agreementNegations.pursuit
        .map((word) => word.replace(/\s+to$/u, ""))
        .filter((word) => !/\s/u.test(word)),
    ),
  ];
  const soughtThat = new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(pursuitVerbs) || "(?!)"})\\s+that\\s+(?:[\\p{L}’'.-]+\\s+){1,6}$`,
    "iu",
  );
  // "would talk about finding solutions … and working toward …": a cue in "-ing" after talks to come is their topic.
  const upcoming = new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(vocabulary.agreementNegations.upcomingTopics) || "(?!)"})\\s`,
    "iu",
  );
  // "persuading Pyongyang to agree to drop its program", "urged both sides to reach a deal": another's
  // aim that someone be brought to agree, nothing agreed.
  const induced = `(?<![\\p{L}])(?:${wordAlternatives(vocabulary.agreementNegations.inducement) || "(?!)"})\\s+(?:[\\p{L}’'.-]+\\s+){1,4}to\\s`;
  const inducement = new RegExp(`${induced}+$`, "iu");
  // "it is time for the two countries to set a new goal": what it is time for, not what was done.
  const exhorted = new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(vocabulary.agreementNegations.exhortations) || "(?!)"})\\s+(?:[\\p{L}’'.-]+\\s+){1,5}to\\s+(?:[\\p{L}’'.-]+\\s+){0,2}$`,
    "iu",
  );
  // (Anywhere in a list's first item: "asked Brunei to further facilitate market access …; work towards …".)
  const inducedItems = new RegExp(induced, "iu");
  // "thanked President Brandt for accepting the invitation": thanks for a deed already done (the visit
  // under way), nothing the meeting agreed.
  const thanked = new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(vocabulary.agreementNegations.thanks) || "(?!)"})\\s+(?:[\\p{L}’'.-]+\\s+){0,4}for\\s+$`,
    "iu",
  );
  // "Asmara accused the regime of … supporting Eritrean Islamist movements and working to destabilize the
  // country": what one side charges another with, in the accusation's clause.
  const accused = new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(vocabulary.agreementNegations.accusations) || "(?!)"})\\s+[^,;:“”"]{0,80}?\\s(?:of|for)\\s[^;:“”"]*$`,
    "iu",
  );
  // "the visit aims to strengthen existing cooperation and explore new areas": what a visit is for.
  const purpose = new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(vocabulary.agreementNegations.purposeSubjects) || "(?!)"})\\s+(?:(?:is|was|are|were|also|mainly|primarily|largely)\\s+){0,2}(?:${wordAlternatives(vocabulary.agreementNegations.purposes) || "(?!)"})\\s[^;:“”"]*$`,
    "iu",
  );
  // "The two ministers discussed the signing of …", "spoke about preparations for signing …".
  const talkedOf = new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(vocabulary.agreementNegations.talkedOf) || "(?!)"})\\s+(?:(?:the|a|an)\\s+)?(?:(?:\\p{L}+\\s+)?preparations?\\s+(?:for|to)\\s+(?:the\\s+)?)?$`,
    "iu",
  );
  // "the agreement will allow the two countries to begin exploring …".
  const enabling = new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(vocabulary.agreementNegations.enabling) || "(?!)"})\\s+(?:[\\p{L}’'-]+\\s+){0,5}?(?:to\\s+)?(?:begin|start)?\\s*$`,
    "iu",
  );
  const hedgedSentence = compile(vocabulary.agreementNegations.sentence, gap);
  const necessity = new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(vocabulary.agreementNegations.necessity) || "(?!)"})(?![\\p{L}])`,
    "giu",
  );
  const agreedCue = compile(vocabulary.agreementCues.AGREED ?? [], gap);
  const standing = new Set(vocabulary.agreementNegations.standing.map((word) => word.toLowerCase()));
  const bothSidesOnly = new RegExp(
    `^(?:(?:would|will)\\s+)?(?:${vocabulary.agreementNegations.bothSidesOnly.map((opening) => (opening.includes("…") ? cuePattern(opening, gap) : escapeRegExp(opening).replace(/ /g, "\\s+"))).join("|") || "(?!)"})`,
    "iu",
  );
  // A title (roleWords, honorifics) among the first capitalised words after the cue names a person.
  // "welcomed his Chinese counterpart Xi Jinping": a counterpart is a guest as a title is.
  const titles = [
    ...vocabulary.roleWords,
    ...vocabulary.honorifics,
    ...vocabulary.attribution.counterpartNouns,
    ...vocabulary.attribution.guestNouns,
  ]
    .map(escapeRegExp)
    .join("|");
  // What a guest's possessive may own that is an outcome ("his counterpart Xi's commitment to …").
  const outcomes = vocabulary.outcomeNouns.map(escapeRegExp).join("|") || "(?!)";
  const guest = new RegExp(
    `^\\s+(?:(?:a|an|the|his|her|their)\\s+)?(?:(?!(?:${outcomes}|of|by)\\s)[\\p{L}'’.-]+\\s+){0,3}?(?:${titles})\\b(?!-)(?![’'](?:s\\b|\\s|$))(?!\\s+(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}\\p{Lu}[\\p{L}.-]*[’']s\\s+(?:${outcomes})\\b)`,
    "u",
  );
  // An outcome among the first words of what is welcomed ("the decision of the two countries to …").
  const outcomeObject = new RegExp(`^(?:\\s+[^\\s,;.]+){0,5}?\\s+(?:${outcomes})(?![\\p{L}])`, "iu");
  const speechVerb = new RegExp(
    `(?<![\\p{L}])(?:${vocabulary.speechVerbs.map((verb) => cuePattern(verb, gap)).join("|")})(?![\\p{L}])`,
    "iu",
  );
  // "the Colombian government confirmed that …": a verb of speech (vocabulary.speechVerbs) and its "that".
  const toldThat = new RegExp(
    `^(.*?(?<![\\p{L}])(?:${[...new Set(vocabulary.speechVerbs.map((verb) => verb.replace(/\s+that$/u, "")))]
      .filter((verb) => !verb.includes("…"))
      .sort((a, b) => b.length - a.length)
      .map((verb) => escapeRegExp(verb).replace(/\s+/g, "\\s+"))
      .join("|")})\\s+that)\\s+(?=\\S)`,
    "u",
  );
  const groupNouns = vocabulary.attribution.groupNouns.map(escapeRegExp).join("|");
  // "Aliyev and Pashinyan said they": two named parties as the subject of a verb of speech.
  const twoParties = new RegExp(
    `\\p{Lu}[\\p{L}'’.-]*\\s+and\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}?(?:${vocabulary.speechVerbs.map(escapeRegExp).join("|")})\\s+they\\s*$`,
    "u",
  );
  // Both sides as the subject outside a quotation that is their verb's object: "Christodoulides and Mikati
  // affirmed the “…”", "Moreover, the two leaders stressed their “…”".
  const quotedObjectOfBoth = new RegExp(
    `^(?:[^,“”"]{0,40},\\s*)?(?:(?:both|the\\s+two)\\s+(?:${groupNouns})|${PAIR_NAME}\\s+and\\s+${PAIR_NAME})\\s+(?:(?:also|jointly|\\p{Ll}+ly)\\s+)?\\p{Ll}+ed\\s+(?:the|their)\\s+$`,
    "u",
  );
  // A quotation that the sides say together, right after its closing mark: "“The meeting reaffirmed the
  // shared commitment to …,” say the three parties", "“…,” the two leaders said", "“…,” the joint statement
  // reads".
  const jointSpeaker = `(?:(?:the\\s+(?:two|three|four)\\s+|both\\s+(?:the\\s+)?|the\\s+)(?:${groupNouns})|(?:the|their|a)\\s+joint\\s+(?:${vocabulary.attribution.channelNouns.map(escapeRegExp).join("|") || "(?!)"}))`;
  const jointVerb = `(?:say|${vocabulary.speechVerbs.map(escapeRegExp).join("|")})`;
  const saidTogether = new RegExp(
    `^[^”"]*[”"]\\s*(?:${jointVerb}\\s+${jointSpeaker}|${jointSpeaker}\\s+(?:(?:also|jointly)\\s+)?${jointVerb})(?![\\p{L}])`,
    "iu",
  );
  // A quoted summary with the parties as its subject, also as the second verb of it ("“They discussed the
  // potential for … and agreed to continued dialogue”", "“Both the foreign secretaries expressed …”").
  // "They also pledged …", "The two leaders further agreed …": a group going on with what the sentence
  // before told.
  const groupGoesOn = new RegExp(
    `^(?:they|the\\s+(?:two\\s+)?(?:${groupNouns}))\\s+(?:also|further|additionally)\\s`,
    "iu",
  );
  const groupSubject = new RegExp(
    `^\\s*(?:they|both(?:\\s+(?:the\\s+)?(?:\\p{Ll}+\\s+)?(?:${groupNouns}))?|the\\s+(?:two\\s+)?(?:${groupNouns}))(?:\\s+\\[[^\\]]{2,60}\\])?\\s+(?:(?:also|have|had|jointly|both)\\s+)*(?:\\p{Ll}+ed\\s[^“”",;:]{0,120}?(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:(?:also|jointly)\\s+)?)?$`,
    "iu",
  );
  // "“Foreign Minister Lavrov and I agreed …”", "“We agreed to further discussions”", "“we discussed and
  // agreed that …”", "“We’re very much aligned on that and agreed to …”": a speaker quoted on what both
  // sides did.
  // "“Our trade teams have reached …”", "“Our two countries agreed …”": the two sides' people, in the first
  // person plural. (Or "we" and who they are: "which is why we as two PMs today agreed to …".)
  const ours = `our\\s+(?:two\\s+)?(?:\\p{Ll}+\\s+)?(?:${groupNouns}|teams|negotiators|nations)`;
  const bothOfUs = new RegExp(
    `^\\s*(?:[^,“”"]{0,60},\\s*|(?:in|at|during|after)\\s+(?:the|this|that|our)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?=we\\b))?(?:(?:and|but|so|then|earlier|today|together|now|also)\\s+)?(?:(?:[\\p{L}’'-]+\\s+){0,6}?(?:how|when|why|because|since|once|as|while|where)\\s+(?:\\p{L}+ly\\s+)?(?=we\\b))?(?:we|we['’]ve|we['’]d|we['’]re|${ours}|\\[[^\\]]{2,40}\\]|(?:[\\p{L}.’'-]+\\s+){1,5}and\\s+I)\\s+(?:as\\s+(?:the\\s+)?(?:two|both)\\s+[\\p{L}-]+\\s+)?(?:(?:also|have|had|jointly|both|all|were|are|able|to|finally|now|today|just|quickly|will(?!\\s+have\\b)|shall(?!\\s+have\\b))\\s+)*(?:\\p{Ll}+ed\\s+and\\s+|(?:very\\s+)?(?:much\\s+)?\\p{Ll}+ed(?:\\s+(?:on|with|about|over)\\s+(?:that|this|it|the\\s+\\p{Ll}+|\\p{Ll}+))?\\s+and\\s+)?$`,
    "iu",
  );
  // The verbs in "-ed" that open a cue with a gap ("signed … memorandum").
  const participles = new Set(
    [
      ...Object.values(vocabulary.agreementCues)
        .flat()
        .filter((cue) => cue.includes("…"))
        .map((cue) => cue.split(/\s+/u)[0]?.toLowerCase() ?? ""),
      ...vocabulary.signingVerbs.active.map((verb) => verb.toLowerCase()),
    ].filter((word) => word.endsWith("ed")),
  );
  const emptied = new RegExp(
    `^\\s+(?:${vocabulary.agreementNegations.after.map(escapeRegExp).join("|") || "(?!)"})(?![\\p{L}])`,
    "iu",
  );
  const earlierBefore = new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(vocabulary.agreementNegations.earlierBefore) || "(?!)"})\\s+$`,
    "iu",
  );
  // "and last year Beijing and Belgrade signed a free trade agreement": a time long past opening the clause.
  // (Or closing a clause of "when" that opens it: "When the Presidents met in Samarkand in November last
  // year, an agreement was reached …".)
  const earlierOpening = new RegExp(
    `^\\s*(?:(?:and|but|while|when)\\s+)?(?:${wordAlternatives(vocabulary.agreementNegations.earlierOpening) || "(?!)"})[,\\s]|^\\s*(?:when|after|as)\\s[^,;:“”"]{2,100}?\\s(?:${wordAlternatives(vocabulary.agreementNegations.earlier) || "(?!)"})\\s*,`,
    "iu",
  );
  // "since they met in the Maldives where they had vowed to …", "At their last meeting in Bali, the two
  // leaders agreed …": an earlier meeting named before the cue in its sentence.
  // (Or another meeting of the day, notParticipants.otherMeetingCues: "Ishiba also held a phone meeting with
  // Albanese on the same day, in which they agreed …".)
  const earlierMeeting = new RegExp(
    `(?<![\\p{L}])(?:${
      wordAlternatives([
        ...vocabulary.agreementNegations.earlierMeeting,
        ...vocabulary.notParticipants.otherMeetingCues,
      ]) || "(?!)"
    })(?![\\p{L}])`,
    "iu",
  );
  // (Or a few words after it, its object's: "agreed to resume talks earlier this year"; or the words of all
  // the time before, a few more words on: "signed between Azerbaijan and Russia so far".)
  const earlier = new RegExp(
    `^(?:\\s+[^\\s,;.]+){0,3}?\\s+(?:${wordAlternatives(vocabulary.agreementNegations.earlier) || "(?!)"})(?![\\p{L}])|^(?:\\s+[^\\s,;.]+){0,6}?\\s+(?:${wordAlternatives(vocabulary.agreementNegations.cumulative) || "(?!)"})(?![\\p{L}])`,
    "iu",
  );
  // (Or closing the verb the cue is joined to: "met in Addis Ababa last month and agreed to …".)
  const earlierJoined = new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(vocabulary.agreementNegations.earlier) || "(?!)"})\\s+and\\s+(?:[\\p{L}’'-]+\\s+){0,2}$`,
    "iu",
  );
  // (Or further on, dated to a month of a year gone by: "agreed on a ceasefire in the contested region in
  // March last year".)
  const earlierDated = new RegExp(
    `^(?:\\s+[^\\s,;.]+){0,8}?\\s+in\\s+(?:${wordAlternatives(reference().calendar.months.map((month) => month.name))})\\s+(?:${wordAlternatives(vocabulary.agreementNegations.earlier) || "(?!)"})(?![\\p{L}])`,
    "iu",
  );
  // (Or with former office holders: "the agreement that we came to with the previous government".)
  const former = new RegExp(
    `^(?:\\s+[^\\s,;.]+){0,5}?\\s+(?:${wordAlternatives(vocabulary.agreementNegations.formerParties) || "(?!)"})(?![\\p{L}])`,
    "iu",
  );

  const documents = new RegExp(
    `(?<![\\p{L}])(?:${wordAlternatives(vocabulary.agreementNegations.documentsBefore) || "(?!)"})\\s[^,;]*?(?<![\\p{L}])(?:${wordAlternatives(vocabulary.agreementNegations.documents) || "(?!)"})\\s+\\p{L}+ing(?![\\p{L}])[^,;]*$`,
    "iu",
  );
  return {
    cues,
    jointFuture,
    jointOpening,
    jointHedged,
    proposedToBoth,
    proposedToOther,
    signedDescribes,
    describedBy,
    jointWord,
    jointIn,
    upcoming,
    quotedObjectOfBoth,
    saidTogether,
    negation,
    pursuit,
    soughtThat,
    inducement,
    inducedItems,
    exhorted,
    thanked,
    accused,
    purpose,
    talkedOf,
    enabling,
    necessity,
    agreedCue,
    hedgedSentence,
    standing,
    bothSidesOnly,
    earlier,
    earlierDated,
    earlierJoined,
    former,
    earlierBefore,
    earlierOpening,
    earlierMeeting,
    documents,
    guest,
    outcomeObject,
    speechVerb,
    groupSubject,
    twoParties,
    bothOfUs,
    emptied,
    participles,
    toldThat,
    groupGoesOn,
  };
}

/**
 * "as well as significantly boost the number …", "and expand exchanges": a verb in its bare form opening an
 * item after "and", by the lexicon, or by an adverb before it or a determiner after it (for a word that is a
 * noun too: "boost", "hold").
 */
function bareItem(clause: string): boolean {
  const item = /^(?:and|as well as)\s+(?:(\p{Ll}+ly)\s+)?(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(clause);
  if (!item?.[2]) return false;
  // ("and possibly resume flights": a hedge, not an item agreed.)
  if (/^(?:possibly|potentially|eventually|perhaps|probably|hopefully)$/u.test(item[1] ?? "")) return false;
  const tags = String(lexiconTag(item[2]) ?? "");
  if (/\bInfinitive\b/u.test(tags)) return true;
  return (
    /\bSingular\b/u.test(tags) &&
    (Boolean(item[1]) ||
      /^(?:the|a|an|its|their|more|new|further|two|both)$/u.test(item[3] ?? "") ||
      // ("as well as work towards bolstering …": a verb of effort by the preposition it takes.)
      /^towards?$/u.test(item[3] ?? ""))
  );
}

/**
 * A sentence that holds a quotation of several sentences ("“The two heads of State welcomed the outcomes
 * of the commission. They directed the ministers to implement the decisions,” the two governments said")
 * as its sentences, each the span of what it agrees: the splitting keeps a quotation whole for who said it,
 * not for what was agreed. A sentence ends at a stop after a word in small letters ("Harare."), not after
 * an initial or an abbreviation ("U.S. President").
 */
function quotedSentences(sentence: Sentence): (Sentence & { outer: number })[] {
  // (Each part keeps where the whole sentence starts: what a quotation opened before it still holds.)
  const outer = sentence.start;
  if (!/[“"«]/u.test(sentence.text)) return [{ ...sentence, outer }];
  const parts: (Sentence & { outer: number })[] = [];
  let from = 0;
  for (const stop of sentence.text.matchAll(/(?<=\p{Ll}{2}[.!?])\s+(?=\p{Lu})/gu)) {
    const text = sentence.text.slice(from, stop.index);
    parts.push({ ...sentence, text, start: outer + from, end: outer + stop.index, outer });
    from = stop.index + stop[0].length;
  }
  parts.push({ ...sentence, text: sentence.text.slice(from), start: outer + from, outer });
  return parts;
}

/**
 * Agreeing with someone to or on something, or that both will do it: their agreement ("agreed with Modi that
 * the two countries would work together", "has agreed with the French Ambassador to Libya, Mostafa Mihraje,
 * to support …", "agreed with his two counterparts to exchange visits"); agreeing with someone alone is
 * sharing their view.
 */
// (Or with each of several: "agreed with each diplomatic leader that their countries would support …".)
const AGREED_WITH_SOMEONE =
  /^\p{L}+\s+with\s+(?:each|every|all|both)\s+(?:of\s+(?:the|his|her|their)\s+)?(?:[\p{Ll}-]+\s+){0,3}that\s+(?:their|they|the\s+two|both)(?![\p{L}])|^\p{L}+\s+with\s+(?:(?:the|his|her|their)\s+(?:(?:\p{Lu}[\p{L}.-]*|of|to|for|the)\s+){0,6}?\p{Lu}[\p{L}.-]*,\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*,\s+|(?:\p{Lu}[\p{L}.-]*\s+){1,3}|(?:his|her|their)\s+(?:\p{Ll}+\s+){0,2}counterparts?\s+)(?<![’']s\s)(?:on\s+(?:a|an|the|their|joint|new)\s|to\s+(?!a\s|an\s|the\s|some\s|large\s)\p{Ll}+\s|that\s+(?:the\s+two|both)(?![\p{L}])\s)/u;

/**
 * After a document's noun, what it is on, with whom or between whom, maybe after the rest of a hyphenated
 * name and its letters in brackets ("the Memorandum-of-Understanding (MOU) on customs"): a document named,
 * not one told again.
 */
const NAMED_ON = "(?![\\p{L}-]*(?:\\s*\\([^()]{1,20}\\))?\\s+(?:on|in|for|to|between|of|with)\\s)";

/**
 * A signing told again by the definite article (vocabulary.yaml agreementDocuments): "The deals were signed
 * following …", "The four memorandums which were exchanged …", "witnessed the signing ceremony of documents",
 * "signed the agreements on Iraq’s behalf". Compiled once per vocabulary.
 */
const restatedSignings = new WeakMap<Vocabulary, RegExp[]>();
function restatedSigning(vocabulary: Vocabulary): RegExp[] {
  let patterns = restatedSignings.get(vocabulary);
  if (!patterns) {
    const things = `(?:${wordAlternatives(vocabulary.agreementDocuments) || "(?!)"})`;
    patterns = [
      new RegExp(
        // (With an aside between: "The declaration, planned as a forum of …, was signed by the two presidents".)
        `^\\s*the\\s+(?:[\\p{L}\\d-]+\\s+){0,2}${things}(?:\\s*,[^,;]{1,160},)?\\s+(?:(?:which|that)\\s+)?(?:were|was|had\\s+been|have\\s+been)\\s+(?:signed|inked|exchanged)(?![\\p{L}])`,
        "iu",
      ),
      // (Not one that says what they are on: "witnessed the signing of agreements on trade".)
      new RegExp(
        `(?<![\\p{L}])witnessed\\s+the\\s+signing(?:\\s+ceremony)?\\s+of\\s+(?:the\\s+)?${things}(?![\\p{L}])${NAMED_ON.replace("|with", "")}`,
        "iu",
      ),
      // ("…, which expedited the signing of the agreement": the document the text reported signed, by the
      // definite article, what it is on not named.)
      new RegExp(`(?<![\\p{L}])the\\s+signing\\s+of\\s+the\\s+${things}(?![\\p{L}])${NAMED_ON}`, "iu"),
      // ("… and the signed documents will become a solid basis for …": spoken of again as signed.)
      new RegExp(`(?<![\\p{L}])the\\s+(?:newly\\s+)?signed\\s+${things}(?![\\p{L}])`, "iu"),
      new RegExp(
        `(?<![\\p{L}])signed\\s+the\\s+${things}(?:\\s+on\\s+(?:\\p{Lu}[\\p{L}.’'-]*[’']s|their|its|his|her)\\s+behalf)?\\s*[,.;]`,
        "iu",
      ),
    ];
    restatedSignings.set(vocabulary, patterns);
  }
  return patterns;
}

/** A phrase that opens on a document's noun (vocabulary.yaml agreementDocuments) after its article. */
const documentPatterns = new WeakMap<Vocabulary, RegExp>();
function documentPattern(vocabulary: Vocabulary): RegExp {
  let pattern = documentPatterns.get(vocabulary);
  if (!pattern) {
    pattern = new RegExp(
      `^(?:the|an?)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${wordAlternatives(vocabulary.agreementDocuments) || "(?!)"})(?![\\p{L}])`,
      "iu",
    );
    documentPatterns.set(vocabulary, pattern);
  }
  return pattern;
}

export function agreementsOf(
  body: string,
  sentences: Sentence[],
  vocabulary: Vocabulary,
  /** When the article was published: "In March, Marcos said the two countries agreed …" in a July story is
   * an earlier meeting's. */
  publishedAt: Date | null = null,
): AgreementDraft[] {
  const result: AgreementDraft[] = [];
  // A month that opens the cue's clause ("In March,", "Back in January,", "Last May,") other than the month
  // of publication dates what follows before the meeting; "Last …" does so whenever the story was published,
  // and so does a month of the year named ("Furthermore, in April this year,"), which a story of the meeting's
  // own month would give by its day.
  const months = calendarNames("months");
  const monthOpening = new RegExp(
    `^\\s*(?:(?:${wordAlternatives(vocabulary.agreementNegations.connectives) || "(?!)"})\\s*,?\\s+)?(in|back\\s+in|last)\\s+(${wordAlternatives(months)})\\b(?!\\s+\\d)(\\s+(?:of\\s+)?(?:this|last)\\s+year\\b)?`,
    "iu",
  );
  // The same after the cue, in its clause: "signed a pact with India in February to build …" (not past a
  // relative word or a "to", whose month is another's: "a pact that takes effect in January", "agreed to
  // meet again in March").
  const monthAfter = new RegExp(
    `^(?:(?!(?<![\\p{L}])(?:that|which|who|whose|when|to|will|would)\\s)[^;:])*?(?<![\\p{L}])(in|last)\\s+(${wordAlternatives(months)})\\b(?!\\s+\\d)(\\s+(?:of\\s+)?(?:this|last)\\s+year\\b)?`,
    "u",
  );
  const earlierMonth = (sentenceText: string) => otherMonth(monthOpening.exec(sentenceText));
  const earlierMonthAfter = (afterCue: string) => otherMonth(monthAfter.exec(afterCue));
  // (Its words: how it opens, the month, "this year" or "last year" after it.)
  const otherMonth = (opening: RegExpExecArray | null) => {
    if (!opening?.[2]) return false;
    if (/^last$/iu.test(opening[1] ?? "") || opening[3]) return true;
    if (!publishedAt) return false;
    const month = monthOf(opening[2]);
    // (A month other than the story's: "In December," in a January story is last year's.)
    return month >= 0 && month !== publishedAt.getUTCMonth();
  };
  // (A word of a signing: a month after it dates the signing.)
  const { signingWord } = signingPatterns(vocabulary);
  let patterns = compiled.get(vocabulary);
  if (!patterns) {
    patterns = patternsOf(vocabulary);
    compiled.set(vocabulary, patterns);
  }
  const {
    cues,
    jointFuture,
    jointOpening,
    jointHedged,
    proposedToBoth,
    proposedToOther,
    signedDescribes,
    describedBy,
    jointWord,
    jointIn,
    upcoming,
    quotedObjectOfBoth,
    saidTogether,
    negation,
    pursuit,
    soughtThat,
    inducement,
    inducedItems,
    exhorted,
    thanked,
    accused,
    purpose,
    talkedOf,
    enabling,
    necessity,
    agreedCue,
    hedgedSentence,
    standing,
    bothSidesOnly,
    earlier,
    earlierDated,
    earlierJoined,
    former,
    earlierBefore,
    earlierOpening,
    earlierMeeting,
    documents,
    guest,
    outcomeObject,
    speechVerb,
    groupSubject,
    twoParties,
    bothOfUs,
    emptied,
    participles,
    toldThat,
    groupGoesOn,
  } = patterns;
  /** Whether words hold a cue of any level (the cues' patterns are global: their position is reset). */
  const cued = (text: string) =>
    cues.some(({ pattern }) => {
      pattern.lastIndex = 0;
      const hit = pattern.test(text);
      pattern.lastIndex = 0;
      return hit;
    });
  // Where the sentence before told of an earlier meeting ("During last year’s visit, the leaders also agreed
  // …"): its end, so that "They also pledged …" right after it goes on with that meeting.
  let earlierEnd = -1;
  for (const sentence of sentences.flatMap(quotedSentences)) {
    const goesOn =
      earlierEnd >= 0 &&
      /^\s*$/u.test(body.slice(earlierEnd, sentence.start).replace(/^[.!?"”’]+/u, "")) &&
      groupGoesOn.test(sentence.text);
    earlierEnd =
      goesOn || earlierMeeting.test(sentence.text) || earlierOpening.test(sentence.text) ? sentence.end : -1;
    if (goesOn) continue;
    // A question agrees nothing; nor does a sentence that says no agreement was reached, up to a turn
    // ("No deal was reached on tariffs, but the two agreed to meet again").
    if (/\?["”’]?$/.test(sentence.text)) continue;
    // "Egypt and Jordan agreed Thursday to hold … The agreement was reached during talks in Cairo …": the
    // agreement just reported, named again to tell where it was made, is no second one.
    const previous = result.at(-1);
    if (
      previous &&
      /^\s*the\s+(?:agreement|agreements|deal|deals|accord|pact)\s+(?:was|were|had\s+been)\s+(?:reached|struck|concluded|sealed)\b/iu.test(
        sentence.text,
      ) &&
      body.slice(previous.end, sentence.start).replace(/[\s.,;:”"’]+/gu, "") === ""
    )
      continue;
    // "Kenya and Uganda have signed eight new MoUs … The agreements, signed on July 30, build upon …", "The
    // newly signed MoUs cover …": the documents just reported, named again by the definite article with
    // their signing as a description, are no new ones.
    if (
      previous &&
      previous.end <= sentence.start &&
      /^\s*the\s+(?:(?:\p{Ll}+ly\s+)?signed\s+\p{L}+|\p{L}+,\s+signed)(?![\p{L}])/iu.test(sentence.text)
    )
      continue;
    // "… signed 22 instruments covering …. The deals were signed following the official talks. The two prime
    // ministers witnessed the signing ceremony of documents after their talks. … The four memorandums which
    // were exchanged in presence of the duo are …", "…, signed the agreements on Iraq’s behalf": a signing
    // reported already, told again by the definite article, is no new one. (Only where a signing was: after
    // "agreed to set up a commission", "… signed the treaty." is one of its own.)
    if (
      result.some((found) => found.end <= sentence.start) &&
      /(?<![\p{L}])(?:sign|ink|exchang)/iu.test(body.slice(0, sentence.start)) &&
      restatedSigning(vocabulary).some((pattern) => pattern.test(sentence.text))
    )
      continue;
    const hedged: [number, number][] = [];
    let segmentStart = 0;
    for (const turn of [...sentence.text.matchAll(/;\s+|,?\s+(?:but|although|though|yet)\s+/giu), null]) {
      const segmentEnd = turn ? turn.index : sentence.text.length;
      hedgedSentence.lastIndex = 0;
      if (hedgedSentence.test(sentence.text.slice(segmentStart, segmentEnd)))
        hedged.push([sentence.start + segmentStart, sentence.start + segmentEnd]);
      if (turn) segmentStart = turn.index + turn[0].length;
    }
    // (And a second verb of agreeing after "and", where the words before it hold a cue of their own:
    // "expressed content over the ties and agreed to take steps"; not "met in Lindby and agreed to …".)
    // (So too a verb of saying after "and": "agreed with Canada’s position on … and said Canada and the U.S
    // would continue to work on this together" holds a cue of its own after it.)
    const clauses = sentence.text
      .split(/(?:,\s+(?=(?:including|agreeing|welcoming|while|and|as well as|but)\b)|;\s+|\s+but\s+)/)
      .flatMap((clause) => {
        const second =
          /\s+and\s+(?=(?:agreed|decided|pledged|vowed|signed|resolved|committed|reiterated|reaffirmed|welcomed|directed|said|stated|added)\s)/u.exec(
            clause,
          );
        const first = second ? clause.slice(0, second.index) : "";
        return second && cued(first) ? [first, clause.slice(second.index + second[0].length)] : [clause];
      })
      // (So too each verb of a series after commas, where the words before it hold a cue: "the two leaders
      // discussed …, agreed to update the free-trade agreement, signed an “open skies” agreement …, promised
      // to ease visa restrictions, and pledged …" is an agreement by each verb.)
      .flatMap((clause) => {
        const parts: string[] = [];
        let from = 0;
        for (const verb of clause.matchAll(signingPatterns(vocabulary).seriesVerb)) {
          const head = clause.slice(from, verb.index);
          // (Not where the comma closes an aside about the subject: "Lind, who signed the treaty in 2019,
          // agreed to …".)
          if (!cued(head) || /(?:^|,)\s*(?:who|which|whose|whom)\s[^,]*$/u.test(head)) continue;
          parts.push(head);
          from = verb.index + verb[0].length;
        }
        return [...parts, clause.slice(from)];
      })
      // ("the Colombian government confirmed that the two presidents agreed to …": one side telling what
      // both agreed; the agreement is the words after "that".)
      .flatMap((clause) => {
        const told = toldThat.exec(clause);
        const rest = told ? clause.slice(told[0].length) : "";
        // (Not past a telling that denies it: "Officials denied that a deal was reached".)
        negation.lastIndex = 0;
        const denied = told?.[1] ? negation.test(told[1]) : false;
        negation.lastIndex = 0;
        return told?.[1] && !denied && !jointIn.test(told[1]) && cued(rest) ? [told[1], rest] : [clause];
      })
      // ("agreed to hold meetings in Amman next month and to convene preparatory talks": a second
      // infinitive without its comma is an item of its own, as after one; read below. Only after the one
      // infinitive of the cue: "committed to continue coordination to prevent … and to work toward …" goes
      // on with the purpose.)
      // ("have agreed to boost trade ties … as well as work towards bolstering the role of the African Union":
      // a bare verb after "as well as", with no comma, is an item of its own too.)
      .flatMap((clause) => {
        const item = /\s+(?=as\s+well\s+as\s+\p{Ll}+\s)/u.exec(clause);
        const first = item ? clause.slice(0, item.index) : "";
        const rest = item ? clause.slice(item.index).trimStart() : "";
        return item && cued(first) && bareItem(rest) ? [first, rest] : [clause];
      })
      .flatMap((clause) => {
        const item = /\s+(?=and\s+to\s+\p{Ll}+\s)/u.exec(clause);
        const first = item ? clause.slice(0, item.index) : "";
        const infinitives = first.match(
          /(?<![\p{L}])to\s+(?!(?:the|a|an|its|their|his|her|this|that)\s)\p{Ll}/gu,
        );
        return item && infinitives?.length === 1 && cued(first)
          ? [first, clause.slice(item.index + item[0].length)]
          : [clause];
      });
    let cursor = sentence.start;
    // The grade of the clause that governs the list items after it.
    let governing: WordingStrength | null = null;
    // The grade of a list of documents parted into its items (below), for its last item after "and".
    let listed: WordingStrength | null = null;
    for (const clause of clauses) {
      const clauseStart = body.indexOf(clause, cursor);
      if (clauseStart < 0) continue;
      cursor = clauseStart + clause.length;
      if (hedged.some(([from, to]) => clauseStart >= from && clauseStart < to)) continue;
      // The cue that comes first in the clause; of the cues that overlap it, the one that reaches
      // furthest ("reaffirmed … commitment to" then "commitment to work": the effort, not the outcome);
      // between levels at the same words, the stronger.
      const fromLists = cues.flatMap(({ level, pattern }) =>
        [...clause.matchAll(pattern)].map((hit) => ({ level, index: hit.index, length: hit[0].length })),
      );
      const hits =
        fromLists.length > 0
          ? fromLists
          : [...clause.matchAll(jointFuture)].map((hit) => ({
              level: "AGREED" as WordingStrength,
              index: hit.index,
              length: hit[0].length,
            }));
      const first = hits.reduce<(typeof hits)[number] | null>(
        (best, hit) =>
          !best || hit.index < best.index || (hit.index === best.index && hit.length > best.length)
            ? hit
            : best,
        null,
      );
      if (!first) {
        // "They agreed to resume military talks, and to establish a working group": a second infinitive
        // that the clause before governs is an item of its own, of that clause's grade; so is one without
        // its "to" ("agreed to establish a dialogue, as well as significantly boost the number of flights").
        // (Not the last of a list of single words, "regarding military, education, and land management".)
        const listTail = /,\s*\p{Ll}[\p{L}-]*\s*,\s*$/u.test(
          body.slice(Math.max(0, clauseStart - 40), clauseStart),
        );
        // (Nor the last of a list of verbs that one infinitive governs, one agreement's: "… to achieve a
        // lasting ceasefire, end hostilities in Gaza, protect all civilians, and ensure peace".)
        const verbTail = /,\s*(\p{Ll}+)\s[^,;:“”"]{1,60},\s*$/u.exec(
          body.slice(Math.max(sentence.start, clauseStart - 120), clauseStart),
        )?.[1];
        const verbList = /\bInfinitive\b/u.test(String(lexiconTag(verbTail ?? "") ?? ""));
        if (
          governing &&
          !verbList &&
          (/^(?:and|as well as)\s+to\s+\p{Ll}/u.test(clause.trimStart()) ||
            (bareItem(clause.trimStart()) && !listTail))
        ) {
          const trimmed = clause.replace(/[\s.]+$/, "");
          result.push({
            start: clauseStart,
            end: clauseStart + trimmed.length,
            confidence: 0.4,
            strength: governing,
            text: trimmed.trim(),
          });
        } else if (
          listed &&
          /^and\s+(?:the|an?)\s/iu.test(clause.trimStart()) &&
          documentPattern(vocabulary).test(clause.trimStart().replace(/^and\s+/iu, ""))
        ) {
          // (The list's last document, after its comma and "and".)
          const text = clause
            .trimStart()
            .replace(/^and\s+/iu, "")
            .replace(/[\s.]+$/, "");
          const start = clauseStart + clause.indexOf(text);
          result.push({ start, end: start + text.length, confidence: 0.5, strength: listed, text });
        } else if (/^including\b/iu.test(clause.trimStart())) {
          // "agreed to develop cooperation in the defense industry, including the K-9 howitzer": the items
          // of what was agreed are its words too.
          const last = result.at(-1);
          if (last && last.end >= sentence.start && body.slice(last.end, clauseStart).trim() === ",") {
            last.end = clauseStart + clause.replace(/[\s.]+$/, "").length;
            last.text = body.slice(last.start, last.end).trim();
          }
        }
        continue;
      }
      const found = hits
        .filter((hit) => hit.index < first.index + first.length && hit.index >= first.index)
        .reduce((best, hit) => {
          const end = hit.index + hit.length;
          const bestEnd = best.index + best.length;
          return end > bestEnd || (end === bestEnd && rank(hit.level) < rank(best.level)) ? hit : best;
        }, first);
      // "agreeing to encourage …", "agreed to work toward …": an effort agreed on is graded as the effort
      // (as "agreed to try to" is); agreeing to continue the discussions is agreeing.
      const foundEnd = found.index + found.length;
      // So is one agreed as a clause: "agreed with Modi that the two countries would work together on …".
      const agreedThat = /^agreed(?:\s+that)?$/iu.test(clause.slice(found.index, foundEnd));
      // ("agreed Monday to work together toward …": the day between.)
      const dayTo = /^agreed$/iu.test(clause.slice(found.index, foundEnd))
        ? (/^\s+(?:on\s+)?\p{Lu}\p{Ll}+day\s+to\s+/u.exec(clause.slice(foundEnd))?.[0].length ?? 0)
        : 0;
      const verbAfter = dayTo
        ? hits.find((hit) => hit.level === "WILL_WORK_TO" && hit.index === foundEnd + dayTo)
        : /\bto$/iu.test(clause.slice(found.index, foundEnd))
          ? hits.find(
              (hit) =>
                hit.level === "WILL_WORK_TO" &&
                hit.index > found.index &&
                /^\s+$/u.test(clause.slice(foundEnd, hit.index)),
            )
          : agreedThat
            ? hits.find(
                (hit) =>
                  hit.level === "WILL_WORK_TO" &&
                  hit.index > found.index &&
                  /^\s+(?:with\s+(?:[\p{L}'’.-]+\s+){1,5}?)?(?:that\s+)?(?:[\p{L}'’-]+\s+){1,4}?$/u.test(
                    clause.slice(foundEnd, hit.index),
                  ) &&
                  // ("agreed that negotiating teams would continue to work at pace towards an FTA".)
                  (/^(?:would|will)\s/iu.test(clause.slice(hit.index)) ||
                    /(?<![\p{L}])(?:would|will)\s+$/iu.test(clause.slice(foundEnd, hit.index))),
              )
            : undefined;
      const after = clause.slice(found.index + found.length);
      const cueText = clause.slice(found.index, foundEnd);
      // "Lind agreed: “These matters require urgent attention.”": agreeing with what another said, in words
      // then quoted, agrees nothing between the sides.
      if (/^agreed$/iu.test(cueText) && /^\s*:/u.test(after)) continue;
      // (So does one who agreed with nothing after it: "“…,” he said. Minister Nkoana-Mashabane agreed." The
      // passive names what was agreed: "A ceasefire was agreed.")
      if (
        /^agreed$/iu.test(cueText) &&
        /^[\s.!”"’]*$/u.test(after) &&
        !/(?<![\p{L}])(?:was|were|been|be|is|are|being)\s+(?:\p{Ll}+ly\s+)?$/iu.test(
          clause.slice(0, found.index),
        ) &&
        // (Nor the object a relative pronoun stands for: "proposed to revive the mechanism, which his
        // counterpart agreed".)
        !/(?<![\p{L}])(?:which|what|to\s+which)\s+(?:[\p{L}'’.-]+\s+){1,5}$/iu.test(
          body.slice(sentence.start, clauseStart + found.index),
        )
      )
        continue;
      // "signed the original deal, the Safe Third Country Agreement, in 2002": an earlier agreement made
      // ("reaffirmed an earlier agreement" is agreed again).
      if (
        /^(?:signed|reached|struck|sealed|concluded|inked|penned|clinched)\b/iu.test(cueText) &&
        /(?<![\p{L}])(?:original|previous|earlier|existing|former|old)\s+(?:\p{L}+\s+)?(?:deal|deals|agreement|agreements|accord|accords|treaty|pact)(?![\p{L}])/iu.test(
          cueText,
        )
      )
        continue;
      // "The 1951 treaty, signed by Truman, …", "the original deal signed by …": a document of an earlier year or
      // an earlier one, named by who signed it.
      if (
        /,?\s+signed\s+by$/iu.test(cueText) &&
        /(?:(?<![\p{N}])(?:19|20)\d{2}|(?<![\p{L}])(?:original|previous|earlier|existing|former|old))\s+$/iu.test(
          clause.slice(Math.max(0, found.index - 20), found.index),
        )
      )
        continue;
      // "The agreement on health covers capacity building …": a sentence about the agreement a signing gave,
      // opened by its name as its subject, tells what it holds, not that anything was agreed. (Unless a verb
      // of its making follows: "The agreement on visas was signed on Monday".)
      if (
        /^(?:agreement|agreements)\s+on$/iu.test(cueText) &&
        // (Or a clause's subject so: "The pact on education will double …, while the agreement on water covers
        // …".)
        /(?:^\s*|,\s*|(?<![\p{L}])(?:while|whereas)\s+)the\s+$/iu.test(
          body.slice(sentence.start, clauseStart + found.index),
        ) &&
        !/^\s+[^,;]{0,60}?\s(?:(?:was|were|has\s+been|have\s+been|is|are)\s+)(?:signed|agreed|reached|concluded|inked|initialled|adopted)\b/iu.test(
          after,
        )
      )
        continue;
      // "We encourage President Xi to press …": urging someone else to act, no undertaking of the sides.
      if (/^encourag/iu.test(cueText) && /^\s+(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}to\s/u.test(after)) continue;
      // "the signed memorandum addresses …", "the agreed text": a participle after a determiner describes a
      // thing; it reports no signing.
      // (Only the verb of a cue with a gap, "signed … memorandum": "a shared commitment to" is its cue.)
      if (
        participles.has(/^\p{L}+/u.exec(clause.slice(found.index))?.[0]?.toLowerCase() ?? "") &&
        /(?<![\p{L}])(?:the|a|an|its|their|his|her)\s+$/iu.test(clause.slice(0, found.index)) &&
        !/^\p{L}+\s+(?:the|a|an|its|their|his|her|our|this|that)\s/iu.test(clause.slice(found.index))
      )
        continue;
      // ("agreed that nothing should stand in the way" and "agreed on nothing except …" agree something.)
      if (
        emptied.test(after) &&
        !/that$/iu.test(clause.slice(found.index, found.index + found.length)) &&
        !/^\s+\p{L}+\s+(?:would|should|was|is|will|could|can|must|were|except|but|beyond)\b/iu.test(after)
      )
        continue;
      // "a cooperation agreement on labour should be signed soon": an agreement named as one still to be
      // signed or concluded, which one side calls for or the text expects.
      if (
        /^(?:an?\s+)?agreements?\s/iu.test(cueText) &&
        /^[^,;.]{0,60}?(?<![\p{L}])(?:should|must|would|will|could|is\s+to|are\s+to|needs?\s+to)\s+(?:soon\s+)?be\s+(?:signed|concluded|finali[sz]ed|reached|inked)(?![\p{L}])/iu.test(
          after,
        )
      )
        continue;
      // "agreed that relations have made headway", "concurred that ties are at their best": a view the
      // sides share of how things stand, no undertaking (what they agree shall be done takes a modal:
      // "agreed that the teams would meet", "agreed that they should expand trade").
      // (So too "Luxon agreed the region faces serious challenges": "that" left out, a verb in the present
      // after the subject's noun.)
      const stands =
        /^\s+(?:[\p{L}'’-]+\s+){1,6}?(?:is|are|was|were|remain|remains|remained|has|have|had)\s+(?!to\s)/iu;
      const presentAfterNoun =
        (/^\s+(?:that\s+)?(?:the|this|their|its|our|his|her)\s+((?:\p{Ll}+\s+){0,2}?)(\p{Ll}+)\s+(\p{Ll}+s)\s/u.exec(
          after,
        ) ?? []) as string[];
      // (A noun in the singular, no "s" of its own, then a word in "-s" that the lexicon does not know as
      // anything but a verb or a plural: "the region faces", "the world needs"; not "the two countries".)
      const present =
        presentAfterNoun[3] !== undefined &&
        !/s$/u.test(presentAfterNoun[2] ?? "s") &&
        /^(?:Singular|Noun)?$/u.test(String(lexiconTag(presentAfterNoun[2] ?? "") ?? "")) &&
        !/ss$/u.test(presentAfterNoun[3]) &&
        /^(?:PresentTense|Plural)?$/u.test(String(lexiconTag(presentAfterNoun[3]) ?? ""));
      // ("agreed that it is important to encourage dialogue": what is needful to do is as a modal's. So is
      // any "it is … to" or "it is … that" that says what is to be done: "agreed that it was time to
      // reopen …", "… that it is in the interest of both countries that the crossing be reopened"; not "it
      // was a productive meeting", a view of it, nor "it was too early to say", "it was clear that …".)
      const needful =
        /^\s+(?:that\s+)?it\s+(?:is|was|would\s+be|will\s+be)\s+(?!(?:a|an|the|not)\s)(?:(?!(?:too|clear|evident|obvious|true|likely|unlikely|unfortunate|regrettable|good)\s)[\p{L}'’-]+\s+){0,8}?(?:to|that)\s/iu;
      if (
        /(?:agree|agreed|agrees|agreeing|concurred)(?:\s+that)?$/iu.test(cueText) &&
        (stands.test(after) || present) &&
        !needful.test(after) &&
        !/(?<![\p{L}])(?:will|would|shall|should|must|could|can|need|needs|needed|(?:important|necessary|essential|vital|crucial|imperative)\s+to)(?![\p{L}])/iu.test(
          after,
        )
      )
        continue;
      if (found.level === "WELCOMED") {
        // "Private resources will also be welcomed": a welcome to come, no outcome welcomed.
        if (/(?<![\p{L}])be\s+$/iu.test(clause.slice(0, found.index))) continue;
        // "welcomed Chancellor Scholz to the White House", "welcomed Kishida", "we welcome you": a host
        // greeting a guest, not welcoming an outcome.
        if (guest.test(after)) continue;
        if (!/\p{Ll}{2}/u.test(after) || /^\s+(?:you|him|her|them|us|everyone|all)\b/iu.test(after)) continue;
        if (/^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:to|at|in|on|as|for)\s/u.test(after)) continue;
        // "welcomed Biden, describing …", "welcomed Xi Jinping and called him …": a name alone, the clause
        // going on after it.
        // (No abbreviation's full stop ends it: "welcomed U.S. investment".)
        if (
          /^\s+\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){0,2}\s*(?:[,;]|\.?$|and\s+\p{Ll}+ed\s)/u.test(
            after,
          )
        )
          continue;
        // "welcomed the opportunity to meet": a courtesy, no outcome.
        // "holds a welcoming ceremony", "welcome remarks": the words of a reception.
        if (
          /^\s+(?:ceremony|ceremonies|reception|receptions|remarks|speech|address|dinner|banquet|party)\b/iu.test(
            after,
          )
        )
          continue;
        // "… welcomed home", "welcomed back": a return, no outcome.
        if (/^\s+(?:home|back)\b/iu.test(after)) continue;
        // ("welcomed the visit as an opportunity to …": the guest's visit itself.)
        if (/^\s+(?:the|this|an)\s+(?:\p{L}+\s+)?(?:opportunity|chance|visit)\b/iu.test(after)) continue;
        // "Meloni expressed satisfaction with the encounter and took to X …": the meeting itself, as one
        // side found it, is how it characterised the talks, no outcome ("… with the talks' results" and
        // "… with the meeting on trade" are not this).
        if (
          /^\s+(?:the|this|their|its|today['’]s)\s+(?:\p{L}+\s+)?(?:meeting|talks|encounter|discussions?|conversation|exchange|dialogue)\s*(?:[,.;]|and\s|as\s|$)/iu.test(
            after,
          )
        )
          continue;
        // "welcomed the delegation to Beijing", "welcomed reporters into the Oval Office", "welcomed the
        // distinguished President and his old friend to China".
        // (Not across "of" or "to": "welcomed the resumption of direct flights to Norland" welcomes an outcome.)
        if (/^\s+(?:(?!(?:of|to)\s)[\p{L}'’.-]+\s+){1,7}(?:to|into)\s+(?:the\s+)?\p{Lu}/u.test(after))
          continue;
      }
      // One side's own words in quotation marks are its claim or its demand, not a reported agreement;
      // a quoted fragment inside the outlet's own sentence (both sides "decided to …", would "look at")
      // is the outlet's report all the same.
      // (Up to the first of the cues that overlap: "“They reaffirmed their commitment to working together”"
      // is graded by "commitment to working", and its subject stands before "reaffirmed".)
      const upTo = body.slice(sentence.outer, clauseStart + Math.min(first.index, found.index));
      const opened = openQuotation(upTo);
      if (opened >= 0) {
        const lead = upTo.slice(0, opened);
        const lastWords = /(?:[\p{L}'’.-]+\s+){0,3}$/u.exec(lead)?.[0] ?? "";
        // ("had (in New Delhi just recently) “reached an agreement …”": an aside in brackets before it.)
        const embedded = /[\p{L})]\s*$/u.test(lead) && !speechVerb.test(lastWords);
        // A quoted joint summary speaks of the parties in the third person ("“They committed to explore
        // …,” according to the summary"); one side's own words do not.
        // (From the last sentence the quotation holds before the cue.)
        const quotedLead =
          upTo
            .slice(opened + 1)
            .split(/[.!?]\s+|(?<=\p{Ll}[.!?…]+)(?=\p{Lu})/u)
            .at(-1) ?? "";
        // "“Many points were agreed to …”": the passive of agreeing names no one side.
        negation.lastIndex = 0;
        const passiveQuote =
          /(?:was|were|been)\s+$/iu.test(quotedLead) &&
          /^agreed\b/iu.test(clause.slice(found.index)) &&
          // ("were agreed by Sudria alone": one side.)
          !/^\s+(?:(?:to|on|upon)\s+)?by\b/iu.test(clause.slice(found.index + found.length)) &&
          !negation.test(quotedLead.split(/[,;:]/u).at(-1) ?? "");
        negation.lastIndex = 0;
        // "“… the understanding we have reached …”": a cue that says "we" itself.
        const ourOwn = /(?<![\p{L}])we(?![\p{L}])/iu.test(
          clause.slice(found.index, found.index + found.length),
        );
        // "Aliyev and Pashinyan said they “agreed to …”": the parties named as the subject just before the
        // quotation mark, outside it.
        // ("they" only for two parties the sentence names, "X and Y said they"; "Opposition leaders said
        // they “agreed to boycott …”" is one side.)
        const tail = (n: number) => lastWords.trim().split(/\s+/u).slice(-n).join(" ").concat(" ");
        const subjectOutside =
          quotedLead.trim() === "" &&
          ([2, 3].some((n) => groupSubject.test(tail(n)) && !/^they\s/iu.test(tail(n))) ||
            (/^they\s$/iu.test(tail(1)) && twoParties.test(lead)));
        // ("“… President Raisi proposed some initiatives and the two sides agreed to …”": the subject of the
        // clause's last part.)
        const lastPart = quotedLead.split(/(?:[,;]|\s+and)\s+/u).at(-1) ?? "";
        // ("“… India and the UK will keep working for a prosperous planet,” said PM Modi": the two sides by name;
        // so with their titles after "Both": "“Both President Ada Lind and Orrin directed the ministers …”".)
        // ("“There are a huge range of issues that New Zealand and Australia will continue to work on”": the
        // pair as the subject of a relative clause, after a plural noun; not "I doubt that", "Nobody believes
        // that".)
        const relative = /(?<![\p{L}])(\p{Ll}+)\s+(?:that|which)\s+(?:the\s+)?\p{Lu}/u.exec(quotedLead);
        const noun = relative?.[1];
        const afterNoun =
          noun !== undefined &&
          (lexiconTag(noun) === "Plural" || (lexiconTag(noun) === undefined && isPluralNoun(noun))) &&
          !negation.test(quotedLead);
        negation.lastIndex = 0;
        const namedPair = new RegExp(
          `(?:^\\s*(?:[Bb]oth\\s+)?|${afterNoun ? "(?<![\\p{L}])(?:that|which)\\s+" : "(?!)"})${TITLED_NAME}\\s+and\\s+${TITLED_NAME}\\s+(?:(?:also|jointly|both|will|would)\\s+)*$`,
          "u",
        ).test(quotedLead);
        // ("“… outstanding MoUs which both of us have agreed to accelerate”".)
        const bothOfUsWithin =
          /(?<![\p{L}])both\s+of\s+us\s+(?:(?:have|had|also|will|would|now)\s+)*$/iu.test(quotedLead);
        // ("Christodoulides and Mikati affirmed the “adherence …, as well as their willingness to …”": the
        // quotation is the object of a verb both named outside it made.)
        const objectOfBoth = quotedObjectOfBoth.test(lead);
        // ("“The question of energy … saw the two leaders commit to …”": the group the clause ends on, the
        // subject of the cue's verb.)
        const groupBefore = /(?<![\p{L}])(?:the\s+two|both)\s+(?:\p{Ll}+\s+)?\p{Ll}+\s+$/iu.exec(
          quotedLead,
        )?.[0];
        const joint =
          objectOfBoth ||
          saidTogether.test(body.slice(clauseStart + found.index, sentence.end)) ||
          groupSubject.test(quotedLead) ||
          groupSubject.test(lastPart) ||
          (groupBefore !== undefined && groupSubject.test(groupBefore)) ||
          namedPair ||
          bothOfUsWithin ||
          bothOfUs.test(quotedLead) ||
          // ("“… we were able to create a pathway … and today we signed a memorandum …”": "we" opening the
          // clause's last part, of something done; "and we are working to …" is one side's effort.)
          (found.level === "AGREED" && bothOfUs.test(lastPart)) ||
          passiveQuote ||
          ourOwn ||
          subjectOutside ||
          // ("“… the Prime Minister has agreed to work with me to take our relations …”": the other side
          // agreeing to work with the one who speaks, an agreement of both.)
          /^(?:agreed|agrees)\s+to\s+(?:work|cooperate|collaborate|partner)\s+(?:closely\s+|together\s+)?with\s+(?:me|us)(?![\p{L}])/iu.test(
            clause.slice(found.index),
          );
        if (!embedded && !joint) continue;
      }
      // "the measures agreed in Minsk in September 2014 and February 2015": a year stated right after the
      // cue (no infinitive between: "agreed to finish the line in 2024" is a plan) that is before the year of
      // publication, or, unknown, before the latest year the article names.
      const pastYear = (words: string) => {
        const dated =
          /^(?:\s+(?![Tt]o\s)[^\s,;.]+){0,4}?\s+in\s+(?:\p{Lu}\p{Ll}+\s+)?((?:19|20)\d{2})(?!\d)/u.exec(
            words,
          );
        if (!dated?.[1]) return false;
        if (publishedAt) return Number(dated[1]) < publishedAt.getUTCFullYear();
        // (Publication unknown: only what a noun names as agreed, "the measures agreed in …", before the
        // latest year the article names; "agreed in 2031 to cut emissions by 2040" is the meeting's.)
        const noun = /(?<![\p{L}])(\p{Ll}{3,}s)\s+$/u.exec(clause.slice(0, found.index))?.[1] ?? "";
        const named =
          noun !== "" && !vocabulary.attribution.groupNouns.some((group) => group.split(" ").at(-1) === noun);
        const latest = Math.max(
          ...[...body.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/gu)].map((m) => Number(m[1])),
        );
        return named && Number(dated[1]) < latest;
      };
      // "leaders … met in Addis Ababa last month and agreed to …": a time gone by closing the verb before the
      // cue's, joined to it.
      // "the Secretary and Dai agreed a while back that …": agreed before this meeting.
      // (Unless the clause reports another after it: "the agreement we signed last year and the … agreement
      // we signed today".)
      // (A welcome is of now, whenever what it welcomes was done: "expressed satisfaction with the
      // disengagement achieved last year".)
      if (
        (former.test(after) ||
          (found.level !== "WELCOMED" &&
            (earlier.test(after) ||
              earlierDated.test(after) ||
              (!/\bto$/iu.test(clause.slice(found.index, found.index + found.length)) && pastYear(after)) ||
              earlierJoined.test(clause.slice(0, found.index))))) &&
        !hits.some((hit) => hit.index >= found.index + found.length)
      )
        continue;
      // "their work toward closer ties": the noun, no undertaking.
      if (
        /^work/iu.test(clause.slice(found.index)) &&
        /(?:their|his|her|its|our)\s+$/iu.test(clause.slice(0, found.index))
      )
        continue;
      // "the recent Joint Leaders Statement reaffirming their shared commitment to …": an earlier document's
      // words.
      if (
        documents.test(
          clause.slice(0, found.index + (/^\S+/u.exec(clause.slice(found.index))?.[0].length ?? 0)),
        )
      )
        continue;
      // "We agreed to hold this meeting long ago": the meeting itself, agreed before it, is no outcome of it.
      if (/^\s+(?:hold|have)\s+(?:this|these|today['’]s)\s+(?:meeting|talks|summit|visit)\b/iu.test(after))
        continue;
      // "business leaders to explore investment opportunities", "talks with Xi to enhance relations and
      // explore new areas": an exploring that is the purpose of something else, not one the sides took on
      // ("the sides will continue to explore", "agreed to explore": the agreeing is the cue there).
      // ("met in Apia this week to look at ways of building …": a looking at, too.)
      if (found.level === "WILL_EXPLORE" && /^(?:explor|look\s+at)/iu.test(clause.slice(found.index))) {
        // (Past a time set off by commas: "met with President Tinubu, on Thursday, to explore strategies".)
        const lead = clause
          .slice(0, found.index)
          .replace(/,\s*(?:on|in|at|last|this|early|late)\s[^,;]{1,30},\s*(?=to\s+$)/u, " ");
        // ("continue to expand flights and to explore …": the verb before the first "to".)
        const purpose =
          /(\p{L}+)\s+to\s+\p{L}+[^,;]*?\s+and\s+(?:to\s+)?(?:\p{Ll}+ly\s+)?$/u.exec(lead) ??
          // (An adverb may stand between: "encouraging interested developers to expeditiously explore".)
          /(\p{L}+)\s+to\s+(?:\p{Ll}+ly\s+)?$/u.exec(lead);
        // (An item after an agreement of the same sentence is that agreement's: "will continue to expand
        // flights | and to explore a rail link".)
        const previous = result.at(-1);
        const item =
          /^\s*(?:and|as\s+well\s+as)\s+(?:to\s+)?$/u.test(lead) &&
          previous !== undefined &&
          previous.end >= sentence.start &&
          previous.end <= clauseStart;
        if (purpose && !item && !CARRY_ON.has(purpose[1]?.toLowerCase() ?? "")) continue;
        // ("the agreement will allow the two countries to begin exploring their maritime resources": what
        // something lets them do, not an exploring they took on.)
        if (enabling.test(lead)) continue;
      }
      // "agreed with Putin": agreeing with someone's view, not on something. (Agreeing with someone on or to
      // something, or that both will do it, is their agreement: "agreed with Modi that the two countries
      // would work together on a trade deal".)
      // (The one agreed with may be a post and a name set off by commas: "has agreed with the French
      // Ambassador to Libya, Mostafa Mihraje, to support …".)
      if (
        /^(?:agreed|agree|agrees)\s+with\b/iu.test(clause.slice(found.index)) &&
        !AGREED_WITH_SOMEONE.test(body.slice(clauseStart + found.index, sentence.end))
      )
        continue;
      // Negated or hedged: a negation or a hedge in the few words before the cue.
      const lead = clause.slice(Math.max(0, found.index - 40), found.index);
      // Only in the cue's own phrase ("Without naming the country, the leaders agreed" is agreed), or a
      // "not" that an aside keeps from its verb ("have not, officials said, agreed").
      // (Nor past a sentence's end inside a quotation: "“Even when I was not the PM he was very kind...We
      // have agreed to …”".)
      const clausePhrase = lead.slice(lead.search(/[^,;:—–]*$/u));
      const quoted = /[“"]/u.test(body.slice(sentence.outer, clauseStart + found.index));
      const phrase = quoted
        ? clausePhrase.slice(
            Math.max(0, clausePhrase.search(/(?:(?<=\p{Ll}{3}[.!?])|(?<=…|\.\.\.))\s*\p{Lu}[^.!?…]*$/u)),
          )
        : clausePhrase;
      negation.lastIndex = 0;
      if (negation.test(phrase + clause.slice(found.index, found.index + found.length))) continue;
      if (/^\p{L}+ing\b/iu.test(cueText) && upcoming.test(clause.slice(0, found.index))) continue;
      if (/(?<![\p{L}])(?:not|never)\s*,[^,]*,\s*$/iu.test(lead)) continue;
      // ("Orrin hopes that both sides will find a solution", "whether the two sides will resume talks".)
      if (
        jointOpening.test(cueText) &&
        jointHedged.test(body.slice(sentence.start, clauseStart + found.index))
      )
        continue;
      // (Up to the cue's end, so that the cue may be the verb proposed: "recommended both countries sign a
      // treaty".)
      const throughCue = body.slice(sentence.start, clauseStart + found.index + found.length);
      if (proposedToBoth.test(throughCue) || proposedToOther.test(throughCue)) continue;
      // "measures to accelerate the implementation of signed agreements": a participle that describes
      // documents signed before, after a preposition or a determiner, is no signing.
      if (signedDescribes.test(cueText) && describedBy.test(lead)) continue;
      // "discussed … the Pacific Agreement on Closer Economic Relations": a treaty's name, capitalised after
      // another capitalised word, is a document talked of, not an agreement reached.
      if (/^Agreement\s/u.test(cueText) && /\p{Lu}[\p{L}'’.-]*\s+$/u.test(lead)) continue;
      // "have previously reached numerous deals": an earlier meeting's (the word right before the verb or
      // its auxiliary).
      if (earlierBefore.test(lead.replace(/(?<![\p{L}])(?:have|has|had|been|was|were)\s+$/iu, ""))) continue;
      if (found.level !== "WELCOMED" && earlierOpening.test(clause.slice(0, found.index))) continue;
      if (earlierMeeting.test(body.slice(sentence.start, clauseStart + found.index))) continue;
      if (found.level !== "WELCOMED" && earlierMonth(clause)) continue;
      // ("Sri Lanka signed a pact with India in February to build …": a month after a signing dates it too;
      // after an agreeing, it is when the thing agreed is to be done: "agreed to meet again in March".)
      if (signingWord.test(cueText) && earlierMonthAfter(clause.slice(found.index + found.length))) continue;
      // ("aimed at reaching an agreement on …", "on the road to reaching a legally-binding agreement": the
      // pursuit stands before the verb that would bring the agreement about.)
      const sought = lead.replace(
        /(?<![\p{L}])(?:reach|reaching|conclude|concluding|achieve|achieving|secure|securing|clinch|clinching|seal|sealing)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu,
        "",
      );
      // ("must seek that NATO member countries agree on …": what a pursuit's "that" wants others to agree.)
      if (
        pursuit.test(lead) ||
        (sought !== lead && pursuit.test(sought)) ||
        (/^agree\b/iu.test(cueText) && soughtThat.test(lead)) ||
        inducement.test(lead) ||
        thanked.test(lead) ||
        accused.test(clause.slice(0, found.index)) ||
        purpose.test(clause.slice(0, found.index))
      )
        continue;
      // "providing the financial assistance agreed upon for Moldova", "Under the roadmap agreed by the two
      // countries", "under the terms agreed in 2019": a
      // bare "agreed" after a thing a preposition or a verb's "-ing" takes names what was agreed before, as
      // a thing; it is no agreement of this meeting. (A passive's own subject is no such thing: "the terms of
      // the return have been agreed".)
      if (
        /^agreed(?:\s+upon)?$/iu.test(clause.slice(found.index, found.index + found.length)) &&
        /(?<![\p{L}])(?:in|on|of|for|to|with|by|from|under|about|within|\p{Ll}{3,}ing)\s+(?:the|a|an|this|that|these|those|its|their)\s+(?:(?!(?:and|or|but|has|have|had|was|were|is|are|be|been)\s)[\p{L}-]+\s+){0,3}$/iu.test(
          lead,
        )
      )
        continue;
      // "“We will follow up on what has been agreed upon today”": what was agreed as the object of another
      // verb or a preposition is a thing already told, not what was agreed ("What was agreed is that …"
      // opens it).
      if (
        /^agreed(?:\s+upon)?$/iu.test(clause.slice(found.index, found.index + found.length)) &&
        /(?<![\p{L}])\p{Ll}+\s+what\s+(?:has\s+been|have\s+been|had\s+been|was|were|is)\s+$/u.test(lead)
      )
        continue;
      // "… needed to have a sense of responsibility …, explore the right way …": what must be done.
      const sentenceLead = body.slice(sentence.start, clauseStart + found.index);
      // "PM Chinh asked Brunei to further facilitate …; work towards the early signing of an MoU …; and create
      // favourable conditions …": the items of a list one side asks for are asked for too.
      const firstItem = sentenceLead.includes(";") ? sentenceLead.slice(0, sentenceLead.indexOf(";")) : "";
      if (firstItem && inducedItems.test(firstItem)) continue;
      if (exhorted.test(sentenceLead)) continue;
      // (Unless agreed first: "agreed that they needed to explore …".)
      // (A noun's "the need to …" prescribes nothing; an AGREED cue, or a clause after a semicolon, is
      // not under it: "stressed the need to keep lines open and agreed to resume talks".)
      // ("… the need for the international community to encourage dialogue": a cue right after a need, or a
      // need of someone's, is what must be done.)
      if (
        found.level !== "AGREED" &&
        // (The need's words may run past the few words before the cue: "the need for encouraging both the
        // foreign secretaries to move forward".)
        /(?<![\p{L}])needs?\s+(?:for\s+(?:[\p{L}'’-]+\s+){1,5})?to\s+$/iu.test(
          clause.slice(Math.max(0, found.index - 80), found.index),
        )
      )
        continue;
      // ("Both countries must commit to a ceasefire, the UN envoy said": a commitment demanded of them.)
      if (
        /^commit\s/iu.test(clause.slice(found.index)) &&
        /(?<![\p{L}])(?:must|should|need\s+to|needs\s+to|have\s+to|has\s+to|ought\s+to)\s+$/iu.test(lead)
      )
        continue;
      const must = [...sentenceLead.matchAll(necessity)]
        .filter((m) => !/(?<![\p{L}])(?:the|a)\s+$/iu.test(sentenceLead.slice(0, m.index)))
        .at(-1);
      // ("The two sides should speed up the signing of agreements": an agreement only as a signing that the
      // modal's own verb, a few words before it, calls for, none yet.)
      const called =
        must &&
        (found.level !== "AGREED"
          ? !sentenceLead.slice(must.index).includes(";")
          : /^sign/iu.test(cueText) &&
            !/[,;]/u.test(sentenceLead.slice(must.index)) &&
            sentenceLead
              .slice(must.index + must[0].length)
              .split(/\s+/u)
              .filter(Boolean).length <= 4);
      if (must && called) {
        agreedCue.lastIndex = 0;
        if (!agreedCue.test(sentenceLead.slice(0, must.index))) continue;
      }
      // "“We will increase cooperation in these spheres,” Zelensky said", "“We will continue to work and seek
      // solutions”", "“… and we are working towards building a sustainable economy”": one speaker's "we" inside
      // the quotation, of an effort or a plan, is their own side's
      // (an agreement, "we agreed", and an effort made together, "we will work together", are both sides').
      const quotedWe = (subject: string) =>
        /(?:^|[\s“"])we\s+(?:(?:also|all|will|would|shall|can|must|are|were|(?:have|had)\s+been)\s+)*$/iu.test(
          subject,
        ) &&
        /[“"]/u.test(body.slice(sentence.outer, clauseStart + found.index)) &&
        !/(?<![\p{L}])(?:together|jointly|joint|both|with|mutual)(?![\p{L}])/iu.test(
          clause.slice(found.index, found.index + found.length + 40),
        );
      if (found.level !== "AGREED" && quotedWe(clause.slice(0, found.index))) continue;
      // (Its word alone, without the stop that may end the clause: "had also been agreed.")
      const cueWord = (clause.slice(found.index).split(/\s/)[0] ?? "").replace(/[^\p{L}]+$/u, "");
      // "Erdogan … pledged to increase trade with Egypt": a pledge, a vow, a promise, a confirmation or a
      // document adopted, unveiled or launched, a decision ("his country had decided to partially withdraw
      // troops"), is one side's unless both make it ("Biden and López Obrador
      // pledged Friday to …", "They pledged …", "the two leaders confirmed a plan to …", "Yoon and Biden
      // adopted the Washington Declaration").
      // (A welcome of an outcome, the other side's or both's, is one side's to give: "Lind welcomed the
      // decision of the two countries to …", "welcomed his counterpart's commitment to …".)
      // (Only a welcome: "Erekat praised the Egyptian-Jordanian efforts" is one side's view of them.)
      const outcomeWelcomed =
        found.level === "WELCOMED" && /^welcom/iu.test(cueText) && outcomeObject.test(after);
      if (
        (bothSidesOnly.test(cueText) && !outcomeWelcomed) ||
        // (A plan or an accord by its name announced: "Macron and Lula announced a plan to invest …", "Sudria
        // announced it would leave the accord"; an agreement or an upgrade announced is the agreement's own
        // report, whoever announces it.)
        /^(?:announc|disclos)(?:ed|ing)\b[\s\S]*\b(?:plans?\s+(?:to|for)|action\s+plan|that\s+they\s+would|accord|initiatives?\s+to|chapter)$/iu.test(
          cueText,
        )
      ) {
        // (The subject, after an opening clause of circumstance: "After two days of talks, Erdogan pledged";
        // or of source: "According to a statement by the presidency, the two leaders held talks, pledging …".)
        let subject = body
          .slice(sentence.start, clauseStart + found.index)
          .replace(
            /^\s*(?:after|before|during|following|in|on|at|with|amid|despite|according\s+to)\s[^,]*,\s*/iu,
            "",
          );
        // "TOKYO -- Kishida thanked Yoon for his work … between the two countries, pledging to work with
        // him": a participle's subject is the sentence's, its first words (past a dateline), not the words
        // of what the verb before it did.
        if (/^\p{L}+ing\b/iu.test(cueText)) {
          // (Its words up to the first in small letters that is neither a joint word nor a joining one.)
          const lead = subject.replace(/^[^—–]{2,60}?\s(?:--|—|–)\s+/u, "").split(/\s+/u);
          const end = lead.findIndex(
            (word) =>
              /^\p{Ll}/u.test(word) && !jointWord.test(word) && !/^(?:and|of|the|his|her|their)$/u.test(word),
          );
          subject = (end < 0 ? lead : lead.slice(0, end)).join(" ");
        }
        // ("…, with both leaders instructing their officials to …": the subject of a participle after
        // "with" is named right before it.)
        const absolute = /^\p{L}+ing\b/iu.test(cueText)
          ? (/(?<![\p{L}])with\s+((?:[\p{L}'’.-]+\s+){1,4})$/iu.exec(clause.slice(0, found.index))?.[1] ?? "")
          : "";
        // ("Sunak hailed Britain and Japan as … as he pledged to …": the clause's own subject, a pronoun of
        // one, right before the cue.)
        const onePronoun =
          /(?<![\p{L}])(?:he|she|it)\s+(?:(?:also|then|later|\p{Ll}+ly)\s+)?(?:(?:would|will|has|had)\s+)?$/iu.test(
            subject,
          );
        // ("Sunak met President Zelenskyy to sign …": the two who met; "the first state to sign an agreement
        // with Ukraine": a signing with the other side.)
        // ("… explanation about why SA decided to abstain", "said Turkey had decided": a name right after a
        // word that opens a clause of its own is that clause's subject, whoever the sentence named before.)
        const oneName =
          /(?<![\p{L}])(?:why|that|because|when|while|since|how|where|if|though|although|said|says)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:(?:also|then|later|\p{Ll}+ly)\s+)?(?:(?:would|will|has|had)\s+)?$/u.test(
            subject,
          );
        const metToDo = /(?<![\p{L}])met\s+(?:with\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,6}to\s+$/u.test(subject);
        const signedWith = /^sign/iu.test(cueText) && /^\s+with\s+(?:the\s+)?\p{Lu}/u.test(after);
        // What the two "will" do ("will strengthen", "will increase"…) is theirs only where the clause's
        // own subject right before the cue is both of them ("the two countries will expand …", "Norland and
        // Sudria will …"), or the document they made opens the sentence ("The declaration … will expand …"):
        // "Trade between the two countries will increase" forecasts, it agrees nothing.
        const togetherVerb =
          /^(?:will|would)\s+(?:(?:also|further)\s+)?(?:consult|carry\s+out|expand|strengthen|deepen|enhance|boost|intensify|step\s+up|broaden|increase|jointly|keep\s+working|cooperate)\b/iu.test(
            cueText,
          );
        const subjectRightBefore =
          /(?:^|[,;:“".!?]\s*|(?<![\p{L}])(?:that|and|said|says)\s+)(?:(?:both|the\s+two)\s+(?:sides|countries|nations|leaders|governments|parties|men|of\s+us)|both|they|we|(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s+(?:(?:also|jointly|further)\s+)?$/iu.test(
            subject,
          );
        const documentOpens =
          /^\s*(?:the|this|their|a|new)\s+(?:\p{L}+\s+){0,2}(?:declaration|agreement|accord|pact|treaty|memorandum|communiqu[eé])(?![\p{L}])/iu.test(
            subject,
          );
        if (togetherVerb && !subjectRightBefore && !documentOpens) continue;
        // (So too one speaker's "we" inside a quotation, for a cue only both sides make: "“We will increase
        // cooperation in these spheres,” Zelensky said".)
        const joint =
          !onePronoun &&
          !oneName &&
          !quotedWe(subject) &&
          (metToDo ||
            signedWith ||
            jointIn.test(absolute) ||
            jointIn.test(subject) ||
            // (A document's "will" binds those who made it: "The declaration … will expand and strengthen
            // cooperation".)
            (togetherVerb && documentOpens) ||
            /\p{Lu}[\p{L}'’.-]*,?\s+and\s+(?:(?:his|her|their|the)\s+|\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}/u.test(
              subject,
            ) ||
            /\band\s+(?:his|her|their)\s+(?:\p{L}+\s+){0,2}counterparts?\b/iu.test(subject) ||
            // ("Samia revealed she and President Museveni had instructed …": a pronoun and a name.)
            /(?<![\p{L}])(?:he|she)\s+and\s+(?:(?:the|his|her)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}/u.test(
              subject,
            ) ||
            // (Both named in the cue's own words: "The statement confirmed both countries would …".)
            /(?<![\p{L}])(?:both|the\s+two)\s+(?:countries|sides|nations|governments|leaders)(?![\p{L}])/iu.test(
              cueText,
            ));
        if (!joint) continue;
      }
      // "The agreement was reached in a meeting between then-Egyptian Foreign Minister …", "agreed at the end
      // of 2010 to …": an agreement of former office holders, or of a year the text has left behind.
      // (Not a "then-" title in a clause of its own after the cue: "…, which were cut off after then-Speaker
      // Pelosi visited Taiwan".)
      const thenTitle = /(?<![\p{L}])then-\p{L}/u.exec(body.slice(sentence.start, sentence.end));
      if (
        thenTitle &&
        !/(?:,\s*|\s)(?:which|who|whom|that|when|after|before|since)\s/iu.test(
          body.slice(clauseStart + found.index, sentence.start + thenTitle.index),
        )
      )
        continue;
      const year =
        /^\s+(?:(?:at\s+the\s+(?:end|start|beginning)\s+of|in(?:\s+(?:early|late|mid))?|back\s+in)\s+)((?:19|20)\d{2})(?!\d)/iu.exec(
          after,
        )?.[1];
      // (A later year the text writes as when something happened: "met in 2031", not a target, "by 2040".)
      const later =
        year !== undefined &&
        [...body.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/gu)].some(
          (m) =>
            Number(m[1]) > Number(year) &&
            !/(?:^|[^\p{L}])(?:by|until|till|through|before|to)\s+(?:the\s+end\s+of\s+)?$/iu.test(
              body.slice(Math.max(0, m.index - 20), m.index),
            ),
        );
      if (year && later) continue;
      // "The two ministers discussed the signing of a new border treaty", "spoke about preparations for
      // signing …": a signing talked of is yet to come.
      if (/^sign/iu.test(cueWord) && talkedOf.test(lead)) continue;
      // "The meeting came two days after Beijing and New Delhi reached a deal", ", after Biden announced an
      // agreement with …": a clause of time sets the agreement before the meeting it reports. (Only the
      // few words of its subject between: "After talks in Beijing, the two sides agreed" is the meeting's.)
      if (
        /(?<![\p{L}])(?:[Aa]fter|[Ss]ince)\s+\p{Lu}[\p{L}’'.-]*\s+(?:[\p{L}’'.-]+\s+){0,4}$/u.test(phrase) &&
        /^(?:reached|announced|signed|struck|sealed|clinched|concluded)\b/iu.test(cueWord)
      )
        continue;
      // A side's standing position, not something agreed at the meeting: "Norland is committed to"; a
      // mere possibility: "discussed opportunities to explore", "how to work toward".
      // Past adverbs: "remains firmly committed to", "it is widely agreed".
      // (Not the "as" of "as well as", which joins an item: "affirmed …, as well as their willingness to".)
      const before = /(?<![\p{L}])as\s+well\s+as\s*$/iu.test(lead)
        ? undefined
        : /(\p{L}+)\s+(?:\p{L}+ly\s+)*$/u.exec(` ${lead}`)?.[1]?.toLowerCase();
      const beforeTo = /(\p{L}+)\s+to\s*$/iu.exec(lead)?.[1]?.toLowerCase();
      // A willingness is graded all the same ("China is willing to work with the US", "is ready to work":
      // prisma/datasets/README.md, rule 4).
      const willing = /^(?:willing|ready)/iu.test(cueWord);
      // "It was agreed that …", "a hotline has been agreed": the passive of agreeing is an outcome.
      // (So are "A milestone was witnessed through the official signing of …", "The visit was marked by the
      // signing of …", "The talks were followed by the signing of …".)
      const passive =
        /^(?:agreed|witnessed|marked|followed)$/iu.test(cueWord) &&
        (before === "was" || before === "been" || before === "were");
      // (Both sides' standing commitment is theirs, as "the two sides are committed to" is below: "both sides
      // remain committed to dialogue".)
      const bothCommitted =
        /^committed$/iu.test(cueWord) &&
        (/(?<![\p{L}])(?:both|two|sides|countries|leaders|nations|governments)(?![\p{L}])/iu.test(lead) ||
          // ("Cambodia and China are committed to strengthening bilateral relations": the two by name.)
          /^\s*(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?\s+(?:are|remain)\s+$/u.test(
            lead,
          ));
      const remain = /^(?:remain|remains|remained)$/u.test(before ?? "") && bothCommitted;
      if (
        !remain &&
        ((before && standing.has(before) && !willing && !passive) || (beforeTo && standing.has(beforeTo)))
      ) {
        continue;
      }
      // "Modi reaffirmed India's principled position and commitment to a peaceful settlement": one side's
      // commitment, restated ("reaffirmed their commitment", "the two countries' commitment" are both's).
      if (
        /^(?:reaffirm|reiterat|renew|reinforc|underscor|affirm|emphasi[sz]|confirm|stress)/iu.test(cueText) &&
        /\s(?:commitment|vows?)\s+to$/iu.test(cueText) &&
        // (A name's possessive, "India's", or a plural name's, "the United States' commitment".)
        /(?<![\p{L}])(?:his|her|its|\p{Lu}[\p{L}.-]*[’']s|\p{Lu}[\p{L}.-]*s[’'])\s/u.test(cueText) &&
        !/(?<![\p{L}])(?:their|our|both|two|mutual|shared|joint|countries['’]|nations['’]|sides['’])(?![\p{L}])|\p{Lu}[\p{L}.-]*\s+and\s+\p{Lu}[\p{L}.-]*['’]s\s/iu.test(
          cueText,
        ) &&
        !/(?<![\p{L}])(?:both|two|sides|leaders|countries|nations|they)(?![\p{L}])/iu.test(
          clause.slice(0, found.index),
        )
      )
        continue;
      // "He reaffirmed his government’s commitment to working alongside village councils": a commitment one
      // side's possessive owns, the cue opening on it, is that side's own.
      if (
        /^commitments?\s/iu.test(cueText) &&
        // (By a pronoun's possessive: "appreciates Sudria's commitment to work with Norland" is the other
        // side's, welcomed.)
        (/(?<![\p{L}])(?:his|her|its)\s+(?:\p{Ll}+[’']s\s+)?$/u.test(clause.slice(0, found.index)) ||
          // (Or a name's, after a verb of restating it: "He reaffirmed Taiwan's commitment to work with Palau".)
          // ("He also assured of India's commitment to working closely": so after an assurance of it.)
          /(?<![\p{L}])(?:(?:reaffirm|reiterat|renew|reinforc|underscor|affirm|emphasi[sz]|confirm|stress)\p{Ll}*|assured\s+(?:\p{Ll}+\s+)?of)\s+(?:\p{Lu}[\p{L}.-]*\s+)?\p{Lu}[\p{L}.-]*[’']s\s+$/u.test(
            clause.slice(0, found.index),
          )) &&
        !jointIn.test(clause.slice(0, found.index))
      )
        continue;
      // "Kenya would continue to work with Uganda to handle …": one side's own intent to work with the other,
      // its subject one name ("Norland and Sudria will continue to work with …" is both's).
      if (
        /^(?:(?:would|will)\s+)?(?:continue\s+to\s+)?work(?:ing)?\s+(?:closely\s+)?with\s+(?:the\s+)?\p{Lu}/u.test(
          clause.slice(found.index),
        ) &&
        /^\s*(?:(?:that|who)\s+)?(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}\s+(?:(?:would|will|shall|can|also)\s+)*$/u.test(
          clause
            .slice(0, found.index)
            .split(/(?<![\p{L}])(?:that|said|says|noted|added)\s+/u)
            .at(-1) ?? "",
        ) &&
        !jointIn.test(clause.slice(0, found.index))
      )
        continue;
      // "they … are committed to establish …": a side's standing position too ("both sides are working to"
      // is an effort, and "we are agreed that" an outcome).
      // (Unless both sides are its subject: "the two sides are committed to establishing a route".)
      if (before === "are" && /^committed$/iu.test(cueWord) && !bothCommitted) continue;
      // "a partnership committed to openness", "of youth committed to": a participle describing a noun,
      // not a side committing ("the heads of state also agreed", "the Ministers of Defense committed" do).
      if (
        /^committed$/i.test(cueWord) &&
        /(?<![\p{L}])(?:[Aa]n?|of|all|any|every|those|these)\s+(?:(?!(?:and|or|but|then|also)\s|\p{L}+ly\s)\p{Ll}[\p{L}-]*\s+){1,2}$/u.test(
          lead,
        )
      )
        continue;
      // The grade: an item of a list ("…, including actively exploring …", "…, welcoming more students …")
      // takes its governing verb's, lowered only to explore by its own words; a formula of acceptance
      // ("X invited Y to visit, and Y expressed his willingness to visit") is an acceptance.
      let strength = verbAfter && rank(verbAfter.level) > rank(found.level) ? verbAfter.level : found.level;
      const item = /^(?:including\b|welcoming\b)/iu.test(clause.trimStart());
      if (item && governing) {
        strength =
          found.level === "WILL_EXPLORE" && rank(governing) < rank("WILL_EXPLORE")
            ? "WILL_EXPLORE"
            : governing;
      } else governing = strength;
      if (
        /willingness/iu.test(clause.slice(found.index, found.index + found.length)) &&
        /(?<![\p{L}])invit(?:ed|es|ing|ation)(?![\p{L}])/iu.test(
          body.slice(sentence.start, clauseStart + found.index),
        )
      )
        strength = "AGREED";
      let trimmed = clause.replace(/[\s.]+$/, "");
      // "“… They directed the ministers to implement the decisions,” the two governments said": what was
      // agreed ends with the quotation, before the words that credit it.
      if (opened >= 0) {
        const close = /[,;.!?]*[”"»]/u.exec(trimmed.slice(found.index));
        if (close && speechVerb.test(trimmed.slice(found.index + close.index + close[0].length).slice(0, 80)))
          trimmed = trimmed.slice(0, found.index + close.index);
      }
      // "…, including the agreement on a cooperation plan, the minutes of the committee's meeting, the
      // agreement on the transfer of prisoners and a memorandum of understanding": documents of a list, one
      // span each (prisma/datasets/README.md, rule 1), each a phrase of its own article.
      const items = /^\s*including\s+/iu.exec(trimmed)
        ? [
            ...trimmed.matchAll(
              /(?:^\s*including\s+|,\s+(?:and\s+)?|\s+and\s+)((?:the|an?)\s+\p{Ll}[^,]*?)(?=,\s|\s+and\s+(?:the|an?)\s|$)/giu,
            ),
          ]
        : [];
      const documentNoun = documentPattern(vocabulary);
      if (items.length >= 2 && items.every((item) => documentNoun.test(item[1] ?? ""))) {
        // (The words that govern the list stay with its first item: "witnessed the signing of documents,
        // including the agreement on …".)
        const governed = result.at(-1);
        items.forEach((item, k) => {
          const text = item[1] ?? "";
          const start = clauseStart + (item.index ?? 0) + item[0].length - text.length;
          if (
            k === 0 &&
            governed &&
            governed.end >= sentence.start &&
            body.slice(governed.end, clauseStart).trim() === ","
          ) {
            governed.end = start + text.length;
            governed.text = body.slice(governed.start, governed.end).trim();
          } else result.push({ start, end: start + text.length, confidence: 0.5, strength, text });
        });
        listed = strength;
        continue;
      }
      result.push({
        start: clauseStart,
        end: clauseStart + trimmed.length,
        confidence: 0.5,
        strength,
        text: trimmed.trim(),
      });
    }
  }
  const openings = documentListOpenings(body, result, vocabulary);
  // (This one may cut an agreement found to the opening of its list.)
  const commaListed = commaListItems(body, result, vocabulary);
  const listed = listedItems(body, result, vocabulary);
  const semicolons = semicolonItems(body, [...result, ...openings], vocabulary);
  const ranked = ordinalItems(body, result, vocabulary);
  // (These two may cut a signing found to its list's first item; a list of documents the first reads is
  // no list of fields for the second.)
  const commaListedItems = commaItems(body, [...result, ...commaListed], vocabulary);
  const fields = topicItems(body, [...result, ...commaListed, ...commaListedItems], vocabulary);
  return [
    ...result,
    ...openings,
    ...commaListed,
    ...listed,
    ...semicolons,
    ...ranked,
    ...commaListedItems,
    ...fields,
  ];
}

/**
 * The words of a signing and of the documents it names (vocabulary.yaml signingVerbs, signedDocuments and
 * seriesVerbs), as the readers of lists and series use them, compiled once per vocabulary.
 */
const signingPatternsCache = new WeakMap<Vocabulary, ReturnType<typeof compileSigning>>();
function signingPatterns(vocabulary: Vocabulary) {
  let patterns = signingPatternsCache.get(vocabulary);
  if (!patterns) {
    patterns = compileSigning(vocabulary);
    signingPatternsCache.set(vocabulary, patterns);
  }
  return patterns;
}

function compileSigning(vocabulary: Vocabulary) {
  const { active, passive, concluding, nouns, future } = vocabulary.signingVerbs;
  const documents = vocabulary.signedDocuments;
  const none = (words: string) => words || "(?!)";
  // A document of a signing, by its noun ("deal", "agreement", "memorandum", "MoU"…), and several of them
  // ("agreements", "memoranda").
  const one = `(?:${none(wordAlternatives(documents.nouns))})`;
  const several = `(?:${one}s|${none(wordAlternatives(documents.plurals))})`;
  const done = none(wordAlternatives(passive));
  // Document nouns as a list's item may open them, capitalised or not ("an Agreement on …", "an agreement").
  const eitherCase = none(
    wordAlternatives([
      ...new Set(
        [...documents.nouns, ...documents.plurals].flatMap((noun) => [
          noun,
          noun.charAt(0).toUpperCase() + noun.slice(1),
        ]),
      ),
    ]),
  );
  const documentItem = `(?:the\\s+)?(?:${none(wordAlternatives(documents.listItems))})(?![\\p{L}])`;
  return {
    /** A word of a signing: "signed", "inks", "the signing of". */
    signingWord: new RegExp(
      `(?<![\\p{L}])(?:${none(wordAlternatives([...active, ...passive, ...nouns]))})(?![\\p{L}])`,
      "iu",
    ),
    severalDocuments: new RegExp(`(?<![\\p{L}])${several}(?![\\p{L}])`, "iu"),
    /** A sentence that opens on a document by a word before it, its rank if the lexicon knows it an ordinal. */
    rankedDocument: new RegExp(
      `(?<=^|[.!?]["”’]?\\s+|\\n\\s*)The\\s+(\\p{Ll}+)\\s+(?:\\p{Ll}+\\s+){0,2}?${one}(?![\\p{L}])[^\\n.!?]*`,
      "gu",
    ),
    /** A document's name that opens an item of a list ("MoU on …", "the Agreement on …", "Memorandum of …"). */
    documentItem,
    itemStart: new RegExp(`^${documentItem}`, "u"),
    /**
     * Where a later document of such a list opens after a comma or an "and": "The agreements signed
     * included Trade Agreement, MoU on Bilateral Cooperation …, Agreement on … and an agreement on visa
     * exemption …" (a document's name, or an article and up to three words before a document's noun).
     */
    commaItemStart: new RegExp(
      `(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?=${documentItem}|(?:[Aa]n?|[Tt]he|[Aa]nother)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${eitherCase})s?(?![\\p{L}]))`,
      "gu",
    ),
    /**
     * "According to the spokesperson, the agreements include:", "The documents signed are:": the end of an
     * opening of a list of documents, where a signing came before it.
     */
    listIntro: new RegExp(
      `(?<![\\p{L}])(?:the|these|those)\\s+(?:[\\p{L}-]+\\s+){0,3}?${several}(?:\\s+(?:that|which)\\s+(?:were|have\\s+been))?(?:\\s+(?:${none(wordAlternatives([...passive, ...concluding]))}))?\\s+(?:include|included|are|were|cover|covered)\\s*:\\s*$`,
      "iu",
    ),
    /**
     * "The MoUs signed include …", "Other agreements that were signed are: …": a sentence that opens a list
     * of the documents signed.
     */
    listedDocuments: new RegExp(
      `^(?:The|Other|These)\\s+(?:[\\p{L}-]+\\s+){0,3}?${several}\\s+(?:(?:that|which)\\s+(?:were|have\\s+been)\\s+)?(?:${none(wordAlternatives([...passive, ...concluding]))})\\s+(?:[^.;:!?]{0,40}?\\s+)?(?:include|included|are|were|cover|covered)(?![\\p{L}])\\s*:?\\s+`,
      "u",
    ),
    /**
     * Where a later document of a signing's list opens, in running prose: "…, a memorandum of understanding
     * between …, and a sale and purchase agreement for …", "… as well as a Memorandum of Cooperation
     * between …" (its article or a count, maybe a quotation mark, up to three words, then a document's noun:
     * 'and the “Memorandum of Understanding on Sports …”').
     */
    proseItemStart: new RegExp(
      `(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s+as\\s+well\\s+as\\s+|,\\s*(?<opener>${none(wordAlternatives(documents.listOpeners))})\\s+)(?=(?:a|an|the|another|two|three|four|five)\\s+[“"‘']?(?:[\\p{L}-]+\\s+){0,3}?(?:${one}|${none(wordAlternatives([...documents.plurals, ...documents.prose]))})s?(?![\\p{L}]))`,
      "giu",
    ),
    /**
     * "The parties signed:", "The following documents were signed in the presence of the two leaders:": an
     * opening that names a signing and ends on the colon of the list of what was signed, no document of its
     * own named. (Not "concluded": "The talks concluded with these points:" lists no documents.)
     */
    signingOpening: new RegExp(`(?<![\\p{L}])(?:${done})(?![\\p{L}])[^.!?;]{0,100}:\\s*$`, "iu"),
    /**
     * Several documents, then the words that open the list of their fields, and that list to the sentence's
     * end or a word that ends it: "signed seven MoUs in the fields of health, trade, education and tourism".
     */
    topicList: new RegExp(
      `(?<![\\p{L}])${several}(?:\\s+\\([^()]{1,20}\\))?\\s+(?:${none(wordAlternatives(documents.topicOpeners))})\\s+(?<list>[^;:.!?“”"]+?)(?:,?\\s+(?:${none(wordAlternatives(documents.topicEnds))})(?![\\p{L}])[^;:]*)?$`,
      "iu",
    ),
    topicNamed: new RegExp(`,\\s*(?:${none(wordAlternatives(documents.listOpeners))})\\s+`, "u"),
    topicBreak: new RegExp(
      `(?<![\\p{L}])(?:${none(wordAlternatives(documents.topicBreaks))})(?![\\p{L}])`,
      "iu",
    ),
    /** A signing still to come: "The documents to be signed are:", "The ministers will sign:". */
    futureSigning: new RegExp(
      `(?<![\\p{L}])(?:${none(wordAlternatives(future))})\\s+(?:\\p{L}+\\s+){0,2}?(?:${none(wordAlternatives([...active, ...passive, ...concluding]))})(?![\\p{L}])`,
      "iu",
    ),
    /**
     * A comma, then a verb in the past by which the sides agree, sign or undertake: a series' next verb (not
     * a participle that describes the thing before it: "a roadmap, signed by the ministers, on trade").
     */
    seriesVerb: new RegExp(
      `,\\s+(?=(?:${none(wordAlternatives(vocabulary.seriesVerbs))})\\s)(?!(?:${done})\\s+by\\s)`,
      "gu",
    ),
  };
}

/**
 * "The two leaders signed a series of bilateral agreements …. The first deal signed focusses on …. The
 * second deal involves …. The third agreement concerns …": after a signing of several documents, the
 * sentences that open on each of them by its rank (an ordinal the lexicon knows) tell what was agreed, each
 * at the signing's grade (two of them at least).
 */
function ordinalItems(
  body: string,
  found: readonly AgreementDraft[],
  vocabulary: Vocabulary,
): AgreementDraft[] {
  const { signingWord, severalDocuments, rankedDocument } = signingPatterns(vocabulary);
  const lastRanks = new Set(vocabulary.signedDocuments.lastRanks.map((word) => word.toLowerCase()));
  const signing = found.find(
    (agreement) => signingWord.test(agreement.text) && severalDocuments.test(agreement.text),
  );
  if (!signing) return [];
  const items: AgreementDraft[] = [];
  for (const match of body.slice(signing.end).matchAll(rankedDocument)) {
    // ("The final MoU, signed between …": the last of them by a word of its place, vocabulary.yaml
    // signedDocuments.lastRanks.)
    const rank = match[1] ?? "";
    if (!String(lexiconTag(rank) ?? "").includes("Ordinal") && !lastRanks.has(rank.toLowerCase())) continue;
    const start = signing.end + match.index;
    const text = match[0].trim();
    if (found.some((agreement) => agreement.start < start + text.length && start < agreement.end)) continue;
    items.push({ start, end: start + text.length, confidence: 0.4, strength: signing.strength, text });
  }
  return items.length >= 2 ? items : [];
}

/**
 * "Other MoUs that were signed are on Cooperation in Tourism; MoU on Cooperation in Transport …; MoU on …,
 * and the MoU on …": the documents a signing's sentence lists after semicolons, each an agreement of the
 * signing's grade (its first stays the signing's own).
 */
function semicolonItems(
  body: string,
  found: readonly AgreementDraft[],
  vocabulary: Vocabulary,
): AgreementDraft[] {
  const { documentItem, itemStart, listedDocuments } = signingPatterns(vocabulary);
  const items: AgreementDraft[] = [];
  for (const agreement of found) {
    const sentence = restOfSentence(body, agreement.start);
    if ((sentence.match(/;/gu)?.length ?? 0) < 2) continue;
    let at = agreement.start + sentence.indexOf(";") + 1;
    const list: AgreementDraft[] = [];
    for (const segment of sentence.slice(sentence.indexOf(";") + 1).split(";")) {
      // (The last may join two: "…, and the MoU on …".)
      for (const part of segment.split(new RegExp(`,?\\s+and\\s+(?=${documentItem})`, "u"))) {
        const text = part
          .trim()
          .replace(/^and\s+/u, "")
          .replace(/[,.]+$/u, "");
        const start = body.indexOf(text, at);
        // (After "The MoUs signed include …", every item is one of them, whatever its first word.)
        if (start < 0 || !(itemStart.test(text) || listedDocuments.test(agreement.text))) continue;
        list.push({ start, end: start + text.length, confidence: 0.4, strength: agreement.strength, text });
        at = start + text.length;
      }
    }
    if (list.length >= 2) items.push(...list);
  }
  return items;
}

/** A sentence of a body, from its capital to its full stop or its line's end (readers of documents' lists). */
const SENTENCE = /(?<=^|[.!?]["”’]?\s+|\n\s*)\p{Lu}[^\n]*?(?:\.(?=\s|$)|(?=\n)|$)/gu;

/**
 * "The MoUs signed include Political Consultations; Diplomatic Training …; Cooperation in the Field of
 * Culture; and …": a sentence that lists the documents signed after semicolons, where no cue found it,
 * gives its opening and first item as one agreement (its later items are read as a signing's list).
 */
function documentListOpenings(
  body: string,
  found: readonly AgreementDraft[],
  vocabulary: Vocabulary,
): AgreementDraft[] {
  const { listedDocuments } = signingPatterns(vocabulary);
  const openings: AgreementDraft[] = [];
  for (const sentence of body.matchAll(SENTENCE)) {
    const text = sentence[0];
    if (!listedDocuments.test(text) || (text.match(/;/gu)?.length ?? 0) < 2) continue;
    const start = sentence.index;
    if (found.some((agreement) => agreement.start < start + text.length && start < agreement.end)) continue;
    const first = text.slice(0, text.indexOf(";")).trim();
    openings.push({ start, end: start + first.length, confidence: 0.4, strength: "AGREED", text: first });
  }
  return openings;
}

/**
 * "The agreements signed included Trade Agreement, MoU on Bilateral Cooperation in the Livestock Sector,
 * Agreement on … and an agreement on visa exemption …": a sentence that opens on the documents signed and
 * lists them after commas. Its opening and first item are one agreement (the one a cue found, cut to them),
 * each later item one of its own, at the same grade.
 */
function commaListItems(body: string, found: AgreementDraft[], vocabulary: Vocabulary): AgreementDraft[] {
  const { listedDocuments, commaItemStart } = signingPatterns(vocabulary);
  const items: AgreementDraft[] = [];
  for (const sentence of body.matchAll(SENTENCE)) {
    const text = sentence[0].replace(/\.$/u, "");
    const opening = listedDocuments.exec(text);
    if (!opening || text.includes(";")) continue;
    const starts = [...text.slice(opening[0].length).matchAll(commaItemStart)].map((m) => ({
      separator: opening[0].length + m.index,
      at: opening[0].length + m.index + m[0].length,
    }));
    if (!starts[0]) continue;
    const start = sentence.index;
    const first = text.slice(0, starts[0].separator).trim();
    const firstEnd = start + first.length;
    const owner = found.find((agreement) => agreement.start < firstEnd && start < agreement.end);
    if (!owner) items.push({ start, end: firstEnd, confidence: 0.4, strength: "AGREED", text: first });
    else if (owner.start >= start) cutTo(body, owner, firstEnd);
    for (const [k, { at }] of starts.entries()) {
      const item = text
        .slice(at, starts[k + 1]?.separator ?? text.length)
        .replace(/[\s,.]+$/u, "")
        .trim();
      const itemStart = start + text.indexOf(item, at);
      if (
        item.length < 3 ||
        found.some(
          (agreement) =>
            agreement !== owner && agreement.start < itemStart + item.length && itemStart < agreement.end,
        )
      )
        continue;
      items.push({
        start: itemStart,
        end: itemStart + item.length,
        confidence: 0.4,
        strength: owner?.strength ?? "AGREED",
        text: item,
      });
    }
  }
  return items;
}

/**
 * "… witnessed the signing of a memorandum of understanding to buy …, a memorandum of understanding between
 * …, and a sale and purchase agreement for …": the documents a signing's own words list, each a later item
 * of the list after a comma, an "and" or an "as well as", are what was agreed, each at the signing's grade
 * (its first stays the signing's own; two later items at least, or one after "as well as").
 */
function commaItems(body: string, found: AgreementDraft[], vocabulary: Vocabulary): AgreementDraft[] {
  const { signingWord, proseItemStart } = signingPatterns(vocabulary);
  const items: AgreementDraft[] = [];
  for (const agreement of found) {
    if (!signingWord.test(agreement.text)) continue;
    // (The signing's whole sentence: its clause may end at the list's first comma.)
    const sentence = restOfSentence(body, agreement.start);
    const starts = [...sentence.matchAll(proseItemStart)].map((m) => ({
      separator: m.index,
      at: m.index + m[0].length,
      asWell: /as\s+well\s+as/iu.test(m[0]),
      opener: m.groups?.opener !== undefined,
    }));
    if (starts.length < 2 && !starts.some((start) => start.asWell)) continue;
    // ("sealing a number of major deals, chief among them a memorandum …, an agreement …": the list's first
    // item stays with the signing's words, as its own (prisma/datasets/README.md, rule 1), and the signing
    // ends with it.)
    if (starts[0]?.opener) {
      cutTo(body, agreement, agreement.start + (starts[1]?.separator ?? sentence.length));
      starts.shift();
    }
    for (const [k, { at }] of starts.entries()) {
      const text = sentence
        .slice(at, starts[k + 1]?.separator ?? sentence.length)
        .replace(/[\s,;.]+$/u, "")
        .trim();
      if (text.length < 3) continue;
      const start = agreement.start + sentence.indexOf(text, at);
      // (Not one another clause already gives: "…, and an agreement on …" is an agreement of its own.)
      if (
        found.some((other) => other !== agreement && other.start < start + text.length && start < other.end)
      )
        continue;
      items.push({ start, end: start + text.length, confidence: 0.4, strength: agreement.strength, text });
    }
  }
  return items;
}

/**
 * "The ministers signed seven MoUs in the fields of health, trade, education and tourism": several documents
 * signed, by the fields of a list, are one document per field (prisma/datasets/README.md, rule 1). The
 * first field stays with the signing's words, the signing ending with it; each later one is an agreement of
 * its own at the signing's grade. Three fields at least, each of a few words and no clause ("an agreement
 * on trade, investment and tourism" is one document, and not a list of them).
 */
function topicItems(body: string, found: AgreementDraft[], vocabulary: Vocabulary): AgreementDraft[] {
  const { signingWord, topicList, topicBreak, topicNamed } = signingPatterns(vocabulary);
  const items: AgreementDraft[] = [];
  for (const agreement of found) {
    // (A signing done: "vowed to consider signing new agreements on defence, security and …" is none.)
    if (agreement.strength !== "AGREED" || !signingWord.test(agreement.text)) continue;
    const sentence = restOfSentence(body, agreement.start);
    const list = topicList.exec(sentence);
    const whole = list?.groups?.list;
    if (!list || !whole) continue;
    // ("22 instruments covering diverse areas of cooperation, including trade, power and the river": the
    // fields are those after the list's opener.)
    const named = topicNamed.exec(whole);
    const words = named ? whole.slice(named.index + named[0].length) : whole;
    const listAt = agreement.start + list.index + list[0].indexOf(whole) + whole.length - words.length;
    const fields: { start: number; end: number }[] = [];
    let from = 0;
    // (Where a comma stands before the last "and", an "and" without one is inside a field: "on electricity
    // trade, carbon capture and storage, and …".)
    const separators = /,\s*and\s/u.test(words) ? /\s*,\s*(?:and\s+)?/gu : /\s*,\s*(?:and\s+)?|\s+and\s+/gu;
    for (const separator of [...words.matchAll(separators), null]) {
      const to = separator ? separator.index : words.length;
      fields.push({ start: listAt + from, end: listAt + to });
      if (separator) from = separator.index + separator[0].length;
    }
    const ofFew = (field: { start: number; end: number }) => {
      const text = body.slice(field.start, field.end);
      const count = text.split(/\s+/u).filter(Boolean).length;
      return count >= 1 && count <= 6 && !topicBreak.test(text);
    };
    // (Fields in small letters: "in the presence of Lind, Brandt and Orrin" names people, "in 2019, 2020 and
    // 2021" years, "in Tarnby, Lindby and Sudria" places.)
    const inSmallLetters = (field: { start: number; end: number }) =>
      /^\p{Ll}/u.test(body.slice(field.start, field.end));
    if (fields.length < 3 || !fields.every(ofFew) || !fields.every(inSmallLetters)) continue;
    // (Not a list another agreement already reads: "…, and an agreement on …" is one of its own.)
    if (
      found.some((other) => other !== agreement && other.start < listAt + words.length && listAt < other.end)
    )
      continue;
    cutTo(body, agreement, (fields[0] as { end: number }).end);
    for (const field of fields.slice(1))
      items.push({
        start: field.start,
        end: field.end,
        confidence: 0.4,
        strength: agreement.strength,
        text: body.slice(field.start, field.end),
      });
  }
  return items;
}

/** The rest of the sentence from `start`: up to its full stop or its line's end. */
function restOfSentence(body: string, start: number): string {
  const stop = body.slice(start).search(/\.(?:\s|$)|\n/u);
  return body.slice(start, stop < 0 ? body.length : start + stop);
}

/** Ends an agreement at `end` where it runs past it: a list's first item stays with the signing's words. */
function cutTo(body: string, agreement: AgreementDraft, end: number): void {
  if (agreement.end <= end) return;
  agreement.end = end;
  agreement.text = body.slice(agreement.start, end).trim();
}

/** The grade of what such a list names: signed, so agreed. */
const SIGNED = { strength: "AGREED" } as const;

/** A list's item on a line of its own, behind a dash, a bullet or a number ("-Action Plan …,"). */
const LIST_ITEM = /^(?:[-–—•*·]\s*|\d{1,2}[.)]\s+)(?=\S)/u;

/**
 * "… signed a total of eight documents. These include:" over "-the Plan for …," and "-Action Plan …": the
 * items of a list that a paragraph ending on a colon opens, right after an agreement, are what was agreed,
 * each at the agreement's grade (two items at least, each a line of its own; the list ends at the first
 * line that is no item).
 */
function listedItems(
  body: string,
  found: readonly AgreementDraft[],
  vocabulary: Vocabulary,
): AgreementDraft[] {
  const { signingOpening, futureSigning, listIntro, signingWord } = signingPatterns(vocabulary);
  const items: AgreementDraft[] = [];
  const paragraphs = paragraphsOf(body);
  for (const [p, intro] of paragraphs.entries()) {
    if (!/:\s*$/u.test(intro.text) || LIST_ITEM.test(intro.text)) continue;
    // (The agreement in the opening paragraph, or in the one right before it where the opening only points
    // at what it names: "These include:", "The documents are:".)
    const earlier = paragraphs[p - 1];
    // ("Among them:", "Including:".)
    const pointer =
      /^(?:these|they|those|among\s+(?:them|these|those|others)|including|the\s+following|the\s+\p{Ll}+\s+(?:are|include|were))\b/iu.test(
        intro.text,
      );
    const governing =
      found.findLast(
        (agreement) =>
          agreement.end <= intro.end && agreement.start >= (pointer && earlier ? earlier.start : intro.start),
      ) ??
      (signingOpening.test(intro.text) && !futureSigning.test(intro.text) ? SIGNED : undefined) ??
      // ("… witnessed the exchange of eight cooperation agreements. … According to the spokesperson, the
      // agreements include:": a list of the documents of a signing told before it.)
      (listIntro.test(intro.text) && !futureSigning.test(intro.text)
        ? found.findLast((agreement) => agreement.end <= intro.start && signingWord.test(agreement.text))
        : undefined);
    if (!governing) continue;
    const list: AgreementDraft[] = [];
    for (const line of paragraphs.slice(p + 1)) {
      const bullet = LIST_ITEM.exec(line.text);
      if (!bullet) break;
      const text = line.text
        .slice(bullet[0].length)
        .replace(/(?:[\s,;.]+|\s+(?:and|respectively))+$/u, "")
        .trim();
      if (text.length < 3) break;
      const start = line.start + line.text.indexOf(text, bullet[0].length);
      // (Not an item found already by its own words: "· An Agreement on cooperation between …".)
      if (found.some((agreement) => agreement.start < start + text.length && start < agreement.end)) continue;
      list.push({ start, end: start + text.length, confidence: 0.4, strength: governing.strength, text });
    }
    if (list.length >= 2) items.push(...list);
  }
  return items;
}
