/**
 * Extraction rules on synthetic sentences: who speaks (either order, pronouns after two leaders, titles,
 * transcript turns, readout voice), the channel apart from the speaker, DIRECT only for the speaker's own
 * quoted words, claims with their scope, agreements and their negations, spans equal to the body, and
 * the time a large body takes.
 */
import { spanAt } from "@readout/db";
import { type CandidateDraft, extractCandidates, type KnownParticipant, reference } from "@readout/ingest";
import { describe, expect, it, vi } from "vitest";

const { vocabulary } = reference();
const person = (id: string, name: string, aliases: string[] = []): KnownParticipant => ({
  id,
  name,
  kind: "PERSON",
  aliases: [name.toLowerCase(), ...aliases],
});
const known: KnownParticipant[] = [
  person("ada", "Ada Lind", ["lind", "minister lind", "ms lind"]),
  person("boris", "Boris Kovac", ["kovac", "secretary kovac", "mr kovac"]),
  { id: "norland", name: "Norland", kind: "COUNTRY", aliases: ["norland"] },
];
const extract = (body: string) => extractCandidates(body, known, vocabulary, null);
const of = (found: CandidateDraft[], kind: string) => found.filter((c) => c.kind === kind);
const statementAt = (found: CandidateDraft[], words: string) =>
  of(found, "STATEMENT").find((c) => c.span.exact.includes(words));

