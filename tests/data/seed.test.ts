import { readFile } from "node:fs/promises";
import path from "node:path";
import { DatasetError, loadDataset, loadDatasetFile, SEED_DATASET, sliceCodePoints } from "@readout/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { openTestDb, type TestDb, tableCounts } from "../kit/database.ts";

let db: TestDb;
beforeAll(async () => {
  db = await openTestDb({ seed: true });
});
afterAll(() => db?.close());

const seedDir = path.dirname(SEED_DATASET);
type Entries = Record<string, unknown>[];
const seedData = async () =>
  parse(await readFile(SEED_DATASET, "utf8")) as Record<
    "outlets" | "articles" | "statements" | "claims",
    Entries
  >;

describe("the seed corpus", () => {
  it("holds the page's four articles from four outlets, with the page as their source", async () => {
    const articles = await db.prisma.article.findMany({ include: { outlet: true, sourceDocument: true } });
    expect(articles).toHaveLength(4);
    expect(new Set(articles.map((article) => article.outletId)).size).toBe(4);
    expect(new Set(articles.map((article) => article.sourceDocumentId)).size).toBe(1);
    const page = await readFile(path.join(seedDir, "source.txt"), "utf8");
    for (const article of articles) {
      expect(article.sourceDocument.text).toBe(page);
      // The body is the page's own text, character for character.
      expect(sliceCodePoints(page, article.sourceStart, article.sourceEnd)).toBe(article.body);
    }
  });

  it("keeps the publication times with their precision, and not the capture date", async () => {
    const byTitle = Object.fromEntries(
      (await db.prisma.article.findMany()).map((article) => [article.title.slice(0, 12), article]),
    );
    expect(byTitle["Qin, Blinken"]).toMatchObject({
      publishedPrecision: "MINUTE",
      publishedAt: new Date("2023-06-18T14:51:00Z"),
    });
    expect(byTitle["US Secretary"]).toMatchObject({ publishedPrecision: "RELATIVE", publishedAt: null });
    for (const article of Object.values(byTitle)) {
      expect(article.publishedAt?.getUTCFullYear() ?? 2023).toBe(2023);
    }
  });

  it("records at least five agreements, each reported with evidence", async () => {
    const agreements = await db.prisma.agreement.findMany({ include: { reports: true } });
    expect(agreements.length).toBeGreaterThanOrEqual(5);
    for (const agreement of agreements) expect(agreement.reports.length).toBeGreaterThan(0);
  });

  it("keeps page noise out of every article body", async () => {
    for (const article of await db.prisma.article.findMany()) {
      expect(article.body).not.toMatch(/email.protected|Leave a Reply|Apr 22nd, 2024/);
    }
  });
});

/** A stored span, proved against its article's body: the quoted words are the body's own characters. */
function proved(span: { start: number; end: number; exact: string; article: { key: string; body: string } }) {
  expect(sliceCodePoints(span.article.body, span.start, span.end)).toBe(span.exact);
  return { article: span.article.key, exact: span.exact };
}
const withBody = { evidence: { include: { article: { select: { key: true, body: true } } } } } as const;

