/**
 * Where the sources disagree: compares the claims that articles make about one attribute of an event
 * (duration, start time, place, date, attendees, characterisation) and computes, never stores, a verdict
 * and a sentence that explains it.
 *
 * Numeric claims are intervals (see duration.ts; a start time is minutes after midnight); two claims agree
 * when their intervals share a value. Characterisations are sets of descriptors ("candid, in-depth and
 * constructive"), compared by what they share, add and leave out. Other claims agree when their normalised
 * values are equal. Claims are first compared within each scope (what the value covers: "talks", "talks and
 * dinner", "welcome"); values that differ only across scopes are explained by scope, not a conflict.
 */

export type Verdict = "CONSISTENT" | "EXPLAINED_BY_SCOPE" | "CONFLICT" | "DIFFERENT_WORDS";

/** Attributes whose values are sets of descriptors: the product's vocabulary, as "duration" is. */
const SET_VALUED = new Set(["characterisation", "attendees"]);

/** The descriptors of a set-valued claim: "candid, in-depth, and constructive" → candid, constructive, in-depth. */
export function descriptorsOf(claim: { value: string; normalized: string | null }): string[] {
  const words = (claim.normalized ?? claim.value)
    .toLowerCase()
    .split(/\s*(?:,|;|\band\b)\s*/)
    .map((word) => word.trim())
    .filter((word) => word.length > 0);
  return [...new Set(words)].sort();
}

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
  /** For set-valued claims: the descriptors its claims use, those beyond what every claim shares, and
   * those that other claims use and it leaves out. */
  descriptors: string[] | null;
  added: string[] | null;
  missing: string[] | null;
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
  /** For set-valued claims: the descriptors that every claim uses. */
  shared: string[] | null;
  /** The verdict in one sentence, with the values that decide it. */
  explanation: string;
}

const isNumeric = (claim: ComparableClaim) => claim.minValue !== null;
const upper = (value: number | null) => value ?? Number.POSITIVE_INFINITY;
const textOf = (claim: ComparableClaim) => (claim.normalized ?? claim.value).trim().toLowerCase();

const blank = <C>(): ClaimSide<C> => ({
  claims: [],
  min: null,
  max: null,
  value: null,
  scopes: [],
  descriptors: null,
  added: null,
  missing: null,
});

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
      current = { ...blank(), claims: [claim], min, max: claim.maxValue };
      result.push(current);
    }
  }
  const byText = new Map<string, C[]>();
  for (const claim of textual) byText.set(textOf(claim), [...(byText.get(textOf(claim)) ?? []), claim]);
  for (const [, members] of byText) {
    const first = members[0];
    if (first) result.push({ ...blank(), claims: members, value: first.normalized ?? first.value });
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
  const compared = SET_VALUED.has(attribute)
    ? compareSets(attribute, claims)
    : compareValues(attribute, claims);
  return { ...compared, explanation: explain(compared) };
}

/** Set-valued claims: sides of claims with the same descriptors, and what each adds to or leaves out of the rest. */
function compareSets<C extends ComparableClaim>(
  attribute: string,
  claims: C[],
): Omit<AttributeComparison<C>, "explanation"> {
  const setSides = (members: C[]): ClaimSide<C>[] => {
    const bySet = new Map<string, C[]>();
    for (const claim of members) {
      const key = descriptorsOf(claim).join("\u0000");
      bySet.set(key, [...(bySet.get(key) ?? []), claim]);
    }
    const all = [...new Set(members.flatMap(descriptorsOf))].sort();
    const shared = all.filter((word) => members.every((claim) => descriptorsOf(claim).includes(word)));
    return [...bySet.values()]
      .map((group) => {
        const descriptors = descriptorsOf(group[0] as C);
        return {
          ...blank<C>(),
          claims: group,
          value: (group[0] as C).normalized ?? (group[0] as C).value,
          scopes: [...new Set(group.map((claim) => claim.scope))],
          descriptors,
          added: descriptors.filter((word) => !shared.includes(word)),
          missing: all.filter((word) => !descriptors.includes(word)),
        };
      })
      .sort((a, b) => b.claims.length - a.claims.length || b.descriptors.length - a.descriptors.length);
  };
  const byScope = new Map<string | null, C[]>();
  for (const claim of claims) byScope.set(claim.scope, [...(byScope.get(claim.scope) ?? []), claim]);
  const scopes: ScopeComparison<C>[] = [...byScope].map(([scope, members]) => {
    const scopeSides = setSides(members);
    return { scope, verdict: scopeSides.length > 1 ? "DIFFERENT_WORDS" : "CONSISTENT", sides: scopeSides };
  });
  const all = setSides(claims);
  const shared = (all[0]?.descriptors ?? []).filter((word) =>
    claims.every((claim) => descriptorsOf(claim).includes(word)),
  );
  return {
    attribute,
    verdict: all.length <= 1 ? "CONSISTENT" : "DIFFERENT_WORDS",
    claims,
    scopes,
    sides: all,
    shared,
  };
}

