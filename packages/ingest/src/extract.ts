/**
 * Extracts candidate facts from an article body, each with the exact words it rests on and a confidence:
 * participants (resolved against known participants and their aliases, misspellings included), roles
 * from appositions, direct quotes and reported speech with their speakers, claims (durations with their
 * hedges and scope, places), agreement passages with the strength of their wording, and topics.
 *
 * Sentences and names come from compromise; dates and durations from chrono-node and the duration reader.
 * The rules here cover what those do not: who a quote belongs to, what a hedge or a meal does to a
 * duration, which cue words make an agreement. Their words live in packages/ingest/reference/vocabulary.yaml.
 */

import { createRequire } from "node:module";
import type { CandidateKind, WordingStrength } from "@readout/db";
import { normalizeName, parseDuration, type Span, spanAt, toCodePointIndex } from "@readout/db";
import * as chrono from "chrono-node";
import type nlpType from "compromise";
import { distance } from "fastest-levenshtein";
import type { Vocabulary } from "./vocabulary.ts";

// compromise builds its lexicon when it is loaded (most of a second); loaded on first use, a server
// that never imports a page does not pay for it at start-up.
const require = createRequire(import.meta.url);
let compromise: typeof nlpType | undefined;
// Sentences and names are read from the same body: one parse (most of extraction's time) serves both.
let lastParse: { text: string; doc: ReturnType<typeof nlpType> } | undefined;
const nlp = (text: string) => {
  compromise ??= require("compromise") as typeof nlpType;
  if (lastParse?.text !== text) lastParse = { text, doc: compromise(text) };
  return lastParse.doc;
};

export interface KnownParticipant {
  id: string;
  name: string;
  kind: "PERSON" | "ORGANIZATION" | "COUNTRY";
  /** Normalised names and aliases (see normalizeName). */
  aliases: string[];
}

export interface CandidateDraft {
  kind: CandidateKind;
  confidence: number;
  span: Span;
  participantId: string | null;
  data: Record<string, unknown>;
}

interface Mention {
  /** UTF-16 offsets in the body. */
  start: number;
  end: number;
  text: string;
  participant: KnownParticipant | null;
  kind: "PERSON" | "ORGANIZATION" | "COUNTRY";
  misspelling: boolean;
}

interface Sentence {
  text: string;
  start: number;
  end: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wordPattern = (term: string, flags = "gu") =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, flags);

function sentencesOf(body: string): Sentence[] {
  const result: Sentence[] = [];
  let cursor = 0;
  for (const text of nlp(body).sentences().out("array") as string[]) {
    const trimmed = text.trim();
    if (!trimmed) continue;
    const start = body.indexOf(trimmed, cursor);
    if (start < 0) continue;
    result.push({ text: trimmed, start, end: start + trimmed.length });
    cursor = start + trimmed.length;
  }
  return result;
}

/**
 * Names that titles and honorifics announce: "Foreign Minister Qin Gang", "Secretary of State Antony
 * Blinken", "trade minister Ivo Brandt", "Mr Qin" — up to three capitalised words after the title.
 */
