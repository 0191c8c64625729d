/**
 * Words for the API's codes, so no raw enum value (STATE_FUNDED_EDITORIALLY_INDEPENDENT) reaches the page,
 * and dates written with the precision they are known to.
 */

const LABELS = {
  outletKind: {
    BLOG: "blog",
    GOVERNMENT: "government",
    PRIVATE: "private media",
    PUBLIC_BROADCASTER: "public broadcaster",
    STATE_MEDIA: "state media",
    THINK_TANK: "think tank or forum",
    UNKNOWN: "kind not known",
    WIRE: "news agency",
  },
  affiliation: {
    INDEPENDENT: "independent",
    STATE_CONTROLLED: "state-controlled",
    STATE_FUNDED_EDITORIALLY_INDEPENDENT: "state-funded, editorially independent",
  },
  strength: {
    AGREED: "agreed",
    WILL_WORK_TO: "will work to",
    WILL_EXPLORE: "will explore",
    WELCOMED: "welcomed",
  },
  verdict: {
    CONFLICT: "conflict",
    CONSISTENT: "consistent",
    DIFFERENT_WORDS: "different words",
    EXPLAINED_BY_SCOPE: "explained by scope",
  },
  presence: { PRESENT: "reported", ABSENT: "left out", CONTRADICTS: "contradicts" },
  factKind: {
    AGREEMENT: "Agreement",
    CLAIM: "Claim",
    STATEMENT_GROUP: "Statement",
    TOPIC: "Topic",
  },
  channel: {
    BRIEFING: "briefing",
    INTERVIEW: "interview",
    MEDIA: "other media",
    OTHER: "another channel",
    READOUT: "readout",
    SOCIAL_MEDIA: "social media",
    STATEMENT: "statement",
    STATE_MEDIA: "state media",
  },
  chainRole: {
    SPEAKER: "said by",
    ISSUER: "issued by",
    CHANNEL: "through",
    RELAYED_BY: "relayed by",
    CARRIED_BY: "carried by",
  },
  mode: { DIRECT: "quoted directly", REPORTED: "reported speech" },
  qualifier: {
    EXACT: "as stated",
    APPROXIMATE: "about",
    NEARLY: "nearly",
    UNDER: "under",
    OVER: "over",
    AT_LEAST: "at least",
    RANGE: "range",
  },
  status: {
    AGREED: "agreed",
    FULFILLED: "fulfilled",
    IN_PROGRESS: "in progress",
    LAPSED: "lapsed",
    OVERTAKEN: "overtaken",
    PROPOSED: "proposed",
  },
  grouping: {
    OUTLET: "outlet",
    KIND: "outlet kind",
    COUNTRY: "country",
    AFFILIATION: "state affiliation",
  },
  genre: {
    ANALYSIS: "analysis",
    OPINION: "opinion",
    READOUT: "readout",
    REPORT: "report",
    TRANSCRIPT: "transcript",
  },
} as const;

export type LabelSet = keyof typeof LABELS;

/** The words for a code; an unforeseen code is lower-cased with spaces rather than shown raw. */
export function label(set: LabelSet, code: string | null | undefined, missing = "not known"): string {
  if (code == null) return missing;
  const words = (LABELS[set] as Record<string, string>)[code];
  return words ?? code.toLowerCase().replaceAll("_", " ");
}

const countries = new Intl.DisplayNames(["en"], { type: "region" });

/** A country's name from its ISO code; the code when it has no name. */
export function countryName(code: string | null | undefined): string {
  if (!code) return "country not known";
  try {
    return countries.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A column of the omission matrix: its value in words for the grouping. */
export function groupLabel(groupBy: string, value: string | null): string {
  if (groupBy === "KIND") return label("outletKind", value);
  if (groupBy === "AFFILIATION") return label("affiliation", value, "affiliation not known");
  if (groupBy === "COUNTRY") return countryName(value);
  return value ?? "not known";
}

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const timeFormat = new Intl.DateTimeFormat("en-GB", {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
});

/** A time written to its precision: "18 June 2023" for a day, "18 June 2023, 14:51 UTC" for a minute. */
export function formatTime(at: string | null | undefined, precision: string): string | null {
  if (!at) return null;
  const date = new Date(at);
  switch (precision) {
    case "YEAR":
      return String(date.getUTCFullYear());
    case "MONTH":
      return monthFormat.format(date);
    case "DAY":
      return dayFormat.format(date);
    case "HOUR":
      return `${dayFormat.format(date)}, around ${timeFormat.format(date)} UTC`;
    default:
      return `${dayFormat.format(date)}, ${timeFormat.format(date)} UTC`;
  }
}

export interface Dated {
  publishedAt: string | null;
  publishedPrecision: string;
  publishedText: string | null;
  sourceDocument: { capturedAt: string | null };
}

/**
 * When an article was published, as well as it is known. A relative time ("4 hours ago") is read against the
 * capture: "about 4 hours before capture on 22 April 2024".
 */
export function publication(article: Dated): string {
  const exact = formatTime(article.publishedAt, article.publishedPrecision);
  if (exact && article.publishedPrecision !== "RELATIVE") return `published ${exact}`;
  const captured = formatTime(article.sourceDocument.capturedAt, "DAY");
  const written = article.publishedText?.trim();
  if (article.publishedPrecision === "RELATIVE" && written) {
    const before = written.replace(/\s+ago\.?$/i, "");
    if (before === written) return `published “${written}”${captured ? `, captured on ${captured}` : ""}`;
    return `published about ${before} before capture${captured ? ` on ${captured}` : ""}`;
  }
  if (written) return `published “${written}”`;
  return captured ? `publication date not given; captured on ${captured}` : "publication date not given";
}

/** A calendar date from the API (2023-06-18) as "18 June 2023". */
export const day = (date: string) => formatTime(date, "DAY") ?? date;

/** Minutes of the day as a clock time, "14:05". */
export function clock(minutes: number): string {
  const whole = Math.round(minutes);
  return `${String(Math.floor(whole / 60) % 24).padStart(2, "0")}:${String(whole % 60).padStart(2, "0")}`;
}
