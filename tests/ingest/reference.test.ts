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

describe("a headline from the page's address", () => {
  const TRANSCRIPT = [
    "MINISTER LIND:  Good afternoon, everyone.  It is a pleasure to welcome Secretary Kovac to Norland.",
    "SECRETARY KOVAC:  Thank you, Ada.  We have a great deal to discuss about the river and the border.",
    "MINISTER LIND:  Thank you all.",
  ].join("\n");
  const segmentAt = (text: string, url: string | null) =>
    segmentPage(text, { outlets: known, vocabulary, page, capturedAt: null, url }).articles;

  it("rebuilds the headline a page without one spells in its address, with the page's capitals", () => {
    const [article] = segmentAt(
      TRANSCRIPT,
      "https://ministry.example/minister-lind-and-secretary-kovac-before-their-meeting-2/",
    );
    expect(article?.title).toBe("Minister Lind and Secretary Kovac Before Their Meeting");
    expect(article?.titleFromBody).toBe(false);
  });

  it("takes the words as the page prints them when it does, apostrophes and all", () => {
    const [article] = segmentAt(
      `Home › Releases › Minister Lind’s Meeting with Secretary Kovac of Sudria\n\n${BODY}`,
      "https://ministry.example/releases/minister-linds-meeting-with-secretary-kovac-of-sudria/",
    );
    expect(article?.title).toBe("Minister Lind’s Meeting with Secretary Kovac of Sudria");
  });

  it("leaves dates, counters and ids out, and reads no title from an address that spells none", () => {
    const [dated] = segmentAt(
      TRANSCRIPT,
      "https://ministry.example/remarks-march-4-2031-minister-lind-welcomes-secretary-kovac-march-4-2031/",
    );
    expect(dated?.title).toBe("Minister Lind Welcomes Secretary Kovac");
    // The words after the title's part: a mobile copy's "amp".
    const [amp] = segmentAt(
      TRANSCRIPT,
      "https://news.example/world/minister-lind-welcomes-secretary-kovac-to-norland/amp",
    );
    expect(amp?.title).toBe("Minister Lind Welcomes Secretary Kovac to Norland");
    const [id] = segmentAt(TRANSCRIPT, "https://news.example/a/7358282.html");
    expect(id?.titleFromBody).toBe(true);
  });

  it("keeps a headline the page prints, whatever the address says", () => {
    const [article] = segmentAt(
      `Norland and Sudria envoys reopen talks on river waters\nBy Jane Doe\n5 March 2031\n\n${BODY}\n`,
      "https://news.example/world/envoys-meet-in-geneva-on-the-river/",
    );
    expect(article?.title).toBe("Norland and Sudria envoys reopen talks on river waters");
  });
});