describe("attribution", () => {
  it("finds the speaker in either order", () => {
    for (const body of [
      "“We will keep talking to each other,” Kovac said after the meeting.",
      "“We will keep talking to each other,” said Secretary Kovac.",
      "Secretary Kovac said: “We will keep talking to each other.”",
      "Kovac said the two sides will keep talking to each other.",
      "Before the meeting with Lind, Secretary Kovac told reporters the two sides will keep talking to each other.",
    ]) {
      const statement = statementAt(extract(body), "keep talking");
      expect(statement, body).toBeDefined();
      expect(statement?.participantId, body).toBe("boris");
    }
  });

  it("takes the name next to the verb, not the nearest name", () => {
    const found = extract(
      "Relations are at their lowest point in decades, Lind noted during the meeting with Kovac on Monday.",
    );
    expect(statementAt(found, "lowest point")?.participantId).toBe("ada");
  });

  it("resolves a pronoun after two leaders to the earlier sentence's subject, by gender", () => {
    const found = extract(
      "Mr Kovac met Ms Lind in the capital on Monday. She said the sanctions would stay in place until the spring.",
    );
    expect(statementAt(found, "sanctions would stay")?.participantId).toBe("ada");
    const his = extract(
      "Mr Kovac met Ms Lind in the capital on Monday. He said the sanctions would stay in place until the spring.",
    );
    expect(statementAt(his, "sanctions would stay")?.participantId).toBe("boris");
  });

  it("resolves a title to the last person who holds it (readout voice is REPORTED)", () => {
    const found = extract(
      "Secretary Kovac met Foreign Minister Ada Lind in Geneva. The Secretary emphasized the importance of open channels of communication. The minister underscored her country's concerns about the border.",
    );
    const secretary = statementAt(found, "open channels");
    expect(secretary?.participantId).toBe("boris");
    expect(secretary?.data.mode).toBe("REPORTED");
    expect(statementAt(found, "concerns about the border")?.participantId).toBe("ada");
  });

  it("reads a single titled turn as a transcript", () => {
    const found = extract(
      "PRESIDENT KOVAC:  Hello, everybody.  We are thrilled to have the minister here today.",
    );
    expect(statementAt(found, "thrilled to have")?.participantId).toBe("boris");
  });

  it("gives every sentence of a transcript turn to its speaker, and none to the questioner", () => {
    const body = [
      "SECRETARY KOVAC: Good afternoon, everyone. It is a pleasure to welcome the minister here today.",
      "MINISTER LIND: Thank you very much. We have many issues to discuss this afternoon.",
      "QUESTION: Did you discuss the border dispute with each other today?",
      "MINISTER LIND: We did, and we will talk again next month.",
    ].join("\n\n");
    const found = extract(body);
    expect(statementAt(found, "pleasure to welcome")?.participantId).toBe("boris");
    expect(statementAt(found, "pleasure to welcome")?.data.mode).toBe("DIRECT");
    expect(statementAt(found, "many issues to discuss")?.participantId).toBe("ada");
    expect(statementAt(found, "talk again next month")?.participantId).toBe("ada");
    expect(statementAt(found, "border dispute")).toBeUndefined();
  });

  it("does not make a scare quote or a quoted phrase in reported speech DIRECT, but a quotation of the speaker's words is", () => {
    const found = extract(
      "Kovac stressed the need for diplomacy and for keeping “open channels” with the other side.\n\nLind said the deal was “a first step, not the last”.\n\nOrrin said: “The deal is a first step, and only that.”",
    );
    expect(statementAt(found, "open channels")?.data.mode).toBe("REPORTED");
    expect(statementAt(found, "not the last")?.data.mode).toBe("REPORTED");
    expect(statementAt(found, "only that")?.data.mode).toBe("DIRECT");
  });

  it("records the channel apart from the speaker", () => {
    const found = extract(
      "The two countries must respect each other's core interests, Lind said, according to a readout issued by the foreign ministry.\n\nKovac told reporters on Friday that the talks had been useful for both sides.\n\nLind said the border must stay open to trade, state media said.",
    );
    const readout = statementAt(found, "core interests");
    expect(readout?.participantId).toBe("ada");
    expect(readout?.data.channel).toMatch(/readout issued by the foreign ministry/);
    const told = statementAt(found, "useful for both sides");
    expect(told?.participantId).toBe("boris");
    expect(told?.data.channel).toMatch(/^told reporters/);
    const media = statementAt(found, "border must stay open");
    expect(media?.participantId).toBe("ada");
    expect(media?.data.channel).toBe("state media");
    expect(media?.span.exact).not.toMatch(/state media said/);
  });

  it("credits a readout's voice and an outlet told, as channels", () => {
    const found = extract(
      "The following is attributable to Spokesperson Ida Berg:\n\nSecretary Kovac met Minister Lind today. The Secretary underscored the importance of open trade between the two countries.\n\nLind told VOA that the border would stay open to trade.",
    );
    expect(statementAt(found, "open trade")?.data.channel).toBe("Spokesperson Ida Berg");
    expect(statementAt(found, "open trade")?.participantId).toBe("boris");
    expect(statementAt(found, "stay open")?.data.channel).toBe("told VOA");
  });

  it("finds the subject across an apposition, and a speaker quoted as saying", () => {
    for (const body of [
      "Kovac, who arrived in the capital on Sunday, said the two sides will keep talking to each other.",
      "Boris Kovac, Norland's trade secretary, said the two sides will keep talking to each other.",
      "“The two sides will keep talking to each other,” Kovac, who arrived on Sunday, said.",
      "“The two sides will keep talking to each other,” Kovac was quoted as saying by state radio.",
      "Speaking to reporters after the talks, Kovac said the two sides will keep talking to each other.",
    ]) {
      const statement = statementAt(extract(body), "keep talking");
      expect(statement?.participantId, body).toBe("boris");
      expect(statement?.span.exact, body).not.toMatch(/^Speaking/);
    }
  });

  it("gives 'They' to the group a recent sentence opened with", () => {
    const found = extract(
      "The two leaders met in Geneva on Monday and discussed trade. They reaffirmed their support for the rail corridor.",
    );
    expect(String(statementAt(found, "support for the rail corridor")?.data.speaker)).toMatch(/two leaders/i);
  });

  it("makes no speaker of a first-person or relative-clause subject", () => {
    for (const [body, words] of [
      ["As I've said before, the relationship matters to both our countries.", "relationship matters"],
      ["Norland wants deeper cuts in emissions, which many scientists say cause warming.", "cause warming"],
    ] as const) {
      const statement = statementAt(extract(body), words);
      expect(statement?.data.speaker ?? null, body).toBeNull();
    }
  });

  it("keeps a speaker described by words when no name is given", () => {
    const found = extract("A senior State Department official told reporters there were big differences.");
    const statement = statementAt(found, "big differences");
    expect(String(statement?.data.speaker)).toMatch(/senior State Department official/);
    expect(statement?.participantId).toBeNull();
  });
});

