/**
 * Sentences and paragraphs of a body, with their offsets.
 *
 * Home-made on purpose: compromise's splitter took about 2.6 s per megabyte (most of a large page's
 * extraction), `Intl.Segmenter` runs out of memory on a megabyte in Node 20 and splits after "Mr.", and
 * the splitters on the registry were slower still or gave no offsets. This one is a single linear pass:
 * a sentence ends at . ! or ? (and any closing quotes or brackets) before white space and a capital, a
 * digit or an opening quote, unless the word before is an abbreviation ("Mr.", "U.S.", "p.m.") or an
 * initial; a line break always ends one. A quotation that closes within the same paragraph is not split,
 * so that "“Yes. We did,” he said." stays one sentence with its speaker, unless it closes on the end of a
 * sentence ("“… we are ready.” Xinhua said …"). Straight quotation marks count as well; a sentence run into
 * the next with no space after its full stop ("… Ushakov said.The …", "… about him.”He said …") ends there.
 */

import { isCommonWord, isGrammarWord } from "./nlp.ts";

export interface Sentence {
  text: string;
  /** UTF-16 offsets in the body. */
  start: number;
  end: number;
  /** Index of the paragraph (run of lines between line breaks) that holds it. */
  paragraph: number;
}

export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

const OPEN = new Set(["“", '"', "‘", "«", "("]);
const CLOSE = new Set(["”", '"', "’", "'", "»", ")", "]"]);

