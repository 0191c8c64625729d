/**
 * The comparison module on hand-made coverage of a meeting that is not in the seed: a trade envoys'
 * meeting in Geneva reported by four outlets.
 */
import { describe, expect, it } from "vitest";
import {
  compareAgreement,
  compareAttribute,
  compareClaims,
  parseDuration,
  summarizeCoverage,
} from "../src/index.ts";

function duration(id: string, outlet: string, value: string, scope: string | null) {
  const reading = parseDuration(value);
  if (!reading) throw new Error(`no duration in ${value}`);
  return {
    id,
    outlet,
    attribute: "duration",
    value,
    normalized: reading.iso,
    minValue: reading.min,
    maxValue: reading.max,
    scope,
  };
}

function place(id: string, outlet: string, value: string, normalized: string, scope: string | null = null) {
  return { id, outlet, attribute: "place", value, normalized, minValue: null, maxValue: null, scope };
}

describe("claim verdicts", () => {
  it("finds hedged values that share a value consistent", () => {
    const result = compareAttribute("duration", [
      duration("a", "wire", "about two hours", "talks"),
      duration("b", "paper", "nearly two hours", "talks"),
      duration("c", "broadcaster", "1 hour 50 minutes", "talks"),
    ]);
    expect(result.verdict).toBe("CONSISTENT");
    expect(result.sides).toHaveLength(1);
    // about two hours [108, 132] ∩ nearly two hours [108, 120] ∩ 1 hour 50 minutes [110, 110]
    expect(result.sides[0]).toMatchObject({ min: 110, max: 110 });
  });

  it("explains values that differ only by scope", () => {
    const result = compareAttribute("duration", [
      duration("a", "wire", "two hours", "talks"),
      duration("b", "paper", "about two hours", "talks"),
      duration("c", "broadcaster", "four-hour meeting including lunch", "talks and lunch"),
    ]);
    expect(result.verdict).toBe("EXPLAINED_BY_SCOPE");
    expect(result.scopes.map((scope) => [scope.scope, scope.verdict])).toEqual([
      ["talks", "CONSISTENT"],
      ["talks and lunch", "CONSISTENT"],
    ]);
    expect(result.sides.map((side) => side.claims.map((claim) => claim.id).sort())).toEqual([
      ["a", "b"],
      ["c"],
    ]);
  });

  it("reports values that exclude each other within one scope as a conflict, with its camps", () => {
    const result = compareAttribute("duration", [
      duration("a", "wire", "two hours", "talks"),
      duration("b", "paper", "about two hours", "talks"),
      duration("c", "broadcaster", "forty-five minutes", "talks"),
    ]);
    expect(result.verdict).toBe("CONFLICT");
    expect(result.scopes[0]?.verdict).toBe("CONFLICT");
    expect(result.sides.map((side) => side.claims.map((claim) => claim.id).sort())).toEqual([
      ["a", "b"],
      ["c"],
    ]);
  });

  it("lets a claim without a scope fit one that has one, and calls it a conflict when it fits none", () => {
    const fits = compareAttribute("duration", [
      duration("a", "wire", "two hours", "talks"),
      duration("b", "paper", "four hours", "talks and lunch"),
      duration("c", "blog", "over three and a half hours", null),
    ]);
    expect(fits.verdict).toBe("EXPLAINED_BY_SCOPE");
    const fitsNone = compareAttribute("duration", [
      duration("a", "wire", "two hours", "talks"),
      duration("b", "paper", "four hours", "talks and lunch"),
      duration("c", "blog", "ten hours", null),
    ]);
    expect(fitsNone.verdict).toBe("CONFLICT");
  });

  it("compares non-numeric claims by their normalised value", () => {
    const [placeResult] = compareClaims([
      place("a", "wire", "the Palais des Nations", "Palais des Nations, Geneva"),
      place("b", "paper", "Palais des Nations", "palais des nations, geneva"),
      place("c", "broadcaster", "a lakeside hotel", "Hotel du Lac, Geneva"),
    ]);
    expect(placeResult?.verdict).toBe("CONFLICT");
    expect(placeResult?.sides.map((side) => side.claims.length)).toEqual([2, 1]);
  });

  it("keeps attributes apart", () => {
    const results = compareClaims([
      duration("a", "wire", "two hours", "talks"),
      place("b", "paper", "Palais des Nations", "Palais des Nations, Geneva"),
    ]);
    expect(results.map((result) => [result.attribute, result.verdict])).toEqual([
      ["duration", "CONSISTENT"],
      ["place", "CONSISTENT"],
    ]);
  });
});