describe("participants", () => {
  it("takes a body that speaks for a side as a participant", () => {
    const found = extract(
      "Kovac met Lind in Geneva on Monday. The Norland Foreign Ministry said the talks had been useful.",
    );
    const names = of(found, "PARTICIPANT").map((c) => String(c.data.name));
    expect(names).toContain("Norland Foreign Ministry");
  });

  it("keeps venues, things and pieces of captions out of the participants", () => {
    const names = of(
      extract(
        "Secretary Kovac met Minister Lind at the Lakeside Palace Hotel on Monday, in the Oval Office of the Norland Chancellery. (Jane Roe/Pool Photo) They signed the Comprehensive Strategic Partnership, Kovac said.",
      ),
      "PARTICIPANT",
    ).map((c) => String(c.data.name ?? c.span.exact));
    expect(names).not.toContain("Lakeside Palace Hotel");
    expect(names).not.toContain("Oval Office");
    expect(names).not.toContain("Comprehensive Strategic Partnership");
    expect(names.some((name) => name.includes("/"))).toBe(false);
  });

  it("takes nothing from a photo's caption or credit, even one that ends a sentence", () => {
    const found = extract(
      [
        "President Boris Kovac (right) and Minister Lind walk past the honour guard during a welcoming ceremony in Port Halden on Monday. (Harbour News)",
        "Minister Lind greets Boris Kovac at the palace. Photograph: Marta Keller/Pool",
        "Minister Lind arrives in Port Halden. © Jonas Weber / Norland Press",
        "Secretary Boris Kovac met Minister Lind in Port Halden on Monday. The two sides discussed fisheries.",
      ].join("\n\n"),
    );
    const names = of(found, "PARTICIPANT").map((c) => String(c.data.name ?? c.span.exact));
    expect(names).not.toContain("Marta Keller");
    expect(names).not.toContain("Jonas Weber");
    expect(of(found, "AGREEMENT")).toEqual([]);
    // The role where the story states it, not where the caption does.
    const role = of(found, "ROLE").find((c) => c.span.exact.includes("Kovac"));
    expect(role?.span.exact).toBe("Secretary Boris Kovac");
  });

  it("keeps a story's sentences that hold letters in brackets, an agency's credit or the word 'video'", () => {
    for (const body of [
      "The two sides agreed to the following steps: (a) resume military talks, (b) curb drug flows, (c) cooperate on the river.",
      "Kovac and Lind agreed to resume shuttle diplomacy, the ministry said. (Harbour News)",
      "Kovac and Lind agreed to resume shuttle diplomacy at their summit [Harbour Photo] in Port Halden on Thursday.",
      "A video posted by the ministry showed Minister Lind telling Kovac that the two countries had agreed to resume military talks.",
    ]) {
      expect(of(extract(body), "AGREEMENT").length, body).toBeGreaterThan(0);
    }
    const names = of(
      extract("Senator Boris Kovac (R) said the talks with Lind were a waste of time."),
      "PARTICIPANT",
    );
    expect(names.length).toBeGreaterThan(0);
  });
});

