/**
 * Agreements and durations on wire-style sentences about a made-up meeting: the grade of the wording
 * (prisma/datasets/README.md, "Wording strength": list items take their governing verb's grade, a formula
 * of acceptance is an acceptance, a willingness is work-to), the wordings that state none (standing
 * positions, possibilities, previews, rejected deals, greetings, descriptions), quoted fragments inside
 * the outlet's own sentence, and the scope of a length (a call, talks past their adjectives, none for a
 * length that qualifies another noun).
 */
import { type CandidateDraft, extractCandidates, type KnownParticipant, reference } from "@readout/ingest";
import { describe, expect, it } from "vitest";

const { vocabulary } = reference();
const known: KnownParticipant[] = [
  { id: "ada", name: "Ada Lind", kind: "PERSON", aliases: ["ada lind", "lind", "minister lind"] },
  { id: "boris", name: "Boris Kovac", kind: "PERSON", aliases: ["boris kovac", "kovac", "secretary kovac"] },
  { id: "norland", name: "Norland", kind: "COUNTRY", aliases: ["norland"] },
];
const extract = (body: string) => extractCandidates(body, known, vocabulary, null);
const of = (found: CandidateDraft[], kind: string) => found.filter((c) => c.kind === kind);
const agreements = (body: string) => of(extract(body), "AGREEMENT");
const grades = (body: string) => agreements(body).map((c) => c.data.strength);
const spans = (body: string) => agreements(body).map((c) => c.span.exact);
/** The meeting most cases below open with: what follows is read as its outcome. */
const opening =
  "Prime Minister Ada Lind of Norland held talks with President Ivo Brandt of Sudria in Tarnby. ";
const durations = (body: string) =>
  of(extract(body), "CLAIM")
    // A length of days is the format's `days`, one of hours or minutes a duration: both keep a scope.
    .filter((c) => c.data.attribute === "duration" || c.data.attribute === "days")
    .map((c) => `${c.span.exact} = ${c.data.scope}`);

describe("an earlier deal, one side's intention and thanks for an earlier step", () => {
  it("is no agreement; a plan the pair signs is", () => {
    for (const body of [
      "Lind said Norland was forced to withdraw from the grain deal, and Sudria was blocking the fulfillment of its obligations under the agreement.",
      "During the talks, Lind said the positions were far apart, but expressed her intention to continue working to resolve the crisis.",
      "“I want to thank you for your leadership,” Kovac told Lind for agreeing to send the accession protocol to parliament.",
      // Deals of earlier meetings, and one side's own decision.
      "Norland and Sudria have previously reached numerous deals involving cooperation on fisheries.",
      "Kovac said that his country had decided to partially withdraw troops from the border.",
      "Lind and Kovac agreed to resume talks earlier this year, after a long freeze.",
    ]) {
      expect(grades(body), body).toEqual([]);
    }
    expect(grades("The two sides decided to set up a joint commission on the river.")).toEqual(["AGREED"]);
    // (An earlier deal the new agreement builds on leaves it the meeting's.)
    expect(grades("Lind and Kovac agreed to build on the deal reached last year.")).toEqual(["AGREED"]);
    expect(grades("Two neighbours that previously fought agreed on Friday to reopen their border.")).toEqual([
      "AGREED",
    ]);
    expect(grades("Lind and Kovac presided over the signing of multiple cooperation deals.")).toEqual([
      "AGREED",
    ]);
    // (A cue's words apart: the agreement, what it is about, then that it was reached.)
    expect(grades("An agreement between the two neighbours was reached in Port Halden on Friday.")).toEqual([
      "AGREED",
    ]);
    expect(grades("Lind and Kovac met on Monday. The pair then signed a bilateral action plan.")).toEqual([
      "AGREED",
    ]);
    // (Obligations or a blockade named beside a new agreement take nothing from it.)
    expect(grades("Both sides reaffirmed their obligations and agreed to open the crossing.")).toEqual([
      "AGREED",
    ]);
    expect(
      grades("Norland stopped blocking the corridor and the two sides agreed to resume grain exports."),
    ).toEqual(["AGREED"]);
  });
});

describe("what one side says must be done", () => {
  it("is no agreement, unless the sides agreed it must", () => {
    expect(
      grades(
        "Lind pointed out the state of relations served neither country.\n\nNorland and Sudria needed to have a sense of responsibility for the region, explore the right way to get along with each other, and bring ties back to the track of stable growth.",
      ),
    ).toEqual([]);
    expect(grades("The two countries should work to reopen the river crossings, Lind said.")).toEqual([]);
    // A noun's "the need to" prescribes nothing, and an AGREED cue is agreed whatever comes before it.
    expect(
      grades("The two ministers stressed the need to keep lines open and agreed to resume river talks."),
    ).toEqual(["AGREED"]);
    // A pair named in full before the participle pledges together.
    expect(
      grades(
        "Norlandic Foreign Minister Ada Lind and Sudrian Foreign Minister Boris Kovac met Friday, pledging to work toward better relations.",
      ),
    ).toEqual(["WILL_WORK_TO"]);
    expect(grades("Lind and Kovac agreed that their teams needed to explore new river crossings.")).toEqual([
      "AGREED",
    ]);
  });
});

describe("a host's welcome", () => {
  it("is no agreement, though a title, a description or a purpose follows the guest", () => {
    for (const body of [
      "Lind welcomed the distinguished President and his old friend to Norland for a state visit.",
      "Lind welcomed Kovac for a summit at the Harbour Palace on Wednesday.",
    ]) {
      expect(grades(body), body).toEqual([]);
    }
    // An outcome welcomed is welcomed.
    expect(grades("Lind welcomed the decision of the two countries to reopen the river crossings.")).toEqual([
      "WELCOMED",
    ]);
    expect(grades("Lind welcomed the resumption of direct flights to Norland.")).toEqual(["WELCOMED"]);
    // (So is the other side's word of what it will do: "welcomed Prime Minister Kovac's advice that …".)
    expect(
      grades(
        "Prime Minister Lind welcomed Prime Minister Kovac’s advice that Sudria would provide a new tranche of economic support.",
      ),
    ).toEqual(["WELCOMED"]);
  });

  it("reads a joint summary quoted from a statement, its verbs listed with commas, as the parties'", () => {
    expect(
      grades(
        '"The parties exchanged views on the state of relations, agreed to continue to maintain communication at all levels," a statement posted on the ministry\'s website said.',
      ),
    ).toEqual(["AGREED"]);
  });
});

describe("documents adopted, unveiled or launched, promises and partnerships", () => {
  it("reads them as agreed by both, never by one side alone", () => {
    expect(
      grades("Lind and Kovac adopted the Harbour Declaration, which includes plans for joint patrols."),
    ).toEqual(["AGREED"]);
    expect(grades("The two leaders unveiled a new river deal called the Harbour Accord.")).toEqual([
      "AGREED",
    ]);
    expect(grades("Lind and Kovac also launched negotiations on a fisheries agreement.")).toEqual(["AGREED"]);
    expect(grades("The two countries promised to respond swiftly to any attack.")).toEqual(["AGREED"]);
    expect(grades("Their countries would partner on clean energy, the two leaders said.")).toEqual([
      "WILL_WORK_TO",
    ]);
    // One side's document or promise.
    expect(grades("Norland adopted a declaration on its river policy.")).toEqual([]);
    expect(grades("Lind promised to respond swiftly to any attack.")).toEqual([]);
    expect(grades("Norland would partner on clean energy, Lind said.")).toEqual([]);
    // A participle's subject is the sentence's, not a pair the words before it name.
    expect(
      grades(
        "PORT HALDEN -- Minister Ada Lind thanked Secretary Boris Kovac for his work to overcome the enmity between the two countries, pledging to work with him toward better relations.",
      ),
    ).toEqual([]);
    expect(grades("The two ministers met on Friday, pledging to work toward better relations.")).toEqual([
      "WILL_WORK_TO",
    ]);
  });

  it("reads no agreement in a greeting of a guest, the noun of work, an earlier deal or urging someone else", () => {
    for (const body of [
      "On Friday Lind welcomed a leader with whom she could trade notes on the storm.",
      "It was the ninth meeting between the two leaders, reflecting their work toward closer ties on trade.",
      "Norland and Sudria signed the original deal, the River Access Agreement, in 2002.",
      "“We encourage President Kovac to press Minister Lind on the need to respect the border,” a spokesman said.",
    ]) {
      expect(grades(body), body).toEqual([]);
    }
  });
});

describe("agreement grades", () => {
  it("reads what a speaker quotes both sides as agreeing, and an agreement to try as an effort", () => {
    const body = [
      "“Based on the talks today, Minister Orrin and I agreed that it’s important for the talks to continue,” Velkova said. “We will write to Sudria next week.  And we agreed to further discussions after that.”",
      "“[Velkova] agreed on the need to be more careful,” Orrin said.",
      "“I want a deal on the river,” Orrin said.",
      "“Frankly, we agreed on nothing,” Orrin said. “We agreed to disagree on the dam,” Velkova said.",
      "Velkova welcomed Prime Minister Orrin's arrival in Port Halden.",
      "The two sides agreed to try to improve relations.",
    ].join("\n\n");
    const found = agreements(body);
    expect(found.map((c) => c.data.strength)).toEqual(["AGREED", "AGREED", "AGREED", "WILL_WORK_TO"]);
    // "Nothing" that is no object of the cue empties nothing.
    expect(grades("The leaders agreed that nothing should stand in the way of the river talks.")).toEqual([
      "AGREED",
    ]);
    expect(found.some((c) => c.span.exact.includes("further discussions"))).toBe(true);
    expect(found.some((c) => c.span.exact.includes("a deal on the river"))).toBe(false);
    // A participle after a determiner describes a thing ("the signed memorandum"); "a shared commitment to"
    // is a cue of its own.
    expect(grades("He added that the signed memorandum addresses Norland’s concerns about the dam.")).toEqual(
      [],
    );
    expect(
      grades("Velkova held talks with Orrin, underscoring a shared commitment to deepening ties."),
    ).toEqual(["AGREED"]);
    // Commitments and signings worded without "agreed".
    for (const sentence of [
      "The meetings were described as constructive, with a mutual commitment to ongoing dialogue.",
      "The ministers committed their countries to stronger cooperation against smuggling.",
      "The parties also reaffirmed an earlier agreement to extend the rail corridor to Sudria.",
      "Four memorandums on trade and culture were signed.",
      "New agreements on migration and energy were announced after the summit.",
      "Orrin said the agreements reached during the visit opened new opportunities.",
      "The Joint Declaration on a Strategic Partnership, signed during the visit, opens a new chapter.",
      "The countries struck nearly 40 cooperation agreements in sectors from farming to energy.",
      "Velkova said the two sides had reached a series of agreements on the river.",
    ])
      expect(grades(sentence)).toEqual(["AGREED"]);
    // Wordings that only look like those cues.
    for (const sentence of [
      "The court struck down the deal on Friday.",
      "The vote struck a blow to the deal.",
      "Sudria reaffirmed its opposition to the agreement.",
      "The executive orders were signed on Monday.",
      "None of the documents were signed.",
      "No new agreements were announced.",
    ])
      expect(grades(sentence)).toEqual([]);
    expect(grades("Velkova and Orrin issued a statement that reaffirmed their commitment to peace.")).toEqual(
      ["AGREED"],
    );
    // An agreement of a year before the article's is an earlier meeting's; a year of something else in its
    // sentence, or a target year, is not.
    expect(
      grades("Velkova and Orrin agreed in 2031 to restore the river talks that Sudria cut off in 2029."),
    ).toEqual(["AGREED"]);
    expect(grades("The leaders agreed in 2031 to cut emissions by half by 2040.")).toEqual(["AGREED"]);
    expect(
      grades(
        "Velkova and Orrin met in Tarnby in 2031 to revive the river accord, but the two sides only reached an agreement in principle in 2027.",
      ),
    ).toEqual([]);
  });

  it("takes no agreement or statement from a host welcoming a counterpart, and still reads a counterpart's commitment welcomed", () => {
    const body = [
      "Velkova welcomed her Sudrian counterpart Tomas Orrin and his wife to the lakeside palace.",
      "Orrin welcomed his counterpart’s commitment to reopen the river crossings.",
      "The ministers welcomed their counterparts’ commitment to resume military talks.",
    ].join("\n\n");
    const found = extract(body);
    expect(of(found, "AGREEMENT").map((c) => c.span.exact)).toEqual([
      "Orrin welcomed his counterpart’s commitment to reopen the river crossings",
      "The ministers welcomed their counterparts’ commitment to resume military talks",
    ]);
    expect(of(found, "STATEMENT").some((c) => c.span.exact.includes("lakeside palace"))).toBe(false);
  });

  it("grades the items of a list by the verb that governs them, lowered only to explore", () => {
    expect(
      grades(
        "They also agreed to continue the consultations, agreeing to encourage student exchanges between the two countries, including actively exploring more passenger flights, welcoming more students and scholars to visit each other's country.",
      ),
    ).toEqual(["AGREED", "WILL_WORK_TO", "WILL_EXPLORE", "WILL_WORK_TO"]);
    expect(
      grades(
        "The two ministers reaffirmed commitment to close cooperation on a broad range of issues, including working towards the reopening of the border.",
      ),
    ).toEqual(["AGREED", "AGREED"]);
  });

  it("reads a second infinitive that the agreeing clause governs as an item of its grade", () => {
    expect(
      grades(
        "They agreed to resume communication between the two militaries, and to establish a working group on the river.",
      ),
    ).toEqual(["AGREED", "AGREED"]);
    expect(grades("The heads of state also agreed to instruct their teams to follow up.")).toEqual([
      "AGREED",
    ]);
    // Without its "to", a verb after "as well as" or ", and" all the same; a noun after them is none.
    expect(
      grades(
        "The two presidents agreed to establish a dialogue on the river, as well as significantly boost the number of flights next year.",
      ),
    ).toEqual(["AGREED", "AGREED"]);
    expect(
      grades("The ministers agreed to open a consulate in Tarnby, and expand student exchanges."),
    ).toEqual(["AGREED", "AGREED"]);
    expect(grades("The ministers agreed to open a consulate in Tarnby, and trade rose.")).toEqual(["AGREED"]);
    expect(
      grades("The ministers agreed to open a consulate in Tarnby, and possibly resume flights."),
    ).toEqual(["AGREED"]);
  });

  it("takes an invitation answered with a willingness to visit for an acceptance", () => {
    expect(
      grades(
        "Kovac invited Lind to visit Norland, and Lind expressed her willingness to visit when convenient.",
      ),
    ).toEqual(["AGREED"]);
    expect(grades("Lind said Sudria was willing to work with Norland to manage differences.")).toEqual([
      "WILL_WORK_TO",
    ]);
    expect(grades("Lind said Sudria is ready to work with Norland on the river.")).toEqual(["WILL_WORK_TO"]);
  });

  it("reads affirmations of a commitment or a resolve with words between", () => {
    expect(grades("They reiterated their ironclad commitment to the security of the strait.")).toEqual([
      "AGREED",
    ]);
    expect(
      grades("Kovac reiterated the Norland government's commitment to help Sudria rebuild its ports."),
    ).toEqual(["AGREED"]);
    expect(grades("Both leaders underscored their resolve to keep supporting the reconstruction.")).toEqual([
      "AGREED",
    ]);
    // The cue that reaches furthest grades: a commitment to work is an effort.
    expect(
      grades("Kovac said he appreciates Sudria's commitment to work with Norland on migration."),
    ).toEqual(["WILL_WORK_TO"]);
  });

  it("reads agreements reached, struck, announced or signed, and grades 'agreed to explore' as explore", () => {
    for (const body of [
      "The two sides reached broad consensus on several issues, state media reported.",
      "Kovac and Lind struck a deal to cut tariffs on farm machinery.",
      "The ministers announced an agreement to resume rail freight.",
      "They signed a series of agreements covering trade and education.",
      "Lind accepted Kovac's invitation to visit Norland in the spring.",
      "We now have an agreement with Sudria to act against the smugglers.",
      "The two sides reached a number of important common understandings, state media said.",
      "The talks yielded an agreement to resume cooperation on the river.",
      "It was agreed that the two sides would resume military talks.",
      // (The passive at the sentence's end, its stop after it.)
      "A short list of river projects had also been agreed.",
      "The two leaders also signed a critical minerals partnership to build secure supply chains.",
      "After two days in Geneva the two sides came to an agreement on tariffs.",
      "Kovac hailed the talks as a success, following an agreement to trim tariffs on farm machinery.",
      "Negotiators who had been negotiating for weeks reached an agreement on tariffs on Wednesday.",
      "The leaders penned memorandums of understanding on trade.",
      "Lind and Kovac signed eight memorandums of understanding covering shipping.",
      "Under the deal, tariffs on farm machinery will be halved to 10 percent.",
    ]) {
      expect(grades(body), body).toEqual(["AGREED"]);
    }
    expect(grades("They agreed to explore cooperation on artificial intelligence.")).toEqual([
      "WILL_EXPLORE",
    ]);
    expect(grades("In that context we’ll increase efforts to support the flooded regions.")).toEqual([
      "WILL_WORK_TO",
    ]);
    expect(
      grades("The leaders adopted a statement pledging to boost cooperation in energy and trade."),
    ).toEqual(["WILL_WORK_TO"]);
    expect(grades("The leaders reaffirmed their common will to further develop relations.")).toEqual([
      "WILL_WORK_TO",
    ]);
    expect(grades("The two sides welcomed the leader-level dialogue on the river.")).toEqual(["WELCOMED"]);
    expect(
      grades("Both leaders confirmed that they will work for the common prosperity of the two countries."),
    ).toEqual(["WILL_WORK_TO"]);
    expect(grades("The two sides will work together on developing a green hydrogen industry.")).toEqual([
      "WILL_WORK_TO",
    ]);
    // The items of what was agreed are its words.
    const [item] = agreements(
      "Lind and Kovac have agreed to develop cooperation in the defense industry, including the K-9 howitzer, during the summit.",
    );
    expect(item?.span.exact).toBe(
      "Lind and Kovac have agreed to develop cooperation in the defense industry, including the K-9 howitzer, during the summit",
    );
  });

  it("reads an agreement after a turn from a statement of none", () => {
    expect(
      grades("There was no agreement on the border, but the two agreed to resume rail freight."),
    ).toEqual(["AGREED"]);
    expect(grades("The talks ended with no agreement on tariffs and no date for another meeting.")).toEqual(
      [],
    );
    // A negation or a hedge counts in the cue's own phrase only, or across an aside.
    expect(grades("Without naming Sudria, the leaders agreed to deepen cooperation on the river.")).toEqual([
      "AGREED",
    ]);
    expect(grades("The two sides have not, officials said, agreed to a summit.")).toEqual([]);
  });

  it("keeps a quoted fragment inside the outlet's own sentence", () => {
    expect(grades('Lind said the two sides would "look at" the rail corridor.')).toEqual(["WILL_EXPLORE"]);
    expect(
      grades('In a joint statement, both sides "decided to advance practical cooperation on ports."'),
    ).toEqual(["AGREED"]);
    expect(grades("Lind said: “Norland has agreed to all of our terms.”")).toEqual([]);
    expect(
      grades(
        "“Earlier we discussed and agreed that the border treaty could be signed this year,” Lind said.",
      ),
    ).toEqual(["AGREED"]);
    // A quoted joint summary speaks of the parties in the third person; one side's words do not.
    expect(
      grades(
        '"They committed to explore further opportunities to train together," according to the summary.',
      ),
    ).toEqual(["WILL_EXPLORE"]);
    expect(
      grades(
        '"They discussed the port dispute and agreed to continued dialogue on the issue," the official said.',
      ),
    ).toEqual(["AGREED"]);
    // The parties named as the subject just outside the quotation mark; a cue that says "we" itself.
    expect(
      grades("In the statement, Velkova and Orrin said they “agreed to refrain from the use of force.”"),
    ).toEqual(["AGREED"]);
    expect(grades("Kovac said he “agreed to nothing”.")).toEqual([]);
    expect(grades("Opposition leaders said they “agreed to boycott the vote.”")).toEqual([]);
    expect(
      grades("Sudria accused Norland of violating the agreement reached during the 2029 summit."),
    ).toEqual([]);
    expect(grades("“The agreement we have signed today opens a door,” Orrin said.")).toEqual(["AGREED"]);
    expect(
      grades("“Norland and Sudria have also agreed to a new model of relations,” Kovac continued."),
    ).toEqual([]);
    // Quoted words that name both sides: a passive, "our two teams", a cue that says "we" itself.
    expect(grades("Lind was upbeat, saying, “Many points were agreed to, and only a few are left.”")).toEqual(
      ["AGREED"],
    );
    expect(grades("“Our trade teams have reached basic consensus on the tariffs,” Kovac said.")).toEqual([
      "AGREED",
    ]);
    expect(grades("“We hope that the understanding we have reached will bring peace,” Lind said.")).toEqual([
      "AGREED",
    ]);
    // An aside in brackets before a quoted fragment of the outlet's sentence.
    expect(
      grades(
        "Lind said the envoys had (in Geneva just recently) “reached an agreement on border management”.",
      ),
    ).toEqual(["AGREED"]);
  });

  it("reads an agreement in a participle, a pact reached and an understanding reached, graded by the effort agreed on", () => {
    expect(
      grades(
        "The talks ended on Thursday, with the two sides swapping prisoners and agreeing to resume negotiations soon.",
      ),
    ).toEqual(["AGREED"]);
    expect(
      grades("Lindby and Port Halden reached a milestone pact to lower tensions on the border."),
    ).toEqual(["AGREED"]);
    expect(grades("The two sides sealed a trade deal after the talks.")).toEqual(["AGREED"]);
    expect(grades("The ministers, agreeing to encourage student exchanges, parted warmly.")).toEqual([
      "WILL_WORK_TO",
    ]);
    expect(grades("The two agreed to continue the discussions.")).toEqual(["AGREED"]);
  });

  it("reads a deal reached in the passive, a framework reached, a deal concluded, and a present-tense commitment", () => {
    expect(grades("A deal was also reached on the ferry company that the islanders wanted to save.")).toEqual(
      ["AGREED"],
    );
    expect(grades("Norland and Sudria have reached a “substantial framework” in trade talks.")).toEqual([
      "AGREED",
    ]);
    expect(grades("Kovac said the two concluded a deal on the ferries after the talks.")).toEqual(["AGREED"]);
    expect(
      grades("Mediators said an agreement has been reached on all the provisions of the first phase."),
    ).toEqual(["AGREED"]);
    // A side's statement quoted on what "the parties" did speaks of both.
    expect(
      grades(
        "The ministry's statement added: “The parties agreed that these talks will continue next week.”",
      ),
    ).toEqual(["AGREED"]);
    expect(grades('"We reaffirm our commitment to an immediate ceasefire," the two leaders said.')).toEqual([
      "AGREED",
    ]);
    expect(grades("“It is important how quickly we were able to come to agreement,” said Lind.")).toEqual([
      "AGREED",
    ]);
    expect(grades("Norland and Sudria will continue discussions on extending the tariff truce.")).toEqual([
      "WILL_EXPLORE",
    ]);
  });

  it("reads a signing, a witnessed signing, an announced upgrade, consensuses and an agreement with the other side", () => {
    expect(
      grades("Lind concluded her trip by signing the Halden Declaration with her counterpart, Boris Kovac."),
    ).toEqual(["AGREED"]);
    expect(grades("The two leaders witnessed the signing of several cooperation documents.")).toEqual([
      "AGREED",
    ]);
    expect(
      grades("The two heads of state announced the elevation of their relations to a strategic partnership."),
    ).toEqual(["AGREED"]);
    expect(grades("Lind and Kovac reached the key consensuses during the visit.")).toEqual(["AGREED"]);
    // Documents the delegations signed, in either voice.
    expect(
      grades("Members of the two delegations signed a number of documents on cooperation in transport."),
    ).toEqual(["AGREED"]);
    expect(grades("Cooperation documents were signed.")).toEqual(["AGREED"]);
    // An abbreviation's full stop is no end of a guest's name: this welcomes an outcome.
    expect(grades("The leaders welcomed U.S. investment in the rail corridor.")).toEqual(["WELCOMED"]);
    // Agreeing with the other side that both will work on something is the work agreed on.
    expect(
      grades("Lind agreed with Kovac that the two countries would work together on a trade deal."),
    ).toEqual(["WILL_WORK_TO"]);
    expect(grades("Lind agreed with Kovac on a ferry schedule.")).toEqual(["AGREED"]);
    // A willingness to work with the other side is work-to (prisma/datasets/README.md, rule 4).
    expect(grades("Norland is willing to work with Sudria on farming, Lind said.")).toEqual(["WILL_WORK_TO"]);
  });
});

