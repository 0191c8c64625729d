import path from "node:path";
import { loadDatasetFile, sliceCodePoints } from "@readout/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, type TestDb } from "../kit/database.ts";

let db: TestDb;
beforeAll(async () => {
  db = await openTestDb({ seed: true });
  // Walk the spans of the hand-written datasets too: a made-up meeting and its follow-up.
  for (const name of ["2031-03-04-norland-sudria-geneva", "2031-09-16-norland-sudria-oslo"]) {
    await loadDatasetFile(db.prisma, path.resolve(import.meta.dirname, "../fixtures", name, "dataset.yaml"));
  }
});
afterAll(() => db?.close());

describe("evidence spans", () => {
  it("every stored span equals the body slice it claims (checked in JavaScript)", async () => {
    const spans = await db.prisma.evidenceSpan.findMany({ include: { article: { select: { body: true } } } });
    expect(spans.length).toBeGreaterThan(40);
    for (const span of spans) {
      expect(sliceCodePoints(span.article.body, span.start, span.end)).toBe(span.exact);
      expect(
        sliceCodePoints(span.article.body, span.start - Array.from(span.prefix).length, span.start),
      ).toBe(span.prefix);
      expect(sliceCodePoints(span.article.body, span.end, span.end + Array.from(span.suffix).length)).toBe(
        span.suffix,
      );
    }
  });

  it("every stored span equals the body slice it claims (checked by PostgreSQL)", async () => {
    const [row] = await db.prisma.$queryRaw<{ total: bigint; mismatched: bigint }[]>`
      SELECT count(*) AS total,
             count(*) FILTER (WHERE substr(a."body", s."start" + 1, s."end" - s."start") <> s."exact") AS mismatched
      FROM "EvidenceSpan" s JOIN "Article" a ON a."id" = s."articleId"`;
    expect(Number(row?.total)).toBeGreaterThan(40);
    expect(Number(row?.mismatched)).toBe(0);
  });

  it("every fact points at a span of its own article: reports, statements, claims and topic passages", async () => {
    const [reports, statements, claims, topics] = await Promise.all([
      db.prisma.agreementReport.findMany({ include: { evidence: true } }),
      db.prisma.statement.findMany({ include: { evidence: true } }),
      db.prisma.claim.findMany({ include: { evidence: true } }),
      db.prisma.topicMention.findMany({ include: { evidence: true } }),
    ]);
    for (const fact of [...reports, ...statements, ...claims, ...topics]) {
      expect(fact.evidence.exact.length).toBeGreaterThan(0);
      expect(fact.evidence.articleId).toBe(fact.articleId);
    }
  });

  it("no passage reporting one agreement contains a passage reporting another (one span, one agreement)", async () => {
    const reports = await db.prisma.agreementReport.findMany({ include: { evidence: true } });
    expect(reports.length).toBeGreaterThan(10);
    const nested = reports.flatMap((outer) =>
      reports
        .filter(
          (inner) =>
            inner.agreementId !== outer.agreementId &&
            inner.articleId === outer.articleId &&
            outer.evidence.start <= inner.evidence.start &&
            inner.evidence.end <= outer.evidence.end,
        )
        .map((inner) => `“${outer.evidence.exact}” holds “${inner.evidence.exact}”`),
    );
    expect(nested).toEqual([]);
  });

  it("the database refuses a span that does not match its article body", async () => {
    const article = await db.prisma.article.findFirstOrThrow();
    const words = sliceCodePoints(article.body, 0, 10);
    await expect(
      db.prisma.evidenceSpan.create({
        data: { articleId: article.id, start: 1, end: 11, exact: words, prefix: "", suffix: "" },
      }),
    ).rejects.toThrow();
    await expect(
      db.prisma.evidenceSpan.create({
        data: { articleId: article.id, start: 0, end: 9, exact: words, prefix: "", suffix: "" },
      }),
    ).rejects.toThrow();
    const span = await db.prisma.evidenceSpan.create({
      data: { articleId: article.id, start: 0, end: 10, exact: words, prefix: "", suffix: "x" },
    });
    expect(span.exact).toBe(words);
    await db.prisma.evidenceSpan.delete({ where: { id: span.id } });
  });
});