describe("claims", () => {
  const claims = (body: string, attribute: string) =>
    of(extract(body), "CLAIM").filter((c) => c.data.attribute === attribute);

  it("reads no duration in a distance in time", () => {
    for (const body of [
      "The meeting comes two days before the summit of the two leaders.",
      "Just 10 days after, the ministers held their second meeting in the capital.",
      "Within an hour of landing, Kovac met students at the university.",
    ]) {
      expect(claims(body, "duration"), body).toEqual([]);
    }
  });

  it("reads a length in hours and minutes written without 'and' as one length", () => {
    const found = of(
      extract("Kovac and Lind held a 1 hour 40 minute bilateral meeting in Port Halden."),
      "CLAIM",
    );
    const durations = found.filter((c) => c.data.attribute === "duration");
    expect(durations.map((c) => c.data.normalized)).toEqual(["PT1H40M"]);
  });

  it("keeps the scope of a duration: visit, talks, talks and a meal", () => {
    // A length of days is a number of days (the format's `days`), the visit's.
    expect(claims("Kovac began a two-day visit to Norland on Monday.", "days")[0]?.data).toMatchObject({
      scope: "visit",
      unit: "day",
      min: 2,
      max: 2,
    });
    expect(claims("Kovac and Lind wrapped up two days of meetings in Geneva.", "duration")).toEqual([]);
    // "into" a length is a length ("turned into a four-hour session"); "to meet for" one is a plan.
    expect(claims("The meeting turned into a four-hour session, officials said.", "duration")).toHaveLength(
      1,
    );
    expect(
      claims("They were set to meet for a half-hour, but the talks lasted an hour.", "duration").map(
        (c) => c.span.exact,
      ),
    ).toEqual(["an hour"]);
    expect(
      claims("The talks lasted five and a half hours including a working dinner.", "duration")[0]?.data.scope,
    ).toBe("talks and dinner");
    expect(
      claims("The talks lasted 5.5 hours before the ministers moved to a working dinner.", "duration")[0]
        ?.data.scope,
    ).toBe("talks");
    expect(claims("They held nearly four hours of talks in Geneva.", "duration")[0]?.data.scope).toBe(
      "talks",
    );
    const week = claims("Lind arrived in Port Halden on Thursday for a week-long trip to Norland.", "days");
    expect(week.map((c) => [c.data.normalized, c.data.scope])).toEqual([["P7D", "visit"]]);
    // A length after "for" is one, whatever follows it.
    const talked = claims(
      "Velkova and Orrin talked face-to-face for over two hours before their delegations joined them.",
      "duration",
    );
    expect(talked.map((c) => [c.span.exact, c.data.scope])).toEqual([["over two hours", "talks"]]);
    // The scope word that ends the sentence.
    expect(
      claims(
        "Velkova and Orrin met on Saturday, the closing minutes of their six-hour summit.",
        "duration",
      ).map((c) => [c.data.normalized, c.data.scope]),
    ).toEqual([["PT6H", "talks"]]);
    // A possessive length is one only of a scope; a coming length is a distance in time.
    expect(claims("The ministers met for an hour’s talk.", "duration").map((c) => c.data.normalized)).toEqual(
      ["PT1H"],
    );
    for (const body of [
      "The truce brought a week’s quiet to the border.",
      "The two sides will meet again in two weeks.",
      "Over the next two weeks, officials will draft a text.",
      "He was detained for three days before being released.",
    ])
      expect(claims(body, "duration"), body).toEqual([]);
  });

  it("reads start times, places and characterisations", () => {
    const time = claims(
      "Lind greeted Kovac on Sunday morning and the talks began at 4:30 p.m.",
      "start time",
    );
    expect(time.map((c) => c.data.normalized)).toEqual(["morning", "16:30"]);
    const place = claims("Lind met Kovac at the Lakeview State Guest House in Geneva.", "place");
    expect(place.map((c) => c.span.exact)).toContain("Lakeview State Guest House");
    // (A date after the city's comma is no part of it; a region is.)
    expect(
      claims("Lind met Kovac before a bilateral meeting in Lindby, September 19, 2031.", "place").map(
        (c) => c.span.exact,
      ),
    ).toEqual(["Lindby"]);
    expect(claims("Lind met Kovac in Lindby, Norland.", "place").map((c) => c.span.exact)).toEqual([
      "Lindby, Norland",
    ]);
    const words = claims(
      "The two held candid, in-depth and constructive talks on Monday.",
      "characterisation",
    );
    expect(words[0]?.data.normalized).toBe("candid, in-depth, constructive");
    expect(words[0]?.data.scope).toBe("talks");
  });
});

