/**
 * Reads how long something lasted from the words of a report ("nearly six-hour", "about five and half
 * hour", "5-1/2 hours", "an hour and a half", "seven-and-a-half-hour meeting") into an interval of minutes.
 *
 * Written here rather than taken from a library: number-word packages (words-to-numbers, compromise's
 * numbers plugin) turn words into numbers, but not the hedges, hyphenated adjectives, mixed fractions and
 * units of these phrases into an interval, which is what comparing reports needs.
 */

/** How a report hedges a value. */
export type Qualifier = "EXACT" | "APPROXIMATE" | "NEARLY" | "UNDER" | "OVER" | "AT_LEAST" | "RANGE";

export interface DurationReading {
  /** The value as stated, in minutes (the lower bound for a range). */
  minutes: number;
  /** The interval the words allow, in minutes; `max` is null when unbounded ("at least five hours"). */
  min: number;
  max: number | null;
  qualifier: Qualifier;
  /** The stated value as an ISO 8601 duration; for a range, its two bounds joined by "/". */
  iso: string;
}

/**
 * How far each hedge reaches, as a share of the stated value. "About five hours" allows 10% either way,
 * "nearly six hours" up to 10% less, "over five hours" up to 20% more.
 */
const TOLERANCE = { APPROXIMATE: 0.1, NEARLY: 0.1, OVER: 0.2 } as const;

const HEDGES: [Qualifier, string[]][] = [
  ["APPROXIMATE", ["about", "around", "approximately", "roughly", "some", "an estimated", "circa", "~"]],
  [
    "NEARLY",
    ["nearly", "almost", "close to", "just under", "a little under", "a little less than", "just shy of"],
  ],
  ["UNDER", ["under", "less than", "up to", "at most", "no more than", "fewer than"]],
  ["AT_LEAST", ["at least", "no less than", "a minimum of"]],
  [
    "OVER",
    ["over", "more than", "just over", "a little over", "a little more than", "upwards of", "well over"],
  ],
];

const UNITS: Record<string, number> = {
  minute: 1,
  minutes: 1,
  min: 1,
  mins: 1,
  hour: 60,
  hours: 60,
  hr: 60,
  hrs: 60,
  h: 60,
  day: 1440,
  days: 1440,
  week: 10080,
  weeks: 10080,
};

