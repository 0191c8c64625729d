/**
 * People across articles: name variants, misspellings and titles resolve to one participant within and
 * across imports, with the rule and score that decided it; a new person is proposed once and shared by
 * later articles; title words alone are never people; roles carry the article's date.
 */
import { importPage, linkingReference, PeopleIndex, type Person, reference } from "@readout/ingest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

const page = (title: string, dateLine: string, ...paragraphs: string[]) =>
  `${title}\n\n${dateLine}\n\n${paragraphs.join("\n\n")}\n`;

const candidatesOf = (
  prisma: TestDb["prisma"],
  articleIds: string[],
  kind: "PARTICIPANT" | "ROLE" | "STATEMENT",
) =>
  prisma.candidate.findMany({
    where: { articleId: { in: articleIds }, kind },
    include: { evidence: true },
    orderBy: { createdAt: "asc" },
  });

const person = (id: string, name: string, aliases: string[] = [], roles: string[] = []): Person => ({
  id,
  name,
  kind: "PERSON",
  proposed: false,
  aliases: [name.toLowerCase(), ...aliases.map((a) => a.toLowerCase())],
  roles,
});

/** An index of the given people, with the reference lists' titles, honorifics and given-name forms. */
const indexOf = (...people: ReturnType<typeof person>[]) =>
  new PeopleIndex(people, {
    roleWords: reference().vocabulary.roleWords,
    honorifics: linkingReference().honorifics,
    titleWords: linkingReference().titleWords,
    givenNameForms: linkingReference().givenNameForms,
    addressForms: linkingReference().addressForms,
  });

