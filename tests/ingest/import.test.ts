import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadDatasetFile, SEED_DATASET, sliceCodePoints } from "@readout/db";
import { importPage, pageJobId, prepareImport, unwrapLines } from "@readout/ingest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, type TestDb, tableCounts } from "../kit/database.ts";

const SEED_PAGE = path.join(path.dirname(SEED_DATASET), "source.txt");
const OTHER = path.resolve(import.meta.dirname, "../fixtures/2031-03-04-norland-sudria-geneva");

let db: TestDb;
let curated: TestDb;
beforeAll(async () => {
  db = await openTestDb();
  curated = await openTestDb({ seed: true });
});
afterAll(async () => {
  await db?.close();
  await curated?.close();
});

const articlesOf = (documentId: string) =>
  db.prisma.article.findMany({
    where: { sourceDocumentId: documentId },
    include: { outlet: true, bylines: { orderBy: { position: "asc" } } },
    orderBy: { sourceStart: "asc" },
  });

describe("the start-up of an import process", () => {
  it("loads what extraction needs and rehearses an import without storing anything", async () => {
    const before = await tableCounts(curated);
    expect(await prepareImport(curated.prisma, { rehearse: true })).toBe(true);
    expect(await prepareImport(curated.prisma)).toBe(true);
    expect(await tableCounts(curated)).toEqual(before);
  });
});

describe("importing the seed page", () => {
  it("yields exactly its four articles, with outlets, headlines, bylines and publication times", async () => {
    const result = await importPage(db.prisma, {
      content: await readFile(SEED_PAGE, "utf8"),
      fileName: "seed.txt",
    });
    expect(result.created).toBe(true);
    const articles = await articlesOf(result.documentId);
    expect(
      articles.map((a) => ({
        title: a.title,
        outlet: a.outlet.name,
        bylines: a.bylines.map((b) => [b.name, b.isStaff, b.place]),
        publishedAt: a.publishedAt?.toISOString() ?? null,
        precision: a.publishedPrecision,
        genre: a.genre,
      })),
    ).toEqual([
      {
        title: "From media coverage so far, Blinken’s first day in Beijing was good and productive",
        outlet: "US-China Energy Industry Forum",
        bylines: [["Prof. ST Hsieh", false, null]],
        publishedAt: "2023-06-18T00:00:00.000Z",
        precision: "DAY",
        genre: "OPINION",
      },
      {
        title: "Qin, Blinken conclude a ‘long candid, in-depth, and constructive’ talk",
        outlet: "Global Times",
        bylines: [["GT staff reporters", true, null]],
        publishedAt: "2023-06-18T14:51:00.000Z",
        precision: "MINUTE",
        genre: "REPORT",
      },
      {
        title: "US Secretary of State, Chinese counterpart agree on continued dialogue",
        outlet: "NHK",
        bylines: [],
        publishedAt: null,
        precision: "RELATIVE",
        genre: "REPORT",
      },
      {
        title: "Antony Blinken hails ‘candid’ talks on high stakes China trip",
        outlet: "BBC News",
        bylines: [
          ["Anthony Zurcher", false, "Beijing"],
          ["Antoinette Radford", false, "London"],
        ],
        publishedAt: null,
        precision: "UNKNOWN",
        genre: "REPORT",
      },
    ]);
    // The bodies are the ones curators cut from the page, noise left out, character for character.
    const curatedBodies = (await curated.prisma.article.findMany({ orderBy: { sourceStart: "asc" } })).map(
      (a) => a.body,
    );
    expect(articles.map((a) => a.body)).toEqual(curatedBodies);
    const document = await db.prisma.sourceDocument.findUniqueOrThrow({ where: { id: result.documentId } });
    expect(document.capturedAt?.toISOString().slice(0, 10)).toBe("2024-04-22");
    for (const article of articles)
      expect(sliceCodePoints(document.text, article.sourceStart, article.sourceEnd)).toBe(article.body);
  });

  it("reads a relative time against the capture time when one is given", async () => {
    const page = await readFile(SEED_PAGE, "utf8");
    const capturedAt = new Date("2023-06-18T16:00:00Z");
    const other = await openTestDb();
    try {
      const result = await importPage(other.prisma, { content: page, capturedAt });
      const nhk = (
        await other.prisma.article.findMany({
          where: { sourceDocumentId: result.documentId },
          include: { outlet: true },
        })
      ).find((a) => a.outlet.name === "NHK");
      expect(nhk).toMatchObject({
        publishedPrecision: "RELATIVE",
        publishedText: "4 hours ago",
        publishedAt: new Date("2023-06-18T12:00:00Z"),
      });
    } finally {
      await other.close();
    }
  });

  it("stores candidates with evidence that slices to their words", async () => {
    const candidates = await db.prisma.candidate.findMany({
      include: { evidence: true, article: { select: { body: true } } },
    });
    // OUTLET: the commentary's forum is in no reference list, so it is a proposed outlet for curators.
    expect(new Set(candidates.map((c) => c.kind))).toEqual(
      new Set(["PARTICIPANT", "ROLE", "STATEMENT", "CLAIM", "AGREEMENT", "TOPIC", "OUTLET"]),
    );
    for (const candidate of candidates) {
      expect(candidate.status).toBe("EXTRACTED");
      expect(sliceCodePoints(candidate.article.body, candidate.evidence.start, candidate.evidence.end)).toBe(
        candidate.evidence.exact,
      );
    }
    const durations = candidates.filter(
      (c) => c.kind === "CLAIM" && (c.data as { attribute: string }).attribute === "duration",
    );
    expect(durations.map((c) => c.evidence.exact)).toEqual(
      expect.arrayContaining(["about five and half hour", "nearly six-hour", "seven-and-a-half-hour"]),
    );
  });

  it("changes nothing when the same text comes again, under any file name", async () => {
    const before = await tableCounts(db);
    const again = await importPage(db.prisma, {
      content: await readFile(SEED_PAGE, "utf8"),
      fileName: "renamed.txt",
    });
    expect(again.created).toBe(false);
    expect(await tableCounts(db)).toEqual(before);
  });
});

