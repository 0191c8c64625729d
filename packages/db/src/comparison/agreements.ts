/**
 * What was agreed, across outlets: each outlet's reports of an agreement with the strength of their
 * wording, the outlets that covered the event but do not report it, and whether the wording differs.
 */
import type { WordingStrength } from "../generated/prisma/enums.ts";

/** Strongest first: agreed/committed > will work to > will explore or discuss > welcomed. */
export const STRENGTH_ORDER: readonly WordingStrength[] = [
  "AGREED",
  "WILL_WORK_TO",
  "WILL_EXPLORE",
  "WELCOMED",
];

export const strengthRank = (strength: WordingStrength) => STRENGTH_ORDER.indexOf(strength);

const strongestOf = (strengths: WordingStrength[]) =>
  strengths.reduce((best, next) => (strengthRank(next) < strengthRank(best) ? next : best));
const weakestOf = (strengths: WordingStrength[]) =>
  strengths.reduce((worst, next) => (strengthRank(next) > strengthRank(worst) ? next : worst));

export interface ComparableReport {
  strength: WordingStrength;
  article: { outletId: string };
}

export interface OutletReports<R extends ComparableReport> {
  outletId: string;
  /** The strongest wording this outlet uses for the agreement. */
  strongest: WordingStrength;
  reports: R[];
}

export interface AgreementComparison<R extends ComparableReport> {
  outlets: OutletReports<R>[];
  /** Outlets that covered the event but do not report the agreement. */
  silentOutletIds: string[];
  /** The strongest and weakest wording of any report; null when there is no report. */
  strongest: WordingStrength | null;
  weakest: WordingStrength | null;
  /** Whether outlets word the agreement with different strength (each outlet by its strongest words). */
  strengthDiffers: boolean;
}

export function compareAgreement<R extends ComparableReport>(
  reports: R[],
  coveringOutletIds: string[],
): AgreementComparison<R> {
  const byOutlet = new Map<string, R[]>();
  for (const report of reports) {
    byOutlet.set(report.article.outletId, [...(byOutlet.get(report.article.outletId) ?? []), report]);
  }
  const outlets = [...byOutlet].map(([outletId, list]) => ({
    outletId,
    strongest: strongestOf(list.map((report) => report.strength)),
    reports: list.toSorted((a, b) => strengthRank(a.strength) - strengthRank(b.strength)),
  }));
  outlets.sort(
    (a, b) => strengthRank(a.strongest) - strengthRank(b.strongest) || a.outletId.localeCompare(b.outletId),
  );
  const strengths = reports.map((report) => report.strength);
  const perOutlet = new Set(outlets.map((outlet) => outlet.strongest));
  return {
    outlets,
    silentOutletIds: [...new Set(coveringOutletIds)].filter((id) => !byOutlet.has(id)).sort(),
    strongest: strengths.length ? strongestOf(strengths) : null,
    weakest: strengths.length ? weakestOf(strengths) : null,
    strengthDiffers: perOutlet.size > 1,
  };
}
