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