describe("wordings that state no agreement", () => {
  it("yields none for one side's restated commitment or readiness, agreeing with a view, or exploring as another's purpose", () => {
    for (const body of [
      "During his talks with Kovac, Lind reaffirmed Norland’s principled position and commitment to a peaceful settlement.",
      "After the summit Lind said Norland is ready to be a partner and friend of Sudria.",
      "Lind said Norland stands ready to build a strategic partnership with Sudria.",
      "Lind agreed with Kovac.",
      "Macron said he agreed with Kovac on Tuesday that Europe must spend more on defence.",
      "Xi agreed with Kovac's assessment on the river.",
      "Lind said she agreed with Kovac to a large extent.",
      "Kovac protested the signing of a defence pact by Norland.",
      "Before signing the accord, Lind met opposition leaders.",
      "Kovac announced the upgrade of the port of Halden.",
      "Lind will hold discussions with Kovac to enhance relations and explore new areas of collaboration.",
      "The forum will bring together business leaders to explore investment opportunities.",
      // A plural name's possessive is one side's too; a guest named alone is greeted.
      "Lind—speaking in Norlandic—welcomed Kovac, describing the visit as a turning point.",
      "Lind welcomed Kovac.",
      "Kovac reaffirmed the Sudrian Islands' commitment to open trade during a meeting with Lind.",
    ]) {
      expect(grades(body), body).toEqual([]);
    }
    // Both sides' restated commitment is theirs; so is exploring they will go on with.
    expect(grades("Lind and Kovac reaffirmed their commitment to a peaceful settlement.")).toEqual([
      "AGREED",
    ]);
    expect(grades("The two sides will continue to explore ways to cut tariffs.")).toEqual(["WILL_EXPLORE"]);
    // (Going on expanding flights is an effort of its own.)
    expect(grades("The two sides will continue to expand flights and to explore a rail link.")).toEqual([
      "WILL_WORK_TO",
      "WILL_EXPLORE",
    ]);
    expect(
      grades("The two leaders reaffirmed Norland and Sudria's commitment to regional stability."),
    ).toEqual(["AGREED"]);
  });

  it("yields none for a view both sides share of how things stand, and still reads what they agree shall be done", () => {
    for (const body of [
      "Lind and Kovac agreed that relations have made headway in recent years.",
      "The two ministers agreed that bilateral ties are at their highest level.",
      "The sides concurred that the visit had been a success.",
    ]) {
      expect(grades(body), body).toEqual([]);
    }
    expect(grades("Lind and Kovac agreed that the two countries should expand trade.")).toEqual(["AGREED"]);
    expect(grades("The ministers agreed that the river commission will meet in May.")).toEqual(["AGREED"]);
    expect(grades("They agreed that there is a need to hold talks and that the teams would meet.")).toEqual([
      "AGREED",
    ]);
  });

  it("yields none", () => {
    for (const body of [
      "Norland is a partnership committed to openness and transparency.",
      "Kovac spoke with students representing a generation of youth committed to strengthening the partnership.",
      "Lind told Kovac that Sudria was committed to building a stable relationship, state media said.",
      "The Norland administration has been working to rally allies against the tariffs.",
      "The two ministers also discussed opportunities to explore cooperation on shared challenges.",
      "Kovac opened by saying how strong the commitment is to the alliance, which we consider the cornerstone of peace.",
      "The June meeting was postponed after Sudria's parliament rejected the tariff deal agreed in Geneva.",
      "Kovac encouraged the students to continue to work closely with their counterparts.",
      "The two leaders are expected to agree on resuming military talks.",
      "The two sides are set to sign several agreements on Wednesday.",
      "Kovac signed an executive order on investment screening last year.",
      "Kovac welcomed Lind to the Foreign Ministry on Monday.",
      "The President welcomed Lind at the palace.",
      "The President welcomed A",
      "Lind welcomed the Norland delegation to Geneva.",
      "A court struck down part of the deal in March.",
      "The Secretary welcomed the opportunity to meet with Minister Lind.",
      "Sudria remains firmly committed to its position on the river.",
      "It is widely agreed that relations have hit a low point.",
      "By continuing to use this site, you agree to our use of cookies.",
      "Neither side announced any agreements after the meeting.",
      "We didn't agree on everything, but the conversation was useful.",
      "We didn’t agree on the border.",
      "The talks produced no agreement on the border.",
      "The sanctions will stay in place, as agreed by the allies last year.",
      "The First Couple welcomed the Norlandic leader and wife, Ada Lind, indoors due to the rain.",
      "Sudria’s refusal to consider a cap on tariffs nettled Norland.",
      "Kovac said he will work towards changing the presidential term to five years.",
      "The two sides are negotiating an agreement to cut tariffs.",
      "Sudria is seeking an agreement to lift the export controls.",
      "Talks aimed at an agreement to reopen the crossings broke down.",
      "We’re going to talk about regional security and how we can work together on that.",
      "The two countries used to work together on climate change before relations soured.",
      "The agreement includes a deal to build submarines for Norland, signed two years ago.",
      "The leaders also discussed the agreement to ban nuclear tests, which Sudria revoked last year.",
      "Nothing was agreed at the meeting, officials said.",
      "No deal was reached on the tariffs.",
      "Analysts concluded that the agreement would fail.",
      "Tensions reached a peak after the pact collapsed.",
      "The talks reached a stalemate over the framework.",
      "The scandal sealed the fate of the deal.",
      "Lind readily accepted the criticism.",
      "The two sides stopped short of agreeing to a ceasefire.",
      "The two sides came close to agreeing on a ceasefire.",
      "Lind, agreeing that the talks were hard, left early.",
      "Sudria called for the conclusion of a peace agreement.",
      "Officials denied that a deal was reached.",
      "“Sudria claims we reached an agreement,” Lind said.",
      "“I doubt we reached an agreement,” Lind said.",
      "“They say we agreed to this, but it is false,” Lind said.",
      "“The terms were agreed by Sudria alone,” Lind said.",
      "Sudria supports all efforts committed to peace in the region.",
    ]) {
      expect(agreements(body), body).toEqual([]);
    }
  });
});

describe("agreements before the meeting, and pledges with a day between", () => {
  it("reads a pledge with its day between the verb and what is pledged", () => {
    expect(
      grades(
        "Minister Ada Lind and Secretary Boris Kovac pledged Friday to work side-by-side to confront illicit trafficking. They pledged on Friday to collaborate on issues such as migration.",
      ),
    ).toEqual(["WILL_WORK_TO", "WILL_WORK_TO"]);
  });

  it("yields none for a deal a clause of time sets before the meeting, or a return welcomed", () => {
    for (const body of [
      "The meeting came just two days after Norland and Sudria reached a deal on patrolling their shared border.",
      "Their talk was timely, after Kovac announced an agreement with Piet Dorn to crack down on exports.",
      "A man who spent 32 years in prison was welcomed home.",
    ])
      expect(grades(body), body).toEqual([]);
    // A clause of time before the meeting's own agreement leaves it the meeting's; so does a "then-" title
    // after the cue.
    expect(grades("After talks in Port Halden the two sides agreed to open a hotline.")).toEqual(["AGREED"]);
    expect(grades("After the talks the two leaders signed an agreement on energy cooperation.")).toEqual([
      "AGREED",
    ]);
    expect(
      grades(
        "Lind and Kovac agreed to resume military talks, which were cut off after then-Speaker Piet Dorn visited Sudria.",
      ),
    ).toEqual(["AGREED"]);
  });

  it("takes a pledge for both sides' only when both make it, and no agreement of former office holders or a past year", () => {
    expect(
      grades("Minister Ada Lind said on Wednesday that trade would grow and pledged to double it by 2032."),
    ).toEqual([]);
    expect(grades("After two days of talks, Lind pledged to boost investment in Sudria.")).toEqual([]);
    for (const body of [
      "The pair pledged to work together on migration.",
      "Minister Ada Lind and her Sudrian counterpart, Piet Dorn, have pledged to continue working together on migration.",
      "The two leaders pledged to deepen their cooperation.",
      "The Secretary and the Foreign Minister pledged to continue their talks.",
    ])
      expect(grades(body), body).toEqual(["WILL_WORK_TO"]);
    expect(
      grades(
        "Lind met Kovac in 2031. Norland and Sudria agreed at the end of 2010 to establish a council. The agreement was reached in a meeting between then-Norland Foreign Minister Piet Dorn and his counterpart.",
      ),
    ).toEqual([]);
    // A confirmation, as readouts word outcomes, is both sides' only when both make it.
    expect(
      grades(
        "Lind and Kovac confirmed the resumption of periodic visits to each other's country. The two ministers also confirmed a plan to resume working-level talks. Norland confirmed the resumption of flights.",
      ),
    ).toEqual(["AGREED", "AGREED"]);
    // A year with no later one in the text may be the meeting's own.
    expect(grades("Norland and Sudria agreed in 2031 to establish a council.")).toEqual(["AGREED"]);
  });
});

describe("duration scopes", () => {
  it("reads the scope past the length's modifiers", () => {
    expect(durations("The two held a 90-minute phone call on Thursday.")).toEqual(["90-minute = call"]);
    expect(
      durations(
        "Lind and Kovac concluded a nearly six-hour candid, in-depth and constructive talk on Sunday.",
      ),
    ).toEqual(["nearly six-hour = talks"]);
    expect(durations("The two spoke for three hours during the visit, officials said.")).toEqual([
      "three hours = talks",
    ]);
    expect(durations("Lind arrived on Thursday for a three-day trip.")).toEqual(["three-day = visit"]);
    expect(
      durations("The negotiations in a broad format had ended; they lasted an hour and a half."),
    ).toEqual(["an hour and a half = talks"]);
    // A meal "plus" the length came on top of it.
    expect(
      durations("Lind and Kovac met in Lindby, spending one and a half hours plus a working lunch in talks."),
    ).toEqual(["one and a half hours = talks"]);
    expect(
      durations("Lind and Kovac talked for two hours and a half-hour working lunch followed."),
    ).toContain("two hours = talks");
    expect(durations("Lind, who met Kovac in May, spent three days in Asia.")).toEqual([
      "three days = visit",
    ]);
    expect(durations("Kovac and Lind had a two-hour working dinner on Wednesday.")).toEqual([
      "two-hour = dinner",
    ]);
    // A meeting's length is the length of the talks (as the seed reads "the meeting lasted"); a meeting
    // that takes in a meal is talks and the meal.
    expect(durations("They held a seven-and-a-half-hour meeting that included a dinner.")).toEqual([
      "seven-and-a-half-hour = talks and dinner",
    ]);
    // One unit run onto "long", as wire copy writes it.
    expect(durations("Lind and Kovac held hourlong talks in Munich on Saturday.")).toEqual([
      "hourlong = talks",
    ]);
    expect(durations("The talks capped Lind's weeklong visit to the region.")).toEqual(["weeklong = visit"]);
    expect(durations("Lind and Kovac held an hourlong meeting in Munich on Saturday.")).toEqual([
      "hourlong = talks",
    ]);
    // A length of two units is one length.
    expect(durations("The talks lasted two hours and 15 minutes on Monday.")).toEqual([
      "two hours and 15 minutes = talks",
    ]);
    // Two lengths in a sentence are read apart; a planned one is no length.
    expect(
      durations("The meeting was scheduled for 30 minutes but lasted a little less than an hour."),
    ).toEqual(["a little less than an hour = talks"]);
    // A meal that follows the talks is not in their length.
    expect(durations("The five-and-a-half-hour meeting was followed by a dinner.")).toEqual([
      "five-and-a-half-hour = talks",
    ]);
  });

  it("reads no length of the meeting in a length of something else or a span of the past", () => {
    for (const body of [
      "The estate is a 30-minute drive from the capital.",
      "The broadcaster aired a 24-hour news special on the summit.",
      "Officials reported 300 arrests in the past 24 hours.",
      "The ministers met over breakfast, which allowed them to pack more into an hour than usual.",
      // Days that go with no meeting or stay: the length of a truce, a deadline.
      "Lind will decide whether to extend the tariff truce by no less than 90 days.",
      "The current truce expires in two weeks, on August 12.",
    ]) {
      expect(durations(body), body).toEqual([]);
    }
  });
});

describe("an agreement named as the one they came to, signed as they speak, an intent restated and a past step welcomed", () => {
  it("grades each, and takes no greeting of a prime minister by his letters, nor a deal of a former government", () => {
    expect(
      grades("Lind said the river agreement that we came to yesterday would open the border crossings."),
    ).toEqual(["AGREED"]);
    expect(
      grades("Kovac said we are signing an agreement that has been negotiated over five months."),
    ).toEqual(["AGREED"]);
    expect(grades("The two ministers reaffirmed their intent to boost trade in grain.")).toEqual([
      "WILL_WORK_TO",
    ]);
    expect(
      grades(
        "The two leaders expressed satisfaction with the disengagement achieved last year on the river.",
      ),
    ).toEqual(["WELCOMED"]);
    expect(grades("Lind, on her part, welcomed PM Kovac and called Norland a vital friend.")).toEqual([]);
    expect(
      grades("Kovac said the agreement that we came to with the previous government remains in force."),
    ).toEqual([]);
    // (Welcomed or not: a deal of former office holders is none of this meeting's.)
    expect(grades("The two ministers welcomed the agreement reached with the previous government.")).toEqual(
      [],
    );
  });
});

describe("a view shared, a plan announced, an invitation being accepted and officials directed", () => {
  it("grades each when both sides do it, and takes no welcome still to come", () => {
    expect(
      grades("Velkova and Orrin shared the view that the threat to close the river is a source of concern."),
    ).toEqual(["AGREED"]);
    expect(
      grades("Velkova and her Sudrian counterpart announced a plan to invest 1 billion euros in the locks."),
    ).toEqual(["AGREED"]);
    expect(
      grades(
        "Velkova met Orrin on Friday, with the leaders vowing to advance relations and Orrin accepting Velkova’s invitation to visit Norland.",
      ),
    ).toContain("AGREED");
    expect(
      grades(
        "Velkova and Orrin directed their respective officials to move quickly to resolve trade irritants.",
      ),
    ).toEqual(["WILL_WORK_TO"]);
    expect(
      grades(
        "Trade talks will be revived, with both leaders instructing their officials to restart negotiations.",
      ),
    ).toEqual(["WILL_WORK_TO"]);
    // One side alone shares no view with the other, announces its own plan, directs its own officials.
    expect(grades("Velkova shared the view that the river must stay open.")).toEqual([]);
    expect(grades("Norland announced a plan to build a second lock.")).toEqual([]);
    // (An agreement or an upgrade announced is reported whoever announces it.)
    expect(grades("Velkova announced an agreement with Sudria to reopen the river.")).toEqual(["AGREED"]);
    expect(
      grades("Velkova announced the elevation of Norland-Sudria ties to a strategic partnership."),
    ).toEqual(["AGREED"]);
    expect(grades("Orrin directed his officials to prepare a response.")).toEqual([]);
    expect(grades("Private investment will also be welcomed, Norland and Sudria said.")).toEqual([]);
  });
});

