/**
 * Words that import reads from its reference files (packages/ingest/reference/*.yaml) rather than from code:
 * the calendar shared by segmentation, claims and sentence splitting, and cue lists of attribution. Texts
 * here are made up.
 */
import { extractCandidates, reference, segmentPage } from "@readout/ingest";
import { describe, expect, it } from "vitest";

const { outlets, vocabulary, page, calendar } = reference();
const known = outlets.map((o) => ({ name: o.name, aliases: o.aliases, country: o.country ?? null }));
const segment = (text: string) =>
  segmentPage(text, { outlets: known, vocabulary, page, capturedAt: null }).articles;

const BODY =
  "GENEVA — Envoys of Norland and Sudria met on Wednesday to reopen talks on sharing the waters of the Lake river. " +
  "The talks lasted two hours and both sides said they would meet again within a month to draft a common text.";

describe("the calendar", () => {
  it("names twelve months and seven days, with their short forms", () => {
    expect(calendar.months.map((m) => m.name)).toContain("September");
    expect(calendar.months.find((m) => m.name === "September")?.short).toEqual(["Sep", "Sept"]);
    expect(calendar.days).toHaveLength(7);
  });

  it("reads a date line that opens with a day's short form as the publication date", () => {
    const [article] = segment(
      `Norland and Sudria envoys reopen talks on river waters\nBy Jane Doe\nThurs. 5 March 2031\n\n${BODY}\n`,
    );
    expect(article?.publishedPrecision).toBe("DAY");
    expect(article?.publishedAt?.toISOString()).toBe("2031-03-05T00:00:00.000Z");
  });

  it("keeps a month's short form from ending a sentence, and a month from being a meeting's town", () => {
    const found = extractCandidates(
      "The envoys met in Geneva on Sept. 4 and agreed to meet again. They will meet in May to sign a text.",
      [],
      vocabulary,
      null,
    );
    const places = found
      .filter((c) => c.kind === "CLAIM" && c.data.attribute === "place")
      .map((c) => c.span.exact);
    expect(places).toEqual(["Geneva"]);
  });
});

describe("cue lists of attribution", () => {
  it("leaves a clause's opening connective out of its speaker", () => {
    const found = extractCandidates(
      "But the Sudrian envoy said the two sides had narrowed their differences on the river.",
      [],
      vocabulary,
      null,
    );
    const statement = found.find((c) => c.kind === "STATEMENT");
    expect(statement?.data.speakerLabel ?? statement?.data.speaker).toMatch(/^the Sudrian envoy$/i);
  });
});