describe("agreements", () => {
  const agreements = (body: string) => of(extract(body), "AGREEMENT");

  it("finds cues with their strength", () => {
    expect(agreements("The ministers agreed to meet again in June.")[0]?.data.strength).toBe("AGREED");
    expect(agreements("Both sides are working to reopen the rail corridor.")[0]?.data.strength).toBe(
      "WILL_WORK_TO",
    );
    expect(
      agreements("They discussed ways to lower tariffs and will explore new routes.")[0]?.data.strength,
    ).toBe("WILL_EXPLORE");
    expect(agreements("The minister welcomed the resumption of flights.")[0]?.data.strength).toBe("WELCOMED");
    // The wording of Japanese and Korean English readouts.
    expect(
      agreements("The two leaders concurred on continuing the sanctions on the regime.")[0]?.data.strength,
    ).toBe("AGREED");
  });

  it("yields nothing for negated or hedged cues", () => {
    for (const body of [
      "The two sides did not agree on tariffs.",
      "There was no agreement on the border.",
      "The talks failed to reach an agreement on tariffs.",
      "Lind declined to commit to a date.",
      "We hope to work toward a deal next year.",
      "Will the two sides agree to meet again?",
      "Kovac urged Norland to agree to a ceasefire.",
      "Lind said: “Norland has agreed to all of our terms.”",
      "Kovac agreed with Lind that the border was calm.",
      "Norland is committed to free trade.",
      "He added that they in the Norland Armed Forces are committed to establish a transitional council.",
    ]) {
      expect(agreements(body), body).toEqual([]);
    }
  });

  it("takes the cue that comes first, the longest there, and reads stated commitments", () => {
    expect(agreements("They committed to work on visas for students.")[0]?.data.strength).toBe(
      "WILL_WORK_TO",
    );
    expect(agreements("The two sides committed to resume flights.")[0]?.data.strength).toBe("AGREED");
    expect(
      agreements("The leaders reiterated their commitment to impose costs on the aggressor.")[0]?.data
        .strength,
    ).toBe("AGREED");
    expect(agreements("The ministers decided to open a consulate in the port.")[0]?.data.strength).toBe(
      "AGREED",
    );
  });

  it("does not take a host welcoming a guest for an agreement", () => {
    for (const body of [
      "Secretary Kovac welcomed Minister Lind to the capital on Monday.",
      "The President welcomed Norland's Prime Minister Ada Lind at the palace.",
      "President Kovac holds a welcoming ceremony for his Norland counterpart at the palace.",
      "Kovac welcomed the visit as an opportunity to build on 50 years of relations.",
      "“We agreed to hold this meeting long ago, but this is the first chance,” Kovac said.",
      "Just to give you context, the Secretary and Lind agreed a while back that they would meet more often.",
      "The leaders noted the recent Joint Leaders Statement reaffirming their shared commitment to the river accord.",
      "In his opening remarks, Kovac expressed his desire to explore fresh opportunities with Norland.",
    ]) {
      expect(agreements(body), body).toEqual([]);
    }
    expect(agreements("Kovac welcomed the resumption of flights.")).toHaveLength(1);
  });

  it("reads what both sides 'are committed to' as agreed, one side's standing position not", () => {
    expect(
      agreements(
        "Under the joint statement, the two sides are committed to establishing a direct flight route.",
      ),
    ).toHaveLength(1);
  });

  it("reads a treaty that 'was signed', and what 'the two sides agreed' in a spokesman's quoted summary", () => {
    expect(agreements("During the meeting, a treaty on extradition was signed.")).toHaveLength(1);
    // One agreed before the meeting beside one agreed at it: the clause still reports one.
    expect(
      agreements(
        "“Integration is real, as the roaming agreement we signed last year and the licence agreement we signed today show,” Kovac said of both sides' work.",
      ),
    ).toHaveLength(1);
    expect(
      agreements(
        "“Recalling the experience of regional cooperation, President Lind proposed some initiatives and the two sides agreed to coordinate the measures to that end,” he added.",
      ),
    ).toHaveLength(1);
    expect(agreements("“Lind proposed some initiatives and we will study them,” he added.")).toEqual([]);
  });

  it("yields none for a text that states none", () => {
    const body =
      "Secretary Kovac met Minister Lind in Geneva on Monday. They discussed the border, trade and energy. Kovac said the talks were useful. No agreement was announced.";
    expect(agreements(body)).toEqual([]);
  });
});

describe("spans and speed", () => {
  it("gives spans equal to the body, astral characters included", () => {
    const body =
      "🙂 Kovac said the talks lasted two hours. 🙂 “We agreed to meet again in June,” Lind said after the talks.";
    for (const candidate of extract(body)) {
      const expected = spanAt(body, candidate.span.start, candidate.span.end);
      expect(candidate.span).toEqual(expected);
    }
  });

  // (How long it takes is measured by importing synthetic pages, scripts/synthetic-pages.ts, not asserted
  // here: a bound on time fails on a busy machine.)
  it("extracts a large body whole, each paragraph's facts once", () => {
    const paragraph =
      "Secretary Kovac met Minister Lind in Geneva on Monday. “We will keep talking,” Kovac said. She said the talks lasted three hours. Both sides agreed to meet again in June.\n\n";
    const found = extract(paragraph.repeat(500));
    expect(of(found, "AGREEMENT").length).toBe(500);
    // (Two a paragraph: Kovac's words, and what she said of the talks' length.)
    expect(of(found, "STATEMENT").length).toBe(1000);
  });
});

