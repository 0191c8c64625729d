/**
 * Event linking on coverage as news and official pages write it: one meeting's preview, wire reports and
 * transcript, imported in separate calls, end up on one event, whether they name a person by surname only,
 * write "U.S." before the meeting's weekday, speak of the coming meeting in the present tense or recall an
 * earlier meeting's date; a near copy of a stored article joins its event.
 */
import {
  chooseMeetingDate,
  dayInAddress,
  importPage,
  linkingReference,
  meetingDates,
  scoreEvent,
} from "@readout/ingest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, type TestDb } from "../kit/database.ts";

let db: TestDb;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(async () => {
  await db?.close();
});

/** A synthetic page: headline, outlet and date line, body. */
const page = (title: string, dateLine: string, ...paragraphs: string[]) =>
  `${title}\n\n${dateLine}\n\n${paragraphs.join("\n\n")}\n`;

const eventOf = async (articleIds: string[]) => {
  const link = await db.prisma.articleEvent.findFirst({
    where: { articleId: { in: articleIds } },
    include: { event: { include: { participants: { include: { participant: true } } } } },
  });
  return link?.event;
};

const dateClaim = async (articleIds: string[]) =>
  (await db.prisma.candidate.findMany({ where: { articleId: { in: articleIds }, kind: "CLAIM" } }))
    .map((c) => c.data as { attribute?: string; normalized?: string | null })
    .find((data) => data.attribute === "date")?.normalized;