function compareValues<C extends ComparableClaim>(
  attribute: string,
  claims: C[],
): Omit<AttributeComparison<C>, "explanation"> {
  const byScope = new Map<string | null, C[]>();
  for (const claim of claims) byScope.set(claim.scope, [...(byScope.get(claim.scope) ?? []), claim]);
  const scopes: ScopeComparison<C>[] = [...byScope].map(([scope, members]) => {
    const scopeSides = sides(members);
    return { scope, verdict: scopeSides.length > 1 ? "CONFLICT" : "CONSISTENT", sides: scopeSides };
  });

  const all = sides(claims);
  if (scopes.some((scope) => scope.verdict === "CONFLICT") || all.length <= 1) {
    const verdict = all.length <= 1 ? "CONSISTENT" : "CONFLICT";
    return { attribute, verdict, claims, scopes, sides: all, shared: null };
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
        shared: null,
      }
    : { attribute, verdict: "CONFLICT", claims, scopes, sides: all, shared: null };
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(Math.round(minutes % 60)).padStart(2, "0")}`;

/** A side's value in words: "330 minutes", "297–363 minutes", "12:00–17:59", "Diaoyutai State Guesthouse". */
function inWords<C extends ComparableClaim>(side: ClaimSide<C>): string {
  if (side.descriptors) return `“${side.descriptors.join(", ")}”`;
  if (side.value !== null) return `“${side.value}”`;
  const unit = (side.claims[0] as (C & { unit?: string | null }) | undefined)?.unit ?? null;
  const min = side.min ?? 0;
  if (unit === "minute of day")
    return side.max === null ? `from ${clock(min)}` : `${clock(min)}–${clock(side.max)}`;
  const number = (value: number) => String(Math.round(value * 100) / 100);
  const units = unit ? ` ${unit}${unit.endsWith("s") || (min === side.max && min === 1) ? "" : "s"}` : "";
  if (side.max === null) return `at least ${number(min)}${units}`;
  return min === side.max ? `${number(min)}${units}` : `${number(min)}–${number(side.max)}${units}`;
}

const claimsWord = (count: number) => (count === 1 ? "1 claim" : `${count} claims`);
const scopeName = (scope: string | null) => (scope === null ? "no stated scope" : scope);
const listed = (words: string[]) =>
  words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;

/** The verdict in one sentence, naming the values (and scopes) that decide it. */
function explain<C extends ComparableClaim>(comparison: Omit<AttributeComparison<C>, "explanation">): string {
  const { verdict, claims, scopes, sides: all, shared } = comparison;
  if (verdict === "DIFFERENT_WORDS") {
    const extra = [...new Set(all.flatMap((side) => side.added ?? []))];
    return shared && shared.length > 0
      ? `Every claim uses ${listed(shared.map((word) => `“${word}”`))}; ${listed(extra.map((word) => `“${word}”`))} ${extra.length === 1 ? "is" : "are"} used by some only.`
      : `The claims share no descriptor: ${all.map(inWords).join(" / ")}.`;
  }
  if (verdict === "CONSISTENT") {
    const [side] = all;
    if (!side) return "No claims.";
    return claims.length === 1
      ? `One claim: ${inWords(side)}${side.scopes[0] ? ` (${side.scopes[0]})` : ""}.`
      : `${claims.length === 2 ? "Both claims" : `All ${claimsWord(claims.length)}`} allow ${inWords(side)}.`;
  }
  if (verdict === "EXPLAINED_BY_SCOPE") {
    const parts = scopes.map((scope) => `${scopeName(scope.scope)} ${scope.sides.map(inWords).join(" or ")}`);
    return `The values differ only between scopes: ${parts.join("; ")}.`;
  }
  const clash = scopes.find((scope) => scope.verdict === "CONFLICT");
  return clash
    ? `Claims about ${scopeName(clash.scope)} exclude each other: ${clash.sides.map(inWords).join(" vs ")}.`
    : `Claims exclude each other: ${all.map(inWords).join(" vs ")}.`;
}

/** Compares every attribute that the claims speak of, in the order they first appear. */
export function compareClaims<C extends ComparableClaim>(claims: C[]): AttributeComparison<C>[] {
  const byAttribute = new Map<string, C[]>();
  for (const claim of claims)
    byAttribute.set(claim.attribute, [...(byAttribute.get(claim.attribute) ?? []), claim]);
  return [...byAttribute].map(([attribute, members]) => compareAttribute(attribute, members));
}
