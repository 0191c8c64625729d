/**
 * Text captured hard-wrapped (every line cut at a fixed width, as plain-text mail, wire feeds and some
 * archives print it): its line breaks inside a paragraph are no breaks of the story. Segmentation and
 * extraction read a line as a paragraph, so such a capture would lose its headline, its dateline and the
 * sentences that run over a break. The breaks inside paragraphs become spaces, one character for one, so
 * every offset into the text stays the same.
 *
 * No dependency: reflowing libraries collapse spaces and join hyphens, which would move every offset; this
 * needs only to tell a wrapped break from a real one.
 */

/** The fewest lines, and the share of them that run near the width, that make a capture hard-wrapped. */
const MIN_LINES = 8;
const NEAR_WIDTH = 0.75;
const MIN_SHARE = 0.5;
const MAX_WIDTH = 100;
const MIN_WIDTH = 40;
/** A line that opens a turn, an item or a heading: "Q:", "PRIME MINISTER:", "- ", "• ", "1. ", "# ". */
const OPENS = /^(?:[-•*#]\s|\d{1,2}[.)]\s|(?:Q|\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,4})\s*:\s)/u;

/**
 * The text with the line breaks of a hard-wrapped capture's paragraphs as spaces; any other text as it is.
 * A break is a wrapped one where the next line's first word would not have fitted on the line before it
 * (the width being the longest line's) and the line does not end its sentence; a short line (a heading, a
 * date, a paragraph's last line) keeps its break.
 */
export function unwrapLines(text: string): string {
  const lines = text.split("\n");
  const filled = lines.map((line) => line.replace(/\r$/u, "").trimEnd()).filter((line) => line.trim());
  if (filled.length < MIN_LINES) return text;
  const width = Math.max(...filled.map((line) => line.length));
  if (width > MAX_WIDTH || width < MIN_WIDTH) return text;
  const near = filled.filter((line) => line.length >= width * NEAR_WIDTH).length;
  if (near < MIN_LINES || near / filled.length < MIN_SHARE) return text;
  const chars = [...text];
  let offset = 0;
  // (Code points: the text's offsets are counted in them where spans are stored.)
  const points = lines.map((line) => [...line].length);
  for (let i = 0; i < lines.length - 1; i++) {
    offset += points[i] as number;
    const line = (lines[i] as string).replace(/\r$/u, "").trimEnd();
    const next = (lines[i + 1] as string).trimStart();
    const word = /^\S+/u.exec(next)?.[0] ?? "";
    // (Never before a line that opens something of its own: a transcript's turn, "PRIME MINISTER: …", a
    // list's item, a heading.)
    // (Nor after a line that ends its sentence: a paragraph's own end looks the same, and a sentence's end
    // is a harmless place for a break.)
    if (
      line.trim() &&
      word &&
      line.length + 1 + word.length > width &&
      !/[.!?:"”’)]$/u.test(line) &&
      !OPENS.test(next)
    ) {
      chars[offset] = " ";
      // (A break written "\r\n" is both.)
      if ((lines[i] as string).endsWith("\r")) chars[offset - 1] = " ";
    }
    offset += 1;
  }
  return chars.join("");
}