describe("the place of a meeting yet to come", () => {
  it("is no place of the meeting reported", () => {
    const places = (body: string) =>
      extractCandidates(body, [], reference().vocabulary, null)
        .filter((c) => c.kind === "CLAIM" && c.data.attribute === "place")
        .map((c) => c.data.value);
    expect(places("Velkova and Orrin held talks in Lindby on Monday.")).toContain("Lindby");
    expect(
      places(
        "Velkova and Orrin met on Monday. They also discussed the upcoming summit, which Norland is hosting in Lindby this November.",
      ),
    ).not.toContain("Lindby");
    expect(
      places(
        "Velkova met Orrin at the palace on Monday. Velkova offered to host a summit in Lindby between Orrin and Brandt.",
      ),
    ).not.toContain("Lindby");
    // (Not across a clause of its own after the meeting's noun.)
    expect(
      places("Norland, which had offered to host the talks, welcomed both delegations in Lindby on Monday."),
    ).toContain("Lindby");
  });
});

describe("a meeting's relative date without a publication time", () => {
  it("stays unresolved, whatever the machine's clock says; a date with its year is read", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2040-01-01T00:00:00Z"));
    try {
      const dates = of(
        extract(
          "The envoys Ivo Brandt and Lena Okafor met yesterday to discuss river water. Brandt held talks with Okafor's deputy today. They met again on 21 May 2031.",
        ),
        "CLAIM",
      )
        .filter((c) => c.data.attribute === "date")
        .map((c) => [c.span.exact, c.data.normalized]);
      expect(dates).toEqual([
        ["yesterday", null],
        ["today", null],
        ["on 21 May 2031", "2031-05-21"],
      ]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("a meeting's place before a possessive", () => {
  it("is the place alone; a place's possessive is none", () => {
    const places = (body: string) =>
      of(extract(body), "CLAIM")
        .filter((c) => c.data.attribute === "place")
        .map((c) => c.data.value);
    expect(
      places(
        "Ivo Brandt and Lena Okafor have held talks on the sidelines of the summit in Sudria, Norland's foreign ministry said.",
      ),
    ).toEqual(["Sudria"]);
    expect(
      places("The ministers will hold talks in South Norland's port city of Halden later this month."),
    ).toEqual([]);
    expect(places("The ministers met in Halden, Sudria on Thursday.")).toEqual(["Halden, Sudria"]);
    expect(places("The ministers met in Sudria’s Halden on Thursday.")).toEqual(["Halden"]);
  });
});

describe("a fraction of a mixed number in a meeting's sentence", () => {
  it("is no date; the duration it belongs to is read", () => {
    const found = extractCandidates(
      "Speaking after a 5-1/2 hour meeting on Sunday, Ivo Brandt and Lena Okafor said the talks were candid. They met for 3 1/2 hours.",
      known,
      vocabulary,
      new Date("2031-06-18T12:00:00Z"),
    );
    const claims = of(found, "CLAIM");
    expect(claims.filter((c) => c.data.attribute === "date").map((c) => c.span.exact)).toEqual(["on Sunday"]);
    expect(claims.some((c) => c.data.attribute === "duration" && c.data.normalized === "PT5H30M")).toBe(true);
  });
});

describe("a forum's name of an adjective and a meeting's word in capitals", () => {
  it("is no characterisation of the talks; the words in small letters are", () => {
    const values = of(
      extract(
        "Ivo Brandt and Lena Okafor discussed the forthcoming Strategic Dialogue in Lindby. They held candid talks on river water.",
      ),
      "CLAIM",
    )
      .filter((c) => c.data.attribute === "characterisation")
      .map((c) => c.data.value);
    expect(values).toEqual(["candid"]);
  });
});

describe("a characterisation of adjectives each in quotation marks", () => {
  it("keeps every adjective", () => {
    const claims = of(
      extract(
        "Both parties described the talks as “candid” and “constructive”, and committed to more meetings.",
      ),
      "CLAIM",
    ).filter((c) => c.data.attribute === "characterisation");
    expect(claims.map((c) => c.data.normalized)).toEqual(["candid, constructive"]);
  });
});