describe("one meeting's coverage, imported in separate calls", () => {
  it("reads a coming meeting in the present tense forward, and a later report joins the preview's event", async () => {
    // Saturday 10 May 2031: "meets ... Monday" is the coming Monday, the 12th.
    const preview = await importPage(db.prisma, {
      content: page(
        "Valdor meets Mirren in Rostavik as quota row deepens",
        "Harbour Post — 10 May 2031, 08:00",
        "Estmark Foreign Minister Anja Valdor meets Ostland Foreign Minister Piet Mirren in Rostavik Monday for talks on fishing quotas.",
        "Officials on both sides said they expected little progress.",
      ),
    });
    expect(await dateClaim(preview.articleIds)).toBe("2031-05-12");
    // A wire report: "U.S." and "Nov." are no sentence ends, so the meeting sentence keeps its weekday.
    const report = await importPage(db.prisma, {
      content: page(
        "Estmark, Ostland ministers hold quota talks",
        "Northern Ledger — 12 May 2031, 17:40",
        "ROSTAVIK — Estmark Foreign Minister Anja Valdor met with Ostland's Foreign Minister Piet Mirren and U.S. envoy Dana Kerrow in Rostavik on Monday for talks on fishing quotas.",
        "The ministers last met on Nov. 3, 2030, in Lindby, when talks broke down.",
      ),
    });
    expect(await dateClaim(report.articleIds)).toBe("2031-05-12");
    const [a, b] = [await eventOf(preview.articleIds), await eventOf(report.articleIds)];
    expect(a?.proposed).toBe(true);
    expect(b?.id).toBe(a?.id);
    expect(a?.startsAt).toEqual(new Date("2031-05-12T00:00:00Z"));
  });

  it("reads an undated page's weekday against the day its address files it under, and joins the dated report's event", async () => {
    // Wednesday 18 June 2031: "on Monday" is the 16th.
    const dated = await importPage(db.prisma, {
      content: page(
        "Lindqvist and Oduya hold talks on grain corridor",
        "Harbour Post — 18 June 2031, 09:00",
        "Estmark Trade Minister Eva Lindqvist met Ostland Trade Minister Samuel Oduya on Monday for talks on the grain corridor.",
        "Both sides said the talks were useful.",
      ),
    });
    expect(await dateClaim(dated.articleIds)).toBe("2031-06-16");
    // No date on the page; its address files it under the 17th.
    const undated = await importPage(db.prisma, {
      content: `Grain corridor talks end without deal\n\nEstmark Trade Minister Eva Lindqvist met Ostland Trade Minister Samuel Oduya on Monday, and the two sides agreed only to meet again.\n\nOfficials said the gap on tariffs remained wide.\n`,
      url: "https://news.example.org/world/2031/06/17/grain-corridor-talks-end/",
    });
    expect(await dateClaim(undated.articleIds)).toBe("2031-06-16");
    const [article] = await db.prisma.article.findMany({ where: { id: { in: undated.articleIds } } });
    // The address dates nothing the page states: no publication date is stored.
    expect(article?.publishedAt).toBeNull();
    expect((await eventOf(undated.articleIds))?.id).toBe((await eventOf(dated.articleIds))?.id);
  });

  it("proposes the meeting of the two its headline names, not of one named in the first lines in passing", async () => {
    const report = await importPage(db.prisma, {
      content: page(
        "Brennholt, Castellan vow support for Ostland for ‘as long as it takes’",
        "Harbour Post — 2 July 2031, 09:00",
        "ROSTAVIK: The leaders of Estmark and Vallonia pledged to back Ostland for “as long as it takes”.",
        "Estmark Premier Ragnar Brennholt was on his first trip to Rostavik since taking office.",
        "“We’re united,” Brennholt told reporters, adding that Karsk President Dmitri Volkar’s aggression must “end in failure”.",
        // (Long enough that the guest's host is named only past the page's first lines.)
        "The visit came as both governments weigh how to keep up deliveries of air defence systems, artillery shells and armoured vehicles through the winter, and how to pay for the reconstruction of power plants, ports and railways that have been damaged across the country since the fighting began more than two years ago.",
        "“We’re defending our values,” the Estmark leader added, standing alongside Vallonian Chancellor Otto Castellan during a press conference in Rostavik.",
      ),
    });
    const event = await eventOf(report.articleIds);
    expect(event?.participants.map((p) => p.participant.name).sort()).toEqual([
      "Otto Castellan",
      "Ragnar Brennholt",
    ]);
  });

  it("reads the town a country's possessive names as the meeting's place ('in Malaysia’s capital Kuala Lumpur')", async () => {
    const preview = await importPage(db.prisma, {
      content: page(
        "Estmark and Ostland trade negotiators to hold talks in Ostland this weekend",
        "Harbour Post",
        "Estmark Trade Minister Lena Sorvik said that the two sides will hold two days of trade talks in Ostland’s capital Kessby this weekend, when she will meet Ostland Trade Minister Jon Halvard.",
      ),
    });
    const report = await importPage(db.prisma, {
      content: page(
        "Estmark-Ostland trade talks ‘very constructive’",
        "Northern Ledger",
        "KESSBY – Lena Sorvik met Jon Halvard in Kessby for trade talks that a spokesman called very constructive.",
      ),
    });
    const [a, b] = [await eventOf(preview.articleIds), await eventOf(report.articleIds)];
    expect(a?.place).toContain("Kessby");
    expect(b?.id).toBe(a?.id);
  });

  it("reads a country's town written with a possessive as the meeting's place, and never across a line", async () => {
    const first = await importPage(db.prisma, {
      content: page(
        "Sorvik meets with Halvard to discuss grain deal in Ostland’s Kessby",
        "| Last update :",
        "Estmark Trade Minister Lena Sorvik met Ostland Trade Minister Jon Halvard for grain talks.",
        "Sorvik meets with Halvard to discuss grain deal in Ostland’s Kessby",
        "Ostland is ready to return to the grain deal, Halvard said after talks with Sorvik.",
      ),
    });
    const event = await eventOf(first.articleIds);
    expect(event?.place).toBe("Kessby");
    // Where they met before is no place of this meeting.
    const again = await importPage(db.prisma, {
      content: page(
        "Remarks by Minister Aino Varg and Minister Pekka Lunde before their meeting",
        "Harbour Post",
        "MINISTER LUNDE: It is exactly 261 days since we met last time in Lindby. Aino Varg and I met again today for talks.",
      ),
    });
    expect((await eventOf(again.articleIds))?.place ?? null).toBeNull();
  });

  it("reads the town of 'during his visit to Kessby' as the meeting's place, not a town of an earlier meeting", async () => {
    const readout = await importPage(db.prisma, {
      content: page(
        "Estmark-Ostland Summit Meeting (Summary)",
        "May 7, 2031",
        "On May 7, commencing at 3:50 p.m., Mr. Tomas Brekk, Prime Minister of Estmark, held a summit meeting with H.E. Mr. Ivar Lund, President of Ostland, during his visit to Kessby, Ostland.",
        "Prime Minister Brekk said he was delighted to visit so soon after welcoming President Lund in Rostavik in March.",
      ),
    });
    expect((await eventOf(readout.articleIds))?.place).toContain("Kessby");
    // A visit ahead, not the one during which they met, places nothing.
    const ahead = await importPage(db.prisma, {
      content: page(
        "Estmark and Ostland leaders talk trade",
        "Harbour Post",
        "Prime Minister Tomas Brekk met President Ivar Lund on Thursday, a week before his state visit to Lindby, for talks on trade.",
      ),
    });
    expect((await eventOf(ahead.articleIds))?.place ?? "").not.toContain("Lindby");
  });

  it("gives an event proposed with no place the place a later article names, so that an undated article naming only the place joins it", async () => {
    const first = await importPage(db.prisma, {
      content: page(
        "Varg and Holm agree to reopen the ferry line",
        "Harbour Post — 14 June 2031, 09:00",
        "Estmark Transport Minister Sela Varg met Ostland Transport Minister Ivar Holm on Friday, June 13, 2031, and the two agreed to reopen the ferry line.",
      ),
    });
    const second = await importPage(db.prisma, {
      content: page(
        "Ferry line to reopen after Varg–Holm talks",
        "Northern Ledger — 14 June 2031, 11:00",
        "TARNBY — Sela Varg met Ivar Holm at the Old Customs House in Tarnby on Friday, June 13, 2031, for talks on the ferry line.",
      ),
    });
    const third = await importPage(db.prisma, {
      content: page(
        "What the ferry deal means for Tarnby",
        "Coastal Review",
        "Sela Varg and Ivar Holm shook hands at the Old Customs House in Tarnby after talks on the ferry line.",
      ),
    });
    const [a, b, c] = [
      await eventOf(first.articleIds),
      await eventOf(second.articleIds),
      await eventOf(third.articleIds),
    ];
    expect(b?.id).toBe(a?.id);
    const event = await db.prisma.event.findUniqueOrThrow({ where: { id: a?.id ?? "" } });
    expect(event.place).toContain("Tarnby");
    expect(c?.id).toBe(a?.id);
  });

  it("gives an event proposed in a country alone the town a later article names", async () => {
    const first = await importPage(db.prisma, {
      content: page(
        "Lorne and Saari discuss fisheries",
        "Coastal Review",
        "Estmark Fisheries Minister Edda Lorne met Ostland Fisheries Minister Veli Saari during her visit to Norway, and the two discussed quotas.",
      ),
    });
    expect((await eventOf(first.articleIds))?.place).toBe("Norway");
    const second = await importPage(db.prisma, {
      content: page(
        "Fisheries ministers meet in Bergen",
        "Northern Ledger — 20 June 2031, 11:00",
        "BERGEN — Edda Lorne met Veli Saari at the Harbour Hall in Bergen on Thursday, June 19, 2031, for talks on quotas.",
      ),
    });
    const [a, b] = [await eventOf(first.articleIds), await eventOf(second.articleIds)];
    expect(b?.id).toBe(a?.id);
    const event = await db.prisma.event.findUniqueOrThrow({ where: { id: a?.id ?? "" } });
    expect(event.place).toContain("Bergen");
  });

  it("never dates the meeting by an earlier meeting the text recalls", async () => {
    const result = await importPage(db.prisma, {
      content: page(
        "Holt and Varga agree to reopen the strait",
        "Lakeside Wire — 20 August 2031, 19:05",
        "Kestria's Foreign Minister Maren Holt and Belmar's Foreign Minister Tibor Varga agreed to reopen the strait after talks in Lindby on Wednesday.",
        "The two last met on March 4, 2031, in Geneva.",
      ),
    });
    expect(await dateClaim(result.articleIds)).toBe("2031-08-20");
    expect((await eventOf(result.articleIds))?.startsAt).toEqual(new Date("2031-08-20T00:00:00Z"));
  });

  it("keeps the span of days a first page gives a proposed meeting, so that a page dated on its last day joins it", async () => {
    // The first page gives no publication day: its span is the talks' only date.
    const first = await importPage(db.prisma, {
      content: page(
        "Kestria and Belmar agree to restore ties",
        "Lakeside Wire",
        "Kestria's Foreign Minister Ilse Marrow and Belmar's envoy Dario Quill agreed to restore ties after talks in Ostberg.",
        // (A spaced dash between the days is a span's too.)
        "The delegations of the two countries held talks during the period 6 – 10 March 2031 in Ostberg.",
      ),
    });
    const second = await importPage(db.prisma, {
      content: page(
        "Marrow and Quill restore ties",
        "Harbour Post — 10 March 2031, 18:00",
        // (10 March 2031 is a Monday.)
        "Foreign Minister Ilse Marrow and envoy Dario Quill met on Monday in Ostberg and agreed to restore ties.",
      ),
    });
    const event = await eventOf(first.articleIds);
    expect(event?.startsAt).toEqual(new Date("2031-03-06T00:00:00Z"));
    expect((await eventOf(second.articleIds))?.id).toBe(event?.id);
  });

  it("links a near copy of a stored article to its event, whatever its own page gives", async () => {
    const body = [
      "Kestria's Foreign Minister Arne Lund and Belmar's Foreign Minister Ida Moss held talks in Portby on Tuesday on the shared fisheries zone, the first such talks in three years.",
      "Lund said after the meeting that both sides wanted the zone's catch limits to be set together from next year.",
      "Moss said Belmar would publish its own survey of fish stocks before the next round, expected in the autumn.",
      "Fishing crews in both countries have protested against the limits set last year, which cut catches by a fifth.",
    ];
    const original = await importPage(db.prisma, {
      content: page(
        "Kestria, Belmar hold fisheries talks",
        "Harbour Post — 9 September 2031, 16:00",
        ...body,
      ),
    });
    // The copy: another site, a different headline, posted ten days later, where "on Tuesday" reads as
    // another Tuesday.
    const copy = await importPage(db.prisma, {
      content: page("Fisheries talks in Portby", "Coastal Times — 19 September 2031, 10:00", ...body),
    });
    const [a, b] = [await eventOf(original.articleIds), await eventOf(copy.articleIds)];
    expect(b?.id).toBe(a?.id);
  });
});

describe("the day a page's address files it under", () => {
  it("reads the shapes news sites use, and no month alone or impossible day", () => {
    expect(dayInAddress("https://www.example.com/news/2031/06/17/talks-end-00066706")).toBe("2031-06-17");
    expect(dayInAddress("https://www.example.co.uk/world/2031/jun/04/talks-end")).toBe("2031-06-04");
    expect(dayInAddress("https://www.example.com/usa/paper/20310617/281552295591606")).toBe("2031-06-17");
    expect(dayInAddress("https://www.example.com/world/minister-lands-2031-06-04/?utm_term=06-04")).toBe(
      "2031-06-04",
    );
    expect(dayInAddress("https://www.example.com/2031/06/talks-end")).toBeNull();
    expect(dayInAddress("https://www.example.com/2031/02/30/talks-end")).toBeNull();
    expect(dayInAddress("https://www.example.com/a/talks-end/7261843.html")).toBeNull();
    expect(dayInAddress("not an address")).toBeNull();
  });
});