describe("promises and vows of both sides, an action plan announced, one side's intent to work with the other", () => {
  it("grades them by their cue when both sides make them", () => {
    expect(
      grades("Minister Ada Lind and President Piet Dorn promised Thursday to strengthen trade relations."),
    ).toEqual(["AGREED"]);
    expect(grades("The two leaders vowed to deepen cooperation on river shipping.")).toEqual([
      "WILL_WORK_TO",
    ]);
    expect(grades("They also affirmed that the two nations will enhance ties through investment.")).toEqual([
      "AGREED",
    ]);
    expect(
      grades("Lind and Dorn met on Friday, announcing a joint action plan at a press conference."),
    ).toEqual(["AGREED"]);
    expect(grades("Lind said she intends to work closely with Sudria to realise reciprocal visits.")).toEqual(
      ["WILL_WORK_TO"],
    );
  });

  it("reads agreements signed in a present tense, plans announced as what both would do, and joint work", () => {
    expect(grades("The talks saw the sides sign 18 new agreements to deepen cooperation.")).toEqual([
      "AGREED",
    ]);
    expect(
      grades(
        "Norland and Sudria announced on Wednesday that they would elevate their ties to a strategic partnership.",
      ),
    ).toEqual(["AGREED"]);
    // (An action plan announced by both sides only: one side's own plan is no agreement.)
    expect(grades("Lind and Dorn met on Friday, announcing a joint action plan on migration.")).toEqual([
      "AGREED",
    ]);
    expect(grades("Sudria announced a national action plan on drugs.")).toEqual([]);
    expect(grades("They agreed to work together to take the partnership to new heights.")).toEqual([
      "WILL_WORK_TO",
    ]);
    for (const body of [
      "Lind and Dorn are expected to sign several agreements on Thursday.",
      "Dorn will sign a deal with a Sudrian carmaker.",
      "Lind and Dorn hope to work together to end the dispute.",
      // A photo's caption that ends in its agency's credit is no text of the story.
      "Lind and Dorn shake hands as they sign bilateral agreements, in Port Halden, November 20, 2031. REUTERS/Ana Example",
    ])
      expect(grades(body), body).toEqual([]);
  });

  it("takes no promise, vow or affirmation of one side alone as an agreement", () => {
    for (const body of [
      "Lind promised voters on Monday to cut taxes.",
      "Dorn vowed to defend every inch of Sudrian territory.",
      "Lind affirmed that the two nations must settle the dispute.",
    ])
      expect(grades(body), body).toEqual([]);
  });
});

/** Each body with the one grade its agreement is given. */
const gradeEach = (cases: [string, string][]) => {
  for (const [body, grade] of cases) expect(grades(body), body).toEqual([grade]);
};

describe("targets set together, joint documents issued, agreements exchanged or approved, and a leader's 'we will'", () => {
  it("grades each when both sides do it", () => {
    gradeEach([
      ["Lind and Dorn have set a target of 20 billion dollars in trade over five years.", "AGREED"],
      ["Norland and Sudria have now set a new goal of $40 billion in annual trade.", "AGREED"],
      ["Norland and Sudria decided on Thursday to elevate their ties to a new level.", "AGREED"],
      ["The two leaders also issued a joint statement on river shipping.", "AGREED"],
      ["Norland and Sudria have approved a treaty-level defence cooperation agreement.", "AGREED"],
      [
        "Lind and Dorn observed the formal exchange of a dozen cooperation agreements, including on fisheries.",
        "AGREED",
      ],
      ["Protocols were also signed in the areas of education and culture.", "AGREED"],
      ["Lind and Dorn vowed Wednesday to ramp up security cooperation.", "WILL_WORK_TO"],
      ["The two countries also pledged deeper co-operation on military matters.", "WILL_WORK_TO"],
      ["“We have today concluded our bilateral defence co-operation agreement,” Lind said.", "AGREED"],
      ["“We will also work together to expand the river trade agreement,” Lind said.", "WILL_WORK_TO"],
    ]);
  });

  it("takes no target, approval, vow or joint work of one side alone", () => {
    for (const body of [
      "Norland set a target of net zero emissions by 2050.",
      "The Norland parliament approved the trade agreement on Monday.",
      "Dorn vowed Wednesday to defend every inch of Sudrian territory.",
      "“I will work together to end the dispute,” Lind said.",
    ])
      expect(grades(body), body).toEqual([]);
  });
});

describe("pacts inked, agreements inked or signed in the passive, notes exchanged, a mutual willingness", () => {
  it("grades each", () => {
    gradeEach([
      ["After the talks, the two countries inked 10 pacts on fisheries and river shipping.", "AGREED"],
      ["Some key agreements were inked during the visit.", "AGREED"],
      ["Norland and Sudria conducted an exchange of notes on a grant under the aid programme.", "AGREED"],
      ["There is also a mutual willingness in increasing this indicator.", "WILL_WORK_TO"],
    ]);
  });

  it("takes no earlier deal, one side's joint statement, note of protest, decision to cancel, or a leader's 'would have'", () => {
    for (const body of [
      "Lind and Kovac had decided in 2019 to freeze the talks.",
      "Norland issued a joint statement with Tarvia condemning the visit.",
      "Kovac, who concluded the 2019 agreement with Sudria, said the talks would go on.",
      "Norland and Sudria exchanged notes of protest over the border incident.",
      "A decision was made to cancel the signing ceremony.",
      "Critics in both countries intend to challenge the deal in court.",
      "“We would have agreed to the deal if Sudria had withdrawn,” Lind said.",
      "“We will have signed the agreement by then,” Lind said.",
    ])
      expect(grades(body), body).toEqual([]);
  });

  it("takes no intent of one side alone, unless to work with the other", () => {
    expect(grades("Norland intends to raise tariffs next year.")).toEqual([]);
    // One side's encouragement is its own: "encourage" counts for both sides only.
    expect(
      grades(
        "Lind had reiterated her desire to end the dispute and encourage dialogue between the two towns.",
      ),
    ).toEqual([]);
    expect(grades("Dorn said Sudria will encourage more firms to invest in Norland.")).toEqual([]);
    // (An effort agreed on is graded as the effort.)
    expect(grades("The two leaders agreed to encourage more exchanges of students.")).toEqual([
      "WILL_WORK_TO",
    ]);
    expect(grades("Dorn said Sudria intends to work closely with Norland on river shipping.")).toEqual([
      "WILL_WORK_TO",
    ]);
  });
});

describe("ties elevated, decisions taken, statements to sign, and a quotation's earlier sentences", () => {
  it("grades each when both sides do it, or no side is named", () => {
    gradeEach([
      [
        "Norland and Sudria elevated their bilateral relationship to a Comprehensive Strategic Partnership.",
        "AGREED",
      ],
      ["“We have decided that our partnership will be elevated to a strategic one,” Lind said.", "AGREED"],
      ["It has been decided to establish a Digital Council.", "AGREED"],
      ["Lind and Dorn pledged Saturday to set aside old grievances.", "WILL_WORK_TO"],
      ["They then met to sign a joint statement on river shipping.", "AGREED"],
      ["The two leaders welcomed the progress on the river treaty.", "WELCOMED"],
      ["Dorn welcomed the pledge by Premier Lind to reopen the border.", "WELCOMED"],
      ["In the past week, the two sides agreed to reopen the border.", "AGREED"],
      ["Last year's stalemate ended on Monday as the two leaders agreed to reopen the border.", "AGREED"],
      ["The barge contract was signed with the Sudrian yard Kestrel.", "AGREED"],
      // A deal "inked", and one "also signed" or "also inked": the passive's adverb between.
      ["A visa waiver deal was also inked during the visit.", "AGREED"],
      ["A river shipping agreement was inked during the visit.", "AGREED"],
      ["An agreement on customs was also signed.", "AGREED"],
      ["Lind and Dorn attended the signing ceremony between Kestrel and the river ministry.", "AGREED"],
      ["They will sign a memorandum of understanding on river shipping.", "AGREED"],
      ["“We're signing a strategic partnership this evening,” Lind said.", "AGREED"],
      // A negation in a sentence the quotation ended before the cue's is not the cue's.
      [
        "“Even when I was not in office he was very kind...We have agreed to enhance our ties,” Lind said.",
        "AGREED",
      ],
    ]);
  });

  it("takes no elevation or pledge of one side, no deal of long ago, and no guest welcomed", () => {
    for (const body of [
      "The Norland minister welcomed his far-left Sudrian counterpart, who is on a two-day visit, to Lindby on Thursday.",
      "Lind said the two are aligned as she welcomed far-left Sudrian Premier Ivo Dorn on Thursday for talks.",
      // One side's welcome is its own: "welcomed" counts for both sides only.
      "Dorn welcomed the interest shown by Norland's investors in the river port.",
      "“We're hoping to sign a river deal,” Lind said.",
      "Lind elevated Norland's ties to a new level with the river towns.",
      "Neither Mr. Lind nor Ms. Dorn agreed to the proposal.",
      "The two leaders met as donors pledged $2 billion to the fund.",
      "Velkova, who last year signed a contract with a Sudrian lobbying firm, met Orrin on Monday.",
      "The two are due to sign a joint statement on Friday.",
      "Dorn pledged Saturday to send aid to the river towns.",
      "Crowds cheered, and last year Norland and Sudria signed a free trade agreement.",
      "Dorn welcomed Hana Lind and called her a friend of Sudria.",
      "The two leaders have not agreed to resume talks.",
    ])
      expect(grades(body), body).toEqual([]);
  });
});

describe("memorandums by their letters, signings in a list or a ceremony, documents issued, and signings to come", () => {
  it("grades each when both sides do it, or no side is named", () => {
    gradeEach([
      ["In the meeting, both countries signed the MOUs to enhance river cooperation.", "AGREED"],
      ["Among those signed is the MOU on Enhanced River Cooperation to promote safe shipping.", "AGREED"],
      ["Also signed are the MOUs for Cyber and Critical Technology.", "AGREED"],
      ["Ten MoUs and pacts between Norland and Sudria were signed on Tuesday.", "AGREED"],
      ["They inked several deals, including a bilateral investment treaty.", "AGREED"],
      ["After the talks, a signing ceremony for various agreements took place.", "AGREED"],
      ["Lind and Dorn oversaw in Lindby the signing of ten cooperation documents.", "AGREED"],
      [
        "“We will build on our new MOU on river cooperation, which we have signed today,” Lind said.",
        "AGREED",
      ],
      ["Lind and Dorn issued “The Lindby Accord: an Enhanced Partnership.”", "AGREED"],
      ["They also confirmed that a new ministerial meeting would be held in May.", "AGREED"],
      ["Lind and Dorn also reconfirmed their cooperation in supporting the river towns.", "AGREED"],
      ["The two leaders affirmed to continue to coordinate closely on the river.", "AGREED"],
      ["“We'll collaborate even more closely to promote our shared vision,” Lind said.", "WILL_WORK_TO"],
      ["Dorn lauded the signing of the agreements on shipping.", "WELCOMED"],
      // An effort agreed on is the effort's, a day between or not.
      ["Lind and Dorn agreed Monday to work together toward the success of the summit.", "WILL_WORK_TO"],
      [
        "The two leaders concurred to make further efforts for the smooth progress of the dam.",
        "WILL_WORK_TO",
      ],
      ["Lind and Dorn agreed Monday to resume the ferries.", "AGREED"],
      // Words of a signing to come or objected to negate only that signing.
      ["Both leaders condemned the attack and agreed to step up cooperation on the river.", "AGREED"],
      ["The ministers met ahead of the summit and agreed to resume flights.", "AGREED"],
      ["Lind said ties will be stronger as both leaders signed 12 MOUs.", "AGREED"],
      // A guillemet alone opens no quotation that would make the agreement one side's words.
      ["Home » World\n\nLind and Dorn agreed to reopen the border.", "AGREED"],
      ["The river deal signed by Lind and Dorn sets out ten years of support.", "AGREED"],
      ["The signing of the agreement took place on Friday during the visit.", "AGREED"],
      ["Lind met Premier Ivo Dorn to sign a historic river agreement.", "AGREED"],
      ["Norland became the first state to sign an agreement with Sudria on the river.", "AGREED"],
      ["Lind travelled to Lindby, signing a historic new river agreement.", "AGREED"],
      ["A joint statement by the two ministers said they would work on new river patrols.", "WILL_WORK_TO"],
    ]);
  });

  it("takes no signing to come or only hoped for, and no pledge of the one a pronoun names", () => {
    for (const body of [
      "Lind said she is hopeful more Norland-Sudria accords will be signed under the partnership.",
      "Dorn is looking forward to the yet-to-be-signed trade pact between Norland and the river union.",
      "There is hope for growth with a nearly signed free trade agreement between Norland and the union.",
      "Lind hailed Norland and Sudria as 'river partners' as she pledged to build closer ties with Sudria.",
      "The ministry confirmed that the meeting would take place on Friday.",
      "Dorn said Sudria will collaborate with Norland on energy.",
      "Ahead of signing an agreement, Lind spoke to reporters.",
      "Sudria will work on its own river fleet.",
      // Only people met by name sign together: "met reporters" is no meeting of the two.
      "Lind met reporters in Lindby to sign a memorandum.",
      "Norland will make further efforts to attract investment.",
      "Sudria announced it would leave the accord.",
      "The two leaders affirmed to reporters that ties were strong.",
    ])
      expect(grades(body), body).toEqual([]);
  });
});

describe("what both sides or their document will do, documents made final or inked, and needs and decisions of one", () => {
  it("grades each when both sides, or the document they made, do it", () => {
    gradeEach([
      ["The declaration states that both countries will consult with each other on threats.", "AGREED"],
      ["Both sides will carry out joint exercises on the river.", "AGREED"],
      ["The two countries will expand and strengthen cooperation across shipping and energy.", "AGREED"],
      // ("also" or "further" between, and a verb of stepping up.)
      ["Lind said Norland and Sudria will also intensify security cooperation on the river.", "AGREED"],
      ["Both sides will further deepen ties in shipping.", "AGREED"],
      [
        "The declaration “recognises the new security context, and will expand cooperation on the river,” Lind said.",
        "AGREED",
      ],
      ["Norland and Sudria will keep working for a cleaner river.", "WILL_WORK_TO"],
      ["Dorn said his government will work with Norland to rebuild the ports.", "WILL_WORK_TO"],
      ["The two countries finalised a joint vision statement on river cooperation.", "AGREED"],
      ["The declaration was inked following talks in Lindby.", "AGREED"],
      ["The two leaders noted with satisfaction the progress in river cooperation.", "WELCOMED"],
      ["Both countries will cooperate to have a successful river summit.", "WILL_WORK_TO"],
      [
        "Lind and Dorn also confirmed that they were moving forward with the creation of a common currency.",
        "WILL_WORK_TO",
      ],
      ["Lind spoke after witnessing the signing of the bilateral agreements on shipping.", "AGREED"],
      ["“Our governments commit to closely coordinate efforts on the river,” the statement said.", "AGREED"],
      ["“There are outstanding MoUs which both of us have agreed to accelerate,” Lind said.", "AGREED"],
      // Quoted, the two sides by name.
      [
        "“We discussed ways to deepen trade. Norland and Sudria will keep working for a cleaner river,” Lind said.",
        "WILL_WORK_TO",
      ],
      // An effort the agreeing clause names, "would" before it, is graded as the effort.
      [
        "They agreed that negotiating teams would continue to work at pace towards a trade deal.",
        "WILL_WORK_TO",
      ],
    ]);
  });

  it("takes no plan of one side, no ceremony to come, no need of someone's and no decision of one named after 'why'", () => {
    for (const body of [
      "Dorn said Sudria would increase imports of grain.",
      "Sudria will cooperate with the inquiry.",
      // A forecast, a document's effect, a commitment demanded: no agreement.
      "Trade between the two countries will increase to ten billion by 2040.",
      "Analysts warn that tensions between the two nations will deepen.",
      "Critics say the agreement will increase costs.",
      "Both countries must commit to a ceasefire, the envoy said.",
      "Norland must commit to reforms, Dorn said.",
      "Norland will strengthen its own coast guard.",
      "Sudria will also intensify patrols on the river.",
      "Trade between the two countries will also intensify.",
      "The talks will be followed by a ceremony for the signing of economic agreements.",
      "Both sides discussed the need for the international community to encourage dialogue.",
      "The river topped the agenda of Lind and Dorn's meeting, with Lind accepting Dorn's explanation of why Sudria decided to abstain in the vote.",
    ])
      expect(grades(body), body).toEqual([]);
  });
});

describe("an agreement a month before the story", () => {
  it("is an earlier meeting's when a month before publication, or 'last', opens the sentence", () => {
    const july = new Date("2031-07-26T00:00:00Z");
    const found = (body: string, at: Date | null) =>
      extractCandidates(body, known, vocabulary, at)
        .filter((c) => c.kind === "AGREEMENT")
        .map((c) => c.data.strength);
    expect(
      found("In March, Lind said the two countries agreed that their ministers would meet.", july),
    ).toEqual([]);
    expect(found("Last May, the two sides agreed to resume the ferries.", null)).toEqual([]);
    expect(found("In July, the two countries agreed to resume the ferries.", july)).toEqual(["AGREED"]);
    expect(found("In March, Lind said the two countries agreed to resume the ferries.", null)).toEqual([
      "AGREED",
    ]);
    // A month of last year in a January story; a clause of its own after the earlier month's.
    const january = new Date("2032-01-10T00:00:00Z");
    expect(found("In December, the two sides agreed to resume the ferries.", january)).toEqual([]);
    expect(
      found("In March, Dorn proposed talks; on Tuesday the two agreed to resume the ferries.", july),
    ).toEqual(["AGREED"]);
  });
});

describe("signings told in the passive or as the meeting's highlight, joint unveilings and explorations, and quotations that close in the other style", () => {
  it("grades each", () => {
    gradeEach([
      [
        "The agreement was also signed by Foreign Minister Vell and his Sudrian counterpart Ivo Dorn.",
        "AGREED",
      ],
      ["The agreement signed today on river safety will enhance collaboration, Lind said.", "AGREED"],
      [
        "A major highlight of the meeting was the agreement to institutionalise river cooperation between the two nations.",
        "AGREED",
      ],
      ["One of the key takeaways was the decision to initiate negotiations for a trade deal.", "AGREED"],
      ["Among the announcements was a commitment to increase ferry crossings.", "AGREED"],
      ["Lindby and Kessborg unveiled a “pilot” programme on Thursday to return migrants.", "AGREED"],
      [
        'Lind noted that Norland and Sudria "will continue to cooperate together against smuggling," adding more.',
        "WILL_WORK_TO",
      ],
      ["Norland and Sudria explored deeper cooperation in shipbuilding.", "WILL_EXPLORE"],
      [
        "“There are a huge range of issues that Norland and Sudria will continue to work on,” Lind said.",
        "WILL_WORK_TO",
      ],
      ["The two sides exchanged four MoUs to enhance cooperation on the river.", "AGREED"],
      ["The agreements were formalized during Orrin’s two-day official visit to Lindby.", "AGREED"],
      // A quotation opened with a straight mark and closed with a curly one ends where it closes: what the
      // narrator says after it is the narrator's.
      [
        'Dorn said it was "a historic day for our relations” as he signed an agreement that also commits the two countries to boost investment.',
        "AGREED",
      ],
    ]);
  });

  it("takes no unveiling, exploring or cooperating of one side, no decision or commitment of anyone else's, no words exchanged and no one side's quotation", () => {
    for (const body of [
      "Dorn unveiled a plan to rebuild the ports.",
      "Lind explored options for the ferry.",
      "The two leaders explored the gardens of the old palace.",
      "Sudria will continue to cooperate with the inquiry.",
      "“It is clear that Norland and Sudria must work together,” Lind said.",
      "The trigger for the crisis was the decision to expel diplomats.",
      "Missing from the statement was a commitment to cut tariffs.",
      "The opposition's manifesto included a commitment to leave the river treaty.",
      "The two sides exchanged views on the proposed MoU on migration.",
      "“We reject the agreement signed today,” opposition leader Ana Krel said.",
      "“I doubt that Norland and Sudria will continue to work together,” Krel said.",
      "“Nobody believes that Norland and Sudria will strengthen ties,” Krel said.",
      // A quotation inside a quotation: the straight marks open and close within the curly ones.
      '“The "new" government has agreed to cut tariffs,” Krel said.',
    ])
      expect(grades(body), body).toEqual([]);
  });
});