const outlet = (
  id: string,
  country: string,
  kind: "WIRE" | "PRIVATE" | "STATE_MEDIA",
  affiliation?: "STATE_CONTROLLED",
) => ({
  id,
  country,
  kind,
  affiliations: affiliation ? [{ affiliation, assertedOn: new Date("2030-01-01") }] : [],
});

describe("coverage", () => {
  it("groups articles by outlet, first publication first, and counts by kind, country and affiliation", () => {
    const wire = outlet("wire", "CH", "WIRE");
    const paper = outlet("paper", "FR", "PRIVATE");
    const state = outlet("state", "XX", "STATE_MEDIA", "STATE_CONTROLLED");
    const article = (id: string, o: typeof wire, at: string | null) => ({
      id,
      outletId: o.id,
      outlet: o,
      publishedAt: at ? new Date(at) : null,
      publishedPrecision: at ? ("MINUTE" as const) : ("UNKNOWN" as const),
    });
    const coverage = summarizeCoverage([
      article("p1", paper, "2031-03-02T09:00:00Z"),
      article("w2", wire, "2031-03-01T19:00:00Z"),
      article("w1", wire, "2031-03-01T18:00:00Z"),
      article("s1", state, null),
    ]);
    expect(coverage).toMatchObject({ articleCount: 4, outletCount: 3 });
    expect(coverage.outlets.map((o) => [o.outlet.id, o.articles.map((a) => a.id), o.first.id])).toEqual([
      ["wire", ["w1", "w2"], "w1"],
      ["paper", ["p1"], "p1"],
      ["state", ["s1"], "s1"],
    ]);
    expect(coverage.byKind).toEqual([
      { value: "WIRE", outlets: 1, articles: 2 },
      { value: "PRIVATE", outlets: 1, articles: 1 },
      { value: "STATE_MEDIA", outlets: 1, articles: 1 },
    ]);
    expect(coverage.byAffiliation).toContainEqual({ value: "STATE_CONTROLLED", outlets: 1, articles: 1 });
    expect(coverage.byAffiliation).toContainEqual({ value: null, outlets: 2, articles: 3 });
  });
});

describe("agreements across outlets", () => {
  const report = (outletId: string, strength: "AGREED" | "WILL_WORK_TO" | "WILL_EXPLORE" | "WELCOMED") => ({
    strength,
    article: { outletId },
  });

  it("ranks each outlet by its strongest wording and lists the silent ones", () => {
    const result = compareAgreement(
      [report("wire", "WILL_EXPLORE"), report("paper", "AGREED"), report("wire", "WELCOMED")],
      ["wire", "paper", "state", "wire"],
    );
    expect(result.outlets.map((o) => [o.outletId, o.strongest, o.reports.map((r) => r.strength)])).toEqual([
      ["paper", "AGREED", ["AGREED"]],
      ["wire", "WILL_EXPLORE", ["WILL_EXPLORE", "WELCOMED"]],
    ]);
    expect(result).toMatchObject({
      silentOutletIds: ["state"],
      strongest: "AGREED",
      weakest: "WELCOMED",
      strengthDiffers: true,
    });
  });

  it("does not call wording different when every outlet words it alike", () => {
    expect(compareAgreement([report("a", "AGREED"), report("b", "AGREED")], ["a", "b"]).strengthDiffers).toBe(
      false,
    );
  });
});