describe("people an article names without resolving them", () => {
  const person = (id: string, name: string) => ({
    participantId: id,
    sideId: null,
    participant: { kind: "PERSON", name, aliases: [] },
  });
  const event = (people: ReturnType<typeof person>[], texts?: string[]) => ({
    id: "e1",
    key: "proposed-undated-kessel",
    title: "Kessel meeting",
    startsAt: null,
    startPrecision: "UNKNOWN" as const,
    place: null,
    proposed: true,
    participants: people,
    ...(texts ? { texts } : {}),
  });
  const signals = (title: string, body: string, named: { id: string; name: string }[]) => ({
    title,
    body,
    reference: { day: "2031-06-02", source: "published" as const },
    meetingDate: null,
    named: named.map((n, i) => ({ ...n, kind: "PERSON", at: i * 10, lead: true, aliases: [] })),
    places: [],
    city: null,
    venue: null,
  });

  it("counts an event's person whose surname the article writes, capitalised, as named", () => {
    const match = scoreEvent(
      signals(
        "Remarks by Chancellor Kessel and Minister Brandvik",
        "Chancellor Anna Kessel welcomed her guest.",
        [{ id: "a", name: "Anna Kessel" }],
      ),
      event([person("a", "Anna Kessel"), person("b", "Tomas Brandvik")]),
    );
    expect(match?.evidence.people).toMatchObject({ value: 1, matched: ["a", "b"], byName: ["b"] });
  });

  it("does not take a common word, a sentence's first word or a place for a surname", () => {
    const three = event([person("a", "Anna Kessel"), person("p", "Ned Price"), person("l", "Lloyd Austin")]);
    const matched = (body: string) =>
      (
        scoreEvent(signals("Kessel speaks", body, [{ id: "a", name: "Anna Kessel" }]), three)?.evidence
          .people as { matched?: string[] } | undefined
      )?.matched ?? [];
    // Written as a name in the middle of a sentence, the surname counts…
    expect(matched("Chancellor Anna Kessel spoke on Monday with Price and Austin about grain.")).toEqual(
      expect.arrayContaining(["a", "p", "l"]),
    );
    // …but not as the common word opening a sentence, in lower case, or as a place after a preposition.
    const elsewhere = matched(
      "Chancellor Anna Kessel spoke in Austin on Monday. Price rises dominated the talks, and the price of grain.",
    );
    expect(elsewhere).not.toContain("p");
    expect(elsewhere).not.toContain("l");
  });

  it("takes a second person in common from the event's own articles, and only then", () => {
    const article = signals("Kessel and Brandvik meet", "Anna Kessel and Tomas Brandvik met on Monday.", [
      { id: "a", name: "Anna Kessel" },
      { id: "b", name: "Tomas Brandvik" },
    ]);
    // An undated event of one person: one person in common is not enough.
    expect(scoreEvent(article, event([person("a", "Anna Kessel")]))).toBeNull();
    const match = scoreEvent(
      article,
      event([person("a", "Anna Kessel")], ["Remarks by Chancellor Kessel and Minister Brandvik"]),
    );
    expect(match?.evidence.people).toMatchObject({ matched: ["a"], namedByEvent: ["b"] });
  });
});

describe("dates that tell two meetings of the same people apart", () => {
  const people = [
    { participantId: "a", sideId: null, participant: { kind: "PERSON", name: "Anna Kessel", aliases: [] } },
    {
      participantId: "b",
      sideId: null,
      participant: { kind: "PERSON", name: "Tomas Brandvik", aliases: [] },
    },
  ];
  const may = {
    id: "e1",
    key: "proposed-2031-05-12-kessel-brandvik",
    title: "Kessel–Brandvik meeting, Rostavik",
    startsAt: new Date("2031-05-12T00:00:00Z"),
    startPrecision: "DAY" as const,
    place: "Rostavik",
    proposed: true,
    participants: people,
  };
  const article = (body: string, day: string, meeting: string | null, lead = ["a", "b"]) => ({
    title: "Kessel and Brandvik",
    body,
    reference: { day, source: "published" as const },
    meetingDate: meeting
      ? { day: meeting, range: null, text: "on Monday", start: 0, end: 9, how: "weekday" as const }
      : null,
    named: [
      { id: "a", kind: "PERSON", at: 0, lead: lead.includes("a"), name: "Anna Kessel" },
      { id: "b", kind: "PERSON", at: 20, lead: lead.includes("b"), name: "Tomas Brandvik" },
      { id: "c", kind: "PERSON", at: 40, lead: lead.includes("c"), name: "Ole Sand" },
    ],
    places: [],
    city: null,
    venue: null,
  });

  it("does not link a report published weeks later, with no meeting date, to the earlier meeting", () => {
    const body = "Anna Kessel and Tomas Brandvik held talks in Lindby on trade.";
    expect(scoreEvent(article(body, "2031-06-20", null), may)).toBeNull();
    // Unless it names the earlier meeting's place: it looks back on it.
    const back = "Anna Kessel and Tomas Brandvik have not spoken since their talks in Rostavik.";
    expect(scoreEvent(article(back, "2031-06-20", null), may)).not.toBeNull();
  });

  it("places an undated event in time by its articles' publication", () => {
    // Proposed from articles that gave no meeting date, published on 1 and 2 February.
    const undated = {
      ...may,
      startsAt: null,
      startPrecision: "UNKNOWN" as const,
      place: null,
      articles: ["2031-02-01", "2031-02-02"].map((day) => ({
        article: { publishedAt: new Date(`${day}T15:00:00Z`), publishedPrecision: "MINUTE" as const },
      })),
    };
    const body = "Anna Kessel and Tomas Brandvik held talks on Monday.";
    // The same two people in April: another meeting.
    expect(scoreEvent(article(body, "2031-04-21", "2031-04-21"), undated)).toBeNull();
    expect(scoreEvent(article(body, "2031-02-03", "2031-02-02"), undated)).not.toBeNull();
  });

  it("joins an event no article dates with a dated article only where the event's place agrees or is unknown", () => {
    // Proposed from an article that gave neither a meeting date nor a publication date.
    const undated = { ...may, startsAt: null, startPrecision: "UNKNOWN" as const, articles: [] };
    // Another meeting of the same two, elsewhere, dated by its own article.
    const elsewhere = "Anna Kessel and Tomas Brandvik held talks in Lindby on Monday.";
    expect(scoreEvent(article(elsewhere, "2031-11-15", "2031-11-14"), undated)).toBeNull();
    const there = "Anna Kessel and Tomas Brandvik held talks in Rostavik on Monday.";
    expect(scoreEvent(article(there, "2031-11-15", "2031-11-14"), undated)).not.toBeNull();
    expect(
      scoreEvent(article(elsewhere, "2031-11-15", "2031-11-14"), { ...undated, place: null }),
    ).not.toBeNull();
  });

  it("keeps apart an undated meeting of the same two in a town of the article's own where the event's place goes unnamed", () => {
    const undated = { ...may, startsAt: null, startPrecision: "UNKNOWN" as const, articles: [] };
    const body = "Anna Kessel and Tomas Brandvik held talks in Lindby.";
    const elsewhere = {
      ...article(body, "2031-11-15", null),
      reference: null,
      city: "Lindby",
      heldIn: "Lindby",
    };
    expect(scoreEvent(elsewhere, undated)).toBeNull();
    // The event's place named too: the same meeting, whatever the article's own town.
    const named = { ...elsewhere, body: `${body} They met again in Rostavik.` };
    expect(scoreEvent(named, undated)).not.toBeNull();
  });

  it("keeps apart a meeting of one of the event's people with someone else the next day", () => {
    // The event is Kessel and Brandvik on the 12th; the article is about Kessel and Sand on the 13th.
    const body = "Anna Kessel met Ole Sand on Tuesday, a day after her talks with Tomas Brandvik.";
    expect(scoreEvent(article(body, "2031-05-13", "2031-05-13", ["a", "c"]), may)).toBeNull();
    // The same lead on the event's own day is the same meeting, an aide beside it.
    expect(scoreEvent(article(body, "2031-05-12", "2031-05-12", ["a", "c"]), may)).not.toBeNull();
  });

  it("keeps apart a proposed two-person meeting and one of its people's meeting with someone else that day", () => {
    // A summit's host meets one leader after another: the article names Kessel and Sand, not Brandvik.
    const lead = article("Anna Kessel met Ole Sand on Monday.", "2031-05-12", "2031-05-12", ["a", "c"]);
    const sand = { ...lead, title: "Kessel meets Sand", named: lead.named.filter((n) => n.id !== "b") };
    expect(scoreEvent(sand, may)).toBeNull();
    // A curated event's people are all of its people: a briefing that names one of them may be about it.
    expect(scoreEvent(sand, { ...may, proposed: false })).not.toBeNull();
  });
});

