/**
 * The scoring behind `pnpm evaluate` (packages/ingest/src/evaluation.ts), on a tiny made-up dataset whose
 * stored side is written by hand: a right and a wrong outlet, a quote given to the wrong speaker, a
 * duplicate participant, an agreement of the wrong strength, a text that states no agreement, and event
 * links right and wrong. No database: the numbers are those of the rules alone.
 */
import { datasetSchema } from "@readout/db";
import { describe, expect, it } from "vitest";
import * as evaluation from "../../packages/ingest/src/evaluation.ts";

const { buildRegistry, goldTexts, precision, recall, sameDate, scoreEvents, scoreText, summarize } =
  evaluation;
type GoldText = evaluation.GoldText;
type StoredArticle = evaluation.StoredArticle;
type StoredCandidate = evaluation.StoredCandidate;

const SOURCE = [
  "Harbour talks end with a fishing deal",
  "Lakeside Wire",
  "By Ana Lind",
  "GENEVA - Norland and Sudria agreed to resume talks on fishing quotas after three hours of talks. " +
    '"We have opened a new chapter," said trade minister Eva Strand. ' +
    "Sudria's envoy Tomas Berg said that the talks had been useful.",
  "",
  "Ministers meet again",
  "Le Quotidien Mondial",
  "The ministers met again on Tuesday in Geneva. Berg told reporters that no deal was reached yet.",
  "",
].join("\n");

const dataset = datasetSchema.parse({
  version: 1,
  sources: [{ key: "page", file: "page.txt" }],
  outlets: [
    { key: "lakeside-wire", name: "Lakeside Wire", kind: "WIRE" },
    { key: "quotidien-mondial", name: "Le Quotidien Mondial", kind: "PRIVATE" },
  ],
  participants: [
    { key: "norland", name: "Norland", kind: "COUNTRY" },
    { key: "eva-strand", name: "Eva Strand", kind: "PERSON", aliases: ["Strand"] },
    { key: "tomas-berg", name: "Tomas Berg", kind: "PERSON", aliases: ["Berg"] },
  ],
  topics: [{ key: "tiny-fisheries", name: "Fisheries" }],
  events: [{ key: "harbour-talks", title: "Harbour talks", startPrecision: "DAY" }],
  articles: [
    {
      key: "deal",
      source: "page",
      outlet: "lakeside-wire",
      title: "Harbour talks end with a “fishing deal”",
      bodyStart: { exact: "GENEVA" },
      bodyEnd: { exact: "had been useful." },
      genre: "REPORT",
      publishedAt: "2031-03-04T23:30:00+01:00",
      publishedPrecision: "MINUTE",
      bylines: [{ name: "Ana Lind" }],
      events: ["harbour-talks"],
      mentions: [
        { participant: "norland", quote: { exact: "Norland" } },
        { participant: "eva-strand", quote: { exact: "Eva Strand" } },
        { participant: "tomas-berg", quote: { exact: "Tomas Berg" } },
      ],
      topics: [{ topic: "tiny-fisheries", quote: { exact: "fishing quotas" } }],
    },
    {
      key: "again",
      source: "page",
      outlet: "quotidien-mondial",
      title: "Ministers meet again",
      bodyStart: { exact: "The ministers met" },
      bodyEnd: { exact: "reached yet." },
      genre: "REPORT",
      publishedPrecision: "UNKNOWN",
      events: ["harbour-talks"],
      mentions: [{ participant: "tomas-berg", quote: { exact: "Berg" } }],
    },
  ],
  agreements: [
    {
      key: "quotas",
      event: "harbour-talks",
      summary: "Resume talks on fishing quotas",
      reports: [
        { article: "deal", strength: "AGREED", quote: { exact: "agreed to resume talks on fishing quotas" } },
      ],
    },
  ],
  statements: [
    {
      key: "chapter",
      article: "deal",
      speaker: "eva-strand",
      mode: "DIRECT",
      quote: { exact: '"We have opened a new chapter,"' },
    },
    {
      key: "useful",
      article: "deal",
      speaker: "tomas-berg",
      mode: "REPORTED",
      quote: { exact: "the talks had been useful" },
    },
    {
      key: "no-deal",
      article: "again",
      speaker: "tomas-berg",
      mode: "REPORTED",
      attribution: "told reporters",
      quote: { exact: "no deal was reached yet" },
    },
  ],
  claims: [
    {
      key: "three-hours",
      event: "harbour-talks",
      article: "deal",
      attribute: "duration",
      value: "three hours",
      scope: "talks",
      quote: { exact: "three hours" },
    },
  ],
});