describe("resolving a name", () => {
  const index = () =>
    indexOf(
      person("blinken", "Antony Blinken", ["Anthony Blinken"], ["US Secretary of State"]),
      person("qin", "Qin Gang", ["Qin"], ["Foreign Minister of China"]),
      person("biden", "Joe Biden", [], ["President of the United States"]),
      person("xi", "Xi Jinping", [], ["President of China"]),
    );

  it("reads honorifics, titles, initials and surnames as the same person, and says which rule matched", () => {
    const people = index();
    expect(people.resolve("Antony Blinken")).toMatchObject({
      person: { id: "blinken" },
      rule: "alias",
      score: 1,
    });
    expect(people.resolve("Secretary Blinken")).toMatchObject({
      person: { id: "blinken" },
      rule: "short-name",
    });
    expect(people.resolve("Mr Blinken")).toMatchObject({ person: { id: "blinken" }, rule: "short-name" });
    expect(people.resolve("Antony J. Blinken")).toMatchObject({ person: { id: "blinken" }, rule: "variant" });
    // A given name's initial, and a given name for a stored initial.
    expect(people.resolve("J. Biden")).toMatchObject({ person: { id: "biden" }, rule: "variant" });
    expect(people.resolve("K. Biden").person).toBeNull();
    // Initials for two given names.
    const saud = indexOf(person("saud", "Narayan Prakash Saud", [], ["Foreign Minister of Nepal"]));
    expect(saud.resolve("N.P. Saud")).toMatchObject({ person: { id: "saud" }, rule: "variant" });
    expect(saud.resolve("K.P. Saud").person).toBeNull();
    // The word before the small words of a family name.
    const lula = indexOf(person("lula", "Luiz Inácio Lula da Silva", [], ["President of Brazil"]));
    expect(lula.resolve("Lula")).toMatchObject({ person: { id: "lula" }, rule: "short-name" });
    expect(people.resolve("Antony John Blinken")).toMatchObject({
      person: { id: "blinken" },
      rule: "middle-name",
    });
    // The other way round: a stored name's first and last words, its middle name left out.
    const lind = indexOf(person("lind", "Pablo Sorel Lind", [], ["President of Norland"]));
    expect(lind.resolve("Pablo Lind")).toMatchObject({ person: { id: "lind" }, rule: "middle-name" });
    expect(lind.resolve("Sorel Lind")).toMatchObject({ person: { id: "lind" } });
    expect(lind.resolve("Pablo Dorn").person).toBeNull();
    expect(people.resolve("Antony Blinkin")).toMatchObject({
      person: { id: "blinken" },
      rule: "misspelling",
    });
    expect(people.resolve("Foreign Minister Qin Gang")).toMatchObject({
      person: { id: "qin" },
      rule: "variant",
    });
  });

  it("reads a surname one letter off the name of one person the article names as theirs, and no one else's", () => {
    const people = indexOf(
      person("velkova", "Andrea Vellkova", [], ["Prime Minister of Norland"]),
      person("orrin", "Tomas Orrin", [], ["President of Sudria"]),
    );
    expect(people.resolve("Velkova", "PERSON", new Set(["velkova", "orrin"]))).toMatchObject({
      person: { id: "velkova" },
      rule: "misspelling",
    });
    // (Not when the article does not name them, nor for a short name or another first letter.)
    expect(people.resolve("Velkova", "PERSON", new Set(["orrin"])).person).toBeNull();
    expect(people.resolve("Orin", "PERSON", new Set(["orrin"])).person).toBeNull();
    expect(people.resolve("Kelkova", "PERSON", new Set(["velkova"])).person).toBeNull();
  });

  it("reads a middle word of one name of three words the article gives as that person ('Ghafoor' of 'Abdul Ghafoor Mohamed')", () => {
    const people = indexOf(
      person("ghafoor", "Abdul Ghafoor Mohamed", [], ["Foreign Secretary of Norland"]),
      person("momen", "Masud Bin Momen", [], ["Foreign Secretary of Sudria"]),
    );
    const here = new Set(["ghafoor", "momen"]);
    expect(people.resolve("Ghafoor", "PERSON", here)).toMatchObject({ person: { id: "ghafoor" } });
    // (Not where the article does not name them; and a word after "Bin" is a father's.)
    expect(people.resolve("Ghafoor", "PERSON", new Set(["momen"])).person).toBeNull();
    expect(people.resolve("Bin", "PERSON", here).person).toBeNull();
  });

  it("reads a stored name with a second family name after it as the same person ('Gustavo Petro Urrego')", () => {
    const people = indexOf(person("nieto", "Pablo Nieto", [], ["President of Norland"]));
    expect(people.resolve("Pablo Nieto Urrego")).toMatchObject({ person: { id: "nieto" }, rule: "variant" });
    expect(people.resolve("Pablo Urrego").person).toBeNull();
    // Not after a given name: "Juan Carlos Varela" is not a stored "Juan Carlos".
    const king = indexOf(person("king", "Juan Carlos", [], ["King of Norland"]));
    expect(king.resolve("Juan Carlos Varela").person).toBeNull();
  });

  it("reads a stored full name after a title in another language as the same person, not after a given name", () => {
    const people = indexOf(person("nieto", "Pablo Nieto", [], ["Chancellor of Norland"]));
    expect(people.resolve("Bundeskanzler Pablo Nieto")).toMatchObject({
      person: { id: "nieto" },
      rule: "variant",
    });
    expect(people.resolve("Maria Pablo Nieto").person).toBeNull();
    // (Where the same article names him, a word before his full name addresses him: "thanks to Sri Pablo
    // Nieto".)
    expect(people.resolve("Sri Pablo Nieto", "PERSON", new Set(["nieto"]))).toMatchObject({
      person: { id: "nieto" },
      rule: "variant",
    });
    // (A form of address of two words, as a whole: "Tan Sri Nieto" is Pablo Nieto; "Tan" alone a name.)
    expect(people.resolve("Tan Sri Nieto", "PERSON", new Set(["nieto"])).person?.id).toBe("nieto");
    // A son's name that holds his father's is no title before it.
    const father = indexOf(person("hamad", "Hamad Al Varo", [], ["Emir of Norland"]));
    expect(father.resolve("Tamim bin Hamad Al Varo").person).toBeNull();
  });

  it("reads another form of a given name, and a family name written first, as the same person", () => {
    const people = index();
    expect(people.resolve("Joseph R. Biden")).toMatchObject({ person: { id: "biden" }, rule: "variant" });
    expect(people.resolve("Joseph Biden").person?.id).toBe("biden");
    // "Xi" for Xi Jinping, when the article names him in full; a first name alone names no one else.
    expect(people.resolve("Xi", "PERSON", new Set(["xi"]))).toMatchObject({
      person: { id: "xi" },
      rule: "short-name",
    });
    expect(people.resolve("Xi", "PERSON", new Set()).person).toBeNull();
    expect(people.resolve("Antony", "PERSON", new Set(["xi"])).person).toBeNull();
    // The two names in the other order ("Jinping Xi", as "Kishida Fumio" for "Fumio Kishida").
    expect(people.resolve("Jinping Xi")).toMatchObject({ person: { id: "xi" }, rule: "variant" });
    expect(people.resolve("Gang Qin")).toMatchObject({ person: { id: "qin" }, rule: "variant" });
  });

  it("never makes a person of title words or a lone first name", () => {
    const people = index();
    for (const name of [
      "Foreign Minister",
      "Secretary of State",
      "the Vice Premier",
      "Antony",
      "Minister Okafor",
    ])
      expect(people.resolve(name).person).toBeNull();
    expect(people.resolve("Foreign Minister").rule).toBe("fragment");
    expect(people.resolve("Secretary of State").rule).toBe("fragment");
    expect(people.resolve("Lena Okafor").rule).toBe("new");
  });

  it("resolves a title to the one person named in the article who holds such a role", () => {
    const people = index();
    const here = new Set(["blinken", "qin"]);
    expect(people.resolveTitle("the Secretary", here)).toMatchObject({
      person: { id: "blinken" },
      rule: "title",
    });
    expect(people.resolveTitle("the Chinese foreign minister", here)).toMatchObject({
      person: { id: "qin" },
    });
    expect(people.resolveTitle("the President", here).person).toBeNull();
  });
});

