/**
 * Who said it, on the shapes press coverage gives: a person named in full once and by one name after,
 * quotations that run on across paragraphs or follow "X said:", a paragraph that names its speaker at its
 * end, a speaker in apposition or carried on by a participle, subjects that cannot speak, transcript labels
 * after a dateline, and a speaker named in full only by the headline. The people are made up and unknown
 * to the database, as a new meeting's are.
 */
import { type CandidateDraft, extractCandidates, reference } from "@readout/ingest";
import { describe, expect, it } from "vitest";

const { vocabulary } = reference();
const statements = (body: string, headline: string | null = null, dateline: string | null = null) =>
  extractCandidates(body, [], vocabulary, null, headline, dateline).filter((c) => c.kind === "STATEMENT");
const at = (found: CandidateDraft[], words: string) => found.find((c) => c.span.exact.includes(words));
const speakerAt = (found: CandidateDraft[], words: string) => at(found, words)?.data.speaker ?? null;

describe("attribution on press coverage", () => {
  it("gives a quotation posted on a social network to who posted it", () => {
    const found = statements(
      [
        "Norland's Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Sunday.",
        "“Delighted to meet my friend, Envoy Orrin, in Port Halden,” Velkova posted on X on Monday.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "Delighted to meet")).toBe("Hana Velkova");
  });

  it("gives one name and a pronoun the person the article names in full", () => {
    const found = statements(
      [
        "Norland's Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Sunday.",
        "Velkova also reiterated Norland's position on the border crossings. She pointed out that the crossings were the most sensitive issue between the two countries.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "reiterated Norland's position")).toBe("Hana Velkova");
    expect(speakerAt(found, "most sensitive issue")).toBe("Hana Velkova");
  });

  it("makes a paragraph that names its speaker at its end all that speaker's", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Sunday.",
        "At present, relations between the two countries are at their lowest point in decades. This serves neither people, Velkova noted, according to a readout issued by the ministry.",
      ].join("\n\n"),
    );
    const statement = at(found, "lowest point");
    expect(statement?.span.exact).toMatch(/^At present, relations .* serves neither people$/u);
    expect(statement?.data.speaker).toBe("Hana Velkova");
    expect(statement?.data.channel).toBe("a readout issued by the ministry");
  });

  it("does not give a paragraph's narration to the speaker named at its end", () => {
    const found = statements(
      "Envoy Tomas Orrin arrived in the capital with Hana Velkova on Sunday. The talks were useful, Orrin said.",
    );
    expect(at(found, "arrived in the capital")).toBeUndefined();
    expect(speakerAt(found, "talks were useful")).toBe("Tomas Orrin");
  });

  it("credits what a channel alone says to it, as the text does", () => {
    const found = statements(
      [
        "Norland's Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Sunday.",
        "Sudrian state media said the two sides would sign ten deals on Monday.",
        "The talks ran late, Velkova said, according to a readout issued by the ministry.",
      ].join("\n\n"),
    );
    const relayed = at(found, "sign ten deals");
    expect(relayed?.data.speaker).toBe("Sudrian state media");
    expect(relayed?.data.channel).toBe("Sudrian state media");
    // A quotation the channel passes on stays with the person who issued it.
    const issued = statements(
      "Foreign Minister Hana Velkova issued a statement after meeting Tomas Orrin. “We will sign ten deals next month,” the statement said.",
    );
    expect(speakerAt(issued, "ten deals next month")).toBe("Hana Velkova");
    // A person named beside the channel still speaks through it.
    expect(speakerAt(found, "talks ran late")).toBe("Hana Velkova");
  });

  it("follows a quotation after 'X said:' and on through paragraphs left open", () => {
    const found = statements(
      [
        "At a news conference after the talks, Envoy Tomas Orrin said:",
        '"We came to listen as much as to speak. The two governments will meet again before the winter.',
        '"Nothing about the border will be decided without the people who live along it."',
        "Officials from both sides declined to comment further.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "We came to listen")).toBe("Tomas Orrin");
    expect(at(found, "We came to listen")?.data.mode).toBe("DIRECT");
    expect(speakerAt(found, "Nothing about the border")).toBe("Tomas Orrin");
    expect(at(found, "news conference after the talks")).toBeUndefined();
  });

  it("carries a quotation on to a paragraph that is a quotation alone", () => {
    const found = statements(
      [
        "“We are ready to reopen the crossings as soon as the inspections are agreed,” said Foreign Minister Hana Velkova.",
        "“Our engineers have been waiting for this for a year, and they will not wait another.”",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "ready to reopen")).toBe("Hana Velkova");
    expect(speakerAt(found, "Our engineers")).toBe("Hana Velkova");
  });

  it("finds a speaker in apposition or carried on by a participle, when the name is new", () => {
    const found = statements(
      [
        "Mara Quistvik, director of the Lakeside Institute in Port Anselm, noted that the two blocs had never agreed on a single statement.",
        "Dorel Anscombe, the host of this year's meetings, indicated a shift in attitudes, saying the council had failed to build any trust.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "two blocs had never")).toBe("Mara Quistvik");
    expect(speakerAt(found, "failed to build any trust")).toBe("Dorel Anscombe");
  });

  it("gives what a relative clause's subject says to that subject, not to the name a verb before it governs", () => {
    const found = statements(
      "President Ivo Marrak met Prime Minister Hana Velkova on Thursday.\n\nMarrak, who hours before meeting Velkova complained about Norland's tariffs, agreed with her that the two countries would work on a trade deal.",
    );
    expect(speakerAt(found, "complained about")).toBe("Ivo Marrak");
    // A noun in "-ing" before a name is no verb governing it.
    const after = statements(
      "After the meeting Foreign Minister Hana Velkova said the talks had been frank.",
    );
    expect(speakerAt(after, "talks had been frank")).toBe("Hana Velkova");
  });

  it("takes a theme or a title in quotation marks for no one's words", () => {
    const found = statements(
      "President Ivo Marrak said he would attend the summit in Port Halden. The summit's theme is “Joining Hands to Advance Modernisation and Build a High-Level Community with a Shared Future.”\n\n“We will work with every partner on the river,” Marrak said. He added: “NORLAND WILL NEVER ACCEPT THESE TARIFFS.”",
    );
    expect(at(found, "Joining Hands")).toBeUndefined();
    expect(speakerAt(found, "every partner")).toBe("Ivo Marrak");
    // Words in capitals throughout are shouted, not a title.
    expect(speakerAt(found, "NEVER ACCEPT")).toBe("Ivo Marrak");
  });

  it("makes no speaker of a phrase that cannot speak", () => {
    const found = statements(
      "The two leaders condemned the attacks on shipping, reaffirmed Norland's right to defend itself, and stressed the need for calm.",
    );
    for (const statement of found) {
      expect(String(statement.data.speaker)).not.toMatch(/right to defend/u);
    }
    expect(String(speakerAt(found, "need for calm"))).toMatch(/two leaders/iu);
  });

  it("takes a described speaker that opens the sentence for its participle", () => {
    const found = statements(
      "Sudrian officials have reacted coolly to the envoy's visit, questioning whether Norland is sincere in its offer.",
    );
    expect(speakerAt(found, "sincere in its offer")).toBe("Sudrian officials");
  });

  it("leaves a scare quote inside the narrator's sentence to no one", () => {
    const found = statements(
      "After the five-hour “frank and open exchange,” the delegations went on to a working dinner at the lakeside hall.",
    );
    expect(found).toHaveLength(0);
  });

  it("reads a title-case turn label after a dateline, named in full by the headline", () => {
    const found = statements(
      [
        "PORT ANSELM, Embassy of Norland -- Foreign Minister Velkova: Envoy Orrin, it is a pleasure to welcome you back to the region.",
        "Colleagues, the border is the future of our region, and we will manage it together.",
      ].join("\n\n"),
      "Envoy Tomas Orrin And Norland Foreign Minister Hana Velkova Before Their Meeting",
    );
    expect(speakerAt(found, "pleasure to welcome you")).toBe("Hana Velkova");
    expect(at(found, "pleasure to welcome you")?.span.exact.startsWith("Envoy Orrin, it is")).toBe(true);
    expect(speakerAt(found, "the border is the future")).toBe("Hana Velkova");
  });

  it("gives the quotations under a label alone on its line to that speaker", () => {
    const found = statements(
      [
        "Excerpts from the remarks after the meeting.",
        "Foreign Minister Velkova:",
        '"I described to Envoy Orrin our plan to reopen the crossings before the winter and to inspect every lorry.',
        '"And we very much appreciate the patience of the people who live along the border."',
      ].join("\n\n"),
    );
    expect(String(speakerAt(found, "I described to Envoy Orrin"))).toMatch(/Velkova/u);
    expect(String(speakerAt(found, "appreciate the patience"))).toMatch(/Velkova/u);
  });

  it("keeps to the quotation right before the attribution, and to a long clause of when after it", () => {
    const found = statements(
      [
        "Both sides voiced hope for the new year -- “a relationship based on friendship, respect and shared interests,” Envoy Tomas Orrin said.",
        "“Norland welcomes the continued reopening of the border,” Foreign Minister Hana Velkova said when welcoming the Sudrian delegation before their first meeting in Port Anselm.",
      ].join("\n\n"),
    );
    expect(at(found, "based on friendship")?.span.exact).toBe(
      "“a relationship based on friendship, respect and shared interests,”",
    );
    expect(at(found, "continued reopening")?.span.exact).toBe(
      "“Norland welcomes the continued reopening of the border,”",
    );
    expect(speakerAt(found, "continued reopening")).toBe("Hana Velkova");
  });

  it("runs a quotation left open to the end of its paragraph", () => {
    const found = statements(
      [
        "“The crossings will reopen in the spring,” Foreign Minister Hana Velkova said on Monday.",
        "“We recognised the need to avoid treating each other as rivals. That recognition now drives our work on trade",
      ].join("\n\n"),
    );
    const open = at(found, "We recognised the need");
    expect(open?.span.exact).toBe(
      "“We recognised the need to avoid treating each other as rivals. That recognition now drives our work on trade",
    );
    expect(open?.data.speaker).toBe("Hana Velkova");
  });

  it("reads transcript labels closed by a full stop, alone on their line, or of titles only", () => {
    const stop = statements(
      [
        "Envoy Orrin. Good to see you, Madam Minister. Next time I hope we meet at the border itself.",
        "Foreign Minister Velkova. Thank you, Envoy. We have a great deal to discuss this morning.",
      ].join("\n\n"),
    );
    expect(String(speakerAt(stop, "Good to see you"))).toMatch(/Orrin/u);
    expect(String(speakerAt(stop, "great deal to discuss"))).toMatch(/Velkova/u);

    const alone = statements(
      [
        "MARA QUISTVIK, Lakeside Radio Correspondent:",
        "Welcome to the programme. The two ministers have not met face to face in more than a year.",
        "DOREL ANSCOMBE, Lakeside Radio:",
        "A long-awaited meeting of the two neighbours, after twelve months of closed crossings.",
      ].join("\n\n"),
    );
    expect(speakerAt(alone, "not met face to face")).toBe("Mara Quistvik");
    expect(speakerAt(alone, "long-awaited meeting")).toBe("Dorel Anscombe");

    const titles = statements(
      "    THE PRESIDENT: It has been a long day for all of you, and I will keep this short.\n\nQ: Did the envoy agree?\n\nTHE PRESIDENT: He agreed to meet again before the winter.",
      "Remarks by President Velkova in a Press Conference",
    );
    expect(speakerAt(titles, "long day")).toBe("President Velkova");
    expect(speakerAt(titles, "meet again before the winter")).toBe("President Velkova");
    expect(at(titles, "Did the envoy agree")).toBeUndefined();
  });

  it("ends a sentence at a quotation closed on a full stop, and gives it the speaker opening the next", () => {
    const found = statements(
      "Foreign Minister Hana Velkova met Envoy Tomas Orrin on Monday. “The two sides will keep talking. We are ready to reopen the crossings.” Velkova said the talks had been useful.",
    );
    const quote = at(found, "ready to reopen");
    expect(quote?.span.exact).toBe(
      "“The two sides will keep talking. We are ready to reopen the crossings.”",
    );
    expect(quote?.data.speaker).toBe("Hana Velkova");
    expect(at(found, "talks had been useful")?.span.exact).toBe("Velkova said the talks had been useful");
  });

  it("does not take a month, a place or a given name for the person whose name holds the word", () => {
    const month = statements(
      "Foreign Minister Hana May met Envoy Tomas Orrin in Port Anselm.\n\nIn May, the two leaders said they would meet again before the winter.",
    );
    expect(String(speakerAt(month, "meet again"))).toMatch(/two leaders/iu);
    const place = statements(
      "Envoy Lloyd Anselm met Foreign Minister Hana Velkova.\n\nIn Anselm, protesters said the meeting was a mistake. Velkova said nothing about the crossings.",
    );
    expect(speakerAt(place, "meeting was a mistake")).toBe("protesters");
    expect(speakerAt(place, "said nothing")).toBe("Hana Velkova");
  });

  it("gives a quotation to a bare 'X said.' after it, and makes no statement of the bare attribution", () => {
    const found = statements(
      "“We are ready to reopen the crossings before the winter.” Velkova said. The talks ended at noon.\n\nForeign Minister Hana Velkova met Envoy Tomas Orrin.",
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.data.speaker).toBe("Hana Velkova");
    // With the quotation in the same sentence, before a subject in apposition.
    const same = statements('"The door is open," Norland\'s envoy Ivo Brandt said.');
    expect(same.map((c) => [c.span.exact, c.data.speaker, c.data.mode])).toEqual([
      ['"The door is open,"', "Ivo Brandt", "DIRECT"],
    ]);
  });
});

describe("a speaker after a long title, and a quotation after a colon", () => {
  it("finds the person after their titles in lower case as well as capitals", () => {
    const found = statements(
      [
        "Norland's President Ada Lind arrived in Port Halden on Thursday for talks with Tomas Orrin.",
        '"This will be the first true meeting between the two leaders in Sudria since 2009," said Harbour National Security Council spokesman Ivo Brandt.',
      ].join("\n\n"),
    );
    expect(speakerAt(found, "first true meeting")).toBe("Ivo Brandt");
  });

  it("carries a quotation that a paragraph's first sentence opens and leaves open into the next paragraphs", () => {
    const found = statements(
      [
        "President Tomas Orrin met his Norland counterpart Ada Lind on Friday.",
        "In his opening remarks Orrin told Lind: “It’s an honour to welcome you to Port Halden. Our two governments share the same values.",
        "“I have long been inspired by your country’s struggle for freedom and justice.",
        "“Afterwards she came by my office to say thank you. She was extremely gracious.”",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "long been inspired")).toBe("Tomas Orrin");
    expect(speakerAt(found, "extremely gracious")).toBe("Tomas Orrin");
  });

  it("reads verbs of speech acts (touted, hinted, apologised) and gives their speaker the quotation after", () => {
    const found = statements(
      [
        "President Tomas Orrin met his Norland counterpart Ada Lind in Port Halden.",
        "During his remarks to reporters before the meeting, Orrin touted the planned rail corridor to the coast.",
        "“I think it’s a big deal, and we’re working on a lot more together.”",
        "Lind again apologised for having to skip her trip to Sudria earlier this year.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "touted the planned rail corridor")).toBe("Tomas Orrin");
    expect(speakerAt(found, "a lot more together")).toBe("Tomas Orrin");
    expect(speakerAt(found, "apologised for having to skip")).toBe("Ada Lind");
  });

  it("makes the body that issued a statement its speaker, the statement its channel", () => {
    const found = statements(
      [
        "President Tomas Orrin greeted Foreign Minister Ada Lind at the Harbour Palace on Tuesday.",
        "“We urge restraint and do not want to see this conflict widen,” a Harbour Ministry statement reads.",
      ].join("\n\n"),
    );
    expect(at(found, "We urge restraint")?.data).toMatchObject({
      speaker: "Harbour Ministry",
      channel: "a Harbour Ministry statement",
    });
  });

  it("gives a statement's words that it 'read' or 'concluded' to the body that issued it, and no one's deeds so worded", () => {
    const found = statements(
      [
        "Norland's Foreign Ministry said in a statement that Velkova met Tomas Orrin on Sunday.",
        "“The two sides discussed the river and trade,” the statement read.",
        "“Norland remains committed to dialogue,” read the statement.",
        "“Norland will host the next round,” the statement concluded.",
        "The visit concluded on Friday. Velkova read a poem at the dinner.",
        "Orrin said that he had read the recent message of the minister.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "recent message")).toBe("Tomas Orrin");
    for (const words of ["the river and trade", "committed to dialogue", "host the next round"]) {
      expect(at(found, words)?.data, words).toMatchObject({
        speaker: "Norland's Foreign Ministry",
        mode: "DIRECT",
      });
    }
    expect(at(found, "visit concluded")).toBeUndefined();
    expect(at(found, "read a poem")).toBeUndefined();
  });

  it("reads the name after a participle as whom it addresses, not as its speaker", () => {
    const found = statements(
      "Foreign Minister Ada Lind met President Tomas Orrin in Port Halden, urging President Orrin to reopen the crossing.",
    );
    expect(speakerAt(found, "urging President Orrin")).toBe("Ada Lind");
  });

  it("reads a speech printed under its speaker's name as their own words, and 'went on to say'", () => {
    const speech = statements(
      [
        "Good afternoon, everyone. It’s a pleasure to see all of you here this afternoon.",
        "I returned yesterday from joining President Tomas Orrin in his meeting with the Norland delegation.",
      ].join("\n\n"),
      "Statement by Ambassador Ada Lind",
    );
    expect(speech.map((c) => [c.data.mode, c.data.speaker])).toEqual([
      ["DIRECT", "Ada Lind"],
      ["DIRECT", "Ada Lind"],
    ]);
    // A text that does not open as a speech is no one's words but those it quotes.
    expect(
      statements("The ambassador met the delegation on Friday.", "Statement by Ambassador Ada Lind").length,
    ).toBe(0);
    const found = statements(
      "President Tomas Orrin met Ada Lind on Friday. Orrin went on to say the talks had been useful.",
    );
    expect(speakerAt(found, "the talks had been useful")).toBe("Tomas Orrin");
  });

  it("takes a quotation after a participle and a colon as the speaker's own words", () => {
    const found = statements(
      [
        "President Tomas Orrin had arrived in Port Halden with a long list of requests.",
        "He emerged from the meeting, declaring: “Most of the issues we raised were warmly received. It has been a really productive visit.”",
      ].join("\n\n"),
    );
    const statement = at(found, "warmly received");
    expect(statement?.span.exact).toMatch(/^“Most of the issues/u);
    expect(statement?.data).toMatchObject({ mode: "DIRECT", speaker: "Tomas Orrin" });
  });
});

describe("attribution in transcripts and readouts", () => {
  it("reads a turn labelled with a title of several words before the name, and a speech under several names as the first's", () => {
    const found = statements(
      [
        "President of Norland Hana Velkova: Mr Prime Minister, ladies and gentlemen,",
        "Our substantive talks with the Prime Minister of Sudria, Mr Tomas Orrin, have just concluded.",
        "Prime Minister of Sudria Tomas Orrin: Thank you, Madam President, for a useful conversation.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "have just concluded")).toBe("Hana Velkova");
    expect(speakerAt(found, "useful conversation")).toBe("Tomas Orrin");
    const joint = statements(
      "Good afternoon, everyone, and welcome to Port Halden. This has been a great, great meeting.",
      "Remarks by President Velkova, President Tomas Orrin of Sudria, and Prime Minister Ada Lind of Estmark in Joint Press Conference",
    );
    expect(speakerAt(joint, "welcome to Port Halden")).toBe("Velkova");
    // A press conference under one name is theirs however it opens; a heading in brackets is no one's.
    const conference = statements(
      [
        "(On the Norland-Sudria summit meeting)",
        "First of all, we held a summit meeting between Norland and Sudria for 15 minutes just a short while ago.",
      ].join("\n\n"),
      "Press Conference by Prime Minister Velkova Regarding the Norland-Sudria Summit Meeting",
    );
    expect(conference.map((c) => [c.span.exact.slice(0, 14), c.data.speaker])).toEqual([
      ["First of all, ", "Velkova"],
    ]);
    // A report of the press conference is no one's speech.
    const report = statements(
      "The Prime Minister held a press conference after meeting envoy Tomas Orrin.\n\nOrrin told reporters separately that Sudria would wait.",
      "Press Conference by Prime Minister Velkova",
    );
    expect(speakerAt(report, "Sudria would wait")).toBe("Tomas Orrin");
  });

  it("gives words one person says another said to the other, and a nationality's leader to the counterpart so described", () => {
    const found = statements(
      [
        "President Pekka Lunde met Crown Prince Aino Varg of Estmark on Friday.",
        "Lunde said Aino Varg claimed that he was “not personally responsible” for the attack. He said Varg had raised the border.",
      ].join("\n\n"),
    );
    expect(at(found, "not personally responsible")?.data).toMatchObject({
      speaker: "Aino Varg",
      channel: "Pekka Lunde",
    });
    expect(speakerAt(found, "had raised the border")).toBe("Pekka Lunde");
    // The present tense of a lede: "Norland denies …", "Velkova urges …".
    const present = statements(
      "Foreign Minister Hana Velkova met envoy Tomas Orrin on Monday. Norland denies that it intends to close the crossing. Velkova urges Sudria to reopen the port.",
    );
    expect(speakerAt(present, "intends to close")).toBe("Norland");
    expect(speakerAt(present, "reopen the port")).toBe("Hana Velkova");
    const counterpart = statements(
      [
        "Ukrainian President Tomas Orrin on July 7 visited Port Halden, where he held talks with his Turkish counterpart, Omer Kaya.",
        "The Turkish leader asserted that relations with Kyiv are now “stronger in every way”.",
      ].join("\n\n"),
    );
    expect(speakerAt(counterpart, "stronger in every way")).toBe("Omer Kaya");
  });

  it("gives a pronoun the person the sentence before opened with by the same pronoun, not the one it named after", () => {
    const found = statements(
      [
        "Prime Minister Aino Varg hailed Sudria as a partner on Monday as she met President Pekka Lunde.",
        "She sat down with Lunde for talks at the palace. “There is growing insecurity,” she told Lunde.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "growing insecurity")).toBe("Aino Varg");
  });

  it("keeps a turn going past a sentence that breaks off and a stage direction", () => {
    const found = statements(
      [
        "PRESIDENT HALVORSEN:  Welcome, my friends, to the harbour talks.",
        "My uncle gave me a small piece of an old ship that —",
        "(Laughter.)",
        "He sailed many times across that sea.  His ship was never found.",
        "MINISTER DUNSTAN:  Thank you, Mr. President.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "a small piece of an old ship")).toBe("HALVORSEN");
    expect(speakerAt(found, "sailed many times")).toBe("HALVORSEN");
    expect(at(found, "Laughter")).toBeUndefined();
  });

  it("gives 'They' the two people a recent sentence opened with, and reads a readout's 'welcomed'", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova met Sudrian Foreign Minister Tomas Orrin today in Port Halden.",
        "Minister Velkova and Minister Orrin reaffirmed that the harbour accord is the basis of peace. They stressed the importance of cooperation on fisheries.",
        "The ministers also welcomed the progress of the joint border commission. Velkova welcomed Orrin to the capital.",
      ].join("\n\n"),
    );
    // (Each by the title the text gives and the full name.)
    expect(speakerAt(found, "importance of cooperation")).toBe(
      "Minister Hana Velkova and Minister Tomas Orrin",
    );
    expect(speakerAt(found, "progress of the joint border commission")).toBe("The ministers");
    // A guest welcomed by name: nothing was said.
    expect(at(found, "to the capital")).toBeUndefined();
  });

  it("gives a quotation to the pronoun after it, not to a person the quotation names or its verb", () => {
    const found = statements(
      [
        "Defense Minister Hana Velkova met Sudrian envoy Tomas Orrin in Port Halden today, ministry spokesperson Dana Lind said.",
        "In a statement, Lind said the two discussed the border crossings.",
        "“Minister Velkova acknowledged areas of cooperation, including the fisheries,” she added.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "acknowledged areas of cooperation")).toBe("Dana Lind");
  });

  it("reads one who speaks for a person as the speaker, and a readout's 'was pleased' and 'congratulated'", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova held talks with Sudrian envoy Tomas Orrin in Port Halden on Wednesday.",
        "A spokesperson for Velkova stressed to Orrin the need for fair dealings between the two capitals.",
        "The foreign minister was pleased that the talks had widened to cover fisheries. Velkova congratulated Orrin on his promotion.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "need for fair dealings")).toBe("A spokesperson for Velkova");
    expect(speakerAt(found, "widened to cover fisheries")).toBe("Hana Velkova");
    expect(speakerAt(found, "on his promotion")).toBe("Hana Velkova");
  });

  it("gives 'the Chinese leader' the one the article titles as China's head of state", () => {
    const found = statements(
      [
        "Norland President Hana Velkova and Sudrian President Tomas Orrin met in Port Halden on Monday.",
        "The Sudrian leader said he hoped the two countries would deepen their ties.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "deepen their ties")).toBe("Tomas Orrin");
  });

  it("gives 'the Sudrian leader' the one the article is about when its president and premier are both named", () => {
    const found = statements(
      [
        "Norland President Hana Velkova met Sudrian President Tomas Orrin in Port Halden on Monday.",
        "Orrin arrived on Sunday. Orrin and Velkova toured the harbour.",
        "Sudrian Premier Lena Marsh, who stayed at home, signed a budget on Monday.",
        "The Sudrian leader said he hoped the two countries would deepen their ties.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "deepen their ties")).toBe("Tomas Orrin");
  });

  it("gives a description set beside a name ('Sudria's top diplomat Tomas Orrin') to that person when it comes back alone", () => {
    const found = statements(
      [
        "Sudria's top diplomat Tomas Orrin met Norland Foreign Minister Hana Velkova in Port Halden on Sunday.",
        "Sudria's top diplomat told Velkova that the border must stay open. The senior diplomat said relations were at a low point.",
        "Ivo Brandt, Norland's chief negotiator, attended the talks. Norland's chief negotiator said the fisheries deal was close.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "border must stay open")).toBe("Tomas Orrin");
    expect(speakerAt(found, "at a low point")).toBe("Tomas Orrin");
    expect(speakerAt(found, "fisheries deal was close")).toBe("Ivo Brandt");
  });

  it("keeps a quotation that opens the sentence whatever follows its attribution, and what the speaker adds after it", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova met envoy Tomas Orrin in Port Halden on Sunday.",
        "“There is no substitute for talking face to face,” Velkova told reporters at the start of the meeting.",
        '"There was a good degree of convergence on fisheries," Orrin said, adding that the meeting lasted for an hour and forty minutes.',
        "“We will defend our interests when needed,” Velkova added, “and this visit is a chance to avoid misunderstanding.”",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "no substitute for talking")).toBe("Hana Velkova");
    expect(at(found, "no substitute for talking")?.span.exact).toMatch(/^“There is no substitute.*face,”$/u);
    expect(at(found, "no substitute for talking")?.data.mode).toBe("DIRECT");
    expect(speakerAt(found, "degree of convergence")).toBe("Tomas Orrin");
    expect(speakerAt(found, "lasted for an hour")).toBe("Tomas Orrin");
    expect(at(found, "lasted for an hour")?.span.exact).toMatch(/^adding that the meeting/u);
    expect(speakerAt(found, "defend our interests")).toBe("Hana Velkova");
    expect(speakerAt(found, "chance to avoid")).toBe("Hana Velkova");
    expect(at(found, "chance to avoid")?.data.mode).toBe("DIRECT");
  });

  it("gives 'Velkova's Sudrian counterpart' the one the article titles Sudrian, not Velkova nor someone named inside a quotation", () => {
    const found = statements(
      [
        "Norland President Hana Velkova held talks with Sudrian Premier Tomas Orrin on the sidelines of the summit in Port Halden on Thursday.",
        "“Following the former Sudrian Premier Ivo Brandt, I hope to keep up our close ties,” Velkova told Orrin.",
        "Velkova's Sudrian counterpart also agreed with her suggestion to continue the talks, saying that “close cooperation between our two countries is crucial for peace in the region.”",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "crucial for peace")).toBe("Tomas Orrin");
  });

  it("reads a commentator who writes after the quotation, and a minister who drew attention to something", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova met envoy Tomas Orrin in Port Halden on Monday.",
        '"The meeting sends a message that the government wants to halt the slide in relations," writes Ivo Brandt at the Harbour Courier.',
        "Orrin drew attention to the fact that Norland had imposed new tariffs on fish.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "halt the slide")).toBe("Ivo Brandt");
    expect(speakerAt(found, "imposed new tariffs")).toBe("Tomas Orrin");
  });

  it("gives a quotation two writers named after it, and takes no statement from a deed ('responded with tariffs')", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova met envoy Tomas Orrin in Port Halden on Monday.",
        '"The meeting sent a signal that the two nations want no open hostility," write Ivo Brandt and Lena Marsh at the Harbour Courier.',
        "Sudria responded with tariffs of 125 per cent on Norland's fish.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "no open hostility")).toBe("Ivo Brandt and Lena Marsh");
    expect(at(found, "tariffs of 125")).toBeUndefined();
  });

  it("gives 'They' a pair only from the sentence right before, and reads greetings and feelings as no statement", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova met envoy Tomas Orrin. Velkova and Orrin met again. Protesters gathered outside. They said the talks were a sham.",
        "President Ivo Brandt welcomed the Sudrian foreign minister to the Palace. Orrin welcomed the Norland delegation to Port Halden. Velkova welcomed Sudria's commitment to resume the talks. Velkova was encouraged by the progress on fisheries.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "were a sham")).not.toBe("Hana Velkova and Tomas Orrin");
    expect(at(found, "to the Palace")).toBeUndefined();
    expect(at(found, "to Port Halden")).toBeUndefined();
    expect(speakerAt(found, "commitment to resume")).toBe("Hana Velkova");
    expect(at(found, "progress on fisheries")).toBeUndefined();
  });
  it("keeps a one-word quotation that is the whole object of the verb", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Sunday.",
        "Asked by reporters whether she would visit Sudria, Velkova said: “Maybe.”",
      ].join("\n\n"),
    );
    expect(at(found, "Maybe")?.span.exact).toBe("“Maybe.”");
    expect(speakerAt(found, "Maybe")).toBe("Hana Velkova");
  });
  it("gives a pronoun after a described speaker's statement to that speaker, and 'according to her prepared remarks' to her with the remarks as channel", () => {
    const found = statements(
      [
        "Norland's Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Sunday.",
        "The meeting was “candid, constructive, and comprehensive,” the Foreign Ministry said in a statement.",
        "Velkova began by telling Orrin that there was “ample room for our firms to trade”, according to her prepared remarks.",
        "A senior Sudrian official told reporters that the talks were useful. According to her, “both sides consider the river critically important.”",
      ].join("\n\n"),
    );
    expect(at(found, "candid, constructive")?.span.exact).toBe(
      "The meeting was “candid, constructive, and comprehensive,”",
    );
    expect(at(found, "ample room")?.data).toMatchObject({
      speaker: "Hana Velkova",
      attribution: "her prepared remarks",
    });
    expect(speakerAt(found, "river critically important")).toBe("A senior Sudrian official");
  });
  it("reads a short quotation before a speaker in apposition, and quotation marks typed as two apostrophes", () => {
    const body = [
      "Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Sunday.",
      "“Completed,” Ivo Brandt, spokesman for the Norland ministry, told NNA when asked if the talks were still going on.",
      "Velkova has described as ''useful'' her first meeting with Orrin.",
      "''We had a useful meeting on the river and we will meet again,'' Velkova said after the talks.",
    ].join("\n\n");
    const found = statements(body);
    expect(at(found, "Completed")?.span.exact).toBe("“Completed,”");
    expect(at(found, "Completed")?.data).toMatchObject({ speaker: "Ivo Brandt", mode: "DIRECT" });
    expect(at(found, "described as")?.data.mode).toBe("REPORTED");
    expect(at(found, "we will meet again")?.data).toMatchObject({ speaker: "Hana Velkova", mode: "DIRECT" });
    // The quotation's span takes in both apostrophes of each pair, and every span is the body's own words.
    expect(at(found, "we will meet again")?.span.exact).toBe(
      "''We had a useful meeting on the river and we will meet again,''",
    );
    for (const c of found) expect(body.slice(c.span.start, c.span.end)).toBe(c.span.exact);
  });
  it("takes no adverb before a sentence's comma for a speaker, and reads the one its title then names", () => {
    const found = statements(
      [
        "Sudrian Foreign Minister Tomas Orrin met President Hana Velkova in Lindby on Thursday.",
        "Afterwards, the minister held talks with Prime Minister Ivo Brandt and said: “We will keep Norland away from the turmoil.”",
        "Later, the FM met the speaker of parliament, after which he made a statement and said: “Sudria will help.”",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "away from the turmoil")).toBe("Tomas Orrin");
    expect(speakerAt(found, "Sudria will help")).toBe("Tomas Orrin");
    for (const c of found) expect(c.data.speaker).not.toMatch(/^(?:Afterwards|Later)$/u);
    // (So too where the sentence opens with the title: "The minister held talks … and said: …".)
    const opening = statements(
      [
        "Sudrian Foreign Minister Tomas Orrin met President Hana Velkova in Lindby on Thursday.",
        "The minister held talks with Prime Minister Ivo Brandt and said: “We will keep Norland away from the turmoil.”",
      ].join("\n\n"),
    );
    expect(speakerAt(opening, "away from the turmoil")).toBe("Tomas Orrin");
  });
  it("keeps the channel for the one who speaks on in the same paragraph, and not in the next", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova told reporters that the talks with Tomas Orrin were useful. She said Norland would not answer with provocations of its own. Velkova said the river commission would meet in June.",
        "Velkova said the crossing would reopen.",
      ].join("\n\n"),
    );
    expect(at(found, "talks with Tomas Orrin")?.data.channel).toBe("told reporters");
    expect(at(found, "provocations")?.data).toMatchObject({
      speaker: "Hana Velkova",
      channel: "told reporters",
    });
    expect(at(found, "meet in June")?.data.channel).toBe("told reporters");
    expect(at(found, "crossing would reopen")?.data.channel).toBeNull();
    // A medium told by its name is a channel; a person told is not, and ends the carrying on.
    const told = statements(
      "Foreign Minister Hana Velkova told Lakeside Radio that the talks with Tomas Orrin were useful. She told the Harbour Times on Monday that Norland would not answer. Velkova told Boris Kovac that the commission would meet.",
    );
    expect(at(told, "were useful")?.data.channel).toBe("told Lakeside Radio");
    expect(at(told, "would not answer")?.data.channel).toBe("told the Harbour Times on Monday");
    expect(at(told, "commission would meet")?.data.channel).toBeNull();
  });

  it("takes the occasion spoken at as the channel ('said at a news conference'), not one inside the quotation", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova met President Tomas Orrin in Lindby on Monday.",
        "“We have to chart a responsible path,” Velkova said at a news conference after the talks.",
        "Orrin said during a joint press briefing that the border would stay open.",
        "“As I said at the press conference, the river is ours to share,” Orrin said.",
      ].join("\n\n"),
    );
    expect(at(found, "responsible path")?.data).toMatchObject({
      speaker: "Hana Velkova",
      channel: "a news conference",
    });
    expect(at(found, "border would stay open")?.data.channel).toBe("a joint press briefing");
    // Told, with a word or two before the occasion.
    const told = statements(
      "Foreign ministry spokesperson Mara Keller told a regular press briefing that the talks were candid.",
    );
    expect(at(told, "talks were candid")?.data.channel).toBe("told a regular press briefing");
    expect(at(found, "ours to share")?.data.channel).toBeNull();
  });

  it("gives a document named again to its issuer past a sentence that names none, and reads 'said in statement'", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova met Foreign Minister Tomas Orrin in Lindby on Sunday.",
        "Norland's foreign ministry said in statement that the two ministers discussed “various bilateral issues of mutual concern”. Both sides noted a meeting of the border commission is scheduled for March.",
        "The statement added: “Both sides recognised the challenges the two neighbours are facing.”",
        "“The ceremony was followed by talks on the river,” the message says.",
      ].join("\n\n"),
    );
    expect(at(found, "various bilateral issues")?.data).toMatchObject({
      speaker: "Norland's foreign ministry",
      channel: "statement",
    });
    expect(speakerAt(found, "recognised the challenges")).toBe("Norland's foreign ministry");
    expect(speakerAt(found, "followed by talks")).toBe("Norland's foreign ministry");
  });
  it("reads a quotation opened by a curly pair of mixed apostrophes and closed by straight ones", () => {
    const body =
      "Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Sunday. In her speech Velkova said: ‘’We will build the bridge together with our neighbours.'' Orrin thanked her.";
    const found = statements(body);
    expect(at(found, "build the bridge")?.data).toMatchObject({ speaker: "Hana Velkova", mode: "DIRECT" });
    expect(at(found, "build the bridge")?.span.exact).toBe(
      "‘’We will build the bridge together with our neighbours.''",
    );
    for (const c of found) expect(body.slice(c.span.start, c.span.end)).toBe(c.span.exact);
  });
  it("gives a quotation that opened a sentence before and closes right before the speaker to that speaker", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Sunday.",
        "“At some point we will end up with something great for both of us. The river is very special,” Velkova told reporters at the beginning of the dinner, NNA reported.",
      ].join("\n\n"),
    );
    expect(at(found, "The river is very special")?.data).toMatchObject({
      speaker: "Hana Velkova",
      mode: "DIRECT",
    });
    expect(at(found, "beginning of the dinner")?.span.exact ?? "").not.toMatch(/^Velkova told/u);
  });
  it("gives a pronoun to a described person only, and 'according to his critics' to the critics", () => {
    const found = statements(
      [
        "Norland's Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Sunday. The Foreign Ministry said the talks were useful. She told Orrin that the river mattered most.",
        "The talks were a failure, according to his critics.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "river mattered most")).toBe("Hana Velkova");
    expect(speakerAt(found, "talks were a failure")).toBe("his critics");
  });
  it("credits an outlet that closes the sentence with 'reported' as the channel, not the speaker's words", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Sunday.",
        "Velkova told Orrin that Norland would reopen the crossings, Norland's state news agency NNA reported.",
      ].join("\n\n"),
    );
    expect(at(found, "reopen the crossings")?.data).toMatchObject({
      speaker: "Hana Velkova",
      attribution: "Norland's state news agency NNA",
    });
    expect(at(found, "reopen the crossings")?.span.exact).toBe(
      "Velkova told Orrin that Norland would reopen the crossings",
    );
  });
  it("keeps a spokeswoman for 'she' and a spokesman for a ministry for 'he', and no clause as a relaying channel", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Sunday.",
        "A Norland spokeswoman said the talks were candid. She added that more meetings were planned.",
        "A spokesman for the Sudrian foreign ministry said the talks were useful. He added that the river was discussed.",
        "Velkova said Sudria had agreed to buy more grain, as the trade ministry later reported.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "more meetings were planned")).toBe("A Norland spokeswoman");
    expect(speakerAt(found, "river was discussed")).toBe("A spokesman for the Sudrian foreign ministry");
    expect(at(found, "buy more grain")?.data.attribution ?? null).toBeNull();
  });

  it("reads 'He' as the pronoun and not He Lanfeng, a middle initial as the same person, and a member of a body as the speaker", () => {
    const found = statements(
      [
        "Commerce Secretary Hana M. Velkova met Sudrian ministers Tomas Orrin and He Lanfeng in Port Halden. Hana Velkova was pleased.",
        "Velkova said she and Minister Tomas Orrin agreed during a four-hour meeting to launch a working group. She said they also will set up an information exchange on grain exports.",
        "“I thought it was an amazing meeting,” Orrin said, praising Velkova as a tough negotiator. He highlighted that Sudria would immediately buy more grain from Norland.",
        "Ilse Varnow from the Lakeside Institute said the talks marked a step up in the relationship.",
        "As Sudrian officials have warned before, Orrin told Velkova that tariffs would hurt both sides.",
        "The Norlandic presidency said the talks were “in a spirit of very close cooperation”.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "working group")).toMatch(/^Hana (?:M\. )?Velkova$/u);
    expect(speakerAt(found, "information exchange")).toMatch(/^Hana (?:M\. )?Velkova$/u);
    expect(speakerAt(found, "buy more grain")).not.toBe("He Lanfeng");
    expect(speakerAt(found, "step up in the relationship")).toBe("Ilse Varnow");
    expect(speakerAt(found, "tariffs would hurt")).toBe("Tomas Orrin");
    expect(speakerAt(found, "very close cooperation")).toBe("The Norlandic presidency");
  });

  it("reads denials, citations, dismissals and questions as speech, and nothing done to the subject", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Sunday.",
        "Orrin denied that Sudria had closed the river crossings to Norlandic trucks. The minister was dismissed from his post last year. Orrin cited a great deal of progress on the tariff question. Velkova dismissed claims of a rift between the two governments. Orrin asked Velkova to reopen the consulate in Port Halden.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "closed the river crossings")).toBe("Tomas Orrin");
    expect(at(found, "dismissed from his post")).toBeUndefined();
    expect(speakerAt(found, "great deal of progress")).toBe("Tomas Orrin");
    expect(speakerAt(found, "claims of a rift")).toBe("Hana Velkova");
    expect(speakerAt(found, "reopen the consulate")).toBe("Tomas Orrin");
  });

  it("reads the verbs of readouts that accentuate, compliment, reassure, outline and elaborate as speech", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Sunday.",
        "Orrin accentuated that the two countries share deep ties. Velkova complimented Sudria on its handling of the flood. Orrin reassured his host that Sudria would back the bid. Velkova outlined the priorities of Norland's chairmanship. Orrin elaborated on the plan for the corridor.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "share deep ties")).toBe("Tomas Orrin");
    expect(speakerAt(found, "handling of the flood")).toBe("Hana Velkova");
    expect(speakerAt(found, "back the bid")).toBe("Tomas Orrin");
    expect(speakerAt(found, "priorities of Norland")).toBe("Hana Velkova");
    expect(speakerAt(found, "plan for the corridor")).toBe("Tomas Orrin");
  });

  it("keeps initials run together before a name in the sentence of the name they open", () => {
    const found = statements("Velkova met the secretary. Dr. R.H.S. Velkovage said the talks were useful.");
    expect(at(found, "talks were useful")?.span.exact).toBe(
      "Dr. R.H.S. Velkovage said the talks were useful",
    );
    expect(speakerAt(found, "talks were useful")).toBe("R.H.S. Velkovage");
  });

  it("keeps a quotation opened with a straight mark and closed with a curly one whole, and gives it its speaker", () => {
    const found = statements(
      [
        "Norland's President Ivo Brandt met Sudrian President Lea Sand in Tarnby on Wednesday.",
        '"I transmitted to President Sand a proposal. It has to do with a plebiscite,” said the president of Norland, Ivo Brandt, after the meeting.',
      ].join("\n\n"),
    );
    expect(speakerAt(found, "I transmitted")).toBe("Ivo Brandt");
    expect(at(found, "I transmitted")?.data.mode).toBe("DIRECT");
  });

  it("keeps a quotation in straight marks whole across its sentences, and parts sentences run together with no space", () => {
    const found = statements(
      '"As for the topics, first of all, it is the river. And the second topic is the crossings," Ivo Brandt told reporters. The envoy met Hana Velkova on Monday, Brandt said."The current situation is clear. We will report to the minister first," Brandt said.The conversation was useful and constructive, Brandt said.',
    );
    const first = at(found, "As for the topics");
    expect(first?.span.exact).toMatch(/^"As for the topics.*the crossings,"$/u);
    expect(first?.data.mode).toBe("DIRECT");
    const second = at(found, "The current situation");
    expect(second?.span.exact).toMatch(/^"The current situation.*minister first,"$/u);
    expect(second?.data.speaker).toBe("Ivo Brandt");
    expect(at(found, "useful and constructive")?.span.exact).toBe(
      "The conversation was useful and constructive",
    );
    // A stray straight mark holds nothing together; an abbreviation's full stop parts no glued words.
    const stray = statements(
      'Observers called it a "good deal. Then Ivo Brandt said the talks had fallen apart. Gov.Kessel said the port would reopen.',
    );
    expect(at(stray, "fallen apart")?.span.exact).toBe("Then Ivo Brandt said the talks had fallen apart");
    expect(at(stray, "port would reopen")?.span.exact).toBe("Gov.Kessel said the port would reopen");
  });

  it("reads a description with the name in apposition as the speaker, the description alone after it, and voiced, demanded and insisting as speech", () => {
    const found = statements(
      [
        "Norland and Sudria wrapped up talks in Port Halden on Friday.",
        "The head of the Sudrian delegation, presidential aide Igor Brandt, said he was satisfied with the outcome of the talks. The head of the Sudrian delegation said the sides plan to continue negotiating.",
        "Hana Velkova, speaking in general terms, voiced optimism that the talks could lead to a settlement. Sudria has demanded that Norland reopen the crossings. Norland is still insisting that the tariffs stay.",
      ].join("\n\n"),
    );
    const head = at(found, "satisfied with the outcome");
    expect(head?.span.exact).toMatch(
      /^The head of the Sudrian delegation, presidential aide Igor Brandt, said he/u,
    );
    expect(head?.data.speaker).toBe("Igor Brandt");
    expect(speakerAt(found, "continue negotiating")).toBe("Igor Brandt");
    expect(speakerAt(found, "voiced optimism")).toBe("Hana Velkova");
    expect(speakerAt(found, "reopen the crossings")).toBe("Sudria");
    expect(speakerAt(found, "the tariffs stay")).toBe("Norland");
  });

  it("never gives 'the Chinese leader' to one whose title gives another nationality", () => {
    // (Nationalities are the lexicon's; the people are made up.)
    const found = statements(
      [
        "German chancellor Hana Velkova has urged Tomas Orrin to play a bigger role in securing peace, telling him that the war affected Europe's core interests. The Chinese leader warned that the conflict was in danger of spiralling out of control.",
        "“Sudria is not a party to the crisis, but has consistently promoted talks for peace in its own way,” he said.",
      ].join("\n\n"),
      "Velkova asks Chinese president to promote an end to the war",
    );
    expect(speakerAt(found, "spiralling out of control")).toBe("Tomas Orrin");
    expect(speakerAt(found, "not a party to the crisis")).toBe("Tomas Orrin");
    // A nationality the article names nowhere else, with two people named without a title: no one.
    const other = statements(
      "German chancellor Hana Velkova met businessman Ivo Brandt and Tomas Orrin in Lindby. The French president said the talks went well.",
    );
    expect(speakerAt(other, "talks went well")).toBe("The French president");
  });

  it("reads appeals and echoes as speech, and no thing as a speaker of a participle", () => {
    const found = statements(
      [
        "Norland and Sudria agreed to implement their cooperation based on the Norland-Sudria Security and Defense Partnership announced in November 2030 with the recognition that security is inseparable.",
        "Hana Velkova appealed to Tomas Orrin to “bring the rebels to their senses,” and Orrin echoed Velkova, calling for “more stable” ties.",
      ].join("\n\n"),
    );
    expect(found.some((c) => String(c.data.speaker ?? "").includes("Partnership"))).toBe(false);
    expect(speakerAt(found, "bring the rebels")).toBe("Hana Velkova");
  });

  it("reads a speaker titled after the verb, a closing attribution followed by a phrase of when, and 'the publication' as a channel", () => {
    const found = statements(
      [
        "Norland Trade Secretary Hana Velkova met Sudrian envoy Tomas Orrin in Port Halden.",
        '"There is still a couple of technical details to work out," said the Norland Trade Secretary to reporters after two days of meetings.',
        "The two sides held “very constructive” trade talks in Port Halden on Monday, a Norland Treasury spokesman said, ahead of a meeting of their leaders next week.",
        "According to the publication, the third round of talks concluded two weeks ahead of the deadline.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "technical details")).toBe("Hana Velkova");
    expect(at(found, "very constructive")?.span.exact).toMatch(/^The two sides held .* on Monday$/u);
    expect(speakerAt(found, "third round")).toBeNull();
  });

  it("gives 'it said' the body that spoke in the sentences right before, and nothing else", () => {
    const found = statements(
      [
        "Sudria's Foreign Ministry issued a statement on Monday after the talks in Port Halden. The two sides agreed to reopen the river crossings, it said. “We will keep talking to our neighbours,” it said.",
        "The Norland Chancellery said the meeting was useful. It added that the envoy would travel to Lindby next month.",
        "The meeting lasted two hours in all. It said little that the crossings' traders did not know.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "reopen the river crossings")).toBe("Sudria's Foreign Ministry");
    expect(speakerAt(found, "keep talking to our neighbours")).toBe("Sudria's Foreign Ministry");
    expect(speakerAt(found, "travel to Lindby")).toBe("The Norland Chancellery");
    // "It" after a sentence that nobody said is the meeting, not the chancellery of two sentences back.
    expect(at(found, "said little")).toBeUndefined();
  });

  it("gives a quotation to the person a lower-case description names after it", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Sunday.",
        "Sudria rejects the idea. “It is not Sudria that is changing the status quo, it is the smugglers and those who are trying to change it,” Sudrian foreign ministry spokesman Ivo Brandt said after the meeting.",
      ].join("\n\n"),
    );
    const quote = at(found, "not Sudria that is changing");
    expect(quote?.span.exact).toMatch(/^“It is not Sudria .* trying to change it,”$/u);
    expect(quote?.data.speaker).toBe("Ivo Brandt");
    expect(quote?.data.mode).toBe("DIRECT");
  });

  it("takes no statement from a host greeting a leader and his wife, and keeps one welcoming an outcome", () => {
    const found = statements(
      "The First Couple welcomed the Sudrian leader and wife, Ada Orrin, indoors due to the rain. The President welcomed the leaders’ commitment to reopen the crossings.",
    );
    expect(at(found, "indoors due to the rain")).toBeUndefined();
    expect(at(found, "commitment to reopen")).toBeDefined();
  });

  it("reads 'called' before a description as speech, and before a name as a telephone call", () => {
    const found = statements(
      "Deputy Prime Minister Ivo Brandt, speaking in televised remarks, called the agreements “very important” for trade. Hana Velkova called Tomas Orrin on Monday to discuss the river.",
    );
    expect(speakerAt(found, "very important")).toBe("Ivo Brandt");
    expect(at(found, "to discuss the river")).toBeUndefined();
    const views = statements(
      "Velkova called Sudria’s conduct on the river dangerous. Orrin called Norland the most difficult partner he had.",
    );
    expect(speakerAt(views, "conduct on the river")).toBe("Velkova");
    expect(speakerAt(views, "most difficult partner")).toBe("Orrin");
  });

  it("reads a subject across an adverb or a time between it and the verb", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Sunday.",
        "Sudria has vehemently denied the claim, insisting that it has only delayed one grain shipment. The Norlandic presidency last week acknowledged that some bottlenecks had built up at the crossings. Orrin on Monday said the talks were good and useful.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "denied the claim")).toBe("Sudria");
    expect(speakerAt(found, "bottlenecks")).toBe("The Norlandic presidency");
    expect(speakerAt(found, "good and useful")).toBe("Tomas Orrin");
    // An occasion between the subject and its verb.
    const occasion = statements(
      [
        "Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Sunday.",
        "Velkova after the meeting said that the talks were constructive. Orrin at a joint press conference said Sudria would reopen the crossing.",
      ].join("\n\n"),
    );
    expect(speakerAt(occasion, "talks were constructive")).toBe("Hana Velkova");
    expect(speakerAt(occasion, "reopen the crossing")).toBe("Tomas Orrin");
    // (Only after a name that opens its clause: the one questioned at the briefing does not speak.)
    const questioned = statements(
      "Foreign Minister Hana Velkova met envoy Tomas Orrin on Sunday. Reporters who questioned Orrin at the briefing said the envoy looked tired.",
    );
    expect(speakerAt(questioned, "looked tired")).not.toBe("Tomas Orrin");
    // An aside set off by commas, and a head of state called by an epithet with the nationality.
    const aside = statements(
      [
        "Norlandic Foreign Minister Hana Velkova met Sudrian President Tomas Orrin on Sunday.",
        "The Sudrian president, in turn, hailed “long-established friendly” ties. In his turn, the Sudrian dictator said that the crossing would stay shut.",
      ].join("\n\n"),
    );
    expect(speakerAt(aside, "long-established")).toBe("Tomas Orrin");
    expect(speakerAt(aside, "would stay shut")).toBe("Tomas Orrin");
  });

  it("gives a pronoun the person named by one word only, by a counterpart noun or after 'according to'", () => {
    const found = statements(
      [
        "Norland wants a partner, Foreign Minister Hana Velkova told her Sudrian counterpart Tomas Orrinsky during talks on Monday.",
        "“We had productive conversations on trade,” Orrinsky told reporters. He added that the talks would help.",
        "According to Velkova, the two sides can expand trade. She emphasized the need for progress.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "talks would help")).toBe("Tomas Orrinsky");
    expect(speakerAt(found, "the two sides can expand trade")).toBe("Hana Velkova");
    expect(speakerAt(found, "need for progress")).toBe("Hana Velkova");

    // A speaker the text names by one word only, never in full.
    const lone = statements(
      "Hana Velkova said Norland was ready.\n\n“We had productive conversations,” Orrinsky told reporters. He added that the talks would help.",
    );
    expect(speakerAt(lone, "talks would help")).toBe("Orrinsky");

    // "the Lakeside Union chief": the one the article titles with the body's name.
    const chief = statements(
      "Lakeside Union Secretary General Ilse Varnow met Norland’s President Tavi Ormsund on Tuesday.\n\nAfter the ceremony, the Lakeside chief said at a press conference that the two sides reached an agreement.\n\nHe added that the memorandum addresses Norland’s concerns.",
    );
    expect(speakerAt(chief, "reached an agreement")).toBe("Ilse Varnow");
  });

  it("gives a statement the body that issued the channel 'according to' names", () => {
    const found = statements(
      "According to a statement posted by Norland’s Foreign Ministry, the two sides exchanged views on the river. The talks ran late.",
    );
    const statement = at(found, "exchanged views on the river");
    expect(statement?.data.speaker).toBe("Norland’s Foreign Ministry");
    expect(statement?.data.channel).toBe("a statement posted by Norland’s Foreign Ministry");
    // "according to" a person's spokesman is the spokesman's.
    const spokesman = statements(
      "Peter Ormsund met Ilse Varnow on Monday.\n\nAccording to Ormsund’s spokesman, the two sides exchanged views on the river.",
    );
    expect(speakerAt(spokesman, "exchanged views on the river")).toBe("Ormsund’s spokesman");
    // A channel that names no one who issued it gives no speaker.
    expect(
      speakerAt(statements("According to the readout, the two sides exchanged views."), "exchanged views"),
    ).toBeNull();
  });

  it("gives a pronoun the one a sentence's opening title names, over a name later in that sentence", () => {
    const found = statements(
      [
        "Norland's Prime Minister Tavi Ormsund met Sudrian President Ilse Varnow in Port Halden on Monday.",
        "The Norlandic Prime Minister, who had praised the river accord before, used the moment to draw a connection with Varnow’s campaign theme.",
        "“When our two countries work together, it creates a partnership for prosperity,” he said in his opening remarks.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "partnership for prosperity")).toBe("Tavi Ormsund");
  });

  it("reads who goes with a person, an opening passive aside, and 'the official' for the official described before", () => {
    const found = statements(
      [
        "Peter Ormsund met Ilse Varnow in Tarnby on Thursday.",
        "A Norlandic official travelling with Peter Ormsund confirmed that Sudria has agreed to keep the ferries running.",
        "As noted by Varnow during the meeting, relations have remained stable on the whole.",
        "A senior Norlandic official briefed reporters after the talks.",
        "Ferry crews will resume joint drills, said the official who spoke on condition of anonymity.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "keep the ferries running")).toBe(
      "A Norlandic official travelling with Peter Ormsund",
    );
    expect(speakerAt(found, "remained stable")).toBe("Ilse Varnow");
    expect(speakerAt(found, "resume joint drills")).toBe("A senior Norlandic official");
  });

  it("gives a quotation no one is credited with the one who spoke just before, and reads a subject after a dateline", () => {
    const found = statements(
      [
        "TARNBY – President Peter Ormsund has officially been welcomed to Sudria and says his government wants closer ties with the country.",
        "President Ormsund was welcomed at the palace on Friday.",
        "“We are here not only to deepen our ties but also to remember the great leaders.”",
        "He says his visit is also to celebrate the leaders both countries have produced.",
        "“They are the two outstanding leaders of our time.”",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "wants closer ties")).toBe("Peter Ormsund");
    expect(speakerAt(found, "remember the great leaders")).toBe("Peter Ormsund");
    expect(speakerAt(found, "outstanding leaders")).toBe("Peter Ormsund");
    // Someone else named in between: nobody's.
    const other = statements(
      [
        "Peter Ormsund said his government wants closer ties.",
        "Ilse Varnow, the Sudrian foreign minister, greeted Peter Ormsund and Dana Kerrow at the airport.",
        "“They are the two outstanding leaders of our time.”",
      ].join("\n\n"),
    );
    expect(speakerAt(other, "outstanding leaders")).toBeNull();
  });

  it("gives 'Lula said' and 'Ms. von der Leyen told' the people named in full with small words inside", () => {
    const found = statements(
      [
        "European Commission President Ursula von der Leyen met Brazilian President Luiz Inácio Lula da Silva in Brasília on Monday.",
        "“We both believe that it is now the time to conclude the agreement,” Ms. von der Leyen told the press after the meeting.",
        "Lula said that he raised his concerns with procurement rules.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "now the time to conclude")).toBe("Ursula von der Leyen");
    expect(speakerAt(found, "raised his concerns")).toBe("Luiz Inácio Lula da Silva");
  });

  it("gives a quotation the one a body 'cited as saying', with the body as its channel", () => {
    const found = statements(
      [
        "Sudria's top diplomat Ilse Varnow met the envoys in Tarnby on Friday.",
        "“This is a victory for dialogue,” the Sudrian foreign ministry cited Varnow as saying at the close of the talks.",
      ].join("\n\n"),
    );
    const statement = at(found, "victory for dialogue");
    expect(statement?.data.speaker).toBe("Ilse Varnow");
    expect(statement?.data.channel).toBe("the Sudrian foreign ministry");
    // An office of the person cited is not the person.
    const office = statements(
      [
        "Sudria's top diplomat Ilse Varnow met the envoys in Tarnby on Friday.",
        "“This is a victory for dialogue,” the ministry cited Varnow's office as saying.",
      ].join("\n\n"),
    );
    expect(speakerAt(office, "victory for dialogue")).not.toBe("Ilse Varnow");
  });

  it("gives what a spokesperson says another stressed to the other, with the spokesperson as its channel", () => {
    const found = statements(
      [
        "Norland's President Karim al-Tarek met Sudrian army chief Omar al-Nasri in Tarnby on Tuesday.",
        "The official spokesperson for the Norland presidency said President al-Tarek stressed Norland's firm position to stand by Sudria.",
        "A ministry official said Nasri told Tarek that the army would protect civilians.",
      ].join("\n\n"),
    );
    const stressed = at(found, "firm position");
    expect(stressed?.data.speaker).toBe("Karim al-Tarek");
    expect(stressed?.data.channel).toBe("The official spokesperson for the Norland presidency");
    expect(speakerAt(found, "protect civilians")).toBe("Omar al-Nasri");
    // (Or named by title alone after "said that".)
    const titled = statements(
      [
        "Norland's President Karim al-Tarek met Sudrian army chief Omar al-Nasri in Tarnby on Tuesday.",
        "Presidential spokesperson Ilse Varnow said that the president praised the cooperation between the two armies.",
      ].join("\n\n"),
    );
    expect(at(titled, "praised the cooperation")?.data).toMatchObject({
      speaker: "Karim al-Tarek",
      channel: "Ilse Varnow",
    });
  });

  it("reads the last two words of a name as that person, for a title that picks by nationality", () => {
    const found = statements(
      [
        "President Ilse Varnow and Sudrian President Andrés Manuel Torres Olvera met at the palace on Tuesday.",
        "The two leaders have an at-times tense relationship. It spilled into public view last month.",
        "The talks came after a summit that the palace had hosted. Few expected much from it.",
        "“This is a relationship that matters,” Varnow said.",
        "The President said a main focus of their meeting would be the river. She spoke of the dams.",
        "Torres Olvera spoke for nearly 30 minutes about the history of the two countries.",
        "The Sudrian President acknowledged “difficult times” for both nations.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "difficult times")).toBe("Andrés Manuel Torres Olvera");
  });

  it("gives a quotation the person a caption line in brackets right above it names", () => {
    const found = statements(
      [
        "Varnow met the envoys in Tarnby on Sunday.",
        "(Dana Kerrow, a farmer from the river valley)",
        "“We hope that the talks end the drought of words. We are people who must live from the river.”",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "drought of words")).toBe("Dana Kerrow");
    // A photo's credit or caption in brackets names no speaker.
    for (const caption of [
      "(Harbour Images)",
      "(File Photo)",
      "(Ilse Varnow, left, and Tomas Orrin in Tarnby)",
    ]) {
      const credited = statements(
        [
          "Varnow met the envoys in Tarnby on Sunday.",
          caption,
          "“We hope that the talks end the drought of words. We are people who must live from the river.”",
        ].join("\n\n"),
      );
      expect(speakerAt(credited, "drought of words"), caption).toBeNull();
    }
  });

  it("gives a quotation after 'telling' someone and a colon to the teller, in the teller's own words", () => {
    const found = statements(
      [
        "President Hana Velkova met President Tomas Orrin on Friday in Port Halden for talks on migration.",
        "The two were all smiles before the press, with Velkova telling Orrin: “I couldn't have a better partner than you,” and the guest praising the host.",
        "Orrin told reporters: “We agree on a great deal.”",
        "Velkova said the talks went well: “They were friendly and useful.”",
      ].join("\n\n"),
    );
    const partner = at(found, "better partner");
    expect(partner?.span.exact).toBe("“I couldn't have a better partner than you,”");
    expect(partner?.data).toMatchObject({ speaker: "Hana Velkova", mode: "DIRECT" });
    expect(at(found, "great deal")?.span.exact).toBe("“We agree on a great deal.”");
    expect(at(found, "great deal")?.data).toMatchObject({ speaker: "Tomas Orrin", mode: "DIRECT" });
    // A quotation of someone else, introduced inside the object, is no teller's own words.
    const relayed = statements(
      "President Hana Velkova met President Tomas Orrin on Friday.\n\nVelkova told reporters Orrin had warned her: “We will never accept this outcome.”",
    );
    expect(at(relayed, "never accept")?.span.exact).toBe(
      "Velkova told reporters Orrin had warned her: “We will never accept this outcome.”",
    );
    expect(at(relayed, "never accept")?.data.mode).toBe("REPORTED");
    // What the speaker said before the colon is theirs too: the sentence stays reported.
    expect(at(found, "friendly and useful")?.span.exact).toBe(
      "Velkova said the talks went well: “They were friendly and useful.”",
    );
  });

  it("reads a reflexive between a speaker and the verb, 'pointed to', 'clarified', and agencies that say as a channel", () => {
    const found = statements(
      [
        "President Hana Velkova met President Tomas Orrin in Port Halden on Monday.",
        "In this dialogue, Velkova herself stated the need for talks between the two neighbours.",
        "Orrin pointed to Norland's support for the charter, which calls for respect of borders.",
        "Norlandic state news agencies said the two leaders visited the harbour and watched a regatta.",
        "The presidency's spokesperson, Ola Brekke, clarified that no documents were to be signed.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "no documents were to be signed")).toBe("Ola Brekke");
    expect(speakerAt(found, "need for talks")).toBe("Hana Velkova");
    expect(speakerAt(found, "support for the charter")).toBe("Tomas Orrin");
    expect(at(found, "watched a regatta")?.data).toMatchObject({
      speaker: "Norlandic state news agencies",
      channel: "Norlandic state news agencies",
    });
  });
});

describe("quotation marks and verbs that take an object", () => {
  it("reads single quotation marks as quotations where the text uses no double ones", () => {
    const body = [
      "President Hana Velkova met President Tomas Orrin in Port Halden on Monday.",
      "'The region expects that Norland and Sudria will handle the border calmly,' Velkova told him.",
      "Orrin said the two countries 'share more, not less, common interests', and the leaders' aides agreed.",
      "They 'underscored their support for the river treaty,' Sudria's ministry added.",
    ].join("\n\n");
    const found = statements(body);
    const direct = at(found, "The region expects");
    expect(direct?.data).toMatchObject({ mode: "DIRECT", speaker: "Hana Velkova" });
    // The span is the page's own words, single marks and all.
    expect(direct?.span.exact).toBe(
      "'The region expects that Norland and Sudria will handle the border calmly,'",
    );
    expect(body.slice(direct?.span.start, direct?.span.end)).toBe(direct?.span.exact);
    // A plural's possessive ("the leaders' aides") closes nothing; a quotation inside a sentence stays reported.
    expect(at(found, "share more")?.data).toMatchObject({ mode: "REPORTED", speaker: "Tomas Orrin" });
    expect(at(found, "underscored their support")?.data.mode).toBe("DIRECT");
    // Where double marks quote, single ones are quotations within them, and apostrophes stay apostrophes.
    const nested = statements(
      "President Hana Velkova met President Tomas Orrin on Monday.\n\n“Orrin told me 'never again',” Velkova said. Orrin's aides said nothing.",
    );
    expect(at(nested, "never again")?.span.exact).toBe("“Orrin told me 'never again',”");
  });

  it("gives a verb that takes an object the subject before it, not what follows it", () => {
    const found = statements(
      [
        "PORT HALDEN — Sudrian President Tomas Orrin is on a risky visit to Port Halden, where he met President Hana Velkova on Wednesday at the palace, thanked the U.N. for its support and pleaded for more aid.",
        "“We are grateful,” said Velkova after the talks.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "thanked the U.N.")).toBe("Tomas Orrin");
    expect(speakerAt(found, "We are grateful")).toBe("Hana Velkova");
  });
});

describe("an attribution that closes the sentence", () => {
  it("is the speaker's, and the person it reports is spoken of", () => {
    const found = statements(
      [
        "Harbour Union President Ursula Brekke met President Hana Velkova and President Tomas Orrin in Port Halden.",
        '"It was interesting to hear that President Orrin reiterated his willingness to talk," Brekke said.',
        'Orrin said a conversation could happen when the "conditions and time are right", she added.',
        "Orrin expressed willingness to speak to Velkova, the head of the Harbour Union said on Thursday.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "conditions and time")).toBe("Ursula Brekke");
    // A pronoun that opens the main clause after a clause of time is that clause's person's.
    const opening = statements(
      "Harbour Union President Ursula Brekke met President Hana Velkova and President Tomas Orrin.\n\nWhen Hana Velkova met Tomas Orrin, she said the talks were hard.",
    );
    expect(speakerAt(opening, "talks were hard")).toBe("Hana Velkova");
    const relayed = at(found, "willingness to speak");
    expect(relayed?.data.speaker).toBe("Ursula Brekke");
    expect(relayed?.span.exact).toBe("Orrin expressed willingness to speak to Velkova");
  });
});

describe("a subject after the word that opens its clause", () => {
  it("is the speaker, not the clause's opening words", () => {
    const found = statements(
      [
        "Hana Velkova met Sudrian President Tomas Orrin in Port Halden.",
        'Velkova has met Orrin for the last time as minister, where the Sudrian president said he is "ready to work" with her successor.',
      ].join("\n\n"),
    );
    const statement = at(found, "ready to work");
    expect(statement?.data.speaker).toBe("Tomas Orrin");
    expect(statement?.span.exact.startsWith("the Sudrian president said")).toBe(true);
  });
});

describe("the former and the latter", () => {
  it("are the first and the second of the two people named last", () => {
    const found = statements(
      [
        "Norlandic President Hana Velkova on Friday met her Sudrian counterpart, Tomas Orrin, in Port Halden, where the latter underlined that relations would play a key role.",
        "Hana Velkova and Tomas Orrin spoke at length. The former said the talks were useful.",
      ].join("\n\n"),
    );
    const latter = at(found, "key role");
    expect(latter?.data.speaker).toBe("Tomas Orrin");
    expect(latter?.span.exact).toBe("the latter underlined that relations would play a key role");
    expect(speakerAt(found, "talks were useful")).toBe("Hana Velkova");
  });
});

describe("quotations and subjects as press copy prints them", () => {
  it("pairs a straight mark with the curly one that closes it, so that each quotation keeps its speaker", () => {
    const found = statements(
      '"Ours is truly a river partnership. For that, Madam Minister, I thank you," Velkova said. "Now our two countries are building a stronger partnership than ever before.”',
    );
    const first = at(found, "Ours is truly");
    expect(first?.data).toMatchObject({ speaker: "Velkova", mode: "DIRECT" });
    expect(first?.span.exact).not.toContain("Now our two");
    expect(speakerAt(found, "Now our two countries")).toBe("Velkova");
  });

  it("reads 'the official said' after a name as the official's words, not the name's", () => {
    const found = statements(
      [
        "Velkova talked extensively with Orrin about the river, a senior Norlandic official said.",
        "Those works included a dam during the inauguration of Sudrian President Ivo Brandt, the official said.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "included a dam")).toBe("the official");
    const later = statements(
      [
        "Velkova talked extensively with Orrin about the river, a senior Norlandic official said.",
        "Those works included a dam during the inauguration of Sudrian President Ivo Brandt, the official said on Tuesday.",
      ].join("\n\n"),
    );
    expect(speakerAt(later, "included a dam")).toBe("the official");
  });

  it("gives a paragraph that is a quotation alone to the one who spoke in the sentence right before, though it names the one told", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Monday.",
        'Ms Velkova told Mr Orrin the two countries had "worked" out some problems and that she wanted to continue the partnership.',
        '"I\'m heartened to see that a healthy and stable relationship serves the common interests of our two countries."',
      ].join("\n\n"),
    );
    expect(speakerAt(found, "heartened")).toBe("Hana Velkova");
  });

  it("takes the name in apposition before the verb, not the name that ends the opening phrase", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Saturday.",
        "During her meeting with Orrin, Velkova, also a member of the Norlandic Council of State, said that the teams of the two sides had held talks.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "teams of the two sides")).toBe("Hana Velkova");
  });

  it("reads no pronoun against a link to another story between a quotation and its speaker", () => {
    const found = statements(
      [
        'At the guesthouse, Chancellor Ivo Brandt said he aimed to discuss "how we can contribute more to a just peace."',
        "Read next: Norland, Sudria key to river security, crisis solution: Tomas Orrin",
        '"They directly affect our core interests," he said.',
      ].join("\n"),
    );
    expect(speakerAt(found, "core interests")).toBe("Ivo Brandt");
  });
  it("gives two people named before an apposition their words together, and 'They' after them the pair", () => {
    const found = statements(
      [
        "Prime Minister Hana Velkova met President Tomas Orrin in Port Halden on Friday for talks.",
        "After a meeting at the palace, Velkova and Tomas Orrin, the Sudrian president, said they had agreed joint funding for more river patrols. They said they were aiming to stop the smugglers.",
        "After the talks at the palace, Tomas Orrin, the Sudrian president, said the funding was welcome.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "joint funding")).toBe("Hana Velkova and Tomas Orrin");
    expect(speakerAt(found, "stop the smugglers")).toBe("Hana Velkova and Tomas Orrin");
    // An opening phrase before the name is no quotation of it when a clause follows the verb.
    expect(at(found, "After the talks at the palace")).toBeUndefined();
    expect(speakerAt(found, "funding was welcome")).toBe("Tomas Orrin");
    const more = statements(
      [
        "Prime Minister Hana Velkova met President Tomas Orrin in Port Halden on Friday for talks.",
        // (A word that opens the sentence is no title of the pair's.)
        "But Velkova and Orrin said the deal was good.",
        // (A clause of circumstance after the verb leaves what came first said.)
        "Relations between the two countries are improving, Tomas Orrin, the Sudrian president, said, adding that talks would continue.",
      ].join("\n\n"),
    );
    expect(speakerAt(more, "the deal was good")).toBe("Hana Velkova and Tomas Orrin");
    expect(at(more, "Relations between the two countries are improving")?.data.speaker).toBe("Tomas Orrin");
  });

  it("takes a quotation opened after the verb's colon and left open to its paragraph's end as the speaker's own words", () => {
    const found = statements(
      [
        "Prime Minister Hana Velkova met President Tomas Orrin in Port Halden on Friday for talks.",
        "Asked if Velkova had persuaded him, Orrin said: “She tried. She was working hard, I’ll tell you that.",
        "Advertisement",
        "The two leaders then held a press conference.",
      ].join("\n\n"),
    );
    const quotation = at(found, "She was working hard");
    expect(quotation?.span.exact).toBe("“She tried. She was working hard, I’ll tell you that.");
    expect(quotation?.data).toMatchObject({ speaker: "Tomas Orrin", mode: "DIRECT" });
    // (After a comma too.)
    const comma = statements(
      [
        "Prime Minister Hana Velkova met President Tomas Orrin in Port Halden on Friday for talks.",
        "Asked about the talks, Orrin said, “She tried. She was working hard, I’ll tell you that.",
        "The two leaders then held a press conference.",
      ].join("\n\n"),
    );
    expect(at(comma, "She was working hard")?.span.exact).toBe(
      "“She tried. She was working hard, I’ll tell you that.",
    );
  });
  it("reads a description qualified by a country, a medium quoted by another and a relaying agency as speakers", () => {
    const found = statements(
      [
        "Norland and Sudria on Friday agreed to resume relations, news agency Harbour Wire reported.",
        "A senior security official of Norland said the agreement had been endorsed by the president.",
        "The Harbour Courier quoted Sudrian state television as saying that “the two foreign ministers will meet soon.”",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "resume relations")).toBe("news agency Harbour Wire");
    expect(speakerAt(found, "endorsed by the president")).toBe("A senior security official of Norland");
    expect(at(found, "will meet soon")?.data).toMatchObject({
      speaker: "Sudrian state television",
      channel: "The Harbour Courier",
    });
    // Words no one is named for are the channel's that gives them.
    const given = statements(
      [
        "Norland and Sudria agreed to resume relations on Friday.",
        "“The delegations from the two countries held talks during the week in Port Halden,” the Norland Press Agency said.",
      ].join("\n\n"),
    );
    expect(speakerAt(given, "held talks during the week")).toBe("Norland Press Agency");
    // "…, the broadcaster reported, citing Orrin as saying": the one cited speaks, through the broadcaster.
    const cited = statements(
      [
        "President Tomas Orrin met Prime Minister Hana Velkova in Port Halden on Saturday.",
        "Sudria is willing to enhance cooperation with Norland in mining, the broadcaster reported, citing Orrin as saying.",
      ].join("\n\n"),
    );
    expect(at(cited, "enhance cooperation")?.data).toMatchObject({
      speaker: "Tomas Orrin",
      channel: "the broadcaster",
    });
    // A document or an audience is no one who speaks.
    const unnamed = statements(
      [
        "Norland and Sudria agreed to resume relations on Friday.",
        "“The delegations from the two countries held talks during the week in Port Halden,” a statement from Velkova's office said.",
        "Later, speaking to reporters in Geneva: “We made real progress on every one of the issues before us today.”",
      ].join("\n\n"),
    );
    expect(speakerAt(unnamed, "held talks during the week")).not.toBe("a statement from Velkova's office");
    expect(speakerAt(unnamed, "real progress") ?? "").not.toMatch(/speaking/u);
  });

  it("puts a short quotation and a clause before 'said' with the day first, a transcript's name with its post and a sentence run on after a closed quotation where they belong", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Monday.",
        '"I like him," Velkova said after the meeting, which took place away from the cameras.',
        "Norland will take all possible steps to aid Sudria, Orrin said Monday after meeting behind closed doors with his counterpart.",
      ].join("\n\n"),
    );
    expect(at(found, "I like him")?.span.exact).toBe('"I like him,"');
    expect(at(found, "I like him")?.data).toMatchObject({ mode: "DIRECT", speaker: "Hana Velkova" });
    expect(at(found, "all possible steps")?.span.exact).toBe(
      "Norland will take all possible steps to aid Sudria",
    );
    expect(speakerAt(found, "all possible steps")).toBe("Tomas Orrin");
    // A name in capitals with its post opens a transcript's turn; the post alone labels that person's later
    // turns, and a journalist's question is nobody's statement.
    const turns = statements(
      [
        "PORT HALDEN, Oct. 22 -- The Prime Minister of Norland issued the following media release:",
        "HANA VELKOVA, PRIME MINISTER: Thanks for joining us. It has been fantastic to be here in Port Halden.",
        "JOURNALIST: Prime Minister, what did you agree?",
        "PRIME MINISTER: We agreed on the river, and it was a great day for both our countries.",
      ].join("\n\n"),
    );
    expect(speakerAt(turns, "Thanks for joining us")).toBe("Hana Velkova");
    expect(speakerAt(turns, "agreed on the river")).toBe("Hana Velkova");
    expect(at(turns, "what did you agree")).toBeUndefined();
    // A dateline in capitals with its country is no name with a post.
    const dated = statements(
      "PORT HALDEN, NORLAND: The two leaders met on Monday and said the talks on the river had gone well.",
    );
    expect(dated.every((c) => c.data.speaker !== "PORT HALDEN")).toBe(true);
    // "…not about him.”He said …": two sentences, the second with its own speaker.
    const glued = statements(
      "Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Monday. Orrin called the talks “very good, with no talk of him.”Velkova said she also met the river commission.",
    );
    expect(speakerAt(glued, "met the river commission")).toBe("Hana Velkova");
    expect(at(glued, "met the river commission")?.span.exact).not.toMatch(/very good/u);
  });

  it("gives a person's words a closing body as their channel, and a clause said 'when …' its speaker", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Monday.",
        "Velkova, speaking to Orrin on the sidelines of the river summit in Lindby, said she believed a fair deal suiting both sides was possible, the Norland presidency said.",
        "As long as the two countries stick to this direction, relations can grow steadily, Orrin said when the two met in the port city of Lindby ahead of the river summit.",
      ].join("\n\n"),
    );
    expect(at(found, "fair deal")?.data).toMatchObject({
      speaker: "Hana Velkova",
      channel: "the Norland presidency",
    });
    expect(at(found, "grow steadily")?.span.exact).toBe(
      "As long as the two countries stick to this direction, relations can grow steadily",
    );
    expect(speakerAt(found, "grow steadily")).toBe("Tomas Orrin");
  });

  it("takes a body of another country's for no stored body of the same words", () => {
    const known = [
      {
        id: "mfa",
        name: "Ministry of Foreign Affairs of Norland",
        kind: "ORGANIZATION" as const,
        aliases: ["ministry of foreign affairs of norland", "norland foreign ministry", "foreign ministry"],
      },
      { id: "sudria", name: "Sudria", kind: "COUNTRY" as const, aliases: ["sudria"] },
    ];
    const found = extractCandidates(
      "Sudria’s Foreign Ministry described the talks as “friendly and constructive.” Norland’s Foreign Ministry called them useful.",
      known,
      vocabulary,
      null,
      null,
    );
    const said = found.filter((c) => c.kind === "STATEMENT");
    expect(at(said, "friendly and constructive")?.data.speaker).toBe("Sudria’s Foreign Ministry");
    expect(at(said, "called them useful")?.data.speaker).toBe("Ministry of Foreign Affairs of Norland");
  });
});

describe("a quotation after a circumstance and its comma", () => {
  it("is the speaker's own words", () => {
    const found = statements(
      "Velkova met Orrin in Port Halden on Monday. Velkova said at the start of their meeting, “In recent times, after mutual efforts, our ties have shown a recovery.”",
    );
    const statement = at(found, "In recent times");
    expect(statement?.data.mode).toBe("DIRECT");
    expect(statement?.span.exact).toBe(
      "“In recent times, after mutual efforts, our ties have shown a recovery.”",
    );
    expect(statement?.data.speaker).toBe("Velkova");
    // (A comma that ends no circumstance keeps the words reported: "said at the talks that …".)
    const reported = statements(
      "Velkova said at the talks that the river would stay “open to all barges, whatever their flag” for years.",
    );
    expect(at(reported, "open to all")?.data.mode).toBe("REPORTED");
    // (Nor a circumstance with a clause or another's speech in it.)
    const clause = statements(
      "Velkova said after the talks that relations were, in her words, “on a path to a full recovery at last.”",
    );
    expect(at(clause, "on a path")?.data.mode).toBe("REPORTED");
    const other = statements(
      "Velkova said as Orrin told reporters, “We will not close the river to barges.”",
    );
    expect(
      other.some((c) => c.span.exact.startsWith("“We will not close") && c.data.speaker === "Velkova"),
    ).toBe(false);
  });
});

describe("an attribution between commas, a passive with its adverb, and a title by its letters", () => {
  it("gives the sentence to the person whose attribution it sets off", () => {
    const found = statements(
      "Foreign Minister Hana Velkova briefed reporters. Premier Tomas Orrin asked additional questions, Velkova said, and was grateful for the input.",
    );
    expect(speakerAt(found, "asked additional questions")).toBe("Hana Velkova");
    // (Only a verb that reports, before a verb that goes on with the sentence's subject.)
    const replied = statements(
      "Foreign Minister Hana Velkova met Premier Tomas Orrin in Lindby. Velkova asked about the dam, Orrin replied, and the talks ran late.",
    );
    expect(speakerAt(replied, "asked about the dam")).toBe("Hana Velkova");
  });

  it("takes no subject of a passive verb for a speaker, an adverb between", () => {
    const found = statements(
      "Tensions were further highlighted last week when Sudria expressed “deep disappointment” over the visits.",
    );
    expect(speakerAt(found, "deep disappointment")).toBe("Sudria");
    // (A verb in "-ing" after "was" and its adverb is said all the same.)
    const insisting = statements(
      "Foreign Minister Hana Velkova met Premier Tomas Orrin in Lindby. Velkova was still insisting that the border would reopen.",
    );
    expect(speakerAt(insisting, "still insisting")).toBe("Hana Velkova");
  });

  it("gives a quotation after a colon to the sentence's subject, not the one met", () => {
    const found = statements(
      [
        "Norland's Foreign Minister Hana Velkova met Sudrian Premier Tomas Orrin in Port Halden.",
        "Velkova made similar remarks the day before in Lindby at a meeting with Premier Ivo Brandt: “Norland firmly believes that no dispute over the river can be solved by force.”",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "firmly believes")).toBe("Hana Velkova");
    // (The last subject before the colon: "…, and Velkova went further: “…”".)
    const further = statements(
      "Foreign Minister Hana Velkova met Premier Tomas Orrin in Lindby. Orrin opened the session, and Velkova went further: “Norland will never accept a border drawn by force.”",
    );
    expect(speakerAt(further, "never accept a border")).toBe("Hana Velkova");
  });

  it("gives a quotation set apart to the name on the line under it", () => {
    const found = statements(
      [
        "President Anna Kessel met Premier Tomas Brandvik in Lindby.",
        "“We are in a hurry to resume relations with Sudria and with all of the river towns. Our ministers have to talk more.”",
        "Anna Kessel, President of Norland",
        "The talks went on into the evening.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "We are in a hurry")).toBe("Anna Kessel");
  });

  it("reads a title written by its letters as the title", () => {
    const found = statements(
      "Prime Minister Tomas Orrin met Norland's Foreign Minister Hana Velkova in Port Halden. The PM said an investment of five billion euros had been worked on.",
    );
    expect(speakerAt(found, "an investment of five billion")).toBe("Tomas Orrin");
  });

  it("reads quotations in guillemets and low-high marks, and a speaker set off by dashes", () => {
    const found = statements(
      [
        "Prime Minister Tomas Orrin met Norland's Foreign Minister Hana Velkova in Port Halden on Monday.",
        "«Norland and Sudria share one vision of the river» – said Hana Velkova – «and we will keep it».",
        "„We are neighbours and friends“, Orrin said.",
      ].join("\n\n"),
    );
    const vision = at(found, "share one vision");
    expect(vision?.span.exact).toBe("«Norland and Sudria share one vision of the river»");
    expect(vision?.data.speaker).toBe("Hana Velkova");
    expect(vision?.data.mode).toBe("DIRECT");
    expect(speakerAt(found, "neighbours and friends")).toBe("Tomas Orrin");
  });

  it("gives what one was quoted by a medium as saying to the one quoted, with the medium as the channel", () => {
    const found = statements(
      [
        "Prime Minister Tomas Orrin met Norland's Foreign Minister Hana Velkova in Port Halden on Monday.",
        "Orrin was quoted by the state news agency Halden Press as saying Sudria was ready to scale up supplies.",
      ].join("\n\n"),
    );
    const quoted = at(found, "ready to scale up");
    expect(quoted?.data.speaker).toBe("Tomas Orrin");
    expect(quoted?.data.channel).toBe("the state news agency Halden Press");
  });

  it("reads a statement slammed, disclosed or assured as said", () => {
    const found = statements(
      [
        "Prime Minister Tomas Orrin met Norland's Foreign Minister Hana Velkova in Port Halden on Monday.",
        "Orrin slammed the strikes as a disproportionate use of force.",
        "Velkova disclosed the three new memorandums would strengthen river cooperation.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "disproportionate use of force")).toBe("Tomas Orrin");
    expect(speakerAt(found, "three new memorandums")).toBe("Hana Velkova");
  });
});

describe("a speaker called by a given name, and a circumstance between a subject and its verb", () => {
  it("reads the given name of one never called by the last word alone as that person, through a phrase of circumstance", () => {
    const found = statements(
      [
        "Norland and Sudria have agreed to elevate ties, says Prime Minister Peter Halvorsen.",
        "Peter in a joint press statement with President Ivo Dorn here yesterday, said the move reflected strong mutual trust.",
        "“..and therefore, we realise that friendship alone is inadequate in this world.",
        "“So thank you, for agreeing to enhance our cooperation, I must state that this is rare,” he said.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "the move reflected")).toBe("Peter Halvorsen");
    expect(speakerAt(found, "I must state")).toBe("Peter Halvorsen");
    // One called by the last word too is never called by the given name: "Peter" is someone else.
    const other = statements(
      "President Peter Halvorsen met Dorn. Halvorsen said talks went well. Peter said he was tired.",
    );
    expect(speakerAt(other, "talks went well")).toBe("Peter Halvorsen");
    expect(speakerAt(other, "he was tired")).not.toBe("Peter Halvorsen");
  });
});

describe("a quotation closed by two curly apostrophes, and a position defended", () => {
  it("reads '’’' as a closing mark, and 'defended his' as speaking, not 'defended the border'", () => {
    const body =
      '"It was great to have met Ivo Dorn at the summit. Norland and Sudria will keep working for a cleaner river,’’ said PM Lind.';
    const found = statements(body);
    const quote = at(found, "It was great");
    // (The title's letters announce the name: the speaker is the person, Lind.)
    expect(quote?.data).toMatchObject({ speaker: "Lind", mode: "DIRECT" });
    // The span takes in both apostrophes, and is the page's own slice.
    expect(quote?.span.exact.endsWith("river,’’")).toBe(true);
    expect(body.slice(quote?.span.start, quote?.span.end)).toBe(quote?.span.exact);
    const defended = statements(
      'Dorn again defended his decision not to vote on the motion.\n\n"We would like dialogue to underpin our engagement on this matter."\n\nTroops defended the border for days.',
    );
    expect(speakerAt(defended, "decision not to vote")).toBe("Dorn");
    expect(speakerAt(defended, "We would like dialogue")).toBe("Dorn");
    expect(at(defended, "the border")).toBeUndefined();
  });
});

describe("a courtesy call", () => {
  it("says nothing, while a call on someone to do something does", () => {
    const found = statements(
      "Dorn called on President Ivo Lind, was hosted to an official lunch, and toured the gardens. Dorn called on Lind to release the prisoners.",
    );
    expect(at(found, "official lunch")).toBeUndefined();
    expect(speakerAt(found, "release the prisoners")).toBe("Dorn");
    const urged = statements(
      "Dorn called on Norland and Sudria to agree a ceasefire. Lind called on Sudria on Tuesday to withdraw its ships.",
    );
    expect(speakerAt(urged, "agree a ceasefire")).toBe("Dorn");
    expect(speakerAt(urged, "withdraw its ships")).toBe("Lind");
    expect(at(statements("Sudrian troops defended their positions for days."), "positions")).toBeUndefined();
    // (A call on a title after "the" and a word of office, then the name.)
    const acting = statements(
      "Norland’s Deputy Prime Minister/Foreign Minister, Senator Tomas Orrin called on the acting Sudrian Prime Minister, Ana Lind on Saturday in Lindby.",
    );
    expect(acting.filter((c) => c.kind === "STATEMENT")).toEqual([]);
    // (A call on others after "the" with a purpose past their names urges.)
    expect(
      speakerAt(
        statements("Dorn called on the United States, China and Russia to show restraint."),
        "restraint",
      ),
    ).toBe("Dorn");
    expect(
      speakerAt(
        statements("Dorn called on the Sudrian President Ana Lind to release the prisoners."),
        "release",
      ),
    ).toBe("Dorn");
  });
});

describe("a counterpart's post, and one who speaks for another named after a comma", () => {
  it("gives a counterpart the post of the one named before, so that 'the Sudrian PM' is the counterpart", () => {
    const found = statements(
      "Prime Minister Ivo Brandt has met with his Sudrian counterpart Tomas Orrin in Lindby today. Brandt said the talks were good. The Sudrian PM suggested a slight tweak to the five-year rule, prompting a smile from Brandt.",
    );
    expect(speakerAt(found, "Brandt said the talks")).toBe("Ivo Brandt");
    expect(speakerAt(found, "The Sudrian PM suggested")).toBe("Tomas Orrin");
    // (The post of the sentence's subject, not of one named in an aside.)
    const aside = statements(
      "Prime Minister Ivo Brandt, accompanied by Trade Minister Ana Krel, has met with his Sudrian counterpart Tomas Orrin in Lindby. Brandt said the talks were good. The Sudrian PM suggested a tweak.",
    );
    expect(speakerAt(aside, "The Sudrian PM suggested")).toBe("Tomas Orrin");
  });

  it("reads the name after a spokesman's comma as the speaker, with a circumstance between the commas", () => {
    const found = statements(
      "Velkova will meet Orrin on Tuesday. Presidential spokesman, Bayo Osara, in a statement released on Sunday, said Velkova and Orrin would hold discussions on trade.",
    );
    expect(speakerAt(found, "in a statement released")).toBe("Bayo Osara");
  });
});

describe("a guest welcomed after a word of his coming or his office, and the page's own question", () => {
  it("takes neither as a statement; a welcome of something is one", () => {
    const found = statements(
      [
        "Norland's Foreign Minister Hana Velkova welcomed newly-elected Sudrian President Tomas Orrin in Lindby on Monday for a constructive discussion.",
        "Velkova had earlier welcomed visiting Prime Minister Ivo Dorn at the airport.",
        "What did Velkova and Orrin say on river cooperation?",
        "Velkova welcomed new investment from Sudria.",
      ].join("\n\n"),
    );
    expect(found.map((c) => c.span.exact)).toEqual(["Velkova welcomed new investment from Sudria"]);
  });
});

describe("a nationality's title without its article, a counterpart who speaks along, and an 'according to' of a post", () => {
  it("gives 'Sri Lankan president' and the 'he' after it to the president of that nationality", () => {
    const found = statements(
      [
        "President Ivo Brandt and his Sri Lankan counterpart Tomas Orrin Saturday agreed to work together.",
        "President Brandt welcomed the visiting dignitary and said his visit reflected the close ties.",
        "Sri Lankan president also expressed his gratitude and said it was a matter of pleasure for him.",
        "He said they considered Norland a real friend.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "matter of pleasure")).toBe("Tomas Orrin");
    expect(speakerAt(found, "real friend")).toBe("Tomas Orrin");
  });

  it("gives what one and his counterpart expressed to both, not to the counterpart alone", () => {
    const found = statements(
      "Prime Minister Ivo Brandt and his Sudrian counterpart Tomas Orrin on Tuesday expressed their desire to intensify the dialogue.",
    );
    expect(at(found, "desire to intensify")?.span.exact).toMatch(/^Prime Minister Ivo Brandt and his/u);
    expect(speakerAt(found, "desire to intensify")).toBe("Prime Minister Ivo Brandt and Tomas Orrin");
  });

  it("gives 'according to' the person named after a post or a description, or titled so", () => {
    const found = statements(
      [
        "Chancellor Hana Velkova of Norland met President Ivo Brandt of Sudria on Saturday.",
        "Velkova received the visiting president at her office at 11:15 am, according to her Assistant Press Secretary Lena Okafor.",
        "The two sides discussed trade, according to her press secretary, Tomas Orrin.",
        "Norland has always been a priority, according to the Sudrian president.",
        "The talks ran late, according to a spokesman for Ivo Brandt.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "visiting president")).toBe("Lena Okafor");
    expect(speakerAt(found, "discussed trade")).toBe("Tomas Orrin");
    expect(speakerAt(found, "always been a priority")).toBe("Ivo Brandt");
    expect(speakerAt(found, "ran late")).toBe("a spokesman for Ivo Brandt");
  });

  it("gives each of two speakers in one sentence their own words", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova held talks with her Sudrian counterpart Tomas Orrin on Monday.",
        "Velkova later told reporters 'the chemistry was pretty good' while Orrin said, \"We discussed all the issues. We had a very positive frame of mind.\"",
        "Velkova said the lunch was long, and Orrin said it was short.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "chemistry")).toBe("Hana Velkova");
    expect(at(found, "chemistry")?.span.exact).not.toMatch(/discussed/u);
    expect(speakerAt(found, "We discussed all")).toBe("Tomas Orrin");
    expect(speakerAt(found, "lunch was long")).toBe("Hana Velkova");
    expect(speakerAt(found, "was short")).toBe("Tomas Orrin");
  });

  it("takes what comes before 'X said, adding …' or 'X said, in order to …' as what was said", () => {
    const found = statements(
      [
        "President Ivo Brandt met Chancellor Hana Velkova on Monday.",
        "Relations should be enhanced, Brandt said, adding that peace matters.",
        "Coordination on regional affairs should also be improved, Brandt said, in order to jointly contribute to peace.",
      ].join("\n\n"),
    );
    expect(at(found, "Relations should")?.span.exact).toBe("Relations should be enhanced");
    expect(at(found, "Coordination on")?.span.exact).toBe(
      "Coordination on regional affairs should also be improved",
    );
  });
});

describe("a paragraph of someone's words under 'X said:', set apart without quotation marks", () => {
  it("is theirs, and a paragraph of narration after it is no one's", () => {
    const found = statements(
      [
        "Prime Minister Ivo Brandt has held talks with Chancellor Hana Velkova in Port Halden.",
        "The PM said:",
        "I want Norland to be a positive player in the region. I want us to work together to achieve economic stability.",
        "The two leaders also discussed the river border and the prospect of further trade talks.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "positive player")).toBe("Ivo Brandt");
    expect(at(found, "positive player")?.data.mode).toBe("DIRECT");
    expect(at(found, "river border")).toBeUndefined();
  });
});

describe("what someone observed that …", () => {
  it("is their statement; a minute's silence observed is none", () => {
    const found = statements(
      "President Ivo Brandt met Chancellor Hana Velkova on Monday. Velkova observed that the talks had been useful. The two leaders observed a minute of silence for the flood's victims.",
    );
    expect(speakerAt(found, "talks had been useful")).toBe("Hana Velkova");
    expect(at(found, "minute of silence")).toBeUndefined();
  });
});

describe("a closing attribution with its day alone, then the outlet that relays it", () => {
  it("takes what came before as said, and the outlet as the channel", () => {
    const found = statements(
      "President Ivo Brandt spoke with his Sudrian counterpart Hana Velkova on the sidelines of the summit in Port Halden, presidential spokesman Tomas Orrin said Sunday, Lakeside Wire reported.",
    );
    const statement = at(found, "spoke with his Sudrian counterpart");
    expect(statement?.span.exact).toBe(
      "President Ivo Brandt spoke with his Sudrian counterpart Hana Velkova on the sidelines of the summit in Port Halden",
    );
    expect(statement?.data.speaker).toBe("Tomas Orrin");
    expect(statement?.data.channel).toBe("Lakeside Wire");
  });
});

describe("a title before a name and an office in apposition after it", () => {
  it("both stand for the person: a later 'the Crown Prince' or 'the Foreign Minister' is them", () => {
    const found = statements(
      [
        "Port Halden: Sheikh Sabah Khalid Al Hamad Al Mubarak Al Sabah, Crown Prince of the State of Norland received at the palace today Sayyid Badr bin Hamad Al Busaidi, Foreign Minister who is on an official visit to Norland.",
        "The Foreign Minister conveyed greetings and best wishes of the Sultan to the Emir.",
        "On his turn, the Crown Prince conveyed greetings and best wishes of the Emir to the Sultan.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "of the Sultan to the Emir")).toBe("Badr bin Hamad Al Busaidi");
    expect(speakerAt(found, "of the Emir to the Sultan")).toBe("Sabah Khalid Al Hamad Al Mubarak Al Sabah");
  });
});

describe("an adverb between a speaker and the verb", () => {
  it("keeps the speaker ('Okafor only noted that …', 'Brandt just said …')", () => {
    const found = statements(
      "President Ivo Brandt met President Lena Okafor in Port Halden. Okafor only noted that we must accept diversity within the forum. Brandt just said the talks had gone well.",
    );
    expect(speakerAt(found, "accept diversity")).toBe("Lena Okafor");
    expect(speakerAt(found, "gone well")).toBe("Ivo Brandt");
  });
});

describe("a body's press service, and a title alone as the subject", () => {
  it("gives the press service's words to its body, and a bare 'PM' or 'President' to the one so titled", () => {
    const found = statements(
      [
        "Prime Minister Ivo Brandt held talks with Sudrian President Lena Okafor on Monday.",
        "“A number of international topics were touched upon,” the Kremlin’s press service said following the conversation.",
        "PM conveyed his best wishes for Sudria’s presidency of the forum and assured it of Norland’s support.",
        "President said the talks were useful.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "international topics")).toBe("Kremlin");
    expect(at(found, "international topics")?.data.channel).toBe("the Kremlin’s press service");
    expect(speakerAt(found, "best wishes")).toBe("Ivo Brandt");
    expect(speakerAt(found, "talks were useful")).toBe("Lena Okafor");
  });
});

describe("speaking to reporters, before or after the attribution", () => {
  it("is no part of what was said", () => {
    const found = statements(
      [
        "President Ivo Brandt met President Lena Okafor on Monday.",
        "Speaking to reporters after the talks, Brandt said they were useful.",
        "The lunch was long, Okafor said, speaking to reporters after the meeting.",
      ].join("\n\n"),
    );
    expect(at(found, "were useful")?.span.exact).toBe("Brandt said they were useful");
    expect(at(found, "lunch was long")?.span.exact).toBe("The lunch was long");
    expect(at(found, "lunch was long")?.data.channel).toBe("speaking to reporters after the meeting");
  });
});

describe("an audience's time and place", () => {
  it("end the channel before the clause's 'and said'", () => {
    const found = statements(
      "President Ivo Brandt met President Lena Okafor on Monday. Brandt spoke to reporters after the talks and said they were useful.",
    );
    expect(at(found, "were useful")?.data.channel).toBe("spoke to reporters after the talks");
  });
});

describe("a long phrase of where and when after a closing attribution", () => {
  it("leaves what came before as said; after an opening phrase, what follows the verb is", () => {
    const found = statements(
      [
        "President Ivo Brandt met President Lena Okafor in Port Halden.",
        "Norland is ready to return to the river deal, but it is important to fulfil its priorities, Norland's President Ivo Brandt said at a press conference after talks with Sudrian President Lena Okafor in Port Halden.",
        "After the talks in Port Halden on Monday, Okafor said on Monday in the capital the ties between the two countries went well.",
      ].join("\n\n"),
    );
    expect(at(found, "river deal")?.span.exact).toBe(
      "Norland is ready to return to the river deal, but it is important to fulfil its priorities",
    );
    expect(at(found, "ties between")?.span.exact).toMatch(/^Okafor said on Monday/u);
  });
});

describe("who relays whom at a sentence's end", () => {
  it("gives the words to the one quoted or reporting, and the outlet that passes them on is the channel", () => {
    const found = statements(
      [
        "Foreign Minister Ivo Brandt held talks with his counterpart Tomas Orrin in Port Halden on Sunday.",
        "“The border is the core of our core interests,” Norland state media quoted Orrin as having told Brandt.",
        "Brandt held “frank and constructive” talks with Orrin on Sunday, the Sudrian foreign ministry reported, according to Reuters.",
        "Brandt and Orrin discussed river trade, the press service of the President of Norland says, Trend reports.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "core interests")).toBe("Tomas Orrin");
    expect(at(found, "core interests")?.data.channel).toBe("Norland state media");
    expect(speakerAt(found, "frank and constructive")).toBe("the Sudrian foreign ministry");
    expect(at(found, "frank and constructive")?.data.channel).toBe("Reuters");
    expect(at(found, "frank and constructive")?.span.exact).toBe(
      "Brandt held “frank and constructive” talks with Orrin on Sunday",
    );
    expect(speakerAt(found, "river trade")).toBe("the press service of the President of Norland");
    expect(at(found, "river trade")?.data.channel).toBe("Trend");
    expect(at(found, "river trade")?.span.exact).toBe("Brandt and Orrin discussed river trade");
  });
});

describe("a pronoun's person when the text's pronouns and a first name's usual gender disagree", () => {
  it("follows the text: a family name first may read as a woman's given name", () => {
    const found = statements(
      [
        "North Korean leader Kim Sung Ho and South Korean President Tomas Orrin met in Lindby on Wednesday.",
        "The South Korean president said the two states have agreed on measures to ease tensions on the river.",
        "Kim Sung Ho also told reporters at a joint news conference with his South Korean counterpart that “the Lindby declaration will open a new era.”",
        "He described the talks as “very substantive.”",
      ].join("\n"),
    );
    expect(speakerAt(found, "very substantive")).toBe("Kim Sung Ho");
  });
});

describe("a clause opened by a preposition and 'which'", () => {
  it("leaves the opening words out of the speaker", () => {
    const found = statements(
      "Prime Minister Ivo Brandt had a meeting with President Lena Okafor on July 13 in Lindby, during which the Sudrian President affirmed that Sudria attaches much importance to the river.",
    );
    expect(speakerAt(found, "attaches much importance")).toBe("Lena Okafor");
    // ("which" alone opens no clause of someone's words: the gases are not what scientists said.)
    const gases = statements(
      "Brandt and Okafor discussed cuts in the gases which many scientists say cause the river to warm.",
    );
    expect(speakerAt(gases, "cause the river")).toBeNull();
  });
});

describe("'according to the information'", () => {
  it("names no speaker", () => {
    const found = statements(
      "President Ivo Brandt held talks with President Lena Okafor in Lindby, the press service of the President of Norland says. According to the information, issues of deepening cooperation were discussed during the meeting.",
    );
    expect(found.some((c) => c.data.speaker === "the information")).toBe(false);
  });
});

describe("a quotation left open at its paragraph's end and closed in the next without a new opening mark", () => {
  it("is the words of the one the closing attribution names", () => {
    for (const [open, close] of [
      ["“", "”"],
      ['"', '"'],
    ]) {
      const found = statements(
        [
          "Foreign Minister Ivo Brandt and his counterpart Tomas Orrin spent eight hours together.",
          "Orrin is in Lindby on his first official visit. Earlier in the day, he and Brandt gave a press conference.",
          `${open}An informal dinner was held yesterday evening, hosted by Minister Brandt for Minister Orrin.`,
          `They exchanged their views in an informal manner. It was a very fruitful discussion,${close} spokesman Atso Kari said at a press briefing.`,
        ].join("\n\n"),
      );
      expect(speakerAt(found, "informal dinner")).toBe("Atso Kari");
    }
  });
});

describe("a body that speaks, under a headline naming a country", () => {
  it("keeps the body's name: a people's word is no person's first name", () => {
    const found = statements(
      "Brandt and Orrin noted the futility of talks. This is stated in the message of the Russian Foreign Ministry.\n\nThe ministers highly appreciated the state of relations, the Russian Foreign Ministry said in a statement.",
      "Brandt and Orrin noted the futility of talks without the Russian Federation",
    );
    // (The ministers' appreciation, passed on by the ministry's statement; the ministry's name stays whole.)
    expect(speakerAt(found, "highly appreciated")).toBe("The ministers");
    expect(at(found, "highly appreciated")?.span.exact).toBe(
      "The ministers highly appreciated the state of relations",
    );
    expect(found.map((c) => c.data.speaker)).toEqual(["Brandt and Orrin", "The ministers"]);
  });
});

describe("a title by a people the text names by its country", () => {
  it("is the one whose post is of that country, not the other holder of the post", () => {
    const found = statements(
      [
        "Vietnamese President Vo Lan Thuy held talks with President Tomas Orrin of Sierra Leone in Hanoi on Monday.",
        "The Vietnamese President observed that the two countries had much to gain from trade in rice.",
        "The Sierra Leonean president said his country wanted more investment.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "trade in rice")).toBe("Vo Lan Thuy");
    expect(speakerAt(found, "more investment")).toBe("Tomas Orrin");
  });
});

describe("a spokesman described by another's name in the possessive", () => {
  it("speaks, whatever the words after the verb", () => {
    const found = statements(
      [
        "President Lena Okafor and President Ivo Brandt met in Lindby.",
        "Tomas Orrin, Ivo Brandt’s spokesman, said that the two presidents issued a joint statement following the talks.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "issued a joint statement")).toBe("Tomas Orrin");
  });
});

describe("two people joined by 'and', the second titled in small letters", () => {
  it("speak together", () => {
    const found = statements(
      "Norland President Ivo Brandt and Sudrian leader Tomas Orrin have praised the strong relationship between their two countries during a meeting in Lindby.",
    );
    expect(speakerAt(found, "strong relationship")).toBe(
      "Norland President Ivo Brandt and Sudrian leader Tomas Orrin",
    );
    expect(at(found, "strong relationship")?.span.exact).toMatch(/^Norland President Ivo Brandt and/u);
  });
});

describe("an opening participle's phrase before a subject whose verb takes an infinitive", () => {
  it("is no part of what was said; the infinitive is", () => {
    const found = statements(
      "Prime Minister Ivo Brandt met President Lena Okafor in Lindby.\n\nReviewing recent progress in bilateral relations, both sides vowed to further boost their cooperation in all fields.",
    );
    expect(at(found, "vowed")?.span.exact).toBe(
      "both sides vowed to further boost their cooperation in all fields",
    );
  });
});

describe("a pronoun that opens a relative clause before the verb", () => {
  it("is the clause's subject: 'issued a joint statement in which they said' is theirs, no phrase's", () => {
    const found = statements(
      [
        "The presidents of Norland and Sudria met in Lindby on Friday.",
        "After talks that lasted four hours, the two presidents issued a joint statement in which they said that they recorded progress on the river.",
      ].join("\n\n"),
    );
    const said = at(found, "recorded progress");
    expect(said?.data.speaker).not.toMatch(/issued|statement/u);
    expect(said?.data.speaker).toMatch(/presidents/iu);
  });
});

describe("the host and the guest", () => {
  it("are the one of the meeting's country by their title and the other", () => {
    const found = statements(
      [
        "Prime Minister Ivo Brandt had a meeting with Mongolian President Tomas Orrin on July 13 in Mongolia’s capital of Ulan Bator, during which the host affirmed that Mongolia values its ties with Norland.",
        "The guest said Norland sees Mongolia as an important partner.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "values its ties")).toBe("Tomas Orrin");
    expect(speakerAt(found, "important partner")).toBe("Ivo Brandt");
  });

  it("are, where no country is given, the one the text says received the guest and the one it calls visiting", () => {
    const found = statements(
      [
        "Foreign Minister Ivo Brandt received visiting Foreign Minister Tomas Orrin in Lindby on Monday.",
        "The visiting minister said Sudria valued Norland. The minister said trade had doubled. The host said the ties were old.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "valued Norland")).toBe("Tomas Orrin");
    expect(speakerAt(found, "ties were old")).toBe("Ivo Brandt");
    // One who arrived is the guest, the other named beside them the host.
    const arrived = statements(
      [
        "Foreign Minister Tomas Orrin arrived in Lindby on Monday for talks with Foreign Minister Ivo Brandt.",
        "The visiting minister said the river must stay open.",
      ].join("\n\n"),
    );
    expect(speakerAt(arrived, "stay open")).toBe("Tomas Orrin");
  });
});

describe("a name opening the sentence with a relative clause and no comma before 'who'", () => {
  it("is the subject of the verb after the clause's comma; a pronoun after it is theirs", () => {
    const found = statements(
      [
        "President Ivo Brandt met President Tomas Orrin in Lindby.",
        "President Orrin who himself came from a village, said President Brandt is performing a humble service to the people. He admired President Brandt’s service.",
        "He said there is a possibility for both countries to continue the relationship.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "humble service")).toBe("Tomas Orrin");
    expect(speakerAt(found, "possibility for both")).toBe("Tomas Orrin");
  });
});

describe("a statement by a body named after 'by'", () => {
  it("gives the words to the body, through its statement", () => {
    const found = statements(
      "President Lena Okafor received President Ivo Brandt at Lindby Palace and hosted a banquet in his honour on Saturday, a statement by the Lindby Palace said.",
    );
    expect(at(found, "hosted a banquet")?.data).toMatchObject({
      speaker: "Lindby Palace",
      channel: "a statement by the Lindby Palace",
    });
  });
});

describe("an aside set off by commas before the verb", () => {
  it("leaves the sentence's opening word out of the speaker", () => {
    const found = statements(
      "Foreign Minister Ivo Brandt and his counterpart Tomas Orrin held talks.\n\nMeanwhile, the Norland Foreign Ministry, in an official statement, said the two ministers discussed relations.",
    );
    expect(speakerAt(found, "discussed relations")).not.toBe("Meanwhile");
    expect(at(found, "discussed relations")?.data.channel).toBe("an official statement");
  });
});

describe("a speaker by another title of the same post, or with a place after the name", () => {
  it("gives 'the Premier' to the prime minister, with the quotation after the verb as the words said", () => {
    const found = statements(
      [
        "Prime Minister Ivo Brandt, who arrived in Lindby yesterday for an official visit, held talks with President Omar Okafor.",
        'Appreciating the President\'s invitation, the Premier noted "We must work towards a stable and prosperous region."',
        "President Omar Okafor of Sudria assured the Premier that he will provide his support.",
      ].join("\n\n"),
    );
    expect(at(found, "stable and prosperous")?.data).toMatchObject({ speaker: "Ivo Brandt", mode: "DIRECT" });
    expect(at(found, "stable and prosperous")?.span.exact).toBe(
      '"We must work towards a stable and prosperous region."',
    );
    expect(speakerAt(found, "provide his support")).toBe("Omar Okafor");
  });

  it("keeps 'the Premier' for the one titled Premier where there is one", () => {
    const found = statements(
      [
        "Premier Wen Haolin held talks with Prime Minister Ivo Brandt in Lindby.",
        "The Premier stressed that the two countries should deepen cooperation in trade.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "deepen cooperation")).toBe("Wen Haolin");
  });
});

describe("a press service that speaks, an opinion held, a recommendation and a legislator", () => {
  it("are statements with their speakers", () => {
    const found = statements(
      [
        "President Ivo Brandt received Speaker Adama Bictogo, who is on an official visit to Norland.",
        "Highlighting progress in the bilateral relations, the State leader held that there remains large room for the two nations to develop ties.",
        "Bictogo recommended the two sides to increase delegation exchanges and high-level meetings.",
        "Sudria welcomes Norland firms to study its market for investment opportunities, the top legislator affirmed.",
        "The Lindby press service has confirmed that the foreign ministers are planning to meet for a round of talks.",
        "The presidential press service confirmed that the ministers will meet in June.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "large room")).toBe("Ivo Brandt");
    expect(speakerAt(found, "delegation exchanges")).toBe("Adama Bictogo");
    expect(speakerAt(found, "investment opportunities")).toBe("the top legislator");
    // (A channel alone is its own channel too, as "Sudrian state media said" is.)
    expect(at(found, "round of talks")?.data).toMatchObject({
      speaker: "The Lindby press service",
      channel: "The Lindby press service",
    });
    expect(at(found, "meet in June")?.data).toMatchObject({
      speaker: "The presidential press service",
      channel: "The presidential press service",
    });
  });
});

describe("one who says what another described", () => {
  it("gives the words to the one described, through the one who says so, named in apposition", () => {
    const found = statements(
      [
        "Norland Defense Minister Ivo Brandt met his Sudrian counterpart Tomas Orrin in Lindby.",
        'The ministry\'s top official for river affairs, Hana Velkova, says Brandt described the talks as "straightforward and candid."',
        "Velkova says the discussions covered numerous issues.",
      ].join("\n\n"),
    );
    expect(at(found, "straightforward and candid")?.data).toMatchObject({
      speaker: "Ivo Brandt",
      channel: "Hana Velkova",
    });
    expect(speakerAt(found, "numerous issues")).toBe("Hana Velkova");
  });
});

describe("'They' after two people who met", () => {
  it("is the pair, with a word of both or manner between, and goes on being the pair", () => {
    const found = statements(
      [
        "Ivo Brandt and Tomas Orrin met Saturday on the sidelines of the forum in Lindby.",
        'They both strongly condemned the recent missile launches, calling on the North to abandon its program "in a complete, verifiable and irreversible manner," according to a statement.',
        "They condemned the border closures, according to a statement.",
      ].join(" "),
    );
    expect(at(found, "missile launches")?.data).toMatchObject({
      speaker: "Ivo Brandt and Tomas Orrin",
      channel: "a statement",
    });
    expect(speakerAt(found, "border closures")).toBe("Ivo Brandt and Tomas Orrin");
  });
});

describe("'the spokesman' for one named before", () => {
  it("is the one described as the spokesman of a body, or titled by another word for the post", () => {
    const described = statements(
      [
        "Sudrian Foreign Minister Tomas Orrin will travel to Lindby on Monday.",
        "Ivo Brandt, the spokesman of the Norland Foreign Ministry, told reporters that the visit would last two days.",
        "The spokesman said the two sides would discuss the river.",
      ].join("\n\n"),
    );
    expect(speakerAt(described, "discuss the river")).toBe("Ivo Brandt");
    const titled = statements(
      [
        "Sudrian Foreign Minister Tomas Orrin will travel to Lindby on Monday, Norland Foreign Ministry spokesperson Hana Velkova told reporters.",
        "The spokeswoman said the two sides would discuss the dam.",
      ].join("\n\n"),
    );
    expect(speakerAt(titled, "discuss the dam")).toBe("Hana Velkova");
  });
});

describe("a named body's press service, then the outlet that reports it", () => {
  it("gives the words before them to the body, through the outlet", () => {
    const found = statements(
      "Foreign Minister of Norland Ivo Brandt met with Sudrian Foreign Minister Tomas Orrin in Lindby, the press service of the Norland Foreign Ministry says, Trend reports.",
    );
    const said = at(found, "met with Sudrian Foreign Minister");
    expect(said?.span.exact).toBe(
      "Foreign Minister of Norland Ivo Brandt met with Sudrian Foreign Minister Tomas Orrin in Lindby",
    );
    expect(said?.data).toMatchObject({ speaker: "Norland Foreign Ministry", channel: "Trend" });
  });
});

describe("media that speak, an initialism in 'according to', 'the latter' after 'with', and an apposition inside an occasion", () => {
  it("give each statement its speaker", () => {
    const found = statements(
      [
        "Prime Minister Ivo Brandt held talks with his Sudrian counterpart Lena Okafor in Lindby on Saturday.",
        "Sudrian Prime Minister Lena Okafor at a reception hosted by Sudria's envoy to Norland, Tomas Orrin, said that she doesn't see a problem with the exercise.",
        'According to the U.S. State Department, Brandt and Okafor "affirmed their commitment to the stability and prosperity of the region."',
        "The meeting reviewed bilateral relations between the two countries, the state news agency NNA said.",
        "Sudria's Lindby Daily newspaper said she is expected to announce a plan to invest in Norland.",
        'Later, Okafor also held talks with Foreign Minister Hana Velkova, with the latter saying the visit "will further strengthen our close neighbourly ties".',
      ].join("\n\n"),
    );
    expect(speakerAt(found, "see a problem")).toBe("Lena Okafor");
    expect(speakerAt(found, "affirmed their commitment")).toBe("the U.S. State Department");
    expect(speakerAt(found, "reviewed bilateral relations")).toBe("the state news agency NNA");
    expect(speakerAt(found, "plan to invest")).toBe("Sudria's Lindby Daily newspaper");
    expect(speakerAt(found, "neighbourly ties")).toBe("Hana Velkova");
  });
});

describe("a person's words as an unnamed official gives them", () => {
  it("are the person's, through the official", () => {
    const found = statements(
      [
        "The Norland and Sudrian foreign ministers met Wednesday in Lindby, a Foreign Ministry official said.",
        "During their meeting, Sudrian Foreign Minister Tomas Orrin also proposed that he and Foreign Minister Ivo Brandt hold meetings as often as possible, according to the official who briefed reporters.",
        "Brandt said he will visit Sudria at a convenient time, the official said.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "met Wednesday")).toBe("a Foreign Ministry official");
    expect(at(found, "as often as possible")?.data).toMatchObject({
      speaker: "Tomas Orrin",
      channel: "the official who briefed reporters",
    });
    expect(at(found, "convenient time")?.data).toMatchObject({
      speaker: "Ivo Brandt",
      channel: "the official",
    });
    expect(at(found, "convenient time")?.span.exact).toBe(
      "Brandt said he will visit Sudria at a convenient time",
    );
  });
});

describe("a spokesperson 'for the' ministry, then the outlet that relays it with its source", () => {
  it("gives what comes first to the spokesperson, through the outlet", () => {
    const found = statements(
      "Norland and Sudrian Foreign Ministers Ivo Brandt and Tomas Orrin will hold talks in Lindby on January 26, Spokesperson for the Norland Ministry of Foreign Affairs Hana Velkova stated, Trend reports with reference to TASS.",
    );
    const said = at(found, "will hold talks");
    expect(said?.span.exact).toBe(
      "Norland and Sudrian Foreign Ministers Ivo Brandt and Tomas Orrin will hold talks in Lindby on January 26",
    );
    expect(said?.data).toMatchObject({ speaker: "Hana Velkova", channel: "Trend" });
  });
});

describe("'the diplomat' after a foreign minister spoke", () => {
  it("is the foreign minister", () => {
    const found = statements(
      "Sudrian Foreign Minister Tomas Orrin said on Thursday that he successfully concluded talks with Ivo Brandt. The diplomat added that he and Brandt intend to continue to coordinate closely.",
    );
    expect(speakerAt(found, "coordinate closely")).toBe("Tomas Orrin");
  });
});

describe("a title of two offices joined by 'and' before the speaker", () => {
  it("is the subject's whole title, where the words said begin", () => {
    const found = statements(
      "During their meeting, South Korean Foreign Affairs and Trade Minister Tomas Orrin also proposed that he and Ivo Brandt hold meetings as often as possible, according to the official who briefed reporters.",
    );
    expect(at(found, "as often as possible")?.span.exact).toMatch(
      /^South Korean Foreign Affairs and Trade Minister Tomas Orrin/u,
    );
  });
});

describe("a family name before a generation's suffix", () => {
  it("stands for the person named in full, and the pronoun after their verb is theirs", () => {
    const found = statements(
      [
        "Norland's Foreign Minister Hana Velkova met President Tomas Orrin III in Port Halden on Tuesday.",
        "Sudrian Foreign Ministry spokesman Ivo Brandt said Monday that the two sides would prepare for the summit.",
        "Orrin said that he welcomed Norland's decision to join the river summit, according to his spokesman.",
      ].join("\n\n"),
    );
    const welcomed = at(found, "welcomed Norland's decision");
    expect(welcomed?.data.speaker).toBe("Tomas Orrin III");
    // (What passes it on is the spokesman, not Orrin.)
    expect(welcomed?.data.channel).toBe("his spokesman");
  });
});

describe("a title after a country's possessive", () => {
  it("is the one of that country's people, not the one named last with the title", () => {
    const found = statements(
      [
        "The talks were held between Qatari Emir Sheikh Ivo Brandt and Turkish President Tomas Orrin in Doha on Monday.",
        // (However far back the article named them.)
        "The two sides praised the mediation. Orrin is on a tour of the region. The two leaders also discussed the river.",
        "Orrin's aide said the tour would go on. “The talks are the main way,” he said. “We hope for more.”",
        "On Sunday, Orrin met the king in Jeddah.",
        "Orrin then travelled to Kuwait to meet the country's Emir Sheikh Hana Velkova.",
        "Qatar's emir said in an address to the nation on Friday that Doha was open to talks.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "Doha was open to talks")).toBe("Ivo Brandt");
  });
});

describe("a group of two by their post, and a post by its last word", () => {
  it("gives 'the two prime ministers' to both, and 'the minister' to the minister, not the prime minister", () => {
    const found = statements(
      [
        "Foreign Minister Ivo Brandt has said the talks between Prime Minister Hana Velkova and her Sudrian counterpart Tomas Orrin went well.",
        "Besides, the two prime ministers expressed content over the deep ties between the two countries.",
        "Hana Velkova mentioned that there has been progress in trade.",
        "The two prime ministers hailed the advancement.",
        "The minister said the Sudrian prime minister put emphasis on the river.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "expressed content")).toBe("the two prime ministers");
    expect(speakerAt(found, "hailed the advancement")).toBe("The two prime ministers");
    expect(speakerAt(found, "put emphasis on the river")).toBe("Ivo Brandt");
    // (With no other minister named, the prime minister is the one.)
    const alone = statements(
      ["Prime Minister Hana Velkova met Tomas Orrin.", "The minister said the talks went well."].join("\n\n"),
    );
    expect(speakerAt(alone, "talks went well")).toBe("Hana Velkova");
  });
});

describe("two people who speak together, the second after a country's possessive", () => {
  it("gives the words to both", () => {
    const found = statements(
      "French President Ivo Brandt and Germany's new Chancellor Tomas Orrin vowed Wednesday to ramp up defence cooperation as the new leader visited Paris.",
    );
    expect(speakerAt(found, "ramp up defence cooperation")).toBe(
      "French President Ivo Brandt and Chancellor Tomas Orrin",
    );
  });
});

describe("a statement from someone as the subject, and one issued by both", () => {
  it("gives the words to those the statement is from", () => {
    const found = statements(
      [
        "Norland Foreign Minister Ivo Brandt paid a working visit to Lindby on Wednesday.",
        "A statement from Foreign Minister Ivo Brandt said the meeting was good.",
        "A statement from the Norland and Sudrian ministers said the meeting was a mutual initiative.",
        "The visit came amid frosty ties, according to a statement issued by both ministers.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "the meeting was good")).toBe("Ivo Brandt");
    expect(speakerAt(found, "a mutual initiative")).toBe("the Norland and Sudrian ministers");
    expect(speakerAt(found, "frosty ties")).toBe("both ministers");
    expect(at(found, "frosty ties")?.data.channel).toBe("a statement issued by both ministers");
  });
});

describe("'on his part' between a speaker and the verb, and an admission", () => {
  it("keeps the speaker", () => {
    const found = statements(
      [
        "President Ivo Brandt met Tomas Orrin in Lindby.",
        "Brandt on his part expressed his country’s desire to increase trade.",
        "Orrin also admitted that things had been more difficult under the former government.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "desire to increase trade")).toBe("Ivo Brandt");
    expect(speakerAt(found, "more difficult")).toBe("Tomas Orrin");
    // (One admitted to hospital says nothing.)
    expect(at(statements("Tomas Orrin was admitted to hospital on Monday."), "hospital")).toBeUndefined();
  });
});

describe("groups and pairs that open a sentence", () => {
  it("reads the group past a dateline, a pair whose verb goes on after 'and', and a group's talks", () => {
    const found = statements(
      [
        "LINDBY – The presidents of Norland and Sudria have pledged to further integrate their economies and expressed concern about the floods.",
        "Prime Minister Ana Lind and her Sudrian counterpart Tomas Orrin on Friday underscored the importance of the river and reiterated that both want the crossings open.",
        "The prime ministers’ discussions emphasised the close relationship between their countries.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "integrate their economies")).toBe("The presidents of Norland and Sudria");
    expect(speakerAt(found, "importance of the river")).toBe("Prime Minister Ana Lind and Tomas Orrin");
    expect(speakerAt(found, "close relationship")).toBe("The prime ministers");
  });
});

describe("'the <people> official'", () => {
  it("is the one person the article ties to that people, whatever their title; no one where two are", () => {
    const call = (also: string) =>
      statements(
        [
          `Prime Minister Ivo Brandt has spoken to the State Counselor of Myanmar Hana Velkova by telephone.${also}`,
          "The conversation lasted 20 minutes, during which the Myanmar official thanked Thailand for its help.",
        ].join("\n\n"),
      );
    expect(speakerAt(call(""), "thanked Thailand")).toBe("Hana Velkova");
    // (Two of that people named: the words say nothing of which.)
    expect(speakerAt(call(" Myanmar Foreign Minister Tomas Orrin joined them."), "thanked Thailand")).toBe(
      "the Myanmar official",
    );
  });
});

describe("a verb of speech after 'but'", () => {
  it("goes on with the sentence's own subject", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Monday.",
        "Ms Velkova extolled Sudria's economic rise over recent decades but warned Norland risked missing out on the boom.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "risked missing out")).toBe("Hana Velkova");
  });
});

describe("a speaking body and where it sits", () => {
  it("is the body that speaks, its town no part of its name", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin in Lindby on Thursday.",
        "The two ministers discussed the river agenda in detail, the Embassy of Sudria in New Delhi stated, without elaborating further.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "river agenda")).toBe("the Embassy of Sudria");
    // "…, it added": the body that spoke right before, named as a body of something.
    const added = statements(
      [
        "Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin in Lindby on Thursday.",
        "“A trust-based exchange of views took place,” the Embassy of Sudria stated after the meeting. The ministers discussed the partnership between the two countries, it added.",
      ].join("\n\n"),
    );
    expect(speakerAt(added, "discussed the partnership")).toBe("the Embassy of Sudria");
  });
});

describe("a title in its own language", () => {
  it("names the one titled so ('the Tánaiste')", () => {
    const found = statements(
      [
        "Norland's Ivo Brandt met Tánaiste and Minister for Foreign Affairs Tomas Orrin in Lindby on Thursday.",
        "The Tánaiste had earlier told journalists that he did not expect to say anything new on the river.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "anything new")).toBe("Tomas Orrin");
  });
});

describe("a quotation, then a titled name and a description in apposition before the verb", () => {
  it("is the named person's, whoever the description names", () => {
    const found = statements(
      [
        "Norland's Foreign Minister Hana Velkova met her Sudrian counterpart Tomas Orrin in Lindby on Friday.",
        "“We’d like to decide which issues should be highlighted for the next meeting,” Sudria’s Foreign Minister Orrin, the first foreign minister that Velkova has met this year, stated.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "which issues should be highlighted")).toBe("Tomas Orrin");
  });
});

describe("a statement published by a body, and when", () => {
  it("is the body's, when it was issued no part of its name", () => {
    const found = statements(
      [
        "Sudrian Prime Minister Tomas Orrin met Norland's Speaker Hana Velkova on Wednesday.",
        "“During the meeting, they discussed the enhancement of cooperation between the two countries in various fields,” according to a statement published by the Sudrian prime minister’s media office on Wednesday morning.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "enhancement of cooperation")).toBe("Sudrian prime minister’s media office");
    // "according to the same statement": the one that issued it.
    const again = statements(
      [
        "Sudrian Prime Minister Tomas Orrin met Norland's Speaker Hana Velkova on Wednesday.",
        "“During the meeting, they discussed the enhancement of cooperation,” according to a statement published by the Sudrian prime minister’s media office on Wednesday morning.",
        "Heading a big delegation, the prime minister visited Lindby on Tuesday. He met several officials.",
        "“The two sides discussed bilateral efforts to overcome the effects of the floods,” according to the same statement.",
      ].join("\n\n"),
    );
    expect(speakerAt(again, "effects of the floods")).toBe("Sudrian prime minister’s media office");
  });
});

describe("one who quotes another as saying", () => {
  it("passes the words on by name, and the next 'He added' is theirs", () => {
    const found = statements(
      [
        "The spokesman for the Acting President, Mr. Ivo Brandt, disclosed this in a statement on Sunday night.",
        "Brandt quoted the two leaders as making the pledge when Hana Velkova visited Tomas Orrin on Sunday.",
        "“We’re extremely excited about the river and hope that we will be able to do a lot together,” he quoted Orrin as saying during the visit.",
        "He added that discussions between the two leaders centered on the forthcoming river summit in Lindby.",
      ].join("\n\n"),
    );
    const quoted = at(found, "extremely excited");
    expect(quoted?.data.speaker).toBe("Tomas Orrin");
    expect(quoted?.data.channel).toBe("Ivo Brandt");
    expect(speakerAt(found, "forthcoming river summit")).toBe("Ivo Brandt");
  });
});

describe("a post written as a phrase", () => {
  it("gives 'the Minister of Foreign Affairs' to the foreign minister, and 'the Kazakh Head of State' to the Kazakh president", () => {
    const minister = statements(
      [
        "Foreign Minister Ivo Brandt met with his Turkish counterpart Tomas Orrin on the sidelines of the summit.",
        "Regarding the river, the Minister of Foreign Affairs emphasized the need to restart the dialogue.",
      ].join("\n\n"),
    );
    expect(speakerAt(minister, "restart the dialogue")).toBe("Ivo Brandt");
    const head = statements(
      [
        "Kazakh President Ivo Brandt held talks with Uzbek President Tomas Orrin in the capital.",
        "«It is truly a new level of our interactions,» said the Kazakh Head of State.",
      ].join("\n\n"),
    );
    expect(speakerAt(head, "new level of our interactions")).toBe("Ivo Brandt");
  });
});

describe("an agency that names itself", () => {
  it("speaks in its own name, and 'it' goes on with it", () => {
    const found = statements(
      [
        "Foreign Minister Ivo Brandt met his Sudrian counterpart Tomas Orrin in Lindby on Tuesday.",
        'The two men discussed "bilateral ties and latest regional developments," the HARBA news agency said.',
        '"It is expected that the minister will present an invitation to the summit," it added.',
      ].join("\n\n"),
    );
    expect(speakerAt(found, "latest regional developments")).toBe("HARBA news agency");
    expect(speakerAt(found, "present an invitation")).toBe("HARBA news agency");
  });
});

describe("a quotation alone after a sentence about one person", () => {
  it("is that person's", () => {
    const found = statements(
      [
        "Chancellor Ivo Brandt met Prime Minister Tomas Orrin in Lindby on Tuesday.",
        "Tomas Orrin agreed to check gas deliveries to Norland and the rest of the region.",
        "“Sudria already exports a lot of gas to the world market. We realize that there is a lot of demand.”",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "already exports a lot of gas")).toBe("Tomas Orrin");
    // (Not where the sentence before names two people.)
    const two = statements(
      [
        "Chancellor Ivo Brandt met Prime Minister Tomas Orrin in Lindby on Tuesday.",
        "“Sudria already exports a lot of gas to the world market. We realize that there is a lot of demand.”",
      ].join("\n\n"),
    );
    expect(speakerAt(two, "already exports a lot of gas")).toBeNull();
  });
});

describe("a date between subject and verb, and verbs of a held view", () => {
  it("reads 'Orrin on April 17 emphasised', 'maintains he' and 'hopes that' as speech", () => {
    const found = statements(
      [
        "Foreign Secretary of Bangladesh Tomas Orrin on April 17 emphasised the expeditious conclusion of a power agreement.",
        "Ivo Brandt hopes that negotiations on other border areas can be completed soon.",
        "Tomas Orrin was discharged from the army in 1998 but maintains he did not play a direct role.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "expeditious conclusion")).toBe("Tomas Orrin");
    expect(speakerAt(found, "other border areas")).toBe("Ivo Brandt");
    expect(speakerAt(found, "direct role")).toBe("Tomas Orrin");
    // ("dubbed" names in words: "the Georgian PM dubbed PM Orrin's re-election “…”" is the Georgian's.)
    const dubbed = statements(
      "Armenian Prime Minister Tomas Orrin held meetings today with Georgian Prime Minister Ivo Brandt. In his address, the Georgian PM dubbed PM Orrin’s re-election in June “an opportunity for Armenia to begin a new era.”",
    );
    expect(speakerAt(dubbed, "begin a new era")).toBe("Ivo Brandt");
    // ("Observers note that …" in the present tense; "a note that was read" is no speech.)
    expect(
      speakerAt(
        statements("Observers note that the back-to-back meetings could also have featured the river."),
        "back-to-back",
      ),
    ).toBe("Observers");
    expect(statements("He left a note that was read aloud.")).toEqual([]);
    // (Ties maintained are no words.)
    expect(statements("Norland maintains close ties with Sudria.")).toEqual([]);
  });
});

describe("a release by its body's name, and the release named again", () => {
  it("gives both to the body that issued it", () => {
    const found = statements(
      [
        "The whole gamut of relations was reviewed, according to a Nepalese Foreign Ministry press release.",
        "During the meeting, the Nepali delegation was led by Foreign Secretary Ivo Brandt.",
        "“Both the foreign secretaries expressed satisfaction on the excellent bilateral relations,” the release said.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "whole gamut")).toBe("Nepalese Foreign Ministry");
    expect(speakerAt(found, "excellent bilateral relations")).toBe("Nepalese Foreign Ministry");
    // (A communique the two governments issued, named again.)
    const communique = statements(
      [
        "“The two heads of State welcomed the positive outcomes of the commission held in Lindby,” the two governments said in a joint communique.",
        "Ivo Brandt is in Lindby on an official visit.",
        "“During the meeting, the two heads of state held discussions with a view to strengthening bonds of friendship,” said the communique.",
      ].join("\n\n"),
    );
    expect(speakerAt(communique, "bonds of friendship")).toBe("the two governments");
  });
});

describe("media and agencies credited alone", () => {
  it("credits an agency by its name without an article, media past a scare quote, and media one is 'according to'", () => {
    const found = statements(
      [
        "“The message focused on the deep-rooted relations between the two countries,” Harba news agency said.",
        "The two royals “reviewed the latest regional developments, with a particular focus on the river”, the Sudrian official HRB news agency said.",
        "Sudria's ruler discussed “new crises” on the river with Norland's president during his first visit in three years, Norlandic media said.",
        "According to Norlandic media, it was his first time in the neighbouring country since 2021.",
        "The two men sat down for a talk to discuss measures to cement the partnership, according to the Lindby News Agency.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "deep-rooted relations")).toBe("Harba news agency");
    expect(speakerAt(found, "particular focus on the river")).toBe("HRB news agency");
    expect(speakerAt(found, "first visit in three years")).toBe("Norlandic media");
    expect(speakerAt(found, "first time in the neighbouring country")).toBe("Norlandic media");
    expect(speakerAt(found, "cement the partnership")).toBe("Lindby News Agency");
  });
});

describe("a title with a people, far from the name", () => {
  it("is the one person the article titles so, where no one near is", () => {
    const found = statements(
      [
        "Qatar’s Emir Sheikh Tomas bin Orrin Al Vela arrived in Lindby on Nov. 14 for talks with President Ivo Brandt.",
        "Brandt greeted Al Vela with an official ceremony.",
        "The delegation included Foreign Minister Dana Kerrow and Trade Minister Ada Brenn.",
        "Also present were the intelligence chief Hana Velkova and Governor Karel Dunst.",
        "Following a photo session, the two leaders held bilateral discussions.",
        "Established in 2014, the committee aims to deepen cooperation.",
        "The leaders witnessed the signing of eight agreements.",
        "“I reaffirmed our commitment to further strengthen our strategic relations,” the Qatari emir said on X.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "strategic relations")).toBe("Tomas bin Orrin Al Vela");
  });
});

describe("a quotation over two paragraphs, opened again at the second", () => {
  it("is the speaker's whom the second's attribution names", () => {
    const found = statements(
      [
        "“Norland and Sudria have a firm partnership based on decades of brotherhood.",
        "“Held talks with President Tomas Orrin on matters of mutual interest, especially trade,” President Ivo Brandt said in a post on social media.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "firm partnership")).toBe("Ivo Brandt");
    expect(speakerAt(found, "matters of mutual interest")).toBe("Ivo Brandt");
  });
});

describe("any two of a kind, past an opening phrase", () => {
  it("are the group, and 'They' goes on with them", () => {
    const found = statements(
      [
        "Norlandic Prime Minister Ivo Brandt held meetings today with Sudrian Prime Minister Tomas Orrin.",
        "In a joint press conference after the meeting, the two officials discussed the security of the river, and stressed the need for its peaceful development. They also highlighted the importance of transit opportunities.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "peaceful development")).toBe("the two officials");
    expect(speakerAt(found, "transit opportunities")).toBe("the two officials");
  });
});

describe("a post set off before the name by a comma", () => {
  it("is the person's title, so that 'the PM' later is that person", () => {
    const found = statements(
      [
        "Norland's Prime Minister, Ada Lindqvist finally met with Sudrian President Boris Kovac on Wednesday.",
        "“Nevertheless, both sides agreed to continue talks on the river,” the PM underlined.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "continue talks")).toBe("Ada Lindqvist");
    const roles = extractCandidates(
      "Norland's Prime Minister, Ada Lindqvist finally met with Sudrian President Boris Kovac on Wednesday.",
      [],
      vocabulary,
      null,
    ).filter((c) => c.kind === "ROLE");
    expect(roles.map((c) => [c.data.title, c.span.exact])).toContainEqual([
      "Norland's Prime Minister",
      "Norland's Prime Minister, Ada Lindqvist",
    ]);
  });
});

describe("a counterpart's post", () => {
  it("is the post of the one whose counterpart they are, so that 'the visiting Australian diplomat' is the counterpart", () => {
    // (Real peoples: the lexicon has to know them.)
    const found = statements(
      [
        "Iranian Foreign Minister Tomas Orrin and his Australian counterpart Hana Velkova held talks in Lindby on Saturday.",
        "Orrin said they discussed bilateral issues.",
        "The visiting Australian diplomat, for her part, described her talks with Orrin as constructive.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "as constructive")).toBe("Hana Velkova");
  });
});

describe("a post whose fields are listed before the name", () => {
  it("is that person's, so that 'the minister' is them", () => {
    const found = statements(
      [
        "Minister of Foreign Affairs, African Cooperation and Sudrians Abroad, Tomas Orrin, on Wednesday held talks in Lindby with Dana Kerrow.",
        "“We discussed various bilateral topics,” the minister noted.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "bilateral topics")).toBe("Tomas Orrin");
  });
});

describe("a post set off by a comma before an honorific and the name", () => {
  it("is the person's, so that 'the top leader' after them is that person", () => {
    const found = statements(
      [
        "Sudrian Prime Minister, Hon. Tomas Orrin, has concluded official talks with his Norland Counterpart, Sir Ivo Brandt, in Lindby yesterday.",
        "Hon. Orrin described the talks as cordial.",
        "The top leader said the current visit is a way to mend relations.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "mend relations")).toBe("Tomas Orrin");
  });
});

describe("a group past an opening phrase, credited by 'they said'", () => {
  it("is the group's statement ('Among other issues, the leaders discussed …, they said')", () => {
    const found = statements(
      [
        "Ada Lind met with President Boris Kovac on an official visit to Lindby.",
        "Among other issues, the leaders discussed recent news that the bloc is considering new sanctions, they said at a joint press conference on Thursday.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "new sanctions")).toBe("the leaders");
  });
});

describe("a body that speaks after a dateline in small letters", () => {
  it("is the speaker past the dateline ('Khartoum – The Sudanese government has announced …')", () => {
    // (A real people: the lexicon has to know it.)
    const found = statements(
      "Lindby – The Kenyan government has announced Friday the failure of the new round of talks held in Lindby.",
    );
    expect(speakerAt(found, "failure of the new round")).toBe("The Kenyan government");
  });
});

describe("words passed on, withheld, or given as a view", () => {
  it("are statements of the one who relays, declines, or holds the view", () => {
    const found = statements(
      [
        "Foreign minister Ada Lind relayed President Kovac's desire for improved bilateral relations in a courtesy call.",
        "Lind and Kovac met on Monday. The officials declined to confirm whether the foreign ministers talked about the war issue.",
        "Hana Velkova said that she had read the recent message of President Boris Kovac. In her opinion, this key document opens up new prospects for Sudria.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "desire for improved")).toBe("Ada Lind");
    expect(speakerAt(found, "talked about the war")).toBe("The officials");
    expect(speakerAt(found, "new prospects")).toBe("Hana Velkova");
  });
});

describe("a post written as a phrase as the subject of a verb of speech", () => {
  it("makes a statement, the speaker the one who holds the post ('The head of state said …')", () => {
    const found = statements(
      "President Ada Lind met Foreign Minister Boris Kovac in Lindby.\n\nThe head of state said that she had read the recent message of the minister.",
    );
    expect(speakerAt(found, "recent message")).toBe("Ada Lind");
    // (Where no one is titled so, the words the text gives.)
    const untitled = statements(
      "Ada Lind met Boris Kovac in Lindby.\n\nThe head of state said that he had read the recent message.",
    );
    expect(speakerAt(untitled, "recent message")).toBe("The head of state");
  });
});

describe("a titled name with a generation's suffix opening a paragraph", () => {
  it("is the sentence's subject, not a transcript's label ('President Ivo Brandt Jr. met …')", () => {
    const found = statements(
      "President Ivo Brandt Jr. met the Sudrian leader on Monday. Brandt said the talks went well.",
    );
    expect(at(found, "met the Sudrian leader")).toBeUndefined();
    expect(speakerAt(found, "the talks went well")).toBe("Ivo Brandt Jr");
  });
});

describe("a post of a country without its article as the subject of a verb of speech", () => {
  it("is the one the article gives that post, and never the country ('President of Kazakhstan said')", () => {
    const found = statements(
      [
        "In Astana, President Kassym-Jomart Tokayev received Uzbek President Shavkat Mirziyoyev.",
        "President of Kazakhstan said the two countries had great potential.",
        "President of Uzbekistan said relations were good.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "great potential")).toBe("Kassym-Jomart Tokayev");
    expect(speakerAt(found, "relations were good")).toBe("Shavkat Mirziyoyev");
  });
});

describe("a spokesperson's attribution that closes a sentence about what their principal said", () => {
  it("makes the principal the speaker and the spokesperson the channel", () => {
    const found = statements(
      [
        "President Ivo Brandt met President Ada Lind in Lindby on Saturday, Presidency Spokesman, Ambassador Tomas Orrin said.",
        "President Brandt expressed appreciation of the efforts President Lind made in this regard, Ambassador Orrin said.",
        "Norland is keen on boosting these efforts within the framework of the talks, Ambassador Orrin quoted the Norlandic leader as saying.",
      ].join("\n\n"),
      "Norlandic President Brandt meets Lind",
    );
    expect(speakerAt(found, "met President Ada Lind")).toBe("Tomas Orrin");
    expect(speakerAt(found, "expressed appreciation")).toBe("Ivo Brandt");
    expect(at(found, "expressed appreciation")?.data.channel).toBe("Tomas Orrin");
    // (Quoted "as saying" at the sentence's end: the words before it, by the one the title names.)
    const quoted = at(found, "keen on boosting");
    expect(quoted?.data.speaker).toBe("Ivo Brandt");
    expect(quoted?.span.exact).not.toContain("quoted");
  });

  it("keeps a participant's own account of what another said theirs ('…, the head of the union said')", () => {
    const found = statements(
      [
        "Harbour Union President Ursula Brekke met President Tomas Orrin in Port Halden.",
        "Orrin expressed willingness to speak to Velkova, the head of the Harbour Union said on Thursday.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "willingness to speak")).toBe("Ursula Brekke");
  });
});

describe("a sentence that opens with a word of circumstance before a participle", () => {
  it("takes no speaker from that word ('After stressing the importance of …, they signed')", () => {
    const found = statements(
      [
        "Foreign Minister Ivo Brandt met Foreign Minister Tomas Orrin in Lindby.",
        "After stressing the importance of joint action, they signed a cooperation agreement on visas.",
      ].join("\n\n"),
    );
    expect(found.map((s) => s.data.speaker)).not.toContain("After");
  });
});

describe("a title of one gender", () => {
  it("tells whom 'she' stands for ('received in an audience with King Lualala IV … She later told reporters')", () => {
    const found = statements(
      [
        "Hon. Rewi Velkova arrived in Lindby on Thursday.",
        "After arriving at the airport with her delegation, the minister flew to Tarnby where she was received in an audience with King Lualala IV at the Royal Palace.",
        "She later told reporters that her lunch with the King was very warm.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "her lunch with the King")).toBe("Rewi Velkova");
  });
});

describe("a quotation opened by a curly mark and closed by a straight one", () => {
  it("is closed there, and the next paragraph's quotation keeps its own speaker", () => {
    const found = statements(
      [
        "President Ivo Brandt met President Tomas Orrin in Lindby.",
        '“All the decisions we have made are being implemented. The numbers speak for themselves," Ivo Brandt said.',
        "“Norland is our strategic partner and reliable neighbour,” said Tomas Orrin.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "numbers speak")).toBe("Ivo Brandt");
    expect(at(found, "numbers speak")?.span.exact).not.toContain("said");
    expect(speakerAt(found, "reliable neighbour")).toBe("Tomas Orrin");
  });
});

describe("a post written without its article after the verb", () => {
  it("is the person the article gives that post ('…,’ underlined President of Latvia.')", () => {
    const found = statements(
      [
        "On 19 July, President Ivo Brandt visited Lithuania. He met the President of the Republic of Lithuania Tomas Orrin.",
        "‘The summit should be seen as a success for our region,’ underlined President of Latvia.",
        "‘We value all formats,’ said Lithuanian President.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "success for our region")).toBe("Ivo Brandt");
    expect(speakerAt(found, "all formats")).toBe("Tomas Orrin");
  });
});

describe("an opinion made clear", () => {
  it("is a statement ('made it clear he had no intention …', 'took the view that …'); the talks' clarity is not", () => {
    const found = statements(
      [
        "Prime Minister Ivo Brandt met Fiji's Tomas Orrin in Lindby.",
        "Mr Orrin made it clear he had no intention of giving in. President Brandt took the view that Sudria is a valuable partner. The talks made it clear that ties were strained.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "no intention of giving in")).toBe("Tomas Orrin");
    expect(speakerAt(found, "valuable partner")).toBe("Ivo Brandt");
    expect(at(found, "ties were strained")).toBeUndefined();
  });
});

describe("what a speaker goes on to do after a closing attribution", () => {
  it("is said by them too ('…, he noted, expressing the hope that …', '…, Brandt said, before thanking Orrin for …')", () => {
    const found = statements(
      [
        "Prime Minister Ivo Brandt met Prime Minister Tomas Orrin in Lindby.",
        "“We discussed the bilateral agenda,” Brandt said, before thanking Orrin for “personally supporting” the peace process.",
        "“This is the foundation of peace,” he noted, expressing the hope that the river would stay open to all.",
        "“We are friends,” Orrin said, as the talks ended.",
      ].join("\n\n"),
    );
    expect(at(found, "thanking Orrin")?.data).toMatchObject({ speaker: "Ivo Brandt", mode: "REPORTED" });
    expect(at(found, "expressing the hope")?.data.speaker).toBe("Ivo Brandt");
    expect(at(found, "as the talks ended")).toBeUndefined();
  });
});

describe("a description by another name of the same people, or by a title of two words", () => {
  it("is the one the article titles so ('the Nepali foreign minister' of 'Nepalese Foreign Minister …', 'the Iranian chief executive')", () => {
    const found = statements(
      [
        "Indian Foreign Secretary Ivo Brandt met Nepalese Foreign Minister Ada Lind and Chief Executive Tomas Orrin of Iran in Kathmandu.",
        "The Nepali foreign minister added that the talks went well. The Iranian chief executive said trade had grown.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "talks went well")).toBe("Ada Lind");
    expect(speakerAt(found, "trade had grown")).toBe("Tomas Orrin");
  });
});

describe("'according to' that means 'depending on'", () => {
  it("names no speaker, and the participle before it goes on with the sentence's subject", () => {
    const found = statements(
      [
        "President Ivo Brandt met President Tomas Orrin in Lindby.",
        "For his part, Orrin reflected on the nature of borders, indicating that they can unite or separate according to the actions of political authorities.",
        "The river is open, according to Brandt.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "unite or separate")).toBe("Tomas Orrin");
    expect(found.map((s) => s.data.speaker)).not.toContain("the actions of political authorities");
    expect(speakerAt(found, "river is open")).toBe("Ivo Brandt");
    // (A source named all the same, without the comma: "… candid according to officials".)
    expect(speakerAt(statements("The talks were candid according to officials."), "were candid")).toBe(
      "officials",
    );
  });
});

describe("a speaker named by title before the article gives the title", () => {
  const found = statements(
    [
      "Lindby – (August 16, 2021) His Excellency Dr Ivo Brandt said that a four-day State visit by His Excellency, Tavi Ormsund, President of the Republic of Sudria, is integral to advancing important discussions between the two countries.",
      "The Head of State made this disclosure today during an interview with members of the media.",
      "“It is a very important visit. We have committed ourselves as neighbours to working together.”",
      "The President outlined that the two countries have small populations.",
      "According to President Brandt, key areas of focus will include infrastructure.",
    ].join("\n\n"),
  );

  it("is the one a later 'President Brandt' shows to hold it, the one who has been speaking", () => {
    expect(speakerAt(found, "small populations")).toBe("Ivo Brandt");
  });

  it("gives a quotation that opens the next paragraph to the subject of a sentence naming no one", () => {
    expect(speakerAt(found, "very important visit")).toBe("Ivo Brandt");
  });
});

describe("verbs of speech of the press", () => {
  it("read 'posited', 'related that' and 'shared that' as speech, not 'related to' or 'shared concerns'", () => {
    const found = statements(
      [
        "“It is a wide-ranging array of topics that we have on the agenda,” Dr. Brandt posited.",
        "He related that President Orrin’s visit to Lindby is one that is important.",
        "Velkova shared that the ministers would meet again in May.",
        "The talks related to trade. The leaders shared concerns over shipping.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "wide-ranging array")).toBe("Brandt");
    expect(speakerAt(found, "one that is important")).toBe("Brandt");
    expect(speakerAt(found, "would meet again")).toBe("Velkova");
    expect(at(found, "related to trade")).toBeUndefined();
    expect(at(found, "shared concerns")).toBeUndefined();
  });
});

describe("a closing attribution with the speaker's post before the name", () => {
  it("keeps the post out of what was said, set off by a comma or before an honorific", () => {
    const found = statements(
      [
        "Prime Minister Ada Velkova made a courtesy call on President Tomas Orrin on Saturday.",
        "“A relationship serving as a role model! The talks covered a range of areas,” Ministry of External Affairs (MEA) spokesperson, Ivo Brandt said.",
        "The Prime Minister visited Lindby from April 25 to May 9, President's press secretary Md. Joynal Abedin said.",
      ].join("\n\n"),
    );
    const quoted = at(found, "role model");
    expect(quoted?.span.exact).toBe(
      "“A relationship serving as a role model! The talks covered a range of areas,”",
    );
    expect(quoted?.data).toMatchObject({ mode: "DIRECT", speaker: "Ivo Brandt" });
    expect(speakerAt(found, "visited Lindby")).toBe("Joynal Abedin");
  });
});

describe("speakers of the press's other forms", () => {
  const found = statements(
    [
      "Prime Minister Ada Velkova and President Tomas Orrin of Sudria held talks in Lindby.",
      "Both said they want to strengthen cooperation including on security issues.",
      "They voiced concern over the missile programs, and said they would work together to address it.",
      "“We have 180 years of diplomatic relations, and we are in one of our best moments,” expressed the Sudrian president at the closure of the meeting.",
      "Orrin concluded the summit by noting that relations “have never been better.”",
      "The Prime Minister began by congratulating the rugby team for their win.",
    ].join("\n\n"),
  );

  it("reads 'both' alone as 'they', the pair the text opened with", () => {
    expect(speakerAt(found, "want to strengthen")).toBe(
      "Prime Minister Ada Velkova and President Tomas Orrin",
    );
    expect(speakerAt(found, "would work together")).toBe(
      "Prime Minister Ada Velkova and President Tomas Orrin",
    );
  });

  it("reads 'expressed' after the quotation, and a verb of speech after 'by', as the subject's", () => {
    expect(speakerAt(found, "best moments")).toBe("Tomas Orrin");
    expect(speakerAt(found, "never been better")).toBe("Tomas Orrin");
    expect(speakerAt(found, "rugby team")).toBe("Ada Velkova");
  });

  it("gives a few quoted words in the narrator's own sentence to no one after another's words", () => {
    const blog = statements(
      "Next Secretary Velkova stopped by the embassy to meet and greet employees, expressing appreciation for their work. Although I had to miss the “meet and greet” because I was already working at the next stop, her attention meant a great deal to all of us.",
    );
    expect(speakerAt(blog, "expressing appreciation")).toBe("Velkova");
    expect(at(blog, "“meet and greet”")).toBeUndefined();
  });
});

describe("an unnamed post beside a named one", () => {
  it("is someone else: 'The Prime Minister and Taoiseach Leo Varadkar met …' gives Varadkar no prime minister's words", () => {
    const found = statements(
      [
        "The Prime Minister and Taoiseach Leo Varadkar met at Parliament Buildings, Stormont, today.",
        "The Prime Minister began by congratulating the Ireland rugby team for their emphatic win.",
        "The Prime Minister turned to the day’s events and thanked the Taoiseach for the Irish Government’s support.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "rugby team")).toBe("The Prime Minister");
    expect(speakerAt(found, "day’s events")).toBe("The Prime Minister");
  });
});

describe("a quotation closed by its speaker and 'concluded'", () => {
  it("is the speaker's ('“…,” Velkova concluded.'); 'the visit concluded' says nothing", () => {
    const found = statements(
      [
        "Norland's Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin in Port Halden on Sunday.",
        "“We also talked about the finalisation of a river agreement between our countries,” Velkova concluded.",
        "The visit concluded with a dinner at the harbour.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "We also talked")).toBe("Hana Velkova");
    expect(at(found, "The visit concluded")).toBeUndefined();
  });

  it("makes a clause after 'concluded that' what was said ('Velkova and Orrin have concluded that …')", () => {
    const found = statements(
      [
        "Norland's Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin in Port Halden on Sunday.",
        "Velkova and Orrin have concluded that the two countries have no open political issues, announced the government press service.",
      ].join("\n\n"),
    );
    const concluded = at(found, "no open political issues");
    expect(concluded?.data.speaker).toBe("Hana Velkova and Tomas Orrin");
    expect(concluded?.data.channel).toBe("the government press service");
  });
});

describe("a body's closing attribution after a group that expressed something", () => {
  it("passes on the group's words: the group speaks, the body is the channel", () => {
    const found = statements(
      [
        "Norland's Foreign Minister Hana Velkova met her Sudrian counterpart Tomas Orrin in Lindby on Friday.",
        "The two ministers expressed satisfaction over the state of relations and discussed ways to consolidate cooperation, Norland's embassy said.",
        "The two ministers voiced concern over the floods, the ministry said.",
      ].join("\n\n"),
    );
    const satisfaction = at(found, "expressed satisfaction");
    expect(satisfaction?.data.speaker).toBe("The two ministers");
    expect(satisfaction?.data.channel).toBe("Norland's embassy");
    expect(speakerAt(found, "voiced concern")).toBe("The two ministers");
  });
});

describe("a quotation set between dashes, as pages translated from Balkan and Slavic languages print it", () => {
  it("is the named speaker's own words ('-The results … – said Lusha.', '– Our relations … – Dushku said.')", () => {
    const found = statements(
      [
        "Norland's Prime Minister Arben Lusha met Sudrian Prime Minister Ilir Dushku in Lindby.",
        "-The results from the local elections are like a wind in the sails. We shall do everything it takes to justify the trust – said Lusha.",
        "– Our relations have no open issues, and we will hold joint sessions – Dushku said.",
        "- Lower tariffs on grain",
      ].join("\n\n"),
    );
    expect(found.map((c) => [c.span.exact.slice(0, 24), c.data.speaker, c.data.mode])).toEqual([
      ["The results from the loc", "Arben Lusha", "DIRECT"],
      ["Our relations have no op", "Ilir Dushku", "DIRECT"],
    ]);
    expect(at(found, "The results")?.span.exact.endsWith("justify the trust")).toBe(true);
  });
});

describe("a post the page embeds, signed with its author's name and handle", () => {
  it("is the author's own words, its picture link's paragraph with the one above it", () => {
    const found = statements(
      [
        "Norland's Foreign Minister Hana Velkova visited Lindby and met her Sudrian counterpart Tomas Orrin.",
        "Advertisement:",
        "In Lindby, I met with @TomasOrrin. We welcomed the start of talks on the river. Sudria has long supported our membership.",
        "We discussed… pic.twitter.com/sKAZNk6HVP — Hana Velkova (@HanaVelkova) June 28, 2031",
        "Velkova did not specify what was at stake.",
      ].join("\n\n"),
    );
    const post = at(found, "In Lindby, I met");
    expect(post?.data.speaker).toBe("Hana Velkova");
    expect(post?.data.mode).toBe("DIRECT");
    expect(post?.span.exact.endsWith("pic.twitter.com/sKAZNk6HVP")).toBe(true);
  });

  it("leaves a quotation the text gives its speaker to that speaker, where an outlet signs the post it shares", () => {
    const found = statements(
      [
        "On 23 August, Sudrian Prime Minister Tomas Orrin held a meeting with Norlandic Prime Minister Ada Lind.",
        "“We noted our progress in developing logistics. A quick decision on a bridge is crucial for us,” Orrin wrote.",
        "📹Tomas Orrin/TG channelhttps://t.co/LhCDpp266O pic.twitter.com/d1EFEWW5g4 — Harbour Post (@HarbourPost) August 23, 2031",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "We noted our progress")).toBe("Tomas Orrin");
    expect(found.some((c) => c.kind === "STATEMENT" && c.data.speaker === "Harbour Post")).toBe(false);
  });
});

describe("one quoted by another as doing something", () => {
  it("speaks, and who quoted them is the channel ('Velkova quoted Orrin as pledging to …')", () => {
    const found = statements(
      [
        "Norland's Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin in Port Halden on Sunday.",
        "Velkova quoted Orrin as pledging to support efforts to calm the situation on the river.",
      ].join("\n\n"),
    );
    const pledge = at(found, "as pledging");
    expect(pledge?.data.speaker).toBe("Tomas Orrin");
    expect(pledge?.data.channel).toBe("Velkova");
  });
});

describe("a view stated by a phrase rather than a verb", () => {
  it("is the subject's ('laid stress on the need …', 'is optimistic that …', 'extended his good wishes to …')", () => {
    const found = statements(
      [
        "President Ivo Brandt laid stress on the need to maintain the partnership between Norland and Sudria while receiving Foreign Minister Tomas Orrin on Thursday.",
        "Brandt is optimistic that Sudria would be understanding of the interests of small river states.",
        "Orrin also extended his good wishes to the people of Norland.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "need to maintain")).toBe("Ivo Brandt");
    expect(speakerAt(found, "would be understanding")).toBe("Ivo Brandt");
    expect(speakerAt(found, "good wishes")).toBe("Tomas Orrin");
  });
});

describe("a title with a nationality where no one is titled so", () => {
  it("is the one named after that people's country's possessive ('Poland’s Peter Brandt … The Polish president')", () => {
    const found = statements(
      [
        "Poland’s Peter Brandt and the Czech Republic’s Tomas Orrin held talks at the presidential palace in Warsaw on Wednesday.",
        "The Polish president said the talks also focused on security issues.",
        "The Polish head of state said he and Orrin had also discussed energy security.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "focused on security")).toBe("Peter Brandt");
    expect(speakerAt(found, "energy security")).toBe("Peter Brandt");
  });
});

describe("'reported' after a quotation and its speaker", () => {
  it("closes the speaker's words ('“…,” she reported.'); 'Some media reported that …' gives no one's", () => {
    const found = statements(
      [
        "President-elect Hana Velkova met a Sudrian delegation led by Tomas Orrin on Monday.",
        "“We talked in general, obviously without any agreement, about trade and the river,” she reported.",
        "Some media reported that the talks had lasted two hours.",
        "As reported by the Ministry in a press release, both sides agreed on the need to strengthen ties.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "We talked in general")).toBe("Hana Velkova");
    expect(at(found, "had lasted two hours")).toBeUndefined();
    expect(found.some((c) => c.data.speaker === "the Ministry")).toBe(false);
    // (After a person or a post, "reported that" tells what they said; "detailed that" too.)
    const named = statements(
      [
        "President-elect Hana Velkova met a Sudrian delegation led by Tomas Orrin on Monday.",
        "The president-elect, Hana Velkova, reported that the meeting with the delegation was cordial and informal.",
        "Velkova detailed that she proposed the possibility of continuing the meetings.",
      ].join("\n\n"),
    );
    expect(speakerAt(named, "cordial and informal")).toBe("Hana Velkova");
    expect(speakerAt(named, "continuing the meetings")).toBe("Hana Velkova");
  });
});

describe("a title with a people the text names by its country, of one named without a title", () => {
  it("is the one who spoke in the sentence before, of several untitled ('… while Orrin thanked Brandt …. The Argentine President also highlighted …')", () => {
    const found = statements(
      [
        "Colombian President Ivo Brandt praised relations with Argentina in a meeting he held with his counterpart from that country, Tomas Orrin, as both leaders were in Lima for the inauguration of Pedro Lind.",
        "Both presidents agreed on the need for a stronger regional bank, while Orrin thanked Brandt for Colombia's support. The Argentine President also highlighted the need of a joint effort on culture.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "joint effort on culture")).toBe("Tomas Orrin");
  });
});

describe("a second verb of speech after a quotation's closing attribution", () => {
  it("is the same speaker's ('“…,” stated Dushku, and said that …'; '…, and made it clear that …')", () => {
    const found = statements(
      [
        "Foreign Minister Ilir Dushku met his Sudrian counterpart, Arben Lusha, on Wednesday.",
        "“Unfortunately, the dispute over the river continues to harm both of our countries,” stated Lusha at the press conference after the meeting, and made it clear that Sudria will raise the matter with its partners.",
        "“The goal of Norland has been and still remains a fair and lasting settlement,” stated Dushku, and said that Sudria is a constant partner in these efforts.",
        "“We will meet again in spring,” Lusha said and Dushku agreed.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "Sudria will raise the matter")).toBe("Arben Lusha");
    expect(speakerAt(found, "constant partner")).toBe("Ilir Dushku");
    expect(found.some((s) => s.span.exact.includes("Dushku agreed"))).toBe(false);
  });
});

describe("a pronoun that answers a question the sentence before asked", () => {
  it("is the one asked ('Ana Brandt asked Minister Velkova about … “…,” she said'), not one asked to do something", () => {
    const found = statements(
      [
        "Foreign Minister Tomas Orrin and his Sudrian counterpart Hana Velkova held talks in Lindby.",
        "Orrin said the talks were fruitful on a range of issues.",
        "Reporter Ana Brandt asked Minister Velkova about the detainees who say they are deported for small offences.",
        "“Our laws apply across the board, they are not directed at Norland,” she said.",
        "Orrin asked Velkova to visit Lindby next spring.",
        "“It would be an honour to welcome her,” he said.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "Our laws apply")).toBe("Hana Velkova");
    expect(speakerAt(found, "an honour to welcome")).toBe("Tomas Orrin");
  });
});

describe("a subject by title after a time without a comma", () => {
  it("is the one so titled, not a label with the time ('In recent days the Sudrian president has expressed himself …')", () => {
    const found = statements(
      [
        "Prime Minister Hana Velkova met Sudrian President Tomas Orrin in Lindby after both had attended a state funeral.",
        "Velkova said the meeting had been long and cordial.",
        "In recent days the Sudrian president has expressed himself several times on the need to help Norland manage the river.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "need to help Norland")).toBe("Tomas Orrin");
  });
});

describe("a quotation a colon opens after a sentence of its own", () => {
  it("is the one the sentence is about, not the one who spoke before ('The Prime Minister appeared satisfied but cautious: “…”')", () => {
    const found = statements(
      [
        "Prime Minister Hana Velkova met Sudrian President Tomas Orrin in Lindby.",
        "Orrin said he wanted Norland to do more on the river. The Prime Minister appeared satisfied but cautious: “I welcome with great interest the proposal for collaboration from President Orrin on the river”.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "I welcome with great interest")).toBe("Hana Velkova");
  });
});

describe("a verb of speech in a relative clause after a name", () => {
  it("is the named one's ('… met with Council President Ana Brandt, who assured the President that …')", () => {
    const found = statements(
      [
        "President Tomas Orrin met Prime Minister Hana Velkova in Lindby.",
        "The President also met with Council President Ana Brandt, who assured the President that the Council would continue trade negotiations with Sudria.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "continue trade negotiations")).toBe("Ana Brandt");
  });
});

describe("condolences extended", () => {
  it("are the speaker's message ('During his meeting with …, Orrin extended his condolences to …'), and 'He' after it is the same one", () => {
    const found = statements(
      [
        "President Tomas Orrin held talks with leaders on the sidelines of the summit in Lindby.",
        "During his meeting with Prime Minister Hana Velkova, Orrin extended his condolences to the people of Sudria over the passing of their former king.",
        "He also reaffirmed Norland's commitment to strengthening cooperation with Sudria in tourism and trade.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "extended his condolences")).toBe("Tomas Orrin");
    expect(speakerAt(found, "He also reaffirmed")).toBe("Tomas Orrin");
  });
});

describe("'According to X,' before a group that speaks", () => {
  it("gives the words to the group, with X as the channel ('According to Brandt, the two leaders committed to …')", () => {
    const found = statements(
      [
        "President Tomas Orrin met Prime Minister Hana Velkova on the sidelines of the summit, presidential spokeswoman Ana Brandt said.",
        "According to Brandt, the two leaders committed to further cooperation in trade, investment and energy.",
        "According to Brandt, Orrin also invited Velkova to visit Lindby.",
      ].join("\n\n"),
    );
    const committed = at(found, "further cooperation in trade");
    expect(committed?.data.speaker).toBe("the two leaders");
    expect(committed?.data.channel).toBe("Brandt");
    expect(speakerAt(found, "invited Velkova")).toBe("Ana Brandt");
  });
});

describe("an invitation extended", () => {
  it("is the inviter's words ('The President's Media Unit says President Orrin extended an invitation to …')", () => {
    const found = statements(
      [
        "President Tomas Orrin met Prime Minister Hana Velkova on Friday.",
        "The President’s Media Unit says President Orrin extended an invitation to the Sudrian Premier to visit Norland in the near future.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "extended an invitation")).toBe("Tomas Orrin");
  });
});

describe("the importance of something addressed", () => {
  it("is a view stated ('They addressed the importance of …'), a topic addressed is not ('The ministers addressed the river issue')", () => {
    const found = statements(
      [
        "Foreign Minister Tomas Orrin and Foreign Minister Hana Velkova discussed regional issues, including the situation in Lindby. They addressed the importance of the role of the neighbouring countries in restoring security.",
        "Orrin also met Arab foreign ministers. The ministers addressed the river issue and the preparatory meetings.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "role of the neighbouring countries")).toBe(
      "Foreign Minister Tomas Orrin and Foreign Minister Hana Velkova",
    );
    expect(at(found, "addressed the river issue")).toBeUndefined();
  });
});

describe("'commented' closing a quotation", () => {
  it("gives the quotation to the one after it ('“…,” commented Orrin.')", () => {
    const found = statements(
      [
        "President Tomas Orrin met President Hana Velkova in Lindby on Wednesday.",
        "“We have of course talked about a couple of international issues,” commented Orrin.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "a couple of international issues")).toBe("Tomas Orrin");
  });
});

describe("an agency's bracket that opens the body, its dash run onto the story", () => {
  it("is no part of the subject ('(Lindpress)-Sudrian Foreign Minister said …')", () => {
    const found = extractCandidates(
      "(Lindpress)-Sudrian Foreign Minister said his country wants to foster the friendship and cooperation with Norland. In his meeting with Prime Minister Tomas Orrin in Lindby on Friday, Minister Hana Velkova conveyed a message from her president.",
      [],
      vocabulary,
      null,
      "PM Tomas Orrin receives Sudrian Foreign Minister",
      "(Lindpress)",
    ).filter((c) => c.kind === "STATEMENT");
    expect(
      at(found, "wants to foster the friendship")?.span.exact.startsWith("Sudrian Foreign Minister said"),
    ).toBe(true);
  });
});

describe("a title in a lead that names no one before it", () => {
  it("is the one person the next sentences name whom it fits ('Chilean Foreign Minister said …. …, Minister Hana Velkova conveyed …')", () => {
    const found = statements(
      "Chilean Foreign Minister said her country wants to foster the friendship and cooperation with Norland. In her meeting with Prime Minister Tomas Orrin in Lindby on Friday, Minister Hana Velkova conveyed a message from her president.",
    );
    expect(speakerAt(found, "wants to foster the friendship")).toBe("Hana Velkova");
  });

  it("stays a label where two people fit", () => {
    const found = statements(
      "Chilean Foreign Minister said her country wants to foster the friendship and cooperation with Norland. Minister Hana Velkova and Minister Ana Brandt met Prime Minister Tomas Orrin in Lindby on Friday.",
    );
    expect(speakerAt(found, "wants to foster the friendship")).toBe("Chilean Foreign Minister");
  });
});

describe("a participle of speech that opens the sentence before its subject", () => {
  it("is part of what the subject said ('Noting …, the parties highlighted …'), a circumstance is not ('Speaking to reporters, …')", () => {
    const found = statements(
      [
        "Foreign Minister Tomas Orrin met Foreign Minister Hana Velkova in Lindby.",
        "Noting an unprecedented level of bilateral relations reached in recent years, the parties highlighted the signing of the river treaty.",
        "Speaking to reporters, Orrin said the talks were useful.",
      ].join("\n\n"),
    );
    expect(at(found, "the parties highlighted")?.span.exact.startsWith("Noting an unprecedented level")).toBe(
      true,
    );
    expect(at(found, "talks were useful")?.span.exact.startsWith("Orrin said")).toBe(true);
  });
});

describe("'the Prime Minister' where two prime ministers fit", () => {
  it("is the one who spoke in the sentences before, not one only named there", () => {
    const found = statements(
      [
        "Prime Minister Tomas Orrin met Norland’s President-elect, Hana Velkova, in Lindby.",
        "Prime Minister Orrin said he has accepted the invitation to the inauguration in October. A similar invitation had also been put to the Sudrian Prime Minister Ivo Brandt by the new president and was also accepted.",
        "“In that context, I have accepted the invitation on behalf of all of us to attend the inauguration,” said the Prime Minister.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "on behalf of all of us")).toBe("Tomas Orrin");
  });
});

describe("'the visiting head of state' after a guest's relative clause", () => {
  it("is the one who is visiting ('President Orrin who is visiting Norland for the first time …')", () => {
    const found = statements(
      [
        "LINDBY – President Tomas Orrin has met President Hana Velkova at State House in Lindby.",
        "President Orrin who is visiting Norland for the first time since taking office held talks with President Velkova.",
        "The visiting head of state assured President Velkova of Sudria’s support as Norland takes over the chair.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "assured President Velkova")).toBe("Tomas Orrin");
  });
});

describe("quotations opened by two backticks", () => {
  it("reads ``…'' as a quotation ('``Both sides welcomed …,'' the statement said')", () => {
    const found = statements(
      [
        "President Tomas Orrin and President Hana Velkova agreed Wednesday to expand economic cooperation.",
        "``Both sides welcomed the joint statement from the fourth round of the river talks,'' the Orrin-Velkova statement said.",
        "``President Velkova told me that the river will stay open,'' Orrin said at a joint press conference.",
      ].join("\n\n"),
    );
    expect(at(found, "Both sides welcomed")?.span.exact.startsWith("``Both sides")).toBe(true);
    expect(speakerAt(found, "river will stay open")).toBe("Tomas Orrin");
  });
});

describe("'the <people> leader'", () => {
  it("is the prime minister of that people, not a president of none named nearer ('… President Velkova looked on. The Canadian leader told reporters …')", () => {
    const found = statements(
      [
        "Mexican President Ivo Brandt met Canadian Prime Minister Tomas Orrin in Mexico City on Thursday, and the two leaders signed an agreement on trade.",
        "Prime Minister Pedro Lind and President Hana Velkova of the regional bank looked on as the ministers exchanged the documents.",
        "The Canadian leader told reporters the relationship had never been stronger.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "never been stronger")).toBe("Tomas Orrin");
  });
});

describe("'the visiting minister' where the text says only who hosted", () => {
  it("is the other one: the one thanked for the welcome hosted ('He thanked Velkova for the warm welcome')", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova on Sunday met Sudrian counterpart Tomas Orrin and discussed the border, as the visiting minister expressed hope that peace would return to the region.",
        "Velkova said she briefed Orrin on the situation.",
        "Orrin told reporters he had expressed concern about the tensions. He thanked Velkova for the warm welcome and said he was pleased to meet her.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "peace would return")).toBe("Tomas Orrin");
    expect(speakerAt(found, "briefed Orrin")).toBe("Hana Velkova");
  });
});

describe("a spokesman named after the one he speaks for, and a source's words after 'according to'", () => {
  it("gives '…,” said Orrin’s spokesman Jonatan Holst' to the spokesman, as '… said government spokesman …'", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova held talks in Lindby with Prime Minister Tomas Orrin on Friday.",
        "“They had a meeting. We will not disclose what they talked about,” said Orrin’s spokesman Jonatan Holst.",
        "“The talks were useful,” said government spokesman Lena Marsh.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "We will not disclose")).toBe("Jonatan Holst");
    expect(speakerAt(found, "The talks were useful")).toBe("Lena Marsh");
  });

  it("credits 'discussions that according to Norland officials were to focus on …' to the officials only", () => {
    const found = statements(
      "Velkova held talks late on Thursday with her Sudrian counterpart Tomas Orrin, discussions that according to Norland officials were to focus on the river.",
    );
    expect(found.map((c) => c.data.speaker)).toContain("Norland officials");
  });
});

describe("a monarch by the form of address, condolences, pictures posted and an aide's title", () => {
  it("gives 'His Majesty stressed …' to the king named before, and 'extended condolences' is speech", () => {
    const found = statements(
      [
        "His Majesty King Haldor on Tuesday received Sudrian Foreign Minister Tomas Orrin at Lindby Palace.",
        "King Haldor also extended condolences over the victims of the floods in Sudria.",
        "Addressing the latest regional developments, His Majesty stressed the need to strive for a just peace.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "extended condolences")).toBe("Haldor");
    expect(speakerAt(found, "strive for a just peace")).toBe("Haldor");
  });

  it("gives a highness to the emir named before", () => {
    const found = statements(
      [
        "Emir Tamir Haldan received Foreign Minister Hana Velkova in Lindby on Monday.",
        "His Highness affirmed the importance of the river talks.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "importance of the river talks")).toBe("Tamir Haldan");
  });

  it("credits media that say someone posted photographs to the media, not to the one who posted them", () => {
    const found = statements(
      [
        "Velkova met Orrin in Lindby. Presidential aide Bashir Amadu confirmed the meeting.",
        "Local media reports said that Mr. Amadu only posted photographs of the two leaders leaving after the meeting.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "confirmed the meeting")).toBe("Bashir Amadu");
    expect(speakerAt(found, "posted photographs")).toBe("Local media reports");
  });

  it("leaves an assistant's post out of the name ('Special Assistant for Press and Public Relations Amos Tenda')", () => {
    const found = statements(
      "Velkova met Orrin. Special Assistant for Press and Public Relations Amos Tenda said the talks were good.",
    );
    expect(speakerAt(found, "talks were good")).toBe("Amos Tenda");
  });
});

describe("a colon after the subject's own words, and two who speak together after a participle's phrase", () => {
  it("gives “…” after 'Orrin agreed:' to Orrin, not to the one who spoke in the sentence before", () => {
    const found = statements(
      "Foreign Minister Ricardo Velkova met his counterpart Maria Orrin in Lindby. Velkova affirmed that “it is the governments who establish transit norms.” Orrin agreed: “Transport organizations are not the ones who define the mechanisms.”",
    );
    expect(speakerAt(found, "Transport organizations")).toBe("Maria Orrin");
  });

  it("gives 'Meeting yesterday in Lindby, X and his counterpart, Y, reaffirmed …' to both, from the verb on", () => {
    const found = statements(
      "Meeting yesterday in Lindby, Norland Foreign Minister Ricardo Velkova and his Sudrian counterpart, Maria Orrin, reaffirmed their commitment to strengthen ties.",
    );
    const statement = at(found, "reaffirmed their commitment");
    expect(statement?.data.speaker).toMatch(/Velkova and Maria Orrin$/u);
    expect(statement?.span.exact).toMatch(
      /^Norland Foreign Minister Ricardo Velkova and .* reaffirmed their/u,
    );
  });
});

describe("appositions whose closing comma a report leaves out, and a professor's honorific", () => {
  const found = statements(
    [
      "The Foreign Minister, Mr Ivo Brandt, who led the Norland delegation to the talks, said it was a follow-up to discussions begun in May.",
      "Professor Sery Bailo, Minister in Charge of Higher Education, who led the Sudrian delegation, said the talks would further strengthen relations.",
      "He stressed the need to review issues to facilitate a single currency.",
      "Miss Lena Marsh, Minister for Media Relations and Government Spokesperson, who briefed newsmen after the close-door meeting said it was held in a cordial atmosphere.",
      "Dr Hana Velkova, Minister of Economic Planning and Regional Co-operation said both countries agreed in principle to undertake regular visits to their borders.",
    ].join("\n\n"),
  );

  it("gives 'He stressed …' to the professor who spoke in the sentence before", () => {
    expect(speakerAt(found, "would further strengthen")).toBe("Sery Bailo");
    expect(speakerAt(found, "single currency")).toBe("Sery Bailo");
  });

  it("gives the words after an unclosed relative clause to the name it is about", () => {
    expect(speakerAt(found, "cordial atmosphere")).toBe("Lena Marsh");
  });

  it("gives the words after an unclosed post in apposition to the name before it", () => {
    expect(speakerAt(found, "regular visits")).toBe("Hana Velkova");
  });
});

describe("a family name misspelt once", () => {
  it("gives 'Holdness' after 'Prime Minister Andrew Holldness' to the same person, and 'he added' after him", () => {
    const found = statements(
      [
        "On Monday, Prime Minister Keith Rowan and Prime Minister Andrew Holldness met for discussions.",
        "“We had a couple of discussions,” Rowan told reporters.",
        "Holdness is in Port Halden as part of the celebration of the anniversary.",
        "“I must say when Prime Minister Rowan visited us, we were very happy. Today we signed a memorandum,” he added.",
        "The issue of security was also discussed according to Holdness.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "I must say")).toBe("Andrew Holldness");
    expect(speakerAt(found, "issue of security")).toBe("Andrew Holldness");
  });
});

describe("a quotation that opens with a verb of speech right after its subject", () => {
  it("is the subject's, reported from the subject on ('The president “underlined …”', '… and he “stressed …”')", () => {
    const found = statements(
      [
        "President Ivo Brandt met Prime Minister Tomas Orrin in Lindby on Tuesday.",
        "The president “underlined the importance of cooperation between Norland and Sudria to ensure the continuation of sanctions”.",
        "Orrin “emphasized that both countries need to manage the river responsibly,” and he “underscored that the two must work together.”",
      ].join("\n\n"),
    );
    const underlined = at(found, "underlined the importance");
    expect(underlined?.data.speaker).toBe("Ivo Brandt");
    expect(underlined?.data.mode).toBe("REPORTED");
    expect(underlined?.span.exact.startsWith("The president “underlined")).toBe(true);
    expect(speakerAt(found, "emphasized that both")).toBe("Tomas Orrin");
    expect(at(found, "underscored that the two")?.data.mode).toBe("REPORTED");
  });

  it("is the subject's after an aside ('Orrin, for his part, “expressed …”') and with a verb in the past tense ('The pair “discussed …”')", () => {
    const found = statements(
      [
        "President Ivo Brandt met Prime Minister Tomas Orrin in Lindby on Tuesday.",
        "Brandt “reaffirmed Norland’s commitment to the partnership on the river”. Orrin, for his part, “expressed gratitude for the support”.",
        "The pair “discussed ways to deepen trade ties and energy cooperation”.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "expressed gratitude")).toBe("Tomas Orrin");
    expect(speakerAt(found, "discussed ways")).toBe("The pair");
  });
});

describe("'They' after a pair or a group named with long titles or a long opening phrase", () => {
  it("gives 'They said …' to a pair whose second side has a title and two honorifics", () => {
    const found = statements(
      "President Ivo Brandt Jr. and Sudrian Prime Minister Dato’ Seri Tomas Orrin on Wednesday agreed to enhance relations. They said they both made the agreement during a cordial bilateral meeting.",
    );
    expect(speakerAt(found, "both made the agreement")).toMatch(/Brandt Jr and .*Tomas Orrin$/u);
  });

  it("gives 'They called for …' to the two leaders after an opening phrase that names a town and its country", () => {
    const found = statements(
      [
        "During their meeting on the sidelines of the 26th river summit in Lindby, Norland on April 27, the two leaders showed their determination to strengthen trade links.",
        "They called for ways to clear barriers to trade.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "clear barriers")).toBe("the two leaders");
  });

  it("leaves 'Dato’' out of the name, as 'Dato'", () => {
    const names = extractCandidates(
      "Prime Minister Dato’ Seri Tomas Orrin met President Ivo Brandt.",
      [],
      vocabulary,
      null,
    )
      .filter((c) => c.kind === "PARTICIPANT")
      .map((c) => c.data.name);
    expect(names).toContain("Tomas Orrin");
  });
});

describe("the guest the text says came", () => {
  it("is 'the high-ranking guest', not the foreigner whose greetings he brings, however his name is spelt", () => {
    const found = statements(
      [
        "On April 23, in Lindby, the President of the Republic of Norland, Ivo Brandt, received a delegation led by the Minister of Foreign Affairs of the Sudrian Federation, Sergei Orlov, who is in Norland on a working visit.",
        "At the beginning of the meeting, the high-ranking guest conveyed the greetings and best wishes of the President of the Sudrian Federation, Tomas Orrin, to the head of state.",
        "It should be recalled that Sergey Orlov arrived in Lindby on April 22.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "conveyed the greetings")).toBe("Sergei Orlov");
  });
});

describe("speech repeated, an epithet before the speaker, the Commonwealth's honorific and the document named again", () => {
  it("reads 'repeated that' as speech and '“…,” a stern-looking Ernst said' as the quotation's close", () => {
    const found = statements(
      [
        "Foreign Minister Karl Ernst met Foreign Minister Miro Kovan. Kovan repeated that Sudria has withdrawn from the agreement.",
        '"To be honest, I expected to receive you in Lindby against a better backdrop," a stern-looking Ernst said as he opened the talks.',
      ].join("\n\n"),
    );
    expect(speakerAt(found, "has withdrawn")).toBe("Miro Kovan");
    const quoted = at(found, "To be honest");
    expect(quoted?.data.speaker).toBe("Karl Ernst");
    expect(quoted?.data.mode).toBe("DIRECT");
  });

  it("leaves 'the Honourable' out of a name", () => {
    const names = extractCandidates(
      "Prime Minister Thomson was accompanied by the Honourable Christopher P. Sinclair, M.P., Minister of Foreign Affairs.",
      [],
      vocabulary,
      null,
    )
      .filter((c) => c.kind === "PARTICIPANT")
      .map((c) => c.data.name);
    expect(names).toContain("Christopher P. Sinclair");
  });

  it("credits 'the statement said' to who issued the statement, past a post someone else made", () => {
    const found = statements(
      [
        "Norland President Ivo Brandt held talks with Sudria's President Tomas Orrin in Lindby, where they discussed cooperation, the Norland presidency said in a statement.",
        "In a post released late Wednesday on X, Brandt said the talks were “cordial and fruitful.”",
        "The leaders reached consensus on opening a new diplomatic relationship, the statement said.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "cordial and fruitful")).toBe("Ivo Brandt");
    expect(speakerAt(found, "reached consensus")).toBe("the Norland presidency");
  });
});

describe("a leader's title no one holds, a pronoun after a quotation that names another, and the day before a subject", () => {
  it("gives 'The prime minister said …' to the untitled person who spoke just before", () => {
    const found = statements(
      [
        '"If you come to Norland sooner, we could resolve our negotiations sooner," Orrin told his Sudrian counterpart at the joint press conference on Monday.',
        "The prime minister said he had been briefed that the negotiations on the memoranda were not complicated.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "had been briefed")).toBe("Orrin");
  });

  it("gives '“… President Brandt makes …,” he wrote' to the one before, not to Brandt named inside", () => {
    const found = statements(
      [
        "President Tomas Orrin met President Ivo Brandt.",
        "Brandt’s visit was announced Saturday morning by Armand Moreau, Norland’s ambassador to Sudria.",
        "“Today will be the second visit that President Brandt makes to Lindby, ”he wrote on Twitter.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "second visit")).toBe("Armand Moreau");
  });

  it("gives 'he wrote' after 'Brandt’s visit was announced … by Armand Moreau' to Moreau, not to Brandt's possessive", () => {
    const found = statements(
      [
        "President Tomas Orrin met President Ivo Brandt.",
        "Brandt’s visit was announced Saturday morning by Armand Moreau, Norland’s ambassador to Sudria.",
        "“Today will be the second visit that President @ivobrandt makes to Lindby,” he wrote on Twitter.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "second visit")).toBe("Armand Moreau");
  });

  it("leaves the day out of an inverted subject ('…, said on Monday the presidents of both countries')", () => {
    const found = statements(
      "Norland and Sudria will work together on economic and cultural issues, said on Monday the presidents of both countries, who met in Lindby.",
    );
    expect(speakerAt(found, "work together")).toBe("the presidents of both countries");
  });
});

describe("a title read against the people named so far, closing attributions with an apposition, and labels that name a person", () => {
  it("gives 'the Chilean president said' to the one named before, not to a President named later", () => {
    const found = statements(
      [
        "Santiago, November 24 -- The president of Chile, Ada Lind, held a meeting with her Mexican counterpart, Tomas Orrin, on Wednesday.",
        'In a press conference after the meeting, the Chilean president said that "our objective is to deepen the alliance".',
        "The Chilean president also affirmed that she will mediate after the refusal of the Peruvian Congress to authorize President Piet Mirren to travel.",
      ].join("\n"),
    );
    expect(speakerAt(found, "deepen the alliance")).toBe("Ada Lind");
    expect(speakerAt(found, "will mediate")).toBe("Ada Lind");
  });

  it("gives '…, Oszkar Velmo, head of the Prime Minister’s Press Office, told the agency' to Velmo, not to the prime minister", () => {
    const found = statements(
      [
        "Prime Minister Ada Lind met with Sudrian President Tomas Orrin in Port Halden on Saturday morning, Oszkar Velmo, head of the Prime Minister’s Press Office, told the agency.",
        "At the meeting, which was also attended by Piet Mirren, Minister of Foreign Affairs, trade was discussed.",
      ].join("\n\n"),
    );
    const statement = at(found, "met with Sudrian President");
    expect(statement?.data.speaker).toBe("Oszkar Velmo");
    expect(statement?.span.exact).toMatch(/on Saturday morning$/u);
  });
});

describe("a quotation inside a relative clause about a thing", () => {
  it("gives the terms of an order, 'which is awarded to leaders “…”', to no one", () => {
    const found = statements(
      "President Ada Lind said the visit was good. In addition, Lind bestowed upon Orrin the Order of Norland (gold), which is awarded to leaders “who have distinguished themselves to the President of the Republic of Norland.”",
    );
    expect(at(found, "distinguished themselves")).toBeUndefined();
    expect(speakerAt(found, "the visit was good")).toBe("Ada Lind");
  });

  it("gives 'The envoy also lauded …' to the one titled 'Ambassador to the Philippines', and 'The President of Kyrgyzstan' to the first of 'Presidents of Kyrgyzstan A and Tajikistan B'", () => {
    const envoy = statements(
      "The President met with Sudrian Ambassador to the Philippines Oszkar Velmo in Lindby last Wednesday. Velmo has informed Lind about Sudria's plan to build schools, according to the Palace. The envoy also lauded Lind's efforts to attain lasting peace.",
    );
    expect(speakerAt(envoy, "lauded Lind's efforts")).toBe("Oszkar Velmo");
    const presidents = statements(
      "Presidents of Kyrgyzstan Oszkar Velmo and Tajikistan Tomas Orrin are holding a meeting in Dushanbe. In turn, Velmo thanked Orrin for the invitation. The President of Kyrgyzstan expressed confidence that the parties would find ways to resolve border issues.",
    );
    expect(speakerAt(presidents, "expressed confidence")).toBe("Oszkar Velmo");
  });

  it("gives 'with Sudria’s First Deputy Prime Minister and Foreign Minister saying …' to the one named so later, and 'said the Secretary-General' to the one so titled", () => {
    const found = statements(
      [
        "The deadlock between Norland and Kuwait is likely to end soon, with Kuwait’s First Deputy Prime Minister and Foreign Minister saying that the ambassadors could return any moment, the agency reported.",
        "Addressing a news conference with Dr Oszkar Velmo, Secretary-General of the Council, Sheikh Ada Lind, Kuwait’s First Deputy Prime Minister and Foreign Minister, said a mechanism was in place.",
        "“The spirit that we saw at the meeting was very positive,” said Velmo.",
        "“We will follow up on what has been agreed,” said the Secretary-General.",
      ].join("\n\n"),
    );
    const absolute = at(found, "ambassadors could return");
    expect(absolute?.data.speaker).toBe("Ada Lind");
    expect(absolute?.span.exact).toMatch(/^Kuwait’s First Deputy/u);
    expect(speakerAt(found, "follow up on what")).toBe("Oszkar Velmo");
  });

  it("takes no title from 'with the Sudrian ambassador, Lind also …' nor from 'The envoy also lauded Lind's efforts'", () => {
    const found = statements(
      [
        "Sudria remains a good friend of Norland, President Lind declared last Wednesday.",
        "The President met with Sudrian Ambassador to Norland Oszkar Velmo in Lindby last Wednesday and agreed to enhance cooperation.",
        "In the meeting with the Sudrian ambassador, Lind also expressed interest in partnering with the Sudrian government.",
        "Velmo has informed Lind about Sudria's plan to build schools, according to the Palace.",
        "The envoy also lauded Lind's efforts to attain lasting peace.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "lauded Lind's efforts")).toBe("Oszkar Velmo");
  });

  it("reads 'the duo described the talks as …' as the pair's, and 'He noted with regret that …' as said", () => {
    const found = statements(
      [
        "Foreign Minister Ivo Brandt held talks with his counterpart Tomas Orrin in Lindby on Monday.",
        "Striking a positive note in the first contact, the duo described the talks as 'warm and productive'.",
        "In turn, Orrin thanked Brandt for the invitation. He noted with regret that the floods had been days of sorrow for both peoples.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "warm and productive")).toBe("the duo");
    expect(speakerAt(found, "days of sorrow")).toBe("Tomas Orrin");
  });
});

describe("a picture's title and source in brackets", () => {
  it("reads 'Foreign Minister Ivo Brandt. (Source: TASR - Jan Novak)' as a caption, no statement nor person, and the quotation after it as its speaker's", () => {
    const found = extractCandidates(
      [
        "Ivo Brandt met with his counterpart, and had separate meetings with Lind and Orrin.",
        "Norland's Foreign Minister Ivo Brandt.Norland's Foreign Minister Ivo Brandt. (Source: TASR - Jan Novak)",
        '"The issue on which our opinions differ is much less than a practical and positive agenda," said Sudria\'s Foreign Minister Tomas Velkov after his meeting with his Norlandic counterpart.',
      ].join("\n\n"),
      [],
      vocabulary,
      null,
    );
    const said = found.filter((c) => c.kind === "STATEMENT");
    expect(at(said, "Source: TASR")).toBeUndefined();
    expect(speakerAt(said, "opinions differ")).toBe("Tomas Velkov");
    expect(found.filter((c) => c.kind === "PARTICIPANT").map((c) => c.data.name)).not.toContain("Jan Novak)");
  });

  it("reads 'Foreign Minister Dr. Ada Lind has reaffirmed …' opening the story as prose, not a transcript's label", () => {
    const found = statements(
      "Foreign Minister Dr. Ada Lind has reaffirmed Norland’s commitment to strengthening ties with Sudria during an official visit. In discussions with her counterpart Tomas Orrin, both sides explored cooperation.",
    );
    expect(speakerAt(found, "has reaffirmed")).toBe("Ada Lind");
    expect(found.map((c) => c.data.speaker)).not.toContain("Foreign Minister Dr");
  });

  it("gives '…, according to the Brazilian Minister of Foreign Relations, Ivo Brandt.' to Brandt, and finds no person 'Relations'", () => {
    const text =
      "The meeting between presidents Ada Lind and Tomas Orrin was marked by an excellent atmosphere, according to the Brazilian Minister of Foreign Relations, Ivo Brandt. He also observed that the session ran long.";
    const found = statements(text);
    expect(speakerAt(found, "excellent atmosphere")).toBe("Ivo Brandt");
    expect(speakerAt(found, "session ran long")).toBe("Ivo Brandt");
    const names = extractCandidates(text, [], vocabulary, null)
      .filter((c) => c.kind === "PARTICIPANT")
      .map((c) => c.data.name);
    expect(names).not.toContain("Relations");
  });

  it("gives '… represented the people of Norland in expressing his gratitude' to the sentence's subject, and a later 'the Cambodian PM' to the one it named before", () => {
    const found = statements(
      [
        "On his visit, Prime Minister Tomas Orrin of Cambodia commended the progress of bilateral trade.",
        "The Cambodian PM said during the bilateral meeting that Cambodia will return prisoners by April.",
        "Prime Minister Ivo Brandt represented the government and the people of Laos in expressing his gratitude to the people of Cambodia for their support.",
        "The Cambodian PM also expressed his congratulations to his newly-elected counterpart in Laos.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "expressing his gratitude")).toBe("Ivo Brandt");
    expect(speakerAt(found, "his congratulations")).toBe("Tomas Orrin");
  });

  it("gives 'The South American head of state posted …' to the Chilean president named before, a continent's part being of no one nation", () => {
    const found = statements(
      [
        "Mexico City, November 24 -- The president of Chile, Ada Lind, held a meeting with her Mexican counterpart, Tomas Orrin, on Wednesday.",
        'In a press conference after the meeting, the Chilean president said that "our objective is to deepen the alliance".',
        'The South American head of state posted on his Twitter account: "Today we take another step to strengthen integration".',
      ].join("\n"),
    );
    expect(speakerAt(found, "another step")).toBe("Ada Lind");
  });

  it("gives 'the Ivorian head of state' to the one named with '(Ivory Coast)' after his name, and 'the Angolan president' to the other", () => {
    const found = statements(
      [
        "Luanda, Jun 27 (Harbour Wire) Angola and Ivory Coast signed today 14 agreements to strengthen bilateral cooperation.",
        "In the Ivorian city of Abidjan and in the presence of Presidents Tomas Orrin (Angola) and Ivo Brandt (Ivory Coast), the instruments were signed by the ministers.",
        "In a press conference, the Ivorian head of state described the signed agreements as a sign of the common will to strengthen relations.",
        "Meanwhile, the Angolan president reviewed the historical relations between both countries and affirmed there is a reciprocal interest in strengthening ties.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "described the signed agreements")).toBe("Ivo Brandt");
    expect(speakerAt(found, "reviewed the historical relations")).toBe("Tomas Orrin");
  });

  it("reads 'Minister al-Velko asserted that …' as al-Velko's, a family name opening with its article, and 'considered that' as speech", () => {
    const found = statements(
      [
        "President Ivo Brandt received the Foreign Minister of Omani Sultanate and the accompanying delegation.",
        "President Brandt considered that open dialogue among the countries of the region is required to address regional issues.",
        "Minister al-Velko asserted that Norland is a pivotal state in the region.",
        "He underlined that fostering bilateral cooperation in all areas is of a special significance for Oman.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "open dialogue")).toBe("Ivo Brandt");
    expect(speakerAt(found, "pivotal state")).toBe("al-Velko");
    expect(speakerAt(found, "fostering bilateral")).toBe("al-Velko");
    const names = extractCandidates(found.map((c) => c.span.exact).join(" "), [], vocabulary, null);
    expect(names.filter((c) => c.kind === "PARTICIPANT").map((c) => c.data.name)).not.toContain("Sultanate");
  });

  it("reads 'Foreign Minister Ivo Brandt (Unity) said after meeting …' as Brandt's, the party in brackets between the name and the verb", () => {
    const found = statements(
      "Norlandic and Sudrian foreign ministries have expressed their readiness to continue cooperation in various aspects, Norlandic Foreign Minister Ivo Brandt (Unity) said after meeting with Sudrian Foreign Minister Ana Lind yesterday.",
    );
    expect(speakerAt(found, "expressed their readiness")).toBe("Ivo Brandt");
  });

  it("gives 'the High Commissioner' to the one set off after 'Norland’s new High Commissioner to Sudria,', titles run together by their stops ('Amb.Dr') no part of the name", () => {
    const text = [
      "Norland’s new High Commissioner to Sudria, Amb.Dr Tomas Wasswa Orrin has finally presented his credentials to Sudrian President Ivo Brandt.",
      "The High Commissioner said he is privileged to have been appointed in the position.",
    ].join("\n\n");
    const found = extractCandidates(text, [], vocabulary, null);
    expect(found.filter((c) => c.kind === "PARTICIPANT").map((c) => c.data.name)).toContain(
      "Tomas Wasswa Orrin",
    );
    expect(speakerAt(statements(text), "privileged")).toBe("Tomas Wasswa Orrin");
  });

  it("reads 'They assessed that …' as the pair's view", () => {
    const found = statements(
      "Norlandic Deputy Prime Minister Ivo Brandt has met with Sudrian Foreign Minister Tomas Orrin. Brandt and Orrin noted that relations have never been better. They assessed that this is primarily due to exceptional personal relations between the two presidents.",
    );
    expect(speakerAt(found, "primarily due")).toBe("Ivo Brandt and Tomas Orrin");
  });

  it("reads 'Prime Minister Ivo Brandt in a media conference said that …' as Brandt's, at that conference", () => {
    const found = statements(
      "Prime Minister Ivo Brandt in a media conference said that this was President Orrin’s first visit to Norland.",
    );
    const statement = at(found, "first visit");
    expect(statement?.data.speaker).toBe("Ivo Brandt");
    expect(statement?.data.channel).toBe("a media conference");
  });

  it("gives 'The elected president, who is to take power …, pointed out that …' to the president-elect", () => {
    const found = statements(
      [
        "Norland’s president-elect, Ivo Brandtsen, said on Thursday in Lindby, after being received by the Sudrian president, Ana Velkova, that the talks were cordial.",
        "The elected president, who is scheduled to take power in his country on January 14, pointed out that it was a privilege to visit.",
      ].join("\n\n"),
    );
    const statement = at(found, "a privilege");
    expect(statement?.data.speaker).toBe("Ivo Brandtsen");
    expect(statement?.span.exact.startsWith("The elected president")).toBe(true);
    // (So is "the designated minister" the minister-designate.)
    const designated = statements(
      "Norland's minister-designate, Ivo Brandtsen, met Sudrian Minister Tomas Orrin. The designated minister said that talks were good.",
    );
    expect(speakerAt(designated, "talks were good")).toBe("Ivo Brandtsen");
  });

  it("gives '…,” Lind confirmed afterwards, merely noting that …' to Lind as a second statement", () => {
    const found = statements(
      'Ada Lind met Tomas Orrin in Lindby. "Norland and Sudria want to cooperate more closely," Lind confirmed afterwards, merely noting that bilateral relations are good and can be improved even further.',
    );
    const noted = at(found, "bilateral relations are good");
    expect(noted?.data.speaker).toBe("Ada Lind");
    expect(noted?.data.mode).toBe("REPORTED");
  });

  it("gives '…, praising the agreement' to the sentence's subject", () => {
    const found = statements(
      "Ada Lind met Tomas Orrin in Lindby. Both leaders also touched on the specter of illegal immigration, praising the Norland-Sudria agreement.",
    );
    expect(speakerAt(found, "praising")).toBe("Both leaders");
  });

  it("gives 'X and the President of Sudria, Tomas Orrin, said …' to both", () => {
    const found = statements(
      "Norlandic President Ivo Brandt and the President of Sudria, Tomas Orrin, said on Thursday in Lindby that their countries will increase cooperation over trade.",
    );
    const speaker = String(speakerAt(found, "increase cooperation"));
    expect(speaker).toContain("Ivo Brandt");
    expect(speaker).toContain("Tomas Orrin");
  });

  it("reads 'provided an update on …' and 'briefed … on …' as a side's account, and 'was briefed' as none", () => {
    const found = statements(
      [
        "Prime Minister Ada Lind and her Sudrian counterpart Tomas Orrin met in Lindby this week.",
        "Prime Minister Lind also provided an update on the reconvening of the Great Council of Chiefs.",
        "Orrin briefed Lind on the progress of the river reforms.",
        "Lind was briefed on the talks by her officials.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "Great Council")).toBe("Ada Lind");
    expect(speakerAt(found, "river reforms")).toBe("Tomas Orrin");
    expect(at(found, "her officials")).toBeUndefined();
  });

  it("gives 'Sudrian Foreign Minister thanked …' to the one described as 'her Sudrian counterpart Dr. Tomas Orrin', the honorific between", () => {
    const found = statements(
      [
        "Foreign Minister Ada Lind and her Sudrian counterpart Dr. Tomas Orrin discussed bilateral issues in Lindby today.",
        "The Sudrian Foreign Minister thanked the Government of Norland for all the support extended during the floods.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "all the support")).toBe("Tomas Orrin");
  });

  it("reads 'requested to …', 'requested that …' and 'informed with encouragement that …' as speech, and 'was requested to' as none", () => {
    const found = statements(
      [
        "Foreign Minister Ada Lind met her Sudrian counterpart Tomas Orrin in Lindby today.",
        "Orrin informed with encouragement that his government is going to lift the quarantine. He also requested to open up new land ports for trade. He requested that the talks be held soon.",
        "Lind was requested to visit Sudria.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "lift the quarantine")).toBe("Tomas Orrin");
    expect(speakerAt(found, "new land ports")).toBe("Tomas Orrin");
    expect(speakerAt(found, "held soon")).toBe("Tomas Orrin");
    expect(at(found, "visit Sudria")).toBeUndefined();
  });

  it("credits 'The Prime Minister's Office said …' to the office, not to the prime minister", () => {
    const found = statements(
      [
        "Prime Minister Ada Lind had a telephone conversation with Sudrian President Tomas Orrin on Saturday.",
        "The Prime Minister's Office said in its statement, the two leaders agreed to maintain regular contact between officials.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "regular contact")).toBe("The Prime Minister's Office");
  });

  it("gives '…, the PMO further added' to the person whose clause it closes, the body by its initials the channel", () => {
    const found = statements(
      "Prime Minister Ada Lind had a telephone conversation with Sudrian President Tomas Orrin on Saturday. During the call, Prime Minister Lind reiterated the importance of Sudria to Norland's river policy, the PMO further added.",
    );
    const reiterated = at(found, "river policy");
    expect(reiterated?.data.speaker).toBe("Ada Lind");
    expect(reiterated?.data.channel).toBe("the PMO");
  });

  it("reads 'took to Twitter to say' and 'took to her official X account to write' as the subject's words, after a word of when ('Later the Prime Minister')", () => {
    const found = statements(
      [
        "Prime Minister Ada Lind had a telephone conversation with Sudrian President Tomas Orrin on Saturday.",
        "Later the Prime Minister took to Twitter to say: “Had a telephone conversation with President Orrin today.”",
        "Orrin took to his official X account to write that the talks were very productive.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "telephone conversation with President Orrin today")).toBe("Ada Lind");
    expect(speakerAt(found, "very productive")).toBe("Tomas Orrin");
  });

  it("gives 'Georgian PM accentuated …' and 'Head of the Georgian Government expressed …' to the Georgian prime minister", () => {
    const found = statements(
      [
        "Georgian Prime Minister Giorgi Lindadze met with President of Azerbaijan Tomas Orrinov.",
        "Georgian PM accentuated that partnership between the two states had upgraded to an international level.",
        "Head of the Georgian Government expressed gratitude towards President of Azerbaijan for supporting Georgia’s sovereignty.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "international level")).toBe("Giorgi Lindadze");
    expect(speakerAt(found, "supporting Georgia")).toBe("Giorgi Lindadze");
  });

  it("reads 'X applauded … and congratulated …' as two statements of X's, each its own words", () => {
    const found = statements(
      "President Ada Lind met Sudrian Secretary Tomas Orrin on Tuesday. On climate change, President Lind applauded Sudria for rejoining the river accord and congratulated President Karl Brandt for convening the recent summit on the matter.",
    );
    const applauded = at(found, "rejoining the river accord");
    const congratulated = at(found, "convening the recent summit");
    expect(applauded?.data.speaker).toBe("Ada Lind");
    expect(congratulated?.data.speaker).toBe("Ada Lind");
    expect(applauded).not.toBe(congratulated);
    expect(congratulated?.span.exact.startsWith("congratulated")).toBe(true);
  });

  it("gives 'The Prime Minister congratulated Malaysian Prime Minister …' to the other prime minister, and 'The Malaysian Prime Minister' to the one named far back as Malaysia's", () => {
    const found = statements(
      [
        "At Government House, Prime Minister and Defence Minister Gen. Ivo Brandt had a phone conversation with H.E. Tomas Orrin, the Prime Minister of Malaysia. This was the first conversation between the two premiers. Prof. Ada Lind, Government Spokesperson, disclosed the gist of the call.",
        "The Prime Minister congratulated Malaysian Prime Minister for taking over the office. He praised his capability in administering the country. He also thanked the Malaysian Government for taking care of Thai citizens. Thailand also stands ready to help.",
        "The Malaysian Prime Minister commended the Prime Minister for his leadership in tackling the floods. He also thanked the Thai Government for taking good care of stranded Malaysians.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "taking over the office")).toBe("Ivo Brandt");
    expect(speakerAt(found, "Thai citizens")).toBe("Ivo Brandt");
    expect(speakerAt(found, "tackling the floods")).toBe("Tomas Orrin");
    expect(speakerAt(found, "stranded Malaysians")).toBe("Tomas Orrin");
  });

  it("gives 'He paid tribute to Dr Orrin, describing him as “…”' to the one 'He' stands for, not to the one described", () => {
    const found = statements(
      [
        "Norlandic Prime Minister Ivo Brandt says Norland and Sudria must work together. He had a frank discussion with Dr Tomas Orrin in Lindby.",
        "He paid tribute to Dr Orrin, describing him as “a statesman, and a senior leader of the region and the world”.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "a statesman")).toBe("Ivo Brandt");
  });

  it("gives '…, while president Orrin pointed out …' to Orrin, and 'Asked about …, the presidents declined to answer, saying …' to the presidents", () => {
    const found = statements(
      [
        "President Ada Lind met Sudrian president Tomas Orrin today at the government house. After the meeting, the presidents gave a press conference.",
        "“It is time to strongly resume the agenda,” she said, while president Orrin pointed out that Lind’s predecessor, Karl Brandt, “had other urgencies, other initiatives, and he had all the right to do so.”",
        "Asked about the situation of the Harbour Lama mining project, currently halted, the presidents preferred not to answer, saying that the issue was in the hands of the judiciary.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "other urgencies")).toBe("Tomas Orrin");
    expect(speakerAt(found, "hands of the judiciary")).toBe("the presidents");
  });

  it("reads '“…,”  - wrote President Orrin' and '“…” - said deputy to the Sejm and member of the Foreign Affairs Committee Karl Zalewski.' as inverted attributions", () => {
    const found = statements(
      [
        "President Ivo Brandt met President Tomas Orrin in Lindby on Thursday.",
        '"Today\'s meeting with the President of Norland was an opportunity to discuss strategic action plans for the coming year,"  - wrote President Tomas Orrin on social media.',
        '"The possibility of discussing what may happen in the future is very important" - said deputy to the Sejm and member of the Foreign Affairs Committee Karl Zalewski.',
      ].join("\n\n"),
    );
    expect(speakerAt(found, "strategic action plans")).toBe("Tomas Orrin");
    expect(speakerAt(found, "may happen in the future")).toBe("Karl Zalewski");
  });

  it("gives '…, who hailed the visit as …' to the person the clause before ends on, and reads 'labelled the visit a testament' as speech", () => {
    const found = statements(
      [
        "Norlandic Prime Minister Karl Zarvik emphasised the importance of the river union when meeting with Sudria's Prime Minister Tomas Orrin on Monday, who hailed the visit as a reaffirmation of their historically close relationship.",
        "Orrin labelled the visit a testament to the important role that the new Norlandic government awards to the union.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "river union")).toBe("Karl Zarvik");
    expect(speakerAt(found, "a reaffirmation")).toBe("Tomas Orrin");
    expect(speakerAt(found, "a testament")).toBe("Tomas Orrin");
  });

  it("gives 'Brandt told Orrin that …, said Lind' to Brandt, passed on by Lind", () => {
    const found = statements(
      "Prime Minister Ivo Brandt met Prime Minister Tomas Orrin in Lindby. Brandt told Orrin that Norland was willing to discuss all issues of mutual concern through dialogue, said Foreign Secretary Ada Lind.",
    );
    const told = at(found, "all issues of mutual concern");
    expect(told?.data.speaker).toBe("Ivo Brandt");
    expect(told?.data.channel).toBe("Ada Lind");
  });

  it("makes no statement of 'Lind briefed the media.' or 'Lind told reporters on Monday.', whom one spoke to with nothing said", () => {
    const found = statements(
      "Prime Minister Ivo Brandt met Prime Minister Tomas Orrin in Lindby. Foreign Secretary Ada Lind briefed the media. Lind told reporters on Monday. “The talks were good,” Lind told reporters on Monday.",
    );
    expect(at(found, "briefed the media")).toBeUndefined();
    expect(found.filter((c) => c.span.exact.includes("told reporters"))).toEqual([]);
    expect(speakerAt(found, "talks were good")).toBe("Ada Lind");
  });

  it("follows a pronoun back along sentences that open with it, past a readout that names no one", () => {
    const found = statements(
      [
        "Foreign Minister Ada Lind was greeted by Prime Minister Tomas Orrin on Wednesday and received a ceremonial welcome in the forecourt.",
        "Ms Lind has put river trade on the agenda.",
        "She has pushed for an end to the tariffs on grain.",
        "The leaders also discussed the “urgent need to reopen the river crossings”.",
        "“Their discussions reinforced their commitment to work together on the river,” a readout of the meeting said.",
        "The talks went on into the evening.",
        "She said people were having a difficult time trying to cross the river to visit relatives.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "difficult time")).toBe("Ada Lind");
  });

  it("reads 'floated the idea of …' as a proposal put forward", () => {
    const found = statements(
      "Prime Minister Tomas Orrin met Foreign Minister Ada Lind in Lindby. Orrin also floated the idea of free movement across the river for the people of both countries.",
    );
    expect(speakerAt(found, "free movement")).toBe("Tomas Orrin");
  });

  it("gives a quotation the speaker set inside it by dashes ('“Initially – added Lind -, …”'), and a view opened by 'For the … prime minister,' its holder", () => {
    const found = statements(
      [
        "A memorandum was signed today between the Norlandic Prime Minister, Ada Lind, and the Prime Minister of Sudria, Tomas Orrin.",
        "“Initially – added Lind -, the centres will be able to welcome up to three thousand people who will stay as long as needed.”",
        "For the Norlandic prime minister, this is an agreement that enriches “a historical friendship, ours is a strategic partnership”.",
        "For the first time, the talks were held in the “river house” by the port.",
      ].join("\n\n"),
    );
    const added = at(found, "three thousand people");
    expect(added?.data.speaker).toBe("Ada Lind");
    expect(added?.data.mode).toBe("DIRECT");
    expect(added?.span.exact.startsWith("“Initially")).toBe(true);
    expect(speakerAt(found, "historical friendship")).toBe("Ada Lind");
    expect(at(found, "river house")).toBeUndefined();
  });

  it("gives 'according to <titles> <name>' to the person when words of when or where follow the name, and keeps the channel apart", () => {
    const found = statements(
      [
        "Prime Minister Tomas Orrin met Foreign Minister Ada Lind in Lindby.",
        "Spontaneous, friendly and content-rich, such was according to Prime Minister Tomas Orrin (Smer-SD) his Tuesday meeting with Lind in Lindby.",
        "The talks were held in a good atmosphere according to Foreign Minister Ada Lind in a statement on Tuesday.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "content-rich")).toBe("Tomas Orrin");
    const stated = at(found, "good atmosphere");
    expect(stated?.data.speaker).toBe("Ada Lind");
    expect(stated?.data.channel).toBe("a statement on Tuesday");
  });

  it("gives 'X, and his counterpart from …, Y, said' to both, and reads a dateline under a caption and the headline printed again", () => {
    const found = statements(
      [
        "Sudria’s Prime Minister, Dr. Tomas Orrin, right, met with Norland’s Prime Minister, Ada Lind, earlier this year.",
        "Prime Ministers Hail Bilateral Talks A Success",
        "LINDBY, Norland, July 21, 2031 (CMC) – The Prime Ministers of Norland and Sudria have declared meetings, held over the last four days, a success.",
        "In a communiqué, Norland’s Prime Minister, Ada Lind, and her counterpart from Sudria Prime Minister, Dr. Tomas Orrin, said their discussions were meaningful.",
      ].join("\n\n"),
      "Prime Ministers Hail Bilateral Talks A Success",
      "LINDBY, Norland, July 21, 2031",
    );
    expect(speakerAt(found, "a success")).toBe("The Prime Ministers of Norland and Sudria");
    // (Each with the titles right before the name, as a pair set side by side is labelled.)
    expect(speakerAt(found, "were meaningful")).toBe("Ada Lind and Dr. Tomas Orrin");
  });

  it("gives 'President X of A and President Y of B reaffirmed' to both", () => {
    const found = statements(
      "President Ada Lind of Norland and President Tomas Orrin of Sudria reaffirmed their countries’ commitment to resolving outstanding territorial matters.",
    );
    expect(found.map((s) => s.data.speaker)).toEqual(["President Ada Lind and President Tomas Orrin"]);
  });

  it("gives a quotation in a sentence a group opens to the group, also past an opening phrase", () => {
    const found = statements(
      "President Ada Lind of Norland and President Tomas Orrin of Sudria reaffirmed their countries’ commitment to resolving outstanding territorial matters.\nIn a joint statement, they recognized the “transformative potential for trade, tourism, connectivity, and people-to-people exchanges” of the bridge.\nThey pledged to continue “close coordination to address outstanding legal, technical and financial matters”.\nIn a joint statement, the two leaders recognized the “potential of the new port for trade, connectivity, and exchanges between peoples” of the region.",
    );
    expect(speakerAt(found, "transformative potential")).toBe("President Ada Lind and President Tomas Orrin");
    expect(speakerAt(found, "close coordination")).toBe("President Ada Lind and President Tomas Orrin");
    expect(speakerAt(found, "potential of the new port")).toBe("the two leaders");
  });

  it("reads 'apprised … of' as an account given", () => {
    const found = statements(
      "Ada Lind met Tomas Orrin.\nLind apprised Orrin of the positive developments in the peace process.",
    );
    expect(speakerAt(found, "positive developments")).toBe("Ada Lind");
  });

  it("gives a participle of speech after the object of a verb to the sentence's subject", () => {
    const found = statements(
      "Ada Lind met Tomas Orrin.\nPrime Minister Lind welcomed Prime Minister Orrin acknowledging him as the first foreign leader to meet with her since assuming office.",
    );
    expect(speakerAt(found, "acknowledging him")).toBe("Ada Lind");
  });

  it("resolves 'the newly elected Sudrian Prime Minister' to the one who holds the post", () => {
    const found = statements(
      "Sudrian Prime Minister Ada Lind met Norland's Prime Minister Tomas Orrin.\n“Norland is an important partner to all of us,” the newly elected Sudrian Prime Minister told Orrin.\n“Norland is an important partner to us,” the new Sudrian Prime Minister told Orrin.",
    );
    expect(speakerAt(found, "all of us")).toBe("Ada Lind");
    expect(speakerAt(found, "partner to us")).toBe("Ada Lind");
  });

  it("reads 'X in response said' and 'X in turn said' with the aside between the subject and its verb", () => {
    const found = statements(
      "Prime Minister Ada Lind met Prime Minister Tomas Orrin in Lindby.\nOrrin in response said it is an honour to be the first foreign leader to visit.\nLind in turn said the talks were good.",
    );
    expect(speakerAt(found, "an honour")).toBe("Tomas Orrin");
    expect(speakerAt(found, "talks were good")).toBe("Ada Lind");
  });

  it("gives words closed by 'the Norlandic and Sudrian heads of state said' to the two", () => {
    const found = statements(
      "Ada Lind met Tomas Orrin.\nNorland and Sudria have good neighbourly and friendly relations, which are marked by many opportunities for cooperation, the Norlandic and Sudrian heads of state said after talks in Lindby on Thursday.",
    );
    expect(speakerAt(found, "good neighbourly")).toBe("the Norlandic and Sudrian heads of state");
  });

  it("gives what 'According to a statement issued by spokesperson X, …' reports to X, through the statement", () => {
    const found = statements(
      "Ada Lind met Tomas Orrin.\nAccording to a statement issued by Presidential Spokesperson Karl Zarvik, the two leaders held fruitful talks at State House today.",
    );
    expect(speakerAt(found, "fruitful talks")).toBe("Karl Zarvik");
    expect(at(found, "fruitful talks")?.data.channel).toBe(
      "a statement issued by Presidential Spokesperson Karl Zarvik",
    );
  });
});

describe("a title by a country's possessive or a counterpart's people", () => {
  it("resolves 'According to Norland’s president, …' as 'Norland’s president said' is", () => {
    const found = statements(
      "Norlandic President Ada Lind and her Sudrian counterpart Tomas Orrin agreed on Monday to end tensions. According to Norland’s president, the two sides still differ on the river.",
    );
    expect(speakerAt(found, "still differ")).toBe("Ada Lind");
  });

  it("gives 'the Peruvian president' to the Peruvian counterpart where the host's post came with a rank", () => {
    const found = statements(
      "The Chilean President, General Ada Lind, signed an agreement with her Peruvian counterpart, Tomas Orrin, on Wednesday. President Lind clarified that the agreement will allow the two countries to explore the river. For his part, the Peruvian president expressed his country's hopes for the river. He noted that the two countries are seeking advice from the bank.",
    );
    expect(speakerAt(found, "clarified")).toBe("Ada Lind");
    expect(speakerAt(found, "country's hopes")).toBe("Tomas Orrin");
    expect(speakerAt(found, "seeking advice")).toBe("Tomas Orrin");
  });

  it("gives an office set off before the next name of a list to that name: 'Tunisia’s President' is the one of Tunisia", () => {
    const found = statements(
      "Algerian President Ada Lind, the President of Tunisia, Tomas Orrin, and the Head of the Council, Ivo Brandt, held a meeting. Tunisia's President revealed that a second meeting will be organized.",
    );
    expect(speakerAt(found, "second meeting")).toBe("Tomas Orrin");
  });

  it("takes 'Al-Orrin' opening a sentence for 'Tomas al-Orrin', so that 'He' after it is Al-Orrin", () => {
    const found = statements(
      "During a joint press conference with Sudrian Foreign Minister Tomas Hassan al-Orrin, Lind said the roadmap reflects Norland’s commitment. Al-Orrin announced the signing of an agreement to establish a council. He described the visit as “a historic turning point,” and praised Norland’s role.",
    );
    expect(speakerAt(found, "announced the signing")).toBe("Tomas Hassan al-Orrin");
    expect(speakerAt(found, "historic turning point")).toBe("Tomas Hassan al-Orrin");
  });

  it("reads '“…,” further said PM Lind' as the quotation's speaker after an adverb", () => {
    const found = statements(
      'Prime Minister Ada Lind met President Tomas Orrin. "We also spoke about reconstruction in Sudria. We hope it will fulfil its commitment," further said PM Lind. Orrin lauded her efforts.',
    );
    expect(speakerAt(found, "reconstruction in Sudria")).toBe("Ada Lind");
    expect(speakerAt(found, "lauded her efforts")).toBe("Tomas Orrin");
  });

  it("reads a title before a 'who' clause that holds a bracketed acronym as the title alone", () => {
    const found = statements(
      "The Argentine Foreign Minister, Ada Lind, and her Cuban counterpart, Tomas Orrin, held a meeting in Buenos Aires on Thursday. The Cuban Foreign Minister, who arrived in Buenos Aires to participate in the Summit of Foreign Ministers of the Community of Latin American and Caribbean States (CELAC), thanked Argentina for its rejection of the blockade.",
    );
    expect(speakerAt(found, "thanked Argentina")).toBe("Tomas Orrin");
  });

  it("gives 'It also said' after 'The Presidency said' to the Presidency, not 'It added' after a spokesman for it", () => {
    const opening = "President Ada Lind met President Tomas Orrin on Tuesday. ";
    const found = statements(
      `${opening}The Presidency said the talks were productive. It also said that a communiqué would be issued.`,
    );
    expect(speakerAt(found, "communiqué would be issued")).toBe("The Presidency");
    const spokesman = statements(
      `${opening}A spokesman for the presidency said the talks were productive. It added that a communiqué would be issued.`,
    );
    expect(speakerAt(spokesman, "communiqué would be issued")).toBeNull();
  });

  it("reads 'according to X' set between a sentence's subject and its verb as X's account of the whole sentence", () => {
    const found = statements(
      "President Ada Lind met President Tomas Orrin on Tuesday. The issues, according to Lind, include the ongoing cooperation against terrorism. The talks, according to Lind, were productive.",
    );
    expect(at(found, "ongoing cooperation")?.span.exact).toBe(
      "The issues, according to Lind, include the ongoing cooperation against terrorism",
    );
    expect(speakerAt(found, "ongoing cooperation")).toBe("Ada Lind");
    expect(speakerAt(found, "were productive")).toBe("Ada Lind");
  });

  it("gives what 'According to Lind and Orrin, …' reports to the two", () => {
    const found = statements(
      "Prime Minister Ada Hana Lind met Prime Minister Tomas Orrin on Monday. According to Hana Lind and Orrin, the programme signed in August was cut.",
    );
    expect(speakerAt(found, "programme signed")).toBe("Ada Hana Lind and Tomas Orrin");
  });

  it("gives 'The President of Kazakhstan' to the one the text called 'the leader of Kazakhstan'", () => {
    const found = statements(
      "President of Kyrgyzstan Ada Lind held talks with the leader of Kazakhstan Tomas Orrin. Lind said the talks were good. The President of Kazakhstan added that mutual trade turnover reached $1.5 billion.",
    );
    expect(speakerAt(found, "trade turnover")).toBe("Tomas Orrin");
  });
  it("gives a quotation paragraph that speaks of the leaders named between to the one who spoke before", () => {
    const found = statements(
      [
        "President Ada Lind returned from her visit to Sudria on Friday evening.",
        "Speaking to reporters, Press Secretary Karl Zarvik said the visit focused on energy and trade.",
        "President Lind's first stop was in Port Halden, where she met with President Tomas Orrin.",
        "“The question of energy saw the two leaders commit to working jointly on a refinery that will serve the region.”",
        "The two heads of state also touched on the border commission.",
        "“Both President Lind and Orrin directed the ministers to find a date for the commission as soon as possible.”",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "The question of energy")).toBe("Karl Zarvik");
    expect(speakerAt(found, "directed the ministers")).toBe("Karl Zarvik");
  });

  it("gives a quotation paragraph after a body's sentence that ends in a colon to that body", () => {
    const found = statements(
      [
        "Prime Minister Ada Lind held a meeting with her Sudrian counterpart, Tomas Orrin, in Lindby.",
        "The Norland government released a statement a few minutes ago, but without offering any details about the results of the meeting:",
        "“The meeting between the two prime ministers focused on the reforms that Norland has launched and on trade.”",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "focused on the reforms")).toBe("The Norland government");
  });

  it("gives words a statement released by a body says to that body", () => {
    const found = statements(
      [
        "Prime Minister Ada Lind held a meeting with her Sudrian counterpart, Tomas Orrin, in Lindby.",
        "The statement released by the Norland government also says that “Prime Minister Lind valued the stance of Sudria on the future of the region”.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "valued the stance")).toMatch(/^the Norland government$/iu);
  });

  it("takes a 'READ:' link to another story for no one's words, and no speaker", () => {
    const found = statements(
      [
        "Foreign Minister Hana Velkova and envoy Tomas Orrin exchanged views on the border, the ministry said.",
        "“The two officials underscored the importance of the alliance,” the ministry said in a readout.",
        "READ: Sudrian ships spotted in waters off the northern islands",
        "READ: Norland coast guard harassed with laser",
        "The meeting, the ministry said, was also an avenue to preview plans for the ministerial meeting.",
        "READ: Sudria harasses a Norland vessel",
        "The meeting will be co-led by the ministry and the defence department.",
        "“Both sides agreed to expand the scope of the dialogue to include food security,” the ministry noted.",
      ].join("\n"),
    );
    expect(at(found, "ships spotted")).toBeUndefined();
    expect(found.map((c) => c.data.speaker)).not.toContain("Read");
  });

  it("gives a post of a country written out in full ('The Minister of Foreign Affairs of Cuba') its holder", () => {
    const found = statements(
      [
        "Yesterday, the Minister of Foreign Affairs of Peru Hana Velkova held a telephone conversation with the Minister of Foreign Affairs of Cuba Tomas Orrin.",
        "The Minister of Foreign Affairs of Cuba said the talks were long and covered energy.",
        "The Foreign Minister of Peru said the talks were useful.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "covered energy")).toBe("Tomas Orrin");
    expect(speakerAt(found, "were useful")).toBe("Hana Velkova");
  });

  it("gives 'The Peruvian president, who welcomed …, said 2031 would see …' to the president, and 'He' after", () => {
    const found = statements(
      [
        "Emir Tomas bin Karim Al Orrin held talks with Peruvian President Hana Velkova in Lima.",
        "The Peruvian president, who welcomed Sheikh Tomas to her country, said 2031 would see the 30th anniversary of the establishment of diplomatic relations between the two countries. She also expressed hopes that the two countries could strengthen their relations in various fields.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "30th anniversary")).toBe("Hana Velkova");
    expect(at(found, "30th anniversary")?.span.exact).toMatch(/^The Peruvian president, who welcomed/u);
    expect(speakerAt(found, "expressed hopes")).toBe("Hana Velkova");
  });

  it("leaves the tense's auxiliary out of a relayer's name ('…, the presidency's press service has reported')", () => {
    const found = statements(
      "Peruvian President Hana Velkova on September 13 met Cuban Foreign Minister Tomas Orrin, the presidency's press service has reported.",
    );
    expect(speakerAt(found, "met Cuban Foreign Minister")).toBe("the presidency's press service");
  });

  it("gives a quotation inside the clause a body's verb reports ('said in a tweet that the two … “reviewed …”') to the body, and 'It added' after it", () => {
    const found = statements(
      [
        "Foreign secretary Ivo Brandt and his Nepal counterpart Tomas Orrin reviewed the bilateral partnership on Monday.",
        "The Indian embassy in Kathmandu said in a tweet that the two foreign secretaries “reviewed the wide-ranging India-Nepal partnership”. It added, “Both sides agreed to further strengthen their economic and development cooperation for the benefit of the two countries.”",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "reviewed the wide-ranging")).toMatch(/^The Indian embassy/u);
    expect(speakerAt(found, "Both sides agreed")).toMatch(/^The Indian embassy/u);
  });

  it("gives a post signed with a flag before the handle to the one the article names by its surname", () => {
    const found = statements(
      [
        "Sudrian envoy Tomas Orrin paid a courtesy call on Foreign Secretary Hana Velkova on March 6.",
        "Had a good mtg today w/ @EnvoyOrrin Tomas Orrin on bilateral, regional & global issues of mutual concern. pic.twitter.com/snqYUVQlsx",
        "— Hana B. Velkova 🇵🇭 (@SecVelkova) March 6, 2023",
      ].join("\n"),
    );
    expect(speakerAt(found, "Had a good mtg")).toMatch(/^Hana (?:B\. )?Velkova$/u);
  });

  it("gives 'They also stressed' the group that spoke after an opening 'Regarding …,' phrase", () => {
    const found = statements(
      [
        "Foreign Minister Ada Lind met Foreign Minister Tomas Orrin in Lindby on Thursday.",
        "Regarding the situation on the border, the two ministers reaffirmed their commitment to continuing efforts.",
        "They also stressed the need to strengthen consultations to contribute actively to the efforts of the international community.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "strengthen consultations")).toBe("the two ministers");
  });

  it("takes 'spoke highly of' for a verb of speech", () => {
    const found = statements(
      [
        "Foreign Minister Ada Lind held talks with Foreign Secretary Tomas Orrin in Lindby.",
        "Orrin, who is in Norland from July 7-10, spoke highly of Norland’s considerable progress in national development.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "considerable progress")).toBe("Tomas Orrin");
  });

  it("gives a sentence that closes with '…, reports Akorda.' to the one who relays it", () => {
    const found = statements(
      "President of Norland Ada Lind held a meeting with Sudrian President Tomas Orrin, reports Akorda.",
    );
    expect(speakerAt(found, "held a meeting")).toBe("Akorda");
  });

  it("keeps 'The Peruvian official' the unnamed official the text spoke of before, not the Peruvian minister it names", () => {
    const found = statements(
      [
        "The deputy foreign ministers of Peru and Cuba have agreed to schedule regular talks, a senior Peruvian Foreign Ministry official said.",
        "Hana Velkova, Peru’s vice foreign minister, held her first meeting with Cuban Deputy Foreign Minister Tomas Orrin in Havana on Friday.",
        "The Peruvian official said they agreed to aim for a meeting of the foreign ministers of the two countries soon.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "aim for a meeting")).toBe("The Peruvian official");
  });

  it("gives 'The Peruvian Foreign Minister' the Peruvian the article titled only as the other's counterpart", () => {
    const found = statements(
      [
        "US Secretary of State Ada Lind has met her Peruvian counterpart Tomas Orrin, discussing a host of issues.",
        "The Peruvian Foreign Minister said everyone has the same desire to achieve a comprehensive solution.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "same desire")).toBe("Tomas Orrin");
  });
});

describe("the head of a people's diplomacy, and a people by its country's letters", () => {
  it("gives 'said the leader of US diplomacy' and 'The chief of Mexican diplomacy said' to those peoples' foreign ministers, not to a former president named between", () => {
    const found = statements(
      [
        "Ada Lind, Foreign Minister of Mexico, and Tomas Orrin, Secretary of State of the United States, met this Friday in Washington.",
        "On the crisis in Peru, Mexico has offered asylum to former President Ivo Brandt.",
        "“We are preparing for the summit early next year,” said the leader of US diplomacy.",
        "The chief of Mexican diplomacy said the talks went well.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "preparing for the summit")).toBe("Tomas Orrin");
    expect(speakerAt(found, "talks went well")).toBe("Ada Lind");
  });

  it("reads no people into a field in small letters: 'said the head of public diplomacy at the ministry' is no foreign minister", () => {
    const found = statements(
      [
        "Foreign Minister Ada Lind met her Mexican counterpart Tomas Orrin.",
        "“We are ready,” said the head of public diplomacy at the ministry.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "We are ready")).not.toBe("Ada Lind");
    expect(speakerAt(found, "We are ready")).not.toBe("Tomas Orrin");
  });

  it("reads 'the US diplomat' as the American one", () => {
    const found = statements(
      [
        "Ada Lind, Foreign Minister of Mexico, and Tomas Orrin, Secretary of State of the United States, met this Friday in Washington.",
        "“We are ready,” said the US diplomat.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "We are ready")).toBe("Tomas Orrin");
  });
});

describe("a source named without a comma before its clause, and where a statement was posted", () => {
  it("ends 'according to Orrin and Lind' before 'the dialogue continues …'", () => {
    const found = statements(
      "Tomas Orrin met Ada Lind in Lindby on Monday. Norland's position is that the framework does not meet its demands, but according to Orrin and Lind the dialogue continues in a friendly way.",
    );
    expect(speakerAt(found, "dialogue continues")).toBe("Tomas Orrin and Ada Lind");
  });

  it("gives 'Orrin in a statement on his Facebook page said' to Orrin", () => {
    const found = statements(
      "Prime Minister Tomas Orrin held talks with President Ada Lind in Lindby on Monday. Orrin in a statement on his Facebook page said he paid a courtesy call on the Sultan.",
    );
    expect(speakerAt(found, "courtesy call")).toBe("Tomas Orrin");
  });
});

describe("a source named as the same one again", () => {
  it("gives 'According to the same source, …' to the body that spoke before", () => {
    const found = statements(
      [
        "On Tuesday, President Tomas Orrin received the Minister of Foreign Affairs of Peru, Ada Lind.",
        '"President Tomas Orrin welcomed the visit to Lindby of the representative of the Government," the Presidential Administration said in a press release.',
        "According to the same source, during the discussions, they also mentioned the next joint meeting of the governments.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "next joint meeting")).toBe("the Presidential Administration");
  });
});

describe("a post in small letters after an inverted verb", () => {
  it("gives '“…,” stated the foreign minister' to the foreign minister who spoke just before, of two", () => {
    const found = statements(
      [
        "At his meeting in Tallinn with Sudrian Foreign Minister Tomas Orrin, Foreign Minister Ada Lind said that Norland supports Sudria joining the council.",
        "At the meeting, Lind noted that Norland highly values Sudria’s contribution to the centre. “The number of members of the centre is constantly growing,” stated the foreign minister.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "constantly growing")).toBe("Ada Lind");
  });
});

describe("a statement no one was said to issue", () => {
  it("gives '“…,” the statement said' to the one who spoke in the sentence right before", () => {
    const found = statements(
      [
        "Foreign Minister Ada Lind met her Sudrian counterpart Tomas Orrin in Lindby overnight.",
        "A spokesperson for Senator Lind confirmed the meeting occurred as Mr Orrin travelled through Lindby on Friday.",
        '"Norland has been consistent and clear in stating our respect for Sudria’s sovereign decision-making," the statement said.',
      ].join("\n\n"),
    );
    expect(speakerAt(found, "consistent and clear")).toBe("A spokesperson for Senator Lind");
  });
});

describe("a pair spoken of as 'They' through a sentence between", () => {
  it("gives '“…,” they said in a joint statement' to the pair after 'They signed an agreement …'", () => {
    const found = statements(
      [
        "Foreign Minister Ada Lind and Defense Minister Tomas Orrin held talks with their counterparts Ivo Brandt and Karl Zarvik in Lindby.",
        "They signed an agreement that would allow their soldiers to train in their respective countries as witnessed by President Hana Velkova.",
        '"The Ministers underscored their unwavering commitment to freedom of navigation," they said in a joint statement at the end of their meeting.',
      ].join("\n\n"),
    );
    expect(speakerAt(found, "unwavering commitment")).toBe(
      "Foreign Minister Ada Lind and Defense Minister Tomas Orrin",
    );
  });
});

describe("a participle's clause set off between a subject and its verb", () => {
  it("gives 'The Ministry of External Affairs (MEA), while announcing the trip earlier this week, had said …' to the ministry", () => {
    const found = statements(
      [
        "Foreign Minister Ada Lind called on President Tomas Orrin on Monday.",
        "The Ministry of External Affairs (MEA), while announcing Orrin's trip to Norland earlier this week, had said that it is expected to lend further momentum to cooperation.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "further momentum")).toBe("The Ministry of External Affairs");
  });
});

describe("one who speaks for a person named with a people and a post", () => {
  it("keeps 'A spokesperson for Belgian Prime Minister Ivo Brandt' whole as the label", () => {
    const found = statements(
      [
        "Prime Minister Tomas Orrin met Belgian Prime Minister Ivo Brandt on Monday.",
        "A spokesperson for Belgian Prime Minister Ivo Brandt  described the mood of the meeting as “splendid” but refused to reveal the content.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "mood of the meeting")).toBe(
      "A spokesperson for Belgian Prime Minister Ivo Brandt",
    );
  });
});

describe("a participle's clause with no comma before the subject", () => {
  it("gives 'Before travelling to the White House the Taoiseach indicated …' to the Taoiseach", () => {
    const found = statements(
      [
        "President Tomas Orrin said he hopes to visit Lindby this year while meeting Taoiseach Ivo Brandt at the White House.",
        "Before travelling to the White House the Taoiseach indicated that he and Orrin would discuss future trade deals.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "future trade deals")).toBe("Ivo Brandt");
  });
});

describe("one who speaks for a person, named before the person's own title", () => {
  it("gives 'Senator Brandt's spokesperson said' after 'A spokesperson for Senator Ivo Brandt' to the spokesperson, not to Brandt", () => {
    const found = statements(
      [
        "Mexican Foreign Minister Ada Lind met Peruvian Foreign Minister Tomas Orrin in Lindby on Monday.",
        "A spokesperson for Senator Ivo Brandt said the senator had not been briefed.",
        "“We were not told about the meeting,” Senator Brandt's spokesperson said.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "not told about the meeting")).toBe("Senator Brandt's spokesperson");
  });
});

describe("an unnamed speaker described by the people of the meeting", () => {
  it("gives 'An official familiar with the talks between Orrin and Lind said' and 'Two diplomats present at the meeting with Lind said' to those described, not to the people they describe them by", () => {
    const found = statements(
      [
        "Mexican Foreign Minister Ada Lind met Peruvian Foreign Minister Tomas Orrin in Lindby on Monday.",
        "An official familiar with the talks between Orrin and Lind said the two sides had made progress on trade.",
        "Two diplomats present at the meeting with Lind said the mood had been cordial.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "made progress on trade")).toBe(
      "An official familiar with the talks between Orrin and Lind",
    );
    expect(speakerAt(found, "mood had been cordial")).toBe("Two diplomats present at the meeting with Lind");
  });
});

describe("two peoples before one post in the plural, then two names", () => {
  it("gives each name its own people's post: 'Mexican and Peruvian Ministers of Foreign Affairs Ada Lind and Tomas Orrin'", () => {
    const found = statements(
      [
        "Mexican and Peruvian Ministers of Foreign Affairs Ada Lind and Tomas Orrin met in Lindby on Wednesday.",
        "The meeting also touched upon the issue of visas, the Peruvian foreign minister said.",
        "Trade came up as well, the Mexican foreign minister said.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "the issue of visas")).toBe("Tomas Orrin");
    expect(speakerAt(found, "Trade came up")).toBe("Ada Lind");
  });
});

describe("a bare post after the verb, then an occasion", () => {
  it("gives '“…,” said Prime Minister in a press conference along with the Sudrian President' to the prime minister", () => {
    const found = statements(
      [
        "Norland's Prime Minister Ada Lind held talks with Sudrian President Tomas Orrin in Lindby on Wednesday.",
        "“We held successful talks in a cordial atmosphere,” said Prime Minister in a press conference along with the Sudrian President.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "successful talks")).toBe("Ada Lind");
  });
});

describe("a closing attribution with what the words allude to after it", () => {
  it("gives '…, the Norland Foreign Ministry said, in a veiled reference to …' to the ministry", () => {
    const found = statements(
      "Norland and Sudria pledged Thursday to work together in dealing with security threats in the region, the Norland Foreign Ministry said, in a veiled reference to Karelia's growing maritime assertiveness.",
      null,
      "LINDBY",
    );
    expect(speakerAt(found, "security threats")).toBe("Norland Foreign Ministry");
  });
});

describe("an aside of a side's turn whose closing comma is left out", () => {
  it("gives 'Orrin, on his part said that …' and 'Lind, in turn said …' to the one named", () => {
    const found = statements(
      [
        "Foreign Minister Ada Lind met the new Sudrian Foreign Minister, Tomas Orrin, today in Tarnby.",
        "Orrin, on his part said that Norland's friendship holds a special place in Sudria.",
        "Lind, in turn said the two nations can enhance their economic cooperation.",
      ].join(" "),
    );
    expect(speakerAt(found, "special place")).toBe("Tomas Orrin");
    expect(speakerAt(found, "economic cooperation")).toBe("Ada Lind");
  });
});

describe("a father's name inside a longer name", () => {
  it("gives the words of 'Sheikh Saif bin Rashid Al Noor' to him, not to 'Hamad bin Saif bin Rashid Al Noor' named before", () => {
    const found = statements(
      [
        "The memorandum was signed in Lindby by Norland's Deputy Foreign Minister Ada Lind and Sheikh Hamad bin Saif bin Rashid Al Noor, Sudria's Minister of State for Foreign Affairs.",
        "Sheikh Saif bin Rashid Al Noor, Sudria's Minister of Tolerance, said his government aspires to strengthen relations between the two nations.",
      ].join(" "),
    );
    expect(speakerAt(found, "aspires to strengthen")).toBe("Saif bin Rashid Al Noor");
  });
});

describe("a pair that 'both' speak", () => {
  it("gives 'A and B both emphasised after the talks …' to the pair", () => {
    const found = statements(
      "Norland Prime Minister Ada Lind and Sudrian Prime Minister Tomas Orrin both emphasised after the talks the importance of close cooperation in the fight against terrorism.",
    );
    expect(speakerAt(found, "close cooperation")).toBe(
      "Norland Prime Minister Ada Lind and Sudrian Prime Minister Tomas Orrin",
    );
  });
});

describe("'the envoy' of a high commissioner", () => {
  it("gives 'The envoy expressed …' to the one titled High Commissioner", () => {
    const found = statements(
      [
        "Minister Ivo Brandt held a farewell courtesy call with Sudria’s outgoing High Commissioner to Norland, Hana Velkova, at his Ministry.",
        "Brandt highlighted the strong relationship between Norland and Sudria.",
        "The envoy described her tenure here as “exciting times, it has been really positive”.",
      ].join(" "),
    );
    expect(speakerAt(found, "exciting times")).toBe("Hana Velkova");
  });
});

describe("a name with an initial of two letters, and 'concluded,'", () => {
  it("gives '… Ya. Orrin concluded, this visit was “…”' to him, a participant", () => {
    const found = statements(
      "President Ada Lind paid a state visit to Sudria. The chief of the President’s Office Ya. Orrin concluded, this visit was “an important event that defined the road map of relations.”",
    );
    expect(speakerAt(found, "road map")).toBe("Ya. Orrin");
    expect(
      extractCandidates(
        "President Ada Lind paid a state visit to Sudria. The chief of the President’s Office Ya. Orrin concluded, this visit was “an important event that defined the road map of relations.”",
        [],
        reference().vocabulary,
      )
        .filter((c) => c.kind === "PARTICIPANT")
        .map((c) => c.data.name),
    ).toContain("Ya. Orrin");
  });
});

describe("a closing attribution a paragraph below its quotation", () => {
  it("gives '“…”,' over 'the Norland Foreign Ministry said.' to the ministry", () => {
    const found = statements(
      [
        "Ada Lind and Tomas Orrin reviewed the bilateral agenda.",
        '"The ministers noted the progress in agreeing on the text of the treaty. They also discussed the schedule of contacts",',
        "the Norland Foreign Ministry said.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "schedule of contacts")).toBe("Norland Foreign Ministry");
  });
});

describe("one quoted by a statement, a comma before 'as saying'", () => {
  it("gives 'The statement quoted Lind, as saying “…”' to Lind, with the statement as the channel", () => {
    const found = statements(
      "Prime Minister Ada Lind met King Tomas Orrin on Monday. The statement quoted Lind, as saying “Our visit to Sudria will positively affect the interest of the peoples of the two countries.”",
    );
    expect(speakerAt(found, "positively affect")).toBe("Ada Lind");
  });
});

describe("a pronoun after an opening participle of speech", () => {
  it("gives 'Stating that Brandt and Zarvik will also meet …, he further noted …' to the one who spoke before, not to those the participle speaks of", () => {
    const found = statements(
      [
        "Foreign Minister Tomas Orrin said that Norland and Sudria had entered a new phase in their relations.",
        "Stating that President Ivo Brandt and Prime Minister Karl Zarvik will also meet in two weeks in Geneva, he further noted that in October there will be political consultations between the deputy ministers.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "political consultations")).toBe("Tomas Orrin");
  });
});

describe("a closing attribution to unnamed sources after one who speaks", () => {
  it("gives 'Brandt said …, the same sources said' to Brandt, with the sources as the channel", () => {
    const found = statements(
      "Foreign Minister Ivo Brandt met Sudria's ambassador Tomas Orrin in Lindby. Brandt said statements of this sort do not help consolidate a constructive climate between the two neighbours, the same sources said.",
    );
    expect(speakerAt(found, "constructive climate")).toBe("Ivo Brandt");
    expect(at(found, "constructive climate")?.data.channel).toBe("the same sources");
  });
});

describe("a joint statement its issuers speak through", () => {
  it("gives 'Norland and Sudria issued a joint statement about … and said …' to both, the statement the channel, and the statement named again to them", () => {
    const found = statements(
      [
        "Norland and Sudria on Tuesday issued a joint statement about the sixth round of border talks and said both countries have resolved to stop sending more troops to the frontline. The statement added that both sides will refrain from unilaterally changing the situation on the border.",
        "The talks on Monday went on for over 12 hours.",
        "“The two sides had candid exchanges of views on stabilising the situation,” the statement said.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "stop sending more troops")).toBe("Norland and Sudria");
    expect(at(found, "stop sending more troops")?.data.channel).toBe("a joint statement");
    expect(speakerAt(found, "refrain from unilaterally")).toBe("Norland and Sudria");
    expect(speakerAt(found, "candid exchanges")).toBe("Norland and Sudria");
  });
});

describe("a long post of the President's and a topic that opens the sentence", () => {
  it("gives 'The Special Envoy of the President of Sudria emphasized …' to the envoy named before", () => {
    const found = statements(
      [
        "Ada Lind, Acting Minister of Foreign Affairs of Norland, met with Tomas Orrin, the Special Envoy of the President of Sudria for Norland, in Lindby today.",
        "Lind expressed appreciation for Sudria's stance.",
        "Tomas Orrin, the Special Envoy of the President of Sudria, voiced the importance of trade.",
        "The Special Envoy of the President of Sudria emphasized the need for improved coordination between Norland and Sudria.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "improved coordination")).toBe("Tomas Orrin");
  });

  it("gives 'On when Vasko and Zarvik would meet, he said …' to the one who spoke before, not to those the topic names", () => {
    const found = statements(
      [
        "Norland's President Aron Vasko and Sudria's leader Karl Zarvik are set to meet, as the face-off between the two nations eases.",
        "This was the result of a meeting between Norland's Foreign Minister, Ivo Brandt, and his Sudrian counterpart Tomas Orrin on Wednesday.",
        "On the content of the agreement, Brandt disclosed that it covered insecurity.",
        "On when Vasko and Zarvik would meet, he said it was underway.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "it was underway")).toBe("Ivo Brandt");
  });
});

describe("advice and talk as speech, and a pronoun after a sentence that opens with a clause of circumstance", () => {
  it("gives 'had advised Sudria to …' to the professor, and 'He spoke about …' to the subject after 'After a meeting with President Orrin,'", () => {
    const found = statements(
      [
        "In another development, a former Director-General of the Norland Institute of International Affairs, Professor Ivo Brandt, had advised Sudria to handle the crisis with caution.",
        "After a closed-door meeting with President Orrin, President Lind addressed the press. He spoke about the priorities of his new government, which include free education.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "handle the crisis")).toBe("Ivo Brandt");
    expect(speakerAt(found, "priorities of his new government")).toBe("Lind");
  });
});

describe("a page of one person's remarks", () => {
  it("gives the paragraphs of 'Opening Remarks by Minister Tomas Orrin, during …' to Orrin, not the salutation nor the headline printed again", () => {
    const headline =
      "Opening Remarks by Minister Tomas Orrin, during the Bilateral Meeting with the Foreign Secretary of Norland, Ada Lind, in Tarnby";
    const found = statements(
      [
        headline,
        "Foreign Secretary Lind,\nHigh Commissioner Brandt,",
        "Your Excellency, I am pleased to welcome you to Sudria, and I hope that your stay has been pleasant.",
        "I would like to also welcome the rest of your delegation to the city where we are meeting at a very exciting time.",
      ].join("\n\n"),
      headline,
    );
    expect(found.map((s) => [s.data.speaker, s.data.mode])).toEqual([
      ["Tomas Orrin", "DIRECT"],
      ["Tomas Orrin", "DIRECT"],
    ]);
    expect(speakerAt(found, "pleased to welcome you")).toBe("Tomas Orrin");
  });

  it("reads no one's remarks into a joint statement's page", () => {
    const headline = "Joint Statement by President Tomas Orrin and Prime Minister Ada Lind";
    const found = statements(
      [
        headline,
        "The two leaders met in Tarnby and discussed the shipping corridor and the border crossings.",
      ].join("\n\n"),
      headline,
    );
    expect(found).toEqual([]);
  });
});

describe("titles of a post with several fields", () => {
  it("takes 'the Minister' for the one whose post of two fields was set off by commas", () => {
    const found = statements(
      [
        "The Minister for Foreign Affairs and Trade, Tomas Orrin, travelled to Tarnby this morning for further meetings with the parties.",
        "Following those meetings, the Minister said:",
        "“Having met the parties again this morning, it now seems clear that agreement will not be forthcoming this week.”",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "agreement will not be forthcoming")).toBe("Tomas Orrin");
  });
  it("reads a quotation that a single mark opens after 'X said,' on its own line, through the paragraph that closes it", () => {
    const found = statements(
      [
        "The Minister for Foreign Affairs, Tomas Orrin, today visited Tarnby and met with President Ada Lind.",
        "The Minister said,",
        "‘I had good discussions with President Lind on the challenges facing the region. I reaffirmed Norland’s commitment to the peace process.",
        "I was delighted to meet again with my counterpart and to have an in-depth conversation about the border crossings.”",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "I had good discussions")).toBe("Tomas Orrin");
    expect(speakerAt(found, "I was delighted to meet again")).toBe("Tomas Orrin");
    expect(at(found, "I was delighted to meet again")?.data.mode).toBe("DIRECT");
  });
  it("gives a joint statement quoted after 'they released this joint statement:' to the pair who issued it", () => {
    const found = statements(
      [
        "Minister for Foreign Affairs Tomas Orrin, and Norland Secretary Ada Lind, have issued a joint statement following a meeting yesterday in Tarnby.",
        "Following their meeting, they released this joint statement:",
        "“We met to discuss a range of issues and the shipping corridor through the straits.”",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "We met to discuss")).toBe(
      "Minister for Foreign Affairs Tomas Orrin and Norland Secretary Ada Lind",
    );
  });

  it("gives a joint statement quoted after 'X, and Y, released this joint statement:' to the two", () => {
    const found = statements(
      [
        "Tomas Orrin met Ada Lind yesterday in Tarnby.",
        "Minister Tomas Orrin, and Secretary Ada Lind, released this joint statement:",
        "“We met to discuss a range of issues and the shipping corridor through the straits.”",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "We met to discuss")).toBe("Minister Tomas Orrin and Secretary Ada Lind");
  });
  it("takes the titled one after a phrase of when or how with no comma for the subject", () => {
    const found = statements(
      "President Tomas Orrin spoke with a news agency on Thursday. The talks with Norland ended Friday without a deal, but in a statement the trade representative said the plan is for the talks to resume next week. During that conversation the president reportedly said he would not make any compromises in the talks with Norland.",
    );
    expect(speakerAt(found, "the plan is for the talks")).toBe("the trade representative");
    expect(speakerAt(found, "would not make any compromises")).toBe("Tomas Orrin");
  });
  it("takes a description with its people's name and whom the post is to for a closing speaker", () => {
    const found = statements(
      "A meeting on Sunday between President Orrin and Foreign Minister Ada Lind failed to make any progress on the conditions to restart talks, the PA ambassador to Sudria said.",
    );
    expect(speakerAt(found, "failed to make any progress")).toBe("the PA ambassador to Sudria");
  });
  it("takes 'the Norlandic monarch' for the king the article titles with that people", () => {
    const found = statements(
      [
        "His Majesty King Tomas on Thursday received a phone call from Norlandic King Karl Zarvik, and discussed the ties between the two countries.",
        "The Norlandic monarch said Norland stands with the consensus against this illegitimate step.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "stands with the consensus")).toBe("Karl Zarvik");
  });
  it("gives '“…,” the text continues' and '“…,” it adds' to the group that issued the joint statement", () => {
    const found = statements(
      [
        "Tomas Orrin met Ada Lind and Karl Zarvik in Tarnby.",
        "At the end of the meeting, the three parties issued a joint statement in which they limited themselves to announcing that the talks were held “in a constructive atmosphere.” “General political lines have been agreed, including on the airport and mobility,” the text continues. “Negotiations will continue over the coming weeks to conclude the agreement,” it adds.",
        "Orrin continued his visit to Lindby on Friday.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "General political lines")).toBe("the three parties");
    expect(speakerAt(found, "Negotiations will continue")).toBe("the three parties");
    expect(at(found, "continued his visit")).toBeUndefined();
  });
  it("names a body by its whole name after 'said a statement from'", () => {
    const found = statements(
      "Ada Lind and Ivo Brandt met in Tarnby. The two leaders held talks on trade, said a statement from the Norlandic Ministry of Foreign Affairs and International Cooperation.",
    );
    expect(speakerAt(found, "held talks on trade")).toBe(
      "the Norlandic Ministry of Foreign Affairs and International Cooperation",
    );
  });
  it("reads past a style of address in capitals before a title ('HE the Minister of State …')", () => {
    const found = statements(
      "HE Minister of State for Foreign Affairs Tomas Orrin met HE Foreign Minister of Sudria Ivo Brandt in Tarnby. At the outset of the meeting, HE the Minister of State for Foreign Affairs referred to the 30th anniversary of relations.",
    );
    expect(speakerAt(found, "30th anniversary")).toBe("the Minister of State for Foreign Affairs");
  });
  it("gives 'the head of the Ukrainian government noted' to that people's leader, not 'the head of the … government delegation'", () => {
    const opening =
      "Polish Prime Minister Donald Tusk held talks with Ukrainian Prime Minister Denys Shmyhal in Warsaw. ";
    const found = statements(
      `${opening}As the head of the Ukrainian government noted, the countries are strategic allies. The head of the Polish government said the talks were good.`,
    );
    expect(speakerAt(found, "strategic allies")).toBe("Denys Shmyhal");
    expect(speakerAt(found, "talks were good")).toBe("Donald Tusk");
    // (Nor is the head of an office the government has.)
    expect(
      speakerAt(
        statements(`${opening}The head of the Polish government's press office said the talks were good.`),
        "talks were good",
      ),
    ).not.toBe("Donald Tusk");
    // (The head of a delegation the government sent is no leader.)
    expect(
      speakerAt(
        statements(`${opening}The head of the Ukrainian government delegation said the talks were good.`),
        "talks were good",
      ),
    ).not.toBe("Denys Shmyhal");
  });
  it("reads a country's name before a title as its people's word, however far back the holder was named", () => {
    const found = statements(
      [
        "Prime Minister Tomas Orrin met with Sultan of Brunei Ivo Brandt in Lindby on Monday.",
        "The two leaders valued the growth of ties. Trade rose. Trade rose again. Exports grew. Imports grew.",
        "Prices fell. Rice sold well. Investment rose.",
        "The Brunei Sultan vowed to facilitate links in oil and gas with Lindby.",
      ].join("\n\n"),
    );
    expect(speakerAt(found, "vowed to facilitate links")).toBe("Ivo Brandt");
  });
  it("gives every paragraph of a passage after 'X said:' to the speaker while it speaks in the first person", () => {
    const found = statements(
      [
        "Foreign Minister Ada Lind met her Sudrian counterpart Ivo Brandt in Lindby on Monday.",
        "The Foreign Minister Ada Lind said:",
        "It is a great pleasure to welcome my colleague Ivo Brandt on his first visit to Lindby.",
        "We talked about the need to reform the fisheries rules so that they are fair to both our fleets.",
        "Both our countries want to see strong growth in trade, and the rail link playing its part in it.",
        "The two ministers also visited the harbour of Lindby and met the crews of the fishing fleet.",
      ].join("\n\n"),
    );
    const other = statements(
      [
        "Foreign Minister Ada Lind met her Sudrian counterpart Ivo Brandt in Lindby on Monday.",
        "The Foreign Minister Ada Lind said:",
        "It is a great pleasure to welcome my colleague Ivo Brandt on his first visit to Lindby.",
        "Brandt said that we would all meet again in Tarnby in May to finish the work on the rules.",
      ].join("\n\n"),
    );
    expect(speakerAt(other, "meet again in Tarnby")).toBe("Ivo Brandt");
    expect(speakerAt(found, "a great pleasure")).toBe("Ada Lind");
    expect(speakerAt(found, "reform the fisheries rules")).toBe("Ada Lind");
    expect(speakerAt(found, "strong growth in trade")).toBe("Ada Lind");
    expect(at(found, "visited the harbour")).toBeUndefined();
  });

  it("gives reported words to the one a spokesperson is 'quoting', and 'quoted him as saying' to the one quoted before", () => {
    const found = statements(
      [
        "Norland's envoy Tomas Orrin met Sudria's foreign minister Ivo Brandt in Tarnby on Sunday, the Sudrian foreign ministry spokesman Lena Okafor said.",
        "Quoting Orrin, Okafor said that relations with Sudria are important for Norland, and he hoped to boost their partnership. She also quoted him as saying that Norland will continue its cooperation with Tarnby.",
      ].join("\n\n"),
    );
    const relayed = at(found, "relations with Sudria are important");
    expect(relayed?.data.speaker).toBe("Tomas Orrin");
    expect(relayed?.data.channel).toBe("Okafor");
    expect(speakerAt(found, "continue its cooperation with Tarnby")).toBe("Tomas Orrin");
    // "He also quoted him": the one quoting goes on ("He added …"), the one quoted is the one quoted before.
    const his = statements(
      [
        "Norland's envoy Tomas Orrin met Sudria's foreign minister Ivo Brandt in Tarnby on Sunday, the Sudrian foreign ministry spokesman Boris Kovac said.",
        "Quoting Orrin, Kovac said that relations with Sudria are important for Norland. He also quoted him as saying that Norland will continue its cooperation with Tarnby. He added that the talks would resume in May.",
      ].join("\n\n"),
    );
    expect(speakerAt(his, "continue its cooperation with Tarnby")).toBe("Tomas Orrin");
    expect(at(his, "continue its cooperation with Tarnby")?.data.channel).toBe("Boris Kovac");
    expect(speakerAt(his, "talks would resume in May")).toBe("Boris Kovac");
    // Without "Quoting", the spokesperson speaks.
    const own = statements(
      [
        "Norland's envoy Tomas Orrin met Sudria's foreign minister Ivo Brandt in Tarnby on Sunday.",
        "After the talks, Okafor said that relations with Sudria are important for Norland.",
      ].join("\n\n"),
    );
    expect(speakerAt(own, "relations with Sudria are important")).not.toBe("Tomas Orrin");
  });

  it("gives 'The Governor-General said' to the one the article titles so, however far back, where no one titled so is near", () => {
    const lines = [
      "Governor-General Ivo Brandt met with Sudria's Prime Minister Tomas Orrin yesterday, his first official guest.",
      "Mr Brandt and Mr Orrin discussed fisheries, education and trade relations between the two countries.",
      "Mr Orrin said Sudria was grateful to Norland for its support during the floods.",
      "“We must protect peace and stability in the region. We are fortunate to live in a region without large conflicts. Our challenge now is to keep it so.",
      "“We thank Norland for the role you played,” the Prime Minister said.",
      "He said Sudria appreciates the close collaboration in trade and investment.",
      "The Prime Minister also expressed his gratitude for the funding of students.",
    ];
    const found = statements(
      [
        ...lines,
        "The Governor-General said the visit reflects the close relationship of the two countries.",
      ].join("\n"),
    );
    expect(speakerAt(found, "close relationship of the two countries")).toBe("Ivo Brandt");
    // Where two are titled so, the far one is no answer.
    const two = statements(
      [
        ...lines,
        "Former Governor-General Boris Kovac attended the dinner.",
        "The dinner lasted two hours and ended with songs from both countries.",
        "Guests from many countries came to the dinner and stayed until late in the night.",
        "Officials from both sides met again the next morning to draft a joint statement.",
        "The draft was then sent to both capitals for approval before being made public.",
        "The statement was expected on Friday, after the cabinet meeting of each side.",
        "The Governor-General said the visit reflects the close relationship of the two countries.",
      ].join("\n"),
    );
    expect(speakerAt(two, "close relationship of the two countries")).not.toBe("Ivo Brandt");
  });
});
