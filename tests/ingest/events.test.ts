/**
 * Event linking and meeting dates on import: articles of one meeting imported in separate calls end up on
 * one (proposed) event, an article about the seeded meeting links to the seed's event with a score and its
 * evidence, an article about another meeting does not, `--event` on a stored page attaches the event, and
 * relative dates read against the publication time, never the machine's clock.
 */
import { importPage } from "@readout/ingest";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { openTestDb, type TestDb } from "../kit/database.ts";

let db: TestDb;
let seeded: TestDb;
beforeAll(async () => {
  db = await openTestDb();
  seeded = await openTestDb({ seed: true });
});
afterAll(async () => {
  await db?.close();
  await seeded?.close();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A synthetic page: headline, outlet and date line, body. */
const page = (title: string, dateLine: string, ...paragraphs: string[]) =>
  `${title}\n\n${dateLine}\n\n${paragraphs.join("\n\n")}\n`;

const linksOf = (prisma: TestDb["prisma"], articleIds: string[]) =>
  prisma.articleEvent.findMany({
    where: { articleId: { in: articleIds } },
    include: { event: { include: { participants: { include: { participant: true } } } } },
  });

const dateClaims = (prisma: TestDb["prisma"], articleIds: string[]) =>
  prisma.candidate
    .findMany({ where: { articleId: { in: articleIds }, kind: "CLAIM" }, include: { evidence: true } })
    .then((rows) => rows.filter((c) => (c.data as { attribute?: string }).attribute === "date"));

describe("linking articles to events", () => {
  it("puts two articles of one meeting, imported in separate calls, on one proposed event", async () => {
    const first = await importPage(db.prisma, {
      content: page(
        "Valdor and Mirren hold first talks on fishing quotas",
        "Harbour Post — 12 May 2031, 18:05",
        "The foreign ministers of Estmark and Ostland, Anja Valdor and Piet Mirren, met in Rostavik on Monday for talks on fishing quotas.",
        "The two ministers agreed to meet again in the autumn, Valdor said after the meeting.",
      ),
    });
    const second = await importPage(db.prisma, {
      content: page(
        "Estmark, Ostland ministers discuss quotas",
        "Northern Ledger — 13 May 2031, 09:10",
        "Estmark's Foreign Minister Anja Valdor and Ostland's Foreign Minister Piet Mirren held talks in Rostavik on Monday, the first meeting of the two since the dispute began.",
        "Mirren told reporters the talks had been frank.",
      ),
    });
    const links = await linksOf(db.prisma, [...first.articleIds, ...second.articleIds]);
    expect(links).toHaveLength(2);
    const [a, b] = links;
    expect(a?.eventId).toBe(b?.eventId);
    expect(a?.event).toMatchObject({
      proposed: true,
      title: "Anja Valdor–Piet Mirren meeting, Rostavik",
      startsAt: new Date("2031-05-12T00:00:00Z"),
      startPrecision: "DAY",
    });
    expect(a?.event.participants.map((p) => p.participant.name).sort()).toEqual([
      "Anja Valdor",
      "Piet Mirren",
    ]);
    const later = links.find((l) => second.articleIds.includes(l.articleId));
    expect(later?.score).toBeGreaterThanOrEqual(0.9);
    expect(later?.evidence).toMatchObject({ people: { value: 1 }, place: { value: 1 }, date: { value: 1 } });
    // The people are proposed once, not once per article.
    expect(await db.prisma.participant.count({ where: { name: "Anja Valdor" } })).toBe(1);
  });

  it("links an article about the seeded meeting to the seed's event, with a score and evidence", async () => {
    const result = await importPage(seeded.prisma, {
      content: page(
        "Blinken and Qin agree to keep talking",
        "Harbour Post — 19 June 2023, 08:00",
        "US Secretary of State Antony Blinken and Chinese Foreign Minister Qin Gang met in Beijing on Sunday at the Diaoyutai State Guesthouse.",
        "Qin said relations were at their lowest point since they were established.",
      ),
    });
    const links = await linksOf(seeded.prisma, result.articleIds);
    expect(links.map((l) => l.event.key)).toEqual(["2023-06-18-blinken-qin-beijing"]);
    expect(links[0]?.score).toBeGreaterThanOrEqual(0.9);
    expect(links[0]?.evidence).toMatchObject({
      people: { value: 1 },
      place: { value: 1 },
      date: { value: 1, meeting: "2023-06-18", event: "2023-06-18" },
    });
  });

  it("does not link an article about another meeting of other people to it", async () => {
    const result = await importPage(seeded.prisma, {
      content: page(
        "Trade envoys of Norland and Sudria meet in Geneva",
        "Harbour Post — 4 March 2031, 17:00",
        "Norland's trade minister Ivo Brandt met Sudria's trade minister Lena Okafor in Geneva on Tuesday.",
      ),
    });
    const [link] = await linksOf(seeded.prisma, result.articleIds);
    expect(link?.event.key).not.toBe("2023-06-18-blinken-qin-beijing");
    expect(link?.event.proposed).toBe(true);
  });

  it("does not link the same people's later meeting elsewhere to the earlier event", async () => {
    const result = await importPage(seeded.prisma, {
      content: page(
        "Blinken and Qin meet again",
        "Harbour Post — 3 July 2023, 08:00",
        "Antony Blinken and Qin Gang met in Jakarta on Sunday on the sidelines of a regional forum.",
      ),
    });
    const [link] = await linksOf(seeded.prisma, result.articleIds);
    expect(link?.event.key).not.toBe("2023-06-18-blinken-qin-beijing");
    expect(link?.event.startsAt).toEqual(new Date("2023-07-02T00:00:00Z"));
  });
});

describe("linking undated articles", () => {
  // Pages with no date line: nothing dates them, so only their people and places can link them.
  const undated = (title: string, ...paragraphs: string[]) => `${title}\n\n${paragraphs.join("\n\n")}\n`;
  let fresh: TestDb;
  beforeAll(async () => {
    fresh = await openTestDb();
  });
  afterAll(async () => {
    await fresh?.close();
  });
  const eventOf = async (articleIds: string[]) => (await linksOf(fresh.prisma, articleIds))[0]?.event;

  it("does not join two undated articles on one person and a town alone", async () => {
    const first = await importPage(fresh.prisma, {
      content: undated(
        "Kestria's foreign minister opens ferry terminal",
        "Kestria's Foreign Minister Maren Holt met ferry workers in Lindby to open the new terminal, a project of ten years.",
      ),
    });
    const second = await importPage(fresh.prisma, {
      content: undated(
        "Holt speaks to shipping conference",
        "Foreign Minister Maren Holt held talks with shipping firms in Lindby and said the ports of Kestria would stay open.",
      ),
    });
    const [a, b] = [await eventOf(first.articleIds), await eventOf(second.articleIds)];
    expect(a?.proposed).toBe(true);
    expect(b?.id).not.toBe(a?.id);
  });

  it("does not link an article to another meeting of one of its people", async () => {
    const first = await importPage(fresh.prisma, {
      content: undated(
        "Holt and Varga hold talks in Lindby",
        "Kestria's Foreign Minister Maren Holt and Ostland's Foreign Minister Tibor Varga met in Lindby for talks on the strait.",
      ),
    });
    const second = await importPage(fresh.prisma, {
      content: undated(
        "Holt and Okonkwo hold talks in Lindby",
        "Kestria's Foreign Minister Maren Holt and Belmar's Foreign Minister Ada Okonkwo met in Lindby for talks on fisheries.",
      ),
    });
    const third = await importPage(fresh.prisma, {
      content: undated(
        "Holt, Varga agree to keep strait open",
        "Foreign Minister Maren Holt of Kestria and Foreign Minister Tibor Varga of Ostland held talks in Lindby and agreed to keep the strait open.",
      ),
    });
    const [a, b, c] = [
      await eventOf(first.articleIds),
      await eventOf(second.articleIds),
      await eventOf(third.articleIds),
    ];
    expect(b?.id).not.toBe(a?.id);
    // The same two people, in the same town: the same meeting.
    expect(c?.id).toBe(a?.id);
  });
});

describe("--event on a page stored already", () => {
  const content = page(
    "Valdor visits the harbour",
    "Harbour Post — 14 May 2031, 10:00",
    "Foreign Minister Anja Valdor toured the harbour of Rostavik on Wednesday.",
  );

  it("attaches the event to the page's articles and says so", async () => {
    const first = await importPage(db.prisma, { content });
    const event = await db.prisma.event.create({
      data: { key: "2031-05-14-harbour-tour", title: "Harbour tour", startPrecision: "DAY" },
    });
    const again = await importPage(db.prisma, { content, eventKey: event.key });
    expect(again).toMatchObject({ created: false, attached: true, articleIds: first.articleIds });
    const links = await linksOf(db.prisma, first.articleIds);
    expect(links.map((l) => l.event.key)).toEqual([event.key]);
    expect(links[0]?.evidence).toEqual({ given: true });
  });

  it("refuses an unknown event key, even when the page is unchanged", async () => {
    await expect(importPage(db.prisma, { content, eventKey: "no-such-event" })).rejects.toMatchObject({
      code: "UNKNOWN_EVENT",
    });
  });
});

describe("meeting dates", () => {
  it("reads 'today' against the publication time, whatever the machine's clock says", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2040-01-01T00:00:00Z"));
    const result = await importPage(db.prisma, {
      content: page(
        "Readout of the Minister's meeting with the Ostland envoy",
        "Ministry of Foreign Affairs of Estmark — 19 May 2031, 21:30",
        "Foreign Minister Anja Valdor met today with Ostland's envoy Karel Dunst to discuss fishing quotas.",
      ),
    });
    vi.useRealTimers();
    const [claim] = await dateClaims(db.prisma, result.articleIds);
    expect(claim?.evidence.exact).toBe("today");
    expect(claim?.data).toMatchObject({ attribute: "date", normalized: "2031-05-19" });
  });

  it("keeps a written-out meeting date in a text posted the next day", async () => {
    const result = await importPage(db.prisma, {
      content: page(
        "Remarks after the meeting with Foreign Minister Mirren",
        "Ministry of Foreign Affairs of Estmark — 21 May 2031, 09:00",
        "Foreign Minister Anja Valdor held talks with Foreign Minister Piet Mirren on May 20, 2031, in Rostavik. Today the ministry publishes her remarks.",
      ),
    });
    const [claim] = await dateClaims(db.prisma, result.articleIds);
    expect(claim?.data).toMatchObject({ normalized: "2031-05-20", how: "stated" });
  });

  it("leaves a relative date unresolved when there is nothing to read it against", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2040-01-01T00:00:00Z"));
    const result = await importPage(db.prisma, {
      content: page(
        "Envoys meet on river water",
        "Lakeside Wire",
        "The envoys of Norland and Sudria, Ivo Brandt and Lena Okafor, met on Sunday to discuss river water.",
      ),
    });
    vi.useRealTimers();
    const claims = await dateClaims(db.prisma, result.articleIds);
    expect(claims.every((c) => (c.data as { normalized: unknown }).normalized === null)).toBe(true);
  });
});

