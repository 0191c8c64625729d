/**
 * Bulk import: folders walked in a stable order (hidden files skipped), web archives read record by
 * record, near-duplicate wire copies linked to the article they repeat, and a bad file refused by name
 * while the others are imported.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  fingerprintStoredArticles,
  importPage,
  jaccard,
  listInputs,
  shingles,
  warcPages,
  writeWarc,
} from "@readout/ingest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runReadout } from "../kit/cli.ts";
import { openTestDb, type TestDb, throwawayDatabase } from "../kit/database.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "readout-bulk-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const SENTENCES = [
  "The envoys of Norland and Sudria met in Geneva on Monday for talks on the shared river.",
  "Officials said the meeting lasted about four hours and ended with a working dinner.",
  "Norland's envoy Ivo Brandt said the two sides had agreed to set up a joint commission on water.",
  "Sudria's delegation described the talks as frank and constructive, a phrase its ministry uses often.",
  "Farmers on both banks have complained for years that the dams upstream hold back too much water.",
  "The commission is to report within six months on how the flow can be shared in dry summers.",
  "Analysts in both capitals cautioned that earlier rounds had raised hopes that came to nothing.",
  "A second round is planned for the autumn, the envoys told reporters after the meeting.",
  "Neither side gave details of the sums that a new treaty would commit to the river's upkeep.",
  "The talks were the first at this level since the border incident of last spring.",
];

/** A one-article page: headline, outlet line, body. */
const pageOf = (title: string, outlet: string, body: string) =>
  `${title}\n\n${outlet} — 4 March 2031\n\n${body}\n`;

describe("folders", () => {
  it("are walked recursively in a stable order, hidden files and folders and other files skipped", async () => {
    const root = path.join(dir, "walk");
    const files = ["b/2.txt", "b/10.html", "a.md", "c/d/e.htm", ".hidden.txt", ".git/x.txt", "notes.pdf"];
    for (const file of files) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), "x");
    }
    const inputs = await listInputs([root]);
    expect(inputs.map((input) => path.relative(root, input.path))).toEqual([
      "a.md",
      "b/10.html",
      "b/2.txt",
      "c/d/e.htm",
    ]);
  });

  it("import all their pages in that order through `readout import`, and a refused file does not stop the others", {
    timeout: 120_000,
  }, async () => {
    const root = path.join(dir, "pages");
    await mkdir(path.join(root, "nested", ".drafts"), { recursive: true });
    const pages: [string, string | Buffer][] = [
      ["one.txt", pageOf("Envoys meet in Geneva", "Lakeside Wire", SENTENCES.slice(0, 4).join(" "))],
      ["nested/two.txt", pageOf("River talks resume", "Valley Post", SENTENCES.slice(4, 8).join(" "))],
      ["nested/photo.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00])],
      ["nested/three.md", pageOf("A commission on water", "Hill Times", SENTENCES.slice(6).join(" "))],
      ["nested/.drafts/draft.txt", pageOf("Draft", "Lakeside Wire", "Not to be imported.")],
    ];
    for (const [file, content] of pages) await writeFile(path.join(root, file), content);
    const database = await throwawayDatabase();
    try {
      const lines = await runReadout(database.env, ["import", root]);
      expect(lines.code, lines.stderr).toBe(1);
      const order = [...lines.stdout.matchAll(/^\[(\d+)\/4\] (\S+?):/gm)].map((m) =>
        path.relative(root, m[2] ?? ""),
      );
      expect(order).toEqual(["nested/photo.txt", "nested/three.md", "nested/two.txt", "one.txt"]);
      expect(lines.stdout).toContain("4 file(s): 3 page(s) imported, 0 unchanged, 1 refused");

      const again = await runReadout(database.env, ["import", root, "--json"]);
      expect(again.code).toBe(1);
      const summary = JSON.parse(again.stdout);
      expect(summary).toMatchObject({ files: 4, pages: 4, created: 0, unchanged: 3 });
      expect(summary.failed).toEqual([
        expect.objectContaining({ file: path.join(root, "nested/photo.txt"), code: "BINARY" }),
      ]);
      expect(summary.startupSeconds).toBeGreaterThan(0);
      expect(summary.elapsedSeconds).toBeGreaterThan(0);
      expect(summary.pagesPerSecond).toBeGreaterThan(0);
    } finally {
      await database.drop();
    }
  });
});

