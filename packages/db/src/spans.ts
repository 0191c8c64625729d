/**
 * Evidence spans: offsets into an article body, counted in Unicode code points (as PostgreSQL's `substr`
 * and W3C's TextPositionSelector count them), plus the exact quoted text and a little context.
 */

/** How many characters of context are stored on each side of a span. */
export const CONTEXT_LENGTH = 32;

export interface Span {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/** A W3C TextQuoteSelector: the exact words, with optional context to tell repeated words apart. */
export interface TextQuote {
  exact: string;
  prefix?: string | undefined;
  suffix?: string | undefined;
}

export type QuoteResolution =
  | { ok: true; span: Span }
  | { ok: false; reason: "NOT_FOUND" | "AMBIGUOUS"; matches: number };

/** Whether a string holds characters outside the Basic Multilingual Plane (where code units ≠ code points). */
const hasAstral = (text: string): boolean => /[\uD800-\uDBFF]/.test(text);

/** Converts a UTF-16 index into `text` to a code-point index. */
export function toCodePointIndex(text: string, utf16Index: number): number {
  if (!hasAstral(text)) return utf16Index;
  return Array.from(text.slice(0, utf16Index)).length;
}

/** Converts a code-point index into `text` to a UTF-16 index. */
export function toUtf16Index(text: string, codePointIndex: number): number {
  if (!hasAstral(text)) return codePointIndex;
  let index = 0;
  for (let seen = 0; seen < codePointIndex && index < text.length; seen++) {
    index += (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
  }
  return index;
}

/** The body text between two code-point offsets. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return text.slice(toUtf16Index(text, start), toUtf16Index(text, end));
}

/** Builds the span for code-point offsets [start, end) of `text`, with its context. */
export function spanAt(text: string, start: number, end: number): Span {
  const from = toUtf16Index(text, start);
  const to = toUtf16Index(text, end);
  return {
    start,
    end,
    exact: text.slice(from, to),
    prefix: Array.from(text.slice(Math.max(0, from - CONTEXT_LENGTH * 2), from))
      .slice(-CONTEXT_LENGTH)
      .join(""),
    suffix: Array.from(text.slice(to, to + CONTEXT_LENGTH * 2))
      .slice(0, CONTEXT_LENGTH)
      .join(""),
  };
}

/**
 * A span builder for many spans of one text, given UTF-16 offsets: the code-point offsets come from a
 * table built once, so thousands of spans of a long body cost what one pass does (spanAt rescans the text
 * for each).
 */
export function spanCutter(text: string): (utf16Start: number, utf16End: number) => Span {
  let codePoints: Uint32Array | null = null;
  if (hasAstral(text)) {
    codePoints = new Uint32Array(text.length + 1);
    let seen = 0;
    for (let i = 0; i < text.length; i++) {
      codePoints[i] = seen;
      const unit = text.charCodeAt(i);
      const previous = i > 0 ? text.charCodeAt(i - 1) : 0;
      // A low surrogate after a high one is the second half of the same code point.
      if (!(unit >= 0xdc00 && unit <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff)) seen++;
    }
    codePoints[text.length] = seen;
  }
  return (from, to) => ({
    start: codePoints ? (codePoints[from] as number) : from,
    end: codePoints ? (codePoints[to] as number) : to,
    exact: text.slice(from, to),
    prefix: Array.from(text.slice(Math.max(0, from - CONTEXT_LENGTH * 2), from))
      .slice(-CONTEXT_LENGTH)
      .join(""),
    suffix: Array.from(text.slice(to, to + CONTEXT_LENGTH * 2))
      .slice(0, CONTEXT_LENGTH)
      .join(""),
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A pattern for `text` in which any run of white space matches any run of white space. */
const flexible = (text: string) => text.trim().split(/\s+/u).map(escapeRegExp).join("\\s+");

/**
 * Finds the one place in `text` where the quote occurs, its prefix (if given) immediately before and its
 * suffix (if given) immediately after. White space is matched loosely, because captured pages mix
 * no-break spaces, tabs and line breaks that a person quoting them cannot see; the span's `exact` is
 * always the text's own characters. Zero matches or several are reported, never guessed.
 */
export function resolveQuote(text: string, quote: TextQuote): QuoteResolution {
  if (quote.exact.trim().length === 0) return { ok: false, reason: "NOT_FOUND", matches: 0 };
  const before = quote.prefix?.trim() ? `(?<=${flexible(quote.prefix)}\\s*)` : "";
  const after = quote.suffix?.trim() ? `(?=\\s*${flexible(quote.suffix)})` : "";
  const pattern = new RegExp(`${before}${flexible(quote.exact)}${after}`, "gu");
  const hits = [...text.matchAll(pattern)];
  const [first] = hits;
  if (first === undefined) return { ok: false, reason: "NOT_FOUND", matches: 0 };
  if (hits.length > 1) return { ok: false, reason: "AMBIGUOUS", matches: hits.length };
  const start = toCodePointIndex(text, first.index);
  return { ok: true, span: spanAt(text, start, start + Array.from(first[0]).length) };
}