describe("importing coverage of another meeting", () => {
  it("splits a page with a wire story, a foreign-language paper and a government readout", async () => {
    const result = await importPage(db.prisma, {
      content: await readFile(path.join(OTHER, "page.txt"), "utf8"),
    });
    const articles = await articlesOf(result.documentId);
    // Outlets new to the database, of no known country: a clock time without its zone ("4 March 2031,
    // 16:20") states the day, not the moment.
    expect(articles.map((a) => [a.outlet.name, a.genre, a.publishedPrecision])).toEqual([
      ["Lakeside Wire", "REPORT", "DAY"],
      ["Le Quotidien du Soir", "REPORT", "DAY"],
      ["Ministry of Trade of Norland", "READOUT", "DAY"],
      ["Lakeside Wire", "REPORT", "DAY"],
    ]);
    expect(articles[0]?.bylines.map((b) => [b.name, b.place])).toEqual([["Mara Keller", "Geneva"]]);
    expect(articles[0]?.outlet.kind).toBe("UNKNOWN");
    // Same words as the hand-curated dataset of this meeting.
    const other = await openTestDb();
    try {
      await loadDatasetFile(other.prisma, path.join(OTHER, "dataset.yaml"));
      const bodies = (await other.prisma.article.findMany({ orderBy: { sourceStart: "asc" } })).map(
        (a) => a.body,
      );
      expect(articles.map((a) => a.body)).toEqual(bodies);
    } finally {
      await other.close();
    }
  });

  it("dates the meeting by the story's words, not by the date in its dateline", async () => {
    // The days the date claims of an article give the meeting.
    const meetingDays = async (articleId: string | undefined) =>
      (await db.prisma.candidate.findMany({ where: { articleId, kind: "CLAIM" } }))
        .map((c) => c.data as { attribute?: string; normalized?: string })
        .filter((data) => data.attribute === "date")
        .map((data) => data.normalized);
    const result = await importPage(db.prisma, {
      content: [
        "No agreement reached at Lindby talks on the river",
        "LINDBY (UrduPoint News / Sputnik - 04th March, 2031) Norland's President Ada Lind said she had not reached an agreement at talks in Lindby with Boris Kovac on Monday.",
        "The talks lasted five hours, Lind said.",
      ].join("\n\n"),
    });
    const [article] = await articlesOf(result.documentId);
    expect(article?.publishedAt?.toISOString().slice(0, 10)).toBe("2031-03-04");
    expect(await meetingDays(article?.id)).toEqual(["2031-03-03"]);
    // Nor by "now", the time of writing.
    const now = await importPage(db.prisma, {
      content: [
        "Norland's premier visits Sudria",
        "2031-03-05",
        "Norland's Prime Minister Ada Lind is now in Sudria for her first official visit. Lind on Tuesday met with her Sudrian counterpart Boris Kovac and both sides discussed trade.",
      ].join("\n\n"),
    });
    const [visit] = await articlesOf(now.documentId);
    expect(await meetingDays(visit?.id)).toEqual(["2031-03-04"]);
  });

  it("gives a readout's statements the readout as their channel, and a report's none", async () => {
    const statementsOf = async (content: string) => {
      const result = await importPage(db.prisma, { content });
      const [article] = await articlesOf(result.documentId);
      const found = await db.prisma.candidate.findMany({
        where: { articleId: article?.id, kind: "STATEMENT" },
        include: { evidence: true },
      });
      return { genre: article?.genre, found };
    };
    const joint = await statementsOf(
      [
        "Joint Statement of Norland and Sudria on River Cooperation",
        "Ministry of Foreign Affairs of Norland — 5 May 2031",
        "Foreign Minister Ada Lind and Foreign Minister Boris Kovac met in Lindby on 5 May. Minister Lind stressed the importance of clean water for both peoples. Minister Kovac told reporters that the commission would meet again in June.",
      ].join("\n\n"),
    );
    expect(joint.genre).toBe("READOUT");
    const channelAt = (found: typeof joint.found, words: string) =>
      (found.find((c) => c.evidence.exact.includes(words))?.data as { channel?: string } | undefined)
        ?.channel;
    // (Also as the attribution that confirming the candidate stores.)
    expect(joint.found.find((c) => c.evidence.exact.includes("clean water"))?.data).toMatchObject({
      channel: "Ministry of Foreign Affairs of Norland joint statement",
      attribution: "Ministry of Foreign Affairs of Norland joint statement",
    });
    // (A channel the text names stays the statement's own.)
    expect(channelAt(joint.found, "meet again")).toMatch(/told reporters/);
    const report = await statementsOf(
      [
        "Norland and Sudria ministers meet on river",
        "Lakeside Wire — 5 May 2031",
        "Foreign Minister Ada Lind met Foreign Minister Boris Kovac in Lindby on 5 May. Minister Lind stressed the importance of clean water for both peoples.",
      ].join("\n\n"),
    );
    expect(report.genre).toBe("REPORT");
    expect(channelAt(report.found, "clean water")).toBeNull();
  });

  it("reads an HTML page the same way, its markup left out", async () => {
    const html = `<!doctype html><html><body><nav>Home | World | Subscribe</nav><article>
      <h1>Envoys of Norland and Sudria resume talks on river water</h1>
      <p>Lakeside Wire — 9 April 2031, 10:00</p>
      <p>Envoys of Norland and Sudria agreed on Wednesday to resume talks on sharing river water, after a meeting that lasted nearly two hours.</p>
      <p>"We have a basis to work on," the Sudrian envoy said.</p>
      </article><footer><p>Leave a Reply</p></footer></body></html>`;
    const result = await importPage(db.prisma, { content: html, mediaType: "text/html" });
    const [article] = await articlesOf(result.documentId);
    expect(article?.title).toBe("Envoys of Norland and Sudria resume talks on river water");
    expect(article?.body).toMatch(/^Envoys of Norland and Sudria agreed on Wednesday/);
    expect(article?.body).not.toMatch(/<|Leave a Reply|Subscribe/);
    expect(result.candidates.CLAIM).toBeGreaterThan(0);
  });
});