describe("the meeting date of a news lede", () => {
  const dateOf = (day: string, text: string) => {
    const { meetingCues, futureCues, meetingNouns, meetingNounBreaks, otherOccasionNouns, homecomingCues } =
      linkingReference();
    const reference = { day, source: "published" as const };
    return chooseMeetingDate(
      meetingDates(text, reference, {
        meeting: meetingCues,
        future: futureCues,
        nouns: meetingNouns,
        grammar: meetingNounBreaks,
        occasions: otherOccasionNouns,
        homecoming: homecomingCues,
      }),
      reference,
    )?.day;
  };

  it("takes the meeting's own date over a later meeting's that 'would meet … on June 27-28'", () => {
    // Monday 21 June 2004, a story of Saturday 26 June.
    expect(
      dateOf(
        "2004-06-26",
        "Foreign Minister Ivo Brandt held talks with his counterpart Tomas Orrin in Lindby on Monday. Under the roadmap, the envoys would meet in Port Halden on June 27-28.",
      ),
    ).toBe("2004-06-21");
    // (A story that opens on a meeting to come is about it.)
    expect(
      dateOf(
        "2004-06-26",
        "Foreign Minister Ivo Brandt will meet Tomas Orrin in Lindby on June 27. They last held talks on Monday.",
      ),
    ).toBe("2004-06-27");
  });

  it("takes no date from a clause of coming home ('who returned … on Tuesday night, said he discussed …')", () => {
    // Wednesday 1 November 2017.
    expect(
      dateOf(
        "2017-11-01",
        "Orrin, who returned to the country via Lindby airport on Tuesday night, said he discussed trade with Velkova.",
      ),
    ).toBeUndefined();
    expect(
      dateOf("2017-11-01", "Orrin discussed trade with Velkova on Monday before he returned home."),
    ).toBe("2017-10-30");
  });

  it("reads a past weekday the day after the day a page's address files it under as that next day", () => {
    const { meetingCues, futureCues } = linkingReference();
    const read = (source: "address" | "published") =>
      // Tuesday 17 June 2031: a story filed then and updated once the talks were held.
      meetingDates(
        "Lindqvist and Oduya discussed the grain corridor in one-on-one talks on Wednesday.",
        {
          day: "2031-06-17",
          source,
        },
        { meeting: meetingCues, future: futureCues },
      )[0]?.day;
    expect(read("address")).toBe("2031-06-18");
    // (A publication day is the day it was written: its past Wednesday is last week's.)
    expect(read("published")).toBe("2031-06-11");
  });

  it("reads a span of days with a spaced dash, and keeps its words as the text writes them", () => {
    const { meetingCues, futureCues } = linkingReference();
    const reference = { day: "2031-01-06", source: "published" as const };
    const [span] = meetingDates("The January 6 – 8 visit will include a council meeting.", reference, {
      meeting: meetingCues,
      future: futureCues,
    });
    // An em dash parts clauses: "on March 5 — 12 agreements" is one day.
    const [day] = meetingDates("The leaders met on March 5 — 12 agreements were signed.", reference, {
      meeting: meetingCues,
      future: futureCues,
    });
    expect(day?.range ?? null).toBeNull();
    expect(span).toMatchObject({
      text: "January 6 – 8",
      range: { from: "2031-01-06", to: "2031-01-08" },
    });
  });

  it("reads the day of the leaders' joint press conference as the meeting's", () => {
    // Friday 14 November 2031, the day of publication.
    expect(
      dateOf(
        "2031-11-14",
        "Speaking at the joint news conference with Premier Tomas Brandvik in Lindby on Friday, Kessel said the river must be shared.",
      ),
    ).toBe("2031-11-14");
    // A press conference of one speaker alone dates nothing of the meeting.
    expect(
      dateOf(
        "2031-11-14",
        "Speaking at a news conference in Lindby on Wednesday, Kessel said the river must be shared.",
      ),
    ).toBeUndefined();
  });

  it("reads no meeting day from a date that names another occasion", () => {
    // Thursday 15 February 2024: the talks were on Wednesday the 14th.
    expect(
      dateOf(
        "2024-02-15",
        "Kessel and Brandvik, who spoke by phone after the February 10 border attack, held talks on the river on Wednesday.",
      ),
    ).toBe("2024-02-14");
    // The meeting's own date after "the" stays its day.
    expect(dateOf("2024-02-15", "Kessel spoke after the February 14 talks with Brandvik in Lindby.")).toBe(
      "2024-02-14",
    );
  });

  it("reads a day named again as the day its first mention's clause gave", () => {
    // Friday 10 May 2024: the talks were held on Thursday the 9th; the later "Thursday talks" sits in a
    // sentence that looks ahead to something else, and is the same Thursday.
    expect(
      dateOf(
        "2024-05-10",
        "President Anna Kessel and Premier Tomas Brandvik held talks in Lindby on Thursday. He added that during the Thursday talks Brandvik agreed, and that Norland will play an active role next year.",
      ),
    ).toBe("2024-05-09");
  });

  it("reads a day by the narrator's words, not a quotation's verbs nor a caption's", () => {
    // Tuesday 11 February 2031: "will" is the quotation's; the caption's "arrives" tells nothing of the
    // story's Monday.
    expect(
      dateOf(
        "2031-02-11",
        [
          "President Anna Kessel, right, is greeted by Premier Tomas Brandvik as she arrives for a reception in Lindby on Monday. (Ana Example/Lakeside Press via AP)",
          "“We will meet again soon,” Kessel said on Monday after the talks with Brandvik.",
        ].join("\n\n"),
      ),
    ).toBe("2031-02-10");
  });

  it("takes the date that names the meeting over another day of a sentence about it", () => {
    // Sunday 20 August 2023: the leader came home on Sunday; "Friday's meeting" is the 18th.
    expect(
      dateOf(
        "2023-08-20",
        "President Anna Kessel returned home Sunday after attending a summit with Premier Tomas Brandvik in Lindby.\n\nFriday's meeting brought together the two leaders for their first standalone summit.",
      ),
    ).toBe("2023-08-18");
    // "sat down" names no Saturday (Tuesday 12 June 2018: the meeting was that morning).
    expect(
      dateOf(
        "2018-06-12",
        "The two leaders first sat down for a private meeting, followed by another with their advisers. Kessel met Brandvik Tuesday morning.",
      ),
    ).toBe("2018-06-12");
    // A month and day with no year, after the publication: this year's when nearer than last year's
    // (Friday 8 March 2031, a preview of "the March 27-28 summit").
    expect(
      dateOf(
        "2031-03-08",
        "Kessel said her envoys had just left Lindby after a productive meeting on the March 27-28 summit.",
      ),
    ).toBe("2031-03-27");
    // Not a date before another verb's words, nor a past meeting's date months ahead of the publication.
    expect(
      dateOf(
        "2031-03-08",
        "Kessel met Brandvik on Thursday in Lindby. She left for Paris on Sunday after the talks.",
      ),
    ).toBe("2031-03-06");
    expect(
      dateOf(
        "2031-03-08",
        "Kessel met Brandvik on Thursday in Lindby. The two leaders first met on April 2 in Rostavik.",
      ),
    ).toBe("2031-03-06");
  });

  it("reads the meeting's date from what its people did at it", () => {
    // Thursday 16 November 2023.
    expect(
      dateOf(
        "2023-11-16",
        "WOODSIDE, Calif. — President Anna Kessel and Premier Tomas Brandvik agreed Wednesday to restore military talks.",
      ),
    ).toBe("2023-11-15");
    // What one of them did elsewhere dates nothing: the meeting is the one to come (Monday 6 November).
    expect(
      dateOf(
        "2023-11-06",
        "Kessel urged parliament on Friday to pass the aid bill. Kessel and Brandvik will meet in Woodside on Wednesday.",
      ),
    ).toBe("2023-11-08");
  });

  it("takes a photo caption's date, often an earlier meeting's, only where the text gives none", () => {
    const { meetingCues, futureCues } = linkingReference();
    const text = [
      "Lena Sorvik meets with Jon Halvard at a hotel in Lindby on Jan. 10, 2031. (Ada Vik/The Harbour Press)",
      "",
      "The speech is expected to be the highlight of the two-day visit on March 23, 2031 when Sorvik meets Halvard.",
    ].join("\n");
    const dates = meetingDates(text, null, { meeting: meetingCues, future: futureCues });
    expect(chooseMeetingDate(dates, null)?.day).toBe("2031-03-23");
    // Nor from one credited with a photo word; but a caption's date is all a page that gives none has.
    const getty = "Sorvik met Halvard in Lindby on Jan. 10, 2031. (Getty Images)";
    const alone = meetingDates(getty, null, { meeting: meetingCues, future: futureCues });
    expect(chooseMeetingDate(alone, null)?.day).toBe("2031-01-10");
    const beside = meetingDates(`${getty}\n\nSorvik and Halvard meet on March 23, 2031.`, null, {
      meeting: meetingCues,
      future: futureCues,
    });
    expect(beside.map((d) => d.day)).toEqual(["2031-03-23"]);
    // A file photo dates an earlier occasion, even where the text gives no date of its own.
    // (Its caption has no photo credit here: before, its date was the meeting's.)
    const file = meetingDates(
      "A file image of Sorvik meeting Halvard in Lindby on June 19, 2030.\n\nSorvik and Halvard met in Lindby.",
      null,
      { meeting: meetingCues, future: futureCues },
    );
    expect(file).toEqual([]);
  });

  it("reads the date a weekday gives in brackets after it, not the weekday before a late publication", () => {
    // Published Wednesday 6 December 2031; the meeting was "Thursday (October 26)".
    expect(
      dateOf(
        "2031-12-06",
        "Foreign Minister Tomas Brandvik, during a meeting with his counterpart Anna Kessel on Thursday (October 26), called for dialogue.",
      ),
    ).toBe("2031-10-26");
    // A weekday before another day's date is still read as the weekday.
    const { meetingCues, futureCues } = linkingReference();
    const read = meetingDates(
      "Kessel met Brandvik on Wednesday, a day after arriving in Geneva.",
      { day: "2031-11-16", source: "published" },
      { meeting: meetingCues, future: futureCues },
    );
    expect(read.map((d) => [d.how, d.day])).toEqual([["weekday", "2031-11-12"]]);
  });

  it("reads a date forward only after a future word in its own clause", () => {
    // Tuesday 31 October 2023: "met Friday" is the 27th, whatever the sentence says of next month.
    expect(
      dateOf(
        "2023-10-31",
        "President Anna Kessel met Friday with Foreign Minister Ole Sand, a meeting that was expected to lead to a summit next month.",
      ),
    ).toBe("2023-10-27");
    expect(dateOf("2023-10-31", "On Friday, Kessel will meet Sand again in Lindby.")).toBe("2023-11-03");
    expect(dateOf("2023-10-31", "Kessel met Sand on Monday and will meet Brandvik on Friday.")).toBe(
      "2023-10-30",
    );
  });
});