describe("web archives", () => {
  const pages = [
    {
      url: "https://example.gov/readout-1",
      date: new Date("2031-03-04T18:30:00Z"),
      content: `<html><head><title>Envoys meet</title></head><body><h1>Envoys meet in Geneva</h1><p>Lakeside Wire — 4 March 2031</p><p>${SENTENCES.slice(0, 5).join(" ")}</p></body></html>`,
      contentType: "text/html; charset=utf-8",
    },
    {
      url: "https://example.gov/logo.png",
      date: new Date("2031-03-04T18:30:01Z"),
      content: new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      contentType: "image/png",
    },
    {
      url: "https://example.gov/gone",
      date: new Date("2031-03-04T18:30:02Z"),
      content: "<html><body>Not found</body></html>",
      contentType: "text/html",
      statusline: "HTTP/1.1 404 Not Found",
    },
    {
      url: "https://example.gov/readout-2.txt",
      date: new Date("2031-03-05T08:00:00Z"),
      content: pageOf("A commission on water", "Hill Times", SENTENCES.slice(5).join(" ")),
      contentType: "text/plain",
    },
  ];

  it("give one page per HTML or text response, with its URL and capture time", async () => {
    for (const gzip of [false, true]) {
      const file = path.join(dir, `pages.warc${gzip ? ".gz" : ""}`);
      await writeFile(file, await writeWarc(pages, { gzip }));
      const read = [];
      for await (const page of warcPages(file, 1_000_000)) read.push(page);
      expect(
        read.map((page) => [
          page.name,
          page.url,
          page.capturedAt?.toISOString(),
          "mediaType" in page ? page.mediaType : null,
        ]),
      ).toEqual([
        [`${file}#1`, "https://example.gov/readout-1", "2031-03-04T18:30:00.000Z", "text/html"],
        [`${file}#2`, "https://example.gov/readout-2.txt", "2031-03-05T08:00:00.000Z", "text/plain"],
      ]);
    }
  });

  it("take a record of a local file (a file:// target, as make-warc writes) as a page without an address", async () => {
    const file = path.join(dir, "local.warc");
    await writeFile(
      file,
      await writeWarc([
        {
          url: "file:///captures/readout-3.txt",
          date: new Date("2031-03-06T09:00:00Z"),
          content: pageOf("A third round in Geneva", "Hill Times", SENTENCES.slice(0, 3).join(" ")),
          contentType: "text/plain",
        },
      ]),
    );
    const read = [];
    for await (const page of warcPages(file, 1_000_000)) read.push(page);
    expect(read).toHaveLength(1);
    expect(read[0]).not.toHaveProperty("error");
    expect(read[0]?.url).toBeUndefined();
    expect("content" in (read[0] ?? {}) && read[0]?.content).toContain("A third round in Geneva");
  });

  it("are imported record by record, each page stored with its URL and capture time", {
    timeout: 120_000,
  }, async () => {
    const file = path.join(dir, "import.warc.gz");
    await writeFile(file, await writeWarc(pages, { gzip: true }));
    const damaged = path.join(dir, "damaged.warc");
    await writeFile(damaged, (await writeWarc(pages)).subarray(0, 700));
    const database = await throwawayDatabase();
    try {
      const { code, stdout, stderr } = await runReadout(database.env, ["import", file, damaged, "--json"]);
      expect(code, stderr).toBe(1);
      const summary = JSON.parse(stdout);
      expect(summary).toMatchObject({ files: 2, created: 2 });
      expect(summary.failed).toEqual([expect.objectContaining({ file: damaged, code: "WARC" })]);
      const db = await database.open();
      try {
        const documents = await db.prisma.sourceDocument.findMany({
          select: { url: true, capturedAt: true, fileName: true },
          orderBy: { url: "asc" },
        });
        expect(documents.map((d) => [d.url, d.capturedAt?.toISOString()])).toEqual([
          ["https://example.gov/readout-1", "2031-03-04T18:30:00.000Z"],
          ["https://example.gov/readout-2.txt", "2031-03-05T08:00:00.000Z"],
        ]);
      } finally {
        await db.close();
      }
    } finally {
      await database.drop();
    }
  });
});