describe("the seed's facts, as the careful reading corrected and completed them", () => {
  const report = async (agreement: string, exact: string) => {
    const reports = await db.prisma.agreementReport.findMany({
      where: { agreement: { key: agreement } },
      include: withBody,
    });
    const found = reports.find((r) => r.evidence.exact === exact);
    expect(found, `${agreement}: "${exact}"`).toBeDefined();
    proved(found?.evidence as never);
    return found;
  };

  it("grades a list item by its governing verb: welcoming visitors, under “agreeing to encourage … including”", async () => {
    const welcome = await report(
      "welcome-visitors",
      "welcoming more students, scholars, and businesspeople to visit each other’s country",
    );
    expect(welcome?.strength).toBe("WILL_WORK_TO");
    const body = welcome?.evidence.article.body ?? "";
    const governing = body.lastIndexOf("agreeing to encourage", body.indexOf(welcome?.evidence.exact ?? "-"));
    expect(body.slice(governing, body.indexOf(welcome?.evidence.exact ?? "-"))).toMatch(/including/);
    // The item's own verb lowers the grade when it is a word of the scale.
    expect(
      (await report("more-passenger-flights", "actively exploring the addition of passenger flights"))
        ?.strength,
    ).toBe("WILL_EXPLORE");
  });

  it("grades the Global Times' standard acceptance formula as the acceptance it is", async () => {
    const visit = await report(
      "qin-visit-to-us",
      "Blinken invited Qin to visit the US, and Qin expressed his willingness to visit the US when it is convenient for both parties.",
    );
    expect(visit?.strength).toBe("AGREED");
    const strengths = await db.prisma.agreementReport.findMany({
      where: { agreement: { key: "qin-visit-to-us" } },
      select: { strength: true },
    });
    expect(new Set(strengths.map((r) => r.strength))).toEqual(new Set(["AGREED"]));
  });

  it("gives every agreement passage a span of its own: the lead's four sectors are split", async () => {
    expect(
      (
        await report(
          "maintain-high-level-contacts",
          "making agreement on four sectors including maintaining high-level contacts",
        )
      )?.strength,
    ).toBe("AGREED");
    expect(
      (
        await report(
          "joint-working-group",
          "advancing the China-US joint working group to address specific issues",
        )
      )?.strength,
    ).toBe("AGREED");
    const reports = await db.prisma.agreementReport.findMany({ include: withBody });
    for (const a of reports)
      for (const b of reports) {
        if (a.agreementId === b.agreementId || a.articleId !== b.articleId) continue;
        // No passage of one agreement contains a passage of another.
        expect(
          a.evidence.start <= b.evidence.start && b.evidence.end <= a.evidence.end,
          a.evidence.exact,
        ).toBe(false);
      }
  });

  it("reads the experts' scare quote and the BBC's relayed translation as reported speech", async () => {
    const statements = await db.prisma.statement.findMany({
      where: { key: { in: ["gt-experts-gone-too-far", "bbc-qin-taiwan-risk"] } },
      include: withBody,
    });
    expect(statements.map((s) => [s.key, s.mode]).sort()).toEqual([
      ["bbc-qin-taiwan-risk", "REPORTED"],
      ["gt-experts-gone-too-far", "REPORTED"],
    ]);
    for (const statement of statements) proved(statement.evidence);
    // What stays direct is a whole sentence in quotation marks.
    for (const direct of await db.prisma.statement.findMany({
      where: { mode: "DIRECT" },
      include: withBody,
    })) {
      expect(proved(direct.evidence).exact).toMatch(/^[“"].*[”"]$/su);
    }
  });

  it("holds the facts the first reading missed, each on the words that carry it", async () => {
    const claims = await db.prisma.claim.findMany({ include: withBody, orderBy: { key: "asc" } });
    const claim = (key: string) => {
      const found = claims.find((c) => c.key === key);
      expect(found, key).toBeDefined();
      return {
        ...proved(found?.evidence as never),
        attribute: found?.attribute,
        scope: found?.scope,
        normalized: found?.normalized,
        min: found?.minValue,
        max: found?.maxValue,
      };
    };
    expect(claim("hsieh-arrival-place")).toEqual({
      article: "hsieh-blinken-first-day",
      exact: "the old Beijing Capital Airport",
      attribute: "place",
      scope: "arrival",
      normalized: "Beijing Capital International Airport",
      min: null,
      max: null,
    });
    expect(claim("hsieh-no-breakthroughs")).toMatchObject({
      exact: "There were no breakthroughs during the bilateral meeting",
      attribute: "outcome",
    });
    expect(claim("bbc-days-of-meetings")).toMatchObject({
      article: "bbc-blinken-hails-candid-talks",
      exact: "two days of meetings",
      attribute: "days",
      min: 2,
      max: 2,
    });
    expect(claim("gt-characterisation")).toMatchObject({
      article: "gt-qin-blinken-conclude-talk",
      exact: "candid, in-depth and constructive",
      attribute: "characterisation",
      normalized: "candid, in-depth, constructive",
    });
    const characterisations = claims.filter((c) => c.attribute === "characterisation");
    expect(characterisations.map((c) => [c.evidence.article.key, c.normalized]).sort()).toEqual([
      ["bbc-blinken-hails-candid-talks", "candid"],
      ["gt-qin-blinken-conclude-talk", "candid, in-depth, constructive"],
      ["hsieh-blinken-first-day", "candid, in-depth, constructive"],
      ["nhk-continued-dialogue", "candid, constructive"],
    ]);
    for (const c of characterisations) proved(c.evidence);

    const statements = await db.prisma.statement.findMany({
      where: {
        key: { in: ["bbc-chinese-officials-question-sincerity", "bbc-no-major-breakthrough-expected"] },
      },
      include: withBody,
      orderBy: { key: "asc" },
    });
    expect(statements.map((s) => [s.speakerLabel, s.mode, proved(s.evidence).exact])).toEqual([
      [
        "Chinese officials",
        "REPORTED",
        "questioning whether the US is sincere in its efforts to mend relations",
      ],
      ["both sides", "REPORTED", "both sides have made clear they do not expect any major breakthrough"],
    ]);

    const topics = await db.prisma.topicMention.findMany({
      where: { topic: { key: { in: ["us-2024-election", "china-core-interests"] } } },
      include: { topic: true, ...withBody },
    });
    expect(topics.map((t) => [t.topic.key, proved(t.evidence).exact]).sort()).toEqual([
      ["china-core-interests", "Core interests of China"],
      [
        "china-core-interests",
        "made clear demands on China’s core interests and major concerns including the Taiwan question",
      ],
      ["us-2024-election", "the US is already entering active 2024 general election season"],
    ]);
  });

  it("keeps the two State Department characterisations apart in their group's summary", async () => {
    const group = await db.prisma.statementGroup.findUniqueOrThrow({
      where: { key: "state-department-candid-talks" },
      include: { statements: { include: withBody } },
    });
    expect(group.summary).toMatch(/candid and constructive/);
    expect(group.statements.map((s) => proved(s.evidence).exact).join(" / ")).toMatch(
      /“candid” talks.*candid and constructive talks|candid and constructive talks.*“candid” talks/s,
    );
  });
});