describe("articles with too little to tell one meeting of their people from another", () => {
  const person = (id: string, name: string) => ({
    participantId: id,
    sideId: null,
    participant: { kind: "PERSON", name, aliases: [] },
  });
  const event = (people: ReturnType<typeof person>[], place: string | null = "Rostavik") => ({
    id: "e1",
    key: "proposed-2031-06-18-kessel-brandvik",
    title: "Kessel–Brandvik meeting, Rostavik",
    startsAt: new Date("2031-06-18T00:00:00Z"),
    startPrecision: "DAY" as const,
    place,
    proposed: true,
    participants: people,
  });
  const pair = [person("a", "Anna Kessel"), person("b", "Tomas Brandvik")];
  const article = (
    body: string,
    options: {
      reference?: { day: string; source: "published" | "captured" } | null;
      meeting?: { day: string | null; text: string } | null;
      lead?: string[];
    } = {},
  ) => {
    const names: Record<string, string> = {
      a: "Anna Kessel",
      b: "Tomas Brandvik",
      c: "Ole Sand",
      d: "Vera Lind",
    };
    const lead = options.lead ?? ["a", "b"];
    return {
      title: "Kessel and Brandvik",
      body,
      reference: options.reference ?? null,
      meetingDate: options.meeting
        ? {
            ...options.meeting,
            range: null,
            start: 0,
            end: options.meeting.text.length,
            how: "stated" as const,
          }
        : null,
      named: Object.entries(names)
        .filter(([id]) => lead.includes(id))
        .map(([id, name], i) => ({ id, kind: "PERSON", at: i * 20, lead: true, name })),
      places: [],
      city: null,
      venue: null,
    };
  };

  it("takes an event's town from its own articles when it has no place, and a country alone for no place", () => {
    // Proposed with no place; its own article names the town this page, giving no day, holds the meeting in.
    const dayless = { ...article("Anna Kessel and Tomas Brandvik met in Lindby."), heldIn: "Lindby" };
    const placeless = event(pair, null);
    expect(scoreEvent(dayless, placeless)).toBeNull();
    const told = ["Kessel in Lindby", "Anna Kessel arrived in Lindby for talks with Tomas Brandvik."];
    expect(scoreEvent(dayless, { ...placeless, texts: told })?.evidence.place).toMatchObject({
      value: 1,
      byEventTexts: true,
    });
    expect(
      scoreEvent(dayless, { ...placeless, texts: ["Kessel abroad", "Anna Kessel met Tomas Brandvik."] }),
    ).toBeNull();
    // Proposed "in Norway" from a page that gave no day: a dated page holding the meeting in a town is not
    // told apart by the country.
    const inCountry = {
      ...event(pair, "Norway"),
      startsAt: null,
      startPrecision: "UNKNOWN" as const,
      articles: [],
    };
    const dated = {
      ...article("Anna Kessel met Tomas Brandvik in Bergen on June 18.", {
        meeting: { day: "2031-06-18", text: "on June 18" },
      }),
      heldIn: "Bergen",
    };
    const match = scoreEvent(dated, inCountry);
    expect(match).not.toBeNull();
    expect(match?.evidence.place).toBeUndefined();
    // A town the page places in another country is elsewhere.
    const abroad = {
      ...article("Anna Kessel met Tomas Brandvik in Stockholm, Sweden, on June 18.", {
        meeting: { day: "2031-06-18", text: "on June 18" },
      }),
      heldIn: "Stockholm",
    };
    expect(scoreEvent(abroad, inCountry)).toBeNull();
  });

  it("takes a region for no town, and a town's possessive venue for that town", () => {
    // "growing concern in Europe": a region, like a country, tells no meeting's town from another.
    const undated = { ...event(pair), startsAt: null, startPrecision: "UNKNOWN" as const, articles: [] };
    const region = { ...article("Anna Kessel met Tomas Brandvik amid concern in Europe."), heldIn: "Europe" };
    expect(scoreEvent(region, undated)).not.toBeNull();
    const town = { ...article("Anna Kessel met Tomas Brandvik amid concern in Lindby."), heldIn: "Lindby" };
    expect(scoreEvent(town, undated)).toBeNull();
    // An event held at "Rostavik’s Harbour Hall" is in Rostavik.
    const there = article("Anna Kessel met Tomas Brandvik in Rostavik.", {
      meeting: { day: "2031-06-18", text: "on June 18" },
    });
    expect(scoreEvent(there, event(pair, "Rostavik’s Harbour Hall"))?.evidence.place).toMatchObject({
      value: 1,
      matched: "rostavik",
    });
    // A common noun's possessive is no town: "Prime Minister’s Office" is not found "in office".
    const office = article("Anna Kessel, in her second year in office, met Tomas Brandvik.", {
      meeting: { day: "2031-06-18", text: "on June 18" },
    });
    expect(scoreEvent(office, event(pair, "Prime Minister’s Office"))?.evidence.place).toMatchObject({
      value: 0,
    });
  });

  it("joins a dated event with a page that gives no day at all only on the event's place", () => {
    // A readout with no date line, no meeting date: the same two people meet often.
    const readout = "Anna Kessel met today with Tomas Brandvik on the margins of the council's ministerial.";
    expect(scoreEvent(article(readout), event(pair))).toBeNull();
    const there = "Anna Kessel met today with Tomas Brandvik in Rostavik.";
    expect(scoreEvent(article(there), event(pair))?.evidence.place).toMatchObject({ value: 1 });
    // A page dated by its publication near the event is judged as before.
    const dated = article(readout, { reference: { day: "2031-06-18", source: "published" } });
    expect(scoreEvent(dated, event(pair))).not.toBeNull();
    // The town as the government seated there names no place; written with its country, it does.
    const government = "Anna Kessel met Tomas Brandvik, talks that Rostavik says open a new era.";
    expect(scoreEvent(article(government), event(pair))).toBeNull();
    const header = "Harbour Hall • Rostavik, Norway • June 18\n\nAnna Kessel met Tomas Brandvik.";
    expect(scoreEvent(article(header), event(pair))?.evidence.place).toMatchObject({ value: 1 });
    // Before a word of its meeting, it does too; after "according to", it is the government again.
    const summit = "Anna Kessel and Tomas Brandvik met again, a month after the Rostavik summit.";
    expect(scoreEvent(article(summit), event(pair))?.evidence.place).toMatchObject({ value: 1 });
    const pressure = "Anna Kessel met Tomas Brandvik, according to Rostavik.";
    expect(scoreEvent(article(pressure), event(pair))).toBeNull();
  });

  it("scores a dated event no lower than an undated one where the page gives no day at all", () => {
    // The same two in the event's town: the day the page does not give counts neither way, so the dated
    // event of the meeting is not outscored by an undated one proposed from a page that gave no day either.
    const there = "Anna Kessel met Tomas Brandvik in Rostavik.";
    const dated = scoreEvent(article(there), event(pair));
    const undated = scoreEvent(article(there), { ...event(pair), startsAt: null, articles: [] });
    expect(dated?.score).toBe(1);
    expect(dated?.evidence.date).toBeUndefined();
    expect(undated?.score).toBe(dated?.score);
  });

  it("scores an undated event no higher than the dated one near a dated page's publication", () => {
    // Published the day after the dated event, with no meeting date of its own: the dated event gets half
    // the date's share for the publication near it, and an undated one as much for a day it cannot deny.
    const page = article("Anna Kessel met Tomas Brandvik in Rostavik.", {
      reference: { day: "2031-06-19", source: "published" },
    });
    const dated = scoreEvent(page, event(pair));
    const undated = scoreEvent(page, { ...event(pair, null), startsAt: null, articles: [] });
    expect(undated?.evidence.date).toMatchObject({ value: 0.5 });
    expect(dated?.score).toBeGreaterThan(undated?.score ?? 1);
    // One person in common with an undated event is no meeting in common for that half share.
    const one = scoreEvent(page, {
      ...event([person("a", "Anna Kessel"), person("d", "Vera Lind")]),
      startsAt: null,
      articles: [],
    });
    expect(one).toBeNull();
  });

  it("lets a weekday agree with a day where neither page can say more", () => {
    // A page with no day to read "on Wednesday" against, of a meeting dated on a Wednesday (18 June 2031)
    // with no place it names: the weekday agrees, another weekday does not.
    const weekday = (text: string) => ({
      ...article(`Anna Kessel met Tomas Brandvik ${text}.`),
      meetingDate: { day: null, range: null, text, start: 0, end: text.length, how: "weekday" as const },
    });
    expect(scoreEvent(weekday("on Wednesday"), event(pair))?.evidence.date).toMatchObject({
      value: 1,
      weekday: true,
    });
    expect(scoreEvent(weekday("on Thursday"), event(pair))).toBeNull();
    // One person in common and a weekday are no meeting in common.
    const one = {
      ...weekday("on Wednesday"),
      title: "Kessel meets a delegation",
      body: "Anna Kessel met a delegation on Wednesday.",
      named: weekday("on Wednesday").named.slice(0, 1),
    };
    expect(scoreEvent(one, event(pair))).toBeNull();
    // The other way round: an event proposed from a page that said "on Wednesday" only, and named a
    // town this dated page does not name, is joined by a page whose meeting day is a Wednesday.
    const proposedBy = (words: string) => ({
      ...event(pair),
      startsAt: null,
      articles: [
        {
          evidence: { proposed: true, date: { day: null, words } },
          article: { publishedAt: null, publishedPrecision: "UNKNOWN" as const },
        },
      ],
    });
    const dated = article("Anna Kessel met Tomas Brandvik for talks.", {
      meeting: { day: "2031-06-18", text: "on June 18" },
    });
    expect(scoreEvent(dated, proposedBy("on Wednesday"))?.evidence.date).toMatchObject({
      value: 1,
      weekday: true,
    });
    expect(scoreEvent(dated, proposedBy("on Saturday"))).toBeNull();
  });

  it("takes a venue named after its town for that town", () => {
    const there = article("Anna Kessel met Tomas Brandvik in Rostavik.", {
      meeting: { day: "2031-06-18", text: "on June 18" },
    });
    expect(scoreEvent(there, event(pair, "Rostavik International Airport"))?.evidence.place).toMatchObject({
      value: 1,
      matched: "rostavik",
    });
  });

  it("dates an undated event by its articles' publication against a page that gives no day at all", () => {
    // Proposed from an undated preview, then joined by a transcript published on 15 November 2031.
    const undated = {
      ...event(pair, null),
      startsAt: null,
      startPrecision: "UNKNOWN" as const,
      articles: [
        { article: { publishedAt: new Date("2031-11-15T00:00:00Z"), publishedPrecision: "DAY" as const } },
      ],
    };
    // A page with no date of any kind about the same two: another of their meetings as likely as this one.
    const dayless = "Anna Kessel and Tomas Brandvik met in Lindby ahead of the summit.";
    expect(scoreEvent(article(dayless), undated)).toBeNull();
    // An event that no article dates yet is all such a page has to go on.
    expect(scoreEvent(article(dayless), { ...undated, articles: [] })).not.toBeNull();
    // The event's place named in the page tells.
    const there = "Anna Kessel and Tomas Brandvik met in Rostavik ahead of the summit.";
    expect(scoreEvent(article(there), { ...undated, place: "Rostavik" })).not.toBeNull();
  });

  it("keeps a meeting of two of a four-party meeting's people apart, unless its date agrees", () => {
    const four = [...pair, person("c", "Ole Sand"), person("d", "Vera Lind")];
    const bilateral = "Anna Kessel welcomed Tomas Brandvik to Rostavik for talks.";
    const published = { reference: { day: "2031-06-19", source: "published" as const } };
    expect(scoreEvent(article(bilateral, published), event(four))).toBeNull();
    // Three of the four: the meeting itself.
    expect(
      scoreEvent(article(bilateral, { ...published, lead: ["a", "b", "c"] }), event(four)),
    ).not.toBeNull();
    // The summit's own day: a report on it that names two of its people.
    const sameDay = { ...published, meeting: { day: "2031-06-18", text: "June 18, 2031" } };
    expect(scoreEvent(article(bilateral, sameDay), event(four))).not.toBeNull();
  });

  it("tells an undated meeting from another only by whom an undated article is first about", () => {
    const undated = { ...event(pair, null), startsAt: null, startPrecision: "UNKNOWN" as const };
    // Sand met Brandvik; Kessel is named in another sentence: not the undated Kessel–Brandvik meeting.
    const other = {
      ...article("Ole Sand met Tomas Brandvik. It was the first visit since Anna Kessel took office."),
      named: [
        { id: "c", kind: "PERSON", at: 0, lead: true, name: "Ole Sand" },
        { id: "b", kind: "PERSON", at: 13, lead: true, name: "Tomas Brandvik" },
        { id: "a", kind: "PERSON", at: 59, lead: true, name: "Anna Kessel" },
      ],
    };
    expect(scoreEvent(other, undated)).toBeNull();
    // An article first about Kessel and Brandvik joins it.
    expect(scoreEvent(article("Anna Kessel met Tomas Brandvik for talks."), undated)).not.toBeNull();
    // So does one that names an aide between them: who met is read from the sentence that says so.
    const aide = "Anna Kessel, joined by Ole Sand, met Tomas Brandvik.";
    const withAide = {
      ...article(aide),
      named: [
        { id: "a", kind: "PERSON", at: 0, lead: true, name: "Anna Kessel" },
        { id: "c", kind: "PERSON", at: aide.indexOf("Ole"), lead: true, name: "Ole Sand" },
        { id: "b", kind: "PERSON", at: aide.indexOf("Tomas"), lead: true, name: "Tomas Brandvik" },
      ],
    };
    expect(scoreEvent(withAide, undated)).not.toBeNull();
  });

  it("dates a meeting by a month and day written without a year", () => {
    // A briefing with its briefers in the lead, no year on the page: the month and day still agree.
    const briefing = "Ole Sand and Vera Lind will discuss Anna Kessel's June 18th to 19th visit to Rostavik.";
    const match = scoreEvent(
      article(briefing, { meeting: { day: null, text: "June 18th to 19th" }, lead: ["c", "d", "a"] }),
      event(pair),
    );
    expect(match?.evidence.date).toMatchObject({ value: 1, withoutYear: true });
    // Such a date is a day of its own: a page that gives no other day and no place still joins.
    const nowhere = "Anna Kessel met Tomas Brandvik on June 18 to discuss the fishing zone.";
    expect(
      scoreEvent(article(nowhere, { meeting: { day: null, text: "June 18" } }), event(pair)),
    ).not.toBeNull();
    expect(scoreEvent(article(nowhere, { meeting: { day: null, text: "July 2" } }), event(pair))).toBeNull();
    // Another month and day do not: the briefers are another meeting's people.
    const other = briefing.replace("June 18th to 19th", "March 2nd");
    expect(
      scoreEvent(
        article(other, { meeting: { day: null, text: "March 2nd" }, lead: ["c", "d", "a"] }),
        event(pair),
      ),
    ).toBeNull();
  });
});

