/**
 * Who takes part: names in a transcript's turn labels in capitals, surnames a title announces, names an
 * apposition describes by a role, and longer names cut short resolve to participants; a person's name
 * standing as a modifier ("the Biden administration") names no one.
 */
import {
  type CandidateDraft,
  extractCandidates,
  importPage,
  type KnownParticipant,
  linkingReference,
  PeopleIndex,
  type Person,
  reference,
} from "@readout/ingest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, type TestDb } from "../kit/database.ts";

const { vocabulary } = reference();
const known: KnownParticipant[] = [
  { id: "kovac", name: "Boris Kovac", kind: "PERSON", aliases: ["boris kovac", "kovac"] },
];
const extract = (body: string) => extractCandidates(body, known, vocabulary, null);
const namesOf = (found: CandidateDraft[]) =>
  found.filter((c) => c.kind === "PARTICIPANT").map((c) => String(c.data.name));

describe("finding participants in a text", () => {
  it("reads the name in a transcript's turn label written in capitals", () => {
    const names = namesOf(
      extract(
        "FOREIGN MINISTER DUNSTAN:  Thank you all for coming.\n\nSECRETARY GENERAL HALVORSEN:  Thank you, it is good to be here.\n\nSENIOR STATE DEPARTMENT OFFICIAL ONE:  Good morning.\n\nMODERATOR:  Next question.",
      ),
    );
    expect(names).toContain("DUNSTAN");
    expect(names).toContain("HALVORSEN");
    expect(names.some((name) => /ONE|OFFICIAL|MODERATOR|GENERAL/.test(name))).toBe(false);
  });

  it("leaves a country's name after a title's \"of\" out of the name after it", () => {
    const names = namesOf(
      extract(
        "President of Norway Ivo Brandt (seated, left) and Foreign Minister of South Korea Dana Kerrow met on Monday. Later, Brandt spoke.",
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Ivo Brandt", "Dana Kerrow"]));
    expect(names.some((name) => /Norway|Korea/u.test(name))).toBe(false);
  });

  it("reads each name of a delegation's list whole, the title words of the next one left out", () => {
    const names = namesOf(
      extract(
        "The Norland side at the talks is represented by Foreign Minister Ivo Brandt, Deputy Prime Minister – Co-Chair of the Mixed Intergovernmental Commission on Trade and Economic Cooperation Alexander Novak, Deputy Chief of Staff of the Presidential Executive Office – Press Secretary Dana Kerrow, and Director of the Federal Service for Military Technical Cooperation Dmitry Shugayev.",
      ),
    );
    expect(names).toEqual(
      expect.arrayContaining(["Ivo Brandt", "Alexander Novak", "Dana Kerrow", "Dmitry Shugayev"]),
    );
  });

  it("takes neither a day of the week after a name nor a region's name for a person", () => {
    const names = namesOf(
      extract(
        "Ostland's President Karel Dunst met Sudrian Prime Minister Ada Brenn Thursday to discuss trade. The two leaders toured a bamboo workshop in West Lakeland after the talks.",
      ),
    );
    expect(names).toContain("Ada Brenn");
    expect(names.some((name) => /Thursday|West Lakeland/.test(name))).toBe(false);
  });

  it("takes no event for a person: the Games, an expo, a summit", () => {
    const names = namesOf(
      extract(
        "Ostland's President Karel Dunst and Sudrian Prime Minister Ada Brenn agreed to call for a truce during the upcoming Lakeland Summer Olympics.",
      ),
    );
    expect(names).toContain("Ada Brenn");
    expect(names.some((name) => /Olympics/.test(name))).toBe(false);
  });

  it("reads the name after a rank that stands between a title and the name", () => {
    const names = namesOf(
      extract("Secretary Kovac met Sudrian Defense Minister Gen. Tavi Ormsund on Monday."),
    );
    expect(names).toContain("Tavi Ormsund");
    expect(names).not.toContain("Gen");
  });

  it("reads a name an apposition describes by its role, but not a place", () => {
    const names = namesOf(
      extract(
        "Tavi Ormsund, the Norlandic foreign minister and host of the talks, said they went well. Ilse Varnow, president of the Lakeside Institute, said so too. In Port Halden, the minister met reporters.",
      ),
    );
    expect(names).toContain("Tavi Ormsund");
    expect(names).toContain("Ilse Varnow");
    expect(names).not.toContain("Port Halden");
    // A long possessive description stands apart by a comma; without one it is no apposition.
    const long = namesOf(
      extract(
        "Norland’s deputy prime minister and foreign minister, Tavi Ormsund, met Sudrian envoys. Ties fell over Sudria’s tightening grip on semi-autonomous Lake Varn.",
      ),
    );
    expect(long).toContain("Tavi Ormsund");
    expect(long).not.toContain("Lake Varn");
  });

  it("takes no participant from a caption's credit or a wire's staff credits", () => {
    const names = namesOf(
      extract(
        [
          "Tavi Ormsund is welcomed at Tarnby airport on his third trip abroad. Photo: Kestrel Dunmore/dpa.",
          "Tavi Ormsund said he met Ilse Varnow on Monday. Many questions remain. Oriel Maddox, Perrin Salt and Dana Kerrow in Tarnby; Lena Sorvik in Kessby; Jon Halvard and Piet Mirren, editors.",
        ].join("\n\n"),
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Tavi Ormsund", "Ilse Varnow"]));
    for (const credited of ["Kestrel Dunmore", "Oriel Maddox", "Lena Sorvik", "Piet Mirren", "Photo"])
      expect(names).not.toContain(credited);
    // A line that ends on "image:" and a sentence is the story's.
    expect(
      namesOf(extract("Tavi Ormsund said Sudria wants to project a different image: a stable partner.")),
    ).toContain("Tavi Ormsund");
  });

  it("reads a name with small words inside it after a title", () => {
    const names = namesOf(
      extract(
        "European Commission President Ursula von der Leyen met Brazilian President Luiz Inácio Lula da Silva in Brasília on Monday.",
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Ursula von der Leyen", "Luiz Inácio Lula da Silva"]));
  });

  it("reads the other names of a list in which two people are found", () => {
    const names = namesOf(
      extract(
        "The prime minister was accompanied by key cabinet members, including Tavi Ormsund, Ilse Varnow, Kestrel Dunmore, Oriel Maddox and Perrin Salt, officials said. Hana Velkova said Ilse Varnow would lead the talks. Tavi Ormsund told reporters the trip went well.",
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Kestrel Dunmore", "Oriel Maddox", "Perrin Salt"]));
    // Places, bodies and the owner of a noun in a list hold no one.
    const mixed = namesOf(
      extract(
        "Guests included Joe Biden, Xi Jinping, Silicon Valley Bank and Hong Kong Disneyland. The dinner drew Joe Biden, Xi Jinping, Gavin Newsom and Silicon Valley executives.",
      ),
    );
    expect(mixed).toEqual(expect.arrayContaining(["Joe Biden", "Xi Jinping"]));
    for (const place of ["Silicon Valley Bank", "Hong Kong Disneyland", "Silicon Valley"])
      expect(mixed).not.toContain(place);
    // Each item with its country after "of", the country no part of the name.
    const countries = namesOf(
      extract(
        "After the talks, the three presidents, Tavi Ormsund of Norway, Joe Biden of Kazakhstan, and Xi Jinping of Uzbekistan, issued a joint statement.",
      ),
    );
    expect(countries).toEqual(expect.arrayContaining(["Tavi Ormsund", "Joe Biden", "Xi Jinping"]));
    // One found by a surname only, written out in full in a list: the whole name.
    const full = namesOf(
      extract(
        "Envoys signed two pacts in the presence of the leaders -- Tavi Ormsund and Xi Jinping - after the talks. Prime Minister Ormsund said the pacts were good.",
      ),
    );
    expect(full).toEqual(expect.arrayContaining(["Tavi Ormsund", "Xi Jinping"]));
  });

  it("reads names the tagger does not know where the sentence announces a person, and no title, demonym or place", () => {
    const names = namesOf(
      extract(
        [
          "Norland's top diplomat Qin Halvard met Sudria's envoy in Geneva on Sunday.",
          "Talks between Dong Lirun and the Sudrian delegation lasted two hours. Sudria's envoy also met with He Lifan in Geneva.",
          "Peter Marsh, Norland's chief negotiator, attended the talks. “The talks were useful,” Ivo Brandt told reporters.",
          "Sudrian Minister Bello Okafor said the talks would go on. Kenyan President Kenyatta said nothing. Norland's capital Port Halden was quiet.",
        ].join("\n\n"),
      ),
    );
    for (const name of [
      "Qin Halvard",
      "Dong Lirun",
      "He Lifan",
      "Peter Marsh",
      "Ivo Brandt",
      "Bello Okafor",
    ]) {
      expect(names).toContain(name);
    }
    expect(names).not.toContain("Kenyan President Kenyatta");
    // Groups, places and bodies in the same places of a sentence are no people.
    const others = namesOf(
      extract(
        "Velkova met with Business Leaders in Port Halden. The rift between Silicon Valley and Beijing widened. Human Rights Watch said the talks ignored abuses. Lowy Institute said the visit mattered.",
      ),
    );
    for (const name of ["Business Leaders", "Silicon Valley", "Human Rights Watch"])
      expect(others).not.toContain(name);
    expect(names).not.toContain("Sudrian Minister");
    expect(names).not.toContain("Port Halden");
    // A French place name with its elided word: "the peninsulas Presqu'ile de L'orran"; not "O'Brien".
    const places = namesOf(
      extract(
        "In accordance with the treaty, the peninsulas Presqu'ile de L'orran and Presqu'ile d'Orrin will be given to Sudria. Conor O'Brien said the swap was fair.",
      ),
    );
    expect(places.some((name) => name.startsWith("Presqu"))).toBe(false);
    expect(places).toContain("Conor O'Brien");
    // A name with an apostrophe between vowels is a person's: "Fiame Naomi Mata’afa".
    expect(namesOf(extract("Velkova welcomed Prime Minister Tuala Mata’avelo to Port Halden."))).toContain(
      "Tuala Mata’avelo",
    );
    // A name after a post's place, named whole, is a person's, not the rest of the place's.
    expect(
      namesOf(extract("Norland's Ambassador in Sri Lanka Bryce Halloran attended the signing.")),
    ).toContain("Bryce Halloran");
    // A seat of office the leaders go to: "proceeded to Al-Qasimiya Presidential Palace".
    expect(
      namesOf(
        extract(
          "Following the guest’s arrival, the leaders proceeded to Al-Qasimiya Presidential Palace, where an official reception ceremony was held.",
        ),
      ),
    ).not.toContain("Al-Qasimiya Presidential Palace");
  });

  it("takes no dash of an aside into a name, no legislature for a person, and no honorific into a name", () => {
    const names = namesOf(
      extract(
        [
          "While leaders — including President Ivo Brandt and Sudrian Premier Tomas Orrin — prepared to meet, Velkova flew home.",
          "Velkova told Zhao Lirun, the chair of the National People’s Congress standing committee, that ties had improved.",
          "In the evening, Tun Dr Hana Velkova met Lena Marsh.",
        ].join("\n\n"),
      ),
    );
    expect(names).toContain("Tomas Orrin");
    expect(names.some((name) => /[—–-]$/u.test(name))).toBe(false);
    expect(names).not.toContain("People’s Congress");
    expect(names).toContain("Hana Velkova");
    expect(names.some((name) => name.startsWith("Tun"))).toBe(false);
    // "Rt. Hon." and "Hon.", as the Commonwealth's press writes them before a name.
    const honoured = namesOf(
      extract(
        "“I was happy to meet President Ivo Brandt and Rt. Hon. Tomas Orrin this afternoon at my farm,” Velkova said.",
      ),
    );
    expect(honoured.some((name) => /^(?:Rt|Hon)\b/u.test(name))).toBe(false);
    // "Mullah": a cleric's title, so that "Mullah Tomas Orrin" and "Mullah Tomas Hassan Orrin" are one name.
    const cleric = namesOf(
      extract(
        "Velkova called on the acting Sudrian Prime Minister, Mullah Tomas Hassan Orrin, in Lindby. She will also call on Mullah Tomas Orrin.",
      ),
    );
    expect(cleric.some((name) => name.startsWith("Mullah"))).toBe(false);
  });

  it("reads a title's letters before a family name as the title ('PM Wong'), and the speaker as the one named in full", () => {
    const found = extract(
      [
        "Prime Minister Tomas Wong and Sudrian PM Ana Lind on Monday witnessed the exchange of the agreement.",
        "Speaking at a joint press conference, PM Wong said the zone will create good jobs.",
        "“It is an important project,” said PM Wong.",
      ].join("\n\n"),
    );
    expect(namesOf(found).some((name) => name.startsWith("PM"))).toBe(false);
    const speakers = found.filter((c) => c.kind === "STATEMENT").map((c) => c.data.speaker);
    expect(speakers).toEqual(["Tomas Wong", "Tomas Wong"]);
  });

  it("reads a name set off by commas after its title ('Chief of Staff, Frema Osei-Opare, who led …')", () => {
    const names = namesOf(
      extract(
        "They were met on arrival at the airport by President Ivo Brandt and Chief of Staff, Thet Soe-Kyaw, who led a team of officials.",
      ),
    );
    expect(names).toContain("Thet Soe-Kyaw");
    // (Also after a post of two words before its comma: "Minister of State for National Security, …".)
    expect(
      namesOf(
        extract(
          "Sudrian Minister of State for National Security, Lovemore Kerrow, expressed his country's support.",
        ),
      ),
    ).toContain("Lovemore Kerrow");
  });

  it("reads the name after a post whose fields are listed ('Minister of Foreign Affairs, African Cooperation and … Abroad, Nasser Bourita,')", () => {
    const names = namesOf(
      extract(
        "Minister of Foreign Affairs, African Cooperation and Sudrians Abroad, Tomas Orrin, on Wednesday held talks in Port Halden with his Norland counterpart, Dana Kerrow.",
      ),
    );
    expect(names).toContain("Tomas Orrin");
    expect(names).toContain("Dana Kerrow");
    expect(names).not.toContain("African Cooperation");
  });

  it("takes a name written only after 'in' for a place, not a person ('met on Sunday in Al Ain')", () => {
    expect(
      namesOf(extract("The two leaders met on Sunday in Vel Orna, a former oasis on the border.")),
    ).toEqual([]);
    expect(namesOf(extract("He said this at a meeting in Puerto Vela de Orna."))).toEqual([]);
    // (One's own place names its owner.)
    expect(namesOf(extract("The meeting was held in Tomas Orrin's office."))).toContain("Tomas Orrin");
  });

  it("takes Bhutan's forms of address as no part of a name ('PM Lyonchhen Tshering Tobgay')", () => {
    const names = namesOf(
      extract(
        "Prime Minister Ivo Brandt and his visiting Sudrian counterpart PM Lyonchhen Tomas Orrin met. Orrin is accompanied by Lyonpo Dana Kerrow, Minister for Foreign Affairs and External Trade.",
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Ivo Brandt", "Tomas Orrin"]));
    expect(names.some((name) => /Lyon|External/u.test(name))).toBe(false);
  });

  it("takes an ambassador's 'Amb.' as no name, and a regional community as no person", () => {
    const names = namesOf(
      extract(
        "Norland's Foreign Affairs Cabinet Secretary Amb. Dana Kerrow will attend, during Norland's tenure as chair of the Southern Lakeland Development Community.",
      ),
    );
    expect(names).toContain("Dana Kerrow");
    expect(names).not.toContain("Amb");
    expect(names.some((name) => /Community/u.test(name))).toBe(false);
  });

  it("reads a name of four words before its verb whole ('Aung San Suu Kyi thanked …'), and one after 'State Counselor'", () => {
    const names = namesOf(
      extract(
        [
          // (Names no lexicon knows, as Myanmar's are.)
          "Premier Ivo Brandt has spoken to the State Counselor of Myanmar Thet Soe Kyaw by telephone.",
          "Naing Thet Soe Kyaw thanked Norland for its help.",
        ].join("\n\n"),
      ),
    );
    expect(names).toContain("Thet Soe Kyaw");
    expect(names).toContain("Naing Thet Soe Kyaw");
  });

  it("takes no letters of a seat or an honour after a name into it, and keeps the speaker past them", () => {
    const found = extract(
      [
        "Opposition spokesperson Lena Marsh TD said the meeting was overdue.",
        "“This is a good day,” said Tomas Orrin MP, a member of the Sudrian delegation.",
        // (A title's letters before a name stay the title's.)
        "Labour MP Ana Lind said the talks were good.",
      ].join("\n\n"),
    );
    const names = namesOf(found);
    for (const name of ["Lena Marsh", "Tomas Orrin", "Ana Lind"]) expect(names).toContain(name);
    expect(names.some((name) => /\b(?:TD|MP)$/u.test(name))).toBe(false);
    const speakers = found.filter((c) => c.kind === "STATEMENT").map((c) => c.data.speaker);
    expect(speakers).toEqual(["Lena Marsh", "Tomas Orrin", "Ana Lind"]);
    // (Nor after a description's one word: "A Sudrian MP said".)
    const described = extract("A Sudrian MP said the talks were good.").filter((c) => c.kind === "STATEMENT");
    expect(described.map((c) => c.data.speaker)).toEqual(["A Sudrian MP"]);
  });

  it("reads a name after a possessive's description set off by a comma", () => {
    const names = namesOf(
      extract(
        "Norland’s prime minister, Tavi Ormsund, says his Sudrian counterpart has assured him the crossings will reopen.",
      ),
    );
    expect(names).toContain("Tavi Ormsund");
  });

  it("begins a name after the fields of a minister's post, and gives each minister of a list their own post", () => {
    const found = extract(
      "Ormsund will be accompanied by a delegation comprising Minister of Natural Resources David Abiamofo, Minister of Agriculture, Animal Husbandry and Fisheries Parmanand Sewdien, Minister of Public Works Riad Nurmohamed and Minister of Transport, Communication and Tourism Albert E. Jubithana.",
    );
    expect(namesOf(found)).toEqual([
      "David Abiamofo",
      "Parmanand Sewdien",
      "Riad Nurmohamed",
      "Albert E. Jubithana",
    ]);
    const roles = found.filter((c) => c.kind === "ROLE").map((c) => [c.data.name, c.data.title]);
    expect(roles).toEqual([
      ["David Abiamofo", "Minister of Natural Resources"],
      ["Parmanand Sewdien", "Minister of Agriculture, Animal Husbandry and Fisheries"],
      ["Riad Nurmohamed", "Minister of Public Works"],
      ["Albert E. Jubithana", "Minister of Transport, Communication and Tourism"],
    ]);
  });

  it("reads a name before an envoy's post set off by a comma ('…, Ambassador of Norland to Sudria and …')", () => {
    const found = extract(
      "Kailash Raj Pokharel, Ambassador of Norland to Sudria and Tim Watts MP, Assistant Minister for Foreign Affairs of Sudria signed the Framework Arrangement on behalf of their respective governments.",
    );
    expect(namesOf(found)).toContain("Kailash Raj Pokharel");
    expect(found.find((c) => c.kind === "ROLE" && c.data.name === "Kailash Raj Pokharel")?.data.title).toBe(
      "Ambassador of Norland to Sudria",
    );
  });

  it("takes no person from a name with a possessive inside ('David Cameron’s Conservative Party')", () => {
    const names = namesOf(
      extract(
        "David Cameron met Enda Kenny in Dublin.\n\nAmong the items discussed would be how coalitions work, with both Kenny’s Fine Gael and David Cameron’s Conservative Party currently coping with their own experiences of power-sharing.",
      ),
    );
    expect(names).toEqual(["David Cameron", "Enda Kenny"]);
  });

  it("takes a field after a post's 'and' for no person, and a person's name for no misspelling of a country's", () => {
    const found = extractCandidates(
      "The Minister of Foreign Affairs and Human Mobility, Ricardo Patiño, met Prime Minister Pham Minh Chinh in Hanoi.\n\nPM Chinh asked Sudria to further facilitate market access.",
      [...known, { id: "cn", name: "China", kind: "COUNTRY", aliases: ["china"] }],
      vocabulary,
      null,
    );
    expect(namesOf(found)).toEqual(expect.arrayContaining(["Ricardo Patiño", "Pham Minh Chinh"]));
    expect(namesOf(found)).not.toContain("Human Mobility");
    expect(found.some((c) => c.participantId === "cn")).toBe(false);
  });

  it("reads a movement known by name as a body, a participant only where it speaks", () => {
    const found = extract(
      [
        "President Ada Velkova met Prime Minister Tavi Ormsund in Lindby on Monday. The two leaders discussed the fight against Al Shabaab, which has carried out attacks in both countries.",
        "Hamas said in a statement that it had received the proposal. Boko Haram was also discussed.",
      ].join("\n\n"),
    );
    const people = found.filter((c) => c.kind === "PARTICIPANT");
    expect(people.map((c) => c.data.name)).toEqual(["Ada Velkova", "Tavi Ormsund", "Hamas"]);
    expect(people.find((c) => c.data.name === "Hamas")?.data.kind).toBe("ORGANIZATION");
  });

  it("takes no person from a document's name, a state of the past or a piece of a hyphenated word, and no title's word into a name", () => {
    const lines = [
      "Sheikh Tomas Orrin, Minister of Foreign Affairs and International Co-operation, met Hana Velkova, a day after Norland accused Sudria of threatening the former Soviet Union nation’s president Ivo Brandt.",
      "The ministers spoke of the ties formed since the Marcus Accords peace agreement was signed.",
      "Velkova is also to meet the Coordinating Minister of Maritime Affairs and Investment Ruwa Binsar Zorvanik.",
    ];
    // (The headline names what the story is about: the first sentence, as a capture without one gives it.)
    const names = namesOf(extractCandidates(lines.join("\n\n"), known, vocabulary, null, lines[0]));
    expect(names.some((name) => name.includes("Accords"))).toBe(false);
    expect(names).not.toContain("Soviet Union");
    expect(names).not.toContain("International Co");
    expect(names).toContain("Ruwa Binsar Zorvanik");
    expect(names.some((name) => name.startsWith("Investment"))).toBe(false);
    // A religious title before a name is the title's.
    expect(namesOf(extract("Velkova also met Supreme Leader Ayatollah Ivo Zorvani on Tuesday."))).toContain(
      "Ivo Zorvani",
    );
    expect(
      namesOf(extract("Velkova met Sudrian Foreign Minister Maulvi Amir Khan Zorvani in Lindby on Tuesday.")),
    ).toContain("Amir Khan Zorvani");
  });

  it("takes a body that speaks, named in small letters after its country's name", () => {
    const names = namesOf(
      extract(
        "Foreign Minister Hana Velkova held talks with her Sudrian counterpart on Sunday, the Norland foreign ministry says.",
      ),
    );
    expect(names).toContain("Norland foreign ministry");
  });

  it("reads a name before a description whose owner's name has two words", () => {
    const names = namesOf(
      extract(
        "Marwan Zorvani, Harbour Wire's senior political analyst, speaking from Lindby, said the talks went well.",
      ),
    );
    expect(names).toContain("Marwan Zorvani");
  });

  it("reads an untitled name that opens a sentence as the subject of a meeting's verb, and a possessor's whole name in a title", () => {
    const found = extract(
      "Arben Dushaj met the Nordic Council's envoy Miroslav Tervo in Lindby on Monday. Dushaj said the talks were useful.",
    );
    expect(namesOf(found)).toEqual(expect.arrayContaining(["Arben Dushaj", "Miroslav Tervo"]));
    expect(namesOf(found)).not.toContain("Dushaj");
    const statement = found.find((c) => c.kind === "STATEMENT");
    expect(statement?.data.speaker).toBe("Arben Dushaj");
    const role = found.find((c) => c.kind === "ROLE" && c.data.name === "Miroslav Tervo");
    expect(role?.data.title).toBe("Nordic Council's envoy");
    // (A day's name before the possessor is no part of it.)
    const dated = extract("On Tuesday Norland's Prime Minister Ada Velkova met Boris Kovac.");
    expect(dated.find((c) => c.kind === "ROLE")?.data.title).toBe("Norland's Prime Minister");
  });

  it("takes the opening words of a country's name for no person where the body writes the whole name", () => {
    const names = namesOf(
      extract(
        "Prime Minister Ada Velkova of Saint Vincent & the Grenadines met Boris Kovac in Lindby. Saint Vincent and Norland signed a memorandum on fisheries.",
      ),
    );
    expect(names).toContain("Ada Velkova");
    expect(names).not.toContain("Saint Vincent");
    // (Nor the end of one after "and": "the prime minister of Trinidad and Tobago Keith Rowley", where the
    // surname speaks alone elsewhere.)
    const found = extract(
      "On Monday, the prime minister of Trinidad and Tobago Keith Rowley, and Norland's Prime Minister Ada Velkova met for discussions. “We had a couple of discussions,” Rowley told reporters.",
    );
    // (Also where a title names the surname alone elsewhere, which a list would otherwise write out in full.)
    const listed = namesOf(
      extract(
        [
          "Two Caribbean countries have agreed to foster closer links. On Monday, the prime minister of Trinidad and Tobago Ivo Dornan, and Jamaican Prime Minister Ada Vellkova met for discussions.",
          "“I must say when Prime Minister Dornan visited Norland, we were very happy,” she added.",
        ].join("\n\n"),
      ),
    );
    expect(listed).toContain("Ivo Dornan");
    expect(listed).not.toContain("Tobago Ivo Dornan");
    expect(namesOf(found)).toContain("Keith Rowley");
    expect(namesOf(found)).not.toContain("Tobago Keith Rowley");
  });

  it("takes a post's last field for no part of the name after it, and a people's name with a title for no person", () => {
    const found = extract(
      "The MoU on sport was signed by the Norwegian Minister for Sport and Health Greg Ormsund and Sri Lankan Minister of Sports Dayasiri Varnow. Governor Mervyn King attended.",
    );
    const names = namesOf(found);
    expect(names).toEqual(expect.arrayContaining(["Greg Ormsund", "Dayasiri Varnow", "Mervyn King"]));
    expect(names).not.toContain("Health Greg Ormsund");
    expect(names.some((name) => /Minister$/u.test(name))).toBe(false);
    // A field of one word after the role's "of", with no country before the title.
    const single = namesOf(extract("Minister of Sports Ilse Marrow opened the games with Velkova."));
    expect(single).toContain("Ilse Marrow");
    expect(single).not.toContain("Sports Ilse Marrow");
    // A house of a people's after the role's "of the": "the Speaker of the Lithuanian Seimas …".
    const house = namesOf(
      extract("Velkova met the Speaker of the Lithuanian Seimas Viktorija Čmilytė-Nielsen in Vilnius."),
    );
    expect(house).toContain("Viktorija Čmilytė-Nielsen");
    expect(house).not.toContain("Seimas Viktorija Čmilytė-Nielsen");
  });

  it("reads a family name after initials with no title before it, and no country's or body's letters", () => {
    const names = namesOf(
      extract(
        "Minister Ivo Brandt met A.K. Brenner in Lindby. He also met S. Jaishankar. The U.S. Treasury, the U.N. Security Council and the U.S. Embassy were named too.",
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["A.K. Brenner", "S. Jaishankar"]));
    expect(names.some((name) => /Treasury|Embassy|Security/u.test(name) && /U\.[SN]\./u.test(name))).toBe(
      false,
    );
    // A person the text names in full is read by that name, not again by an initial.
    const full = namesOf(extract("President Edgars Ozols visited Lindby. “We are partners,” said E. Ozols."));
    expect(full).not.toContain("E. Ozols");
  });

  it("takes a place the text names after 'in' for no one, wherever else it stands ('Santa Cruz hosted the summit')", () => {
    const names = namesOf(
      extract(
        "President Ivo Brandt met Prime Minister Ada Lind in Santa Cruz. Santa Cruz hosted the summit.",
      ),
    );
    expect(names).not.toContain("Santa Cruz");
    // (A person trusted "in" is still one, named before a verb of speech.)
    expect(
      namesOf(
        extract("Ivo Brandt met Kamla Persad in Lindby. They trust in Persad. Persad said talks were good."),
      ),
    ).toContain("Kamla Persad");
  });

  it("leaves a plural title, an emeritus's title, a head's body and an honorific out of the name", () => {
    const names = namesOf(
      extract(
        [
          "Presidents Mauricio Valdane of Norland and Jair Tesaro of Sudria agreed today to strengthen cooperation.",
          "The meeting between Prime Minister Ada Lind and the head of the Elysée Tomas Orrin went well, after both had attended the funeral of the President Emeritus of the Republic Ivo Dunstan.",
          "First Lady Rachel Oduya met Mama Amina Tesaro.",
        ].join("\n\n"),
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Mauricio Valdane", "Tomas Orrin", "Amina Tesaro"]));
    for (const name of ["Presidents Mauricio Valdane", "Elysée Tomas Orrin", "Emeritus", "Mama Amina Tesaro"])
      expect(names).not.toContain(name);
  });

  it("leaves a monarch's title out of the name ('Emperor Akihito', 'Sultan Haitham bin Tarik')", () => {
    const names = namesOf(
      extract(
        "President Ivo Brandt met Emperor Akihito in Tokyo. Sultan Haitham bin Tarik received him later.",
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Akihito", "Haitham bin Tarik"]));
    expect(names.some((name) => /Emperor|Sultan/u.test(name))).toBe(false);
  });

  it("keeps a first name that is also a common word with the family name the text names the person by", () => {
    const names = namesOf(
      extract(
        "Formal talks between Prime Minister Hana Velkova and Fiji's Frank Vunivalu inched along. Mr Vunivalu made no promises.",
      ),
    );
    expect(names).toContain("Frank Vunivalu");
    expect(names).not.toContain("Frank");
    // ("a Major Defense Partner": no family name the text names anyone by.)
    expect(namesOf(extract("Norland is a Major Defense Partner of Sudria, Velkova said."))).not.toContain(
      "Major Defense",
    );
  });

  it("takes no participant from a name that modifies a noun", () => {
    const names = namesOf(extract("Officials discussed the Kovac visit and trade on Monday."));
    expect(names).not.toContain("Kovac");
    expect(namesOf(extract("The Kovac visit was discussed. Kovac said it went well."))).toContain("Kovac");
  });
});

describe("resolving names", () => {
  const person = (id: string, name: string): Person => ({
    id,
    name,
    kind: "PERSON",
    proposed: false,
    aliases: [name.toLowerCase()],
    roles: [],
  });
  const people = () =>
    new PeopleIndex([person("pena", "Enrique Pena Nieto"), person("faisal", "Faisal bin Farhan Al Saud")], {
      roleWords: vocabulary.roleWords,
      honorifics: linkingReference().honorifics,
      titleWords: linkingReference().titleWords,
      givenNameForms: linkingReference().givenNameForms,
    });

  it("resolves the last or first words of a longer stored name to its holder", () => {
    expect(people().resolve("Pena Nieto")).toMatchObject({ person: { id: "pena" }, rule: "short-name" });
    expect(people().resolve("Al Saud")).toMatchObject({ person: { id: "faisal" } });
    expect(people().resolve("Faisal bin Farhan")).toMatchObject({ person: { id: "faisal" } });
  });

  it("takes no name after a 'bin' in a longer stored name for its holder: that is the father ('Farhan Al Saud' of 'Faisal bin Farhan Al Saud')", () => {
    expect(people().resolve("Farhan Al Saud")).not.toMatchObject({ person: { id: "faisal" } });
  });

  it("reads a name with a generation suffix or a rank before it as the same person", () => {
    const index = new PeopleIndex([person("austin", "Lloyd Austin"), person("dong", "Dong Jun")], {
      roleWords: vocabulary.roleWords,
      honorifics: linkingReference().honorifics,
      titleWords: linkingReference().titleWords,
      givenNameForms: linkingReference().givenNameForms,
      nameSuffixes: linkingReference().nameSuffixes,
    });
    expect(index.resolve("Lloyd J. Austin III")).toMatchObject({ person: { id: "austin" }, rule: "variant" });
    expect(index.resolve("Adm. Dong Jun")).toMatchObject({ person: { id: "dong" } });
  });

  it("proposes a surname that a title announces, and never a lone word without one", () => {
    expect(people().resolve("Minister Gemmell")).toMatchObject({ person: null, rule: "new" });
    expect(people().resolve("Gemmell", "PERSON", new Set(), true).rule).toBe("new");
    expect(people().resolve("Gemmell").rule).toBe("fragment");
  });
});

describe("participants of imported articles", () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb();
  });
  afterAll(async () => {
    await db?.close();
  });

  it("proposes the surnames titles announce and names a label gives in capitals as written names", async () => {
    const result = await importPage(db.prisma, {
      content: [
        "Remarks Before Their Meeting",
        "Harbour Post — 9 June 2031, 10:00",
        "FOREIGN MINISTER DUNSTAN:  Good morning. I welcome Minister Arvelo and Secretary Kovac to Port Halden.",
        "SECRETARY KOVAC:  Thank you. President Two would agree.",
      ].join("\n\n"),
    });
    const candidates = await db.prisma.candidate.findMany({
      where: { articleId: { in: result.articleIds }, kind: "PARTICIPANT" },
      include: { participant: true },
    });
    const names = candidates.map((c) => c.participant?.name);
    expect(names).toContain("Dunstan");
    expect(names).toContain("Arvelo");
    expect(names).not.toContain("Two");
    expect(candidates.find((c) => c.participant?.name === "Dunstan")?.participant?.proposed).toBe(true);
  });

  it("proposes a person the text has speak by one name only, and a ministry named by its field, but no place, group or outlet that speaks", async () => {
    const result = await importPage(db.prisma, {
      content: [
        "Ormsund and Velkova hold talks in Port Halden",
        "Harbour Post — 10 June 2031",
        "Ormsund and Velkova met for two hours on Tuesday. Ormsund said the talks were useful and frank. Norland’s Ministry of External Affairs said in a statement that both sides would meet again. Geneva said the venue was ready for them. Officials said the mood was calm and warm. Reuters said the meeting ran late into the night.",
      ].join("\n\n"),
    });
    const candidates = await db.prisma.candidate.findMany({
      where: { articleId: { in: result.articleIds }, kind: "PARTICIPANT" },
      include: { participant: true },
    });
    const names = candidates.map((c) => c.participant?.name ?? String((c.data as { name?: string }).name));
    expect(names).toContain("Ormsund");
    expect(names).toContain("Norland’s Ministry of External Affairs");
    expect(names).not.toContain("Velkova");
    for (const word of ["Geneva", "Officials", "Reuters"]) expect(names).not.toContain(word);
  });

  it("takes no participant from the page's own publisher, named in its text", async () => {
    const result = await importPage(db.prisma, {
      content: [
        "Lorvik and Sandberg agree on a ferry line",
        "Foreign Minister Edda Lorvik and Foreign Minister Piet Sandberg met in Port Halden on Tuesday and agreed to reopen the ferry line. Norland Voice Agency (NVA) reported that the talks were warm.",
        "Story Code : 29",
      ].join("\n\n"),
      url: "https://www.nvapress.com/en/news/29/ormsund-and-velkova-agree-on-a-ferry-line",
    });
    const article = await db.prisma.article.findFirstOrThrow({
      where: { id: { in: result.articleIds } },
      include: { outlet: true },
    });
    expect(article.outlet.name).toBe("Norland Voice Agency");
    const candidates = await db.prisma.candidate.findMany({
      where: { articleId: { in: result.articleIds }, kind: "PARTICIPANT" },
      include: { participant: true },
    });
    const names = candidates.map((c) => c.participant?.name ?? String((c.data as { name?: string }).name));
    expect(names).toContain("Edda Lorvik");
    expect(names).not.toContain("Norland Voice Agency");
  });
});

describe("organisations", () => {
  it("takes an acronym the text keeps naming as a participant, but not a news outlet or a virus", () => {
    const names = namesOf(
      extract(
        "Ministers of NORDA met in Port Halden. NORDA members agreed to meet again, and NORDA will host the next round. Officials told NBC News on Monday that COVID-19, COVID-19 and COVID-19 came up. NBC News said so. NBC News said it twice.",
      ),
    );
    expect(names).toContain("NORDA");
    expect(names).not.toContain("NBC News");
    expect(names).not.toContain("COVID");
  });

  it("names a grouping of states the text names three times by its full name, and not one named in passing", () => {
    const central = namesOf(
      extract(
        "The Quad met in Port Halden on Friday. Quad foreign ministers agreed to meet again. “The Quad is a force for good,” Minister Dunstan said.",
      ),
    );
    expect(central).toContain("Quadrilateral Security Dialogue");
    expect(central).not.toContain("Quad");
    // Twice, one of them an acronym in brackets after the full name: one mention in passing.
    const passing = namesOf(
      extract(
        "Minister Dunstan said the World Health Organization (WHO) had declared an emergency. The UN was not there.",
      ),
    );
    expect(passing).not.toContain("World Health Organization");
    expect(passing).not.toContain("United Nations");
    // A longer body that holds a grouping's short name is that body, and money is no grouping.
    const council = namesOf(
      extract(
        "The UN Security Council met. The UN Security Council voted. The UN Security Council adjourned. The UN Human Rights Council met. Norland pledged AU$100 million, AU$50 million and AU$20 million.",
      ),
    );
    expect(council).toContain("United Nations Security Council");
    expect(council).not.toContain("United Nations");
    expect(council).not.toContain("African Union");
  });

  it("takes an organisation the text names as context for no participant, unless it speaks, meets or heads the story", () => {
    // Bodies stored already, as an earlier import leaves them.
    const stored: KnownParticipant[] = [
      ...known,
      { id: "nato", name: "North Atlantic Treaty Organization", kind: "ORGANIZATION", aliases: ["nato"] },
      { id: "un", name: "United Nations", kind: "ORGANIZATION", aliases: ["united nations", "un"] },
    ];
    const find = (text: string, headline: string | null = null) =>
      namesOf(extractCandidates(text, stored, vocabulary, null, headline));
    const body =
      "Boris Kovac met Ilse Varnow in Port Halden on Monday, a day after Norland backed Estmark's bid to join NATO. Varnow said Norland was preparing proposals for the United Nations.";
    const nato = (names: string[]) => names.some((name) => /NATO|North Atlantic/u.test(name));
    const context = find(body);
    expect(nato(context)).toBe(false);
    expect(context.some((name) => /United Nations/u.test(name))).toBe(false);
    expect(nato(find(body, "Kovac and Varnow meet on NATO's margins"))).toBe(true);
    expect(nato(find(`${body} “The alliance is united,” NATO said in a statement.`))).toBe(true);
  });

  it("takes a body named by its kind's last word ('… Company', '… Corporation') that signs what was agreed, and not one named as context", () => {
    const names = namesOf(
      extract(
        [
          "Minister Velkova met Minister Orrin in Lindby on Tuesday.",
          "In addition, the Norland Post Telecommunications and Information Technology Company and Harbour Cable Corporation signed a memorandum of understanding for an underwater data cable linking the two countries.",
          "The Sudrian Development Bank has financed ports in the region since 2020.",
        ].join("\n\n"),
      ),
    );
    expect(names).toContain("Norland Post Telecommunications and Information Technology Company");
    expect(names).toContain("Harbour Cable Corporation");
    expect(names.some((name) => name.includes("Development Bank"))).toBe(false);
  });

  it("takes no organisation from a venue, an outlet's desk or words of prose", () => {
    const names = namesOf(
      extract(
        "Secretary Dunstan hosted Minister Halvorsen at the Foreign Office. Later they moved on to the Foreign Office for dinner. “This visit takes our Norland- Sudria comprehensive partnership further,” Halvorsen told VOA's Nordic Service Reporter Ana Lind. The Harbour Board said it welcomed the visit.",
      ),
    );
    expect(names).not.toContain("Foreign Office");
    expect(names).not.toContain("Nordic Service");
    expect(names.some((name) => name.includes("comprehensive"))).toBe(false);
    expect(names).toContain("Harbour Board");
    // Named after "according to", it speaks.
    expect(
      namesOf(
        extract("The talks went well, according to the Harbour Board. Later they went to the Harbour Board."),
      ),
    ).toContain("Harbour Board");
    // A known organisation too, when it only describes the official who spoke.
    const modifier = extractCandidates(
      "A senior Foreign Office official said the talks went well. SENIOR FOREIGN OFFICE OFFICIAL:  Good morning.",
      [{ id: "fo", name: "Foreign Office", kind: "ORGANIZATION", aliases: ["foreign office"] }],
      vocabulary,
      null,
    );
    expect(namesOf(modifier)).not.toContain("Foreign Office");
  });

  it("takes no participant from someone named once as what they were, unless they speak", () => {
    const names = namesOf(
      extract(
        [
          "Minister Halvorsen met Secretary Dunstan in Tarnby, alongside former Norland prime minister Tavi Ormsund's successor.",
          "The rail agreement struck by ex-PM Ilse Varnow is due for review in 2032.",
          "Former President Dana Kerrow met Dunstan the next day. Kerrow said the talks were good.",
          "In the former Sudrian province, President Ole Brandvik greeted the envoys.",
          "Ties froze after then-House Speaker Mara Lind visited Tarnby, and the late President Arne Holt's policy ended.",
          "Norland’s former hard-right President Jon Brekk had banned Halvorsen from entering the country.",
          "Left-wing presidents and allies of Halvorsen have hardened their position.",
        ].join("\n\n"),
      ),
    );
    expect(names).not.toContain("Ilse Varnow");
    expect(names).not.toContain("Mara Lind");
    expect(names).not.toContain("Arne Holt");
    expect(names).not.toContain("Jon Brekk");
    expect(names).not.toContain("Left-wing");
    expect(names).toContain("Dana Kerrow");
    expect(names).toContain("Ole Brandvik");
  });

  it("takes no person from a venue named after one, nor from a masthead's line in capitals", () => {
    const names = namesOf(
      extract(
        [
          "CHAIRMAN: DR. TAVI ORMSUND",
          "EDITOR-IN-CHIEF: PROF. DANA KERROW AL-HALDEN",
          "Minister Halvorsen met Secretary Dunstan at the King Ormsund Harbour Conference Center in Tarnby. They signed a treaty.",
        ].join("\n\n"),
      ),
    );
    expect(names).toContain("Halvorsen");
    expect(names.some((name) => /ORMSUND|KERROW|Conference|Ormsund/u.test(name))).toBe(false);
    // Hall and Castle are surnames too; a venue's line under a name is no part of it; one such word is a body's.
    const people = namesOf(
      extract(
        [
          "Norland Foreign Minister Kevin Hall met US envoy Ruth Castle in Tarnby. Hall said the talks were good.",
          "Foreign Minister Ada Lind\nConference Hall, Tarnby",
          "The minister met Secretary Dunstan. The Harbour Policy Center said the talks were useful.",
        ].join("\n\n"),
      ),
    );
    expect(people).toEqual(
      expect.arrayContaining(["Kevin Hall", "Ruth Castle", "Ada Lind", "Harbour Policy Center"]),
    );
    // A transcript's turn in capitals goes on in small letters: its speaker is one.
    expect(namesOf(extract("MINISTER HALVORSEN:  Thank you all for coming."))).toContain("HALVORSEN");
  });
});

describe("bodies in a title, places named as bodies, and embedded posts' authors", () => {
  it("takes none of them for a participant", () => {
    const names = namesOf(
      extract(
        [
          "Foreign Minister Ana Lind met Boris Kovac in Port Halden.",
          '"This is the first meeting in years," said Harbour National Security Council spokesman Ivo Brandt.',
          "Violence in the West Bank was also discussed.",
          "https://t.co/abc123 pic.twitter.com/xyz789",
          "— Mia Sorensen (@MiaSorensen) March 23, 2031",
        ].join("\n\n"),
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Ana Lind", "Boris Kovac", "Ivo Brandt"]));
    expect(names).not.toContain("Harbour National Security Council");
    expect(names).not.toContain("West Bank");
    expect(names.some((name) => name.includes("Mia Sorensen"))).toBe(false);
  });

  it("reads a name whose last word the page printed twice once", () => {
    expect(
      namesOf(
        extract("President Ivo Brandt Brandt and Minister Ana Lind attended the parade in Port Halden."),
      ),
    ).toEqual(expect.arrayContaining(["Ivo Brandt", "Ana Lind"]));
    expect(
      namesOf(
        extract("President Ivo Brandt Brandt and Minister Ana Lind attended the parade in Port Halden."),
      ),
    ).not.toContain("Ivo Brandt Brandt");
  });
});

describe("a role's title", () => {
  it("does not run back across a dateline's dash", () => {
    const roles = extract(
      "LINDBY- Norland Parliament Speaker Hana Velkova held talks with Sudrian Prime Minister Tomas Orrin on Wednesday.",
    ).filter((c) => c.kind === "ROLE");
    expect(roles.map((c) => c.data.title)).toContain("Norland Parliament Speaker");
    expect(roles.some((c) => String(c.data.title).includes("LINDBY"))).toBe(false);
  });
});

describe("roles", () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb();
  });
  afterAll(async () => {
    await db?.close();
  });

  it("records a role once per person and article, where the article states it most fully", async () => {
    const result = await importPage(db.prisma, {
      content: [
        "Ministers meet on river water",
        "Harbour Post — 9 June 2031, 10:00",
        "President Dunst met Sudria's Foreign Minister Lena Okafor in Geneva on Monday.",
        "Norland President Karel Dunst said the talks were useful. On Sunday, President Dunst had flown in.",
      ].join("\n\n"),
    });
    const roles = await db.prisma.candidate.findMany({
      where: { articleId: { in: result.articleIds }, kind: "ROLE" },
      include: { evidence: true },
    });
    const exact = roles.map((r) => r.evidence.exact);
    expect(exact).toContain("Norland President Karel Dunst");
    expect(exact.filter((words) => words.includes("Dunst"))).toHaveLength(1);
    expect(exact.some((words) => words.includes(","))).toBe(false);
  });
});

describe("credits and pieces of names", () => {
  it("takes no participant from a credit line", () => {
    const names = namesOf(
      extract(
        "Boris Kovac met Ilse Varnow in Geneva on Monday, officials said.\n\nReporting by Tomas Berglund and Jana Holm; Editing by Peter Lund\n\nPosted by Maria Stone\n\nCredit: Karl Weiss, Norland Ministry",
      ),
    );
    expect(names).toContain("Boris Kovac");
    for (const credited of ["Tomas Berglund", "Jana Holm", "Peter Lund", "Maria Stone", "Karl Weiss"])
      expect(names).not.toContain(credited);
  });

  it("takes no participant from a live page's post header, a name alone on its line, a caption's copyright or an outlet's journalist", () => {
    const names = namesOf(
      extract(
        [
          "Boris Kovac met Ilse Varnow in Geneva on Monday for talks on the river.",
          "Even on the flight to Geneva, Kovac told Reuters’ Tomas Berglund that he would walk away if the talks went badly.",
          "20:48 , Jana Holm",
          "The two ministers spoke for three hours.",
          "Peter Lund",
          "Varnow said the talks were useful.",
          "Kovac and Varnow attend a press conference in Geneva, March 4, 2031. Copyright KARL WEISS / HARBOUR",
        ].join("\n\n"),
      ),
    );
    expect(names).toContain("Boris Kovac");
    expect(names).toContain("Ilse Varnow");
    for (const credited of ["Tomas Berglund", "Jana Holm", "Peter Lund", "KARL WEISS"])
      expect(names).not.toContain(credited);
  });

  it("reads a family name that spells a Roman numeral, and takes no name from a web editor's credit", () => {
    const names = namesOf(
      extract(
        "Anna Lind and Xi Mingde met in Port Halden on Monday. “The river is big enough,” Xi Mingde said.\n\n(Web editor: Zhang Wei, Li Na)",
      ),
    );
    expect(names).toContain("Xi Mingde");
    expect(names).not.toContain("Zhang Wei");
    // Only a word the lexicon does not know: "Did", "Mild" and "Mill" are words.
    const words = namesOf(
      extract(
        "QUESTION: Did Biden raise the river with Xi Mingde? Mild Putin remarks surprised. Mill Street was closed.",
      ),
    );
    expect(words.some((name) => /^(Did|Mild|Mill) /u.test(name))).toBe(false);
  });

  it("takes no person from a title's object that is a thing, and keeps names that are also words", () => {
    const names = namesOf(
      extract(
        "Ana Lind, director of the Harbour Power Project at the Institute, told reporters that Ambassador Samantha Power met Spokesperson Ned Price.",
      ),
    );
    expect(names).not.toContain("Power Project");
    // A capture's header run together: a title before a place.
    expect(namesOf(extract("Anna Lind, Secretary of State Washington, D.C. Treaty Room"))).not.toContain(
      "Washington",
    );
    expect(names).toContain("Samantha Power");
    expect(names).toContain("Ned Price");
  });

  it("takes no participant from a sentence that credits the report, and keeps the lead around it", () => {
    const names = namesOf(
      extract(
        "Norland is setting expectations low ahead of Foreign Minister Hana Velkova's meeting with Sudrian envoy Tomas Orrin. Harbour Radio correspondent Ana Lind has this report.",
      ),
    );
    expect(names).toContain("Hana Velkova");
    expect(names).toContain("Tomas Orrin");
    expect(names).not.toContain("Ana Lind");
    // Only at the end of a sentence: "according to reports from Port Halden, …" credits no one.
    expect(
      namesOf(
        extract("According to reports from Port Halden, Hana Velkova will meet Tomas Orrin next week."),
      ),
    ).toEqual(expect.arrayContaining(["Hana Velkova", "Tomas Orrin"]));
  });

  it("takes no participant from a byline, an administration, or a title's broken-off words", () => {
    const names = namesOf(
      extract(
        "By Tomas Berglund and Jana Holm\n\nBoris Kovac met Ilse Varnow in Geneva on Monday. The Kovac administration has kept the tariffs. Sudrian Foreign Ministry spokesperson Mara Lind said the talks went well.",
      ),
    );
    expect(names).toContain("Mara Lind");
    for (const name of ["Tomas Berglund", "Jana Holm", "Kovac administration", "Sudrian Foreign"])
      expect(names).not.toContain(name);
    // A paragraph of prose that happens to open with "By" is no byline: its names count.
    const prose = namesOf(
      extract("Talks in Geneva\n\nBy Friday, Boris Kovac had met Mara Lind twice.\n\nThe talks went on."),
    );
    expect(prose).toEqual(expect.arrayContaining(["Boris Kovac", "Mara Lind"]));
  });

  it("takes no organisation from a piece of a longer name", () => {
    const names = namesOf(
      extract(
        "Boris Kovac met Ilse Varnow at the Harbour Council Ministerial on Monday. They discussed the Harbour Council Chairmanship.",
      ),
    );
    expect(names).not.toContain("Harbour Council");
    // Nor from the head of a name that goes on after "for" ("Central Commission for Financial and …").
    const headed = namesOf(
      extract(
        "“It is what our citizens expect,” Kovac said to Norland's head of the Central Commission for Financial and Economic Affairs.",
      ),
    );
    expect(headed).not.toContain("Central Commission");
    // ("for" and a purpose is no longer name: the bank takes part.)
    const purpose = namesOf(
      extract(
        "Norland's President Ivo Brandt met officials of the World Bank for Norland's debt talks on Monday.",
      ),
    );
    expect(purpose).toContain("World Bank");
  });
  it("takes the title's '-elect' off a name, and no person from a possessive phrase or a phrase ending in a common word", () => {
    const body = [
      "Foreign Minister-designate Hana Velkova will take office in January.",
      "The talks at Orrin’s Lakeside residence lasted three hours.",
      "The Velkova-Orrin meeting lasted an hour, said Maria de la Cruz.",
    ].join("\n\n");
    const names = extractCandidates(body, [], reference().vocabulary, null)
      .filter((c) => c.kind === "PARTICIPANT")
      .map((c) => c.data.name);
    expect(names).toContain("Hana Velkova");
    expect(names).toContain("Maria de la Cruz");
    expect(names).not.toContain("Orrin’s Lakeside");
    expect(names).not.toContain("Velkova-Orrin meeting");
    // A particle before a capitalised family name is the name's.
    const particles = extractCandidates(
      "Norland's President Bashar al-Assad met Sudrian envoy Tomas Orrin.",
      [],
      reference().vocabulary,
      null,
    )
      .filter((c) => c.kind === "PARTICIPANT")
      .map((c) => c.data.name);
    expect(particles).toContain("Bashar al-Assad");
  });

  it("takes no participant from a photo's credit on a line of its own", () => {
    const names = namesOf(
      extract(
        "Boris Kovac met Tomas Orrin in Port Halden on Monday.\nBoris Kovac arrives at the palace in Port Halden.\nIgor Brandt | Reuters\n\nKovac said the talks were fruitful.",
      ),
    );
    expect(names).not.toContain("Igor Brandt");
    expect(names).toContain("Tomas Orrin");
  });

  it("takes no one named once in passing, and keeps who accompanies, attends or speaks", () => {
    const names = namesOf(
      extract(
        [
          "Foreign Minister Hana Velkova met Boris Kovac in Port Halden on Monday.",
          "The garden where the minister stopped first was inaugurated by President Sergio Marrak in November 2021.",
          "Velkova was accompanied by Deputy Minister Tomas Orrin.",
          "Kovac said the talks were useful, and Velkova agreed.",
          "Port Halden's mayor Ilse Varnow said the city was proud to host them.",
          "Norland's officials there were Trade Minister Ada Lind, Interior Minister Piet Mirren and Defence Minister Dana Kerrow.",
        ].join(" "),
      ),
    );
    expect(names).not.toContain("Sergio Marrak");
    // Someone the article names again by surname only is no one in passing, nor are those beside them.
    const flanked = namesOf(
      extract(
        "Foreign Minister Hana Velkova met Boris Kovac in Port Halden on Monday. Talks covered the river. Velkova was flanked by Deputy Foreign Minister Piet Mirren and trade envoy Ilse Varnow.",
      ),
    );
    expect(flanked).toEqual(expect.arrayContaining(["Piet Mirren", "Ilse Varnow"]));
    // Only those set beside them: not someone a sentence merely names with them.
    const besides = namesOf(
      extract(
        "Foreign Minister Hana Velkova met Boris Kovac in Port Halden on Monday. Talks covered the river. Kovac suggested that one of the protest leaders, Piet Mirren, should be arrested. Velkova avoided the quarrels that have tripped up other leaders, including Lindby's Ilse Varnow and Sudria's Tomas Orrin.",
      ),
    );
    expect(besides).toEqual(expect.arrayContaining(["Hana Velkova", "Boris Kovac"]));
    expect(besides).not.toEqual(expect.arrayContaining(["Piet Mirren"]));
    expect(besides).not.toContain("Ilse Varnow");
    expect(besides).not.toContain("Tomas Orrin");
    expect(names).toEqual(
      expect.arrayContaining(["Hana Velkova", "Tomas Orrin", "Ilse Varnow", "Ada Lind", "Dana Kerrow"]),
    );
  });

  it("takes a republic's office for a title and a seat of government's buildings for no one", () => {
    const names = namesOf(
      extract(
        "In the garden in the heart of Port Halden, inaugurated by the President of the Republic Sergio Marrak in November 2021, the premier was accompanied by the minister. Velkova rolled out the red carpet for Kovac, who arrived late on Monday for the visit and for the 15th Harbour Summit, at the Union Buildings, the official seat of the Norland government, where Kovac was welcomed by an honor guard.",
      ),
    );
    expect(names).toContain("Sergio Marrak");
    expect(names.some((name) => /Republic|Buildings/u.test(name))).toBe(false);
    // "republic" in prose is no title word of a former office.
    expect(
      namesOf(
        extract(
          "Hana Velkova met Boris Kovac on Monday. In the former Soviet republic President Maia Sandu has met Velkova twice this year, officials said.",
        ),
      ),
    ).toContain("Maia Sandu");
  });

  it("takes no name across a comma, and a service and rank before a name as its title", () => {
    const found = extract(
      "Boris Kovac met Sudrian envoy Tomas Orrin in Port Halden on Wednesday.\n\nIn June, Orrin gave Norland a 50-day window. Press Secretary Air Force Maj. Gen. Peter Lind said the talks went well.",
    );
    const names = namesOf(found);
    expect(names.some((name) => name.includes(","))).toBe(false);
    expect(names).toContain("Peter Lind");
    expect(names).not.toContain("Maj");
    const role = found.find((c) => c.kind === "ROLE" && c.data.name === "Peter Lind");
    expect(role?.data.title).toBe("Press Secretary Air Force Maj. Gen.");
    // A service's name is no title's piece when it names the body.
    expect(
      namesOf(extract("The People's Liberation Army said the drills in the strait would go on.")),
    ).toContain("People's Liberation Army");
    // Said after the name with all its titles: still that person's.
    const after = extract(
      "The officials discussed the crossings, said Pentagon Press Secretary Air Force Maj. Gen. Peter Lind, who is traveling with the minister.",
    ).find((c) => c.kind === "STATEMENT");
    expect(after?.data.speaker).toBe("Peter Lind");
  });

  it("reads a name and its office set off by commas, either way round", () => {
    const found = extract(
      "The President of Norland, Aldo Vestergren, and the Prime Minister of Sudria, Ruvik Osgard, signed the accord. Talks were held between Vestergren and Imre Calloway, Foreign Minister of the Ostland Federation.",
    );
    const names = namesOf(found);
    for (const name of ["Aldo Vestergren", "Ruvik Osgard", "Imre Calloway"]) expect(names).toContain(name);
    const roles = found.filter((c) => c.kind === "ROLE").map((c) => `${c.data.name}: ${c.data.title}`);
    expect(roles).toContain("Aldo Vestergren: President of Norland");
    expect(roles).toContain("Ruvik Osgard: Prime Minister of Sudria");
    expect(roles).toContain("Imre Calloway: Foreign Minister of the Ostland Federation");
    // The body an office is of, named only so, is where a participant works.
    const offices = namesOf(
      extract(
        "Tomas Orrin, the Secretary of the Supreme Harbour Council, met Aldo Vestergren of the Russian Federation.",
      ),
    );
    expect(offices).toContain("Tomas Orrin");
    expect(offices.some((name) => name.includes("Supreme Council"))).toBe(false);

    // An apposition that is no office of a place gives no role.
    const plain = extract("Tomas Orrin, a veteran diplomat, met Hana Velkova, who chairs the council.");
    expect(plain.filter((c) => c.kind === "ROLE")).toEqual([]);
  });

  it("takes the other of two people joined by 'and', and no news agency, state's short name or declaration", () => {
    // A name the tagger does not know, beside one it does, on either side of "and".
    for (const text of [
      "Still, the fact that Kim Jong Un and Sol Jae-in spent so much time together surprised many.",
      "The two leaders Sol Jae-in and Kim Jong Un signed an agreement on Friday.",
    ])
      expect(namesOf(extract(text))).toContain("Sol Jae-in");
    // Not a headline's verb run on into the name, nor a company before a plural noun.
    const headline = namesOf(extract("Putin and Kim Jong Un Sign Defence Pact\n\nThe two met on Wednesday."));
    expect(headline.some((name) => name.includes("Sign"))).toBe(false);
    expect(namesOf(extract("Kim Jong Un and Air Koryo supporters greeted the guests."))).not.toContain(
      "Air Koryo",
    );
    // Not a region's words the tagger takes for a person, nor the noun a list of bodies runs into.
    expect(
      namesOf(extract("Officials of the Bureau of East Asian and Pacific Affairs, and Sarah Beran, met.")),
    ).not.toContain("Pacific Affairs");
    expect(namesOf(extract("Joe Biden and Silicon Valley executives met on Monday."))).not.toContain(
      "Silicon Valley",
    );
    const names = namesOf(
      extract(
        "PYONGYANG — Russia and the DPRK on Wednesday signed a treaty during Vladimir Putin's visit, Russia's RIA Novosti news agency reported. The three-page Panmunjeom Declaration states that the goal is peace, the Korean Central News Agency said.",
      ),
    );
    expect(names).toContain("Vladimir Putin");
    for (const name of ["RIA Novosti", "DPRK", "Korean Central News Agency"])
      expect(names).not.toContain(name);
    // An agency with what it is after its name, and a platform, are no one either.
    const relayed = namesOf(
      extract(
        "Vladimir Putin met Kim Jong Un on Wednesday, the TASS News Agency reported, and the Kremlin posted a video on Telegram.",
      ),
    );
    expect(relayed).toContain("Vladimir Putin");
    for (const name of ["TASS News Agency", "Telegram"]) expect(relayed).not.toContain(name);
    expect(names.some((name) => name.includes("Declaration"))).toBe(false);
    // A venue's noun in lower case still ends a venue's name, where the list writes it so ("nations" does not).
    expect(
      extract("Officials discussed investment in Latin American nations.").filter(
        (c) => c.kind === "CLAIM" && c.data.attribute === "place",
      ),
    ).toEqual([]);
    const venues = extract("Putin met Kim Jong Un at Vostochny spaceport on Wednesday.")
      .filter((c) => c.kind === "CLAIM" && c.data.attribute === "place")
      .map((c) => c.data.value);
    expect(venues).toContain("Vostochny spaceport");
  });
});

describe("names the headline gives in full, venues and titles at a sentence's start", () => {
  const withHeadline = (headline: string, body: string) =>
    extractCandidates(body, [], vocabulary, null, headline);

  it("names someone the body calls by one word as the headline names them, family name first or last", () => {
    const found = withHeadline(
      "Wen Haolin tells Tomas Brandvik the two countries’ ties are sound",
      "“Our ties are sound and will grow stronger,” Wen said, according to a statement from the foreign ministry.\nBrandvik’s visit comes amid growing concern in Europe about trade.",
    );
    expect(namesOf(found)).toEqual(expect.arrayContaining(["Wen Haolin", "Tomas Brandvik"]));
    expect(found.find((c) => c.kind === "STATEMENT")?.data.speaker).toBe("Wen Haolin");
    // A title-case headline's verb after the name is no given name.
    const verb = withHeadline(
      "Wen Tells Brandvik to Seek Common Ground",
      "The two leaders held talks in the capital on Wednesday for several hours.\n“We agree on many things,” Wen said after the talks.",
    );
    expect(namesOf(verb)).toContain("Wen");
    expect(namesOf(verb).some((name) => name.includes("Tells"))).toBe(false);
    // Nor, in a headline in sentence case, a second person's name after the first's.
    const two = withHeadline(
      "Brandvik Velkova talks end in Port Halden",
      "“We agree on many things,” Brandvik said after the talks. Velkova said little.",
    );
    expect(namesOf(two)).not.toContain("Brandvik Velkova");
    // Nor a word of grammar the headline capitalises before the name.
    const question = withHeadline(
      "What Brandvik and Velkova discussed over lunch in Port Halden",
      "“We agree on many things,” Brandvik said after the lunch. Velkova said little.",
    );
    expect(namesOf(question)).toContain("Brandvik");
    expect(namesOf(question).some((name) => name.startsWith("What"))).toBe(false);
  });

  it("takes a name ending in a venue's noun where the text places something there for the venue", () => {
    const names = namesOf(
      extract(
        "Leader Anna Kessel welcomed President Tomas Brandvik at the Solvang Palace, the official residence. Stuart Hall said the talks went well.",
      ),
    );
    expect(names).not.toContain("Solvang Palace");
    expect(names).toContain("Stuart Hall");
    expect(
      namesOf(
        extract(
          "In a statement from Tony Hall, the council welcomed the talks. Tony Hall said they went well.",
        ),
      ),
    ).toContain("Tony Hall");
    // An organisation named only as where something happens is a venue too; named as acting, it takes part.
    const venue = namesOf(
      extract("Kessel told students at Halden Technical University in Port Halden that trade must be fair."),
    );
    expect(venue).not.toContain("Halden Technical University");
    const acting = namesOf(
      extract(
        "Kessel spoke at Halden Technical University. Halden Technical University said it would host the next round.",
      ),
    );
    expect(acting).toContain("Halden Technical University");
  });

  it("reads 'First Lady' as a title before a name with its small words, and no organisation across a comma", () => {
    const names = namesOf(
      extract(
        "The guest was welcomed by President Anna Kessel and First Lady Lena da Costa at the palace. They discussed the High-Level Strategic Cooperation Council, Joint Planning Group and other bodies.",
      ),
    );
    expect(names).toContain("Lena da Costa");
    expect(names.some((name) => name.includes("Lady"))).toBe(false);
    expect(names.some((name) => name.includes(","))).toBe(false);
  });

  it("takes no sentence's opening word of circumstance into a title", () => {
    const roles = extract(
      "During Ostland President Tomas Brandvik's state visit to Norway on Wednesday, the two nations signed ten agreements.",
    )
      .filter((c) => c.kind === "ROLE")
      .map((c) => String(c.data.title));
    expect(roles).toEqual(["Ostland President"]);
  });
});

describe("figures of the story's background", () => {
  it("takes no one the article names only in sentences about earlier years, and keeps who is named of now", () => {
    const body = [
      "Norland's President Ada Velkova held talks with Sudrian leader Tomas Orrin in Port Halden on Tuesday, 4 March 2031.",
      "Orrin enjoyed a brief bout of diplomacy from around 2024, meeting Lindish President Karl Brandt several times.",
      "The river programme was launched by former president Ivo Dunstan and Orrin in 2019.",
      "Velkova's adviser Mara Keller attended the talks in 2031 as well.",
      "Velkova said the talks had gone well.",
    ].join(" ");
    const names = namesOf(extractCandidates(body, known, vocabulary, new Date("2031-03-04T00:00:00Z")));
    expect(names).toContain("Ada Velkova");
    expect(names).toContain("Tomas Orrin");
    expect(names).toContain("Mara Keller");
    expect(names).not.toContain("Karl Brandt");
    expect(names).not.toContain("Ivo Dunstan");
    // (With no publication date, the latest year the text dates something to.)
    const undated = namesOf(
      extractCandidates(
        `${body.replace(", 4 March 2031", "")} The two met again in 2031.`,
        known,
        vocabulary,
        null,
      ),
    );
    expect(undated).not.toContain("Karl Brandt");
    // A year that dates nothing, or runs to now, makes no sentence one of the past.
    const of = (text: string) =>
      namesOf(extractCandidates(text, known, vocabulary, new Date("2031-03-04T00:00:00Z")));
    expect(
      of(
        "Velkova held talks with Orrin in Port Halden. Velkova and Lindish envoy Karl Brandt reaffirmed their commitment to the 2015 river accord at the talks.",
      ),
    ).toContain("Karl Brandt");
    expect(
      of(
        "Velkova held talks with Orrin in Port Halden. Envoy Karl Brandt, in office since 2027, joined the talks as well.",
      ),
    ).toContain("Karl Brandt");
  });

  it("takes no one named only in sentences about a time long past ('last December', 'years ago'), with or without a publication date", () => {
    const body = [
      "Foreign Minister Ada Velkova met her Sudrian counterpart Tomas Orrin on the margins of a conference in Lindby on Sunday.",
      "The meeting marked the first high-level contact since foreign secretary Karl Brandt's visit to Port Halden last December.",
      "Relations soured after the caretaker government led by Ivo Dunstan took office two years ago.",
      "Velkova's deputy Mara Keller, who met Orrin last week, attended as well.",
    ].join(" ");
    for (const at of [new Date("2031-03-04T00:00:00Z"), null]) {
      const names = namesOf(extractCandidates(body, known, vocabulary, at));
      expect(names).toEqual(expect.arrayContaining(["Ada Velkova", "Tomas Orrin", "Mara Keller"]));
      expect(names).not.toContain("Karl Brandt");
      expect(names).not.toContain("Ivo Dunstan");
    }
    // A time long past in a clause of its own dates only that clause.
    const now = namesOf(
      extract("President Ada Velkova, who took office last year, met Prime Minister Tomas Orrin in Lindby."),
    );
    expect(now).toEqual(expect.arrayContaining(["Ada Velkova", "Tomas Orrin"]));
  });

  it("reads a name before a day's word and a speech verb, after a counterpart's comma, past an Indian honorific, and no country's tail or document's letters", () => {
    const names = namesOf(
      extract(
        [
          "Ravik Dunmore today hailed Norland and Sudria as partners of the river.",
          "The premier met with his Sudrian counterpart, Oskarin Tuval, in Lindby ahead of the summit.",
          "Prime Minister Shri Halvar Brisk met the President of the United Arab Emirates on Monday.",
          "“We will build on our new MOU on river shipping,” Dunmore said.",
        ].join("\n\n"),
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Ravik Dunmore", "Oskarin Tuval", "Halvar Brisk"]));
    expect(names).not.toContain("Shri Halvar Brisk");
    expect(names).not.toContain("Arab Emirates");
    expect(names).not.toContain("MOU");
    // A document's letters, however often the text names them, are no body that takes part.
    expect(
      namesOf(
        extract(
          "“We will build on our new MOU on river shipping,” Dunmore said. The MOU was signed by the two. The FTA talks go on, the MOU says.",
        ),
      ),
    ).toEqual(["Dunmore"]);
  });

  it("reads no one from a video link's line, no one accused of something as speaking, a name past Malaysian honorifics, and no school or news agency", () => {
    const found = extract(
      [
        "Prime Minister Ravik Dunmore met President Oskarin Tuval in Lindby on Tuesday.",
        "Watch | Norland: Former president Arvel Strom accused of plundering state coffers",
        "Defence Minister Datuk Seri Halvar Brisk said the talks were useful.",
        "Dunmore later visited the Victoria Institution, where he studied. NCA NewsWire reported the visit.",
      ].join("\n\n"),
    );
    const names = namesOf(found);
    expect(names).toEqual(expect.arrayContaining(["Ravik Dunmore", "Oskarin Tuval", "Halvar Brisk"]));
    for (const name of ["Arvel Strom", "Strom", "Seri Halvar Brisk", "Victoria Institution", "NCA NewsWire"])
      expect(names).not.toContain(name);
    // Accused of something, in a line of its own, nobody speaks.
    expect(
      namesOf(
        extract(
          "Former president Arvel Strom accused of plundering state coffers.\n\nDunmore said talks went well.",
        ),
      ),
    ).not.toContain("Arvel Strom");
  });
});

describe("figures a place is named after, and bodies named by those who speak for them", () => {
  it("takes no one a place or a thing is named after for a participant", () => {
    const names = namesOf(
      extract(
        "Hana Velkova and Tomas Orrin met in Port Halden on Monday. Velkova said the treaty — signed at the Lindby Museum, which is named after Queen Ottilie and her husband, Prince Aldric — sealed a “partnership with a purpose.” Orrin said the treaty was overdue.",
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Hana Velkova", "Tomas Orrin"]));
    expect(names.some((name) => /Ottilie|Aldric/u.test(name))).toBe(false);
    // (A banquet in someone's honour is held for a guest, who takes part.)
    expect(
      namesOf(
        extract(
          "Hana Velkova hosted a state banquet in honour of President Tomas Orrin on Monday. Velkova said the talks were good.",
        ),
      ),
    ).toContain("Tomas Orrin");
  });

  it("takes the body an unnamed speaker speaks for, also with its letters in brackets before the verb", () => {
    const found = extract(
      "Hana Velkova met Tomas Orrin on Saturday. Later, addressing reporters, a senior official from the Ministry of River Affairs (MRA) noted that the talks were good. A Norland High Commission spokesperson said the visit was useful.",
    );
    expect(namesOf(found)).toEqual(
      expect.arrayContaining(["Ministry of River Affairs", "Norland High Commission"]),
    );
    const speakers = found.filter((c) => c.kind === "STATEMENT").map((c) => c.data.speaker);
    expect(speakers).toEqual([
      "a senior official from the Ministry of River Affairs",
      "A Norland High Commission spokesperson",
    ]); // (Not a body that one who is not in office or does not speak for it is from.)
    const others = namesOf(
      extract(
        "Hana Velkova met Tomas Orrin on Saturday. A former official from the River Department said the talks were good. A professor from the Department of Political Science said the talks were good. After meeting the delegation, Green Party members said the deal was rushed.",
      ),
    );
    expect(others.some((name) => /Department|Green Party/u.test(name))).toBe(false);
  });
});

describe("a palace by its own language's word, and an editor's title", () => {
  it("takes no palace for a person, and no title into a reporter's name", () => {
    const found = extract(
      "Hana Velkova and Tomas Orrin discussed at the Roman Palazzo Lindby ways to deepen ties. Velkova and Orrin know each other well, Norland News' Europe Editor Ana Krel reports.",
    );
    const names = namesOf(found);
    expect(names.some((name) => /Palazzo/u.test(name))).toBe(false);
    expect(names).not.toContain("Editor Ana Krel");
    expect(found.filter((c) => c.kind === "ROLE").map((c) => c.span.exact)).toContain(
      "Norland News' Europe Editor Ana Krel",
    );
  });
});

describe("a people's name beside a person's, and a day after a counterpart's name", () => {
  it("takes no nationality for a person, cuts it from a name, and ends a name before its day", () => {
    const names = namesOf(
      extract(
        [
          "President Ivo Brandt and his Sri Lankan counterpart Tomas Orrin Saturday agreed to work together.",
          "Sri Lankan president also expressed his gratitude and said it was a pleasure.",
          "Prime Minister Hana Velkova sat down with her Maldivian Lena Okafor in a bilateral meeting.",
        ].join("\n\n"),
      ),
    );
    expect(names).toContain("Tomas Orrin");
    expect(names).toContain("Lena Okafor");
    expect(names.some((name) => /Lankan|Maldivian|Saturday/u.test(name))).toBe(false);
  });
});

describe("an honorific between a title and a name", () => {
  it("is no part of the title", () => {
    const roles = extract(
      "President Dr Ivo Brandt met Prime Minister Datuk Seri Lena Okafor in Port Halden on Monday.",
    )
      .filter((c) => c.kind === "ROLE")
      .map((c) => [c.data.title, c.data.name]);
    expect(roles).toEqual([
      ["President", "Ivo Brandt"],
      ["Prime Minister", "Lena Okafor"],
    ]);
  });
  it("names no one after an honorific inside a place's name", () => {
    const names = namesOf(
      extract(
        "Prime Minister Tomas Orrin met with Sultan Ivo Brandt in Bandar Seri Begawan, the capital, on Monday.",
      ),
    );
    expect(names).toContain("Ivo Brandt");
    expect(names.some((name) => /Begawan/u.test(name))).toBe(false);
    // (A possessive before the honorific, or a sentence's first word, is no place's name.)
    const others = namesOf(
      extract("Norland’s Dr Ivo Brandt met Lind in Tarnby. Today Dr Tomas Orrin joined them."),
    );
    expect(others).toEqual(expect.arrayContaining(["Ivo Brandt", "Tomas Orrin"]));
  });
});

describe("a long name joined by its particles, and an office in apposition before a verb or 'who'", () => {
  it("keeps the whole name and records the office after it", () => {
    const found = extract(
      "Port Halden: Sheikh Sabah Khalid Al Hamad Al Mubarak Al Sabah, Crown Prince of the State of Norland received at the palace today Sayyid Badr bin Hamad Al Busaidi, Foreign Minister who is on an official visit to Norland.",
    );
    expect(namesOf(found)).toEqual(
      expect.arrayContaining(["Sabah Khalid Al Hamad Al Mubarak Al Sabah", "Badr bin Hamad Al Busaidi"]),
    );
    const titles = found.filter((c) => c.kind === "ROLE").map((c) => c.data.title);
    expect(titles).toContain("Foreign Minister");
    // (A particle joined to its word by a hyphen.)
    expect(
      namesOf(extract("The envoy was welcomed by his counterpart Sheikh Salem Abdullah al-Jaber al-Sabah.")),
    ).toContain("Salem Abdullah al-Jaber al-Sabah");
  });
});

describe("a name the tagger cuts before its particle", () => {
  it("goes on with the particle and the surname it opens", () => {
    expect(
      namesOf(
        extract(
          "Norland's Presidents Ivo Brandt and Sudrian Presidents Luiz Inacio Costa da Silva displayed their agreement on Thursday.",
        ),
      ),
    ).toContain("Luiz Inacio Costa da Silva");
  });
});

describe("titles joined by 'and'", () => {
  it("keep an office of two parts and two offices together, and leave another's name out", () => {
    const roles = extract(
      "Prime Minister Ivo Brandt held talks with Sudrian President Lena Okafor. Brandt and President Okafor assessed the ties. Minister of Trade and Industry Rahul Varma and Deputy Prime Minister and Foreign Minister Hana Velkova attended.",
    )
      .filter((c) => c.kind === "ROLE")
      .map((c) => [c.data.title, c.data.name]);
    expect(roles).toEqual(
      expect.arrayContaining([
        ["President", "Okafor"],
        ["Minister of Trade and Industry", "Rahul Varma"],
        ["Deputy Prime Minister and Foreign Minister", "Hana Velkova"],
      ]),
    );
    expect(roles.some(([title]) => /Brandt|Varma/u.test(String(title)))).toBe(false);
  });
});

describe("a counterpart named by a word that is also a noun, and a post in lower case before a name", () => {
  it("takes the counterpart's name whole, and the name after a post's comma", () => {
    const names = namesOf(
      extract(
        "Foreign Minister Ivo Brandt met with Sudrian counterpart Lun Gang in Port Halden on Sunday.\n\nBrandt also met the special envoy on Arctic fisheries, Tarvo Kessik, for the first time. He held talks with the foreign minister of Norland, Ulvar Pennick. They discussed trade.",
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Lun Gang", "Tarvo Kessik", "Ulvar Pennick"]));
    expect(names.some((name) => /Norland|Arctic|Port/u.test(name))).toBe(false);
  });
});

describe("a country's name of two words after 'and'", () => {
  it("is no person, though its first word is a given name", () => {
    const names = namesOf(
      extract(
        "Prime Minister Ivo Brandt met President Tomas Orrin this morning. This is his first visit to Sri Lanka.\n\nThe two leaders of Norland and Sri Lanka together presided over an event.",
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Ivo Brandt", "Tomas Orrin"]));
    expect(names).not.toContain("Sri Lanka");
  });
});

describe("Muhammad's short form before a name", () => {
  it("ends no sentence and is neither a person nor part of the post", () => {
    const found = extract(
      "President Ivo Brandt, who is on a state visit to Bangladesh, met the President of Bangladesh Md. Tarek Hossain today at the President’s House. They discussed trade.",
    );
    const names = namesOf(found);
    expect(names).toContain("Tarek Hossain");
    expect(names).not.toContain("Md");
    const roles = found.filter((c) => c.kind === "ROLE").map((c) => c.data.title);
    expect(roles).toContain("President of Bangladesh");
  });
});

describe("a title by its letters before a name", () => {
  it("announces the person, by one name or two", () => {
    const names = namesOf(
      extract(
        "President Lena Okafor met Prime Minister Ivo Brandt in Lindby.\n\nEarlier, EAM Kessik had also met with the Sudrian President during his state visit. He said the meeting would strengthen cooperation.",
      ),
    );
    expect(names).toContain("Kessik");
  });
});

describe("a body's letters in mixed case, and a name after an article before an apposition's role", () => {
  it("are no person", () => {
    const people = (found: CandidateDraft[]) =>
      found
        .filter((c) => c.kind === "PARTICIPANT" && c.data.kind === "PERSON")
        .map((c) => String(c.data.name));
    const names = people(
      extract(
        "Foreign Minister Ivo Brandt and his counterpart Tomas Orrin held talks.\n\nMeanwhile, the Ministry of Foreign Affairs of the Russian Federation, in an official statement, said the two ministers discussed relations.\n\nFollowing their meeting, Hana Velkova, spokesperson of Norland MoFA, posted a photograph.",
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Ivo Brandt", "Tomas Orrin", "Hana Velkova"]));
    expect(names).not.toContain("MoFA");
    expect(names).not.toContain("Russian Federation");
  });
});

describe("an initial run onto the surname", () => {
  it("keeps the whole name, and its holder speaks", () => {
    const found = extract(
      "The visit by the Sudrian premier Ivo Brandt is the first in ten years, underlined Norland Prime Minister K.Tumursukh at the joint press briefing.\n\nThe talks were of great importance, he noted.",
    );
    const names = namesOf(found);
    expect(names).toContain("K.Tumursukh");
    expect(names).not.toContain("K");
    const speakers = found.filter((c) => c.kind === "STATEMENT").map((c) => c.data.speaker);
    expect(speakers).toEqual(["K.Tumursukh", "K.Tumursukh"]);
  });
});

describe("a title or a body's noun left before a name", () => {
  it("is cut from the name: after a people's name, a body's noun, a title word that is also a verb", () => {
    const names = namesOf(
      extract(
        "President Lena Okafor on June 14 received President of Sudria’s National Assembly Adama Bictogo, who is on an official visit.\n\nAttending were also Principal Deputy Chief Monitor Alexander Hug and others.\n\nState President Ivo Brandt on Monday held talks with Sri Lankan President Anura Kumara Dissanayaka after a ceremony.",
      ),
    );
    expect(names).toEqual(
      expect.arrayContaining(["Adama Bictogo", "Alexander Hug", "Anura Kumara Dissanayaka"]),
    );
    expect(names.some((name) => /Assembly|Monitor|President/u.test(name))).toBe(false);
  });
});

describe("two names that meet, and a body of a country named in two words", () => {
  it("takes the first name too, and the country's name whole", () => {
    const found = extract(
      "Ash Carrow and Han Min-seo met Saturday on the sidelines of the forum in Lindby.\n\nSouth Korea's Defense Ministry said the proposal did not include a plan.",
    );
    const names = namesOf(found);
    expect(names).toEqual(
      expect.arrayContaining(["Ash Carrow", "Han Min-seo", "South Korea's Defense Ministry"]),
    );
    expect(names).not.toContain("Korea's Defense Ministry");
  });
});

describe("a name an editor set in square brackets after an office", () => {
  it("is a person", () => {
    const names = namesOf(
      extract(
        "On September 25, the Minister of Foreign Affairs of the Sudrian Republic [Chingiz Aidarbekov] met with the Foreign Minister of Norland, Ivo Brandt.",
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Chingiz Aidarbekov", "Ivo Brandt"]));
  });
});

describe("a list of countries, then of their people", () => {
  it("leaves the last country out of the first name", () => {
    const names = namesOf(
      extract(
        "The foreign ministers of Tajikistan and Russia Ivo Brandtov and Tomas Orrinov held talks in Lindby.",
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Ivo Brandtov", "Tomas Orrinov"]));
    expect(names.some((name) => /Russia/u.test(name))).toBe(false);
  });
});

describe("names of the Gulf's style and the posts around them", () => {
  it("keeps 'bint' and a closing 'Al …' in the name, and leaves the posts' words out", () => {
    const names = namesOf(
      extract(
        "Prince Samir bin Khalid bin Fahad Al Nahar, the Crown Prince and Prime Minister of Saudi Arabia, received Foreign Minister Ivo Brandt in Jeddah.\n\nThe meeting gathered Ambassador to the United States Princess Lamia bint Samir bin Fahad, Ambassador to the Kingdom Tomas Orrin, Deputy Chief of Staff Hana Velkova and an Ambassador of the Custodian of the Two Holy Mosques.",
      ),
    );
    expect(names).toEqual(
      expect.arrayContaining([
        "Samir bin Khalid bin Fahad Al Nahar",
        "Ivo Brandt",
        "Lamia bint Samir bin Fahad",
        "Tomas Orrin",
        "Hana Velkova",
      ]),
    );
    expect(names.some((name) => /^(?:Arabia|States|Staff|Holy)\b|Princess|\bAl$/u.test(name))).toBe(false);
  });
});

describe("a second name after 'and' whose first word no lexicon knows", () => {
  it("is a person when its last word speaks alone elsewhere", () => {
    const names = namesOf(
      extract(
        "During their meeting, Sudrian Foreign Minister Tomas Orrin proposed that he and Taro Asomi hold meetings as often as possible.\n\nAsomi said he will visit Sudria at a convenient time.",
      ),
    );
    expect(names).toContain("Taro Asomi");
  });
});

describe("a stored body's short name after another people's name", () => {
  it("is that people's body, not the stored one", () => {
    const stored: KnownParticipant[] = [
      {
        id: "sudria-mfa",
        name: "Ministry of Foreign Affairs of Sudria",
        kind: "ORGANIZATION",
        aliases: ["sudrian foreign ministry", "foreign ministry"],
      },
    ];
    const found = extractCandidates(
      "The relations were reviewed, according to a Nepalese Foreign Ministry press release.",
      stored,
      vocabulary,
      null,
    ).filter((c) => c.kind === "PARTICIPANT");
    expect(found.some((c) => c.participantId === "sudria-mfa")).toBe(false);
    // (The stored body's own people's name keeps it: "the Sudrian Foreign Ministry".)
    const own = extractCandidates(
      "The relations were reviewed, according to the Sudrian Foreign Ministry.",
      stored,
      vocabulary,
      null,
    ).filter((c) => c.kind === "PARTICIPANT");
    expect(own.some((c) => c.participantId === "sudria-mfa")).toBe(true);
  });
});

describe("a stored body's short name in an article that never names its country", () => {
  it("is no mention of the stored body", () => {
    // (A real country: the short name is judged by the peoples that the lexicon knows.)
    const stored: KnownParticipant[] = [
      {
        id: "chile-mfa",
        name: "Ministry of Foreign Affairs of Chile",
        kind: "ORGANIZATION",
        aliases: ["chilean foreign ministry", "foreign ministry"],
      },
    ];
    const participantsIn = (body: string) =>
      extractCandidates(body, stored, vocabulary, null).filter((c) => c.kind === "PARTICIPANT");
    const elsewhere = participantsIn(
      "Ada Lind met Boris Kovac in Oslo on Tuesday. The talks were useful, the Foreign Ministry said.",
    );
    expect(elsewhere.some((c) => c.participantId === "chile-mfa")).toBe(false);
    // (Where the article names the country, the short name is the stored body's.)
    const own = participantsIn(
      "Ada Lind met the Chilean envoy in Oslo on Tuesday. The talks were useful, the Foreign Ministry said.",
    );
    expect(own.some((c) => c.participantId === "chile-mfa")).toBe(true);
  });
});

describe("importing a page that names a stored body's short name only", () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb();
    // (A real country: the short name is judged by the peoples that the lexicon knows.)
    await db.prisma.participant.create({
      data: {
        key: "chile-mfa",
        name: "Ministry of Foreign Affairs of Chile",
        kind: "ORGANIZATION",
        aliases: {
          create: [
            { alias: "Chilean Foreign Ministry", normalized: "chilean foreign ministry" },
            { alias: "Foreign Ministry", normalized: "foreign ministry" },
          ],
        },
      },
    });
  });
  afterAll(async () => {
    await db?.close();
  });

  it("takes a peer's 'Lord' for no part of the name, so a misspelt full name elsewhere is the same person", async () => {
    const result = await importPage(db.prisma, {
      content:
        "Kovac meets Kerrow\n\nSudrian President Boris Kovac and Norland Foreign Secretary Davis Kerrow met Tuesday in Lindby.\n\n“We received Lord David Kerrow for the first time in history,” Kovac said.",
    });
    const candidates = await db.prisma.candidate.findMany({
      where: { articleId: { in: result.articleIds }, kind: "PARTICIPANT" },
      include: { participant: true },
    });
    const names = candidates.map((c) => c.participant?.name);
    expect(names).toContain("Davis Kerrow");
    expect(names.filter((name) => name?.includes("Kerrow"))).toHaveLength(1);
  });

  it("links it to the stored body only where the page names the body's country", async () => {
    const linked = async (content: string) => {
      const result = await importPage(db.prisma, { content });
      const candidates = await db.prisma.candidate.findMany({
        where: { articleId: { in: result.articleIds }, kind: "PARTICIPANT" },
        include: { participant: true },
      });
      return candidates.some((c) => c.participant?.key === "chile-mfa");
    };
    expect(
      await linked(
        "Lind and Kovac meet in Oslo\n\nAda Lind met Boris Kovac in Oslo on Tuesday. The talks were useful, the Foreign Ministry said.",
      ),
    ).toBe(false);
    expect(
      await linked(
        "Lind meets a Chilean envoy\n\nAda Lind met the Chilean envoy in Oslo on Tuesday. The talks were useful, the Foreign Ministry said.",
      ),
    ).toBe(true);
  });

  it("gives a statement of the body's short name to the stored body only where the page names its country", async () => {
    const speakerLinked = async (content: string) => {
      const result = await importPage(db.prisma, { content });
      const candidates = await db.prisma.candidate.findMany({
        where: { articleId: { in: result.articleIds }, kind: "STATEMENT" },
        include: { participant: true },
      });
      expect(candidates).toHaveLength(1);
      return candidates.some((c) => c.participant?.key === "chile-mfa");
    };
    expect(
      await speakerLinked(
        "Lind and Kovac meet in Bergen\n\nAda Lind met Boris Kovac in Bergen on Tuesday.\n\nAccording to a tweet by the Foreign Ministry, the two ministers discussed trade and the border.",
      ),
    ).toBe(false);
    expect(
      await speakerLinked(
        "Lind meets a Chilean envoy in Bergen\n\nAda Lind met the Chilean envoy in Bergen on Tuesday.\n\nAccording to a tweet by the Foreign Ministry, the two ministers discussed trade and the border.",
      ),
    ).toBe(true);
  });
});

describe("an initial of two letters run onto the name", () => {
  it("is part of the name ('Kh.Battulga', as Mongolia writes a Cyrillic letter)", () => {
    const names = namesOf(
      extract(
        "President of Norland Ivo Brandt received President of Sudria Kh.Velkov at the Great Hall today.",
      ),
    );
    expect(names).toContain("Kh.Velkov");
    expect(names).not.toContain("Kh");
  });

  it("is part of the name with a space after its stop too, and an office in apposition ends at its sentence", () => {
    const found = extract(
      [
        "On July 14, President Ts. Velkov welcomed Ivo Brandt, the Prime Minister of the Republic of Norland.",
        "President Ts.Velkov said that he appreciated the visit by Prime Minister Brandt.",
      ].join("\n\n"),
    );
    const names = namesOf(found);
    expect(names).toContain("Ts. Velkov");
    expect(names).not.toContain("Ts");
    // Initials run together before the name, after an honorific: the name with them, in one sentence.
    const initials = namesOf(
      extract("The Secretary to the Ministry, Dr. R.H.S. Velkovage, met the delegation on Monday."),
    );
    expect(initials).toContain("R.H.S. Velkovage");
    expect(initials).not.toContain("R.H.S");
    const roles = found.filter((c) => c.kind === "ROLE").map((c) => `${c.data.name}: ${c.data.title}`);
    expect(roles).toContain("Ivo Brandt: Prime Minister of the Republic of Norland");
  });
});

describe("a post whose office is of a field and then of a country, before the name", () => {
  it("announces the name after the country ('Minister of Foreign Affairs of the Republic of Norway Ivo Brandt')", () => {
    const found = extract(
      [
        "Minister of Foreign Affairs of the Republic of Norway Ivo Brandt met his Sudrian counterpart in Port Halden.",
        "Minister of Trade and Industry of South Korea Hana Velkova attended the talks.",
      ].join("\n\n"),
    );
    const names = namesOf(found);
    expect(names).toContain("Ivo Brandt");
    expect(names).toContain("Hana Velkova");
    const roles = found.filter((c) => c.kind === "ROLE").map((c) => `${c.data.name}: ${c.data.title}`);
    expect(roles).toContain("Ivo Brandt: Minister of Foreign Affairs of the Republic of Norway");
  });
});

describe("a name set off by commas after its post and a courtesy of two words", () => {
  it("is read whole ('President of Norway, His Excellency Ivo Karl Brandt Sr., has met …')", () => {
    const names = namesOf(
      extract("The President of Norway, His Excellency Ivo Karl Brandt Sr., has met the Sudrian leader."),
    );
    expect(names).toContain("Ivo Karl Brandt Sr");
    expect(names.some((name) => /Excellency|^Sr/u.test(name))).toBe(false);
  });
});

describe("a kicker's colon run onto a title", () => {
  it("ends the title ('DOWNING STREET TALKS:TAOISEACH Brian Cowen' is Taoiseach)", () => {
    const roles = extract(
      "HARBOUR STREET TALKS:PREMIER Hana Velkova will meet President Tomas Orrin in Lindby tomorrow.",
    )
      .filter((c) => c.kind === "ROLE")
      .map((c) => `${c.data.name}: ${c.data.title}`);
    expect(roles).toContain("Hana Velkova: PREMIER");
    expect(roles.some((role) => role.includes("TALKS"))).toBe(false);
  });
});

describe("someone named only where a meeting is set at another time", () => {
  it("is named in passing ('a possible summit between …', 'will meet …'); one who had talks is not", () => {
    const names = namesOf(
      extract(
        [
          "Foreign Minister Hana Velkova met Foreign Minister Tomas Orrin in Lindby on Monday.",
          "Velkova said the talks had been frank. Orrin said they would meet again.",
          "Velkova said nothing has been decided about a possible summit between Prime Minister Ada Lind and President Dana Kerrow.",
          "Orrin said President Karel Dunst will meet the Sudrian premier next month in Tarnby.",
          "Velkova also had talks with Trade Minister Ivo Brandt on the same day in the capital.",
          "Orrin thanked his hosts. Afterward, he will travel to Zorva, where he is set to hold talks with President Mila Rask and sign a pact.",
        ].join("\n\n"),
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Hana Velkova", "Tomas Orrin", "Ivo Brandt"]));
    for (const name of ["Ada Lind", "Dana Kerrow", "Karel Dunst", "Mila Rask"])
      expect(names).not.toContain(name);
  });
});

describe("a country's name written with an ampersand", () => {
  it("is no person ('Saint Vincent & the Grenadines')", () => {
    const names = namesOf(
      extract(
        "Prime Minister Ralph Gonsalves of Saint Vincent & the Grenadines hosted the talks on Thursday.",
      ),
    );
    expect(names).toEqual(["Ralph Gonsalves"]);
  });
});

describe("the second of two people who meet, named without a title", () => {
  it("is found after a titled first ('Prime Minister Arben Lusha and Ilir Dushku met')", () => {
    const names = namesOf(extract("Prime Minister Arben Lusha and Ilir Dushku met in Lindby yesterday."));
    expect(names).toEqual(["Arben Lusha", "Ilir Dushku"]);
    const talks = namesOf(extract("President Arben Lusha and Ilir Dushku held talks in Lindby on Monday."));
    expect(talks).toEqual(["Arben Lusha", "Ilir Dushku"]);
  });

  it("is found after 'his colleague', a counterpart ('and his Sudrian colleague, Ilir Dushku, met')", () => {
    const names = namesOf(
      extract(
        "Norland's Prime Minister Arben Lusha and his Sudrian colleague, Ilir Dushku, during yesterday's meeting in Lindby have concluded that the two countries have no open issues.",
      ),
    );
    expect(names).toEqual(["Arben Lusha", "Ilir Dushku"]);
  });
});

describe("a name ending in 's' with a possessive's bare apostrophe", () => {
  it("is the name without it ('Prime Minister Arben Lukas’ profile')", () => {
    for (const mark of ["’", "'"]) {
      const names = namesOf(
        extract(
          `Prime Minister Arben Lukas${mark} profile abroad was underlined this week when he met Vice President Ilir Dushku in Lindby.`,
        ),
      );
      expect(names).toEqual(["Arben Lukas", "Ilir Dushku"]);
    }
  });
});

describe("a name whose last word speaks alone elsewhere", () => {
  it("is a person's wherever the full name stands ('the visit … of Ilir Dushku' and 'Lusha and Dushku also stressed')", () => {
    const found = extract(
      [
        "Foreign Minister Arben Lusha said ties with Sudria had never been closer.",
        "The minister spoke on the occasion of the first official visit to Lindby of Ilir Dushku.",
        "At their meeting, ministers Lusha and Dushku also stressed the importance of the river treaty.",
      ].join("\n\n"),
    );
    expect(namesOf(found)).toEqual(["Arben Lusha", "Ilir Dushku"]);
    const stressed = found.find((c) => c.kind === "STATEMENT" && c.span.exact.includes("also stressed"));
    expect(stressed?.data.speaker).toBe("Arben Lusha and Ilir Dushku");
  });

  it("is a person's when the surname is the first of two who speak ('both Dushku and Lusha praised')", () => {
    const found = extract(
      [
        "Minister of Foreign Affairs, Trade, and Sudrians Abroad, Ilir Dushku, held talks with his Norlandic counterpart, Arben Lusha, in Lindby.",
        "The meeting was an opportunity to discuss relations, as both Dushku and Lusha praised the level of cooperation.",
      ].join("\n\n"),
    );
    expect(namesOf(found)).toContain("Ilir Dushku");
  });

  it("is a person's when the surname speaks after its verb, closing a quotation ('“…,” stated Dushku')", () => {
    const found = extract(
      [
        "Foreign Minister Arben Lusha said ties with Sudria had never been closer.",
        "The minister spoke on the occasion of the first official visit to Lindby of Ilir Dushku.",
        "“The goal of Sudria has been and still remains a fair and lasting settlement,” stated Dushku, and said that Norland is a constant partner.",
      ].join("\n\n"),
    );
    expect(namesOf(found)).toEqual(["Arben Lusha", "Ilir Dushku"]);
  });
});

describe("a family name's small words after a post's field", () => {
  it("keeps the whole name ('former Secretary of Public Security, and Juan Ramón de la Fuente')", () => {
    const names = namesOf(
      extract(
        "President-elect Ana Lindqvist met a Sudrian delegation. Lindqvist detailed that Ken Salazar was present, as well as Omar García Harfuch, former Secretary of Public Security, and Juan Ramón de la Fuente, transition coordinator.",
      ),
    );
    expect(names).toContain("Juan Ramón de la Fuente");
    expect(names).not.toContain("la Fuente");
  });
});

describe("a people in the plural", () => {
  it("is no one's name, and the one who thanks them speaks ('Orrin … thanked Sri Lankans for …')", () => {
    const found = extract(
      [
        "US Secretary of State Tomas Orrin, during a meeting with Sri Lankan foreign minister Ali Sabry, discussed the joint efforts of the two countries.",
        "As Sri Lanka and the US are nearing 75 years of bilateral relations, Orrin, taking to his Twitter account, thanked Sri Lankans for their partnership and commitment to shared principles.",
      ].join("\n\n"),
    );
    expect(namesOf(found)).not.toContain("Sri Lankans");
    const speakers = found.filter((c) => c.kind === "STATEMENT").map((c) => c.data.speaker);
    expect(speakers).toEqual(["Tomas Orrin"]);
  });
});

describe("titles of a government's press officers", () => {
  it("are no part of the name ('Palace Press Officer Undersecretary Claire Castro')", () => {
    const names = namesOf(
      extract(
        "President Tomas Orrin met Prime Minister Hana Velkova in Lindby. Palace Press Officer Undersecretary Ana Brandt said the President welcomed the talks.",
      ),
    );
    expect(names).toContain("Ana Brandt");
    expect(names.some((name) => /Officer|Undersecretary/u.test(name))).toBe(false);
  });
});

describe("a post written as a phrase after a people", () => {
  it("is no one's name ('a cordial welcome accorded to the Sri Lankan Head of State')", () => {
    const names = namesOf(
      extract(
        "President Tomas Orrin met Prime Minister Hana Velkova on Friday. Discussions between the two leaders commenced, following a cordial welcome accorded to the Sri Lankan Head of State.",
      ),
    );
    expect(names).toEqual(["Tomas Orrin", "Hana Velkova"]);
  });
});

describe("a headline in title case with a verb after a title", () => {
  it("names no one by the verb and the words after it ('PM Says Cooperation to be Given Priority')", () => {
    const names = namesOf(
      extract(
        [
          "PM Says Cooperation to be Given Priority",
          "Prime Minister Tomas Orrin says cooperation with Sudria will be given priority, after his talks with Prime Minister Hana Velkova.",
        ].join("\n\n"),
      ),
    );
    expect(names).toEqual(["Tomas Orrin", "Hana Velkova"]);
  });
});

describe("a title with its '-elect' set off from the name by a comma", () => {
  it("announces the name ('Norland’s President-elect, Wirando Subanto when the two met')", () => {
    const names = namesOf(
      extract(
        "A very warm exchange took place between Prime Minister Tomas Orrin and Norland’s President-elect, Wirando Subanto when the two met today in Lindby.",
      ),
    );
    expect(names).toEqual(["Tomas Orrin", "Wirando Subanto"]);
  });
});

describe("a stored person's first name run into another's full name", () => {
  it("is not the stored person ('Salman Ardani Rahim' is not King Salman Bin Kovac, named by an earlier page)", () => {
    const stored: KnownParticipant[] = [
      { id: "salman", name: "Salman Bin Kovac", kind: "PERSON", aliases: ["salman bin kovac", "salman"] },
    ];
    const found = extractCandidates(
      "Prime Minister Tomas Orrin received Prime Minister Hana Velkova. Foreign Minister Ivo Brandt, Investment Adviser to the Prime Minister, Salman Ardani Rahim, and others were present.",
      stored,
      vocabulary,
      null,
    );
    const salman = found.filter((c) => c.kind === "PARTICIPANT" && String(c.data.name).startsWith("Salman"));
    expect(salman.map((c) => [c.data.name, c.participantId])).toEqual([["Salman Ardani Rahim", null]]);
  });
});

describe("names of a short family name and a hyphened given name, and things that are named like people", () => {
  it("finds 'Ro Tae-han' and 'Choe Min-sok' with no title or verb of speech beside them", () => {
    const names = namesOf(
      extract(
        "Norland's foreign minister held talks in Lindby with Prime Minister Hana Velkova on Friday. Ro Tae-han arrived in the capital on Thursday evening with Choe Min-sok, deputy director general of the ministry's river section.",
      ),
    );
    expect(names).toContain("Ro Tae-han");
    expect(names).toContain("Choe Min-sok");
  });

  it("takes no tournament and no place named after a saint for a person", () => {
    const names = namesOf(
      extract(
        "Emir Tamir Haldan said that Norland’s success in hosting World Cup is a testament to the region. The ministers also discussed a new point of connection at the International Bridge of San Miguel.",
      ),
    );
    expect(names).not.toContain("World Cup");
    expect(names).not.toContain("San Miguel");
  });
});

describe("a name the person goes by, in quotation marks inside the full name", () => {
  it("makes 'Ivo “Ivoni” Brandt' one person, Ivo Brandt, whom 'Ivoni' names after", () => {
    const found = extract(
      "Norland President Ivo “Ivoni” Brandt conveyed five things during a meeting with Prime Minister Tomas Orrin on Monday. First, Ivoni emphasized the protection of migrant workers.",
    );
    expect(namesOf(found)).toEqual(["Ivo Brandt", "Tomas Orrin"]);
    const emphasized = found.find((c) => c.kind === "STATEMENT" && c.span.exact.includes("emphasized"));
    expect(emphasized?.data.speaker).toBe("Ivo Brandt");
  });

  it("reads two given names and straight quotes the same: 'Karl Ivo 'Ivoni' Brandt' and 'Karl Ivo ‘Ivoni’ Brandt' are one person", () => {
    const found = extract(
      "Prime Minister Tomas Orrin attended the summit with President Karl Ivo 'Ivoni' Brandt at the palace. Orrin held bilateral talks with his Sudrian counterpart, President Karl Ivo ‘Ivoni’ Brandt, on development.",
    );
    expect(namesOf(found)).toEqual(["Tomas Orrin", "Karl Ivo Brandt"]);
  });
});

describe("a rank inside a run of capitalised words, and a place named with a point of the compass in Spanish", () => {
  it("starts the name after the rank ('the First Son Lt. Gen. Muhozi') and takes 'Norte de Lindby' for no one", () => {
    const names = namesOf(
      extract(
        "President Tomas Orrin was received by President Ivo Brandt and the First Son Lt. Gen. Muhozi. The bridge between the states of Tachira and Norte de Lindby was reopened.",
      ),
    );
    expect(names).toContain("Muhozi");
    expect(names.some((name) => /Son|Norte/u.test(name))).toBe(false);
  });
});

describe("names after a plural title, a counterpart's name in the possessive, and a post's last word before a given name", () => {
  it("reads both names after 'Cabinet Secretaries', and a counterpart 'to Kenya' named after it", () => {
    const names = namesOf(
      extract(
        "President Ada Lind held talks with Sudrian President Tomas Orrin. The meeting was attended by Cabinet Secretaries Wanjiru Omamo and Wairimu Kariuki as well as Norland’s Ambassador to Ethiopia Aino Mwangi and her Sudrian counterpart to Kenya Meles Alem Tikea.",
      ),
    );
    expect(names).toEqual(
      expect.arrayContaining(["Wanjiru Omamo", "Wairimu Kariuki", "Aino Mwangi", "Meles Alem Tikea"]),
    );
  });

  it("reads 'his Sudrian counterpart Alassane Oduya’s state visit' as Oduya", () => {
    const names = namesOf(
      extract(
        "President Ada Lind said his Sudrian counterpart Alassane Oduya’s state visit to Norland was “a matter of great significance”. Lind bestowed upon Oduya the Order of Norland.",
      ),
    );
    expect(names).toContain("Alassane Oduya");
  });

  it("leaves 'Process' out of 'Presidential Adviser on the Peace Process Jesus Dureza', and 'VP' out of 'VP Harris'", () => {
    const names = namesOf(
      extract(
        "Also present in the Lindby meeting were Presidential Adviser on the Peace Process Jesus Dureza and National Security Adviser Hermogenes Esperon Jr.",
      ),
    );
    expect(names).toContain("Jesus Dureza");
    expect(names).not.toContain("Process Jesus Dureza");
    const vice = namesOf(
      extract(
        "Prime Minister Ada Lind met Vice President Kamala Orrin. “I was deeply encouraged by the feedback from VP Orrin, who committed funding,” Lind said.",
      ),
    );
    expect(vice).not.toContain("VP Orrin");
  });
});

describe("people named only as the story's background", () => {
  it("drops 'the government led by Gordon Marsh' and 'the absence of Trade Minister Paula Orrin', not 'a delegation led by …'", () => {
    const names = namesOf(
      extract(
        [
          "Prime Minister Ada Lind met Prime Minister Ivo Brandt in Lindby on Monday.",
          "Lind also made a point of talking about Norland's disappointment at laws used in 2008 by the government led by Gordon Marsh.",
          "Brandt apologised for the absence of Trade Minister Paula Orrin at today's talks.",
          "A delegation led by Foreign Minister Tomas Velkov attended the talks.",
        ].join("\n\n"),
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Ada Lind", "Ivo Brandt", "Tomas Velkov"]));
    expect(names).not.toContain("Gordon Marsh");
    expect(names).not.toContain("Paula Orrin");
  });
});

describe("a country's possessive before an unknown name", () => {
  it("reads 'Sudria's Algirdas Velkovicius expressed concern …' as Algirdas Velkovicius, who speaks on", () => {
    const text = [
      "The prime ministers of Norland, Sudria and Vesteria met in Lindby on Friday.",
      "Sudria's Algirdas Velkovicius expressed concern at Vesteria's plans to build a dam close to the border.",
      '"It is a concern. It is near the border, so we think it is a threat."',
    ].join("\n\n");
    expect(namesOf(extract(text))).toContain("Algirdas Velkovicius");
    const said = extract(text).filter((c) => c.kind === "STATEMENT");
    expect(said.find((c) => c.span.exact.includes("It is a concern"))?.data.speaker).toBe(
      "Algirdas Velkovicius",
    );
  });

  it("reads names set off before a post in capitals, after 'of' too, and after a long office", () => {
    const names = namesOf(
      extract(
        [
          "“Norland is a neighbouring country of primary importance,” Tomas Vellanek, Sudria’s Prime Minister, posted on the weekend.",
          "He paid an official visit to Norland at the invitation of Sonexay Orrinal, Prime Minister of Norland.",
          "The Acting Minister of Foreign Affairs and International Cooperation of the Government of National Unity, Al-Taher Al-Velko, has agreed with the Sudrian Ambassador.",
        ].join("\n\n"),
      ),
    );
    for (const name of ["Tomas Vellanek", "Sonexay Orrinal", "Al-Taher Al-Velko"])
      expect(names).toContain(name);
  });

  it("takes the envoy who delivered a message for a participant, and the one who sent it for none", () => {
    const names = namesOf(
      extract(
        [
          "President Tomas Orrin has received a special message from the Sudrian Prime Minister, Dr. Ivo Brandtsen.",
          "The message was delivered to the President on Monday afternoon by the Sudrian Prime Minister’s Special Envoy Ms. Hana Zemenko who is also State Minister for Foreign Affairs.",
          "Yusuf Velko, Norland's Minister Responsible for Foreign Affairs, also attended the meeting with Cambodian Prime Minister Samdech Techo Hun Rann.",
        ].join("\n\n"),
      ),
    );
    expect(names).toContain("Hana Zemenko");
    expect(names).toContain("Hun Rann");
    expect(names).not.toContain("Ivo Brandtsen");
    expect(names).not.toContain("Responsible");
  });

  it("takes someone named only in sentences that open in another month than the article's for no participant", () => {
    const body = [
      "Norland's new ambassador Tomas Orrin met Sultan Ivo Brandt on Monday and submitted his credentials.",
      "In January, Norlandic Foreign Minister Karl Zarvik discussed security in the strait with his Sudrian counterpart in Lindby.",
      "In their December meeting, Zarvik and the Sudrian minister conferred on key issues.",
    ].join("\n\n");
    const names = (at: Date | null) => namesOf(extractCandidates(body, known, vocabulary, at));
    expect(names(new Date("2031-03-09T00:00:00Z"))).not.toContain("Karl Zarvik");
    // (Without the article's date, no month is another.)
    expect(names(null)).toContain("Karl Zarvik");
    // (Nor is the article's own month: "In March, …" in a March story.)
    const march = [
      "Norland's new ambassador Tomas Orrin met Sultan Ivo Brandt on Monday and submitted his credentials.",
      "In March, Norlandic Foreign Minister Karl Zarvik discussed security in the strait with his Sudrian counterpart in Lindby.",
    ].join("\n\n");
    expect(namesOf(extractCandidates(march, known, vocabulary, new Date("2031-03-09T00:00:00Z")))).toContain(
      "Karl Zarvik",
    );
  });

  it("takes the one who sent an invitation ('from his Sudrian counterpart, President Ivo Brandtsen') for no participant", () => {
    const names = namesOf(
      extract(
        "Vice Foreign Minister Tomas Orrin held productive talks with President Ada Lindqvist at the Unity Palace on Wednesday. The Norlandic leader received an invitation from his Sudrian counterpart, President Ivo Brandtsen on the 11th of January.",
      ),
    );
    expect(names).toContain("Tomas Orrin");
    expect(names).not.toContain("Ivo Brandtsen");
  });

  it("takes no word of when that opens the sentence into a name ('Later Orrin said')", () => {
    const names = namesOf(
      extract(
        "Prime Minister Ada Lindqvist met Sudrian President Tomas Orrin on Saturday. Later Orrin said the talks had gone well.",
      ),
    );
    expect(names).toContain("Tomas Orrin");
    expect(names).not.toContain("Later Orrin");
  });

  it("takes someone met in another meeting of the same day ('earlier in the day he met with …') for no participant", () => {
    const names = namesOf(
      extract(
        [
          "Norlandic Prime Minister Ada Lindqvist met Sudrian Parliament Speaker Tomas Orrin in Lindby on Wednesday.",
          "Orrin is on an official visit to Norland and earlier in the day he met with Parliament Speaker Karl Brandtsen and President Ivo Hallberg.",
        ].join("\n\n"),
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Ada Lindqvist", "Tomas Orrin"]));
    expect(names).not.toContain("Karl Brandtsen");
    expect(names).not.toContain("Ivo Hallberg");
    // (Or a second call of the day: "also held a phone meeting with …".)
    const call = namesOf(
      extract(
        "Prime Minister Ada Lindqvist and President Tomas Orrin agreed Wednesday to communicate closely. Lindqvist also held a phone meeting with Chancellor Karl Brandtsen on the same day.",
      ),
    );
    expect(call).toContain("Tomas Orrin");
    expect(call).not.toContain("Karl Brandtsen");
  });

  it("takes someone named only in a sentence dated to an earlier month of the article's year ('in February 2031') for no participant", () => {
    const body = [
      "On July 21, Norlandic Foreign Minister Tomas Orrin held a bilateral meeting with his Sudrian counterpart Ada Lindqvist in Lindby.",
      "The ministers noted that both sides are implementing the agreements reached during the official visit of the President of Sudria Karl Zarvik to Norland in February 2031.",
    ].join("\n\n");
    const names = (at: Date) => namesOf(extractCandidates(body, known, vocabulary, at));
    expect(names(new Date("2031-07-23T00:00:00Z"))).not.toContain("Karl Zarvik");
    expect(names(new Date("2031-07-23T00:00:00Z"))).toContain("Tomas Orrin");
    // (A month still to come of the article's year is no earlier meeting's.)
    expect(names(new Date("2031-01-23T00:00:00Z"))).toContain("Karl Zarvik");
  });

  it("takes a figure of history the visitor paid homage to ('paid homage to Sudrian national hero Jonas Varnow') for no participant", () => {
    const names = namesOf(
      extract(
        "Sudrian President Tomas Orrin received on Monday his Norlandic counterpart Ada Lindqvist. Upon her arrival, the Norlandic leader paid homage to Sudrian national hero Jonas Varnow and visited a school.",
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Tomas Orrin", "Ada Lindqvist"]));
    expect(names).not.toContain("Jonas Varnow");
  });

  it("takes no trade bloc for a person ('Special Presidential Envoy for the Tripartite Free Trade Area of the Republic of Sudria')", () => {
    const names = namesOf(
      extract(
        "President Ada Lindqvist has received a special message from President Tomas Orrin of Sudria. The message was delivered to President Lindqvist today at State House by the Special Presidential Envoy for the Tripartite Free Trade Area of the Republic of Sudria who is also the Cabinet Secretary for Investment, Hon. Karl Brandtsen.",
      ),
    );
    expect(names).toContain("Karl Brandtsen");
    expect(names.some((name) => /Area/u.test(name))).toBe(false);
  });

  it("takes a predecessor set off by commas ('Orrin’s predecessor, Sebastián Varela,') for no participant", () => {
    const names = namesOf(
      extract(
        [
          "President Ada Lindqvist de Marro met Chilean president Tomasa Orrin today at the government house, in the latter’s first official overseas trip. After the meeting, the presidents gave a press conference.",
          "President Orrin highlighted that “it is neither an accident or a coincidence” that she chose Norland as the first overseas destination of her second term. “It is time to strongly resume the [cooperation] agenda,” she said, while president Lindqvist pointed out that Orrin’s predecessor, Sebastián Varela, “had other urgencies, other initiatives, and he had all the right to do so.”",
        ].join("\n"),
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Tomasa Orrin"]));
    expect(names).not.toContain("Sebastián Varela");
  });

  it("takes someone named only in a clause of last month ('… comes after German President Karl Zarvik’s trip to Norland last month') for no participant", () => {
    const names = namesOf(
      extract(
        "Prime Minister Tomas Orrin held talks with Chancellor Ada Lindqvist in Berlin on Friday. Orrin’s meeting with Lindqvist comes after German President Karl Zarvik’s trip to Norland last month, which focused on trade.",
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Tomas Orrin", "Ada Lindqvist"]));
    expect(names).not.toContain("Karl Zarvik");
  });

  it("takes one invited to come another time ('invite H.E. Gen. Karl Zarvik … to visit'), and a state's form ('the Lao People’s Democratic Republic'), for no participant", () => {
    const names = namesOf(
      extract(
        "Prime Minister Tomas Orrin met H.E. Ada Lindqvist, Prime Minister of the Lao People’s Democratic Republic, in Kumamoto. Lindqvist welcomed Orrin’s visit to Laos in the near future, and suggested an exchange of visits between the army chiefs to invite H.E. Gen. Karl Zarvik, Deputy Commander-in-Chief, to visit Laos.",
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Tomas Orrin", "Ada Lindqvist"]));
    expect(names).not.toContain("Karl Zarvik");
    expect(names).not.toContain("Democratic Republic");
  });

  it("takes people of another day's meeting ('one day earlier', 'earlier that month') and of a clause of 'recently' for no participants", () => {
    const names = namesOf(
      extract(
        [
          "President Tomas Orrin met Prime Minister Ada Lindqvist in Lindby on Tuesday.",
          "Lindby is the second stop of Orrin’s tour, which began one day earlier in Port Halden where he held talks with President Ivo Brandt.",
          "Vice President Hana Velkova had recently attended a session of the river council in Lindby.",
          "Earlier that month, Prime Minister Lena Okafor met with the Norlandic king in secret.",
          "Orrin and Lindqvist discussed the river trade.",
        ].join(" "),
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Tomas Orrin", "Ada Lindqvist"]));
    for (const name of ["Ivo Brandt", "Hana Velkova", "Lena Okafor"]) expect(names).not.toContain(name);
  });

  it("takes no body from a sentence's end run into a post ('… Tomas Orrin. The President of the Federation …'), nor a body's post for the body", () => {
    const names = namesOf(
      extract(
        "Ada Lindqvist met Tomas Orrin. The President of the Federation of Norlandic Chambers of Commerce signed the agreements.",
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Ada Lindqvist", "Tomas Orrin"]));
    expect(names.some((name) => /President|of the Federation/u.test(name))).toBe(false);
  });

  it("takes one the visitor was due to meet later in the afternoon for no participant", () => {
    const names = namesOf(
      extract(
        "Prime Minister Ada Lindqvist received Prime Minister Tomas Orrin at the river house today. Orrin was also due to hold talks with President Karl Zarvik in Lindby later in the afternoon. Lindqvist and Orrin discussed the river trade.",
      ),
    );
    expect(names).toEqual(expect.arrayContaining(["Tomas Orrin", "Ada Lindqvist"]));
    expect(names).not.toContain("Karl Zarvik");
  });
});

describe("a person named again by a title and the surname", () => {
  it("takes 'Mr Orrin' after 'Prime Minister Tomas Orrin' for the same participant", () => {
    expect(
      namesOf(
        extract(
          "Prime Minister Tomas Orrin said yesterday that Sudria had a true friend in Norland.\n\nMr Orrin met with visiting Foreign Minister Hana Velkova in Lindby.",
        ),
      ),
    ).toEqual(["Tomas Orrin", "Hana Velkova"]);
    // (Not where two people the text names share the surname: "Mr Lind" may be either.)
    expect(
      namesOf(
        extract(
          "President Ada Lind and her husband Karl Lind arrived in Lindby on Monday.\n\nMr Lind met with Foreign Minister Hana Velkova.",
        ),
      ),
    ).toContain("Lind");
  });
});

describe("a title that ends a sentence", () => {
  it("takes no capitalised word after 'Minister.' for a name", () => {
    const names = namesOf(
      extract(
        "Sushma Swaraj met Nepalese Foreign Minister Prakash Sharan Mahat on Monday.\n\nSushma Swaraj met Nepalese Foreign Minister. Image courtesy: @MEAIndia/Twitter\n\nThe ministers discussed trade.",
      ),
    );
    expect(names).toEqual(["Sushma Swaraj", "Prakash Sharan Mahat"]);
    // (An abbreviation's stop keeps the name: "Gen. Wei Fenghe".)
    expect(namesOf(extract("Defense Minister Gen. Wei Fenghe met Hana Velkova in Lindby."))).toContain(
      "Wei Fenghe",
    );
  });
});

describe("a small word run into a name", () => {
  it("leaves 'page' out of 'his Facebook page President Orrin wrote'", () => {
    const found = extract(
      "President Tomas Orrin met President Ada Lind.\n\nAnd on his official Facebook page President Orrin wrote; “I am very grateful to my sister.”",
    );
    expect(namesOf(found)).toEqual(["Tomas Orrin", "Ada Lind"]);
  });
});

describe("a name only ever after 'at'", () => {
  it("takes a venue the tagger reads as a person for no participant, but not one in the possessive", () => {
    expect(
      namesOf(
        extract(
          "Following his arrival at Qasr Al Watan in Lindby, President Tomas Orrin was accompanied inside by President Ada Lind.",
        ),
      ),
    ).toEqual(["Tomas Orrin", "Ada Lind"]);
    expect(
      namesOf(extract("The visit came at Tomas Orrin's invitation. Orrin met Ada Lind in Lindby.")),
    ).toEqual(["Tomas Orrin", "Ada Lind"]);
  });
});

describe("a place's noun before 'of' and a name", () => {
  it("takes 'the border town of Nieuw Halden, President …' for a place", () => {
    expect(
      namesOf(
        extract(
          "In a meeting held in the Norlandic border town of Nieuw Halden, President Ada Lind of Norland and President Tomas Orrin of Sudria reaffirmed their commitment to dialogue.",
        ),
      ),
    ).toEqual(["Ada Lind", "Tomas Orrin"]);
  });
});

describe("people of another meeting of the visit, or of one to come", () => {
  it("drops one met separately, also where the next sentence goes on about that meeting", () => {
    expect(
      namesOf(
        extract(
          "Tomas Orrin held talks with Ada Lind in Lindby on Friday.\nWhile at the palace, Orrin also held a separate meeting with party leader Hana Velkova.\nDuring the meeting, which was also attended by Lind, former president Velkova and Orrin discussed political cooperation.",
        ),
      ),
    ).toEqual(["Tomas Orrin", "Ada Lind"]);
  });

  it("keeps one met at this meeting, an adjective of time further back naming another thing", () => {
    expect(
      namesOf(
        extract(
          "Prime Minister Ada Lind met Prime Minister Tomas Orrin in Lindby on Wednesday.\nThe two discussed the budget.\nLind raised the future of the river port at the meeting with Deputy Prime Minister Karl Zarvik.",
        ),
      ),
    ).toContain("Karl Zarvik");
  });

  it("drops one named only where a meeting to come is, whoever they are set beside", () => {
    expect(
      namesOf(
        extract(
          "Prime Minister Ada Lind met Prime Minister Tomas Orrin in Lindby on Wednesday.\nThe two discussed the budget.\nOn January 10 Prime Minister Lind will travel to Sudria to meet with her colleague Prime Minister Velkova.",
        ),
      ),
    ).toEqual(["Ada Lind", "Tomas Orrin"]);
    expect(
      namesOf(
        extract(
          "Prime Minister Ada Lind and Prime Minister Tomas Orrin met yesterday in Lindby to discuss bilateral issues.\nThe two leaders also discussed the region. Mr. Orrin will on Thursday visit the Federation for a meeting with president Karl Zarvik.",
        ),
      ),
    ).toEqual(["Ada Lind", "Tomas Orrin"]);
  });
});

describe("one of two who speak together, by a surname alone", () => {
  it("takes 'Velkova and Brandt said' for both, where the text never names Brandt in full", () => {
    const names = namesOf(
      extract(
        "Sudrian President Hana Velkova, who arrived in Lindby for a two-day visit, was given a welcome ceremony, after which she and Brandt held one-on-one talks.\nSudrians and Norlanders have been connected with friendship for centuries, Velkova and Brandt said.",
      ),
    );
    expect(names).toEqual(["Hana Velkova", "Brandt"]);
    // (Nor the two words of a country's name: "Trinidad and Tobago said".)
    expect(
      namesOf(
        extract(
          "Ada Lind met Tomas Orrin.\nRelations between the two countries are good, Trinidad and Tobago said in a statement.",
        ),
      ),
    ).toEqual(["Ada Lind", "Tomas Orrin"]);
    // (Not again for one named in full: "Lind and Orrin said".)
    expect(
      namesOf(extract("Ada Lind met Tomas Orrin on Monday.\nThe talks were friendly, Lind and Orrin said.")),
    ).toEqual(["Ada Lind", "Tomas Orrin"]);
  });
});

describe("someone named only inside another's quoted words", () => {
  it("takes no part", () => {
    expect(
      namesOf(
        extract(
          "Prime Minister Tomas Orrin met visiting Foreign Minister Ada Lind in Lindby.\n“Sudria is hosting the summit and we look forward to Prime Minister Brandt, and Foreign Minister Lind, returning to Lindby in November,” Mr Orrin said.",
        ),
      ),
    ).toEqual(["Tomas Orrin", "Ada Lind"]);
    // (Named outside the quotation too, they keep their part.)
    expect(
      namesOf(
        extract(
          "Prime Minister Tomas Orrin met Prime Minister Ivo Brandt in Lindby.\n“We look forward to Prime Minister Brandt returning in November,” Mr Orrin said.",
        ),
      ),
    ).toEqual(["Tomas Orrin", "Ivo Brandt"]);
  });
});

describe("a body's words in capitals before a title", () => {
  it("takes no 'Lebanese Energy' from 'Lebanese Energy Minister Karl Zarvik'", () => {
    const found = extract(
      "The Lebanese President, General Ada Lind, signed today (Wednesday) an agreement with her Cypriot counterpart, Tomas Orrin. Cyprus and Lebanon had reached a preliminary agreement to demarcate their maritime areas in 2007, but there was a delay in ratifying it. However, Lebanese Energy Minister Karl Zarvik visited Cyprus last month to discuss cooperation between the two countries in the energy sector, after the Lebanese Cabinet approved the maritime border demarcation agreement, which expedited the signing of the agreement.",
    );
    expect(namesOf(found)).not.toContain("Lebanese Energy");
    expect(namesOf(found)).toEqual(expect.arrayContaining(["Ada Lind", "Tomas Orrin"]));
  });
});

describe("a surname written with another apostrophe", () => {
  it("takes 'Tuʻiolo' and 'Tu’iolo' for one person", () => {
    const found = extract(
      "Prime Minister Tomas Orrin met his Samoan counterpart, Fiame Naomi Tuʻiolo. Prime Minister Tu’iolo, during the meeting, congratulated her counterpart.",
    );
    expect(namesOf(found)).toEqual(["Tomas Orrin", "Fiame Naomi Tuʻiolo"]);
  });
});

describe("one whose counterpart follows", () => {
  it("takes 'Sina Tamoe' of '…, Sina Tamoe and his Australian counterpart, Prime Minister Tomas Orrin,' for a person", () => {
    const found = extract(
      "Sudria’s Prime Minister and Minister for Foreign Affairs, Sina Tamoe and his Australian counterpart, Prime Minister Tomas Orrin, have reaffirmed their commitment to a prosperous region.",
    );
    expect(namesOf(found)).toEqual(["Sina Tamoe", "Tomas Orrin"]);
  });
});

describe("a capital standing for a country's government", () => {
  it("takes 'met in Beijing' for the city, and 'Beijing said' for the country", () => {
    const china: KnownParticipant = {
      id: "cn",
      name: "China",
      kind: "COUNTRY",
      aliases: ["china", "beijing"],
    };
    const met = extractCandidates(
      "The foreign ministers of Norland and Sudria, Ada Lind and Tomas Orrin, met in Beijing on Wednesday, but they failed to narrow their differences.",
      [...known, china],
      vocabulary,
      null,
    );
    expect(met.some((c) => c.participantId === "cn")).toBe(false);
    const said = extractCandidates(
      "Ada Lind met Tomas Orrin on Wednesday. Beijing said it welcomed the talks.",
      [...known, china],
      vocabulary,
      null,
    );
    expect(said.some((c) => c.kind === "PARTICIPANT" && c.participantId === "cn")).toBe(true);
  });
});

describe("a list whose every name gives its country", () => {
  it("takes three names each 'of' a country for people, none found before", () => {
    const found = extract(
      "The defense ministers of Kyrgyzstan, Kazakhstan and Tajikistan met here on Friday.\n\nThe three ministers, Adilbek Dzhaksybekov of Kazakhstan, Abibilla Kudaiberdiev of Kyrgyzstan, and Sherali Khairulloyev of Tajikistan, have agreed to coordinate actions in case of a threat.",
    );
    expect(namesOf(found)).toEqual(["Adilbek Dzhaksybekov", "Abibilla Kudaiberdiev", "Sherali Khairulloyev"]);
  });
});

describe("the meeting's word nearest before a name", () => {
  it("takes one named only after 'his recent meetings with' for one of another meeting, though the sentence tells of this visit", () => {
    const found = extract(
      "Sudria’s Prime Minister, Sina Tamoe and his Australian counterpart, Prime Minister Tomas Orrin, have reaffirmed their commitment to the region. Prime Minister Orrin’s visit to Sudria follows his recent meetings with the United States President Karl Zarvik and Prime Minister of India Ivo Brandt.",
    );
    expect(namesOf(found)).toEqual(["Sina Tamoe", "Tomas Orrin"]);
  });
});

describe("one who greets the visitor where they arrive", () => {
  it("takes no part, named only so", () => {
    expect(
      namesOf(
        extract(
          "Sudrian President Tomas Orrin met Norlandic President Ada Lind in Lindby on Tuesday.\nOrrin was welcomed at the Lindby International Airport by Norlandic Vice President Hana Velkova before heading to the palace to meet Lind.",
        ),
      ),
    ).toEqual(["Tomas Orrin", "Ada Lind"]);
    // (One who meets the visitor at the airport and is named in the talks takes part.)
    expect(
      namesOf(
        extract(
          "Orrin was welcomed at the airport by Foreign Minister Hana Velkova.\nOrrin then held talks with Velkova and President Ada Lind.",
        ),
      ),
    ).toContain("Hana Velkova");
    // (A minister who meets the visitor on arrival is dropped too; a president, the host, is not.)
    expect(
      namesOf(
        extract(
          "President Tomas Orrin arrived in Norland for a one-day State Visit.\nHe was met on arrival at Lindby International Airport by Minister of Foreign Affairs Karl Zarvik.\nOrrin then held bilateral talks with President Ada Lind.",
        ),
      ),
    ).toEqual(["Tomas Orrin", "Ada Lind"]);
    expect(
      namesOf(
        extract(
          "Sudrian President Tomas Orrin arrived in Lindby on Monday.\nHe was received at the airport by President Ada Lind and the two later held talks.",
        ),
      ),
    ).toEqual(["Tomas Orrin", "Ada Lind"]);
  });
});

describe("a surname with a generation's suffix", () => {
  it("takes 'Orrin Jr.' after 'Tomas “Tom” Orrin Jr.' for the same person", () => {
    const found = extract(
      "President Tomas “Tom” Orrin Jr. met President Ada Lind on Monday. Orrin Jr. met her at her official residence, the river palace.",
    );
    expect(namesOf(found)).toHaveLength(2);
    expect(namesOf(found)).toContain("Ada Lind");
  });
});

describe("one who has died", () => {
  it("takes no part, says nothing and leaves the surname to the living", () => {
    const found = extract(
      [
        "President Uhuru Kenyatta on Monday received H.E János Áder, President of Hungary, at State House, Nairobi.",
        "Thereafter, President Áder laid a wreath at the mausoleum of the Founding Father and First President H.E the Late Mzee Jomo Kenyatta.",
        "“We thank you for the kind gesture,” President Kenyatta said.",
      ].join("\n\n"),
    );
    expect(namesOf(found)).toEqual(["Uhuru Kenyatta", "János Áder"]);
    // (One who comes along takes part, however few are named beside her.)
    expect(
      namesOf(
        extract(
          "President Tomas Orrin received President Boris Kovac at State House.\n\nThereafter, President Kovac in the company of the First Lady Hana Velkova, laid a wreath at the mausoleum of the late President Karl Zarvik.",
        ),
      ),
    ).toContain("Hana Velkova");
    const said = found.find((c) => c.kind === "STATEMENT");
    expect(said?.data.speaker).toBe("Uhuru Kenyatta");
  });
});

describe("a junior minister's post as French-speaking governments title it", () => {
  it("takes 'Minister Delegate' for a title, not 'Delegate' for a person", () => {
    const names = namesOf(
      extract(
        "Minister of Foreign Affairs Ada Lind also received in audience the Minister Delegate to the Cameroonian Minister of External Relations in charge of Relations with the Commonwealth, Félix Mbayu.",
      ),
    );
    expect(names).toContain("Félix Mbayu");
    expect(names).not.toContain("Delegate");
  });
});

describe("a name no tagger knows, in apposition after a post of a country", () => {
  it("takes 'Minister for Foreign Affairs of Japan, Hoshida Amane,' for a person", () => {
    const names = namesOf(
      extract(
        "KATHMANDU, May 6: Deputy Prime Minister Boris Kovac and visiting Minister for Foreign Affairs of Japan, Hoshida Amane, held bilateral talks on Sunday.",
      ),
    );
    expect(names).toContain("Hoshida Amane");
  });
});

describe("a lone surname after a counterpart's description", () => {
  it("takes 'his Sudrian counterpart Orrin' for a person, as a title announces one", () => {
    const names = namesOf(
      extract(
        "Prime Minister Ada Lind held a meeting with his Sudrian counterpart Orrin during the summit in Lindby.",
      ),
    );
    expect(names).toContain("Orrin");
  });
});

describe("one for whom another acts", () => {
  it("is away: 'conveyed greetings on behalf of President Karl Zarvik' names no participant", () => {
    const names = namesOf(
      extract(
        [
          "Foreign Secretary Ada Lind met her Sudrian counterpart Tomas Orrin in Lindby.",
          "During her meeting with Orrin at the palace, Lind conveyed greetings on behalf of President Karl Zarvik.",
        ].join("\n\n"),
      ),
    );
    expect(names).toEqual(["Ada Lind", "Tomas Orrin"]);
  });
});

describe("a greeter at the airport named as the subject", () => {
  it("takes no part ('Foreign Secretary Karl Zarvik had welcomed the visiting minister … at the airport'), a president who does stays", () => {
    const body = (greeter: string) =>
      [
        "Foreign Minister Ada Lind and visiting Foreign Minister Tomas Orrin held bilateral talks on Sunday.",
        `${greeter} had welcomed the visiting Sudrian Foreign Minister and his delegation at the Lindby International Airport.`,
      ].join("\n\n");
    expect(namesOf(extract(body("Foreign Secretary Karl Zarvik")))).toEqual(["Ada Lind", "Tomas Orrin"]);
    expect(namesOf(extract(body("President Karl Zarvik")))).toContain("Karl Zarvik");
  });
});

describe("a medium that relays a sentence", () => {
  it("speaks it and takes no part ('…, reports Akorda')", () => {
    const found = extract(
      "President of Norland Ada Lind held a meeting with Sudrian President Tomas Orrin, reports Akorda.",
    );
    expect(found.find((c) => c.kind === "STATEMENT")?.data.speaker).toBe("Akorda");
    expect(namesOf(found)).toEqual(["Ada Lind", "Tomas Orrin"]);
  });
});

describe("someone named only as the owner of the story's background", () => {
  it("takes no part for 'President Ivo Brandt’s trade tariffs' and 'President Karl Zarvik’s administration'", () => {
    const names = namesOf(
      extract(
        [
          "Foreign Minister Ada Lind has met with her Peruvian counterpart Tomas Orrin in Lindby to negotiate President Ivo Brandt’s trade tariffs.",
          "Lind, who is part of a delegation to discuss Brandt’s trade tariffs, wasted no opportunity.",
          "The partnership must be strengthened, Lind told her counterpart, with priorities brought forth by President Karl Zarvik’s administration having opened up avenues.",
        ].join("\n\n"),
      ),
    );
    expect(names).toEqual(["Ada Lind", "Tomas Orrin"]);
  });

  it("keeps one named otherwise too: 'Brandt’s government' and 'Brandt met Lind'", () => {
    const names = namesOf(
      extract(
        "President Ivo Brandt’s government has welcomed the talks. Foreign Minister Ada Lind met President Brandt in Lindby on Monday.",
      ),
    );
    expect(names).toContain("Ivo Brandt");
  });
});

describe("a greeter at the airport named as the subject with a long name", () => {
  it("takes no part for 'Qatari Defense Minister Karl bin Ivo Al-Zarvik and other officials received the president at the airport'", () => {
    const names = namesOf(
      extract(
        [
          "President Tomas Orrin and Emir Ada Lind held a meeting at the palace on Thursday.",
          "Qatari Defense Minister Karl bin Ivo Al-Zarvik and other officials received the visiting president at the airport.",
          "Orrin is flanked by Finance Minister Hana Velkova.",
        ].join("\n\n"),
      ),
    );
    expect(names.some((name) => name.includes("Zarvik"))).toBe(false);
    expect(names).toContain("Tomas Orrin");
  });

  it("gives each of two names its own people's post: 'Mexican and Peruvian Ministers of Foreign Affairs Ada Lind and Tomas Orrin'", () => {
    const found = extract(
      "Mexican and Peruvian Ministers of Foreign Affairs Ada Lind and Tomas Orrin met in Lindby on Wednesday.",
    );
    const roles = found.filter((c) => c.kind === "ROLE").map((c) => [c.data.name, c.data.title]);
    expect(roles).toEqual([
      ["Ada Lind", "Mexican Minister of Foreign Affairs"],
      ["Tomas Orrin", "Peruvian Minister of Foreign Affairs"],
    ]);
  });

  it("takes no venue named after someone with their honorific for a person: 'held at Sheikh Zayed Palace'", () => {
    const found = extract(
      "Prime Minister Ada Lind met President Tomas Orrin on Tuesday. The talks were held at Sheikh Zayed Palace in the capital.",
    );
    expect(namesOf(found)).toEqual(["Ada Lind", "Tomas Orrin"]);
  });

  it("keeps a word of an Arabic name after its particle that is also a verb: 'Qaboos bin Said al Said', 'Fahd bin Mahmoud Al Said'", () => {
    const found = extract(
      [
        "On Sunday, he held talks with the Sultan of Norland Qaboos bin Said al Said as the two sides signed eight agreements.",
        "He met Deputy Prime Minister for the Council of Ministers Sayyid Fahd bin Mahmoud Al Said and Deputy Prime Minister for International Relations Sayyid Asa'ad bin Tariq Al Said.",
      ].join(" "),
    );
    expect(namesOf(found)).toEqual([
      "Qaboos bin Said al Said",
      "Fahd bin Mahmoud Al Said",
      "Asa'ad bin Tariq Al Said",
    ]);
  });

  it("takes a long name written later with more of its parts for the same person: 'Sabah Khaled Al-Hamad Al-Sabah', 'Sabah Al-Khaled Al-Hamad Al-Mubarak Al-Sabah'", () => {
    const found = extract(
      [
        "Prime Minister Ada Lind, during her meeting with Norland Crown Prince, Sabah Khaled Al-Hamad Al-Sabah, welcomed the elevation of relations to 'Strategic Partnership'.",
        'In a post on X, Lind said, "Had a very good meeting with His Highness Sheikh Sabah Al-Khaled Al-Hamad Al-Mubarak Al-Sabah, the Crown Prince of Norland."',
      ].join("\n\n"),
    );
    expect(namesOf(found)).toEqual(["Ada Lind", "Sabah Khaled Al-Hamad Al-Sabah"]);
  });

  it("takes no one who received the visitor on arrival, with no airport named, for a participant", () => {
    const found = extract(
      [
        "COLOMBO: Foreign Minister Ada Lind and her Peruvian counterpart Tomas Orrin on Monday discussed bilateral matters.",
        "Earlier, on her arrival, the foreign minister was received by Ambassador Ivo Brandt, Additional Secretary Bilateral Affairs, the embassy said in a tweet.",
      ].join("\n\n"),
    );
    expect(namesOf(found)).toEqual(["Ada Lind", "Tomas Orrin"]);
  });

  it("takes no one named only in another story's headline over its 'see more' link", () => {
    const found = extract(
      [
        "Foreign Minister Ada Lind met her Sudrian counterpart Tomas Orrin during the UN General Assembly on Wednesday in New York.",
        "President Ivo Brandt discusses EU enlargement with Montenegrin counterpart",
        "see more",
        "“The subject of the talks was the upcoming chairmanship,” the ministry wrote on Twitter.",
      ].join("\n\n"),
    );
    expect(namesOf(found)).toEqual(["Ada Lind", "Tomas Orrin"]);
  });

  it("takes no one from a caption that places two people by a letter each ('… Ivo Brandt (R) and … Karl Zarvik (L) shake hands …')", () => {
    const found = extract(
      [
        "Sudrian President Ivo Brandt (R) and Norland Prime Minister Karl Zarvik (L) shake hands at the Presidential Palace in Lindby, May 1, 2031. The Norland PM is on a two-day official visit.",
        "During a meeting in Lindby, Norland Foreign Minister Ada Lind and Sudrian Deputy Prime Minister Tomas Orrin confirmed that the principle of sovereignty must be protected.",
        "Senator Hana Velkova (R) said the talks were useful.",
      ].join("\n\n"),
    );
    expect(namesOf(found)).toEqual(["Ada Lind", "Tomas Orrin", "Hana Velkova"]);
  });

  it("takes no people's name of two words for a person ('a Sierra Leonean journalist')", () => {
    const found = extract(
      [
        "Ivo Brandt\nIvo Brandt is a Sierra Leonean journalist and human rights advocate based in Norland.",
        "Sudria and Norland today signed several cooperation agreements in Lindby.",
        "The Norland Prime Minister, Ada Lind and delegation were yesterday received in Sudria.",
      ].join("\n\n"),
    );
    expect(namesOf(found)).toEqual(["Ada Lind"]);
  });

  it("takes a name written later with its given names as initials for the same person ('ED Mnangagwa' after 'Emmerson Mnangagwa')", () => {
    const found = extract(
      [
        "PRESIDENT Emmerson Mnangagwa has sent an envoy, Ivo Brandt, to Lindby.",
        "“I went to Lindby as President ED Mnangagwa’s special envoy,” Brandt said.",
      ].join("\n\n"),
    );
    expect(namesOf(found)).toEqual(["Emmerson Mnangagwa", "Ivo Brandt"]);
  });

  it("takes no one met at another meeting of the visit ('Later, … also briefly met with …', 'a breakfast meeting with …', 'will also call on …')", () => {
    const found = extract(
      [
        "Norland Prime Minister Ada Lind chose Sudria for her first visit abroad, discussing at length with Sudrian Prime Minister Tomas Orrin the energy crisis.",
        "Later, Lind also briefly met with Sudrian President Hana Velkova at a private meeting.",
        "She held a breakfast meeting with Adviser Karl Zarvik in the morning.",
        "Lind will also call on Speaker Ivo Brandt.",
      ].join("\n\n"),
    );
    expect(namesOf(found)).toEqual(["Ada Lind", "Tomas Orrin"]);
  });

  it("takes no one met the day before at another meeting ('had also discussed these issues the day before in Lindby with …')", () => {
    const found = extract(
      [
        "Sudrian Foreign Minister Tomas Orrin met Norland Foreign Minister Ada Lind in Lindby on Tuesday.",
        "Mr Orrin had also discussed these issues the day before in Tarnby with Karelian foreign minister, Hana Velkova.",
      ].join("\n\n"),
    );
    expect(namesOf(found)).toEqual(["Tomas Orrin", "Ada Lind"]);
  });

  it("reads a name cut off mid-word where the capture stops as the person named in full before ('… Foreign Minister Orr')", () => {
    const found = extract(
      [
        "Trade and human rights were the main topics at the meeting of Tomas Orrin, the Minister for Foreign Affairs, and Norland Foreign Minister Ada Lind today in Lindby.",
        "The ministers also discussed fish stocks. Foreign Minister Orr",
      ].join("\n\n"),
    );
    expect(namesOf(found)).toEqual(["Tomas Orrin", "Ada Lind"]);
  });

  it("takes no committee's name run onto its chairman's, nor a hall named in its own language ('the Sala de Bicos')", () => {
    const found = extract(
      [
        "Foreign Minister Ada Lind met Foreign Secretary Tomas Orrin in Tarnby.",
        "She also met with the chairman of the Sudrian Parliamentary Friendship Committee Ivo Brandt, where they reviewed bilateral relations. Brandt underlined the importance of relations with Norland.",
        "As reported by the Presidency, the official meeting took place in the Sala de Bicos, emblematic hall of the palace.",
      ].join("\n\n"),
    );
    expect(namesOf(found)).toEqual(["Ada Lind", "Tomas Orrin", "Ivo Brandt"]);
  });
  it("finds the others of a list whose items open with a title, hold a capital inside a word, or end on a word of manner", () => {
    expect(
      namesOf(
        extract(
          "The Sudrian side was headed by Tomas Orrin, chief of intelligence, accompanied by Suhail Maren, Anas Holt, and Deputy Interior Minister Rahim Vasko.",
        ),
      ),
    ).toEqual(["Tomas Orrin", "Suhail Maren", "Anas Holt", "Rahim Vasko"]);
    expect(
      namesOf(
        extract(
          "In their opening remarks, both Foreign Minister Neneh MacDouall Lind and Mankeur Orrin recognized the historic relations between Norland and Sudria.",
        ),
      ),
    ).toEqual(["Neneh MacDouall Lind", "Mankeur Orrin"]);
    expect(
      namesOf(
        extract(
          "Both presidents of Norland and Sudria, Adama Lind and Macky Orrin respectively have signed the agreements.",
        ),
      ),
    ).toEqual(["Adama Lind", "Macky Orrin"]);
  });
  it("takes no country's short name, no piece of a title and no agency's credit in brackets for a person ('Saint Vincent', 'Sri Lankan Foreign', '(Udaipur Kiran):')", () => {
    expect(
      namesOf(
        extract(
          [
            "Ada Lind has met with the Prime Minister of Saint Vincent, Mr. Tomas Orrin, in New York.",
            "Saint Vincent",
            "Lind said Norland would want to strengthen bilateral relations with Saint Vincent.",
          ].join("\n\n"),
        ),
      ),
    ).toEqual(["Ada Lind", "Tomas Orrin"]);
    expect(
      namesOf(
        extract(
          "The discussions between the Sri Lankan Foreign Minister and the visiting External Affairs Minister of Norland, Ada Lind, focussed on fisheries.",
        ),
      ),
    ).toEqual(["Ada Lind"]);
    expect(
      namesOf(
        extract(
          "Lindby/Tarnby, November 8 (Udaipur Kiran): The latest round of talks between Norland and Sudria ended without agreement. Norland's Defence Minister Tomas Orrin confirmed that the dialogue had ended.",
        ),
      ),
    ).toEqual(["Tomas Orrin"]);
  });
  it("finds each of a list whose items open with their country, and the names after a title's plural; not one whose death the text speaks of", () => {
    expect(
      namesOf(
        extract(
          "Ada Lind met with the foreign ministers of Spain José Albares, Latvia Baiba Braže, Luxembourg Xavier Bettel, Poland Radosław Sikorski, and Switzerland Ignazio Cassis on Sept. 25.",
        ),
      ),
    ).toEqual([
      "Ada Lind",
      "José Albares",
      "Baiba Braže",
      "Xavier Bettel",
      "Radosław Sikorski",
      "Ignazio Cassis",
    ]);
    expect(
      namesOf(
        extract(
          "Tomas Orrin said that the mediators, who also included former Norlandic and Sudrian presidents Thabo Lindqvist and Festus Marren, had held separate meetings with the two delegations.",
        ),
      ),
    ).toEqual(["Tomas Orrin", "Thabo Lindqvist", "Festus Marren"]);
    expect(
      namesOf(
        extract(
          "President Tomas Orrin thanked Sudrian President Ada Lind for her support following the passing of Norland’s third president Ivo G. Brandt on 4 February.",
        ),
      ),
    ).toEqual(["Tomas Orrin", "Ada Lind"]);
    // (A late hour is no death: "the late afternoon meeting" leaves the one after it.)
    expect(
      namesOf(
        extract(
          "In the late afternoon meeting President Ada Lind told Tomas Orrin that the talks were useful.",
        ),
      ),
    ).toEqual(["Ada Lind", "Tomas Orrin"]);
  });
  it("takes those 'in attendance' at the meeting for its participants", () => {
    const found = extract(
      "Tomas Orrin met Ada Lind in Tarnby on Wednesday. In attendance were Karl Zarvik, the Head of the Global Affairs Department at the Foreign Ministry, Aron Vasko, the Ambassador of Norland to Sudria, and several officials from both delegations.",
    );
    expect(namesOf(found)).toEqual(expect.arrayContaining(["Karl Zarvik", "Aron Vasko"]));
  });
  it("ends a sentence after a name whose last word is a title's abbreviation", () => {
    const found = extract(
      "Prime Minister Ada Lind of Norland met Sudria's prime minister in Tarnby, the son of Tarn Sen. Both Lind and Ivo Brandt discussed trade. Lind said the talks were useful.",
    );
    expect(namesOf(found)).toContain("Tarn Sen");
    expect(namesOf(found).some((name) => name.includes("Both"))).toBe(false);
  });
  it("drops one named in passing even when already known, keeps a preview's people, and reads a meeting being arranged as another", () => {
    // (Boris Kovac is a known participant: known people named in passing are no participants either.)
    const passing = extract(
      "Prime Minister Ada Lind met President Ivo Brandt in Tarnby on Monday. The two discussed trade and energy at length. Lind said plans were in the works for a meeting between President Boris Kovac and the Sudrian premier.",
    );
    expect(namesOf(passing)).not.toContain("Boris Kovac");
    const arranging = extract(
      "Prime Minister Ada Lind met President Ivo Brandt in Tarnby on Monday. The two discussed trade and energy at length. Meanwhile, both governments are negotiating a meeting between Lind and her counterpart, Tomas Orrin.",
    );
    expect(namesOf(arranging)).not.toContain("Tomas Orrin");
    // (An article about a meeting to come: its people are that meeting's.)
    const preview = extract(
      "Prime Minister Ada Lind wants closer ties with Sudria, her adviser said. Lind is set to meet with Sudrian President Tomas Orrin on the sidelines of the summit in Tarnby this week.",
    );
    expect(namesOf(preview)).toContain("Tomas Orrin");
  });
});