describe("a hard-wrapped capture", () => {
  // Every line cut at 72 characters, as plain-text archives print a wire story.
  const wrap = (paragraph: string) => {
    const lines: string[] = [];
    for (const word of paragraph.split(" ")) {
      const last = lines.at(-1);
      if (last !== undefined && last.length + 1 + word.length <= 72)
        lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
    }
    return lines.join("\n");
  };
  const wrapped = [
    wrap("Norland's president welcomes the Sudrian envoy to the capital as the river talks begin"),
    "[June 18, 2031]",
    "By LENA MARSH and TOMAS WREN",
    wrap(
      "PORT HALDEN, Norland (AP) — Norland President Hana Velkova opened two days of talks with Sudrian envoy Tomas Orrin on Tuesday, welcoming him at the airport before the two retreated to the palace for a working lunch.",
    ),
    wrap(
      "“When our two countries join forces, very good things happen — more often than not, great things happen,” Velkova said at the start of the talks, which covered the river, the border crossings and trade in grain.",
    ),
    wrap(
      "Orrin said the envoy's visit was the first by a Sudrian official in over a decade, and that both sides hoped to sign an agreement on the river by the end of the year, when the two leaders are due to meet again in Lindby.",
    ),
  ].join("\n");

  it("reads its headline, date line and sentences across the breaks, every offset kept", async () => {
    expect(unwrapLines(wrapped)).toContain("as the river talks begin\n[June 18, 2031]\nBy LENA MARSH");
    // A break written "\r\n" becomes two spaces; a transcript's turn after a full line keeps its break.
    const crlf = wrapped.replaceAll("\n", "\r\n");
    expect(unwrapLines(crlf)).toContain("as the  river talks begin\r\n[June 18, 2031]");
    expect(unwrapLines(crlf)).toContain("Velkova opened two  days of talks");
    const turns = [
      ...wrapped.split("\n").slice(3, 10),
      "HANA VELKOVA, PRESIDENT: Thank you all for coming to the palace today for these talks.",
    ].join("\n");
    expect(unwrapLines(turns)).toContain("\nHANA VELKOVA, PRESIDENT:");
    // Lines that are paragraphs of about the same length, each ending its sentence, keep their breaks.
    const paragraphs = Array.from(
      { length: 9 },
      (_, k) => `Velkova met Orrin for the ${k + 1}th time on the river, and both said the talks went well.`,
    ).join("\n");
    expect(unwrapLines(paragraphs)).toBe(paragraphs);
    // (The page is known by its text as captured: the hash of a capture imported before is the same.)
    expect(pageJobId(wrapped, "text/plain")).toBe(createHash("sha256").update(wrapped).digest("hex"));
    const result = await importPage(db.prisma, { content: wrapped, fileName: "wrapped.txt" });
    const [article] = await articlesOf(result.documentId);
    expect(article?.title).toBe(
      "Norland's president welcomes the Sudrian envoy to the capital as the river talks begin",
    );
    expect(article?.outlet.name).toBe("Associated Press");
    expect(article?.publishedAt?.toISOString().slice(0, 10)).toBe("2031-06-18");
    const candidates = await db.prisma.candidate.findMany({
      where: { articleId: article?.id, kind: "STATEMENT" },
      include: { evidence: true },
    });
    const quote = candidates.find((c) => c.evidence.exact.includes("join forces"));
    expect(quote?.data).toMatchObject({ speaker: "Hana Velkova" });
    expect(quote?.evidence.exact).toMatch(/great things happen,”$/u);
    for (const c of candidates)
      expect(sliceCodePoints(article?.body ?? "", c.evidence.start, c.evidence.end)).toBe(c.evidence.exact);
  });
});