const SMALL = [
  "zero",
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
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const FRACTIONS: Record<string, number> = {
  half: 0.5,
  quarter: 0.25,
  quarters: 0.25,
  third: 1 / 3,
  thirds: 1 / 3,
};

/** Splits the phrase into lower-case words, digits and fractions; hyphens join nothing. */
function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/½/g, " 1/2")
    .replace(/¼/g, " 1/4")
    .replace(/¾/g, " 3/4")
    .replace(/(\d)\s*-\s*(\d+\/\d+)/g, "$1 $2") // 5-1/2 → 5 1/2
    .replace(/(\d)\s*(?:-|–|—|to)\s*(\d)/g, "$1 to $2") // 5-6, 5 to 6 → a range
    .replace(/(\d)([a-z])/g, "$1 $2") // 90min → 90 min
    .replace(/\b(?:an?\s+)?(hour|minute|day|week)s?long\b/g, "1 $1") // (an) hourlong → 1 hour
    .replace(/\.(?!\d)/g, " ") // a full stop, not a decimal point
    .replace(/[-–—,;:!?()"“”‘’]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
}

/** A whole number written in words or digits, starting at `at`; returns the value and the next index. */
function readWhole(tokens: string[], at: number): [number, number] | null {
  const token = tokens[at];
  if (token === undefined) return null;
  if (/^\d+(\.\d+)?$/.test(token)) return [Number(token), at + 1];
  if (token === "a" || token === "an") return [1, at + 1];
  const small = SMALL.indexOf(token);
  if (small >= 0) return [small, at + 1];
  const tens = TENS.indexOf(token);
  if (tens >= 2) {
    const next = SMALL.indexOf(tokens[at + 1] ?? "");
    return next > 0 && next < 10 ? [tens * 10 + next, at + 2] : [tens * 10, at + 1];
  }
  return null;
}

/** A fraction: "half", "a quarter", "three quarters", "1/2". */
function readFraction(tokens: string[], at: number): [number, number] | null {
  let index = at;
  if (tokens[index] === "a" || tokens[index] === "an") index++;
  const token = tokens[index];
  if (token === undefined) return null;
  const digits = /^(\d+)\/(\d+)$/.exec(token);
  if (digits) return Number(digits[2]) > 0 ? [Number(digits[1]) / Number(digits[2]), index + 1] : null;
  if (token in FRACTIONS) return [FRACTIONS[token] ?? 0, index + 1];
  const count = SMALL.indexOf(token);
  const unit = tokens[index + 1];
  if (count > 0 && unit !== undefined && unit in FRACTIONS && /s$/.test(unit)) {
    return [count * (FRACTIONS[unit] ?? 0), index + 2];
  }
  return null;
}

/** A number with an optional fraction: "five", "five and a half", "5 1/2", "half", "three quarters". */
function readNumber(tokens: string[], at: number): [number, number] | null {
  const fraction = readFraction(tokens, at);
  const whole = readWhole(tokens, at);
  // A fraction that reads further than a whole number wins: "three quarters", "a half", "half".
  if (fraction && (!whole || fraction[1] > whole[1])) return fraction;
  if (!whole) return null;
  let [value, next] = whole;
  // "five and a half", "five and half", "5 1/2"
  const joined = tokens[next] === "and" ? next + 1 : next;
  const extra = readFraction(tokens, joined);
  if (extra && (joined > next || /^\d+\/\d+$/.test(tokens[next] ?? ""))) {
    value += extra[0];
    next = extra[1];
  }
  return [value, next];
}

/** "six hour", "an hour and a half", "1 hour 30 minutes": the minutes, and where it ends. */
function readQuantity(tokens: string[], at: number): [number, number] | null {
  const number = readNumber(tokens, at);
  if (!number) return null;
  let next = number[1];
  // "half an hour", "a quarter of an hour"
  if (tokens[next] === "of") next++;
  if (tokens[next] === "a" || tokens[next] === "an") next++;
  const unit = UNITS[tokens[next] ?? ""];
  if (unit === undefined) return null;
  let minutes = number[0] * unit;
  next++;
  // "an hour and a half": a fraction after the unit applies to it
  const afterAnd = tokens[next] === "and" ? next + 1 : next;
  const trailing = readFraction(tokens, afterAnd);
  if (trailing && afterAnd > next && UNITS[tokens[trailing[1]] ?? ""] === undefined) {
    minutes += trailing[0] * unit;
    next = trailing[1];
  }
  // "1 hour 30 minutes", "five hours and 15 minutes"
  const more = readQuantity(tokens, tokens[next] === "and" ? next + 1 : next);
  if (more && (UNITS[tokens[more[1] - 1] ?? ""] ?? 0) < unit) {
    minutes += more[0];
    next = more[1];
  }
  return [minutes, next];
}

function readHedge(tokens: string[], at: number): [Qualifier, number] {
  for (const [qualifier, phrases] of HEDGES) {
    for (const phrase of phrases.toSorted((a, b) => b.length - a.length)) {
      const words = phrase.split(" ");
      if (words.every((word, i) => tokens[at + i] === word)) return [qualifier, at + words.length];
    }
  }
  return ["EXACT", at];
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** An ISO 8601 duration for a number of minutes: 330 → PT5H30M. */
export function isoDuration(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = round(minutes % 60);
  const time = `${hours ? `${hours}H` : ""}${rest ? `${rest}M` : ""}`;
  return `P${days ? `${days}D` : ""}${time ? `T${time}` : days ? "" : "T0M"}`;
}

/** Reads the first duration in `text`; null when there is none. */
export function parseDuration(text: string): DurationReading | null {
  const tokens = tokenize(text);
  for (let start = 0; start < tokens.length; start++) {
    const [qualifier, at] = readHedge(tokens, start);
    // "5 to 6 hours", "between five and six hours"
    const between = tokens[at] === "between" ? at + 1 : at;
    const low = readNumber(tokens, between);
    const joiner = low ? tokens[low[1]] : undefined;
    if (low && (joiner === "to" || (between > at && joiner === "and"))) {
      const high = readQuantity(tokens, low[1] + 1);
      const unit = high ? UNITS[tokens[high[1] - 1] ?? ""] : undefined;
      if (high && unit !== undefined) {
        const min = round(low[0] * unit);
        const max = round(high[0]);
        if (min <= max)
          return {
            minutes: min,
            min,
            max,
            qualifier: "RANGE",
            iso: `${isoDuration(min)}/${isoDuration(max)}`,
          };
      }
    }
    const quantity = readQuantity(tokens, at);
    if (!quantity) continue;
    const minutes = round(quantity[0]);
    return { minutes, qualifier, iso: isoDuration(minutes), ...interval(minutes, qualifier) };
  }
  return null;
}

function interval(minutes: number, qualifier: Qualifier): { min: number; max: number | null } {
  switch (qualifier) {
    case "APPROXIMATE":
      return {
        min: round(minutes * (1 - TOLERANCE.APPROXIMATE)),
        max: round(minutes * (1 + TOLERANCE.APPROXIMATE)),
      };
    case "NEARLY":
      return { min: round(minutes * (1 - TOLERANCE.NEARLY)), max: minutes };
    case "UNDER":
      return { min: 0, max: minutes };
    case "OVER":
      return { min: minutes, max: round(minutes * (1 + TOLERANCE.OVER)) };
    case "AT_LEAST":
      return { min: minutes, max: null };
    default:
      return { min: minutes, max: minutes };
  }
}