const registry = buildRegistry([dataset]);
const countries = [...registry.participants.values()].filter((p) => p.kind === "COUNTRY");

function gold(): GoldText {
  const { texts, issues } = goldTexts(dataset, {
    name: "tiny",
    files: new Map([["page", "page.txt"]]),
    sourceText: () => SOURCE,
    registry,
  });
  expect(issues).toEqual([]);
  const [text] = texts;
  if (!text) throw new Error("no gold text");
  return text;
}

/** The source offsets of words (once in the source). */
const at = (exact: string) => {
  const start = SOURCE.indexOf(exact);
  if (start < 0 || SOURCE.indexOf(exact, start + 1) >= 0) throw new Error(`"${exact}" is not once in SOURCE`);
  return { start, end: start + exact.length };
};
const candidate = (kind: string, exact: string, data: Record<string, unknown>): StoredCandidate => ({
  kind,
  ...at(exact),
  participant: null,
  data,
});

/** What an import might store: the first body starts at its headline, the second outlet is unknown. */
function stored(options: { agreementInSecond: boolean }): StoredArticle[] {
  return [
    {
      id: "a1",
      start: 0,
      end: at("had been useful.").end,
      title: 'harbour talks end with a  "fishing deal"',
      outlet: { key: "lakeside-wire-2", name: "LAKESIDE WIRE" },
      genre: "REPORT",
      publishedAt: new Date("2031-03-04T22:30:00Z"),
      publishedPrecision: "MINUTE",
      bylines: ["Ana Lind"],
      events: [{ id: "e1", key: "proposed-1", existing: false }],
      candidates: [
        candidate("PARTICIPANT", "Norland", { name: "Norland", kind: "COUNTRY" }),
        candidate("PARTICIPANT", "Eva Strand", { name: "Eva Strand" }),
        // The same person a second time, under another name: one right, one wrong.
        { ...candidate("PARTICIPANT", "Strand.", { name: "Strand" }), end: at("Strand.").end - 1 },
        candidate("PARTICIPANT", "Tomas Berg", { name: "Tomas Berg" }),
        // The quote given to the wrong speaker.
        candidate("STATEMENT", '"We have opened a new chapter,"', { mode: "DIRECT", speaker: "Tomas Berg" }),
        candidate("STATEMENT", "the talks had been useful", { mode: "REPORTED", speaker: "Berg" }),
        candidate("AGREEMENT", "agreed to resume talks on fishing quotas", { strength: "WILL_WORK_TO" }),
        // A topic of the reference vocabulary, under the dataset's prefix in the gold; and a wrong one.
        candidate("TOPIC", "fishing quotas", { topic: "fisheries", name: "Fishing" }),
        candidate("TOPIC", "Harbour talks", { topic: "ports", name: "Ports" }),
        candidate("CLAIM", "three hours", {
          attribute: "duration",
          value: "three hours",
          normalized: "PT3H",
          scope: "talks",
        }),
      ],
    },
    {
      id: "a2",
      ...at(
        "Ministers meet again\nLe Quotidien Mondial\nThe ministers met again on Tuesday in Geneva. Berg told",
      ),
      end: SOURCE.length - 1,
      title: "Ministers meet again",
      outlet: { key: "unknown", name: "Unknown outlet" },
      genre: "REPORT",
      publishedAt: null,
      publishedPrecision: "UNKNOWN",
      bylines: [],
      events: [{ id: "e2", key: "proposed-2", existing: false }],
      candidates: [
        candidate("PARTICIPANT", "Berg told", { name: "Berg" }),
        // The right channel, but the words of the statement are missed: no match.
        candidate("STATEMENT", "The ministers met again", { mode: "REPORTED", channel: "told reporters" }),
        ...(options.agreementInSecond
          ? [candidate("AGREEMENT", "no deal was reached yet", { strength: "AGREED" })]
          : []),
      ],
    },
  ];
}