describe("extraction on coverage of people it does not know", () => {
  it("finds names and roles that titles announce", async () => {
    const roles = await db.prisma.candidate.findMany({
      where: { kind: "ROLE" },
      include: { evidence: true },
    });
    expect(roles.map((role) => role.evidence.exact)).toEqual(
      expect.arrayContaining([
        "US Secretary of State Antony Blinken",
        "US President Joe Biden",
        "Chinese Foreign Minister Qin Gang",
      ]),
    );
  });
});

describe("page addresses", () => {
  const html = (canonical: string) =>
    `<!doctype html><html><head><title>Ministers meet in Oslo</title><link rel="canonical" href="${canonical}"></head><body><article><h1>Ministers meet in Oslo</h1><p>OSLO, 16 September 2031 — The two trade ministers agreed on Tuesday to meet again in December, officials said after the talks.</p></article></body></html>`;

  it("keeps a page's own address only when it is a web address", async () => {
    const unsafe = await importPage(db.prisma, { content: html("javascript:alert(document.domain)") });
    const stored = await db.prisma.article.findMany({
      where: { id: { in: unsafe.articleIds } },
      select: { url: true, sourceDocument: { select: { url: true } } },
    });
    expect(stored.length).toBeGreaterThan(0);
    for (const article of stored) {
      expect(article.url).toBeNull();
      expect(article.sourceDocument.url).toBeNull();
    }
  });

  it("reads a shared link or a redirect as the page it points to", async () => {
    const shared = await importPage(db.prisma, {
      content:
        "Ministers meet in Bergen\n\nBERGEN, 17 September 2031 — The two fisheries ministers agreed on Wednesday to meet again in January, officials said after the talks.\n",
      url: "https://share.example/?link=https://www.harbourwire.example/world/ministers-meet-in-bergen-4821&utm_source=app",
    });
    const stored = await db.prisma.article.findMany({
      where: { id: { in: shared.articleIds } },
      select: { url: true, outlet: { select: { name: true } } },
    });
    expect(stored[0]).toMatchObject({
      url: "https://www.harbourwire.example/world/ministers-meet-in-bergen-4821",
      outlet: { name: "Harbour Wire" },
    });
  });

  it("refuses an address given with the page that is not http or https, and stores nothing", async () => {
    const before = await tableCounts(db);
    await expect(
      importPage(db.prisma, { content: html("https://example.org/oslo"), url: "javascript:alert(1)" }),
    ).rejects.toMatchObject({ code: "METADATA" });
    expect(await tableCounts(db)).toEqual(before);
  });
});
