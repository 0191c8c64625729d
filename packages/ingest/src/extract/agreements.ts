/**
 * Agreements: clauses with a cue word (vocabulary.agreementCues, strongest level first) and the strength
 * of that wording, unless the cue is negated or hedged ("did not agree", "no agreement", "failed to",
 * "hope to", a question, one side urging or demanding it): a text that states no agreement yields none.
 */
import type { WordingStrength } from "@readout/db";
import type { Vocabulary } from "../vocabulary.ts";
import { escapeRegExp } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";

export interface AgreementDraft {
  start: number;
  end: number;
  confidence: number;
  strength: WordingStrength;
  text: string;
}

const compile = (words: string[]) =>
  new RegExp(
    `(?<![\\p{L}])(?:${[...words]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join("|")})(?![\\p{L}])`,
    "giu",
  );

export function agreementsOf(body: string, sentences: Sentence[], vocabulary: Vocabulary): AgreementDraft[] {
  const result: AgreementDraft[] = [];
  const levels = Object.keys(vocabulary.agreementCues) as WordingStrength[];
  const cues = levels.map((level) => ({ level, pattern: compile(vocabulary.agreementCues[level] ?? []) }));
  const negation = compile(vocabulary.agreementNegations.before);
  const hedgedSentence = compile(vocabulary.agreementNegations.sentence);
  const standing = new Set(vocabulary.agreementNegations.standing.map((word) => word.toLowerCase()));
  // A title (roleWords, honorifics) among the first capitalised words after the cue names a person.
  const titles = [...vocabulary.roleWords, ...vocabulary.honorifics].map(escapeRegExp).join("|");
  const guest = new RegExp(
    `^\\s+(?:(?:the|his|her|their)\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}(?:${titles})\\b`,
    "u",
  );
  for (const sentence of sentences) {
    // A question agrees nothing; nor does a sentence that says no agreement was reached.
    if (/\?["”’]?$/.test(sentence.text)) continue;
    hedgedSentence.lastIndex = 0;
    if (hedgedSentence.test(sentence.text)) continue;
    const clauses = sentence.text.split(
      /(?:,\s+(?=(?:including|agreeing|welcoming|while|and|as well as|but)\b)|;\s+|\s+but\s+)/,
    );
    let cursor = sentence.start;
    for (const clause of clauses) {
      const clauseStart = body.indexOf(clause, cursor);
      if (clauseStart < 0) continue;
      cursor = clauseStart + clause.length;
      // The cue that comes first in the clause, the longest there ("committed to work" over "committed
      // to"); between levels at the same words, the stronger.
      let found: { level: WordingStrength; index: number; length: number } | null = null;
      for (const { level, pattern } of cues) {
        pattern.lastIndex = 0;
        const hit = pattern.exec(clause);
        if (
          hit &&
          (!found || hit.index < found.index || (hit.index === found.index && hit[0].length > found.length))
        )
          found = { level, index: hit.index, length: hit[0].length };
      }
      if (!found) continue;
      // "welcomed Chancellor Scholz to the White House": a host greeting a guest, not welcoming an outcome.
      if (found.level === "WELCOMED" && guest.test(clause.slice(found.index + found.length))) continue;
      // One side's words in quotation marks are its claim or its demand, not a reported agreement.
      const upTo = body.slice(sentence.start, clauseStart + found.index);
      const count = (pattern: RegExp) => (upTo.match(pattern) ?? []).length;
      if (count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1) continue;
      // "agreed with Putin": agreeing with someone's view, not on something.
      if (/^(?:agreed|agree|agrees)\s+with\b/iu.test(clause.slice(found.index))) continue;
      // Negated or hedged: a negation or a hedge in the few words before the cue.
      const lead = clause.slice(Math.max(0, found.index - 40), found.index);
      negation.lastIndex = 0;
      if (negation.test(lead)) continue;
      // A side's standing position, not something agreed at the meeting: "Norland is committed to".
      const before = /(\p{L}+)\s*$/u.exec(lead)?.[1]?.toLowerCase();
      if (before && standing.has(before)) continue;
      const trimmed = clause.replace(/[\s.]+$/, "");
      result.push({
        start: clauseStart,
        end: clauseStart + trimmed.length,
        confidence: 0.5,
        strength: found.level,
        text: trimmed.trim(),
      });
    }
  }
  return result;
}