describe("people across imported articles", () => {
  it("resolves 'Xi' in one article and 'Xi Jinping' in another to one participant", async () => {
    const first = await importPage(db.prisma, {
      content: page(
        "Leaders of Ostland and China meet in Beijing",
        "Harbour Post — 2 June 2031, 10:00",
        "Chinese President Xi Jinping met Ostland's Prime Minister Karel Dunst in Beijing on Monday.",
        "Xi Jinping said the two countries were old friends.",
      ),
    });
    const second = await importPage(db.prisma, {
      content: page(
        "Xi hosts Ostland leader",
        "Northern Ledger — 3 June 2031, 08:00",
        "President Xi told Prime Minister Karel Dunst that trade should grow, after talks in Beijing on Monday.",
      ),
    });
    const xi = await db.prisma.participant.findMany({ where: { name: "Xi Jinping" } });
    expect(xi).toHaveLength(1);
    expect(xi[0]?.proposed).toBe(true);
    const [firstXi] = (await candidatesOf(db.prisma, first.articleIds, "PARTICIPANT")).filter((c) =>
      c.evidence.exact.startsWith("Xi"),
    );
    const secondXi = (await candidatesOf(db.prisma, second.articleIds, "PARTICIPANT")).filter((c) =>
      c.evidence.exact.startsWith("Xi"),
    );
    expect(firstXi?.participantId).toBe(xi[0]?.id);
    expect(secondXi.map((c) => c.participantId)).toEqual([xi[0]?.id]);
    expect(secondXi[0]?.data).toMatchObject({ resolution: { rule: "short-name" } });
    // Roles carry the date of the article that states them.
    const roles = await candidatesOf(db.prisma, [...first.articleIds, ...second.articleIds], "ROLE");
    expect(roles.find((r) => r.evidence.exact === "Chinese President Xi Jinping")?.data).toMatchObject({
      validOn: "2031-06-02",
    });
    expect(roles.find((r) => r.evidence.exact === "President Xi")).toMatchObject({
      participantId: xi[0]?.id,
      data: { validOn: "2031-06-03" },
    });
    // One proposed participant per person, and the two articles on one event.
    expect(await db.prisma.participant.count({ where: { name: "Karel Dunst" } })).toBe(1);
    const events = await db.prisma.articleEvent.findMany({
      where: { articleId: { in: [...first.articleIds, ...second.articleIds] } },
    });
    expect(new Set(events.map((e) => e.eventId)).size).toBe(1);
  });

  it("reads a full name whole where an earlier article proposed one of its words as a person ('Wen', then 'Wen Haolin')", async () => {
    await importPage(db.prisma, {
      content: page(
        "Wen urges Ostland to seek common ground",
        "Harbour Post — 9 July 2031, 10:00",
        "“We must look at our ties from a long-term perspective,” Wen told Prime Minister Karel Dunst in Kessby.",
      ),
    });
    const second = await importPage(db.prisma, {
      content: page(
        "Ostland and its neighbour sign trade pact",
        "Northern Ledger — 10 July 2031, 08:00",
        "President Wen Haolin and Prime Minister Karel Dunst signed a trade pact in Kessby on Wednesday.",
      ),
    });
    // The stored word takes no part of the longer name; one word is no evidence that they are one person
    // ("Wang" may be Wang Yi or Wang Wenbin), so the full name is a person of its own.
    const names = (await candidatesOf(db.prisma, second.articleIds, "PARTICIPANT")).map(
      (c) => (c.data as { name?: string }).name,
    );
    expect(names).toContain("Wen Haolin");
    expect(names).not.toContain("Wen");
  });

  it("resolves a misspelling of a stored name to the stored participant and records it as an alias", async () => {
    const result = await importPage(seeded.prisma, {
      content: page(
        "Blinken in Beijing",
        "Harbour Post — 19 June 2023, 08:00",
        "Antony Blinkin met Qin Gang in Beijing on Sunday, the first visit by a US Secretary of State in five years.",
      ),
    });
    const blinken = await seeded.prisma.participant.findUniqueOrThrow({
      where: { key: "antony-blinken" },
      include: { aliases: true },
    });
    const [candidate] = (await candidatesOf(seeded.prisma, result.articleIds, "PARTICIPANT")).filter((c) =>
      c.evidence.exact.includes("Blink"),
    );
    expect(candidate?.participantId).toBe(blinken.id);
    expect(candidate?.data).toMatchObject({ resolution: { rule: "misspelling" } });
    expect(blinken.aliases.map((a) => a.normalized)).toContain("antony blinkin");
    expect(
      await seeded.prisma.participant.count({ where: { proposed: true, name: { contains: "Blinken" } } }),
    ).toBe(0);
  });

  it("reads one word in brackets after a full name as that person's short name ('Tomas Veldt (Tomo)')", async () => {
    const result = await importPage(db.prisma, {
      content: page(
        "Veldt and Arno ride bicycles in Lakeside",
        "Harbour Post — 5 June 2031, 09:00",
        "President Tomas Veldt (Tomo) invited Prime Minister Lisa Arno to ride bicycles at the palace in Lakeside.",
        "“It was a fine morning,” Tomo said after the ride.",
      ),
    });
    const participants = await candidatesOf(db.prisma, result.articleIds, "PARTICIPANT");
    const veldt = await db.prisma.participant.findMany({
      where: { name: { in: ["Tomas Veldt", "Tomo"] } },
      include: { aliases: true },
    });
    expect(veldt.map((p) => p.name)).toEqual(["Tomas Veldt"]);
    expect(veldt[0]?.aliases.map((a) => a.normalized)).toContain("tomo");
    expect(participants.filter((c) => c.participantId === veldt[0]?.id)).toHaveLength(1);
  });

  it("proposes a surname that a plural title announces ('Presidents Marrow and Ada Lind')", async () => {
    const result = await importPage(db.prisma, {
      content: page(
        "Norland and Sudria sign seven agreements",
        "Harbour Post — 6 June 2031, 09:00",
        "Norland and Sudria yesterday signed seven bilateral agreements covering housing and health.",
        "Presidents Marrow and Ada Lind presided over the closing session yesterday, after four days of engagements.",
        "In his remarks, President Marrow said the platform helped the two countries identify common challenges.",
        "The meeting took place at the margins of the Pacific Island Forum Leaders Special Retreat currently held in Nadi.",
      ),
    });
    expect(await db.prisma.participant.findMany({ where: { name: "Retreat" } })).toEqual([]);
    const participants = await candidatesOf(db.prisma, result.articleIds, "PARTICIPANT");
    const marrow = await db.prisma.participant.findMany({ where: { name: "Marrow" } });
    expect(marrow).toHaveLength(1);
    expect(participants.some((c) => c.participantId === marrow[0]?.id)).toBe(true);
  });

  it("takes a stored name for no prefix of a longer name, and reads a name of four words whole", async () => {
    await importPage(db.prisma, {
      content: page(
        "Leaders agree on river policy",
        "Harbour Post — 7 June 2031, 09:00",
        "The presidents of Norland, Andrés Manuel Ruiz, and Sudria, Lisa Arno, met on Friday.",
      ),
    });
    const result = await importPage(db.prisma, {
      content: page(
        "Arno on official visit to Norland",
        "Northern Ledger — 8 June 2031, 09:00",
        "The presidents of Norland, Andrés Manuel Ruiz Obrante, and Sudria, Lisa Arno, agreed on Friday to convene a conference.",
        "Ruiz Obrante received her at the door of the palace.",
      ),
    });
    const names = (await candidatesOf(db.prisma, result.articleIds, "PARTICIPANT")).map(
      (c) => c.evidence.exact,
    );
    expect(names).toContain("Andrés Manuel Ruiz Obrante");
    expect(names).not.toContain("Andrés Manuel Ruiz");
    expect(names.filter((name) => name.includes("Obrante"))).toHaveLength(1);
  });

  it("names two people who speak together by the titles the text gives them and their full names", async () => {
    const result = await importPage(db.prisma, {
      content: page(
        "Halvorsen and Mbeki reaffirm harbour accord",
        "Harbour Post — 9 June 2031, 09:00",
        "Foreign Minister Ragna Halvorsen met Trade Minister Sipho Mbeki in Lakeside on Monday.",
        "Minister Halvorsen and Trade Minister Mbeki reaffirmed that the harbour accord is the basis of peace.",
      ),
    });
    const statements = await candidatesOf(db.prisma, result.articleIds, "STATEMENT");
    const pair = statements.find((c) => c.evidence.exact.includes("basis of peace"));
    expect((pair?.data as { speaker?: string } | undefined)?.speaker).toBe(
      "Minister Ragna Halvorsen and Trade Minister Sipho Mbeki",
    );
  });

  it("keeps a description qualified by a country whole as its speaker's label", async () => {
    const result = await importPage(db.prisma, {
      content: page(
        "Kestria and Belmar restore ties",
        "Harbour Post — 10 June 2031, 09:00",
        "Kestria and Belmar agreed on Friday in Lindby to restore ties.",
        "A senior security official of Kestria said the agreement had been endorsed by the president.",
      ),
    });
    const statements = await candidatesOf(db.prisma, result.articleIds, "STATEMENT");
    const official = statements.find((c) => c.evidence.exact.includes("endorsed by the president"));
    expect((official?.data as { speaker?: string } | undefined)?.speaker).toBe(
      "A senior security official of Kestria",
    );
  });

  it("keeps title words alone out of the participants", async () => {
    const result = await importPage(db.prisma, {
      content: page(
        "Ministers meet on river water",
        "Harbour Post — 9 June 2031, 10:00",
        "Sudria's Foreign Minister Lena Okafor met the Secretary of State of Norland in Geneva on Monday.",
        "The Foreign Minister said the talks were useful. The Secretary of State did not comment.",
      ),
    });
    const names = (await candidatesOf(db.prisma, result.articleIds, "PARTICIPANT")).map(
      (c) => (c.data as { name: string }).name,
    );
    expect(names).toContain("Lena Okafor");
    for (const name of names)
      expect(name).not.toMatch(/^(the )?(Foreign Minister|Secretary of State|Secretary)$/i);
  });
});