describe("initiatives, plans and a new chapter announced together, cooperation solidified, and views or a meeting found agreeable", () => {
  it("grades what both sides announce, disclose or solidify", () => {
    gradeEach([
      ["Lind and Kovac announced initiatives to boost river defence ties on Wednesday.", "AGREED"],
      [
        "Ada Lind and Boris Kovac have announced a “new chapter” in their countries' partnership, deepening ties.",
        "AGREED",
      ],
      ["The leaders disclosed plans to advance a joint ferry programme.", "AGREED"],
      [
        "Minister Ada Lind and Secretary Boris Kovac solidified closer defence cooperation on Wednesday.",
        "AGREED",
      ],
    ]);
  });

  it("takes no announcement or solidifying of one side, no views shared and no satisfaction with the meeting itself", () => {
    for (const body of [
      "Kovac announced initiatives to boost his party's vote.",
      "Lind announced a new chapter in her political career.",
      "Kovac solidified his hold on the party on Wednesday.",
      "“We agree on many things,” Kovac replied when asked about the minister.",
      "During their phone call, Lind and Kovac agreed on everything they discussed.",
      "“We agree on principles, democracy, human rights and the rule of law,” Lind said.",
      "Lind expressed satisfaction with the encounter and took to social media to praise it.",
    ])
      expect(grades(body), body).toEqual([]);
    // (A satisfaction with what the meeting gave is welcomed all the same.)
    expect(grades("Lind expressed satisfaction with the progress on the ferry agreement.")).toEqual([
      "WELCOMED",
    ]);
  });
});

describe("a need that one side stresses", () => {
  it("is no commitment, however far its words run before the cue", () => {
    expect(
      agreements(
        "Brandt emphasised the need for encouraging both the foreign secretaries to move forward with the peace process.",
      ),
    ).toEqual([]);
    expect(
      grades("The two leaders agreed on the need for both sides to move forward with the peace process."),
    ).toEqual(["AGREED"]);
  });
});

describe("an earlier meeting named before the cue", () => {
  it("dates what was agreed to that meeting; what this one agreed, with an earlier one named after, stays", () => {
    for (const body of [
      "This was the first meeting between Brandt and Velkova since they met in Port Halden where they had vowed to script a new chapter in their ties.",
      "At their last meeting in Port Halden, Brandt and Velkova agreed to resume military talks.",
      "Brandt and Velkova, who last met in Port Halden where they agreed to resume military talks, spoke for two hours.",
    ])
      expect(agreements(body)).toEqual([]);
    expect(
      grades(
        "Brandt and Velkova agreed to resume military talks, which they had discussed at their previous meeting.",
      ),
    ).toEqual(["AGREED"]);
  });
});

describe("an aim of bringing another side to agree", () => {
  it("is no agreement", () => {
    const found = agreements(
      [
        "President Ivo Brandt and Chairman Lena Okafor signed a document at the end of their summit on Tuesday.",
        "The talks centred on Norland's aim of persuading Sudria to agree to drop its dam project.",
        "Brandt urged both delegations to reach a deal on river water by June.",
      ].join(" "),
    );
    expect(found.map((c) => c.span.exact)).toEqual([
      "President Ivo Brandt and Chairman Lena Okafor signed a document at the end of their summit on Tuesday",
    ]);
  });
});

describe("an agreement dated to a month of a year gone by, past its object", () => {
  it("is an earlier meeting's; one of this meeting is kept", () => {
    const found = agreements(
      "Norland and Sudria, as the protecting powers of the two sides respectively, agreed on a ceasefire in the contested region in March last year. Brandt and Okafor agreed to extend the ceasefire to the river valley.",
    );
    expect(found.map((c) => c.span.exact)).toEqual([
      "Brandt and Okafor agreed to extend the ceasefire to the river valley",
    ]);
  });
});

describe("thanks for accepting an invitation", () => {
  it("is no agreement; an invitation accepted at the talks is one", () => {
    expect(
      agreements(
        "President Ivo Brandt held talks with President Lena Okafor in Lindby. He thanked President Okafor for accepting the invitation and for delivering the opening speech at the forum.",
      ),
    ).toEqual([]);
    expect(
      agreements(
        "President Ivo Brandt held talks with President Lena Okafor in Lindby. Okafor accepted the invitation to visit Norland next year.",
      ),
    ).toHaveLength(1);
  });
});

describe("praise the two sides give together and a willingness they signal", () => {
  it("are agreements of their grade; one side's praise is none", () => {
    expect(grades("The two sides praised Zorvan's mediation to end the row.")).toEqual(["WELCOMED"]);
    expect(grades("Kovac praised relations between Norland and Sudria after the talks.")).toEqual([]);
    expect(
      grades("Kovac praised the Norland-Sudrian efforts that aim to reach a fair compromise on the river."),
    ).toEqual([]);
    expect(
      grades("Both leaders signalled Thursday a willingness to forge ahead and expand existing ties."),
    ).toEqual(["WILL_WORK_TO"]);
    // Being of one mind, both sides: an agreement; one side alone, none.
    expect(
      grades(
        "Velkova met Orrin in Lindby on Friday, and both sides were on the same page over expediting preparations for the river talks.",
      ),
    ).toEqual(["AGREED"]);
    expect(grades("Kovac said he was on the same page about the river with his party.")).toEqual([]);
  });
});

describe("a conversation's length", () => {
  it("is the talks' face to face, and the call's where the text speaks of a call", () => {
    expect(
      durations(
        "Velkova met Orrin in Lindby on Saturday. After three and a half hours of conversation, Velkova said the ties were strong.",
      ),
    ).toEqual(["three and a half hours = talks"]);
    expect(
      durations(
        "Velkova held a phone call with Orrin on Saturday. After an hour of conversation, Velkova said the ties were strong.",
      ),
    ).toEqual(["an hour = call"]);
  });
});

describe("conventions and instruments signed, exchanges witnessed, both sides' delight, and what they will go on doing", () => {
  it("grades each when both sides do it", () => {
    gradeEach([
      [
        "Foreign Minister Ivo Brandt and his counterpart Lena Marsh signed the convention on the border.",
        "AGREED",
      ],
      [
        "The governments of Norland and Sudria today signed five bilateral cooperation instruments.",
        "AGREED",
      ],
      ["Lind and Dorn on Monday witnessed the exchange of the agreement for the river zone.", "AGREED"],
      ["Lind also said that a joint declaration, signed today, reflects the ties.", "AGREED"],
      ["He said the main results were the signing of four memoranda of understanding.", "AGREED"],
      ["They expressed their delight at the outcomes of the cooperation over the past year.", "WELCOMED"],
      ["The two prime ministers expressed content over the deep ties between the two countries.", "WELCOMED"],
      ["Both sides acknowledged the importance of people-to-people ties.", "WELCOMED"],
      ["The two sides will continue to promote investment and trade.", "WILL_WORK_TO"],
      ["Lind and Dorn explored further collaboration in food security.", "WILL_EXPLORE"],
      ["On trade, both sides confirmed economic collaboration once the floods ease.", "AGREED"],
      ["A significant outcome of the meeting was the formal establishment of a joint council.", "AGREED"],
      ["“We will set up a joint defence council to meet regularly,” Lind said.", "AGREED"],
      ["“We will take joint measures to enhance the river's safety,” Dorn said.", "WILL_WORK_TO"],
      ["The two navies will hold joint exercises next year.", "AGREED"],
      ["Lind and Dorn attended the signing of the river agreements after talks in Lindby.", "AGREED"],
      ["The visit ended with the two leaders signing nearly 20 documents on trade.", "AGREED"],
      ["The two countries signed a five-year trade cooperation strategic plan document.", "AGREED"],
      ["Sources said the two sides were able to arrive at outcomes on four key pillars.", "AGREED"],
      ["Lind and Dorn said they were working on an accord to boost cooperation in mining.", "WILL_WORK_TO"],
      ["They also worked together on pathways to citizenship.", "WILL_WORK_TO"],
      ["Misri said, noting that both sides remain committed to dialogue.", "AGREED"],
      ["The statement confirmed both countries would designate new envoys.", "AGREED"],
      ["Lind has announced a river shipping deal with Sudria after talks in Lindby.", "AGREED"],
    ]);
  });

  it("takes none of one side's", () => {
    for (const body of [
      "Norland will continue to support the talks.",
      "Dorn expressed delight at the river festival.",
      "Norland confirmed its cooperation with the court.",
      "The outcome of the meeting was unclear.",
      "Norland will hold joint exercises with its allies.",
      "Dorn said he supports Norland's call for all river states to agree to a binding code.",
      "Norland is working on an accord with the fund.",
      "Norland remains committed to peace on the river.",
      "Lind announced a new budget deal for farmers.",
      "Norland will establish a joint venture with a Sudrian firm.",
      "Dorn acknowledged the importance of trade.",
    ])
      expect(agreements(body), body).toEqual([]);
  });
});

describe("a list of documents signed", () => {
  it("gives each document its own span, the governing words staying with the first", () => {
    const body =
      "After the meeting, Lind and Dorn witnessed the signing of cooperation documents, including the agreement on a cooperation plan for 2032, the minutes of the committee's fifth meeting, the agreement on the transfer of prisoners, and a memorandum of understanding on river shipping.";
    const found = agreements(body);
    expect(found.map((c) => c.span.exact)).toEqual([
      "After the meeting, Lind and Dorn witnessed the signing of cooperation documents, including the agreement on a cooperation plan for 2032",
      "the minutes of the committee's fifth meeting",
      "the agreement on the transfer of prisoners",
      "a memorandum of understanding on river shipping",
    ]);
    expect(found.every((c) => c.data.strength === "AGREED")).toBe(true);
    // (Items of what was agreed that name no document stay the agreement's words.)
    expect(
      agreements(
        "They agreed to develop cooperation in industry, including the river barges and the rail cars.",
      ).map((c) => c.span.exact),
    ).toEqual([
      "They agreed to develop cooperation in industry, including the river barges and the rail cars",
    ]);
  });
});

describe("two agreements in one clause, joined by 'and'", () => {
  it("parts them where the words before 'and' hold a cue of their own", () => {
    const spans = (body: string) => agreements(body).map((c) => [c.span.exact, c.data.strength]);
    expect(
      spans(
        "Besides, the two prime ministers expressed content over the deep ties between Norland and Sudria and agreed to take effective steps to advance the relationship.",
      ),
    ).toEqual([
      [
        "Besides, the two prime ministers expressed content over the deep ties between Norland and Sudria",
        "WELCOMED",
      ],
      ["agreed to take effective steps to advance the relationship", "AGREED"],
    ]);
    // (Not where the words before it agree nothing.)
    expect(spans("Lind and Dorn met in Lindby and agreed to reopen the border.")).toEqual([
      ["Lind and Dorn met in Lindby and agreed to reopen the border", "AGREED"],
    ]);
  });
});

describe("both sides' satisfaction and commitment expressed, a sealing witnessed, and documents exchanged", () => {
  it("grades each when both sides do it", () => {
    gradeEach([
      [
        "The two foreign secretaries expressed satisfaction at the state of relations between Norland and Sudria.",
        "WELCOMED",
      ],
      ["“Both the ministers expressed satisfaction on the excellent ties,” the release said.", "WELCOMED"],
      ["They also expressed their commitment to regional cooperation.", "AGREED"],
      ["Lind and Dorn witnessed the sealing of six cooperation agreements.", "AGREED"],
      ["They hailed the memoranda of understanding exchanged during the visit.", "AGREED"],
    ]);
    // (A welcome and a commitment joined by "and" are two.)
    expect(
      agreements(
        "The two sides expressed satisfaction at the ties and reiterated their commitment to peace on the river.",
      ).map((c) => [c.span.exact, c.data.strength]),
    ).toEqual([
      ["The two sides expressed satisfaction at the ties", "WELCOMED"],
      ["reiterated their commitment to peace on the river", "AGREED"],
    ]);
  });

  it("takes none of one side's commitment, of a deal of an earlier time, or of one agreeing with what another said", () => {
    for (const body of [
      "Dorn expressed his commitment to regional cooperation.",
      "The river port was built in the 1970s, and at that time, the two countries signed a 50-year contract.",
      "At the time, Norland and Sudria agreed to share the dam's power.",
      "Lind agreed: “These small matters require urgent attention.”",
    ])
      expect(agreements(body), body).toEqual([]);
  });
});

describe("a quotation of several sentences, and the heads of state as a group", () => {
  it("gives each sentence's agreement its own span, up to the quotation's end", () => {
    const found = agreements(
      "“The two heads of State [Lind and Dorn] welcomed the positive outcomes of the third commission held in Lindby. They directed the ministers and officials to implement the decisions,” the two governments said in a joint communique.",
    );
    expect(found.map((c) => [c.span.exact, c.data.strength])).toEqual([
      [
        "“The two heads of State [Lind and Dorn] welcomed the positive outcomes of the third commission held in Lindby",
        "WELCOMED",
      ],
      ["They directed the ministers and officials to implement the decisions", "WILL_WORK_TO"],
    ]);
  });
});

describe("a second infinitive without its comma, a second verb of directing, and what both will coordinate or continue", () => {
  it("parts the items and grades what both sides do", () => {
    const spans = (body: string) => agreements(body).map((c) => [c.span.exact, c.data.strength]);
    expect(
      spans(
        "Norland and Sudria agreed Thursday to hold meetings of the river committee in Lindby next month and to convene preparatory talks in advance.",
      ),
    ).toEqual([
      [
        "Norland and Sudria agreed Thursday to hold meetings of the river committee in Lindby next month",
        "AGREED",
      ],
      ["and to convene preparatory talks in advance", "AGREED"],
    ]);
    // (Not where the infinitive goes on with a purpose of the one before it.)
    expect(
      spans(
        "They committed to continue close coordination to prevent the conflict from spreading and to work toward a political solution.",
      ),
    ).toHaveLength(1);
    expect(
      spans(
        "Both prime ministers reiterated their firm commitment to expanding river cooperation and directed their officials to hold consultations on new projects.",
      ).map(([span]) => span),
    ).toEqual([
      "Both prime ministers reiterated their firm commitment to expanding river cooperation",
      "directed their officials to hold consultations on new projects",
    ]);
    gradeEach([
      [
        "The diplomatic corps of both countries will coordinate channels to reduce cases of mistreatment.",
        "WILL_WORK_TO",
      ],
      [
        "Lind and Dorn also stressed that Norland and Sudria will continue their efforts in serving the river.",
        "WILL_WORK_TO",
      ],
    ]);
    gradeEach([
      [
        "President Ivo Brandt and President Tomas Orrin on Friday directed their ministers to meet quickly.",
        "WILL_WORK_TO",
      ],
    ]);
    for (const body of [
      "Lind directed her ministers to prepare a budget.",
      "Norland will continue its efforts to mediate.",
      "Norland will coordinate with its allies.",
    ])
      expect(agreements(body), body).toEqual([]);
  });
});

describe("one side telling what both agreed", () => {
  it("is the agreement after 'that', not the telling", () => {
    expect(
      agreements(
        "On historical issues, the Norland government confirmed that the two presidents agreed to reactivate the search for the remains of the river's founder.",
      ).map((c) => [c.span.exact, c.data.strength]),
    ).toEqual([
      ["the two presidents agreed to reactivate the search for the remains of the river's founder", "AGREED"],
    ]);
    // (By any verb of speech: "stressed that".)
    expect(
      agreements("The ministry stressed that the two presidents agreed to reopen the border.").map(
        (c) => c.span.exact,
      ),
    ).toEqual(["the two presidents agreed to reopen the border"]);
    // (Both telling it stays one: "The two leaders confirmed that the two countries would …".)
    expect(grades("The two leaders confirmed that the two countries would expand ties.")).toEqual(["AGREED"]);
  });
});

describe("an agreement named again right after it is reported", () => {
  it("is no second agreement; one named first is", () => {
    expect(
      grades(
        "Norland and Sudria agreed Thursday to hold meetings of the river committee. The agreement was reached during talks in Lindby between the two prime ministers.",
      ),
    ).toEqual(["AGREED"]);
    expect(
      grades(
        "The talks went on for hours. The agreement was reached during talks in Lindby between the two prime ministers.",
      ),
    ).toEqual(["AGREED"]);
  });
});

describe("a signing still to come", () => {
  it("is no agreement ('we are to sign'); one agreed beside it in the same quotation is", () => {
    expect(
      agreements(
        "«Today, we are to sign a Declaration on ally relations. Besides, we agreed to give instructions to the governments to raise the trade volume,» said Lind.",
      ).map((c) => c.span.exact),
    ).toEqual(["Besides, we agreed to give instructions to the governments to raise the trade volume"]);
    expect(agreements("Norland and Sudria are to sign an agreement on Friday.")).toEqual([]);
  });
});

describe("a list of documents under a signing", () => {
  it("gives each item on its own line an agreement of the signing's grade", () => {
    const found = agreements(
      [
        "Foreign Minister Ada Lind and Foreign Minister Boris Kovac signed a total of three documents.",
        "These include:",
        "-the Plan for the celebration of the 70th anniversary of diplomatic relations,",
        "-Memorandum of Understanding on a joint exhibition,",
        "-Exchange of letters on the river project respectively.",
        "The leaders then had lunch.",
      ].join("\n\n"),
    );
    expect(found.map((c) => [c.data.text, c.data.strength])).toEqual(
      expect.arrayContaining([
        ["the Plan for the celebration of the 70th anniversary of diplomatic relations", "AGREED"],
        ["Memorandum of Understanding on a joint exhibition", "AGREED"],
        ["Exchange of letters on the river project", "AGREED"],
      ]),
    );
    for (const c of found) expect(c.span.exact).toBe(c.data.text);
    // (A list that a line opens with no agreement before it is none: topics discussed.)
    expect(
      agreements(
        [
          "Lind and Kovac held talks on Monday.",
          "Topics discussed included:",
          "-the plan for the river,",
          "-a memorandum on fishing.",
        ].join("\n\n"),
      ),
    ).toEqual([]);
  });
});

describe("what both sides will go on building, try hard for, or are interested in", () => {
  it("is graded as an effort or an exploration, and a shared value a relationship reflects is none", () => {
    expect(
      grades(
        "The two countries would continue to build a mutually beneficial partnership in the face of global challenges, Lind said.",
      ),
    ).toEqual(["WILL_WORK_TO"]);
    expect(grades("The two sides will make a final effort to find a wording acceptable to both.")).toEqual([
      "WILL_WORK_TO",
    ]);
    expect(grades("The two leaders expressed interest in establishing new cooperation in mining.")).toEqual([
      "WILL_EXPLORE",
    ]);
    // (One side's own plans and interests are its own; a shared value is no outcome.)
    expect(grades("Norland would continue to build its navy, Lind said.")).toEqual([]);
    expect(grades("Lind expressed interest in Sudrian gas.")).toEqual([]);
    expect(
      grades(
        "Lind said the long-standing partnership reflects their shared commitment to democracy and freedom.",
      ),
    ).toEqual([]);
    expect(
      grades(
        "Norland and Sudria are strong partners based on a shared commitment to a peaceful river region.",
      ),
    ).toEqual([]);
  });
});

describe("an agreement of an earlier meeting, told in passing", () => {
  it("yields none when a time gone by closes the verb it is joined to, or a year before the article's latest follows it", () => {
    expect(
      grades(
        "The latest round had been held after Lind and Kovac met in Lindby last month and agreed to break the impasse.",
      ),
    ).toEqual([]);
    expect(
      grades(
        "Full implementation of the measures agreed in Lindby in September 2014 and February 2015 could lead to the lifting of sanctions.",
      ),
    ).toEqual([]);
    // (A plan's year, or the year of the article itself, dates nothing before the meeting.)
    expect(grades("Lind and Kovac agreed to finish the rail line in 2031.")).toEqual(["AGREED"]);
    expect(grades("Lind and Kovac signed a trade agreement in Lindby in March 2031.")).toEqual(["AGREED"]);
    expect(grades("Lind and Kovac met in Lindby on Monday and agreed to break the impasse.")).toEqual([
      "AGREED",
    ]);
  });
});