export function paragraphsOf(body: string): Paragraph[] {
  const result: Paragraph[] = [];
  for (const match of body.matchAll(/[^\n]+/g)) {
    const text = match[0];
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    if (!trimmed) continue;
    const start = match.index + lead;
    // "“…,”" and, a paragraph below, "the Russian Foreign Ministry said.": a paragraph that opens in small
    // letters after one that ends on a comma goes on with its sentence (a page's layout broke it).
    const previous = result.at(-1);
    if (previous && /^\p{Ll}/u.test(trimmed) && /,["”’]?$|["”’],$/u.test(previous.text)) {
      previous.end = start + trimmed.length;
      previous.text = body.slice(previous.start, previous.end);
      continue;
    }
    result.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return result;
}

export function sentencesOf(body: string, abbreviations: ReadonlySet<string>): Sentence[] {
  const result: Sentence[] = [];
  const paragraphs = paragraphsOf(body);
  for (const [index, paragraph] of paragraphs.entries()) {
    const text = paragraph.text;
    let from = 0;
    // Where the quotation open at a position closes, so a quote is not cut in two.
    let quoteCloses = -1;
    const pairedStraight = (text.match(/"/gu)?.length ?? 0) % 2 === 0;
    // Straight marks opening, one closed by a curly mark ("… I thank you," Biden said. "Now … ever before.”):
    // an odd count of straight marks that the curly closers left without their openers make even.
    const closers = (text.match(/”/gu)?.length ?? 0) - (text.match(/“/gu)?.length ?? 0);
    const mixedMarks = !pairedStraight && closers > 0 && closers % 2 === 1;
    const push = (end: number) => {
      const raw = text.slice(from, end);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed) {
        const start = paragraph.start + from + lead;
        result.push({ text: trimmed, start, end: start + trimmed.length, paragraph: index });
      }
      from = end;
    };
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      if (ch === "“" && i > quoteCloses) {
        const close = text.indexOf("”", i + 1);
        // (A curly mark opening and a straight one closing, with no curly closer left in the paragraph:
        // "“All the decisions … themselves," Mirziyoyev said.", where the straight marks do not pair up.)
        const straight = close < 0 && !pairedStraight ? text.indexOf('"', i + 1) : -1;
        quoteCloses = close > 0 ? close : straight > 0 ? straight : -1;
        continue;
      }
      // A straight quotation mark opens a quotation after a space, a bracket or a dash, and the next one
      // closes it.
      // (Only where the paragraph's straight marks pair up: an odd one is a stray, "a "good deal. But …".)
      if (
        ch === '"' &&
        i > quoteCloses &&
        pairedStraight &&
        (i === from || /[\s([—–-]/u.test(text[i - 1] as string))
      ) {
        const close = text.indexOf('"', i + 1);
        quoteCloses = close > 0 ? close : -1;
        continue;
      }
      // A straight mark opening, a curly one closing ("I transmitted … Venezuela,” said …), as captures
      // that mix their marks print them.
      if (ch === '"' && i > quoteCloses && (i === from || /[\s([—–-]/u.test(text[i - 1] as string))) {
        const close = text.indexOf("”", i + 1);
        const straight = text.indexOf('"', i + 1);
        if (close > 0 && (straight < 0 || straight > close) && !text.slice(i + 1, close).includes("“")) {
          quoteCloses = close;
          continue;
        }
        if (mixedMarks && straight > 0 && (close < 0 || straight < close)) {
          quoteCloses = straight;
          continue;
        }
      }
      if (ch !== "." && ch !== "!" && ch !== "?") continue;
      // "…, Ushakov said.The conversation …", "… said."The current …": a sentence run into the next with the
      // space left out, after a word in small letters.
      // (Not after an abbreviation: "Mrs.Clinton", "Gov.Newsom", "vs.Brazil".)
      const glued = /(\p{L}+)$/u.exec(text.slice(Math.max(from, i - 12), i))?.[1] ?? "";
      if (
        ch === "." &&
        i > quoteCloses &&
        /\p{Ll}{2}$/u.test(glued) &&
        glued.length >= 3 &&
        !abbreviations.has(glued.toLowerCase()) &&
        /^"?\p{Lu}\p{Ll}/u.test(text.slice(i + 1, i + 4))
      ) {
        push(i + 1);
        continue;
      }
      let end = i + 1;
      while (end < text.length && CLOSE.has(text[end] as string)) end++;
      if (end >= text.length) break;
      if (!/\s/.test(text[end] as string)) {
        // "… not about him.”He said …": a quotation closed on its full stop, the next sentence run on.
        if (
          end > i + 1 &&
          (i > quoteCloses || quoteCloses === i + 1) &&
          /\p{Ll}{2}$/u.test(text.slice(Math.max(from, i - 3), i)) &&
          /^\p{Lu}\p{Ll}/u.test(text.slice(end, end + 2))
        )
          push(end);
        continue;
      }
      let next = end;
      while (next < text.length && /\s/.test(text[next] as string)) next++;
      const following = text[next] ?? "";
      if (!(/[\p{Lu}\p{N}]/u.test(following) || OPEN.has(following))) continue;
      // "“… we are ready.” Xinhua said …": a quotation that closes on a full stop ends its sentence.
      if (i < quoteCloses && !(quoteCloses === i + 1 && (text[i + 1] === "”" || text[i + 1] === '"')))
        continue;
      if (ch === ".") {
        const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(from, i - 12), i))?.[1] ?? "";
        if (/^\p{Lu}$/u.test(word)) continue;
        // "Cambodian Prime Minister Hun Sen. Both leaders …": an abbreviation's word that ends a name, as a
        // word of grammar after it shows (a title's abbreviation stands before a name: "Sen. Bob Casey").
        if (
          abbreviations.has(word.toLowerCase()) &&
          !isGrammarWord(/^\p{L}+/u.exec(text.slice(next))?.[0] ?? "")
        )
          continue;
        // "U.S." "p.m.": dotted abbreviations.
        if (/^(\p{L}\.)+\p{L}$/u.test(word) && !/^\p{Lu}/u.test(following)) continue;
        // "Dr. R.H.S. Samaratunghe": a person's initials before a name, a word the lexicon knows as no
        // common word ("in the U.A.E. The talks …" ends its sentence).
        const nextWord = /^\p{Lu}[\p{Ll}'’-]+(?=[\s,.;:]|$)/u.exec(text.slice(next))?.[0];
        if (/^(?:\p{Lu}\.){1,3}\p{Lu}$/u.test(word) && nextWord && !isCommonWord(nextWord)) continue;
      }
      push(end);
    }
    push(text.length);
  }
  return result;
}

/**
 * Where the quotation still open at the end of a text opens (-1 if none). “ opens and ” closes; a straight
 * mark opens where it stands before a word after a space (a quotation inside one: "“The "new" government
 * …”") and closes otherwise, so that a page that mixes the styles ("a historic day” as he signed …",
 * "“… Union," Merz said") closes its quotations where it does.
 */
export function openQuotation(text: string): number {
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const mark = text[i];
    if (mark === "“") open.push(i);
    else if (mark === "”") open.pop();
    else if (mark === '"') {
      const opening =
        (i === 0 || /[\s([{—–-]/u.test(text[i - 1] ?? "")) && /[\p{L}\p{N}‘'…]/u.test(text[i + 1] ?? "");
      if (opening || open.length === 0) open.push(i);
      else open.pop();
    }
  }
  return open[0] ?? -1;
}