describe("the town of a meeting", () => {
  it("is no country's titled person ('his visit to Nigeria’s President Bola Tinubu … in Abuja')", async () => {
    const result = await importPage(db.prisma, {
      content: page(
        "Why Mahlo visited Tinvo in Abuja",
        "Harbour Post — 14 May 2031, 18:05",
        "Ghanaian President Joan Mahlo has shed light on his visit to Nigeria’s President Bolan Tinvo, revealing a mix of reasons behind the high-profile meeting at the State House in Abuja on Thursday.",
        "Speaking to journalists, Mahlo expressed gratitude to Tinvo for attending his swearing-in ceremony.",
      ),
    });
    const [link] = await linksOf(db.prisma, result.articleIds);
    expect(link?.event.place ?? "").not.toMatch(/President/u);
  });

  it("is no name with a figure run onto it ('to share experience in COVID-19 prevention')", async () => {
    const result = await importPage(db.prisma, {
      content: page(
        "Norland PM congratulates new Sudrian PM via phone talks",
        "Harbour Post — 6 April 2031, 18:05",
        "Norlandic Prime Minister Tomas Orrin held phone talks with the new Prime Minister of Sudria, Ivo Brandt, on April 6.",
        "He also agreed to assign the countries’ ministers of health to share experience in COVID-19 prevention and control.",
      ),
    });
    const [link] = await linksOf(db.prisma, result.articleIds);
    expect(link?.event.place ?? "").not.toMatch(/COVID/u);
  });

  it("is the one the meeting's sentence names after a long object, not the dateline's", async () => {
    const result = await importPage(db.prisma, {
      content: page(
        "Norland premier in Sudria",
        "Harbour Post — 12 May 2031, 18:05",
        "TALLINDBY – Norland Prime Minister Kristen Mikal met with his Sudrian counterpart Petter Orvo and President Alexander Stubbe in Helsby on Wednesday.",
        "The two prime ministers met again on Wednesday morning and later gave a joint press conference.",
      ),
    });
    const [link] = await linksOf(db.prisma, result.articleIds);
    expect(link?.event.place).toBe("Helsby");
  });

  it("reads the town after a relative clause about the meeting ('which took place this Wednesday, March 21, in Lindby')", async () => {
    const result = await importPage(db.prisma, {
      content: page(
        "Presidents of Norland and Sudria promote a long-term state policy",
        "Harbour Post — 15 May 2031, 18:05",
        "The President of Norland, Luis Soler, and the President of Sudria, Juan Varga, generated agreements on security and trade.",
        "The bilateral meeting, which took place this Wednesday, March 21, in Lindby, continues the process of common interest.",
      ),
    });
    const [link] = await linksOf(db.prisma, result.articleIds);
    expect(link?.event.place).toBe("Lindby");
  });

  it("takes no town from a clause of its own after the meeting's word", async () => {
    const result = await importPage(db.prisma, {
      content: page(
        "Norland, Sudria crisis talks end in failure",
        "Harbour Post — 14 May 2031, 18:05",
        "The two-hour meeting between Norland Foreign Minister Sergei Ladov and his Sudrian counterpart Seiji Maeda was marked by an icy atmosphere.",
        'The meeting followed a tense week in which the Sudrian premier called the visit to the islands an "outrage" and a letter was mailed to Norland\'s embassy in Tokyo.',
      ),
    });
    const [link] = await linksOf(db.prisma, result.articleIds);
    expect(link?.event.place ?? null).not.toBe("Tokyo");
  });

  it("takes no place from a word of grammar ('for talks in No 10')", async () => {
    const result = await importPage(db.prisma, {
      content: page(
        "Orrin hosts Brandt at No 10",
        "Harbour Post — 13 May 2031, 18:05",
        "Norland President Ivo Brandt said he wanted to deepen links with Sudria as he met Tomas Orrin for talks in No 10.",
        "Mr Brandt said he wanted to discuss trade.",
      ),
    });
    const places = (
      await db.prisma.candidate.findMany({ where: { articleId: { in: result.articleIds }, kind: "CLAIM" } })
    ).filter((c) => (c.data as { attribute?: string }).attribute === "place");
    expect(places.map((c) => (c.data as { value?: string }).value)).not.toContain("No");
    const [link] = await linksOf(db.prisma, result.articleIds);
    expect(link?.event.place ?? null).not.toBe("No");
  });
});