describe("a speaker named by a post of a country that no one named holds", () => {
  it("keeps the post and its country as the speaker, never the country alone", async () => {
    const result = await importPage(db.prisma, {
      content: page(
        "Ministers meet in Lindby",
        "Harbour Post — 9 June 2031, 10:00",
        "Foreign Minister Ada Lind met Boris Kovac in Lindby on Monday.",
        "President of Kyrgyzstan said the two countries had great potential.",
      ),
    });
    const [statement] = (await candidatesOf(db.prisma, result.articleIds, "STATEMENT")).filter((c) =>
      c.evidence.exact.includes("great potential"),
    );
    expect(statement?.data).toMatchObject({ speaker: "President of Kyrgyzstan" });
    expect(statement?.participantId).toBeNull();
  });
});

describe("a name's last word after 'bin'", () => {
  it("is a father's name, by which no one is called alone; a family name after 'Al' is", () => {
    const people = indexOf(person("yusuf", "Yusuf Bin Alawi Bin Hamdan"), person("jubeir", "Adel Al Jubeir"));
    const here = new Set(["yusuf", "jubeir"]);
    expect(people.resolve("King Hamdan", "PERSON", here, true).person).toBeNull();
    expect(people.resolve("Hamdan", "PERSON", here).person).toBeNull();
    expect(people.resolve("Jubeir", "PERSON", here).person?.id).toBe("jubeir");
  });
});

