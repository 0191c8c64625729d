/**
 * Who covered an event, and from where: outlets with their articles, first publication, and counts by
 * outlet kind, country and state affiliation.
 */
import type { OutletKind, StateAffiliation, TimePrecision } from "../generated/prisma/enums.ts";

export interface CoverageArticle {
  id: string;
  outletId: string;
  publishedAt: Date | null;
  publishedPrecision: TimePrecision;
  outlet: {
    id: string;
    country: string | null;
    kind: OutletKind;
    affiliations: { affiliation: StateAffiliation; assertedOn: Date }[];
  };
}

export interface OutletCoverage<A extends CoverageArticle> {
  outlet: A["outlet"];
  /** The outlet's articles, earliest first (undated ones last). */
  articles: A[];
  /** The earliest dated article, or the first article when none is dated. */
  first: A;
  /** The latest assertion about the outlet's relation to the state, if any. */
  stateAffiliation: StateAffiliation | null;
}

export interface CoverageCount {
  value: string | null;
  outlets: number;
  articles: number;
}

export interface EventCoverage<A extends CoverageArticle> {
  articleCount: number;
  outletCount: number;
  outlets: OutletCoverage<A>[];
  byKind: CoverageCount[];
  byCountry: CoverageCount[];
  byAffiliation: CoverageCount[];
}

/** How long a time of each precision may stand for: a day-precision time is any moment of that day. */
const SPAN_MS: Partial<Record<TimePrecision, number>> = {
  MINUTE: 60_000,
  HOUR: 3_600_000,
  DAY: 86_400_000,
};

/**
 * The latest moment a publication time may stand for, given its precision: "18 June" may be any time that
 * day, so it is not known to come before 10:00 on the 18th. Months and years run to their last day.
 */
export function latestPossible(at: Date, precision: TimePrecision | undefined): number {
  if (precision === "MONTH") return Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1) - 1;
  if (precision === "YEAR") return Date.UTC(at.getUTCFullYear() + 1, 0, 1) - 1;
  const span = precision ? SPAN_MS[precision] : undefined;
  return at.getTime() + (span ?? 1) - 1;
}

/**
 * Earliest first, by the latest moment each time may stand for (a day-precision date after the timed
 * articles of that day); articles without a publication time after every dated one.
 */
export function byPublication<
  A extends { publishedAt: Date | null; publishedPrecision?: TimePrecision; id: string },
>(a: A, b: A): number {
  const left = a.publishedAt ? latestPossible(a.publishedAt, a.publishedPrecision) : Number.POSITIVE_INFINITY;
  const right = b.publishedAt
    ? latestPossible(b.publishedAt, b.publishedPrecision)
    : Number.POSITIVE_INFINITY;
  return left === right ? a.id.localeCompare(b.id) : left - right;
}

function latestAffiliation(outlet: CoverageArticle["outlet"]): StateAffiliation | null {
  const [latest] = outlet.affiliations.toSorted((a, b) => b.assertedOn.getTime() - a.assertedOn.getTime());
  return latest?.affiliation ?? null;
}

function countBy<A extends CoverageArticle>(
  outlets: OutletCoverage<A>[],
  key: (coverage: OutletCoverage<A>) => string | null,
): CoverageCount[] {
  const counts = new Map<string | null, CoverageCount>();
  for (const coverage of outlets) {
    const value = key(coverage);
    const count = counts.get(value) ?? { value, outlets: 0, articles: 0 };
    count.outlets += 1;
    count.articles += coverage.articles.length;
    counts.set(value, count);
  }
  return [...counts.values()].sort(
    (a, b) => b.articles - a.articles || String(a.value).localeCompare(String(b.value)),
  );
}

export function summarizeCoverage<A extends CoverageArticle>(articles: A[]): EventCoverage<A> {
  const byOutlet = new Map<string, A[]>();
  for (const article of articles.toSorted(byPublication)) {
    byOutlet.set(article.outletId, [...(byOutlet.get(article.outletId) ?? []), article]);
  }
  const outlets = [...byOutlet.values()]
    .map((list) => {
      const first = list[0] as A;
      return {
        outlet: first.outlet,
        articles: list,
        first,
        stateAffiliation: latestAffiliation(first.outlet),
      };
    })
    .sort((a, b) => byPublication(a.first, b.first));
  return {
    articleCount: articles.length,
    outletCount: outlets.length,
    outlets,
    byKind: countBy(outlets, (coverage) => coverage.outlet.kind),
    byCountry: countBy(outlets, (coverage) => coverage.outlet.country),
    byAffiliation: countBy(outlets, (coverage) => coverage.stateAffiliation),
  };
}
