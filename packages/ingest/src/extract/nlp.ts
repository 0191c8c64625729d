/**
 * compromise, loaded on first use and run only where it can help: on sentences that hold a run of two or
 * more capitalised words (the only places a new name can be), each distinct sentence tagged once. Tagging
 * is most of extraction's cost, so a page of mostly known names or lower-case prose pays little for it.
 */
import { createRequire } from "node:module";
import type nlpType from "compromise";
import { reference } from "../vocabulary.ts";

const require = createRequire(import.meta.url);
let compromise: typeof nlpType | undefined;
const load = () => {
  compromise ??= require("compromise") as typeof nlpType;
  return compromise;
};

export interface FoundNames {
  people: string[];
  organizations: string[];
  places: string[];
}

/** Names found in one sentence, by its text (a bounded cache: pages repeat sentences, runs repeat pages). */
const cache = new Map<string, FoundNames>();
const CACHE_LIMIT = 20_000;

export function namesIn(sentence: string): FoundNames {
  const cached = cache.get(sentence);
  if (cached) return cached;
  const doc = load()(sentence);
  const found: FoundNames = {
    people: doc.people().out("array") as string[],
    organizations: doc.organizations().out("array") as string[],
    places: doc.places().out("array") as string[],
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(sentence, found);
  return found;
}

/** The lexicon's tag for a lower-case word ("joe" → "MaleName"), or undefined. */
export function lexiconTag(word: string): string | undefined {
  const lexicon = (load().model() as { one: { lexicon: Record<string, string | undefined> } }).one.lexicon;
  const lower = word.toLowerCase();
  // (Demonyms the lexicon lacks, vocabulary.yaml's: "Turkish", "British", "Polish".)
  demonyms ??= new Set(reference().vocabulary.demonyms.map((name) => name.toLowerCase()));
  return lexicon[lower] ?? (demonyms.has(lower) ? "Demonym" : undefined);
}
let demonyms: Set<string> | undefined;

/** A town, a place, a region or a country by the lexicon ("NAIROBI", "Addis Ababa", "New Delhi"). */
export const namesTown = (name: string) =>
  /\b(?:City|Place|Country|Region)\b/u.test(String(lexiconTag(name.toLowerCase()) ?? ""));

/** A word the lexicon knows as other than a name or a place ("minister", "office"; not "harris" or "lee"). */
export function isCommonWord(word: string): boolean {
  const tag = lexiconTag(word);
  return tag !== undefined && !/Name|Person|Place|Country|City|Region/u.test(tag);
}

/** Whether the lexicon reads a word as one of grammar ("no", "the", "of", "which"): no name of a place opens with one. */
export function isGrammarWord(word: string): boolean {
  return /Negative|Determiner|Preposition|Conjunction|Pronoun|Expression/u.test(
    String(lexiconTag(word.toLowerCase()) ?? ""),
  );
}

/** Whether a lower-case word reads as a plural noun ("protesters", "sources"), not a name ("sanders"). */
export function isPluralNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (/LastName|Name/u.test(String(lexiconTag(lower) ?? ""))) return false;
  return (load()(lower).nouns().isPlural().out("array") as string[]).length > 0;
}

/** Whether compromise has been loaded (it need not be, for a page of known names only). */
export const nlpLoaded = () => compromise !== undefined;

const verbs = new Map<string, boolean>();
/** Whether a lower-case word reads as a verb after a subject ("they spent", "they met"), not a noun. */
export function readsAsVerb(word: string): boolean {
  const lower = word.toLowerCase();
  let known = verbs.get(lower);
  if (known === undefined) {
    known = (load()(`they ${lower}`).verbs().out("array") as string[]).length > 0;
    if (verbs.size >= CACHE_LIMIT) verbs.clear();
    verbs.set(lower, known);
  }
  return known;
}

/** wordsninja (MIT, no types of its own): the part of its API used here. */
interface WordSplitter {
  loadDictionary(): Promise<unknown>;
  splitSentence(text: string): string[];
}
let ninja: WordSplitter | null = null;

/**
 * A run of letters as the words of the language it most likely holds, by how often each is written
 * (wordsninja's frequency list of 126,000 words, read on first use only and kept outside the command's
 * bundle, as compromise is): "globalhappenings" is "global happenings"; a word of the list is itself.
 */
export function wordPieces(letters: string): string[] {
  if (!ninja) {
    const Ninja = require("wordsninja") as new () => WordSplitter;
    ninja = new Ninja();
    // (wordsninja fills its table inside the promise's executor, synchronously: it is ready on return.)
    void ninja.loadDictionary();
  }
  return ninja.splitSentence(letters);
}
