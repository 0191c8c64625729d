import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveQuote, sliceCodePoints, spanAt, toCodePointIndex, toUtf16Index } from "../src/spans.ts";

// Text made of words from a small alphabet, with astral characters and odd white space mixed in.
const word = fc.stringMatching(/^[a-d😀é]{1,6}$/u);
const gap = fc.constantFrom(" ", "  ", "\u00a0", "\n", "\t");
const text = fc
  .array(fc.tuple(word, gap), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([w, g]) => w + g).join(""));

describe("code-point offsets", () => {
  it("round-trips between UTF-16 and code-point indexes", () => {
    fc.assert(
      fc.property(text, fc.nat(), (value, seed) => {
        const points = Array.from(value);
        const cp = seed % (points.length + 1);
        const utf16 = toUtf16Index(value, cp);
        expect(toCodePointIndex(value, utf16)).toBe(cp);
        expect(value.slice(0, utf16)).toBe(points.slice(0, cp).join(""));
      }),
    );
  });

  it("builds spans whose exact text is the slice they claim, with context around it", () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (value, a, b) => {
        const length = Array.from(value).length;
        const start = a % (length + 1);
        const end = start + (b % (length - start + 1));
        const span = spanAt(value, start, end);
        expect(span.exact).toBe(sliceCodePoints(value, start, end));
        expect(Array.from(span.exact)).toHaveLength(end - start);
        expect(sliceCodePoints(value, 0, start).endsWith(span.prefix)).toBe(true);
        expect(sliceCodePoints(value, end, length).startsWith(span.suffix)).toBe(true);
      }),
    );
  });
});

describe("resolveQuote", () => {
  it("finds a quote that occurs once, at the offsets of its slice", () => {
    fc.assert(
      fc.property(text, text, text, (before, middle, after) => {
        const marker = `«${middle}»`;
        const body = `${before}${marker}${after}`;
        const result = resolveQuote(body, { exact: marker });
        expect(result.ok).toBe(true);
        if (result.ok) {
          expect(result.span.start).toBe(Array.from(before).length);
          expect(sliceCodePoints(body, result.span.start, result.span.end)).toBe(result.span.exact);
        }
      }),
    );
  });

  it("matches any run of white space loosely, but stores the text's own characters", () => {
    const body = "He urged the US\u00a0side\u00a0to abide by the\nprinciple.";
    const result = resolveQuote(body, { exact: "the US side to abide by the principle" });
    expect(result).toMatchObject({
      ok: true,
      span: { exact: "the US\u00a0side\u00a0to abide by the\nprinciple" },
    });
  });

  it("reports repeated words as ambiguous until a prefix or suffix picks one", () => {
    const body = "Qin met Blinken. Later Qin said Taiwan was a risk. Qin left.";
    expect(resolveQuote(body, { exact: "Qin" })).toEqual({ ok: false, reason: "AMBIGUOUS", matches: 3 });
    const picked = resolveQuote(body, { exact: "Qin", prefix: "Later" });
    expect(picked).toMatchObject({ ok: true, span: { start: 23, end: 26, exact: "Qin" } });
    expect(resolveQuote(body, { exact: "Qin", suffix: "left." })).toMatchObject({
      ok: true,
      span: { start: 51 },
    });
  });

  it("reports words that are not there as not found", () => {
    expect(resolveQuote("a b c", { exact: "d" })).toEqual({ ok: false, reason: "NOT_FOUND", matches: 0 });
    expect(resolveQuote("a b c", { exact: "b", prefix: "x" })).toEqual({
      ok: false,
      reason: "NOT_FOUND",
      matches: 0,
    });
    expect(resolveQuote("a b c", { exact: "   " })).toEqual({ ok: false, reason: "NOT_FOUND", matches: 0 });
  });

  it("treats regular-expression characters in quotes as plain text", () => {
    const body = "growth of (about) 5.5% [est.] *not* 5x5";
    expect(resolveQuote(body, { exact: "(about) 5.5% [est.] *not*" })).toMatchObject({
      ok: true,
      span: { start: 10 },
    });
  });
});