describe("loading datasets", () => {
  it("adds nothing when the same dataset is loaded again", async () => {
    const before = await tableCounts(db);
    await loadDatasetFile(db.prisma, SEED_DATASET);
    expect(await tableCounts(db)).toEqual(before);
  });

  it("refuses a quote that is not in the article, names the entry and writes nothing", async () => {
    const data = await seedData();
    const statements = data.statements as { quote: { exact: string } }[];
    statements[2] = { ...statements[2], quote: { exact: "words no outlet printed" } } as never;
    (data.outlets as { name: string }[])[0] = { ...(data.outlets[0] as object), name: "Renamed" } as never;
    const before = await tableCounts(db);
    const error = await loadDataset(db.prisma, data, { baseDir: seedDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).code).toBe("INVALID_REFERENCES");
    expect((error as DatasetError).issues).toEqual([
      { path: "statements[2].quote", message: '"words no outlet printed" was not found' },
    ]);
    expect(await tableCounts(db)).toEqual(before);
    expect(await db.prisma.outlet.count({ where: { name: "Renamed" } })).toBe(0);
  });

  it("refuses an ambiguous quote and unknown references", async () => {
    const data = await seedData();
    const claims = data.claims as Record<string, unknown>[];
    claims[0] = { ...claims[0], quote: { exact: "Blinken" } };
    claims[1] = { ...claims[1], event: "no-such-event" };
    const error = (await loadDataset(db.prisma, data, { baseDir: seedDir }).catch(
      (e: unknown) => e,
    )) as DatasetError;
    expect(error.issues).toEqual(
      expect.arrayContaining([
        {
          path: "claims[0].quote",
          message: expect.stringMatching(/occurs \d+ times; add a prefix or suffix/),
        },
        { path: "claims[1].event", message: 'unknown event "no-such-event"' },
      ]),
    );
  });

  it("refuses offsets that do not hold the quoted words", async () => {
    const data = await seedData();
    const claims = data.claims as { quote: Record<string, unknown> }[];
    claims[0] = { ...claims[0], quote: { exact: "about five and half hour", start: 0, end: 24 } } as never;
    const error = (await loadDataset(db.prisma, data, { baseDir: seedDir }).catch(
      (e: unknown) => e,
    )) as DatasetError;
    expect(error.issues[0]?.path).toBe("claims[0].quote");
    expect(error.issues[0]?.message).toMatch(/offsets \[0, 24\) do not hold/);
  });

  it("reports format errors with the path of the bad entry", async () => {
    const data = await seedData();
    (data.outlets as Record<string, unknown>[])[1] = {
      ...(data.outlets[1] as object),
      kind: "TABLOID",
      country: "China",
    };
    const error = (await loadDataset(db.prisma, data, { baseDir: seedDir }).catch(
      (e: unknown) => e,
    )) as DatasetError;
    expect(error.code).toBe("INVALID_FORMAT");
    expect(error.issues.map((issue) => issue.path).sort()).toEqual(["outlets[1].country", "outlets[1].kind"]);
    expect(error.message).toContain("nothing was written");
  });

  it("refuses to change the body of a stored article, which its evidence points into", async () => {
    const data = await seedData();
    const articles = data.articles as Record<string, unknown>[];
    articles[0] = { ...articles[0], bodyEnd: { exact: "not fully eliminated." } };
    const error = (await loadDataset(db.prisma, data, { baseDir: seedDir }).catch(
      (e: unknown) => e,
    )) as DatasetError;
    expect(error.issues).toContainEqual({
      path: "articles[0]",
      message: expect.stringContaining("different body"),
    });
  });
});