describe("one speaker's 'we' inside a quotation", () => {
  it("makes an effort or a plan their own side's, but an agreement or a joint effort both sides'", () => {
    expect(grades("“We will increase cooperation in these spheres,” Lind said.")).toEqual([]);
    expect(grades("“We will continue to work and seek solutions,” Lind said.")).toEqual([]);
    expect(grades("“We agreed to increase cooperation,” Lind said.")).toEqual(["AGREED"]);
    expect(grades("“We will work together to expand trade,” Lind said.")).toEqual(["WILL_WORK_TO"]);
    // (Also where "we" opens the last part of a longer clause: what was done, not an effort.)
    expect(
      grades(
        "“We were able to create a pathway to deal with trade complaints and today we signed a memorandum of understanding on that cooperation,” Lind added.",
      ),
    ).toEqual(["AGREED"]);
    expect(
      grades(
        "“We’re engaging Sudria in a number of channels, … and we are working to build cooperation in areas of mutual interest,” Lind told reporters.",
      ),
    ).toEqual([]);
  });
});

describe("a roadmap endorsed, a readiness expressed and a signing the meeting ended in", () => {
  it("are both sides' outcomes; one side's endorsement or readiness is its own", () => {
    expect(grades("Lind and Kovac also endorsed a roadmap for cooperation for 2031-2033.")).toEqual([
      "AGREED",
    ]);
    expect(grades("Lind endorsed the plan to build a new port.")).toEqual([]);
    expect(grades("Both sides expressed readiness to expand cooperation in the energy sector.")).toEqual([
      "WILL_WORK_TO",
    ]);
    expect(grades("Kovac expressed readiness to expand cooperation in the energy sector.")).toEqual([]);
    // (So do documents the officials put their signatures on, and deals the talks yielded.)
    expect(
      grades("Lind met Kovac in Lindby, where officials of both sides put their signatures on 23 documents."),
    ).toEqual(["AGREED"]);
    expect(grades("The talks also yielded a number of new bilateral deals on trade and education.")).toEqual([
      "AGREED",
    ]);
    expect(grades("The meeting resulted in the signing of three memoranda of understanding.")).toEqual([
      "AGREED",
    ]);
    expect(grades("The talks were followed by the signing of an agreement on health.")).toEqual(["AGREED"]);
  });
});

describe("an agreement the sides are on the way to", () => {
  it("is no agreement ('on the road to reaching a legally-binding agreement', 'called for reaching')", () => {
    expect(
      grades(
        "Norland is keen on boosting these efforts with international partners on the road to reaching a legally-binding agreement on the filling of the dam.",
      ),
    ).toEqual([]);
    expect(grades("The talks aimed at reaching an agreement on the dam.")).toEqual([]);
    expect(grades("Lind also called for reaching a legally-binding agreement on the dam.")).toEqual([]);
    expect(grades("Lind and Kovac reached an agreement on the dam.")).toEqual(["AGREED"]);
  });
});

describe("the documents a signing's sentence lists after semicolons", () => {
  it("are each an agreement, and a name's own 'and' splits none", () => {
    const found = agreements(
      "Other MoUs that were signed are on Cooperation in Tourism; MoU on Cooperation in Transport Related Matters; MoU on Cooperation in the Field of Information and Communication Technologies, and the MoU on Cooperation in the fields of Women, Youth and Persons with Disabilities.",
    );
    expect(found.map((c) => c.span.exact)).toEqual([
      "Other MoUs that were signed are on Cooperation in Tourism",
      "MoU on Cooperation in Transport Related Matters",
      "MoU on Cooperation in the Field of Information and Communication Technologies",
      "the MoU on Cooperation in the fields of Women, Youth and Persons with Disabilities",
    ]);
    expect(new Set(found.map((c) => c.data.strength))).toEqual(new Set(["AGREED"]));
  });
});

describe("documents exchanged before the leaders", () => {
  it("are agreements, however long their names", () => {
    const found = agreements(
      "Following the discussions, Memoranda of Understanding on the avoidance of double taxation and capacity building for government officials were exchanged in the presence of the leaders of both countries. Several MoUs were also exchanged. Both leaders exchanged views on regional issues.",
    );
    expect(found.map((c) => c.span.exact)).toEqual([
      expect.stringContaining("were exchanged in the presence of"),
      "Several MoUs were also exchanged",
    ]);
    expect(new Set(found.map((c) => c.data.strength))).toEqual(new Set(["AGREED"]));
  });
});

describe("documents signed by their names in quotation marks", () => {
  it("counts the signing, and takes the document's name for no one's words", () => {
    const found = extract(
      [
        "Mrs. Ada Velkova, Minister for Foreign Affairs of Norland, met her counterpart Mr. Tavi Ormsund in Lindby.",
        "During the meeting, Ministers signed ‘Memorandum of Understanding between the Ministry of Foreign Affairs of Norland and the Ministry of Foreign Affairs and Trade of Sudria on cooperation in the field of diplomatic training’.",
        "After the meeting both Ministers witnessed the signing and exchange of “Trade and Investment Framework Arrangement between the Government of Norland and the Government of Sudria” (TIFA).",
      ].join("\n\n"),
    );
    const agreed = of(found, "AGREEMENT").map((c) => c.span.exact);
    expect(agreed).toHaveLength(2);
    expect(agreed[0]).toContain("Ministers signed ‘Memorandum of Understanding");
    expect(agreed[1]).toContain("witnessed the signing and exchange of");
    expect(of(found, "STATEMENT")).toEqual([]);
  });
});

describe("what was agreed before, spoken of as a thing", () => {
  it("is no agreement ('the financial assistance agreed upon for Moldova'); the leaders who agreed are", () => {
    const body = (sentence: string) =>
      `President Ada Velkova met Prime Minister Tomas Orrin in Sofia today.\n\n${sentence}`;
    expect(
      agreements(
        body(
          "The prime minister also said that the positive changes directly contributed to the practical advancement in providing the financial assistance agreed upon for Norland.",
        ),
      ),
    ).toEqual([]);
    expect(grades(body("The leaders met in the capital and agreed to set up a joint commission."))).toEqual([
      "AGREED",
    ]);
  });
});

describe("what one side asks for or says it is time for", () => {
  it("is no agreement, in every item of the list it asks for", () => {
    const body = (sentence: string) =>
      `Prime Minister Ada Velkova met Sultan Tomas Orrin of Sudria on May 10.\n\n${sentence}`;
    expect(
      agreements(
        body(
          "PM Velkova asked Sudria to further facilitate market access for Norlandic goods; work towards the early signing of an MoU on bilateral cooperation in agriculture and fishery; effectively maintain the hotline; and create favourable conditions for Norlandic firms to participate in construction.",
        ),
      ),
    ).toEqual([]);
    expect(
      agreements(
        body("He stressed that it is time for the two countries to set a new goal for bilateral trade."),
      ),
    ).toEqual([]);
    // (Both sides' list is theirs, item by item.)
    expect(
      agreements(
        body(
          "The two leaders agreed to expand trade; work towards the early signing of an MoU on fishery; and create favourable conditions for firms.",
        ),
      ),
    ).toHaveLength(3);
  });
});

describe("both sides' dedication reiterated, and their welcome expressed", () => {
  it("grades each when both sides do it", () => {
    gradeEach([
      [
        "Lind and Dorn held talks in Lindby on Wednesday, reiterating their mutual dedication to enhancing bilateral relations.",
        "AGREED",
      ],
      ["The two leaders expressed their welcome for frequent meetings and communication.", "WELCOMED"],
    ]);
  });
});

describe("a willingness after 'as well as', and an instruction given by a pronoun and a name", () => {
  it("grades both sides' willingness joined by 'as well as' ('affirmed the adherence …, as well as their willingness to continue efforts …')", () => {
    expect(
      grades(
        "President Tomas Orrin met Prime Minister Hana Velkova on Monday. The two leaders affirmed the adherence of both countries to their historic relations, as well as their willingness to continue efforts to preserve the security of both countries.",
      ),
    ).toEqual(["WILL_WORK_TO"]);
  });

  it("grades what 'she and President Orrin' instructed their ministers to do, and not what she alone did", () => {
    expect(
      grades(
        "President Hana Velkova met President Tomas Orrin on Saturday. Velkova revealed she and President Orrin had instructed Sector Ministers to meet regularly to resolve challenges in their areas.",
      ),
    ).toEqual(["WILL_WORK_TO"]);
    expect(
      grades(
        "President Hana Velkova met President Tomas Orrin on Saturday. Velkova said she had instructed her ministers to meet regularly to resolve challenges in their areas.",
      ),
    ).toEqual([]);
  });
});

describe("a quotation that is the object of a verb both sides made", () => {
  it("is theirs ('Orrin and Velkova affirmed the “adherence …, as well as their willingness to …”'), not one side's", () => {
    expect(
      grades(
        "President Tomas Orrin met Prime Minister Hana Velkova on Monday. Moreover, Orrin and Velkova affirmed the “adherence of Norland and Sudria to the historic relations that unite them, as well as their willingness to continue efforts to preserve the security of both countries.”",
      ),
    ).toEqual(["WILL_WORK_TO"]);
    expect(
      grades(
        "President Tomas Orrin met Prime Minister Hana Velkova on Monday. Moreover, Orrin affirmed the “adherence of Norland to its historic relations, as well as its willingness to continue efforts to preserve the security of both countries.”",
      ),
    ).toEqual([]);
  });
});

describe("agreements entered into", () => {
  it("are agreed ('Agreements were entered into in the fields of …', 'A travel agreement was also entered into')", () => {
    expect(
      grades(
        "President Tomas Orrin met Prime Minister Hana Velkova on Friday. Agreements were entered into in the fields of standardisation and information technology. A travel agreement was also entered into where citizens on a diplomatic passport will not need a visa.",
      ),
    ).toEqual(["AGREED", "AGREED"]);
  });
});

describe("programmes and roadmaps signed, and a signing dated before the article", () => {
  it("grades a cooperation programme signed as agreed ('the foreign ministries signed a 2024-2025 cooperation program')", () => {
    expect(
      grades(
        "Foreign Minister Tomas Orrin met Foreign Minister Hana Velkova on Monday. Following the talks, the foreign ministries signed a 2024-2025 cooperation program to preserve constructive engagement.",
      ),
    ).toEqual(["AGREED"]);
  });

  it("leaves out the signing of a treaty in a year before the article's ('highlighted the signing of a historic Treaty … in 2022')", () => {
    const found = extractCandidates(
      "Foreign Minister Tomas Orrin met Foreign Minister Hana Velkova on Monday. The parties highlighted the signing of a historic Treaty on Allied Relations in 2022 and active interactions at all levels.",
      known,
      vocabulary,
      new Date("2023-08-17T00:00:00Z"),
    );
    expect(of(found, "AGREEMENT")).toEqual([]);
  });
});

describe("a cue in '-ing' that is the topic of talks to come", () => {
  it("agrees nothing ('the two men would talk about finding solutions … and working toward …')", () => {
    expect(
      grades(
        "Prime Minister Tomas Orrin welcomed President Hana Velkova to Lindby on Monday. The prime minister said the two men would talk about finding solutions to climate change and working toward better protection for the environment.",
      ),
    ).toEqual([]);
    expect(
      grades(
        "Prime Minister Tomas Orrin welcomed President Hana Velkova to Lindby on Monday. The two leaders talked about trade and agreed to work toward better protection for the environment.",
      ),
    ).toEqual(["WILL_WORK_TO"]);
  });
});

describe("a signing a modal calls for", () => {
  it("is none yet ('The two sides should speed up the signing of agreements'), a signing done is", () => {
    expect(
      grades(
        "Prime Minister Tomas Orrin received Foreign Minister Hana Velkova on Friday. He suggested the two governments strengthen cooperation. The two sides should speed up the signing of agreements to create a favourable legal framework.",
      ),
    ).toEqual([]);
    expect(
      grades(
        "Prime Minister Tomas Orrin received Foreign Minister Hana Velkova on Friday. The two sides signed agreements to create a favourable legal framework.",
      ),
    ).toEqual(["AGREED"]);
  });
});

describe("views that meet on some issues, a signing still to come, and what others are sought to agree", () => {
  it("is none: 'We agree on some issues, not on others', 'an agreement … should be signed soon', 'must seek that … agree'", () => {
    for (const body of [
      "President Ivo Brandt met President Tomas Orrin. “We agree on some issues, not on others, but we have a civilized relationship,” said Brandt.",
      "President Ivo Brandt met Prime Minister Tomas Orrin. Orrin vowed all possible support for Norland, saying that a cooperation agreement on labour should be signed soon.",
      "Norland and Sudria must seek that alliance member countries agree on the new defence plans before July’s summit, President Brandt said after meeting Prime Minister Orrin.",
    ]) {
      expect(grades(body), body).toEqual([]);
    }
    // (An agreement reached that is to be signed later was reached.)
    expect(grades("Brandt and Orrin reached an agreement on labour that will be signed next month.")).toEqual(
      ["AGREED"],
    );
  });
});

describe("work together closely, and both sides' determination", () => {
  it("is work-to ('Norland and Sudria will work closely together', 'the two leaders showed their determination to')", () => {
    expect(
      grades(
        "Prime Minister Tomas Orrin met Prime Minister Hana Velkova. “Norland and Sudria will work closely together on recovery,” she said.",
      ),
    ).toEqual(["WILL_WORK_TO"]);
    expect(
      grades(
        "During their meeting on the sidelines of the summit, the two leaders showed their determination to strengthen trade and investment links.",
      ),
    ).toEqual(["WILL_WORK_TO"]);
    expect(
      grades(
        "Concerning the single market, both Prime Ministers reaffirmed the determination of their Governments to bringing the market to fruition.",
      ),
    ).toEqual(["WILL_WORK_TO"]);
    // (One side's determination is its own.)
    expect(grades("Orrin showed his determination to strengthen links with Norland.")).toEqual([]);
    expect(grades("Orrin stressed the determination of his Government to finish the bridge.")).toEqual([]);
  });
});

describe("one side's refusal", () => {
  it("is none ('Erjavec refuses to consider any such option')", () => {
    expect(
      grades(
        "Foreign Minister Karl Ernst met Foreign Minister Miro Kovan. Ernst refuses to consider any such option.",
      ),
    ).toEqual([]);
  });
});

describe("agreements named again, passives with their own subject, and one speaker's 'we' for both", () => {
  it("reads 'the terms of the return have been agreed' as agreed, and 'under the roadmap agreed by …' as none", () => {
    expect(
      grades(
        "The issue was discussed at the meeting of the ministers and the terms and criteria for the return of the envoys have been agreed upon.",
      ),
    ).toEqual(["AGREED"]);
    expect(
      grades(
        "Lind met Orrin in Port Halden. Under the roadmap agreed by the two countries, the envoys would meet in Lindby in June.",
      ),
    ).toEqual([]);
  });

  it("does not count 'we will follow up on what has been agreed' again", () => {
    expect(
      grades("“We will follow up on what has been agreed upon today,” said the Secretary-General."),
    ).toEqual([]);
  });

  it("does not count documents just reported, named again with their signing as a description", () => {
    const found = agreements(
      [
        "Norland and Sudria have signed eight new memoranda of understanding. The agreements, signed on July 30, during President Orrin’s visit to Lindby, build upon existing accords.",
        "The newly signed MoUs cover tourism, mining and fisheries.",
      ].join("\n\n"),
    );
    expect(found.map((c) => c.span.exact)).toEqual([
      "Norland and Sudria have signed eight new memoranda of understanding",
    ]);
    // (A declaration reported first this way is reported all the same.)
    expect(grades("Lind met Orrin. A joint declaration, signed today, reflects the will of both.")).toEqual([
      "AGREED",
    ]);
  });

  it("reads one speaker's 'as we affirmed our shared commitment' and 'We are united in our commitment' as agreed", () => {
    expect(
      grades(
        "“Our discussions were very productive, as we affirmed our shared commitment to increase cooperation for the benefit of Norland and Sudria,” said Lind.",
      ),
    ).toEqual(["AGREED"]);
    expect(
      grades("“We are united in our commitment to deepening bilateral cooperation,” Orrin said."),
    ).toEqual(["AGREED"]);
  });
});

describe("working together in a report's future, and a commitment a joint statement emphasises", () => {
  it("grades 'said they would be working together to tackle …' as work-to", () => {
    expect(
      grades(
        "Lind met Orrin. The two countries also said they would be working together to tackle the drought.",
      ),
    ).toEqual(["WILL_WORK_TO"]);
  });

  it("reads 'a joint statement … emphasizing the commitment to strengthening cooperation' as agreed, not one side's 'her commitment'", () => {
    expect(
      grades(
        "Following their talks, a joint statement was issued reiterating Norland's support for Sudria and emphasizing the commitment to strengthening bilateral cooperation.",
      ),
    ).toEqual(["AGREED"]);
    expect(grades("Lind met Orrin. Lind emphasized her commitment to peace on the river.")).toEqual([]);
  });
});

describe("a commitment both confirm, and satisfaction with an adjective", () => {
  it("reads 'confirmed their unwavering commitment to' as agreed, not one side's 'confirmed her commitment'", () => {
    expect(
      grades(
        "Norland and Sudria confirmed their unwavering commitment to strengthening bilateral relations.",
      ),
    ).toEqual(["AGREED"]);
    expect(grades("Lind met Orrin. Lind confirmed Norland's commitment to the plan.")).toEqual([]);
  });

  it("reads 'expressed their great satisfaction with the high level reached' as welcomed", () => {
    expect(
      grades(
        "The two sides reviewed the relations and expressed their great satisfaction with the high level reached by these relations in all fields.",
      ),
    ).toEqual(["WELCOMED"]);
  });

  it("counts no agreement signed 'in the same year' as an earlier one, and no list's last word as an item of its own", () => {
    expect(
      grades(
        "Lind and Orrin on Tuesday presided over the signing of eight agreements. The growth of ties is further evidenced by last year’s agreements that would remove double taxation. In the same year, both countries also signed agreements regarding military, education, and land management.",
      ),
    ).toEqual(["AGREED"]);
    expect(
      agreements(
        "On Tuesday both countries also signed agreements regarding military, education, and land management.",
      ).map((c) => c.span.exact),
    ).toEqual(["On Tuesday both countries also signed agreements regarding military, education"]);
  });

  it("reads 'met … this week to look at ways of …' as the meeting's purpose, and 'agreed to look at ways' as an exploring", () => {
    expect(
      grades(
        "Prime Minister Ada Lind and her counterpart Tomas Orrin met in Port Halden this week to look at ways of building stronger development cooperation.",
      ),
    ).toEqual([]);
    // (Past a time set off by commas.)
    expect(
      grades(
        "Norlandic President, Ada Lind, met with President Tomas Orrin, on Thursday, to explore strategies for enhancing the partnership between their nations.",
      ),
    ).toEqual([]);
    expect(grades("The two leaders agreed, on Thursday, to explore ways to boost trade.")).toHaveLength(1);
    expect(grades("The two sides agreed to look at ways of building stronger cooperation.")).toEqual([
      "WILL_EXPLORE",
    ]);
  });

  it("reads 'has agreed with the Sudrian Ambassador to Norland, Tomas Orrin, to support …' as agreed", () => {
    expect(
      grades(
        "The Acting Minister of Foreign Affairs of Norland, Ivo Brandt, has agreed with the Sudrian Ambassador to Norland, Tomas Orrin, to support the efforts of the UN envoy aimed at holding national elections.",
      ),
    ).toEqual(["AGREED"]);
    expect(
      grades("Brandt agreed with the Sudrian Ambassador, Tomas Orrin, on many points of history."),
    ).toEqual([]);
  });

  it("reads 'they will strive to achieve the trade target' and 'both … and I have shown our willingness to' as efforts", () => {
    expect(
      grades(
        "Lind met Orrin in Lindby. On economic cooperation, they will strive to achieve the bilateral trade target of 11 billion US dollars by 2035.",
      ),
    ).toEqual(["WILL_WORK_TO"]);
    expect(grades("Lind met Orrin. Lind said Norland will strive to achieve the target.")).toEqual([]);
    expect(
      grades(
        "Lind met Orrin. The challenges will be better served if we work together, and both Minister Orrin and I have shown our willingness to do so, she said.",
      ),
    ).toEqual(["WILL_WORK_TO"]);
  });
});