function titledNames(body: string, vocabulary: Vocabulary): string[] {
  // Titles in either case ("Minister", "minister"); the names after them must be capitalised.
  const titles = [...vocabulary.roleWords, "Mr", "Mrs", "Ms", "Dr", "Prof"]
    .flatMap((title) => [title, title.toLowerCase()])
    .map(escapeRegExp)
    .join("|");
  const name = "\\p{Lu}[\\p{L}'’-]+";
  const pattern = new RegExp(
    `(?<![\\p{L}])(?:${titles})\\.?(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]+)*\\s+(${name}(?:\\s+${name}){0,2})`,
    "gu",
  );
  const roles = new Set(vocabulary.roleWords.map((word) => word.toLowerCase()));
  return [...body.matchAll(pattern)]
    .map((match) => (match[1] ?? "").replace(/[’']s$/, ""))
    .map((found) =>
      found
        .split(/\s+/)
        .filter((word) => !roles.has(word.toLowerCase()))
        .join(" "),
    )
    .filter((found) => found && /^\p{Lu}/u.test(found) && !/^\p{Lu}+$/u.test(found));
}

/** Names in the body: known participants by any alias, then other names found by title or by compromise. */
function mentionsOf(body: string, known: KnownParticipant[], vocabulary: Vocabulary): Mention[] {
  const mentions: Mention[] = [];
  const taken = (start: number, end: number) => mentions.some((m) => start < m.end && end > m.start);
  // Longer aliases first, so "Qin Gang" wins over "Qin".
  const aliases = known
    .flatMap((participant) => participant.aliases.map((alias) => ({ alias, participant })))
    .filter(({ alias }) => alias.length >= 3)
    .sort((a, b) => b.alias.length - a.alias.length);
  const folded = body.normalize("NFKD").replace(/\p{M}/gu, "");
  const canFold = folded.length === body.length;
  const haystack = (canFold ? folded : body).toLowerCase();
  for (const { alias, participant } of aliases) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${alias.split(" ").map(escapeRegExp).join("[^\\p{L}\\p{N}]+")}(?![\\p{L}\\p{N}])`,
      "gu",
    );
    for (const match of haystack.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      // Proper names: the words must be capitalised in the text itself.
      if (!/^\p{Lu}/u.test(body.slice(start, end)) || taken(start, end)) continue;
      mentions.push({
        start,
        end,
        text: body.slice(start, end),
        participant,
        kind: participant.kind,
        misspelling: false,
      });
    }
  }
  const doc = nlp(body);
  const found = [
    ...titledNames(body, vocabulary).map((text) => ({ text, kind: "PERSON" as const, titled: true })),
    ...(doc.people().out("array") as string[]).map((text) => ({
      text,
      kind: "PERSON" as const,
      titled: false,
    })),
    ...(doc.organizations().out("array") as string[]).map((text) => ({
      text,
      kind: "ORGANIZATION" as const,
      titled: false,
    })),
  ];
  for (const { text, kind, titled } of found) {
    const name = text
      .replace(/[’']s$/, "")
      .replace(/[.,;:]+$/, "")
      .trim();
    // A lone word is a name only when a title announced it ("Minister Okafor").
    if (name.split(/\s+/).length < 2 && !titled) continue;
    for (const match of body.matchAll(wordPattern(name))) {
      if (taken(match.index, match.index + name.length)) continue;
      const normalized = normalizeName(name);
      const near = known
        .flatMap((participant) =>
          participant.aliases.map((alias) => ({ participant, d: distance(alias, normalized) })),
        )
        .filter(({ d }) => d <= Math.max(1, Math.floor(normalized.length / 8)))
        .sort((a, b) => a.d - b.d)[0];
      mentions.push({
        start: match.index,
        end: match.index + name.length,
        text: name,
        participant: near?.participant ?? null,
        kind,
        misspelling: Boolean(near),
      });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** "Chinese Foreign Minister Qin Gang": the role words standing right before a name. */
function roleBefore(
  body: string,
  mention: Mention,
  vocabulary: Vocabulary,
  earlierEnd: number,
): { title: string; start: number } | null {
  // Only the words after any earlier name: "… Qin Gang and US Secretary of State Antony Blinken".
  const before = body.slice(Math.max(0, earlierEnd, mention.start - 120), mention.start);
  const tokens = before.split(/(\s+)/);
  let title = "";
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i] ?? "";
    if (/^\s+$/.test(token) || token === "") {
      title = token + title;
      continue;
    }
    const bare = token.replace(/[’']s$/, "");
    const isRole = vocabulary.roleWords.some((word) => word.toLowerCase() === bare.toLowerCase());
    if (/^\p{Lu}/u.test(token) || isRole || ["of", "and", "for", "the"].includes(token.toLowerCase())) {
      title = token + title;
      if (/[’']s$/.test(token)) break;
      continue;
    }
    break;
  }
  const trimmed = title.trim().replace(/^(the|and|of|for)\s+/i, "");
  if (!trimmed || !vocabulary.roleWords.some((word) => wordPattern(word, "iu").test(trimmed))) return null;
  return { title: trimmed, start: mention.start - title.length + title.indexOf(trimmed) };
}

/** Sentences about the meeting itself, whose dates are the meeting's. */
const MEETING = /\b(met|meets|meeting|talks?|held|greeted|visit(ed|s)?|concluded|summit)\b/i;

const SPAN = (body: string, start: number, end: number) =>
  spanAt(body, toCodePointIndex(body, start), toCodePointIndex(body, end));

export function extractCandidates(
  body: string,
  known: KnownParticipant[],
  vocabulary: Vocabulary,
  /** When the article was published: "on Sunday" is read against it. */
  publishedAt: Date | null = null,
): CandidateDraft[] {
  const candidates: CandidateDraft[] = [];
  const add = (
    kind: CandidateKind,
    start: number,
    end: number,
    confidence: number,
    data: Record<string, unknown>,
    participantId: string | null = null,
  ) => {
    if (end <= start) return;
    const span = SPAN(body, start, end);
    if (candidates.some((c) => c.kind === kind && c.span.start === span.start && c.span.end === span.end))
      return;
    candidates.push({ kind, confidence, span, participantId, data });
  };
  const sentences = sentencesOf(body);
  const mentions = mentionsOf(body, known, vocabulary);

  // Participants: the first mention of each, and roles standing before names.
  const seen = new Set<string>();
  for (const mention of mentions) {
    const id = mention.participant?.id ?? `name:${normalizeName(mention.text)}`;
    if (!seen.has(id)) {
      seen.add(id);
      add(
        "PARTICIPANT",
        mention.start,
        mention.end,
        mention.participant ? (mention.misspelling ? 0.6 : 0.9) : 0.4,
        {
          name: mention.text,
          kind: mention.kind,
          misspelling: mention.misspelling,
        },
        mention.participant?.id ?? null,
      );
    }
    const earlierEnd = Math.max(0, ...mentions.filter((m) => m.end <= mention.start).map((m) => m.end));
    const role = mention.kind === "PERSON" ? roleBefore(body, mention, vocabulary, earlierEnd) : null;
    if (role) {
      add(
        "ROLE",
        role.start,
        mention.end,
        0.7,
        { title: role.title, name: mention.text },
        mention.participant?.id ?? null,
      );
    }
  }

  const speechVerb = new RegExp(`\\b(${vocabulary.speechVerbs.map(escapeRegExp).join("|")})\\b`, "iu");
  const mentionsIn = (from: number, to: number) => mentions.filter((m) => m.start >= from && m.end <= to);
  let lastPerson: Mention | null = null;

  for (const sentence of sentences) {
    const inSentence = mentionsIn(sentence.start, sentence.end);
    const speaker = (before: number): Mention | null => {
      const candidatesBefore = inSentence.filter((m) => m.end <= before && m.kind !== "COUNTRY");
      return candidatesBefore.at(-1) ?? null;
    };
    const attribution =
      /(?:according to|,\s*)((?:a|an|the)?\s*[^,.]*?(?:readout|statement|state media|media|officials?|ministry|spokesperson)[^,.]*?)(?:\s+(?:said|says|reported))?[,.]?$/i.exec(
        sentence.text,
      );
    const attributionText =
      attribution?.[1]?.trim() && /according to|said|says/i.test(sentence.text)
        ? attribution[1].trim()
        : null;

    // Direct quotes, with the nearest name in the sentence as their speaker.
    for (const quote of sentence.text.matchAll(/[“"]([^”"]{8,}?)[”"]/g)) {
      if (quote[1] && quote[1].split(/\s+/).length < 3) continue;
      const start = sentence.start + quote.index;
      const end = start + quote[0].length;
      const around = inSentence.filter((m) => m.kind !== "COUNTRY" && (m.end <= start || m.start >= end));
      const nearest = around.sort(
        (a, b) =>
          Math.min(Math.abs(a.end - start), Math.abs(a.start - end)) -
          Math.min(Math.abs(b.end - start), Math.abs(b.start - end)),
      )[0];
      const who = nearest ?? (/\b(he|she)\b/i.test(sentence.text) ? lastPerson : null);
      add(
        "STATEMENT",
        start,
        end,
        who ? 0.7 : 0.4,
        {
          mode: "DIRECT",
          speaker: who?.participant?.name ?? who?.text ?? null,
          attribution: attributionText,
        },
        who?.participant?.id ?? null,
      );
    }

    // Reported speech: a name (or he/she after one) followed by a verb of speech.
    const verb = speechVerb.exec(sentence.text);
    if (verb) {
      const verbAt = sentence.start + verb.index;
      let who = speaker(verbAt);
      if (!who && /\b(he|she)\s+(also\s+)?$/i.test(body.slice(sentence.start, verbAt))) who = lastPerson;
      if (who) {
        const after = body.slice(verbAt + verb[0].length, sentence.end);
        const clause = /^\s*(?:that\s+)?/.exec(after)?.[0] ?? "";
        const clauseStart = verbAt + verb[0].length + clause.length;
        const reportedFirst = who.start > sentence.start + 40 && who.end <= verbAt;
        // "X said that …" reports what follows; "…, X said." reports what precedes.
        const [start, end] = reportedFirst
          ? [sentence.start, Math.max(sentence.start, who.start - 2)]
          : [clauseStart, sentence.end];
        if (end - start > 15) {
          add(
            "STATEMENT",
            start,
            end,
            0.5,
            {
              mode: "REPORTED",
              speaker: who.participant?.name ?? who.text,
              attribution: attributionText,
            },
            who.participant?.id ?? null,
          );
        }
      }
    }

    // Durations, with the hedge and what they cover.
    const meal = vocabulary.meals.find((word) => wordPattern(word, "iu").test(sentence.text));
    for (const unit of sentence.text.matchAll(/\b(hours?|minutes?|days?|hrs?)\b(?:[\s-]long)?/giu)) {
      const unitEnd = sentence.start + unit.index + unit[0].length;
      const window = body.slice(Math.max(sentence.start, unitEnd - 60), unitEnd);
      const reading = parseDuration(window);
      if (!reading) continue;
      // The phrase: the shortest tail of the window that still reads the same.
      let phraseStart = unitEnd - window.length;
      for (let at = phraseStart; at < unitEnd; at++) {
        if (at > phraseStart && /\S/.test(body[at - 1] ?? "") && /\S/.test(body[at] ?? "")) continue;
        const tail = parseDuration(body.slice(at, unitEnd));
        if (tail && tail.minutes === reading.minutes && tail.qualifier === reading.qualifier)
          phraseStart = at;
        else if (at > phraseStart) break;
      }
      while (/\s/.test(body[phraseStart] ?? "")) phraseStart++;
      const includesMeal =
        meal &&
        new RegExp(
          `(includ\\w*|with|over)\\s+(a\\s+|the\\s+)?(working\\s+)?${escapeRegExp(meal)}`,
          "iu",
        ).test(sentence.text);
      add("CLAIM", phraseStart, unitEnd, 0.7, {
        attribute: "duration",
        value: body.slice(phraseStart, unitEnd),
        normalized: reading.iso,
        qualifier: reading.qualifier,
        min: reading.min,
        max: reading.max,
        unit: "minute",
        scope: includesMeal ? `talks and ${meal}` : "talks",
      });
    }

    // Dates of the meeting: "on Sunday", "on 4 March", read against the publication time.
    if (MEETING.test(sentence.text)) {
      for (const date of chrono.parse(sentence.text, publishedAt ?? undefined)) {
        if (!date.start.isCertain("weekday") && !date.start.isCertain("day")) continue;
        // "5.5 hours before" reads as a time; it is a duration, found above.
        if (/\b(hours?|minutes?|days?|weeks?)\b/i.test(date.text)) continue;
        const start = sentence.start + date.index;
        const known = publishedAt !== null || date.start.isCertain("year");
        add("CLAIM", start, start + date.text.length, known ? 0.6 : 0.4, {
          attribute: "date",
          value: date.text,
          normalized: known ? date.start.date().toISOString().slice(0, 10) : null,
          scope: "talks",
        });
      }
    }

    // Places: "at the Diaoyutai State Guest House".
    for (const place of sentence.text.matchAll(
      /\b(?:at|in)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,5}(?:House|Guesthouse|Palace|Hall|Hotel|Centre|Center|Building|Villa|Residence|Palais des \p{Lu}\p{L}+|Nations))\b/gu,
    )) {
      const start = sentence.start + (place.index ?? 0) + place[0].indexOf(place[1] ?? "");
      add("CLAIM", start, start + (place[1]?.length ?? 0), 0.6, {
        attribute: "place",
        value: place[1],
        scope: "venue",
      });
    }

    // Agreements: clauses with cue words, by the strength of the strongest cue.
    const clauses = sentence.text.split(
      /(?:,\s+(?=(?:including|agreeing|welcoming|while|and|as well as)\b)|;\s+)/,
    );
    let cursor = sentence.start;
    for (const clause of clauses) {
      const clauseStart = body.indexOf(clause, cursor);
      cursor = clauseStart + clause.length;
      const strength = (Object.keys(vocabulary.agreementCues) as WordingStrength[]).find((level) =>
        (vocabulary.agreementCues[level] ?? []).some((cue) => wordPattern(cue, "iu").test(clause)),
      );
      if (strength && clauseStart >= 0) {
        add("AGREEMENT", clauseStart, clauseStart + clause.replace(/[\s.]+$/, "").length, 0.5, {
          strength,
          text: clause.trim(),
        });
      }
    }

    const persons = inSentence.filter((m) => m.kind === "PERSON");
    lastPerson = persons.at(-1) ?? lastPerson;
  }

  // Topics: the first passage that names each.
  for (const topic of vocabulary.topics) {
    const hits = topic.terms
      .map((term) => wordPattern(term, "iu").exec(body))
      .filter((hit): hit is RegExpExecArray => hit !== null)
      .sort((a, b) => a.index - b.index);
    const first = hits[0];
    if (first)
      add("TOPIC", first.index, first.index + first[0].length, 0.6, { topic: topic.key, name: topic.name });
  }
  return candidates;
}