describe("a page that gives no day, about the only stored meeting of its people", () => {
  it("joins that meeting where its place agrees with the meeting's own pages or it names none, and else proposes another", async () => {
    const dated = await importPage(db.prisma, {
      content: page(
        "Ilse Marrow hosts Piet Dorn for talks",
        "Harbour Post — 18 June 2031, 10:00",
        "Prime Minister Ilse Marrow welcomed President Piet Dorn in Bergen on June 18, 2031, on the first day of his state visit to Norway.",
      ),
    });
    const visit = await eventOf(dated.articleIds);
    expect(visit?.startsAt).toEqual(new Date("2031-06-18T00:00:00Z"));
    // No date line, no meeting date: only the state visit to Norway, which the dated page names too.
    const undated = await importPage(db.prisma, {
      content: page(
        "Marrow and Dorn sign ten agreements",
        "Northern Ledger",
        "During President Piet Dorn's state visit to Norway, he and Prime Minister Ilse Marrow signed ten agreements.",
      ),
    });
    const link = await db.prisma.articleEvent.findFirst({ where: { articleId: { in: undated.articleIds } } });
    expect(link?.eventId).toBe(visit?.id);
    expect(link?.evidence).toMatchObject({ onlyMeetingOfThesePeople: true, place: { matched: "norway" } });
    // A page that names no day and no place at all tells nothing against it: it joins, on its people.
    const nowhere = await importPage(db.prisma, {
      content: page(
        "Marrow and Dorn pledge closer ties",
        "Eastern Ledger",
        "Prime Minister Ilse Marrow and President Piet Dorn pledged closer ties in energy and shipping.",
      ),
    });
    const joined = await db.prisma.articleEvent.findFirst({
      where: { articleId: { in: nowhere.articleIds } },
    });
    expect(joined?.eventId).toBe(visit?.id);
    expect(joined?.evidence).toMatchObject({ onlyMeetingOfThesePeople: true });
    expect(joined?.evidence).not.toHaveProperty("place");
    // A call is no meeting in person: it could be any of their talks.
    const call = await importPage(db.prisma, {
      content: page(
        "Marrow and Dorn discuss energy",
        "Western Ledger",
        "Prime Minister Ilse Marrow and President Piet Dorn discussed energy in a phone call.",
      ),
    });
    expect((await eventOf(call.articleIds))?.id).not.toBe(visit?.id);
    // A page that sets their meeting at another gathering could be about any of their meetings.
    const margins = await importPage(db.prisma, {
      content: page(
        "Marrow meets Dorn",
        "Northern Ledger",
        "Prime Minister Ilse Marrow met today with President Piet Dorn on the margins of the council's ministerial.",
      ),
    });
    expect((await eventOf(margins.articleIds))?.id).not.toBe(visit?.id);
  });

  it("takes a venue of the meeting's place for no town the page must name", async () => {
    const dated = await importPage(db.prisma, {
      content: page(
        "Ilse Marrow welcomes Lars Tovik at Vardo Castle",
        "Harbour Post — 20 June 2031, 10:00",
        "Prime Minister Ilse Marrow welcomed President Lars Tovik at Vardo Castle on June 20, 2031, during his state visit to Norway.",
      ),
    });
    const visit = await eventOf(dated.articleIds);
    expect(visit?.place).toMatch(/Vardo Castle/u);
    // No date to read "on Thursday" against; the country only, which the dated page names too.
    const undated = await importPage(db.prisma, {
      content: page(
        "Tovik and Marrow agree to step up ties",
        "Northern Ledger",
        "President Lars Tovik met with Prime Minister Ilse Marrow on Thursday in Norway, the final stop of his tour.",
      ),
    });
    expect((await eventOf(undated.articleIds))?.id).toBe(visit?.id);
  });

  it("takes no spokesperson into a proposed meeting's people, with an honorific before the name too", async () => {
    const result = await importPage(db.prisma, {
      content: page(
        "Dorn receives Sorvik in Kessby",
        "Harbour Post — 14 February 2031, 13:50",
        "A few minutes ago, President Lena Sorvik arrived in Kessby for talks with President Piet Dorn. Presidency Spokesperson Dr. Ola Brekke said that the two presidents will hold a joint summit on trade.",
      ),
    });
    const people = (await eventOf(result.articleIds))?.participants.map((p) => p.participant.name);
    expect(people).toEqual(expect.arrayContaining(["Lena Sorvik", "Piet Dorn"]));
    expect(people).not.toContain("Ola Brekke");
  });

  it("takes into a meeting the people a page is about, not a welcoming party it names once", async () => {
    const result = await importPage(db.prisma, {
      content: page(
        "President Lena Sorvik touches down in Kessby",
        "Harbour Post — 3 March 2031, 21:10",
        "President Lena Sorvik arrived on Thursday evening in Kessby for a 27-hour visit expected to focus on trade and migration.",
        "The welcoming party included Finance Minister Ada Vik, Foreign Minister Tor Lunde and Ambassador Eli Moen.",
        "Sorvik was then greeted by Prime Minister Jon Halvard at his residence. Halvard and Sorvik hold talks on Friday.",
        "Halvard has said the talks will cover the border. Sorvik is expected to address parliament.",
      ),
    });
    const event = await eventOf(result.articleIds);
    const people = event?.participants.map((p) => p.participant.name);
    expect(people).toEqual(expect.arrayContaining(["Lena Sorvik", "Jon Halvard"]));
    expect(people).not.toContain("Ada Vik");
    expect(event?.title).toMatch(/^(?:Lena Sorvik–Jon Halvard|Jon Halvard–Lena Sorvik) meeting/);
  });

  it("reads whom a page is about past a spouse who shares a name, and joins the undated meeting of that pair", async () => {
    const first = await importPage(db.prisma, {
      content: page(
        "Sorvik and Halvard hold talks in Vellby",
        "Harbour Post",
        "President Lena Sorvik and Prime Minister Jon Halvard held talks in Vellby on trade and the border.",
        "Sorvik and Halvard said the talks would go on.",
      ),
    });
    const arrival = await importPage(db.prisma, {
      content: page(
        "President Lena Sorvik touches down in Vellby",
        "Harbour Post",
        "President Lena Sorvik arrived on Thursday evening in Vellby for a 27-hour visit expected to focus on trade.",
        "The welcoming party included Finance Minister Ada Vik and Foreign Minister Tor Lunde.",
        "Sorvik was then greeted by Prime Minister Jon Halvard and his wife, Mia Halvard, at their home.",
        "Halvard has said the talks will cover the border. Sorvik and Halvard meet on Friday.",
      ),
    });
    const event = await eventOf(arrival.articleIds);
    expect(event?.id).toBe((await eventOf(first.articleIds))?.id);
  });

  it("matches a meeting at a well-known venue by the places that hold it, and prefers the event whose day agrees", async () => {
    const oval = await importPage(db.prisma, {
      content: page(
        "Sorvik and Dahl hold talks",
        "Harbour Post — 3 March 2031, 18:00",
        "President Lena Sorvik met Premier Ivo Dahl in the Oval Office on March 3, 2031 for talks on trade.",
      ),
    });
    const dated = await eventOf(oval.articleIds);
    expect(dated?.place).toBe("Oval Office");
    // A page with no day at all that names the White House: the same meeting.
    const house = await importPage(db.prisma, {
      content: page(
        "Sorvik welcomes Dahl",
        "Harbour Post",
        "President Lena Sorvik welcomed Premier Ivo Dahl at the White House for talks on trade.",
      ),
    });
    expect((await eventOf(house.articleIds))?.id).toBe(dated?.id);
    // A page that gives neither day nor place proposes a meeting of its own, which a page dated on the
    // meeting's day but naming another venue does not join: the day agrees with the dated one.
    const vague = await importPage(db.prisma, {
      content: page(
        "Sorvik and Dahl talk trade",
        "Harbour Post",
        "Lena Sorvik and Ivo Dahl held talks on trade.",
      ),
    });
    const own = await eventOf(vague.articleIds);
    expect(own).toBeDefined();
    expect(own?.id).not.toBe(dated?.id);
    const later = await importPage(db.prisma, {
      content: page(
        "Sorvik, Dahl dine at Harbour Hall",
        "Harbour Post — 4 March 2031, 09:00",
        "Lena Sorvik and Ivo Dahl met at Harbour Hall on March 3 for a dinner after their talks.",
      ),
    });
    expect((await eventOf(later.articleIds))?.id).toBe(dated?.id);
  });

  it("reads the town of a venue's description, and joins a dated page to an undated meeting its own pages hold there", async () => {
    // A page with no date: the meeting at a hotel it names by its town.
    const first = await importPage(db.prisma, {
      content: page(
        "Sorvik meets Brekke in Ostby City",
        "Harbour Post",
        "OSLAND — President Lena Sorvik and Prime Minister Ola Brekke met at a Lisbon hotel on Wednesday, as leaders gathered for the assembly.",
        "The meeting took place as the assembly opened.",
      ),
    });
    const undated = await eventOf(first.articleIds);
    expect(undated?.place).toContain("Lisbon");
    expect(undated?.place).not.toContain("Osland");
    // A dated page that holds the meeting in the town the first page's headline names: the same meeting.
    const dated = await importPage(db.prisma, {
      content: page(
        "Brekke and Sorvik hold talks",
        "Harbour Post — 20 September 2031, 18:00",
        "Prime Minister Ola Brekke met President Lena Sorvik in Ostby City on Wednesday for talks on the assembly.",
      ),
    });
    expect((await eventOf(dated.articleIds))?.id).toBe(undated?.id);
  });

  it("reads the town of a name's possessive visit, and a town's name with its small words", async () => {
    const result = await importPage(db.prisma, {
      content: page(
        "Sorvik and Halvard sign pact",
        "Harbour Post — 20 November 2031, 10:00",
        "Lena Sorvik and Jon Halvard signed a pact on November 20, 2031. Lena Sorvik's visit to Brasília follows her part in the summit, held in Rio de Janeiro last week.",
      ),
    });
    expect((await eventOf(result.articleIds))?.place).toBe("Brasília");
    const rio = await importPage(db.prisma, {
      content: page(
        "Sorvik and Dorn meet",
        "Harbour Post — 12 November 2031, 10:00",
        "Lena Sorvik met Piet Dorn for talks held in Rio de Janeiro on November 12, 2031.",
      ),
    });
    expect((await eventOf(rio.articleIds))?.place).toBe("Rio de Janeiro");
    // A visit yet to be made places no meeting.
    const before = await importPage(db.prisma, {
      content: page(
        "Halvard and Dorn hold talks",
        "Harbour Post — 2 December 2031, 10:00",
        "Jon Halvard and Piet Dorn held talks on December 2, 2031, a week before Halvard's state visit to Paris.",
      ),
    });
    expect((await eventOf(before.articleIds))?.place ?? null).not.toBe("Paris");
  });
});

describe("a day and month with its weekday and no year, in a text dated only by its capture", () => {
  it("is of the latest year in which that day falls on that weekday", () => {
    const { meetingCues, futureCues } = linkingReference();
    const read = (text: string, source: "captured" | "published") =>
      meetingDates(text, { day: "2026-01-01", source }, { meeting: meetingCues, future: futureCues })[0]?.day;
    // 21 March was a Wednesday in 2018, not in 2025.
    expect(
      read(
        "The bilateral meeting, which took place this Wednesday, March 21, in Lindby, went well.",
        "captured",
      ),
    ).toBe("2018-03-21");
    // (A day without its weekday stays the nearest before the capture.)
    expect(read("The bilateral meeting took place on March 21 in Lindby.", "captured")).toBe("2025-03-21");
  });
});