describe("the documents of a signing told one by one", () => {
  it("reads 'The first deal …', 'The second deal …' after a signing of several as what was agreed", () => {
    const found = agreements(
      [
        "The two leaders signed a series of bilateral agreements at the Harbour Palace in Lindby.",
        "The first deal signed focusses on cooperation against the flood season.",
        "Lind said the talks were good.",
        "The second deal involves the modernisation of both their border crossings.",
      ].join("\n\n"),
    );
    expect(found.map((agreement) => agreement.data.text)).toEqual(
      expect.arrayContaining([
        "The first deal signed focusses on cooperation against the flood season",
        "The second deal involves the modernisation of both their border crossings",
      ]),
    );
    // (One alone tells of no several: "The first agreement between the two dates from 1990.")
    expect(
      agreements(
        "The two leaders signed a trade agreement in Lindby.\n\nThe first agreement between the two dates from 1990.",
      ).map((agreement) => agreement.data.text),
    ).toEqual(["The two leaders signed a trade agreement in Lindby"]);
  });
});

describe("an agreement of an earlier visit, told after the meeting's", () => {
  it("yields none for 'During last year’s visit, the leaders also agreed …' nor for 'They also pledged …' right after it", () => {
    expect(
      grades(
        [
          "Prime Minister Lind held talks with President Orrin in Lindby yesterday.",
          "Prime Minister Lind visited Sudria in June 2030.",
          "During last year’s visit, the leaders also agreed to strengthen their bilateral relations.",
          "They also pledged to enhance diplomatic and trade activities.",
        ].join(" "),
      ),
    ).toEqual([]);
    // (So too a second call of the day, with someone else.)
    expect(
      grades(
        [
          "Prime Minister Lind and President Orrin agreed Wednesday to communicate closely.",
          "Lind also held a phone meeting with Chancellor Brandt on the same day, in which they agreed to continue cooperation in security.",
          "They also agreed to promote collaboration under the river framework.",
        ].join(" "),
      ),
    ).toEqual(["AGREED"]);
    // (A pledge of the meeting after one of its own keeps its grade.)
    expect(
      grades(
        "The leaders agreed to strengthen their bilateral relations. They also pledged to enhance diplomatic and trade activities.",
      ),
    ).toEqual(["AGREED", "WILL_WORK_TO"]);
  });
});

describe("a speaker's 'we' on what both sides did, and a commitment expressed for something", () => {
  it("reads '“We’re very much aligned on that and agreed to work together”' and 'Both parties … expressed commitment for close cooperation' as agreed", () => {
    expect(
      grades(
        "Taoiseach Ada Lind met with President Tomas Orrin on Tuesday. “We’re very much aligned on that and agreed to work together.”",
      ),
    ).toEqual(["AGREED"]);
    expect(
      grades(
        "Both parties, as neighbours with a shared border, expressed commitment for close cooperation in coping with the floods.",
      ),
    ).toEqual(["AGREED"]);
    // (One side's commitment is its own.)
    expect(grades("Lind expressed commitment for close cooperation in coping with the floods.")).toEqual([]);
  });
});