describe("near-duplicates", () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb();
  });
  afterAll(() => db?.close());

  const original = SENTENCES.join(" ");
  // The same wire story, a few words changed by the outlet that republished it.
  const copy = original
    .replace("on Monday", "on Monday morning")
    .replace("about four hours", "nearly four hours")
    .replace("frank and constructive", "candid and constructive");

  it("are measured by the Jaccard similarity of word shingles", () => {
    expect(jaccard(shingles(original), shingles(copy))).toBeGreaterThan(0.8);
    expect(jaccard(shingles(original), shingles(SENTENCES.slice(0, 5).reverse().join(" ")))).toBeLessThan(
      0.8,
    );
  });

  it("link a near copy of a stored article to it, with the similarity, and not an unrelated article", async () => {
    const first = await importPage(db.prisma, {
      content: pageOf("Envoys meet in Geneva", "Lakeside Wire", original),
    });
    const second = await importPage(db.prisma, {
      content: pageOf("Envoys hold talks on river", "Valley Post", copy),
    });
    const unrelated = await importPage(db.prisma, {
      content: pageOf(
        "Harvest festival draws crowds",
        "Valley Post",
        "Thousands of visitors came to the harvest festival in the old town this weekend. Stalls sold apples, cheese and cider, and a brass band played in the square until late. The organisers said next year's festival would run for three days instead of two.",
      ),
    });
    const articles = await db.prisma.article.findMany({
      where: { id: { in: [...first.articleIds, ...second.articleIds, ...unrelated.articleIds] } },
      select: { id: true, duplicateOfId: true, duplicateSimilarity: true, body: true },
    });
    const byId = new Map(articles.map((a) => [a.id, a]));
    const [originalId] = first.articleIds;
    const [copyId] = second.articleIds;
    expect(byId.get(originalId as string)?.duplicateOfId).toBeNull();
    expect(byId.get(copyId as string)).toMatchObject({ duplicateOfId: originalId });
    expect(byId.get(copyId as string)?.duplicateSimilarity).toBeGreaterThanOrEqual(0.8);
    expect(byId.get(copyId as string)?.duplicateSimilarity).toBeLessThan(1);
    expect(second.duplicates).toEqual([
      {
        articleId: copyId,
        duplicateOfId: originalId,
        similarity: byId.get(copyId as string)?.duplicateSimilarity,
      },
    ]);
    for (const id of unrelated.articleIds) expect(byId.get(id)?.duplicateOfId).toBeNull();
    expect(unrelated.duplicates).toEqual([]);
  });

  it("are found among articles stored without bands once they are fingerprinted", async () => {
    const seeded = await openTestDb({ seed: true });
    try {
      expect(await fingerprintStoredArticles(seeded.prisma)).toBeGreaterThan(0);
      expect(await fingerprintStoredArticles(seeded.prisma)).toBe(0);
      const stored = await seeded.prisma.article.findFirstOrThrow({
        select: { id: true, body: true },
        orderBy: { body: "desc" },
      });
      const words = stored.body.split(" ");
      // One word in forty changed.
      const edited = words.map((word, i) => (i % 40 === 20 ? `${word}s` : word)).join(" ");
      const result = await importPage(seeded.prisma, {
        content: pageOf("A copy", "Copy Desk Daily", edited),
      });
      expect(result.duplicates?.map((d) => d.duplicateOfId)).toContain(stored.id);
    } finally {
      await seeded.close();
    }
  });
});
