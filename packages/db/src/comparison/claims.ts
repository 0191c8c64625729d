/**
 * Where the sources disagree: compares the claims that articles make about one attribute of an event
 * (duration, place, date, attendees) and computes, never stores, a verdict.
 *
 * Numeric claims are intervals (see duration.ts); two claims agree when their intervals share a value.
 * Other claims agree when their normalised values are equal. Claims are first compared within each scope
 * (what the value covers: "talks", "talks and dinner"); values that differ only across scopes are
 * explained by scope, not a conflict.
 */

export type Verdict = "CONSISTENT" | "EXPLAINED_BY_SCOPE" | "CONFLICT";

export interface ComparableClaim {
  attribute: string;
  value: string;
  normalized: string | null;
  minValue: number | null;
  maxValue: number | null;
  scope: string | null;
}

/** A set of claims that agree with each other, and the values they all allow. */
export interface ClaimSide<C> {
  claims: C[];
  /** For numeric claims: the values every claim of the side allows (max null: unbounded). */
  min: number | null;
  max: number | null;
  /** For other claims: the value they share. */
  value: string | null;
  /** The scopes of its claims (null for claims that name none). */
  scopes: (string | null)[];
}

export interface ScopeComparison<C> {
  scope: string | null;
  verdict: Exclude<Verdict, "EXPLAINED_BY_SCOPE">;
  sides: ClaimSide<C>[];
}

export interface AttributeComparison<C> {
  attribute: string;
  verdict: Verdict;
  claims: C[];
  scopes: ScopeComparison<C>[];
  /** The groups that agree: one when consistent, one per scope when explained by scope, the camps of a conflict. */
  sides: ClaimSide<C>[];
}

const isNumeric = (claim: ComparableClaim) => claim.minValue !== null;
const upper = (value: number | null) => value ?? Number.POSITIVE_INFINITY;
const textOf = (claim: ComparableClaim) => (claim.normalized ?? claim.value).trim().toLowerCase();

/** Splits claims into sides whose members all agree, most claims first. */
export function sides<C extends ComparableClaim>(claims: C[]): ClaimSide<C>[] {
  const numeric = claims.filter(isNumeric);
  const textual = claims.filter((claim) => !isNumeric(claim));
  const result: ClaimSide<C>[] = [];

  // Sweep the intervals by their lower ends, keeping the values all members of the current side allow.
  let current: ClaimSide<C> | null = null;
  for (const claim of numeric.toSorted((a, b) => (a.minValue ?? 0) - (b.minValue ?? 0))) {
    const min = claim.minValue ?? 0;
    if (current && min <= upper(current.max)) {
      current.claims.push(claim);
      current.min = Math.max(current.min ?? 0, min);
      current.max = claim.maxValue === null ? current.max : Math.min(upper(current.max), claim.maxValue);
    } else {
      current = { claims: [claim], min, max: claim.maxValue, value: null, scopes: [] };
      result.push(current);
    }
  }
  const byText = new Map<string, C[]>();
  for (const claim of textual) byText.set(textOf(claim), [...(byText.get(textOf(claim)) ?? []), claim]);
  for (const [, members] of byText) {
    const first = members[0];
    if (first)
      result.push({
        claims: members,
        min: null,
        max: null,
        value: first.normalized ?? first.value,
        scopes: [],
      });
  }
  for (const side of result) side.scopes = [...new Set(side.claims.map((claim) => claim.scope))];
  return result.sort((a, b) => b.claims.length - a.claims.length);
}

/** Whether two sides allow a common value. */
function overlap<C>(a: ClaimSide<C>, b: ClaimSide<C>): boolean {
  if (a.value !== null || b.value !== null) return a.value?.toLowerCase() === b.value?.toLowerCase();
  return Math.max(a.min ?? 0, b.min ?? 0) <= Math.min(upper(a.max), upper(b.max));
}

/** Compares the claims about one attribute. */
export function compareAttribute<C extends ComparableClaim>(
  attribute: string,
  claims: C[],
): AttributeComparison<C> {
  const byScope = new Map<string | null, C[]>();
  for (const claim of claims) byScope.set(claim.scope, [...(byScope.get(claim.scope) ?? []), claim]);
  const scopes: ScopeComparison<C>[] = [...byScope].map(([scope, members]) => {
    const scopeSides = sides(members);
    return { scope, verdict: scopeSides.length > 1 ? "CONFLICT" : "CONSISTENT", sides: scopeSides };
  });

  const all = sides(claims);
  if (scopes.some((scope) => scope.verdict === "CONFLICT") || all.length <= 1) {
    return { attribute, verdict: all.length <= 1 ? "CONSISTENT" : "CONFLICT", claims, scopes, sides: all };
  }
  // Each scope agrees within itself but the scopes disagree. Claims that name no scope must fit one that does.
  const scoped = scopes.filter((scope) => scope.scope !== null);
  const unscoped = scopes.find((scope) => scope.scope === null);
  const explained =
    scoped.length > 1 &&
    (!unscoped ||
      scoped.some((scope) => overlap(scope.sides[0] as ClaimSide<C>, unscoped.sides[0] as ClaimSide<C>)));
  return explained
    ? {
        attribute,
        verdict: "EXPLAINED_BY_SCOPE",
        claims,
        scopes,
        sides: scopes.flatMap((scope) => scope.sides),
      }
    : { attribute, verdict: "CONFLICT", claims, scopes, sides: all };
}

/** Compares every attribute that the claims speak of, in the order they first appear. */
export function compareClaims<C extends ComparableClaim>(claims: C[]): AttributeComparison<C>[] {
  const byAttribute = new Map<string, C[]>();
  for (const claim of claims)
    byAttribute.set(claim.attribute, [...(byAttribute.get(claim.attribute) ?? []), claim]);
  return [...byAttribute].map(([attribute, members]) => compareAttribute(attribute, members));
}