describe("a signing told again", () => {
  it("takes a signing reported already and told again by the definite article for no new agreement", () => {
    const found = agreements(
      [
        "Norlandic Prime Minister Ada Lind and Sudrian Prime Minister Tomas Orrin on Saturday signed 22 instruments covering diverse areas of cooperation, including trade, power and the river.",
        "The deals were signed following the official talks between the two prime ministers.",
        "The two prime ministers witnessed the signing ceremony of documents after their talks at the river house.",
        "The four memorandums which were exchanged in presence of the duo are on trade, power, shipping and health.",
        "Norland’s Ministers of Trade and Transport signed the agreements on Norland’s behalf, while Sudria’s Foreign Minister represented his country.",
      ].join(" "),
    );
    // (The fields the first sentence names are one document each: prisma/datasets/README.md, rule 1.)
    expect(found.map((c) => c.span.exact)).toEqual([
      "Norlandic Prime Minister Ada Lind and Sudrian Prime Minister Tomas Orrin on Saturday signed 22 instruments covering diverse areas of cooperation, including trade",
      "power",
      "the river",
    ]);
    // (A signing of its own, what it is on named, is one.)
    expect(
      agreements(
        "Lind and Orrin signed a treaty on the river. The two leaders also witnessed the signing of agreements on trade and health.",
      ),
    ).toHaveLength(2);
  });

  it("takes 'the signing of the agreement' after a signing reported for that signing", () => {
    const found = agreements(
      "The Lebanese President, General Ada Lind, signed today (Wednesday) an agreement with her Cypriot counterpart, Tomas Orrin. However, Lebanese Energy Minister Karl Zarvik visited Cyprus last month to discuss cooperation between the two countries in the energy sector, after the Lebanese Cabinet approved the maritime border demarcation agreement, which expedited the signing of the agreement.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.span.exact).toContain("signed today");
    // (What it is on named, it is one of its own.)
    expect(
      agreements(
        "Lind signed an agreement with Orrin. The two witnessed the signing of the agreement on fisheries.",
      ),
    ).toHaveLength(2);
  });

  it("takes a signing for a new agreement where no signing was reported before it", () => {
    const found = agreements(
      "The two leaders agreed to set up a joint commission on trade. Foreign Ministers Ivo Brandt and Karl Zarvik of Norland and Sudria respectively signed the treaty.",
    );
    expect(found.map((agreement) => agreement.span.exact)).toEqual([
      "The two leaders agreed to set up a joint commission on trade",
      expect.stringContaining("signed the treaty"),
    ]);
  });
});

describe("outcomes in other words", () => {
  it("reads renewed vows and a stressed commitment of both, and a bare verb after 'as well as', but not one side's or an anniversary's", () => {
    expect(grades("The two leaders renewed their vows to foster mutual economic growth.")).toHaveLength(1);
    expect(
      grades(
        "Norlandic and Sudrian leaders on Thursday struck an upbeat tone at a rare meeting, stressing a commitment to resolve outstanding bilateral issues.",
      ),
    ).toHaveLength(1);
    expect(
      grades("Orrin stressed his commitment to the river. Lind renewed her vows to protect the river."),
    ).toEqual([]);
    expect(
      agreements(
        "Orrin and Lind have agreed to boost trade ties between the two countries as well as work towards bolstering the role of the river council.",
      ).map((c) => c.span.exact),
    ).toEqual([
      expect.stringContaining("agreed to boost trade ties"),
      expect.stringMatching(/^as well as work towards bolstering/u),
    ]);
    expect(
      grades(
        "Orrin invited Lind to an official visit of Norland on March 19, so as to commemorate the 30th anniversary of The Agreement on Good Neighbourly Ties Between Norland and Sudria.",
      ),
    ).toEqual([]);
  });
});

describe("one side's view and one side's commitment", () => {
  it("takes 'agreed the region faces …' for a view, and 'his government’s commitment to working …' for one side's", () => {
    expect(
      grades(
        "Orrin agreed the region faces serious challenges linked to drug trafficking. Lind agreed that the region faces a hard winter.",
      ),
    ).toEqual([]);
    expect(
      grades("He reaffirmed his government’s commitment to working alongside village councils."),
    ).toEqual([]);
    // (What is to be done keeps its modal, and both sides' commitment is theirs.)
    expect(grades("The two leaders agreed that the trade ties should be expanded.")).toEqual(["AGREED"]);
    expect(grades("The leaders reaffirmed their commitment to working together on the river.")).toHaveLength(
      1,
    );
  });
});

describe("terms made final", () => {
  it("reads 'the two sides finalised terms of …' as agreed, and one side's finalising as its own", () => {
    expect(
      grades(
        "Following the talks between the two leaders, the two sides finalised terms of the $1 billion Norlandic assistance for Sudria’s infrastructure development.",
      ),
    ).toEqual(["AGREED"]);
    expect(grades("Orrin finalised the details of his trip.")).toEqual([]);
  });
});

describe("an agreement hoped for", () => {
  it("takes optimism or hope for an agreement to come for no agreement", () => {
    for (const body of [
      "The two sides also said they were optimistic on an agreement on outstanding oil exploration issues between the two countries.",
      "The two sides said they were hopeful of reaching an agreement on fisheries.",
      "The ministers expressed hope for an agreement on visas soon.",
    ])
      expect(grades(body), body).toEqual([]);
    // (Hope about what was signed leaves the signing an outcome.)
    expect(
      grades(
        "The two leaders signed an agreement on energy and said they were optimistic about its results.",
      ),
    ).toEqual(["AGREED"]);
  });
});

describe("commitments renewed, undertaken or shared", () => {
  it("reads 'recommitted to', 'undertook to' and 'their shared determination to' of both sides, and not of one", () => {
    gradeEach([
      [
        "Both leaders recommitted to peacefully settling their longstanding border issues, with full respect for international law.",
        "AGREED",
      ],
      ["Both Ministers undertook to jointly pursue efforts to source such funding.", "AGREED"],
      [
        "The two leaders expressed their shared determination to forge a common response to the challenges.",
        "WILL_WORK_TO",
      ],
    ]);
    for (const body of [
      "Lind recommitted to the reform agenda.",
      "Orrin undertook to visit Norland next year.",
    ])
      expect(grades(body), body).toEqual([]);
  });
});

describe("the other side agreeing to work with the one who speaks", () => {
  it("reads '“… the Prime Minister has agreed to work with me …”' as agreed, and one's own agreeing as one's", () => {
    expect(
      grades(
        "“I'm very pleased that the Prime Minister has agreed to work with me to take our relations forward,” Lind said.",
      ),
    ).toEqual(["AGREED"]);
    expect(grades("“I have agreed to work with them on the port,” Lind said.")).toEqual([]);
  });
});

describe("a pledge after a source's opening phrase", () => {
  it("takes the subject after 'According to a statement …,' for the one who pledges", () => {
    expect(
      grades(
        "According to a statement issued by spokesperson Karl Zarvik, the two leaders held talks today, pledging to work together to fight poverty.",
      ),
    ).toEqual(["WILL_WORK_TO"]);
    expect(
      grades(
        "According to a statement, Orrin held talks with business leaders today, pledging to cut taxes.",
      ),
    ).toEqual([]);
  });
});

describe("one side's intent to work with the other", () => {
  it("takes 'Norland would continue to work with Sudria' and 'reaffirmed Norland's commitment to work with Sudria' for one side's", () => {
    for (const body of [
      "Lind noted that Norland would continue to work with Sudria to handle security threats in the region.",
      "He reaffirmed Norland's commitment to work with Sudria on various projects, including enhancing medical care.",
      "High Commissioner Orrin said that the UK would work with Norland to further strengthen ties on trade.",
    ])
      expect(grades(body), body).toEqual([]);
    // (Both sides working with a third, or both's commitment, are theirs.)
    expect(
      grades("Norland and Sudria will continue to work with the United Nations on the matter."),
    ).toHaveLength(1);
    expect(
      grades("The leaders reaffirmed the two countries' commitment to work with the African Union."),
    ).toHaveLength(1);
  });
});

describe("a document signed by both, its name far before the verb", () => {
  it("reads '… , planned as …, was signed by the two presidents' as agreed, once", () => {
    expect(
      grades(
        "A declaration on establishing the council, planned as a forum of meetings and talks regarding regional relations, was signed by the two presidents on Tuesday.",
      ),
    ).toEqual(["AGREED"]);
    expect(
      grades(
        "They signed a declaration on the council. The declaration, planned as a forum of meetings and talks regarding regional relations, was signed by the two presidents after lunch.",
      ),
    ).toEqual(["AGREED"]);
  });
});

describe("documents spoken of as signed", () => {
  it("reads 'the signed documents will become a basis' as agreed, unless a signing was reported before", () => {
    expect(
      grades(
        "According to him, the visit will give a new impetus to relations between the two countries, and the signed documents will become a solid basis for the implementation of specific tasks.",
      ),
    ).toEqual(["AGREED"]);
    expect(
      grades(
        "They signed four agreements on trade. Lind said the signed documents will become a solid basis for the implementation of specific tasks.",
      ),
    ).toEqual(["AGREED"]);
  });
});

describe("an agreement arrived at", () => {
  it("reads 'arrived at a mutual agreement' and 'came to an understanding' as agreed", () => {
    gradeEach([
      ["He said many issues were discussed and they arrived at a mutual agreement.", "AGREED"],
      ["They came to an understanding on fisheries.", "AGREED"],
    ]);
    expect(grades("He said no one arrived at an agreement.")).toEqual([]);
  });
});

describe("an accord announced", () => {
  it("reads 'the announcement of a joint accord on …' as agreed", () => {
    expect(
      grades(
        "During the meeting of the two leaders today, these ties were further cemented with the announcement of a joint accord on the establishment of a high-level strategic council between Norland and Sudria.",
      ),
    ).toEqual(["AGREED"]);
    expect(grades("Sudria announced it would leave the accord.")).toEqual([]);
  });
});

describe("a signing talked of", () => {
  it("takes a signing the sides discussed or spoke about preparing for no agreement", () => {
    for (const body of [
      "The two ministers discussed the signing of a new border treaty.",
      "During their meeting in Lindby today, the two foreign ministers, Ada Lind and Tomas Orrin, spoke about preparations for signing a new border treaty.",
    ])
      expect(grades(body), body).toEqual([]);
    // (A signing done, or witnessed, is one.)
    expect(grades("They discussed trade and signed a new border treaty.")).toEqual(["AGREED"]);
    expect(grades("The two ministers witnessed the signing of a new border treaty.")).toEqual(["AGREED"]);
  });
});

describe("an exploring that something lets the sides do", () => {
  it("takes 'the agreement will allow the two countries to begin exploring …' for no new agreement", () => {
    for (const body of [
      "President Lind clarified that the agreement will allow the two countries to begin exploring their maritime resources and cooperating in this area.",
      "The deal enables both sides to explore new markets.",
    ])
      expect(grades(body), body).toEqual([]);
    expect(grades("The two leaders agreed to begin exploring joint projects.")).toHaveLength(1);
  });
});

describe("a signing that marked the visit, in the passive", () => {
  it("reads 'was witnessed … through the official signing of', 'was marked by the signing of' and 'were followed by the signing of' as agreed", () => {
    const opening = "Prime Minister Ada Lind met her counterpart Tomas Orrin on Monday. ";
    gradeEach([
      [
        `${opening}A new milestone in relations was witnessed yesterday through the official signing of the Development Cooperation Agreement (DCA).`,
        "AGREED",
      ],
      [`${opening}The visit was marked by the signing of three memoranda of understanding.`, "AGREED"],
      [`${opening}The talks were followed by the signing of three memoranda of understanding.`, "AGREED"],
    ]);
  });
});

describe("documents signed, what they are on told at length", () => {
  it("reads 'Two agreements on culture and harmonization of border checkpoints were signed …' as agreed", () => {
    expect(
      grades(
        "Prime Minister Ada Lind met her counterpart Tomas Orrin on Monday. Two agreements on culture and harmonization of border checkpoints were signed upon the completion of the official meeting.",
      ),
    ).toEqual(["AGREED"]);
    // (Not past a clause's comma.)
    expect(
      grades(
        "No agreements on the border, despite hopes voiced by the two delegations before the talks, were signed.",
      ),
    ).toEqual([]);
  });
});

describe("both sides resolved, a commitment reinforced", () => {
  it("reads 'the two countries have resolved to' and 'both leaders reinforced their commitment to' as agreed, one side's as its own", () => {
    gradeEach([
      ["Lind said the two countries have resolved to establish a mid-review mechanism.", "AGREED"],
      ["Both leaders reinforced their strong commitment to the partnership.", "AGREED"],
    ]);
    for (const body of [
      "Orrin resolved to visit Norland next year.",
      "Lind reinforced her commitment to the partnership.",
      "The dispute was resolved to the satisfaction of both.",
    ])
      expect(grades(body), body).toEqual([]);
  });
});

describe("an exploring one side proposes", () => {
  it("takes 'proposed exploring …' and 'suggested exploring …' for one side's proposal", () => {
    for (const body of [
      "Minister Lind proposed exploring regional statements on peace as a constructive approach.",
      "Lind suggested exploring joint projects.",
    ])
      expect(grades(body), body).toEqual([]);
    expect(grades("The two sides agreed to explore joint projects.")).toHaveLength(1);
  });
});

describe("agreements generated, a need concluded on, and an accusation", () => {
  it("reads 'generated agreements on …' and 'Both leaders concluded on the urgent need to …' as agreed", () => {
    gradeEach([
      [
        "With the vision of strengthening ties, the President of Norland, Ada Lind, and the President of Sudria, Tomas Orrin, generated agreements on security, migration, trade and customs modernization.",
        "AGREED",
      ],
      [
        "“We reviewed our relations. Both leaders concluded on the urgent need to turn our dialogue into a state agenda,” said President Lind.",
        "AGREED",
      ],
    ]);
    expect(grades("Lind concluded on the need to reform.")).toEqual([]);
  });

  it("takes what one side accuses another of for no agreement", () => {
    expect(
      grades(
        "Norland accused the regime of supporting rebels and working to destabilize the country in cooperation with Sudria.",
      ),
    ).toEqual([]);
    expect(grades("The two sides agreed to work together against those accused of smuggling.")).toHaveLength(
      1,
    );
  });

  it("takes what a visit is for, however long its list, for no agreement", () => {
    expect(
      grades(
        "According to Radio Lindby, the visit aims to strengthen existing cooperation and explore new areas of collaboration for the benefit of both countries.",
      ),
    ).toEqual([]);
    expect(
      grades(
        "The visit was aimed at strengthening the two countries’ relations, enhancing economic cooperation, exploring trade and investment opportunities.",
      ),
    ).toEqual([]);
    expect(
      grades("During the visit, the two leaders agreed to explore new areas of collaboration."),
    ).toHaveLength(1);
  });

  it("takes a sentence about a signed agreement's contents, its name the subject, for no new agreement", () => {
    // (The three fields of the first sentence are three agreements, rule 1 of prisma/datasets/README.md;
    // the second sentence adds none.)
    expect(
      grades(
        "Following the meeting, the two sides signed four agreements on health, water and education. The agreement on health covers capacity building, information sharing and prevention of diseases.",
      ),
    ).toHaveLength(3);
    expect(
      grades("The agreement on visas was signed on Monday in Lindby by the two ministers."),
    ).toHaveLength(1);
    // (So a clause's subject: "…, while the agreement on water covers …".)
    expect(
      grades(
        "The two sides signed four agreements on health, water and education. The pact on education will double the number of scholarships while the agreement on water covers waste water management.",
      ),
    ).toHaveLength(3);
  });

  it("takes both sides' determination affirmed ('Host and guest affirmed determination to …') and a joint commitment", () => {
    expect(
      grades("Host and guest affirmed determination to remove barriers regarding trade and investment."),
    ).toEqual(["WILL_WORK_TO"]);
    expect(grades("Lind affirmed determination to remove barriers regarding trade.")).toEqual([]);
    expect(
      grades(
        "The visit showcased the joint commitment to fostering enhanced collaboration for shared progress.",
      ),
    ).toHaveLength(1);
  });

  it("takes the last of a list of verbs one infinitive governs for no agreement of its own", () => {
    expect(
      grades(
        "In Gaza, the two ministers reaffirmed their commitment to continuing efforts with all partners to achieve a lasting ceasefire, end hostilities, protect all civilians, and ensure peace and stability for all people in the region.",
      ),
    ).toHaveLength(1);
    expect(
      grades("The two leaders agreed to resume military talks, and to establish a working group."),
    ).toHaveLength(2);
  });

  it("takes an agreement with each of several counterparts ('agreed with each diplomatic leader that their countries would …')", () => {
    expect(
      grades(
        "Lind said she had agreed with each diplomatic leader that their countries would support Norland’s candidacy for the council.",
      ),
    ).toEqual(["AGREED"]);
    expect(grades("Lind agreed with each speaker that the weather was fine.")).toEqual([]);
  });

  it("takes what a quoted account says both leaders did ('“… saw the two leaders commit to …”', '“Both President Lind and Orrin directed the ministers responsible for … to …”')", () => {
    expect(
      grades(
        "“The question of energy, with Norland becoming an oil-producing country in the next four years, saw the two leaders commit to working jointly on a refinery that will serve the region.”",
      ),
    ).toHaveLength(1);
    expect(
      grades(
        "“Both President Ada Lind and Orrin directed the ministers responsible for international relations to find a date for a binational commission.”",
      ),
    ).toHaveLength(1);
    expect(grades("“I directed the ministers responsible for trade to find a date,” Lind said.")).toEqual([]);
  });

  it("takes a signing told by a participle after the talks ('held talks on Monday, signing a memorandum of understanding'), not the noun", () => {
    expect(
      grades(
        "Norland and Sudria have held talks here on Monday, signing a memorandum of understanding that will allow their companies to proceed on cross border initiatives.",
      ),
    ).toEqual(["AGREED"]);
    expect(grades("The ministers met on Monday ahead of the signing of two agreements on trade.")).toEqual(
      [],
    );
    expect(grades("The ministers met on Monday, signing of the accord is planned for May.")).toEqual([]);
  });

  it("takes a speaker's 'we agreed' after a meeting named in the same breath ('… my counterpart from Laos, Ivo Brandt where we agreed to …', 'In the meeting we agreed to …')", () => {
    expect(
      grades(
        "“In this summit as well, I had a bilateral meeting with my counterpart from Laos, Ivo Brandt where we agreed to cooperate more in the fields of banking and education.",
      ),
    ).toEqual(["AGREED"]);
    expect(grades("“In the meeting we agreed to cooperate more in banking,” Orrin said.")).toEqual([
      "AGREED",
    ]);
    expect(grades("“In the meeting we want to cooperate more in banking,” Orrin said.")).toEqual([]);
  });

  it("takes no agreement from who confirmed they will come ('have confirmed attendance for the conference')", () => {
    expect(
      grades(
        "Meanwhile, at least 35 Heads of State have confirmed attendance for the 6th conference that will be held in Lindby.",
      ),
    ).toEqual([]);
    expect(grades("The two leaders have confirmed their participation in the summit.")).toEqual([]);
  });

  it("takes no agreement of a meeting the reported one came after ('came a day after the chief nuclear envoys … met … and agreed to work …')", () => {
    expect(
      grades(
        "The informal meeting between Orrin and Brandt came a day after the chief nuclear envoys from the two countries met for the first time since 2008 and agreed to work toward the resumption of talks.",
      ),
    ).toEqual([]);
  });

  it("takes no agreement of last month, nor what 'also' adds to it ('Last month, the two countries agreed … during the first meeting of the … Group. They also agreed …')", () => {
    expect(
      grades(
        [
          "Prime Minister Ada Lind held talks with President Tomas Orrin in Lindby on Wednesday.",
          "Last month, the two countries agreed to strengthen bilateral cooperation in different fields during the first meeting of the Norland-Sudria Parliamentary Friendship Group.",
          "They also agreed to establish a joint working group to enhance collaboration.",
        ].join(" "),
      ),
    ).toEqual([]);
  });

  it("takes a programme or a protocol reported signed ('A \"Cultural Exchange Program\" (CEP) between Norland and Sudria was also signed')", () => {
    expect(
      grades(
        [
          "Prime Minister Ada Lind held talks with President Tomas Orrin in Lindby on Wednesday.",
          'A "Cultural Exchange Program" (CEP) between Norland and Sudria was also signed.',
          "A protocol on consular matters was signed as well.",
        ].join(" "),
      ),
    ).toEqual(["AGREED", "AGREED"]);
  });

  it("takes a speaker's 'we' with who they are ('which is why we as two PMs today agreed to …') for both sides'", () => {
    expect(
      grades(
        [
          "Prime Minister Ada Lind held talks with Prime Minister Tomas Orrin in Lindby on Wednesday.",
          "“Norland and Sudria are two close, friendly neighbours, which is why we as two PMs today agreed to introduce an intense dynamism in the processes,” Lind said.",
        ].join(" "),
      ),
    ).toEqual(["AGREED"]);
  });

  it("takes no exploring that is a third party's, an adverb before the verb ('encouraging interested developers to expeditiously explore new projects')", () => {
    expect(
      grades(
        [
          "Prime Minister Ada Lind held talks with Prime Minister Tomas Orrin in Lindby on Wednesday.",
          "Lind assured him of Norland’s support in the development of Sudria’s hydropower sector and in encouraging interested Norland developers to expeditiously explore new projects in this regard.",
        ].join(" "),
      ),
    ).toEqual([]);
  });

  it("takes a joint communique signed, and agreements listed as signed ('they instead signed a joint communique', 'Other agreements signed were on tourism …')", () => {
    expect(
      grades(
        [
          "Prime Minister Ada Lind held talks with President Tomas Orrin in Lindby on Wednesday.",
          "Lind failed to lock in a defence pact with Sudria, and they instead signed a joint communique with a view of inking a treaty down the line.",
          "Other agreements signed were on tourism, transport and ICT.",
        ].join(" "),
      ),
    ).toEqual(["AGREED", "AGREED"]);
  });

  it("takes a commitment reaffirmed in a participle after the meeting ('met in Lindby today, reaffirming their nations’ commitment to …')", () => {
    expect(
      grades(
        "Prime Minister Ada Lind of Norland and President Tomas Orrin of Sudria met in Lindby today, reaffirming their nations’ commitment to regional stability and security.",
      ),
    ).toEqual(["AGREED"]);
  });

  it("reads a quoted joint summary's subject before the first of two overlapping cues ('“They reaffirmed their commitment to working together …”')", () => {
    expect(
      grades(
        [
          "President Ada Lind and President Tomas Orrin met today at State House.",
          "According to the communique released by the press unit, “The two heads of state exchanged views on the security situation in the region. They reaffirmed their commitment to working together in pursuit of sustainable peace.”",
        ].join(" "),
      ),
    ).toEqual(["WILL_WORK_TO"]);
  });

  it("takes what 'it was decided' at the meeting, which names no one side", () => {
    expect(
      grades(
        [
          "Foreign Minister Ada Lind met her Sudrian counterpart Tomas Orrin in Lindby.",
          "It was decided that the two foreign ministries would cooperate more closely in future to train mediators.",
        ].join(" "),
      ),
    ).toEqual(["AGREED"]);
  });

  it("takes a treaty named by who signed it, set off by commas, unless it is of an earlier year ('The treaty, signed by …, is a breakthrough')", () => {
    expect(
      grades(
        "Ada Lind met Tomas Orrin in Lindby. The treaty, signed by Norland's Minister of Defence Ivo Brandt and his Sudrian counterpart Karl Zarvik, is a breakthrough in defence cooperation.",
      ),
    ).toEqual(["AGREED"]);
    expect(
      grades(
        "Ada Lind met Tomas Orrin in Lindby. The 1951 treaty, signed by their predecessors, is still in force.",
      ),
    ).toEqual([]);
  });

  it("leaves an agreement dated to a month of the year, after a word that joins it to the sentence before ('Furthermore, in April this year, Sudria signed …')", () => {
    expect(
      grades(
        [
          "President Ada Lind received President Tomas Orrin at State House on Friday.",
          "Furthermore, in April this year, Sudria signed an agreement with Norland to modernise its public service.",
        ].join(" "),
      ),
    ).toEqual([]);
  });

  it("leaves agreements of all the years before ('… have been signed between Norland and Sudria so far') and one of a meeting a 'When' clause dates to last year", () => {
    expect(
      grades(
        [
          "Foreign Minister Ada Lind met Tomas Orrin in Lindby.",
          "Many agreements, treaties and other documents have been signed between Norland and Sudria so far.",
          "When the presidents met in Tarnby in November last year, an agreement was reached on raising the ties to a new level.",
        ].join(" "),
      ),
    ).toEqual([]);
    expect(
      grades(
        "Foreign Minister Ada Lind met Tomas Orrin in Lindby. When the ministers met on Monday, an agreement was reached on raising the ties to a new level.",
      ),
    ).toEqual(["AGREED"]);
    // (A time further after the cue is its object's: talks stalled since last year are resumed now.)
    expect(
      grades(
        "Ada Lind met Tomas Orrin in Lindby. The two leaders agreed to resume talks stalled since last year.",
      ),
    ).toEqual(["AGREED"]);
  });

  it("leaves one speaker's quoted 'we are working towards …', their own side's effort", () => {
    expect(
      grades(
        "President Ada Lind received the credentials of seven ambassadors. “Norland is a growing nation, and we are working towards building a sustainable economy,” Lind said.",
      ),
    ).toEqual([]);
  });

  it("takes a signing with an aside set off by commas between the verb and the document ('signed yesterday, through their respective parliaments, a cooperation agreement')", () => {
    expect(
      grades(
        "Speaker Ada Lind met Speaker Tomas Orrin in Lindby. Norland and Sudria signed yesterday, through their respective parliaments, a cooperation agreement that will allow joint training.",
      ),
    ).toEqual(["AGREED"]);
  });

  it("takes what both agree it is needful to do, and a view they share of how things stand not ('agreed that it is important to …', 'agreeing that the two countries should …')", () => {
    expect(
      grades(
        "Foreign Minister Ada Lind met Tomas Orrin in Lindby. The ministers agreed that it is important to encourage dialogue and support ways to resolve issues by peaceful means.",
      ),
    ).toEqual(["AGREED"]);
    expect(
      grades(
        "Ada Lind met Tomas Orrin in Lindby. The talks focused on trade, with both sides agreeing that the two countries should reinforce current cooperation in education.",
      ),
    ).toEqual(["AGREED"]);
    expect(
      grades("Ada Lind met Tomas Orrin in Lindby, with both sides agreeing that relations are excellent."),
    ).toEqual([]);
  });

  it("takes an agreement with one's counterparts, commitments reaffirmed 'towards' or will reconfirmed, and agreements whose announcement both witness", () => {
    expect(
      grades(
        "President Ada Lind met Presidents Tomas Orrin and Ivo Brandt in Lindby. The Norland President agreed with his two counterparts to exchange visits.",
      ),
    ).toEqual(["AGREED"]);
    expect(
      grades(
        "Ada Lind and Tomas Orrin met in Lindby. The government said the talks saw the two ministers reaffirm their strong commitment towards intensifying ties. Norland and Sudria had also reconfirmed their common will to deepen collaboration.",
      ),
    ).toEqual(["AGREED", "AGREED"]);
    expect(
      grades(
        "President Ada Lind and King Tomas Orrin on Monday witnessed the announcement of several memoranda of understanding and agreements aimed at strengthening relations.",
      ),
    ).toEqual(["AGREED"]);
    expect(grades("Ada Lind witnessed the announcement of the election results.")).toEqual([]);
  });

  it("takes documents signed in the passive with a long aside after their noun ('Two memorandums of understanding, on …, were signed by …')", () => {
    expect(
      grades(
        "Two memorandums of understanding, on political consultations and collaboration in diplomatic training, were signed by Foreign Minister Ada Lind and her Sudrian counterpart Tomas Orrin in Lindby on Thursday.",
      ),
    ).toEqual(["AGREED"]);
  });

  it("takes what both sides, named as the subject, will do, whatever the verb, but not the meeting to come, a hope of it or a thing of both ('both sides will refrain from …')", () => {
    expect(
      grades(
        "The statement added that both sides will refrain from unilaterally changing the situation on the border.",
      ),
    ).toEqual(["AGREED"]);
    expect(
      grades(
        "Ada Lind and Tomas Orrin met in Lindby. The two countries will also share intelligence on smuggling.",
      ),
    ).toEqual(["AGREED"]);
    expect(
      grades("The two countries will discuss trade and energy when Lind visits Tarnby on Monday."),
    ).toEqual([]);
    expect(grades("Lind said she hopes that both sides will find a solution soon.")).toEqual([]);
    expect(grades("It is unclear whether the two sides will resume talks.")).toEqual([]);
    expect(grades("Trade between the two countries will grow by a third, Orrin said.")).toEqual([]);
  });

  it("leaves one side's commitment that its minister assures of to that side ('He also assured of Norland's commitment to working closely …')", () => {
    expect(
      grades(
        "Ada Lind met Tomas Orrin in Tarnby. He also assured of Norland’s commitment to working closely and nurturing the friendship with Sudria.",
      ),
    ).toEqual([]);
  });

  it("takes no bare 'X agreed.' for an agreement, but the passive and a readout's 'both ministers confirmed further …'", () => {
    expect(
      grades(
        "“Norland and Sudria have been one from time immemorial,” Lind said. Minister Tomas Orrin agreed.",
      ),
    ).toEqual([]);
    expect(grades("Lind and Orrin met in Tarnby, where a new trade route was finally agreed.")).toEqual([
      "AGREED",
    ]);
    expect(
      grades(
        "Moreover, both ministers confirmed further advancement of consultation and cooperation in the field of security.",
      ),
    ).toEqual(["AGREED"]);
    expect(grades("Lind confirmed further details of the visit.")).toEqual([]);
    expect(
      grades(
        "Lind proposed to revive the consultation mechanism between the two countries, which her counterpart agreed.",
      ),
    ).toEqual(["AGREED"]);
  });

  it("finds no agreement in one side's plan to sign or its condition for agreeing", () => {
    expect(
      grades(
        "The news came as Orrin was notifying parliament in writing of his plans to sign a trade agreement with Sudria.",
      ),
    ).toEqual([]);
    expect(
      grades(
        "But Foreign Minister Ada Lind said her nation would only agree to a deal that is good for Norland.",
      ),
    ).toEqual([]);
    expect(grades("The two ministers agreed to sign a trade agreement with Sudria next year.")).toEqual([
      "AGREED",
    ]);
  });

  it("reads a cue after 'and said' past one side agreeing with another's position", () => {
    expect(
      grades(
        "The President agreed with Norland’s position on the detention of two citizens in Sudria and said Norland and the United States would continue to work on this together.",
      ),
    ).toEqual(["WILL_WORK_TO"]);
    expect(
      grades("The President agreed with Norland’s position on the detention and said he was glad."),
    ).toEqual([]);
  });

  it("grades what both sides approved, settled on, exchanged as notes, or tasked their officials with", () => {
    expect(
      grades("Both sides approved the establishment of a business council between the two chambers."),
    ).toEqual(["AGREED"]);
    expect(grades("The two sides settled on a framework for the return of refugees.")).toEqual(["AGREED"]);
    expect(
      grades("The two countries have exchanged notes on the visa waiver arrangement for diplomats."),
    ).toEqual(["AGREED"]);
    expect(
      grades(
        "The two presidents gave instructions to their governments to speed up the gas pipeline project.",
      ),
    ).toEqual(["WILL_WORK_TO"]);
    expect(
      grades("Both leaders tasked their foreign ministries with preparing a visit by the president."),
    ).toEqual(["WILL_WORK_TO"]);
    // One side's alone agrees nothing.
    expect(grades("Orrin settled on a framework for the return of refugees.")).toEqual([]);
    expect(grades("Orrin gave instructions to his government to speed up the project.")).toEqual([]);
  });

  it("grades negotiations both sides concluded, agreements the talks led to, and a quotation the sides say together", () => {
    expect(
      grades(
        "After 197 meetings, Norland and the EU have concluded the substantive negotiations on future relations.",
      ),
    ).toEqual(["AGREED"]);
    expect(grades("The two sides concluded the negotiations without an agreement.")).toEqual([]);
    expect(grades("Norland concluded the negotiations on its accession.")).toEqual([]);
    expect(
      grades("The talks also led to surprising agreements in areas such as security and arms cooperation."),
    ).toEqual(["AGREED"]);
    expect(
      grades(
        "“The meeting reaffirmed the shared commitment to conclude an agreement on the border,” say the three parties.",
      ),
    ).toEqual(["AGREED"]);
    expect(
      grades(
        "“The meeting reaffirmed the shared commitment to conclude an agreement on the border,” Orrin said.",
      ),
    ).toEqual([]);
  });

  it("grades a communiqué signed, an agreement initialled, and the officials of both sides directed to act", () => {
    expect(
      grades(
        "After deliberations a communiqué was signed calling for creation of a joint inter-ministerial commission.",
      ),
    ).toEqual(["AGREED"]);
    expect(
      grades(
        "A bilateral cooperation agreement between Norland and Sudria was initialled in Tarnby on Monday.",
      ),
    ).toEqual(["AGREED"]);
    expect(
      grades(
        "The ministries of Foreign Affairs in both countries were directed to set a temporary road map toward implementing the agreements.",
      ),
    ).toEqual(["WILL_WORK_TO"]);
    expect(grades("Norland’s ministries were directed to set a temporary road map.")).toEqual([]);
  });

  it("reads what the countries will do, what follows 'continue to', a pair committed by name, and a document signed", () => {
    expect(
      grades(`${opening}At the same time, the countries will facilitate the mobility of people.`),
    ).toEqual(["AGREED"]);
    expect(
      grades(`${opening}They said the two countries will continue to concretize the common perceptions.`),
    ).toHaveLength(1);
    expect(
      grades(`${opening}Norland and Sudria are committed to strengthening bilateral relations.`),
    ).toHaveLength(1);
    expect(
      grades(`${opening}The two leaders wrapped up their talks by signing a document side by side.`),
    ).toEqual(["AGREED"]);
    // (Still no agreement: one side committed, a forecast of trade, one side's document.)
    expect(grades(`${opening}Norland is committed to strengthening bilateral relations.`)).toEqual([]);
    expect(grades(`${opening}Trade between the countries will increase.`)).toEqual([]);
  });

  it("reads each document a signing lists in its sentence, or under 'Among them:'", () => {
    const listed = agreements(
      `${opening}After the talks, Lind and Brandt witnessed the signing of a memorandum of understanding on fisheries, a memorandum on cooperation in tourism and an agreement on the avoidance of double taxation.`,
    ).map((c) => c.span.exact);
    expect(listed).toEqual(
      expect.arrayContaining([
        "a memorandum on cooperation in tourism",
        "an agreement on the avoidance of double taxation",
      ]),
    );
    const asWell = agreements(
      `${opening}Lind signed a Memorandum of Cooperation in the field of Science, Innovation and Technology, as well as a Memorandum of Cooperation between the Diplomatic Academies of the two countries.`,
    ).map((c) => c.span.exact);
    expect(asWell).toContain(
      "a Memorandum of Cooperation between the Diplomatic Academies of the two countries",
    );
    const among = agreements(
      `${opening}In addition, 11 documents were signed at the level of ministries.\n\nAmong them:\n- Roadmap for industrial cooperation;\n- Memorandum of cooperation in the sericulture industry.`,
    ).map((c) => c.span.exact);
    expect(among).toEqual(
      expect.arrayContaining([
        "Roadmap for industrial cooperation",
        "Memorandum of cooperation in the sericulture industry",
      ]),
    );
    // (What was agreed on, no signing, stays one agreement: its list is no list of documents signed.)
    expect(
      agreements(
        `${opening}The two sides agreed on a memorandum on tourism, a protocol on customs and an agreement on fisheries.`,
      ),
    ).toHaveLength(1);
  });

  it("reads a determination the sides stress by any verb, and a document adopted in the passive", () => {
    expect(grades(`${opening}The delegations stressed their determination to strengthen trade.`)).toEqual([
      "WILL_WORK_TO",
    ]);
    expect(
      grades(`${opening}Lind said that at their meeting the Cooperation Action Plan had been adopted.`),
    ).toEqual(["AGREED"]);
    expect(grades(`${opening}A joint declaration was adopted at the end of the talks.`)).toEqual(["AGREED"]);
    // (One side's determination, and what another body adopted, are none.)
    expect(grades(`${opening}Norland stressed its determination to strengthen trade.`)).toEqual([]);
    expect(grades(`${opening}Sanctions were adopted by the European Union last year.`)).toEqual([]);
  });

  it("reads a signing whose object comes after an aside set off by commas right after the verb", () => {
    expect(
      grades(
        `${opening}In the framework of the visit, Lind signed, on behalf of Norland, two Memoranda of Cooperation.`,
      ),
    ).toEqual(["AGREED"]);
    expect(grades(`${opening}Lind signed, as expected, nothing of the kind.`)).toEqual([]);
  });
  it("reads what both agree must be done, worded as 'it is … that' or 'it is … to'", () => {
    expect(
      grades(
        `${opening}The two leaders agreed that it is in the interest of both countries that the border crossing at Lindby be reopened.`,
      ),
    ).toEqual(["AGREED"]);
    expect(grades(`${opening}The two leaders agreed that it was time to reopen the consulates.`)).toEqual([
      "AGREED",
    ]);
    // (A view of how things stand is none: "it was a productive meeting", "too early to say".)
    expect(grades(`${opening}The two leaders agreed that it was a productive meeting for both.`)).toEqual([]);
    expect(
      grades(`${opening}The two leaders agreed that it was still too early to say whether talks had failed.`),
    ).toEqual([]);
  });

  it("reads a signing by any verb of signing and any document's noun, active or passive", () => {
    expect(
      grades(`${opening}The two leaders initialed 21 agreements in the fields of energy and trade.`),
    ).toEqual(["AGREED"]);
    expect(
      grades(`${opening}They also signed a letter of intent between two telecom companies to lay a cable.`),
    ).toEqual(["AGREED"]);
    expect(grades(`${opening}Further, three food supply agreements were initialed at the ceremony.`)).toEqual(
      ["AGREED"],
    );
    // (A document signed, as a thing described, reports no signing; nor does a signing still to come.)
    expect(grades(`${opening}The signed protocols remain secret.`)).toEqual([]);
    expect(grades(`${opening}Lind hopes to sign a letter of intent next year.`)).toEqual([]);
  });

  it("reads the documents a signing lists under a bare 'signed:' or after 'The MoUs signed include'", () => {
    const bulleted = agreements(
      `${opening}\nThe parties signed:\n· A Cooperation Program between the two foreign ministries for 2025-2026;\n· An Agreement between Lindby and Tarnby on sister city relations;\n· A Memorandum of Understanding on cooperation in seismology.`,
    ).map((c) => c.span.exact);
    expect(bulleted).toEqual([
      "A Cooperation Program between the two foreign ministries for 2025-2026",
      "An Agreement between Lindby and Tarnby on sister city relations",
      "A Memorandum of Understanding on cooperation in seismology",
    ]);
    // (A signing to come lists nothing agreed.)
    expect(
      agreements(
        `${opening}\nThe parties are expected to sign:\n· A Cooperation Program for 2025-2026;\n· A Memorandum of Understanding on cooperation in seismology.`,
      ),
    ).toEqual([]);
    const listed = agreements(
      `${opening}The MoUs signed include Political Consultations; Diplomatic Training and Research; Cooperation in the Field of Culture; and Cooperation in Sports.`,
    ).map((c) => c.span.exact);
    expect(listed).toEqual([
      "The MoUs signed include Political Consultations",
      "Diplomatic Training and Research",
      "Cooperation in the Field of Culture",
      "Cooperation in Sports",
    ]);
    // (What a meeting's agenda includes is no list of documents signed.)
    expect(agreements(`${opening}The topics discussed include trade; energy; culture; and sports.`)).toEqual(
      [],
    );
  });
  it("reads a signing of a document named with its letters, a passive with an adverb, and items named in quotation marks", () => {
    // (A document named by a hyphenated name and its letters is named, not told again.)
    expect(
      agreements(
        `${opening}The two ministers signed a grant agreement for the hospital. They also attended the signing of the Memorandum-of-Understanding (MOU) on Customs Matters.`,
      ).map((c) => c.span.exact),
    ).toEqual([
      "The two ministers signed a grant agreement for the hospital",
      "They also attended the signing of the Memorandum-of-Understanding (MOU) on Customs Matters",
    ]);
    expect(
      grades(`${opening}A 13-point memorandum of understanding was officially inked in Lindby.`),
    ).toEqual(["AGREED"]);
    expect(
      grades(`${opening}Officials of both sides executed agreements aimed at enhancing productivity.`),
    ).toEqual(["AGREED"]);
    expect(
      agreements(
        `${opening}Lind and Brandt signed the “Memorandum of Understanding on Culture”, the “Memorandum of Understanding on Sports Cooperation” and the “Agreement on Economic Cooperation”.`,
      ).map((c) => c.span.exact),
    ).toEqual(
      expect.arrayContaining([
        "the “Memorandum of Understanding on Sports Cooperation”",
        "the “Agreement on Economic Cooperation”",
      ]),
    );
    // (A call for a signing, a signing to come, and a verb of signing with no document, are none.)
    expect(grades(`${opening}Lind stressed the importance of the speedy signing of this document.`)).toEqual(
      [],
    );
    expect(grades(`${opening}The signing of the accord on fisheries is planned for May.`)).toEqual([]);
    expect(grades(`${opening}Lind executed a sharp turn on the question of tariffs.`)).toEqual([]);
  });
  it("reads each verb of a series after commas, and the sides' will, promise or pledge by any verb", () => {
    expect(
      agreements(
        `${opening}During their meeting, the two leaders discussed trade, agreed to update the existing free-trade agreement, signed an “open skies” agreement to increase direct flights, promised to ease visa restrictions, and pledged to assist Sudria in its efforts to improve security.`,
      ).map((c) => c.span.exact),
    ).toEqual([
      "During their meeting, the two leaders discussed trade, agreed to update the existing free-trade agreement",
      "signed an “open skies” agreement to increase direct flights",
      "promised to ease visa restrictions",
      "and pledged to assist Sudria in its efforts to improve security",
    ]);
    // (A signing in an aside before the verb is its subject's past, not an item of the series.)
    expect(
      agreements(
        `${opening}Lind, who signed the treaty in 2019, agreed to update the free-trade agreement.`,
      ).map((c) => c.span.exact),
    ).toEqual(["Lind, who signed the treaty in 2019, agreed to update the free-trade agreement"]);
    expect(
      grades(
        `${opening}Lind and Brandt have renewed their promise to work closely together on climate change.`,
      ),
    ).toEqual(["WILL_WORK_TO"]);
    expect(
      grades(
        `${opening}The two leaders reviewed the state of relations and stressed their will to strengthen them.`,
      ),
    ).toEqual(["WILL_WORK_TO"]);
    // (Not a will that no side of the meeting has.)
    expect(grades(`${opening}Voters have lost their will to vote.`)).toEqual([]);
  });
  it("takes no signing from a participle after a comma, or from talks that concluded with a list", () => {
    expect(
      agreements(
        `${opening}The two sides agreed on a roadmap, signed by the foreign ministers, on trade.`,
      ).map((c) => c.span.exact),
    ).toEqual(["The two sides agreed on a roadmap, signed by the foreign ministers, on trade"]);
    expect(
      agreements(`${opening}\nThe talks concluded with these points:\n- trade in grain\n- fisheries quotas`),
    ).toEqual([]);
  });
  it("reads lists and series of a signing by the words of vocabulary.yaml, not words of its own", () => {
    // A verb of signing the vocabulary gains opens a list, and a document's noun names its items.
    const sealing = {
      ...vocabulary,
      signingVerbs: {
        ...vocabulary.signingVerbs,
        passive: [...vocabulary.signingVerbs.passive, "countersigned"],
      },
      signedDocuments: {
        ...vocabulary.signedDocuments,
        listItems: [...vocabulary.signedDocuments.listItems, "Charter"],
      },
    };
    const sealed = (body: string) =>
      extractCandidates(body, known, sealing, null)
        .filter((c) => c.kind === "AGREEMENT")
        .map((c) => c.span.exact);
    const list = `${opening}\nThe parties countersigned:\n· A Cooperation Program for 2025-2026;\n· A Memorandum of Understanding on seismology.`;
    expect(agreements(list)).toEqual([]);
    expect(sealed(list)).toEqual([
      "A Cooperation Program for 2025-2026",
      "A Memorandum of Understanding on seismology",
    ]);
    const items = `${opening}Lind and Brandt signed an agreement on fisheries; Charter on Youth Exchanges; Charter on Rail Freight.`;
    expect(agreements(items).map((c) => c.span.exact)).toEqual([
      "Lind and Brandt signed an agreement on fisheries",
    ]);
    expect(sealed(items)).toEqual(
      expect.arrayContaining(["Charter on Youth Exchanges", "Charter on Rail Freight"]),
    );
    // A verb the vocabulary lists as "penned" ends a series' item as "signed" does.
    expect(
      agreements(
        `${opening}The two sides agreed on a roadmap, penned by the foreign ministers, on trade.`,
      ).map((c) => c.span.exact),
    ).toEqual(["The two sides agreed on a roadmap, penned by the foreign ministers, on trade"]);
  });
  it("reads a signing's documents listed after commas, under an opening that points back at it, and by rank to the last", () => {
    // After "The agreements signed included", each document after a comma or an "and".
    expect(
      spans(
        `${opening}The agreements signed included Trade Agreement, MoU on Cooperation in the Fisheries Sector, Agreement on Protection of Investments and an agreement on visa exemption for diplomats.`,
      ),
    ).toEqual([
      "The agreements signed included Trade Agreement",
      "MoU on Cooperation in the Fisheries Sector",
      "Agreement on Protection of Investments",
      "an agreement on visa exemption for diplomats",
    ]);
    // (Not what a meeting's agenda includes, nor a list of things that are no documents.)
    expect(spans(`${opening}The topics discussed included trade, fisheries and visa rules.`)).toEqual([]);
    // A numbered list under "the agreements include:", after the signing it points back at.
    const numbered = spans(
      `Lind and Brandt on Friday witnessed the exchange of three cooperation agreements.\nThe ceremony was held at the Tarnby Town Hall.\nAccording to spokesperson Tomas Orrin, the agreements include:\n1. MoU on Trade Cooperation between the two trade ministries\n2. Letter of Intent between Lindby University and Tarnby University\n3. MoU between the ports of Lindby and Tarnby\nThe two leaders then held a press conference.`,
    );
    expect(numbered.slice(1)).toEqual([
      "MoU on Trade Cooperation between the two trade ministries",
      "Letter of Intent between Lindby University and Tarnby University",
      "MoU between the ports of Lindby and Tarnby",
    ]);
    // (With no signing before it, such a list is no agreement.)
    expect(
      spans(
        `${opening}\nAccording to spokesperson Tomas Orrin, the agreements include:\n1. MoU on Trade Cooperation\n2. MoU between the ports`,
      ),
    ).toEqual([]);
    // An exchange of memorandums, spelled so, is a signing.
    expect(
      grades(
        `${opening}The two sides marked the visit with the exchange of four Memorandums of Understanding.`,
      ),
    ).toEqual(["AGREED"]);
    // A passive signing whose documents are named by a list with commas.
    expect(
      grades(
        `${opening}Other agreements on the themes of cultural cooperation, university relations and farming were also signed.`,
      ),
    ).toEqual(["AGREED"]);
    // (Not a document an aside says was signed before.)
    expect(grades(`${opening}The accord on trade, which was signed in 2019, expires next year.`)).toEqual([]);
    // The last of documents told by rank.
    expect(
      spans(
        `${opening}The two leaders signed four memoranda. The first MoU focuses on digital trade. The second MoU covers ports. The final MoU covers skills training.`,
      ).slice(1),
    ).toEqual([
      "The first MoU focuses on digital trade",
      "The second MoU covers ports",
      "The final MoU covers skills training",
    ]);
  });
  it("takes no agreement from one side's proposal that both sides act, and keeps one it tells of", () => {
    expect(
      grades(
        `${opening}PM Lind also suggested the two sides speed up negotiations and promptly sign memoranda of understanding on farming.`,
      ),
    ).toEqual([]);
    expect(grades(`${opening}Brandt recommended both countries sign a treaty on fisheries.`)).toEqual([]);
    expect(grades(`${opening}Lind suggested that both sides had agreed to reopen the border.`)).toEqual([
      "AGREED",
    ]);
    expect(grades(`${opening}Lind said that both sides agreed to reopen the border.`)).toEqual(["AGREED"]);
    expect(
      grades(
        `${opening}Lind suggested the two sides meet again, and the ministers signed a deal on fisheries.`,
      ),
    ).toEqual(["AGREED"]);
  });
  it("reads 'affirmed to' and 'assured to' of both sides as an undertaking, and of one side as none", () => {
    expect(
      grades(
        `${opening}The two leaders affirmed to establish a direct communication mechanism on the border.`,
      ),
    ).toEqual(["WILL_WORK_TO"]);
    expect(
      grades(
        `${opening}The ministers assured to work closely for further deepening cooperation in food security.`,
      ),
    ).toEqual(["WILL_WORK_TO"]);
    expect(grades(`${opening}Lind assured to look into the matter of the fishing quotas.`)).toEqual([]);
    expect(grades(`${opening}Brandt affirmed to reporters that the talks went well.`)).toEqual([]);
  });
  it("reads documents that 'signed' describes, a proposal to the other side and a named treaty talked of as no agreement", () => {
    expect(
      grades(
        `${opening}They discussed measures to accelerate the implementation of signed agreements, including exchanging visits.`,
      ),
    ).toEqual([]);
    expect(grades(`${opening}The ministers reviewed progress on all signed documents.`)).toEqual([]);
    expect(grades(`${opening}Lind and Brandt signed agreements on trade and fisheries.`)).toEqual(["AGREED"]);
    expect(
      grades(
        `${opening}Lind proposed Sudria work closely together with Norland to carry out measures and to sign a memorandum on work permits.`,
      ),
    ).toEqual([]);
    expect(grades(`${opening}Brandt suggested that Norland and Sudria sign a treaty on fisheries.`)).toEqual(
      [],
    );
    expect(
      grades(`${opening}Lind proposed a new bridge, and Norland and Sudria signed a treaty on fisheries.`),
    ).toEqual(["AGREED"]);
    expect(
      grades(
        `${opening}Lind and Brandt discussed several issues including the Pacific Agreement on Closer Economic Relations, education and trade.`,
      ),
    ).toEqual([]);
    expect(grades(`${opening}The two leaders reached an agreement on fishing quotas.`)).toEqual(["AGREED"]);
    expect(grades(`${opening}Agreement on fishing quotas was reached after four hours.`)).toEqual(["AGREED"]);
  });
  it("dates a signing by a month named after its verb, other than the story's month, before the meeting", () => {
    const inMay = (body: string) =>
      extractCandidates(body, known, vocabulary, new Date("2024-05-10T00:00:00Z"))
        .filter((c) => c.kind === "AGREEMENT")
        .map((c) => c.data.strength);
    expect(
      inMay(
        `${opening}Sudria signed a pact with Tarnby in February to build its atomic energy infrastructure.`,
      ),
    ).toEqual([]);
    expect(inMay(`${opening}The ministers signed a pact on fisheries in May.`)).toEqual(["AGREED"]);
    expect(inMay(`${opening}The ministers signed a pact on fisheries on May 9.`)).toEqual(["AGREED"]);
    expect(inMay(`${opening}The ministers signed a pact that takes effect in January.`)).toEqual(["AGREED"]);
    expect(inMay(`${opening}The ministers agreed to meet again in March.`)).toEqual(["AGREED"]);
  });
  it("reads deals sealed or clinched, an understanding forged, a decision taken and a dedication emphasised by both sides", () => {
    expect(
      agreements(
        `${opening}The visit ended in Tarnby, sealing a number of major deals, chief among them a memorandum of understanding for political talks.`,
      ).length,
    ).toBeGreaterThan(0);
    expect(grades(`${opening}Three fisheries deals were clinched during the visit.`)).toEqual(["AGREED"]);
    expect(grades(`${opening}Lind hopes of sealing a deal on fisheries before May.`)).toEqual([]);
    expect(
      grades(
        `${opening}The two leaders forged an understanding to further enhance cooperation in renewable energy.`,
      ),
    ).toEqual(["AGREED"]);
    expect(
      grades(`${opening}Another landmark decision was taken to restart parliamentary exchanges.`),
    ).toEqual(["AGREED"]);
    expect(
      grades(
        `${opening}The two presidents emphasized their dedication to strengthening the Cocoa Initiative.`,
      ),
    ).toEqual(["AGREED"]);
    expect(grades(`${opening}Lind emphasized her dedication to strengthening the Cocoa Initiative.`)).toEqual(
      [],
    );
    expect(
      grades(
        `${opening}The two countries emphasized to carry on the implementation of framework agreements.`,
      ),
    ).toEqual(["WILL_WORK_TO"]);
    expect(grades(`${opening}Brandt emphasized to reporters that the talks went well.`)).toEqual([]);
  });
  it("reads the documents a signing lists after 'including' or 'among them', the first with the signing's words", () => {
    expect(
      spans(
        `${opening}The ministers signed five agreements, including a memorandum on fisheries and an agreement on visas.`,
      ),
    ).toEqual([
      "The ministers signed five agreements, including a memorandum on fisheries",
      "an agreement on visas",
    ]);
    expect(
      spans(
        `${opening}Lind ended her visit to Tarnby, sealing a number of deals, chief among them a memorandum of understanding on political talks, an agreement on diplomatic training and a protocol on visas.`,
      ),
    ).toEqual([
      "Lind ended her visit to Tarnby, sealing a number of deals, chief among them a memorandum of understanding on political talks",
      "an agreement on diplomatic training",
      "a protocol on visas",
    ]);
    expect(spans(`${opening}The ministers signed five agreements, including one on fisheries.`)).toEqual([
      "The ministers signed five agreements, including one on fisheries",
    ]);
  });
  it("reads several documents signed by the fields of a list as one document per field, the first with the signing's words", () => {
    expect(
      spans(
        `${opening}The ministers signed seven MoUs in the fields of health, trade, education and tourism.`,
      ),
    ).toEqual(["The ministers signed seven MoUs in the fields of health", "trade", "education", "tourism"]);
    expect(
      spans(
        `${opening}The two leaders also witnessed inking of a number of MOUs and agreements that included cooperation in sports, shipping, disaster management and academic interaction.`,
      ),
    ).toEqual([
      "The two leaders also witnessed inking of a number of MOUs and agreements that included cooperation in sports",
      "shipping",
      "disaster management",
      "academic interaction",
    ]);
    // A comma before the last "and": an "and" without one is inside a field.
    expect(
      spans(
        `${opening}Both countries signed three MoUs on electricity trade, carbon capture and storage, and fisheries.`,
      ),
    ).toEqual([
      "Both countries signed three MoUs on electricity trade",
      "carbon capture and storage",
      "fisheries",
    ]);
    // One document on several matters, two fields only, and a signing not done are not such a list.
    expect(spans(`${opening}They signed an agreement on trade, investment and tourism.`)).toHaveLength(1);
    expect(spans(`${opening}The two sides signed agreements on trade and health.`)).toHaveLength(1);
    // Fields are in small letters: people, years and places are no fields.
    expect(
      spans(`${opening}The ministers signed ten agreements in the presence of Lind, Brandt and Orrin.`),
    ).toHaveLength(1);
    // (Agreements of past years are none at all.)
    expect(spans(`${opening}The two countries signed agreements in 2019, 2020 and 2021.`)).toEqual([]);
    expect(
      spans(
        `${opening}They vowed to consider signing new cooperation agreements on national defence, security and law enforcement.`,
      ),
    ).toHaveLength(1);
  });
  it("reads documents marked for signature and an agreement still negotiated as none", () => {
    expect(
      grades(
        `${opening}Several agreements have been marked for signature including an agreement to provide Sudria with wheat.`,
      ),
    ).toEqual([]);
    expect(
      grades(
        `${opening}Both sides discussed ways to promote ties, through exchanges of visits, negotiation of the agreement on visa exemption for ordinary passport holders.`,
      ),
    ).toEqual([]);
    expect(grades(`${opening}The two sides will continue negotiations on a trade deal.`)).toEqual([
      "WILL_EXPLORE",
    ]);
    expect(
      grades(`${opening}After long negotiation, the two ministers reached an agreement on fisheries.`),
    ).toEqual(["AGREED"]);
  });
});