describe("a speaker named by a body whose name shares its first letters with a post", () => {
  it("leaves 'the Ministry of Foreign Affairs' to the body, never its Minister of Foreign Affairs", async () => {
    const result = await importPage(db.prisma, {
      content: page(
        "Minister receives an envoy in Lindby",
        "Harbour Post — 10 June 2031, 10:00",
        "Minister of Foreign Affairs Hana Velkova received in audience the Ambassador of Sudria, Tomas Orrin, on Tuesday.",
        "The Ministry of Foreign Affairs, in a Facebook post, disclosed that Velkova and the envoy discussed trade and the border.",
      ),
    });
    const [statement] = (await candidatesOf(db.prisma, result.articleIds, "STATEMENT")).filter((c) =>
      c.evidence.exact.includes("discussed trade"),
    );
    expect(statement?.data).toMatchObject({ speaker: "The Ministry of Foreign Affairs" });
    expect(statement?.participantId).toBeNull();
  });
});

describe("a full name named again with its family name", () => {
  it("takes 'Karim Bin Zaid Al Harun' after 'Karim Bin Zaid' for the same person, only where the article named him", () => {
    const people = indexOf(person("karim", "Karim Bin Zaid"), person("tarek", "Tarek Bin Zaid Al Harun"));
    expect(people.resolve("Karim Bin Zaid Al Harun", "PERSON", new Set(["karim", "tarek"]))).toMatchObject({
      person: { id: "karim" },
      rule: "variant",
    });
    // (Nor is he his brother, whose given name is a few letters away.)
    expect(people.resolve("Karim Bin Zaid Al Harun", "PERSON", new Set(["tarek"])).person).toBeNull();
    expect(people.resolve("Tarek Bin Zayd Al Harun", "PERSON", new Set(["tarek"])).person?.id).toBe("tarek");
  });
});

describe("a speaker who speaks for a person the article names", () => {
  it("keeps 'A spokesperson for Senator Lind' as a label, never Lind herself", async () => {
    const result = await importPage(db.prisma, {
      content: page(
        "Ministers meet in Lindby",
        "Harbour Post — 11 June 2031, 10:00",
        "Foreign Minister Ada Lind met her Sudrian counterpart Boris Kovac in Lindby overnight.",
        "A spokesperson for Senator Lind confirmed the meeting occurred as Mr Kovac travelled through Lindby on Friday.",
      ),
    });
    const [statement] = (await candidatesOf(db.prisma, result.articleIds, "STATEMENT")).filter((c) =>
      c.evidence.exact.includes("travelled through"),
    );
    expect(statement?.data).toMatchObject({ speaker: "A spokesperson for Senator Lind" });
    expect(statement?.participantId).toBeNull();
  });
});