describe("scoring import against a curated dataset", () => {
  it("resolves gold facts to offsets in the source text", () => {
    const text = gold();
    expect(text.articles.map((a) => [a.key, a.start, a.end])).toEqual([
      ["deal", at("GENEVA").start, at("had been useful.").end],
      ["again", at("The ministers met").start, at("reached yet.").end],
    ]);
    const [deal] = text.articles;
    expect(deal?.participants.map((p) => p.key)).toEqual(["eva-strand", "tomas-berg"]);
    expect(deal?.claims[0]).toMatchObject({ ...at("three hours"), normalized: "PT3H", min: 180, max: 180 });
  });

  it("counts a wrong outlet, a wrong speaker, a duplicate person and a wrong strength", () => {
    const score = scoreText(gold(), stored({ agreementInSecond: true }), { countries, sourceText: SOURCE });
    expect(score.strayArticles).toBe(0);
    // What did not match is listed with its words, for tuning.
    expect(score.misses.filter((m) => m.kind === "quotes (speaker)")).toEqual([
      {
        kind: "quotes (speaker)",
        article: "deal",
        type: "missed",
        text: '"We have opened a new chapter,"',
        detail: { speaker: "Eva Strand", speakerLabel: null, mode: "DIRECT", attribution: null },
      },
      {
        kind: "quotes (speaker)",
        article: "deal",
        type: "wrong",
        text: '"We have opened a new chapter,"',
        detail: { mode: "DIRECT", speaker: "Tomas Berg" },
      },
      {
        kind: "quotes (speaker)",
        article: "again",
        type: "missed",
        text: "no deal was reached yet",
        detail: {
          speaker: "Tomas Berg",
          speakerLabel: null,
          mode: "REPORTED",
          attribution: "told reporters",
        },
      },
      {
        kind: "quotes (speaker)",
        article: "again",
        type: "wrong",
        text: "The ministers met again",
        detail: { mode: "REPORTED", channel: "told reporters" },
      },
    ]);
    expect(score.articles.map((a) => [a.key, a.storedId, a.outlet, a.headline, a.date, a.bylines])).toEqual([
      ["deal", "a1", true, true, true, true],
      ["again", "a2", false, true, true, true],
    ]);
    const { counts } = score;
    // Eva Strand found twice (once wrong), Tomas Berg, Berg in the second article; Norland left out.
    expect(counts.participants).toEqual({ gold: 3, found: 4, matchedGold: 3, matchedFound: 3 });
    expect(counts["quotes (span)"]).toEqual({ gold: 3, found: 3, matchedGold: 2, matchedFound: 2 });
    expect(counts["quotes (speaker)"]).toEqual({ gold: 3, found: 3, matchedGold: 1, matchedFound: 1 });
    expect(counts["quotes (mode)"]).toEqual({ gold: 3, found: 3, matchedGold: 2, matchedFound: 2 });
    expect(counts["quotes (channel)"]).toEqual({ gold: 1, found: 1, matchedGold: 0, matchedFound: 0 });
    expect(counts.agreements).toEqual({ gold: 1, found: 2, matchedGold: 1, matchedFound: 1 });
    expect(counts["agreement strength"]).toEqual({ gold: 1, found: 2, matchedGold: 0, matchedFound: 0 });
    expect(counts["durations (value+scope)"]).toEqual({ gold: 1, found: 1, matchedGold: 1, matchedFound: 1 });
    expect(counts.topics).toEqual({ gold: 1, found: 2, matchedGold: 1, matchedFound: 1 });
    expect(precision(counts["quotes (speaker)"])).toBeCloseTo(1 / 3);
    expect(recall(counts["quotes (speaker)"])).toBeCloseTo(1 / 3);

    const summary = summarize([score]);
    expect(summary.articles).toMatchObject({ gold: 2, found: 2, outlet: 1, headline: 2 });
    expect(summary.articles.dateStated).toEqual({ right: 1, of: 1 });
    expect(summary.noAgreement).toEqual({ right: 0, of: 1 });
    expect(
      summarize([scoreText(gold(), stored({ agreementInSecond: false }), { countries })]).noAgreement,
    ).toEqual({
      right: 1,
      of: 1,
    });
  });

  it("leaves out countries by a whole name only: an organisation named after one is scored", () => {
    const [first, second] = stored({ agreementInSecond: false }) as [StoredArticle, StoredArticle];
    const withAgency: StoredArticle = {
      ...first,
      candidates: [
        ...first.candidates,
        // A country under another of its spellings is still left out; an agency of it is a participant.
        candidate("PARTICIPANT", "Norland and", { name: "NORLAND", kind: "PERSON" }),
        candidate("PARTICIPANT", "Sudria agreed", { name: "Norland Fisheries Agency", kind: "ORGANIZATION" }),
      ],
    };
    const score = scoreText(gold(), [withAgency, second], { countries });
    expect(score.counts.participants).toEqual({ gold: 3, found: 5, matchedGold: 3, matchedFound: 3 });
  });

  it("finds nothing when import refused the text, and counts stray articles' facts as found", () => {
    const none = scoreText(gold(), [], { countries, error: "refused (NO_ARTICLES)" });
    expect(none.counts.participants).toEqual({ gold: 3, found: 0, matchedGold: 0, matchedFound: 0 });
    expect(none.articles.every((a) => a.storedId === null && !a.outlet)).toBe(true);
    const stray: StoredArticle = {
      ...(stored({ agreementInSecond: false })[1] as StoredArticle),
      id: "stray",
      start: SOURCE.length + 10,
      end: SOURCE.length + 20,
    };
    const score = scoreText(gold(), [stray], { countries });
    expect(score.strayArticles).toBe(1);
    expect(score.counts.participants).toEqual({ gold: 3, found: 1, matchedGold: 0, matchedFound: 0 });
  });

  it("compares a duration's value by its length, however it is written", () => {
    const gold = { normalized: "PT24H", min: 24, max: 24 } as Parameters<typeof evaluation.sameDuration>[0];
    expect(evaluation.sameDuration(gold, { value: "24-hour", normalized: "P1D", min: 1440, max: 1440 })).toBe(
      true,
    );
    expect(evaluation.sameDuration(gold, { value: "two-day", normalized: "P2D", min: 2880, max: 2880 })).toBe(
      false,
    );
  });

  it("compares a duration's scope by its kind, a meal apart", () => {
    const same = (a: string, b: string) => evaluation.scopeWords(a) === evaluation.scopeWords(b);
    expect(same("meeting", "talks")).toBe(true);
    expect(same("one-on-one talks", "summit")).toBe(true);
    expect(same("working visit", "trip")).toBe(true);
    expect(same("dinner and talks", "meeting and dinner")).toBe(true);
    expect(same("talks and dinner", "talks")).toBe(false);
    expect(same("visit", "talks")).toBe(false);
    expect(same("dinner", "lunch")).toBe(false);
  });

  it("compares speaker labels and channels by their words", () => {
    expect(evaluation.sameWords("Some experts", "Some Chinese experts")).toBe(true);
    expect(evaluation.sameWords("told reporters", "he told reporters on Monday")).toBe(true);
    expect(evaluation.sameWords("the two leaders", "Both leaders")).toBe(true);
    expect(evaluation.sameWords("the two leaders", "the two ministers")).toBe(false);
    expect(evaluation.sameWords("a readout issued by the Chinese Foreign Ministry", "told reporters")).toBe(
      false,
    );
  });

  it("reads a stated date in its own zone, and wants none where none is stated", () => {
    const stated = { publishedAt: "2031-03-04T23:30:00+01:00", publishedPrecision: "MINUTE" };
    expect(
      sameDate(stated, { publishedAt: new Date("2031-03-04T22:00:00Z"), publishedPrecision: "MINUTE" }),
    ).toBe(true);
    expect(
      sameDate(stated, { publishedAt: new Date("2031-03-05T00:30:00Z"), publishedPrecision: "DAY" }),
    ).toBe(false);
    expect(
      sameDate(stated, { publishedAt: new Date("2031-03-04T23:00:00Z"), publishedPrecision: "MINUTE" }),
    ).toBe(false);
    // A date without a time of day, stored at midnight UTC.
    expect(
      sameDate(stated, { publishedAt: new Date("2031-03-04T00:00:00Z"), publishedPrecision: "DAY" }),
    ).toBe(true);
    expect(sameDate(stated, { publishedAt: null, publishedPrecision: "UNKNOWN" })).toBe(false);
    const unstated = { publishedAt: null, publishedPrecision: "UNKNOWN" };
    expect(sameDate(unstated, { publishedAt: new Date(), publishedPrecision: "RELATIVE" })).toBe(true);
    // A capture or posting date taken as the publication date of a text that states none is wrong.
    expect(sameDate(unstated, { publishedAt: new Date(), publishedPrecision: "MINUTE" })).toBe(false);
  });

  it("scores event links: an existing event, and the clustering of new ones", () => {
    const existingKeys = new Set(["seeded"]);
    const item = (article: string, goldKey: string, id: string, key = id, existing = false) => ({
      group: "g",
      article,
      gold: [goldKey],
      linked: [{ id, key, existing }],
      existingKeys,
    });
    // Three articles of one meeting share a new event, a fourth got another: three right.
    const apart = scoreEvents([
      item("a", "harbour-talks", "e1"),
      item("b", "harbour-talks", "e2"),
      item("b2", "harbour-talks", "e2"),
      item("b3", "harbour-talks", "e2"),
      item("c", "seeded", "s", "seeded", true),
    ]);
    expect(apart).toMatchObject({
      articles: 5,
      right: 4,
      exactlyOne: 5,
      pairs: { gold: 6, found: 3, both: 3 },
    });
    expect(apart.byArticle.get("g\u0000a")).toBe(false);
    const together = scoreEvents([
      item("a", "harbour-talks", "e1"),
      item("b", "harbour-talks", "e1"),
      // Linked to a new event although its meeting is stored: wrong.
      item("c", "seeded", "e3"),
      { ...item("d", "other", "e1"), linked: [] },
    ]);
    expect(together).toMatchObject({
      articles: 4,
      right: 2,
      exactlyOne: 3,
      pairs: { gold: 1, found: 1, both: 1 },
    });
    // An account of a visit that covers two meetings, linked to the stored one: right; linked to a new
    // event shared with an article of another meeting: wrong.
    const visit = scoreEvents([
      { ...item("visit", "seeded", "s", "seeded", true), gold: ["seeded", "dinner"] },
      { ...item("tour", "seeded", "e1"), gold: ["dinner", "tour"] },
      item("other", "elsewhere", "e1"),
    ]);
    expect([...visit.byArticle.values()]).toEqual([true, false, false]);
  });
});
