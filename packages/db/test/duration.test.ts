import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDuration, parseDuration, type Qualifier } from "../src/comparison/duration.ts";

const ONES = [
  "",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];
const TEENS = ["thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** English words for 1–99, with the tens joined by a hyphen or a space. */
function words(n: number, joiner: string): string {
  if (n <= 12) return ONES[n] as string;
  if (n < 20) return TEENS[n - 13] as string;
  const tens = TENS[Math.floor(n / 10)] as string;
  return n % 10 ? `${tens}${joiner}${ONES[n % 10]}` : tens;
}

const FRACTIONS: Record<string, string[]> = {
  "0.5": [" and a half", " and half", "½", " 1/2", "-1/2"],
  "0.25": [" and a quarter", " 1/4", "¼"],
  "0.75": [" and three quarters", " 3/4", "¾"],
};

const hedges: [Qualifier, string][] = [
  ["EXACT", ""],
  ["APPROXIMATE", "about "],
  ["APPROXIMATE", "around "],
  ["NEARLY", "nearly "],
  ["NEARLY", "almost "],
  ["OVER", "more than "],
  ["OVER", "over "],
  ["UNDER", "less than "],
  ["AT_LEAST", "at least "],
];

const hours = fc.record({
  whole: fc.integer({ min: 1, max: 30 }),
  fraction: fc.constantFrom("0", "0.5", "0.25", "0.75"),
  style: fc.constantFrom("digits", "words", "words-spaced"),
  fractionStyle: fc.nat(),
  unit: fc.constantFrom(" hours", " hour", "-hour", " hrs"),
  hedge: fc.constantFrom(...hedges),
  tail: fc.constantFrom("", " meeting", " of talks that included a dinner", "."),
});

describe("parseDuration", () => {
  it("reads hours written in digits, words, hyphenated forms and fractions", () => {
    fc.assert(
      fc.property(hours, ({ whole, fraction, style, fractionStyle, unit, hedge, tail }) => {
        const number = style === "digits" ? String(whole) : words(whole, style === "words" ? "-" : " ");
        const forms = FRACTIONS[fraction] ?? [""];
        const written = fraction === "0" ? "" : (forms[fractionStyle % forms.length] as string);
        // Word numbers take word fractions; "five½" is not how anyone writes.
        const fractionText =
          style !== "digits" && !written.startsWith(" and") ? (fraction === "0" ? "" : forms[0]) : written;
        const text = `${hedge[1]}${number}${fractionText}${unit.startsWith("-") ? unit.replace(/^-/, "-") : unit}${tail}`;
        const reading = parseDuration(text);
        const minutes = (whole + Number(fraction)) * 60;
        expect(reading, text).not.toBeNull();
        expect(reading?.minutes, text).toBeCloseTo(minutes, 6);
        expect(reading?.qualifier, text).toBe(hedge[0]);
        expect(reading?.iso, text).toBe(isoDuration(minutes));
        const max = reading?.max ?? Number.POSITIVE_INFINITY;
        expect(reading?.min ?? Number.NaN, text).toBeLessThanOrEqual(minutes);
        expect(max, text).toBeGreaterThanOrEqual(minutes);
      }),
      { numRuns: 500 },
    );
  });

  it("reads minutes, and hours with minutes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 59 }),
        fc.boolean(),
        fc.constantFrom(" and ", " ", ", "),
        (h, m, inWords, joiner) => {
          const minutesText = `${inWords ? words(m, "-") : m} minutes`;
          const text = h === 0 ? minutesText : `${inWords ? words(h, "-") : h} hours${joiner}${minutesText}`;
          expect(parseDuration(text)?.minutes, text).toBe(h * 60 + m);
        },
      ),
    );
  });

  it("reads ranges into their bounds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 5 }), (low, extra) => {
        for (const text of [
          `${low}-${low + extra} hours`,
          `between ${words(low, "-")} and ${words(low + extra, "-")} hours`,
        ]) {
          expect(parseDuration(text), text).toMatchObject({
            qualifier: "RANGE",
            min: low * 60,
            max: (low + extra) * 60,
          });
        }
      }),
    );
  });

  it.each([
    ["about five and half hour", 330, "APPROXIMATE", 297, 363],
    ["nearly six-hour", 360, "NEARLY", 324, 360],
    ["lasted for 5.5 hours before Qin and Blinken moved to a working dinner", 330, "EXACT", 330, 330],
    ["seven-and-a-half-hour meeting that included a dinner", 450, "EXACT", 450, 450],
    ["over five hours", 300, "OVER", 300, 360],
    ["about 30 minutes", 30, "APPROXIMATE", 27, 33],
    ["5-1/2 hours", 330, "EXACT", 330, 330],
    ["an hour and a half", 90, "EXACT", 90, 90],
    ["half an hour", 30, "EXACT", 30, 30],
    ["three quarters of an hour", 45, "EXACT", 45, 45],
    ["a 45-minute call", 45, "EXACT", 45, 45],
    ["an hour-long meeting", 60, "EXACT", 60, 60],
    ["a two-day visit", 2880, "EXACT", 2880, 2880],
  ] as const)("reads %j", (text, minutes, qualifier, min, max) => {
    expect(parseDuration(text)).toMatchObject({ minutes, qualifier, min, max });
  });

  it("reads an unbounded hedge with no upper end", () => {
    expect(parseDuration("at least two hours")).toMatchObject({ min: 120, max: null, qualifier: "AT_LEAST" });
  });

  it("finds no duration where there is none", () => {
    for (const text of ["the talks", "a working dinner", "on Sunday", "five", "hours", ""]) {
      expect(parseDuration(text), text).toBeNull();
    }
  });

  it("writes ISO 8601 durations", () => {
    expect([0, 45, 60, 330, 1440, 1530].map(isoDuration)).toEqual([
      "PT0M",
      "PT45M",
      "PT1H",
      "PT5H30M",
      "P1D",
      "P1DT1H30M",
    ]);
  });
});
