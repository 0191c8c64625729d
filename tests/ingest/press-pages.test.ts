/**
 * Pages of wire services and newspapers as captures give them: a date line cut from the outlet's bracket
 * ("Harbour News) 16:40, June 19, 2031"), captions that end in their credit ("… Photo: AFP") and
 * breadcrumbs ("World / Diplomacy") above the headline, and links to other stories ("RELATED: …") in the
 * body. All pages here are made up.
 */
import { extractCandidates, reference, segmentPage } from "@readout/ingest";
import { describe, expect, it } from "vitest";

const segment = (text: string, url?: string) => {
  const { outlets, vocabulary, page } = reference();
  // As import gives them: names, aliases and domains.
  const known = outlets.map((o) => ({
    name: o.name,
    aliases: [...o.aliases, ...(o.domain ? [o.domain] : []), ...o.domains],
    country: o.country ?? null,
  }));
  return segmentPage(text, { outlets: known, vocabulary, page, capturedAt: null, url }).articles;
};

const PARAGRAPH =
  "Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin in Port Halden on Monday for talks on the river. Both sides said the talks would go on next month.";

describe("a wire's dateline after a carrier's credit, or with its town's country", () => {
  const lead = (first: string) =>
    segment(
      ["Velkova and Orrin affirm future-oriented ties", "", `${first}${PARAGRAPH}`, "", PARAGRAPH].join("\n"),
    )[0];

  it("credits the wire its dateline names, past the carrier's bracket before it", () => {
    const article = lead("(Carrier Network- Kuwait News Agency (KUNA)) LINDBY, Oct 30 (KUNA) -- ");
    expect(article?.creditedOutlet).toBe("Kuwait News Agency");
    expect(article?.dateline).toBe("LINDBY, Oct 30");
  });

  it("credits the wire whose bracket follows the town's dash", () => {
    const article = lead("LINDBY — (AP) — ");
    expect(article?.creditedOutlet).toBe("Associated Press");
    expect(article?.dateline).toBe("LINDBY");
  });

  it("reads a town in title case with its country before the date and the agency", () => {
    const article = lead("Lindby, South Korea, Oct. 30 (Jiji Press)--");
    expect(article?.creditedOutlet).toBe("Jiji Press");
    expect(article?.dateline).toBe("Lindby, South Korea, Oct. 30");
  });
});

describe("wire and newspaper pages", () => {
  it("reads a date line cut from the outlet's bracket, and names the outlet", () => {
    const [article] = segment(
      [
        "Velkova meets Orrin in Port Halden",
        "",
        "Xinhua) 16:40, June 19, 2031",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.publishedText).toBe("16:40, June 19, 2031");
    expect(article?.outletName).toBe("Xinhua");
  });

  it("takes the headline printed twice over a section's name, and the date beside an agency's bracket", () => {
    const [article] = segment(
      [
        "Foreign and Military Affairs",
        "",
        "Norland, Sudria presidents hold river talks",
        "",
        "(Xinhua)",
        "",
        "Updated: 2031-09-27 14:01",
        "",
        "Large Medium Small",
        "",
        "Norland, Sudria presidents hold river talks",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.title).toBe("Norland, Sudria presidents hold river talks");
    expect(article?.publishedText).toBe("2031-09-27 14:01");
  });

  it("reads a headline in brackets' label, a byline run on after the date, and a writer's post after the name", () => {
    const [labelled] = segment(
      [
        "[SUMMIT] Norland's Velkova and Sudria's Orrin agree to resume river talks",
        "",
        "Oct. 10, 2031 - 18:41 By Ana Lind",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(labelled?.title).toBe("[SUMMIT] Norland's Velkova and Sudria's Orrin agree to resume river talks");
    expect(labelled?.publishedText).toBe("Oct. 10, 2031 18:41");
    expect(labelled?.bylines.map((b) => b.name)).toEqual(["Ana Lind"]);

    const [aggregated] = segment(
      [
        "Get all your news in one place.",
        "One app.",
        "Start reading",
        "The Guardian - AU",
        "National",
        "Ana Lind Political editor in Port Halden",
        "",
        "Velkova river trip: minister meets Orrin and hails a thaw",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(aggregated?.title).toBe("Velkova river trip: minister meets Orrin and hails a thaw");
    expect(aggregated?.bylines.map((b) => b.name)).toEqual(["Ana Lind"]);

    const [printed] = segment(
      [
        "Harbour.example« Back to articlePrint this article",
        "",
        "What strained ties? All smiles as Velkova meets Orrin",
        "",
        "November 12, 2031 10:00 IST",
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(printed?.title).toBe("What strained ties? All smiles as Velkova meets Orrin");

    // Under a headline, a short first paragraph is the story's.
    const page = [
      "Velkova and Orrin meet in Port Halden",
      "",
      "Velkova and Orrin met on Wednesday.",
      "",
      "“It was productive,” Velkova said.",
      "",
      PARAGRAPH,
    ].join("\n");
    const [short] = segment(page);
    expect(page.slice(short?.start ?? 0).startsWith("Velkova and Orrin met on Wednesday.")).toBe(true);
  });

  it("takes neither a caption ending in its credit nor breadcrumbs for the headline", () => {
    const [article] = segment(
      [
        "Foreign Minister Hana Velkova (left) and envoy Tomas Orrin in Port Halden on Monday. Photo: AFP",
        "World /  Diplomacy",
        "",
        "In Port Halden talks, Velkova calls for a river accord",
        "",
        "Ana Lind",
        "",
        "Updated: 3:59pm, 20 Jun, 2031",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.title).toBe("In Port Halden talks, Velkova calls for a river accord");
  });

  it("starts the body after a photo's caption printed twice under the byline, at the wire's dateline", () => {
    const caption =
      "Minister Hana Velkova on Friday met envoy Tomas Orrin in Port Halden. Pool Photo by Ana Lind/EPA-EFE";
    const [article] = segment(
      [
        "Velkova talks river quotas with Orrin",
        "",
        "By Ana Lind",
        caption,
        caption,
        "",
        `Oct. 22, 2031 (UPI) -- ${PARAGRAPH}`,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.outletName).toBe("United Press International");
    expect(article?.publishedAt?.toISOString()).toBe("2031-10-22T00:00:00.000Z");
  });

  it("takes off the headline a site's icon line, breadcrumbs, a credit 'By Reuters' and a section after a bar", () => {
    const credited = segment(
      [
        "Site icon Harbour Daily",
        "",
        "Velkova meets Orrin on first visit to Port Halden since 2015 By Reuters",
        "",
        "5/5",
        "",
        `PORT HALDEN (Reuters) – ${PARAGRAPH}`,
        "",
        PARAGRAPH,
      ].join("\n"),
    )[0];
    expect(credited?.title).toBe("Velkova meets Orrin on first visit to Port Halden since 2015");
    expect(credited?.bylines.map((b) => b.name)).toEqual(["Reuters"]);
    expect(credited?.publishedText).toBeNull();
    const crumbs = segment(
      [
        "Home Headlines Envoy Orrin on official visit to Port Halden",
        "",
        "Envoy Orrin on official visit to Port Halden",
        "",
        "by Harbour Times",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    )[0];
    expect(crumbs?.title).toBe("Envoy Orrin on official visit to Port Halden");
    const barred = segment(
      ["Norland and Sudria agree to rethink river policy | News", "", PARAGRAPH, "", PARAGRAPH].join("\n"),
    )[0];
    expect(barred?.title).toBe("Norland and Sudria agree to rethink river policy");
    // "By" inside a headline in capitals is no credit; "(R)" after a name is no photo's position.
    const overWire = (headline: string) =>
      segment([headline, "", `PORT HALDEN (Reuters) – ${PARAGRAPH}`, "", PARAGRAPH].join("\n"))[0]?.title;
    for (const headline of [
      "Velkova And Orrin Agree To Restore River Talks, Move Hailed By Kremlin As Success",
      "Sen. Dana Kerrow (R) warns Velkova against easing river quotas",
    ])
      expect(overWire(headline)).toBe(headline);
    // A short headline under the outlet's line, whose names the story gives, is no site's motto.
    const short = segment(
      [
        "Reuters",
        "",
        "Velkova, Orrin agree to curb river traffic",
        "",
        "Leaders meet on sidelines of the river summit in Port Halden",
        "",
        "By Ana Lind",
        "",
        "November 15, 2031",
        "",
        `PORT HALDEN, Nov 15 (Reuters) - Minister Velkova and envoy Orrin agreed on Wednesday to curb traffic. ${PARAGRAPH}`,
        "",
        PARAGRAPH,
      ].join("\n"),
    )[0];
    expect(short?.title).toBe("Velkova, Orrin agree to curb river traffic");
  });

  it("reads a headline printed again under its standfirst, above the picture and the date, as one article", () => {
    const found = segment(
      [
        "WORLD",
        "4 MIN READ",
        "Leaders of Norland, Sudria meet as 'sister nations' improve ties",
        '"We had a comprehensive and very fruitful meeting," says Sudria\'s Tomas Orrin after talks in Port Halden.',
        "Leaders of Norland, Sudria meet as 'sister nations' improve ties",
        "Restoring ties with Sudria's Orrin (R) was one of Velkova's first moves as minister. / AFP",
        "January 7, 2031",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.title).toBe("Leaders of Norland, Sudria meet as 'sister nations' improve ties");
    expect(found[0]?.publishedAt?.toISOString()).toBe("2031-01-07T00:00:00.000Z");
  });

  it("keeps a first line that opens like a link to a video as the headline where the address spells it", () => {
    const page = [
      "Watch: Minister Velkova meets envoy Orrin at Halden Castle in Port Halden",
      "",
      "Velkova pleased with results of 'productive meeting' with Orrin",
      "",
      PARAGRAPH,
      "",
      PARAGRAPH,
    ].join("\n");
    const { outlets, vocabulary, page: pageVocabulary } = reference();
    const known = outlets.map((o) => ({ name: o.name, aliases: o.aliases, country: o.country ?? null }));
    const read = (url: string | null) =>
      segmentPage(page, { outlets: known, vocabulary, page: pageVocabulary, capturedAt: null, url })
        .articles[0]?.title;
    expect(
      read("https://news.example/news/watch-minister-velkova-meets-envoy-orrin-halden-castle-port-halden"),
    ).toBe("Watch: Minister Velkova meets envoy Orrin at Halden Castle in Port Halden");
    // Without the address, a "Watch:" line is a link to a video, as on most pages.
    expect(read(null)).toBe("Velkova pleased with results of 'productive meeting' with Orrin");
  });

  it("reads a headline in capitals, and a byline after a dash with the writer's address", () => {
    const [article] = segment(
      [
        "VELKOVA STRESSES ‘CRUCIAL’ NEED TO WORK TOGETHER",
        "",
        "Foreign minister reiterates the importance of talks as she and envoy Tomas Orrin begin two days of meetings",
        "",
        "- Ana Lind ana.lind@scmp.com",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.title).toBe("VELKOVA STRESSES ‘CRUCIAL’ NEED TO WORK TOGETHER");
    expect(article?.bylines.map((b) => b.name)).toEqual(["Ana Lind"]);
    // The address's domain names the outlet.
    expect(article?.outletName).toBe("South China Morning Post");
  });

  it("reads a question in title case as the headline, with its mark", () => {
    const lines = [
      "Velkova-Orrin Talks: What Did Norland and Sudria Agree On?",
      "",
      "Foreign Minister Hana Velkova and Sudrian envoy Tomas Orrin held talks in Port Halden on Thursday as part of a tour. They agreed to reopen the river talks.",
    ];
    expect(segment(lines.join("\n"))[0]?.title).toBe(
      "Velkova-Orrin Talks: What Did Norland and Sudria Agree On?",
    );
  });

  it("cuts a reading time and a date's label off a byline", () => {
    const bylinesUnder = (line: string) =>
      segment(
        ["Velkova arrives in Port Halden for river talks", "", line, "", PARAGRAPH, "", PARAGRAPH].join("\n"),
      )[0]?.bylines.map((b) => b.name);
    expect(bylinesUnder("by Ana Lind June 19, 2031 9:49 AM 2 min read")).toEqual(["Ana Lind"]);
    expect(bylinesUnder("By Ana Lind Updated On - 19 June 2031, 02:28 PM")).toEqual(["Ana Lind"]);
  });

  it("takes the town a writer files from off the end of the name", () => {
    const under = (line: string) =>
      segment(
        ["Velkova arrives in Port Halden for river talks", "", line, "", PARAGRAPH, "", PARAGRAPH].join("\n"),
      )[0]?.bylines.map((b) => `${b.name} @ ${b.place}`);
    expect(under("- Jennifer Halden Brussels")).toEqual(["Jennifer Halden @ Brussels"]);
    expect(under("By Ana Lind Brussels")).toEqual(["Ana Lind @ Brussels"]);
    // (A last name that is no town stays the name's.)
    expect(under("By Ana Lind Smith")).toEqual(["Ana Lind Smith @ null"]);
  });

  it("takes no person a photo's caption names, where it says who stands where, for a byline", () => {
    const [article] = segment(
      [
        "Velkova and Orrin meet at the river, all you need to know",
        "",
        "",
        "President Hana Velkova, left, greets Sudria's President Tomas Orrin at the White House, Friday, Oct. 17, 2031, in Port Halden",
        "President Hana Velkova, left, greets Sudria's President Tomas Orrin at the White House, Friday, Oct. 17, 2031, in Port Halden Copyright  AP Photo",
        "Copyright AP Photo",
        "By Jennifer Halden & Ana Lind",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.bylines.map((b) => b.name)).toEqual(["Jennifer Halden", "Ana Lind"]);
  });

  it("reads two writers' names the lexicon does not know, printed twice over the picture, as the byline", () => {
    const [article, ...rest] = segment(
      [
        "Velkova, Orrin reaffirm mutually beneficial relationship",
        "",
        "The two leaders also agreed to steadily implement a September agreement on river traffic.",
        "",
        "Tarou Okuma and Keiko Nishinaga",
        "",
        "Tarou Okuma and Keiko Nishinaga",
        "",
        "The Japan News",
        "",
        "Velkova-Orrin-P-e1731746226375.jpg",
        "",
        "November 18, 2031",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(rest).toEqual([]);
    expect(article?.title).toBe("Velkova, Orrin reaffirm mutually beneficial relationship");
    expect(article?.bylines.map((b) => b.name)).toEqual(["Tarou Okuma", "Keiko Nishinaga"]);
    expect(article?.outletName).toBe("The Japan News");
    // (A menu's words joined the same way are no writers.)
    const [menu] = segment(
      [
        "Velkova and Orrin hold first talks",
        "",
        "Trade Deal Achievements and Tariff Reductions",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(menu?.bylines).toEqual([]);
  });

  it("reads a writer's name printed twice as one byline", () => {
    const [article] = segment(
      [
        "Velkova calls for a river accord in Port Halden talks",
        "",
        "Ana Lind\nAna Lind",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.bylines.map((b) => b.name)).toEqual(["Ana Lind"]);
  });

  it("takes a section's word run onto a writer's last name off it, and keeps a name's own capitals", () => {
    const byline = (line: string) =>
      segment(
        [
          "Velkova calls for a river accord in Port Halden talks",
          "",
          line,
          "",
          PARAGRAPH,
          "",
          PARAGRAPH,
        ].join("\n"),
      )[0]?.bylines.map((b) => b.name);
    expect(byline("Ekaterina VelkovaLife")).toEqual(["Ekaterina Velkova"]);
    expect(byline("Anna FitzGerald")).toEqual(["Anna FitzGerald"]);
    expect(byline("Mohamed AbdelRahman")).toEqual(["Mohamed AbdelRahman"]);
    // An agency's letters and words run onto the name, a label other than "By", a post before the name.
    expect(byline("Duncan MurrayHNA NewsWire")).toEqual(["Duncan Murray"]);
    expect(byline("Author: Liliana Oleniak")).toEqual(["Liliana Oleniak"]);
    expect(byline("By foreign affairs reporter Stephen Dziedzic")).toEqual(["Stephen Dziedzic"]);
  });

  it("reads a date written with the Arabic comma under the headline as the story's, over the capture's above", () => {
    const [article] = segment(
      [
        "20 April 2031 08:54 PM",
        "",
        "Norland and Sudria sign joint declaration on a river council",
        "",
        "Wednesday، 14 February 2031 - 06:46 PM",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.title).toBe("Norland and Sudria sign joint declaration on a river council");
    // The page's words stay as written.
    expect(article?.publishedText).toContain("،");
    expect(article?.publishedAt?.toISOString().slice(0, 10)).toBe("2031-02-14");
  });

  it("reads a long first line full of commas as the headline, past a widget's error", () => {
    const [article] = segment(
      [
        "Velkova, Orrin emerge from hours of talks, agree to curb river dumping, restart border patrols",
        "",
        "  • Oops!\n    Something went wrong.\n    Please try again later.",
        "",
        "Wednesday, November 15, 2031",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.title).toBe(
      "Velkova, Orrin emerge from hours of talks, agree to curb river dumping, restart border patrols",
    );
    expect(article?.publishedText).toBe("Wednesday, November 15, 2031");
  });

  it("reads a navigation line of many breadcrumbs at once", () => {
    // A pattern that backtracked on spaces took minutes on such a line.
    const crumbs = `News${"    /    World".repeat(12)} 1`;
    const [article] = segment(
      [
        crumbs,
        "",
        "Velkova calls for a river accord in Port Halden talks",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.title).toBe("Velkova calls for a river accord in Port Halden talks");
  });

  it("keeps a body flattened to one line that opens like a link", () => {
    const body = `Watch: Foreign Minister Hana Velkova met envoy Tomas Orrin in Port Halden on Monday. ${PARAGRAPH}`;
    const found = extractCandidates(body, [], reference().vocabulary, null);
    expect(found.some((c) => c.kind === "PARTICIPANT")).toBe(true);
  });

  it("takes no photographer's credit run onto a caption for part of the last name before it", () => {
    const body = [
      "Sudrian envoy Tomas Orrin and Foreign Minister Hana Velkova Ivo Marrak/POOL/HNA",
      "",
      PARAGRAPH,
    ].join("\n");
    const names = extractCandidates(body, [], reference().vocabulary, null)
      .filter((c) => c.kind === "PARTICIPANT")
      .map((c) => String(c.data.name));
    expect(names).toContain("Hana Velkova");
    expect(names.some((name) => /Marrak/u.test(name))).toBe(false);
    // A wire's name in small letters last; a name in capitals is no photographer's.
    const wire = extractCandidates(
      ["Foreign Minister Hana Velkova greets Boris Kovac Kevin Lamarque/Reuters", "", PARAGRAPH].join("\n"),
      [],
      reference().vocabulary,
      null,
    )
      .filter((c) => c.kind === "PARTICIPANT")
      .map((c) => String(c.data.name));
    expect(wire).toContain("Boris Kovac");
    expect(wire.some((name) => /Lamarque/u.test(name))).toBe(false);
  });

  it("draws nothing from a link to another story inside the body", () => {
    const body = [
      PARAGRAPH,
      "",
      "RELATED: Velkova says her goal for the Orrin meeting is to get talks back to normal",
      "",
      "“We will meet again,” Velkova said.",
    ].join("\n");
    const found = extractCandidates(body, [], reference().vocabulary, null);
    expect(found.some((c) => c.span.exact.includes("her goal"))).toBe(false);
    // What the body says is still found, and every span is the body's own words.
    expect(found.some((c) => c.kind === "STATEMENT" && c.span.exact.includes("We will meet again"))).toBe(
      true,
    );
    for (const c of found) expect(body.slice(c.span.start, c.span.end)).toBe(c.span.exact);
  });
  it("reads a dateline with the day before the month and an agency's bracket before a colon, and a date run into the links after it", () => {
    const [colon] = segment(
      [
        "Velkova meets Orrin in Port Halden as river talks resume",
        "",
        `PORT HALDEN, 09 July 2031, (NNA): ${PARAGRAPH}`,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(colon?.publishedText).toBe("09 July 2031");
    expect(colon?.dateline).toBe("PORT HALDEN, 09 July 2031");
    // The wire a paper credits before a colon is not the paper.
    expect(colon?.outletName).toBeNull();

    const [glued] = segment(
      [
        "Velkova meets Orrin in Port Halden as river talks resume",
        "",
        "By Ana Lind",
        "August 28, 2031Norlandshare",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(glued?.publishedText).toBe("August 28, 2031");
    expect(glued?.title).toBe("Velkova meets Orrin in Port Halden as river talks resume");

    // A transcript's turn in capitals before a colon is no dateline.
    const [turn] = segment(["Remarks to the press", "", `MINISTER VELKOVA: ${PARAGRAPH}`].join("\n"));
    expect(turn?.dateline).toBeNull();
  });
  it("reads the agency's dateline under a caption that ends in the picture's date, and a town in title case before an agency's bracket and a dash", () => {
    const [captioned] = segment(
      [
        "Velkova meets Sudrian counterpart",
        "Foreign Minister Hana Velkova holds talks with her Sudrian counterpart Tomas Orrin in Lindby, Norland, March 31, 2031.",
        `LINDBY, March 31 (Xinhua) -- ${PARAGRAPH}`,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(captioned?.creditedOutlet).toBe("Xinhua");
    // What the dateline's sentence says starts after it there too.
    const page = [
      "Velkova meets Sudrian counterpart",
      "Foreign Minister Hana Velkova holds talks with her Sudrian counterpart Tomas Orrin in Lindby, Norland, March 31, 2031.",
      "LINDBY, March 31 (Xinhua) -- Norland and Sudria on Wednesday expressed their willingness to deepen cooperation, officials said.",
      PARAGRAPH,
    ].join("\n\n");
    const [article] = segment(page);
    const found = extractCandidates(
      page.slice(article?.start ?? 0, article?.end ?? 0),
      [],
      reference().vocabulary,
      null,
      article?.title,
      article?.dateline,
    );
    for (const kind of ["STATEMENT", "AGREEMENT"])
      expect(found.find((c) => c.kind === kind)?.span.exact).toMatch(/^Norland and Sudria on Wednesday/u);
    const [titled] = segment(
      ["Velkova meets Sudrian counterpart", `Lindby (ANTARA) – ${PARAGRAPH}`, PARAGRAPH].join("\n\n"),
    );
    expect(titled?.creditedOutlet).toBe("Antara");
    expect(titled?.dateline).toBe("Lindby");
  });
  it("credits the agency whose bracket opens the story without a dash, when the lists know it", () => {
    const [known] = segment(
      ["Velkova and Orrin reaffirm ties", `(MENAFN) ${PARAGRAPH}`, PARAGRAPH].join("\n\n"),
    );
    expect(known?.creditedOutlet).toBe("MENAFN");
    const [unknown] = segment(
      ["Velkova and Orrin reaffirm ties", `(Updated) ${PARAGRAPH}`, PARAGRAPH].join("\n\n"),
    );
    expect(unknown?.creditedOutlet).toBeNull();
  });
  it("credits the agency whose bracket opens the story with a dash run onto its first word ('(VOVworld)-Brazilian …')", () => {
    const [article] = segment(
      ["Velkova and Orrin reaffirm ties", `(VOVworld)-${PARAGRAPH}`, PARAGRAPH].join("\n\n"),
    );
    expect(article?.creditedOutlet).toBe("Voice of Vietnam");
    expect(article?.opening).toBe("(VOVworld)");
  });
  it("credits the paper a carrier's bracket names, its opening cut off at the page's start, and starts what is said after it", () => {
    const lead = "Norland and Sudria on Wednesday agreed to reopen the river crossings, the ministry said.";
    for (const opening of ["(MENAFN - Daily News Egypt) ", "MENAFN - Daily News Egypt) "]) {
      const page = ["date 2031-06-04", `${opening}${lead}`, PARAGRAPH].join("\n\n");
      const [article] = segment(page);
      expect(article?.creditedOutlet, opening).toBe("Daily News Egypt");
      expect(article?.title, opening).toMatch(/^Norland and Sudria on Wednesday/u);
      const body = page.slice(article?.start ?? 0, article?.end ?? 0);
      const found = extractCandidates(
        body,
        [],
        reference().vocabulary,
        null,
        article?.title,
        article?.opening,
      );
      for (const kind of ["STATEMENT", "AGREEMENT"])
        expect(found.find((c) => c.kind === kind)?.span.exact, opening).toMatch(
          /^Norland and Sudria on Wednesday/u,
        );
    }
  });
  it("reads a publisher the lists know before its colon, on a line under the dateline, as the outlet", () => {
    const [article] = segment(["Geneva, Switzerland, Jun. 3", "Trend:", PARAGRAPH, PARAGRAPH].join("\n"));
    expect(article?.outletName).toBe("Trend News Agency");
    expect(article?.title).toMatch(/^Foreign Minister Hana Velkova met/u);
    // (A line of another kind before its colon introduces what follows.)
    const [turn] = segment(
      ["Geneva, Switzerland, Jun. 3", "The Inside Story:", PARAGRAPH, PARAGRAPH].join("\n"),
    );
    expect(turn?.outletName).toBeNull();
  });
  it("reads a town in capitals before a colon as the dateline, not a speaker's turn", () => {
    const page = [
      "Norland, Sudria agree to expand river trade",
      "GENEVA: Norland and Sudria on Thursday agreed to expand river trade, officials said.",
      PARAGRAPH,
    ].join("\n\n");
    const [article] = segment(page);
    expect(article?.dateline).toBe("GENEVA");
    expect(article?.title).toBe("Norland, Sudria agree to expand river trade");
    const body = page.slice(article?.start ?? 0, article?.end ?? 0);
    const said = extractCandidates(body, [], reference().vocabulary, null, article?.title, article?.dateline);
    expect(said.filter((c) => c.kind === "STATEMENT").map((c) => c.span.exact)).toContain(
      "Norland and Sudria on Thursday agreed to expand river trade",
    );
    // (So too what was agreed.)
    const agreed = said.find((c) => c.kind === "AGREEMENT");
    expect(agreed?.span.exact).toMatch(/^Norland and Sudria on Thursday agreed/u);
    // A speaker's turn in capitals is none.
    const [turn] = segment(
      ["FOREIGN MINISTER VELKOVA: We had good talks on the river today and will meet again.", PARAGRAPH].join(
        "\n\n",
      ),
    );
    expect(turn?.dateline).toBeNull();
  });
  it("reads the labelled date a capture opens with as the page's date, and no icon names run together as the headline", () => {
    const [labelled] = segment(
      [
        " date 2031-11-16 ArrowArtboardCreated with Sketch.Title ChevronTitle ChevronIcon FacebookIcon LinkedinIcon Mail",
        "Norland-Sudria relations",
        "",
        "Velkova meets Orrin in Port Halden as river talks resume",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(labelled?.publishedText).toBe("2031-11-16");
    expect(labelled?.publishedPrecision).toBe("DAY");
    expect(labelled?.title).toBe("Velkova meets Orrin in Port Halden as river talks resume");

    const page = ` date 2031-11-16 ${PARAGRAPH}\n\n${PARAGRAPH}`;
    const [runOn] = segment(page);
    expect(runOn?.publishedText).toBe("2031-11-16");
    // The body opens with the story's first words, not the date's label.
    expect(page.slice(runOn?.start ?? 0).startsWith("Foreign Minister Hana Velkova")).toBe(true);
  });
  it("reads a writer's name beside the date, a relative time beside the date it stands for, and a long headline with a comma under the page's date", () => {
    const [barred] = segment(
      [
        " date 2031-06-03 Back",
        "",
        "Norland & Sudria's ministers briefly meet & sit at same table for dinner, but have no 'substantive exchange'",
        "",
        "They later sat at the same dinner table with the prime minister.",
        "",
        "Tan Min-Wei | June 03, 2031, 02:52 PM",
        "",
        "Events",
        "",
        "Follow us on Telegram for the latest updates: https://t.me/example",
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(barred?.title).toBe(
      "Norland & Sudria's ministers briefly meet & sit at same table for dinner, but have no 'substantive exchange'",
    );
    expect(barred?.bylines.map((b) => b.name)).toEqual(["Tan Min-Wei"]);
    // A publisher's name beside the date stays the publisher's; a place is neither.
    const [courier] = segment(
      [
        "Velkova meets Orrin in Port Halden",
        "",
        "Northern Courier — By Ana Lind — 18 January 2031, 18:50",
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(courier?.outletName).toBe("Northern Courier");
    const [placed] = segment(
      ["Velkova meets Orrin in Port Halden", "", "Hong Kong | June 03, 2031", "", PARAGRAPH].join("\n"),
    );
    expect(placed?.bylines).toEqual([]);
    expect(placed?.outletName).toBeNull();

    const [relative] = segment(
      [
        "Face-to-Face Talks Between Velkova, Orrin In Port Halden Lasted Over 2 Hours",
        "",
        "Ana Lind 2 minutes ago Thu 24th October 2031 | 11:49 PM",
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(relative?.publishedText).toBe("Thu 24th October 2031 11:49 PM");
    expect(relative?.publishedAt?.toISOString().slice(0, 10)).toBe("2031-10-24");
  });
  it("takes no photo caption that ends in its credit for the headline, and reads the headline an address spells before its id", () => {
    for (const caption of [
      "Foreign Minister Hana Velkova shakes hands with envoy Tomas Orrin. (NNA Photo/File)",
      "Velkova (R) and Orrin met for talks hosted by Port Halden on Thursday, the first in seven years. Photo courtesy of the Norland Foreign Ministry",
    ]) {
      const page = ` date 2031-04-06 ${caption}\n\n${PARAGRAPH}\n\n${PARAGRAPH}`;
      const { outlets, vocabulary, page: pageVocabulary } = reference();
      const known = outlets.map((o) => ({ name: o.name, aliases: o.aliases, country: o.country ?? null }));
      const [article] = segmentPage(page, {
        outlets: known,
        vocabulary,
        page: pageVocabulary,
        capturedAt: null,
        url: "https://news.example/Top_News/2031/04/06/Norland-Sudria-Ministers-Begin-Rebuilding-Relations/4661680769268/",
      }).articles;
      expect(article?.title).toBe("Norland Sudria Ministers Begin Rebuilding Relations");
      expect(article?.publishedText).toBe("2031-04-06");
    }
    // An edition and an id after underscores: the title is the words its hyphens join.
    const { outlets, vocabulary, page: pageVocabulary } = reference();
    const [underscored] = segmentPage(
      ` date 2031-04-06 Velkova and Orrin during a news conference in the East Room of the palace. Halden via Getty Images\n\n${PARAGRAPH}\n\n${PARAGRAPH}`,
      {
        outlets: outlets.map((o) => ({ name: o.name, aliases: o.aliases, country: o.country ?? null })),
        vocabulary,
        page: pageVocabulary,
        capturedAt: null,
        url: "https://www.news.example/entry/velkova-hints-at-river-deal-as-she-lavishes-praise-on-orrin_uk_67c0d275e4b0702663296392",
      },
    ).articles;
    expect(underscored?.title).toBe("Velkova Hints at River Deal as She Lavishes Praise on Orrin");
  });
  it("keeps a headline of names with inner capitals ('McCarthy, DeSantis')", () => {
    const [article] = segment(
      ["McCarthy, McConnell meet DeSantis on river budget", "", PARAGRAPH, "", PARAGRAPH].join("\n"),
    );
    expect(article?.title).toBe("McCarthy, McConnell meet DeSantis on river budget");
  });
  it("names the wire whose bracket opens the story under a standfirst", () => {
    const [article] = segment(
      [
        "Velkova had candid five-hour meeting with Orrin, Norland says",
        "",
        "Foreign Minister Hana Velkova held five hours of talks with envoy Tomas Orrin in Port Halden, the first in a year.",
        "",
        `(Bloomberg) — ${PARAGRAPH}`,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.outletName).toBe("Bloomberg");
    expect(article?.dateline).toBeNull();
  });
  it("credits the agency of the dateline under a standfirst, with a caption between or none", () => {
    for (const caption of [
      [],
      ["Hana Velkova (R) and Tomas Orrin at the palace in Lindby. (Photo: Reuters)"],
    ]) {
      const [article] = segment(
        [
          "Velkova concludes Sudria visit",
          "Foreign Minister Hana Velkova on Monday concluded a visit to Sudria at the invitation of Tomas Orrin.",
          ...caption,
          `Lindby (Reuters) – ${PARAGRAPH}`,
          PARAGRAPH,
        ].join("\n"),
      );
      expect(article?.creditedOutlet, caption.join("")).toBe("Reuters");
      expect(article?.title).toBe("Velkova concludes Sudria visit");
    }
  });
  it("takes no browser notice for the headline, reads a writer's post of several words after the name, and no caption ending in its agency as a byline", () => {
    const [article] = segment(
      [
        "Your web browser is no longer supported. To improve your experience update it here",
        "",
        "Harbour Post",
        "Mara Keller Foreign affairs and defence correspondent",
        "",
        "By HP staff reporters Published: Jun 18, 2031 10:51 PM",
        "",
        "Velkova and Orrin agree to reopen the river crossing",
        "",
        "Foreign Minister Hana Velkova shakes hands with envoy Tomas Orrin at a hotel in Port Halden on Monday. (Xinhua)",
        "",
        "Velkova, right, speaks with Orrin in Port Halden on Monday. / HARBOUR NEWS FILE PHOTO / ANDY WONG",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.title).toBe("Velkova and Orrin agree to reopen the river crossing");
    expect(article?.bylines.map((byline) => byline.name)).toEqual(["Mara Keller"]);
    expect(article?.publishedText).toBe("Jun 18, 2031 10:51 PM");
    expect(article?.outletName).not.toBe("Xinhua");
    // A caption ending in its agency and photographer is furniture: never the headline of a page without one.
    const [captioned] = segment(
      [
        "Velkova, right, speaks with Orrin in Port Halden Monday. / HARBOUR NEWS FILE PHOTO / ANDY WONG",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(captioned?.title).not.toMatch(/ANDY WONG/u);
  });

  it("reads a dateline whose place is not in capitals, with the carrying agency after the wire's, and a date with an icon's name run into it", () => {
    const [wire] = segment(
      [
        "Velkova and Orrin seek to iron out tensions over the river",
        "",
        `Port Halden, 26 October 2031 (dpa/Harbour News) - ${PARAGRAPH}`,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(wire?.dateline).toBe("Port Halden, 26 October 2031");
    expect(wire?.publishedText).toBe("26 October 2031");
    expect(wire?.outletName).toBe("Harbour News");
    const [iconed] = segment(
      [
        "Velkova meets Orrin as talks on the river resume",
        "",
        "todayOctober 26, 2031 3",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(iconed?.publishedText).toBe("October 26, 2031");
    // A sentence that opens with a place and a date is no dateline.
    const [prose] = segment(
      [
        "Velkova meets Orrin",
        "",
        `Port Halden, 26 October 2031 was a quiet day. ${PARAGRAPH}`,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(prose?.dateline).toBeNull();
  });

  it("reads a city before a colon that opens a paper's report as its dateline, not a transcript's turn", () => {
    const [report] = segment(
      ["Velkova and Orrin agree to boost trade", "", `MOSCOW: ${PARAGRAPH}`, "", PARAGRAPH].join("\n"),
    );
    expect(report?.genre).toBe("REPORT");
    // (With the agency's bracket between the city and the colon too.)
    const [carried] = segment(
      [
        "Velkova and Orrin agree to boost trade",
        "",
        `TOKYO (The Harbour Times/Asia Wire Network): ${PARAGRAPH}`,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(carried?.genre).toBe("REPORT");
    // (A town of two words the lexicon does not know at all.)
    const [town] = segment(
      ["Velkova and Orrin agree to boost trade", "", `PETALING HALDEN: ${PARAGRAPH}`, "", PARAGRAPH].join(
        "\n",
      ),
    );
    expect(town?.genre).toBe("REPORT");
    const [transcript] = segment(
      ["Remarks before their meeting", "", `VELKOVA: ${PARAGRAPH}`, "", PARAGRAPH].join("\n"),
    );
    expect(transcript?.genre).toBe("TRANSCRIPT");
    const [titled] = segment(
      ["Remarks before their meeting", "", `MINISTER VELKOVA: ${PARAGRAPH}`, "", PARAGRAPH].join("\n"),
    );
    expect(titled?.genre).toBe("TRANSCRIPT");
  });

  it("takes bullet points under the headline as a standfirst, the byline under them, and the dateline's agency over a label", () => {
    const text = [
      "Velkova, Orrin strike river truce: tariffs cut, crossings reopen",
      "Key Facts",
      "- Norland and Sudria agree to cut tariffs by 10 points.",
      "- The crossings reopen in the spring.",
      "by Mara Keller, with reporting from Port Halden Bureau Staff",
      `PORT HALDEN (Harbour News) – ${PARAGRAPH}`,
      PARAGRAPH,
    ].join("\n");
    const [article] = segment(text);
    expect(article?.bylines.map((byline) => byline.name)).toEqual(["Mara Keller"]);
    expect(article?.outletName).toBe("Harbour News");
    expect(text.slice(article?.start ?? 0)).toMatch(/^PORT HALDEN \(Harbour News\)/u);
  });

  it("reads a wire's dateline of a date and its bracket, with the year the page's address gives", () => {
    const page = [
      "Norland and Sudria deepen security ties with a new declaration",
      "",
      `Oct. 22 (UPI) -- ${PARAGRAPH}`,
      "",
      PARAGRAPH,
    ].join("\n");
    const { outlets, vocabulary, page: pageVocabulary } = reference();
    const known = outlets.map((o) => ({ name: o.name, aliases: o.aliases, country: o.country ?? null }));
    const read = (url: string | null) =>
      segmentPage(page, { outlets: known, vocabulary, page: pageVocabulary, capturedAt: null, url })
        .articles[0];
    const dated = read(
      "https://news.example/World-News/2031/10/22/Norland-and-Sudria-deepen-ties/6991666451158/",
    );
    expect(dated?.outletName).toBe("United Press International");
    expect(dated?.publishedText).toBe("Oct. 22");
    expect(dated?.publishedAt?.toISOString()).toBe("2031-10-22T00:00:00.000Z");
    // An address a day off (numbered in another time zone) gives the year too; one of a day further off,
    // or none, gives no year: the date stays unresolved.
    expect(read("https://news.example/World-News/2031/10/23/x/")?.publishedAt?.toISOString()).toBe(
      "2031-10-22T00:00:00.000Z",
    );
    expect(read("https://news.example/World-News/2031/10/29/x/")?.publishedAt).toBeNull();
    expect(read(null)?.publishedAt).toBeNull();
  });

  it("reads a headline with its posting time run onto its last word as the headline and the time", () => {
    const [article] = segment(
      [
        "A self-styled peacemaker, it appears Velkova will leave Port Halden with neitherpublished at 00:27 Norland Time 16 August 2031",
        "Mara Keller",
        "North Norland correspondent, in Port Halden",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.title).toBe(
      "A self-styled peacemaker, it appears Velkova will leave Port Halden with neither",
    );
    expect(article?.publishedText).toBe("00:27 Norland Time 16 August 2031");
  });

  it("reads a date line with its zone in brackets, and no sentence under the headline as a writer's post", () => {
    const [article] = segment(
      [
        "Velkova and Orrin agree to reopen the river crossing",
        "Hana Velkova talks to a visiting reporter",
        "By Mara Keller",
        "Published November 16, 2031 at 10:05 a.m. (EST)",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.publishedText).toMatch(/^November 16, 2031 at 10:05 a\.m\./u);
    expect(article?.bylines.map((byline) => byline.name)).toEqual(["Mara Keller"]);
  });

  it("takes a writer's note that names a known body for no outlet, and a writer named twice for one byline", () => {
    const [article] = segment(
      [
        "No breakthrough as Velkova meets her Sudrian counterpart",
        "",
        "By Mara Keller",
        "Mara Keller",
        "Mara Keller covers the White House.",
        "January 21, 2031Updated: January 21, 2031",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.outletName).not.toBe("The White House");
    expect(article?.bylines.map((byline) => byline.name)).toEqual(["Mara Keller"]);
    expect(article?.publishedText).toBe("January 21, 2031");
  });

  it("takes no breadcrumbs ending in the headline for it, no reading widget's credit for a byline, and parts a writer run into the paper's title", () => {
    const [crumbs] = segment(
      [
        "Home / External Affairs / News / Velkova urges border peace in talks with Sudrian envoy",
        "",
        "Velkova urges border peace in talks with Sudrian envoy",
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(crumbs?.title).toBe("Velkova urges border peace in talks with Sudrian envoy");
    // (The crumbs' marks run onto the next crumb, "Home >News >India >…", where the address's words are the
    // headline's.)
    const [marks] = segment(
      [
        "Home >News >World >PM Lind dials Sudrian President, discuss topical developments",
        "",
        "PM Lind dials Sudrian President, discuss topical developments",
        "",
        PARAGRAPH,
      ].join("\n"),
      "https://news.example/news/world/pm-lind-dials-sudrian-president-discuss-topical-developments.html",
    );
    expect(marks?.title).toBe("PM Lind dials Sudrian President, discuss topical developments");
    const [widget] = segment(
      [
        "The Latest: Velkova meets newly elected Sudrian premier",
        "News > National News",
        "Audio By Carbonatix",
        "By Mara Keller",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(widget?.bylines.map((byline) => byline.name)).toEqual(["Mara Keller"]);
    const [glued] = segment(
      ["Velkova meets Orrin at the summit", "", "Andrew GreeneThe Harbour Nightly", "", PARAGRAPH].join("\n"),
    );
    expect(glued?.bylines.map((byline) => byline.name)).toEqual(["Andrew Greene"]);
  });

  it("parts writers' names run into the date line, one of them in capitals", () => {
    const [article] = segment(
      [
        "All Sections",
        "Velkova and Orrin meet on sidelines of the summit in Port Halden",
        "",
        "Igor Brandt, MARA KELLERWednesday, 25 June 2031, 16:13",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.bylines.map((byline) => byline.name)).toEqual(["Igor Brandt", "MARA KELLER"]);
    // A writer's post beside the name is no second writer.
    const [posted] = segment(
      [
        "Velkova and Orrin meet on sidelines of the summit in Port Halden",
        "",
        "Mara Keller, Staff Writer | Wednesday, 25 June 2031",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(posted?.bylines.map((byline) => byline.name)).toEqual(["Mara Keller"]);
    expect(article?.publishedText).toBe("Wednesday, 25 June 2031, 16:13");
    expect(article?.outletName).toBeNull();
  });

  it("takes a wire's name under a photo's caption for the photo's credit, not the article's outlet", () => {
    const [article] = segment(
      [
        "Velkova, Orrin and European leaders weigh security guarantees at palace summit",
        "",
        "A family photo at the palace in Port Halden, Norland, August 18, 2031",
        "Reuters",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.title).toBe(
      "Velkova, Orrin and European leaders weigh security guarantees at palace summit",
    );
    expect(article?.outletName).toBeNull();
    // A headline ending in a year is no caption: the byline and the wire under it stay.
    const [headline] = segment(
      [
        "Norland and Sudria agree to resume military talks suspended since 2029",
        "By Mara Keller",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(headline?.bylines.map((byline) => byline.name)).toEqual(["Mara Keller"]);
    const [wire] = segment(
      [
        "Norland and Sudria agree to resume military talks suspended since 2029",
        "Reuters",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(wire?.outletName).toBe("Reuters");
  });

  it("ends a headline read from the body with its own line, not at the first full stop below a caption", () => {
    const [article] = segment(
      [
        "Norland, Sudria held talks, agreeing to swap detainees and meet again.",
        "",
        "blog",
        "",
        "© Ivo Brandt/POOL/NWA",
        "",
        `PORT HALDEN, May 16. /NWA/. ${PARAGRAPH}`,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.title).toBe("Norland, Sudria held talks, agreeing to swap detainees and meet again");
  });

  it("takes the headline its address spells among the lines over the byline, and a headline ending in a quotation mark", () => {
    const { outlets, vocabulary, page } = reference();
    const known = outlets.map((o) => ({ name: o.name, aliases: o.aliases, country: o.country ?? null }));
    const [live] = segmentPage(
      [
        "World",
        "Live",
        "Norland's river dispute",
        "Live Updates",
        "Velkova and Orrin meet at G20 summit in Port Halden",
        "By Ana Reyes, Harbour News",
        "Updated 5:36 a.m. ET, June 19, 2031",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n\n"),
      {
        outlets: known,
        vocabulary,
        page,
        capturedAt: null,
        url: "https://harbour.example/asia/live-news/velkova-orrin-g20-summit-port-halden/index.html",
      },
    ).articles;
    expect(live?.title).toBe("Velkova and Orrin meet at G20 summit in Port Halden");

    const [quoted] = segment(
      ["Harbour Star", "Ministers ‘could agree plans to reopen the river’", PARAGRAPH, PARAGRAPH].join(
        "\n\n",
      ),
    );
    expect(quoted?.title).toBe("Ministers ‘could agree plans to reopen the river’");
    expect(quoted?.titleFromBody).toBe(false);
  });

  it("reads the first of two dates run together under their labels", () => {
    const [article] = segment(
      [
        "Velkova arrives in Port Halden for talks",
        "Written: 2031-06-19 08:40:54Updated: 2031-06-19 14:10:58",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(article?.publishedText).toBe("2031-06-19 08:40:54");
    expect(article?.publishedAt?.toISOString().slice(0, 10)).toBe("2031-06-19");
  });

  it("keeps the paragraph a capture cut off at the page's end, but not a trailing link", () => {
    const cut =
      "Velkova also said that Norland would be increasing its purchases of Sudrian grain this year by ";
    const [article] = segment(
      ["Velkova meets Orrin in Port Halden", PARAGRAPH, PARAGRAPH, "Grain", cut].join("\n\n"),
    );
    expect(article?.end).toBe(
      ["Velkova meets Orrin in Port Halden", PARAGRAPH, PARAGRAPH, "Grain", cut.trimEnd()].join("\n\n")
        .length,
    );
    const [linked] = segment(
      [
        "Velkova meets Orrin in Port Halden",
        PARAGRAPH,
        PARAGRAPH,
        "Norland and Sudria reopen the river crossings at last",
      ].join("\n\n"),
    );
    expect(linked?.end).toBe(
      ["Velkova meets Orrin in Port Halden", PARAGRAPH, PARAGRAPH].join("\n\n").length,
    );
    // A link that ends on a verb's particle is a link; a copyright line is no part of the story.
    const kept = ["Velkova meets Orrin in Port Halden", PARAGRAPH, PARAGRAPH].join("\n\n").length;
    const [particle] = segment(
      [
        "Velkova meets Orrin in Port Halden",
        PARAGRAPH,
        PARAGRAPH,
        "What to expect as Velkova and Orrin finally sit down",
      ].join("\n\n"),
    );
    expect(particle?.end).toBe(kept);
    const [copyright] = segment(
      [
        "Velkova meets Orrin in Port Halden",
        PARAGRAPH,
        PARAGRAPH,
        "© 2031 Harbour News. All rights reserved.",
      ].join("\n\n"),
    );
    expect(copyright?.end).toBe(kept);
  });

  it("takes a picture's caption over its credit line ('Harbournews.com/Ana Lind') for no story of its own, under the page's date", () => {
    const articles = segment(
      [
        "date 2031-01-09",
        "EXPLAINERS",
        "Foreign Minister Hana Velkova and Sudrian envoy Tomas Orrin hold a joint press briefing after a bilateral meeting in Port Halden.",
        "Harbournews.com/Ana Lind",
        "Norland, Sudria discuss the river, agree to deepen security ties",
        "Ana Lind (Harbournews.com) - January 9, 2031 - 2:53pm",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n"),
    );
    expect(articles).toHaveLength(1);
    expect(articles[0]?.title).toBe("Norland, Sudria discuss the river, agree to deepen security ties");
    expect(articles[0]?.publishedText).toContain("January 9, 2031");
  });

  it("takes the headline under a kicker of a few words ('Wide range of issues') for the title, but not a standfirst", () => {
    const lead =
      "LINDBY — Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin in Port Halden on Monday for talks on the river. Both sides said the talks would go on next month.";
    const [article] = segment(
      [
        "Wide range of issues",
        "Norland, Sudria sign 14 agreements to strengthen bilateral cooperation",
        lead,
        PARAGRAPH,
      ].join("\n"),
      "https://en.harbour.example/24606/",
    );
    expect(article?.title).toBe("Norland, Sudria sign 14 agreements to strengthen bilateral cooperation");
    const [stood] = segment(
      [
        "Velkova meets Orrin",
        "The two ministers agreed to meet again next month in Lindby.",
        lead,
        PARAGRAPH,
      ].join("\n"),
      "https://en.harbour.example/24607/",
    );
    expect(stood?.title).toBe("Velkova meets Orrin");
  });

  it("keeps a last paragraph that reports someone's words, cut after a whole word, but not a link that says so", () => {
    const story = ["Velkova meets Orrin in Port Halden", PARAGRAPH, PARAGRAPH].join("\n\n");
    const cut = "Mr Orrin said the government’s record on river trade had helped bolster relations";
    const [article] = segment([story, cut].join("\n\n"));
    expect(article?.end).toBe([story, cut].join("\n\n").length);
    // (A link to another story, in the present of headlines, is no part of it.)
    const [linked] = segment(
      [story, "Orrin says Norland and Sudria will reopen the river crossings soon"].join("\n\n"),
    );
    expect(linked?.end).toBe(story.length);
  });

  it("keeps a last paragraph the capture cut at a compound's hyphen", () => {
    const story = ["Velkova meets Orrin in Port Halden", PARAGRAPH, PARAGRAPH].join("\n\n");
    const cut = "The two countries have agreed to work to expedite re-establishment of the Norland-";
    const [article] = segment([story, cut].join("\n\n"));
    expect(article?.end).toBe([story, cut].join("\n\n").length);
  });

  it("leaves a dateline in title case out of a title taken from the first sentence", () => {
    const lead =
      "Geneva, Switzerland — Norland’s foreign minister, Hana Velkova, met Sudrian envoy Tomas Orrin on Saturday, as she makes her first trip abroad. Both sides said the talks would go on next month.";
    const [article] = segment([lead, PARAGRAPH].join("\n\n"));
    expect(article?.title).toBe(
      "Norland’s foreign minister, Hana Velkova, met Sudrian envoy Tomas Orrin on Saturday, as she makes her first trip abroad",
    );
    expect(article?.dateline).toBe("Geneva, Switzerland");
    // A speaker's turn is no dateline.
    const [turn] = segment(
      ["Velkova: We had good talks on the river today and will meet again.", PARAGRAPH].join("\n\n"),
    );
    expect(turn?.dateline).toBeNull();
  });

  it("reads a headline after a media pictograph, and one under a teaser of one sentence", () => {
    const [video] = segment(
      [
        "Jun 13, 2031",
        "🎥 Varg, Holm agree to reopen the ferry line",
        "Posted Jun 13, 2031 10:00 PM",
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(video?.title).toBe("Varg, Holm agree to reopen the ferry line");
    const lines = [
      "Estmark and Ostland issued a joint statement on Monday.",
      "Estmark and Ostland announce deal to cut ferry fares for 90 days",
      "Sela Varg speaks to the media after talks at the Old Customs House in Tarnby on June 13, 2031.",
      PARAGRAPH,
    ].join("\n\n");
    const { outlets, vocabulary, page } = reference();
    const known = outlets.map((o) => ({ name: o.name, aliases: o.aliases, country: o.country ?? null }));
    const [teased] = segmentPage(lines, {
      outlets: known,
      vocabulary,
      page,
      capturedAt: null,
      url: "https://harbour.example/world/estmark-ostland-announce-deal-cut-ferry-fares-90/story?id=1",
    }).articles;
    expect(teased?.title).toBe("Estmark and Ostland announce deal to cut ferry fares for 90 days");
    expect(teased?.titleFromBody).toBe(false);
    // Without an address that spells it, the line may be a crosshead under the lede: the lede stays.
    const [lede] = segment(lines);
    expect(lede?.start).toBe(0);
  });

  it("takes the headline its address spells over a site's motto or menu, also where the address is cut short or spells half of it", () => {
    const { outlets, vocabulary, page: pageVocabulary } = reference();
    const known = outlets.map((o) => ({ name: o.name, aliases: o.aliases, country: o.country ?? null }));
    const read = (lines: string[], url: string) =>
      segmentPage(lines.join("\n"), {
        outlets: known,
        vocabulary,
        page: pageVocabulary,
        capturedAt: null,
        url,
      }).articles[0]?.title;
    // A motto above the headline, no byline or date under it.
    expect(
      read(
        [
          "Harbour perspectives in 10 languages",
          "",
          "Velkova wants peace at sea – but the path remains unclear",
          "",
          PARAGRAPH,
          "",
          PARAGRAPH,
        ],
        "https://news.example/eng/affairs/velkova-wants-peace-at-sea-but-the-path-remains-unclear/75848425",
      ),
    ).toBe("Velkova wants peace at sea – but the path remains unclear");
    // An appeal to readers in paragraphs above the headline the address spells: no part of the story.
    const appealPage = [
      "We need your help now",
      "",
      "Support from readers like you keeps The Ledger open.",
      "",
      "You are visiting us because we have something you value. Independent, unbiased news that tells the truth. Advertising revenue goes some way to support our mission, but this year it has not been enough.",
      "",
      "If you've seen value in our reporting, please contribute what you can, so we can continue to produce accurate and meaningful journalism.",
      "",
      "Velkova arrives in Lindby for bilateral meetings with Orrin",
      "",
      PARAGRAPH,
      "",
      PARAGRAPH,
    ].join("\n");
    const appeal = segmentPage(appealPage, {
      outlets: known,
      vocabulary,
      page: pageVocabulary,
      capturedAt: null,
      url: "https://ledger.example/velkova-arrives-in-lindby-for-bilateral-meetings-with-orrin-139133-May2011",
    }).articles[0];
    expect(appeal?.title).toBe("Velkova arrives in Lindby for bilateral meetings with Orrin");
    expect(appealPage.slice(appeal?.start, appeal?.end)).not.toContain("readers like you");
    // A menu in title case above a headline the address spells three words of.
    expect(
      read(
        [
          "Subscribe To Print Edition About The Ledger Code Of Ethics Download App Advertise with us",
          "",
          "Talks not possible amid fighting, PM Velkova tells Orrin",
          "",
          PARAGRAPH,
          "",
          PARAGRAPH,
        ],
        "https://news.example/news/i-am-confident-pm-velkova-in-opening-remarks-with-president-orrin-638227",
      ),
    ).toBe("Talks not possible amid fighting, PM Velkova tells Orrin");
    // A headline printed as a sentence, the address cut off in its last word.
    expect(
      read(
        [
          "Minister Velkova and envoy Orrin discuss migration through Sudria and fishing quotas.",
          "",
          PARAGRAPH,
          "",
          PARAGRAPH,
        ],
        "https://news.example/20311118/news/minister-velkova-and-envoy-orrin-discuss-migration-through-sudria-and-f/",
      ),
    ).toBe("Minister Velkova and envoy Orrin discuss migration through Sudria and fishing quotas.");
    // A video's line that spells half the address, with a possessive the address drops.
    expect(
      read(
        ["Watch: Velkova meets with Sudria’s envoy at the Halden summit", "", PARAGRAPH, "", PARAGRAPH],
        "https://news.example/watch-live-velkova-meets-sudria-181711765.html",
      ),
    ).toBe("Watch: Velkova meets with Sudria’s envoy at the Halden summit");
  });
});

describe("a newspaper's page with a headline in capitals and a byline with its writers' note", () => {
  it("takes the headline in capitals over its standfirst, and the byline's names without the note", () => {
    const [article] = segment(
      [
        "Port Halden Courier",
        "",
        "VELKOVA, ORRIN FOCUS ON THE RIVER, TRADE",
        "",
        "Ministers hold talks in Port Halden in renewal of ties",
        "",
        "- BY ANA LIND & IVO BRANDT Lind and Brandt write for The Harbour Times.",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.title).toBe("VELKOVA, ORRIN FOCUS ON THE RIVER, TRADE");
    expect(article?.bylines.map((b) => b.name)).toEqual(["ANA LIND", "IVO BRANDT"]);
  });
});

describe("a photo's caption that ends in its photographer's and agency's credit", () => {
  it("is no text of the story", () => {
    const found = extractCandidates(
      [
        "Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin in Port Halden on Tuesday for talks.",
        "Hana Velkova and Tomas Orrin agreed to reopen the river crossing, as seen on Feb. 10, 2031. (Jon Roe/Pool/AFP via Getty Images)",
        "The talks lasted an hour.",
      ].join("\n\n"),
      [],
      reference().vocabulary,
      null,
    );
    expect(found.filter((c) => c.kind === "AGREEMENT")).toEqual([]);
  });
});

describe("a statement that opens as a speech", () => {
  it("is a transcript of spoken words, though titled a statement", () => {
    const [article] = segment(
      [
        "Statement by Ambassador Ana Lind",
        "",
        "Good afternoon, everyone. It’s a pleasure to see all of you here this afternoon.",
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.genre).toBe("TRANSCRIPT");
    // A statement that does not is a readout, as before.
    const [written] = segment(["Statement by Ambassador Ana Lind", "", PARAGRAPH, "", PARAGRAPH].join("\n"));
    expect(written?.genre).toBe("READOUT");
  });
});

describe("wire copy on other sites", () => {
  it("reads the dateline under a photo's caption, and a wire's dateline with no year and a stop before its dash", () => {
    const [captioned] = segment(
      [
        "Factbox-What Norland and Sudria achieved at their first meeting in 12 years",
        "Foreign Minister Hana Velkova and envoy Tomas Orrin attend an honour guard ceremony in Port Halden, Norland, 4 March 2031. JANE ROE/Pool via REUTERS",
        `PORT HALDEN (Reuters) – ${PARAGRAPH}`,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(captioned?.outletName).toBe("Reuters");
    const [efe] = segment(
      [
        "Norland-Sudria ties key for the river, Velkova tells Orrin",
        `Port Halden, Apr 14 (EFE).- ${PARAGRAPH}`,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(efe?.outletName).toBe("EFE");
    expect(efe?.dateline).toBe("Port Halden, Apr 14");
  });

  it("takes no caption printed twice over the date line for the headline", () => {
    const caption =
      "Foreign Minister Hana Velkova meets envoy Tomas Orrin at the Harbour Palace, in Port Halden, on Friday. Jane Roe";
    const [article] = segment(
      [
        "Norland, Sudria should be partners not rivals, says Velkova",
        caption,
        caption,
        "Published Mar 7, 2031",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(article?.title).toBe("Norland, Sudria should be partners not rivals, says Velkova");
    expect(article?.publishedText).toBe("Mar 7, 2031");
    // A headline printed twice is the headline all the same.
    const [twice] = segment(
      [
        "Velkova, Orrin cool their rhetoric in landmark talks",
        "Velkova, Orrin cool their rhetoric in landmark talks",
        "14 March 2031",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(twice?.title).toBe("Velkova, Orrin cool their rhetoric in landmark talks");
  });

  it("splits no story at a caption ending in its credit after a slash, nor at a quotation's sentence over a subheading", () => {
    const caption = "Velkova [L] greets Orrin at the Harbour Palace. / Photo: AFP";
    const pages = [
      [
        "Velkova, Orrin discuss river priorities in Port Halden",
        caption,
        "AFP",
        caption,
        PARAGRAPH,
        PARAGRAPH,
      ],
      [
        "Velkova vows to 'leave the past behind' after river talks with Orrin",
        PARAGRAPH,
        'Asked about the crossing, Orrin said "we are starting that process", adding that it would open "very, very quickly."',
        "TALKS START WITH HANDSHAKE",
        PARAGRAPH,
      ],
    ];
    for (const lines of pages) {
      const articles = segment(lines.join("\n\n"));
      expect(articles.map((a) => a.title)).toEqual([lines[0]]);
      expect(articles[0]?.outletName).toBeNull();
    }
  });

  it("reads a date line with the place it was given at, a writer's town after the name, and no byline in a lead cut before its stop", () => {
    const [statements] = segment(
      [
        "Official website of the President of Norland",
        "Press statements following talks with Sudrian Prime Minister Tomas Orrin",
        "July 5, 2031, The Palace, Port Halden",
        "President of Norland Hana Velkova: Mr Prime Minister, ladies and gentlemen,",
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(statements?.publishedText).toBe("July 5, 2031");
    // (A publisher after the date is no place.)
    const [wire] = segment(
      ["Velkova meets Orrin in Port Halden", "June 5, 2031, Reuters", PARAGRAPH, PARAGRAPH].join("\n\n"),
    );
    expect(wire?.outletName).toBe("Reuters");
    expect(statements?.genre).toBe("TRANSCRIPT");
    const [signed] = segment(
      [
        "Velkova follows Orrin to Port Halden to relaunch ties",
        "by Jane Roe, Brussels,",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(signed?.bylines).toEqual([{ name: "Jane Roe", isStaff: false, place: "Brussels" }]);
    const [lead] = segment(
      [
        "Velkova in Port Halden urges Orrin to reopen the crossing",
        "On Friday, July 5, Foreign Minister Hana Velkova arrived in the Sudrian capital on a visit. In the palace, she met envoy Tomas Orrin and called for a reopening",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(lead?.bylines).toEqual([]);
  });

  it("reads a town no list knows before a colon as a dateline when the narrator reports what was said", () => {
    const [report] = segment(
      [
        "Norland and Sudria to sign river pacts in October",
        "May 7, 2031",
        "KESSBORG: The joint commission meeting between Norland and Sudria, scheduled for October, is expected to see several pacts signed, Prime Minister Ivo Dorn said.",
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(report?.genre).toBe("REPORT");
    // (Or tells of someone by their title, in no first person: the narrator's.)
    const [told] = segment(
      [
        "Norland and Sudria agree to reopen river talks",
        "KESSBORG: Norland Foreign Minister Ada Velkova met her Sudrian counterpart Boris Kovac on Monday, officials said.",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(told?.genre).toBe("REPORT");
    const [turn] = segment(
      ["Remarks to the press", "KOVAC: Foreign Minister Velkova and I agreed on the river.", PARAGRAPH].join(
        "\n",
      ),
    );
    expect(turn?.genre).toBe("TRANSCRIPT");
    // A speaker's label with a title opens the speaker's own words: a transcript.
    const [remarks] = segment(
      [
        "Remarks to the press",
        "May 7, 2031",
        "SECRETARY LIND: Good morning, everyone. It is a pleasure to be here in Kessborg, and I want to thank my friend for the talks.",
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(remarks?.genre).toBe("TRANSCRIPT");
    // A speaker's name that no list knows, reporting another's words inside the turn, is still a turn.
    const [interview] = segment(
      [
        "Dorn on the next round of talks",
        "May 7, 2031",
        "DORN: Look, President Lind told me that we will talk again, and I believe him.",
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(interview?.genre).toBe("TRANSCRIPT");
  });

  it("reads a government's summary of a meeting as a readout", () => {
    for (const title of [
      "Norland-Sudria Summit Meeting (Summary)",
      "Norland-Sudria Foreign Ministers' Meeting",
    ]) {
      const [article] = segment([title, "May 7, 2031", PARAGRAPH, PARAGRAPH].join("\n\n"));
      expect(article?.genre, title).toBe("READOUT");
    }
    const [news] = segment(
      ["Norland, Sudria leaders hold summit meeting", "May 7, 2031", PARAGRAPH].join("\n\n"),
    );
    expect(news?.genre).toBe("REPORT");
    // (A news headline about such a meeting is no readout; a written joint statement is no transcript.)
    const [ahead] = segment(
      ["Norland-Sudria summit meeting set for next week amid tariff row", "May 7, 2031", PARAGRAPH].join(
        "\n\n",
      ),
    );
    expect(ahead?.genre).toBe("REPORT");
    const [joint] = segment(
      ["Joint Press Statement of Norland and Sudria", "May 7, 2031", PARAGRAPH].join("\n\n"),
    );
    expect(joint?.genre).not.toBe("TRANSCRIPT");
  });

  it("takes a first paragraph printed as a teaser over a video's lines and again below for one story", () => {
    const articles = segment(
      [
        "Velkova bumps fists with Orrin, but confronts him over the crossing",
        PARAGRAPH,
        "Sudrian envoy says talks were 'not personally difficult' for either side",
        "Velkova questioned about meeting Orrin",
        "7 months ago",
        "Duration 2:10",
        PARAGRAPH,
        "It was the first encounter for the two, and their gesture was swiftly criticized by the opposition in Norland.",
      ].join("\n\n"),
    );
    expect(articles.map((a) => a.title)).toEqual([
      "Velkova bumps fists with Orrin, but confronts him over the crossing",
    ]);
  });
  it("takes a headline that ends in a stop over a slashed dateline, with the dateline's day written with its ordinal", () => {
    const [article] = segment(
      [
        "Velkova informed the ministers of Sudria and Zorva about the meeting with Orrin.",
        `PORT HALDEN, February 19th. /tass/. ${PARAGRAPH}`,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(article?.title).toBe(
      "Velkova informed the ministers of Sudria and Zorva about the meeting with Orrin.",
    );
    expect(article?.outletName).toBe("TASS");
    expect(article?.publishedText).toBe("February 19th");
  });

  it("reads no site's icon labels or menu items as the story, nor 'Weekend' as a date, and parts a date line's columns", () => {
    const icons = Array.from({ length: 40 }, (_, i) => `icon${i} chevron`).join(" ");
    const [article] = segment(
      [icons, "15 Feb, 2031 17:25", "Velkova and Orrin admit differences", PARAGRAPH, PARAGRAPH].join("\n\n"),
    );
    expect(article?.title).toBe("Velkova and Orrin admit differences");
    expect(article?.publishedText).toBe("15 Feb, 2031 17:25");
    const [menu] = segment(
      [
        ["News", "-", "Hotels and Food", "-", "Weekend", "-", "Yes Teens!", "-", "Campus"].join("\n"),
        "Norland, Sudria to resume ties in Zorva-brokered deal",
        "    2031-03-13  08:53    Harbour Daily Courier",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(menu?.title).toBe("Norland, Sudria to resume ties in Zorva-brokered deal");
    expect(menu?.publishedText).toBe("2031-03-13  08:53");
    expect(menu?.outletName).toBe("Harbour Daily Courier");
  });

  it("takes no caption ending in a picture agency's credit, nor one that places a person by '(C)', for the headline", () => {
    for (const caption of [
      "Velkova and Orrin during a news conference in the East Room of the palace. Halden via Halden via Getty Images",
      "President Ivo Brandt (C) greets Sudrian envoy Tomas Orrin upon his arrival at the palace in Port Halden",
    ]) {
      const [article] = segment(
        [
          caption,
          "Velkova hails new era in relations at river summit",
          "By Lena Marsh",
          PARAGRAPH,
          PARAGRAPH,
        ].join("\n\n"),
      );
      expect(article?.title).toBe("Velkova hails new era in relations at river summit");
    }
  });
  it("reads a date line ending in its clock's stop, a writer's outlet in brackets, breadcrumbs run into the headline and a dateline after a repeated summary line", () => {
    const [dated] = segment(
      ["Velkova's visit focuses on river cooperation", "Nov. 11, 2031, 8:30 p.m.", PARAGRAPH, PARAGRAPH].join(
        "\n\n",
      ),
    );
    expect(dated?.publishedText).toBe("Nov. 11, 2031, 8:30 p.m.");
    // (The capture may cut the bracket's end.)
    const [bracketed] = segment(
      [
        "Norland, Sudria bolster ties",
        "08:26, November 11, 2031 By Zhao Jia ( China Daily",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(bracketed?.bylines.map((b) => b.name)).toEqual(["Zhao Jia"]);
    expect(bracketed?.creditedOutlet).toBe("China Daily");
    const [crumbs] = segment(
      [
        "HarbourDaily.comNorland NewsDiplomacyVelkova, Orrin Sign Friendship Declaration",
        "Velkova, Orrin Sign Friendship Declaration",
        "By Lena Marsh",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(crumbs?.title).toBe("Velkova, Orrin Sign Friendship Declaration");
    const [summarised] = segment(
      [
        "Norland, Sudria leaders ink friendship declaration",
        "- Norland and Sudria leaders on Thursday struck an upbeat tone at a rare meeting in Port Halden.",
        "Lindby/Port Halden, 7 December 2031 (dpa/MIA) - Norland and Sudria leaders on Thursday struck an upbeat tone at a rare meeting in Port Halden.",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(summarised?.dateline).toBe("Lindby/Port Halden, 7 December 2031");
    expect(summarised?.publishedText).toBe("7 December 2031");
    // A headline that opens with a picture's word is a headline; "a day ago" is a date line.
    const [photos] = segment(
      ["Photos: Velkova and Orrin meet at the palace", "a day ago", PARAGRAPH, PARAGRAPH].join("\n\n"),
    );
    expect(photos?.title).toBe("Photos: Velkova and Orrin meet at the palace");
    expect(photos?.publishedText).toBe("a day ago");
    // A live page's post header is furniture; a time with its zone is not a writer's.
    const noise = reference().vocabulary.noise.map((pattern) => new RegExp(pattern, "iu"));
    expect(noise.some((pattern) => pattern.test("20:48 , Jana Holm"))).toBe(true);
    expect(noise.some((pattern) => pattern.test("8:30 PM ET"))).toBe(false);
  });

  it("takes no caption for the headline by where people stand, its bullet, its credit or its printing twice, and reads a site's greeting and widgets as furniture", () => {
    for (const captions of [
      [
        "President Ivo Brandt (second from left) on June 18 is welcomed by Foreign Minister Hana Velkova at the palace",
      ],
      [
        "▲ President Ivo Brandt (L) holds talks with Hana Velkova at the palace in Port Halden. (Halden Wire) |",
      ],
      [
        "Velkova's visit is partly aimed at convincing Sudria to keep supporting the river plan. AP",
        "Velkova's visit is partly aimed at convincing Sudria to keep supporting the river plan. AP",
      ],
    ]) {
      const [article] = segment(
        [...captions, "Velkova hails new era in relations at river summit", PARAGRAPH, PARAGRAPH].join(
          "\n\n",
        ),
      );
      expect(article?.title).toBe("Velkova hails new era in relations at river summit");
    }
    // A credit line of its own under the byline ("Photos = Halden Wire") is no headline either.
    const [credited] = segment(
      ["Policies", "June 19, 2031", "By Lena Marsh", "Photos = Halden Wire", PARAGRAPH, PARAGRAPH].join(
        "\n\n",
      ),
    );
    expect(credited?.title).not.toMatch(/Photos/u);
    const [greeted] = segment(
      [
        "Welcome to Harbour News, stay informed with the most important news at your fingertips.",
        "Image 1 from gallery",
        "Velkova hails new era in relations at river summit",
        "Listen to this story:",
        "Note: AI technology was used to generate this article’s audio.",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(greeted?.title).toBe("Velkova hails new era in relations at river summit");
  });

  it("credits a known body whose release a news service hands on, and dates a dateline's day by a full date its page prints", () => {
    const [released] = segment(
      [
        "Press conference in Port Halden",
        "PORT HALDEN, Oct. 22 -- The Prime Minister of Australia issued the following media release:",
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(released?.creditedOutlet).toBe("Prime Minister of Australia");
    // (Someone's statement is no release a service hands on.)
    const [said] = segment(
      ["Velkova hails new era", "Velkova issued the following warning to Sudria on Monday.", PARAGRAPH].join(
        "\n\n",
      ),
    );
    expect(said?.creditedOutlet).toBeNull();
    const dated = (caption: string) =>
      segment(
        [
          caption,
          "Velkova hails new era in relations at river summit",
          "By Lena Marsh",
          `PORT HALDEN, Aug. 26 (Halden Wire) -- ${PARAGRAPH}`,
          PARAGRAPH,
        ].join("\n\n"),
      )[0];
    const near = dated(
      "▲ Velkova greets Orrin at the palace in Port Halden on Aug. 25, 2031. (Halden Wire) |",
    );
    expect(near?.publishedAt?.toISOString().slice(0, 10)).toBe("2031-08-26");
    // (A full date far from the dateline's day gives no year: the day stays unresolved.)
    const far = dated(
      "▲ Velkova greets Orrin at the palace in Port Halden on March 3, 2031. (Halden Wire) |",
    );
    expect(far?.publishedAt).toBeNull();
    expect(far?.publishedText).toBe("Aug. 26");
  });

  it("takes the headline an address spells with its apostrophes and stops encoded over a site's motto", () => {
    const [article] = segment(
      [
        "The Harbour voice in the world since 1935",
        "Norland’s Velkova offers to help end river dispute; Sudria rules her out as intermediary",
        "harbour_tickers",
        `PORT HALDEN (Reuters) – ${PARAGRAPH}`,
        PARAGRAPH,
      ].join("\n\n"),
      "https://harbourinfo.example/eng/norland%27s-velkova-offers-to-help-end-river-dispute%3B-sudria-rules-her-out-as-intermediary/82620536",
    );
    expect(article?.title).toBe(
      "Norland’s Velkova offers to help end river dispute; Sudria rules her out as intermediary",
    );
  });

  it("reads a byline with its space left out, and no call for money, social links or a photo's credit alone as the story or its headline", () => {
    const [glued] = segment(
      ["Velkova hails new era in relations at river summit", "ByLena Marsh", PARAGRAPH, PARAGRAPH].join(
        "\n\n",
      ),
    );
    expect(glued?.bylines.map((b) => b.name)).toEqual(["Lena Marsh"]);
    const [promoted] = segment(
      [
        "Support Us",
        "Join the Harbour News community on Patreon to support journalism without limits!",
        "Support Journalism",
        "Velkova hails new era in relations at river summit",
        "Igor Brandt, MARA KELLERWednesday, 25 June 2031, 16:13",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(promoted?.title).toBe("Velkova hails new era in relations at river summit");
    expect(promoted?.bylines.map((b) => b.name)).toEqual(["Igor Brandt", "MARA KELLER"]);
    const [credited] = segment(
      [
        "Connect with us",
        "Velkova hails new era in relations at river summit",
        "Velkova and Orrin shake hands at the end of a joint press conference in the palace",
        "Lena Marsh",
        "/",
        "AFP via Getty Images",
        "Velkova and Orrin shake hands at the end of a joint press conference in the palace",
        "Updated June 24, 2031 at 16:19 PM ET",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(credited?.title).toBe("Velkova hails new era in relations at river summit");
  });

  it("reads a wire's dateline with no dash after its bracket, as the wires of India write it", () => {
    const [article] = segment(
      [
        "Velkova hails new era in relations at river summit",
        `Lindby, Oct 9 (IANS) ${PARAGRAPH}`,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(article?.dateline).toBe("Lindby, Oct 9");
    expect(article?.creditedOutlet).toBe("Indo-Asian News Service");
    // (A bracket that names no publisher is no dateline's: "Lindby, Oct 9 (local time) Velkova …".)
    const [local] = segment(
      ["Velkova hails new era in relations at river summit", `Lindby, Oct 9 (local time) ${PARAGRAPH}`].join(
        "\n\n",
      ),
    );
    expect(local?.creditedOutlet).toBeNull();
  });

  it("takes no caption with a stop before its credit for the story's first paragraph, and dates the story by the line under it", () => {
    const [article] = segment(
      [
        "Velkova, Orrin discuss river locks and grain",
        "Foreign Minister Hana Velkova speaks during a meeting with Tomas Orrin at the palace in Port Halden, September 25, 2031. (Reuters)",
        "Short Url",
        "Updated 25 September 2031",
        "Follow",
        "Velkova, Orrin discuss river locks and grain",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(article?.title).toBe("Velkova, Orrin discuss river locks and grain");
    expect(article?.publishedAt?.toISOString().slice(0, 10)).toBe("2031-09-25");
    expect(article?.outletName).toBeNull();
  });

  it("reads no notification prompt or logo link as the headline, and starts at a headline that its picture's label echoes", () => {
    const [prompted] = segment(
      [
        "Stay up to date with notifications from The Harbour News",
        "Notifications can be managed in browser preferences.",
        "Thank you for registering",
        "Harbour logo (opens in a new tab)Harbour logo",
        "Velkova hails new era in relations at river summit",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(prompted?.title).toBe("Velkova hails new era in relations at river summit");
    const [echoed] = segment(
      [
        "Velkova Hails New Era in Relations at River Summit",
        "Editor",
        "5 Min Read",
        "Velkova hails new era",
        "By Lena Marsh",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(echoed?.title).toBe("Velkova Hails New Era in Relations at River Summit");
    expect(echoed?.bylines.map((b) => b.name)).toEqual(["Lena Marsh"]);
  });

  it("takes a headline in title case from under breadcrumbs glued to it and a menu of languages, and a byline whose label has a colon", () => {
    const [article] = segment(
      [
        "Englishहिन्दीमराठीਪੰਜਾਬੀবাংলা",
        "HomeNewsWorldVelkova-Orrin Bonhomie Inside Story: Orrin Waits 10 Mins For Velkova, Boat Ride & ‘Excellent’ Talks Follow",
        "At the river summit in Port Halden, Velkova and Orrin shared a boat ride and discussed the locks.",
        "By : ANI | Updated at : 01 Sep 2031 04:02 PM (IST)",
        "Preferred Sources",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(article?.title).toBe(
      "Velkova-Orrin Bonhomie Inside Story: Orrin Waits 10 Mins For Velkova, Boat Ride & ‘Excellent’ Talks Follow",
    );
    expect(article?.bylines.map((b) => b.name)).toEqual(["ANI"]);
    expect(article?.publishedAt?.toISOString().slice(0, 10)).toBe("2031-09-01");
  });

  it("takes a headline set whole inside quotation marks that quote nobody without them", () => {
    const [article] = segment(
      [
        'HomeWorld"Velkova Invites Sudrian Investment, Discusses River Locks with Orrin"',
        "“Velkova Invites Sudrian Investment, Discusses River Locks with Orrin”",
        "-",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(article?.title).toBe("Velkova Invites Sudrian Investment, Discusses River Locks with Orrin");
    expect(article?.outletName).toBeNull();
    // (A speaker's words keep their marks.)
    const [quoted] = segment(
      ["“We will open the locks to Sudrian barges soon”", PARAGRAPH, PARAGRAPH].join("\n\n"),
    );
    expect(quoted?.title).toBe("“We will open the locks to Sudrian barges soon”");
  });

  it("takes no dateline alone on its line for the headline", () => {
    const [article] = segment(
      ["Geneva, September 10", PARAGRAPH, PARAGRAPH].join("\n\n"),
      "https://harbour.example/news/velkova-flags-river-concerns-with-orrin-543115",
    );
    expect(article?.title).toBe("Velkova Flags River Concerns with Orrin");
  });

  it("reads a wire's dateline with a second place after a slash, and a first sentence cut by a line break, as the title of a story with no headline", () => {
    const [article] = segment(
      [
        "PORT HALDEN, Norland/LINDBY (Reuters) -Norland's Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Monday in Port Halden, with the two vowing to reopen the river and Orrin accepting\nVelkova's invitation to visit the capital.",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.creditedOutlet).toBe("Reuters");
    expect(article?.title).toBe(
      "Norland's Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin on Monday in Port Halden, with the two vowing to reopen the river and Orrin accepting Velkova's invitation to visit the capital",
    );
  });

  it("dates a story by a date over its section's labels, a date run into its first line, and a date after its writers and a comma", () => {
    const [labelled] = segment(
      [
        "2031-09-04",
        "World Norland",
        "Velkova Holds Talks With Orrin in Port Halden",
        "By Harbour news",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(labelled?.publishedAt?.toISOString().slice(0, 10)).toBe("2031-09-04");
    const [runIn] = segment(
      [
        "Norland's Velkova, Sudria's Orrin meet amid river tensions",
        `November 17, 2031${PARAGRAPH}`,
        PARAGRAPH,
      ].join("\n"),
    );
    expect(runIn?.publishedText).toBe("November 17, 2031");
    expect(runIn?.title).toBe("Norland's Velkova, Sudria's Orrin meet amid river tensions");
    const [signed] = segment(
      [
        "Wednesday, December 24, 2031",
        "ADVT",
        "Velkova to have pull-aside with Orrin on sidelines of river summit",
        "Mara Keller, 08 Sep, 2031 10:02 AM",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(signed?.publishedText).toBe("08 Sep, 2031 10:02 AM");
    expect(signed?.bylines.map((b) => b.name)).toEqual(["Mara Keller"]);
    expect(signed?.outletName).toBeNull();
  });

  it("keeps names that glued breadcrumbs run into, lines of Japanese, sentences with a link's note and lists of names; and strips no one's quoted words", () => {
    const [crumbs] = segment(
      ["HomeWorldMcAllister Meets Orrin In Port Halden Today", "By Mara Keller", PARAGRAPH, PARAGRAPH].join(
        "\n\n",
      ),
    );
    expect(crumbs?.title).toBe("McAllister Meets Orrin In Port Halden Today");
    const page = [
      "Velkova and Orrin agree to reopen the river",
      PARAGRAPH,
      "ヴェルコヴァ外相はオリン特使と会談した。",
      "The two leaders signed a joint statement (opens in new tab) on river navigation and agreed to meet again in June.",
      "Participants: Foreign Minister Hana Velkova, Envoy Tomas Orrin, Ambassador Ana Lind",
      PARAGRAPH,
    ].join("\n\n");
    const [article] = segment(page);
    const body = page.slice(article?.start ?? 0, article?.end ?? 0);
    expect(body).toContain("ヴェルコヴァ外相");
    expect(body).toContain("(opens in new tab) on river navigation");
    expect(body).toContain("Participants: Foreign Minister Hana Velkova");
    const [claimed] = segment(
      ["“Norland will never close the river to Sudrian barges”", PARAGRAPH, PARAGRAPH].join("\n\n"),
    );
    expect(claimed?.title).toBe("“Norland will never close the river to Sudrian barges”");
  });

  it("dates a story by a date over two labels at most, and reads one publisher's name before a comma and a date", () => {
    const [far] = segment(
      [
        "2031-09-04",
        "World",
        "Norland",
        "Politics",
        "Velkova Holds Talks With Orrin in Port Halden",
        "By Harbour news",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(far?.publishedAt).toBeNull();
    const [wire] = segment(
      ["Velkova holds talks with Orrin in Port Halden", "Reuters, 08 Sep 2031", PARAGRAPH, PARAGRAPH].join(
        "\n\n",
      ),
    );
    expect(wire?.publishedText).toBe("08 Sep 2031");
    expect(wire?.outletName).toBe("Reuters");
  });
});

describe("a headline rebuilt from the address of a page that prints none", () => {
  const PAGE = [
    "Foreign Minister Hana Velkova and Sudrian envoy Tomas Orrin strengthened Norland-Sudria ties in Port Halden on Monday, aiming at 45 billion euros of trade.",
    "",
    PARAGRAPH,
  ].join("\n");

  it("keeps a short number between its words, and leaves out an id after it", () => {
    expect(
      segment(
        PAGE,
        "https://news.example/2031/06/02/velkova-orrin-aim-for-45-billion-in-annual-trade-pledge-closer-ties/",
      )[0]?.title,
    ).toBe("Velkova Orrin Aim for 45 Billion in Annual Trade Pledge Closer Ties");
    expect(
      segment(
        PAGE,
        "https://news.example/news/velkova-orrin-vow-to-double-trade-in-5-years-101752001802811.html",
      )[0]?.title,
    ).toBe("Velkova Orrin Vow to Double Trade in 5 Years");
    // An id before the title's words, and a number that counts nothing after it, are no words of it; nor is
    // a last word of two letters after a word of grammar dropped.
    expect(
      segment(PAGE, "https://news.example/news/story-123-velkova-meets-orrin-in-port-halden")[0]?.title,
    ).toBe("Velkova Meets Orrin in Port Halden");
    expect(segment(PAGE, "https://news.example/news/norland-signs-river-trade-deal-with-uk")[0]?.title).toBe(
      "Norland Signs River Trade Deal with Uk",
    );
    // A number beside a month's name is a date, not the title's.
    expect(
      segment(PAGE, "https://news.example/news/velkova-orrin-talks-june-2-port-halden-river-summit-opens")[0]
        ?.title,
    ).toBe("Port Halden River Summit Opens");
  });

  it("takes a quotation with its speaker's past-tense verb over the story for a pull quote, not the headline", () => {
    const url = "https://news.example/world/velkova-calls-orrin-a-brother-6377334";
    const quoted = (line: string) => segment([line, "", PAGE].join("\n"), url)[0];
    const article = quoted("“We will reinvigorate our ties in all fields,” the Norland minister said");
    expect(article?.title).toBe("Velkova Calls Orrin a Brother");
    // A headline that quotes its speaker says "says".
    expect(quoted("“We will reinvigorate our ties,” Velkova says")?.title).toBe(
      "“We will reinvigorate our ties,” Velkova says",
    );
  });

  it("reads the title's part of an address that ends in an id, a printable copy or a word after it", () => {
    const title = (url: string) => segment(PAGE, url)[0]?.title;
    expect(title("https://news.example/headlines/velkova-and-orrin-strengthen-river-ties/print")).toBe(
      "Velkova and Orrin Strengthen River Ties",
    );
    expect(
      title("https://news.example/world/velkova-and-orrin-strengthen-river-ties/3YKKTQIDERAOFFKY2QRN2"),
    ).toBe("Velkova and Orrin Strengthen River Ties");
    expect(title("https://news.example/velkova-and-orrin-strengthen-river-ties/246759.vnp")).toBe(
      "Velkova and Orrin Strengthen River Ties",
    );
    // A number deep inside the title's words is one of them; the pronoun alone is "I"; a title by its
    // letters is kept at the end, in capitals.
    expect(title("https://news.example/nz/velkova-calls-for-fairness-on-501-river-deportations")).toBe(
      "Velkova Calls for Fairness on 501 River Deportations",
    );
    expect(title("https://news.example/world/i-agree-with-your-work-on-the-river")).toBe(
      "I Agree with Your Work on the River",
    );
    expect(title("https://news.example/world/orrin-says-ties-very-aligned-as-he-meets-norland-pm")).toBe(
      "Orrin Says Ties Very Aligned as He Meets Norland PM",
    );
    expect(title("https://news.example/world/norland-sudria-pms-agree-to-join-hands-on-the-river")).toBe(
      "Norland-Sudria PMs Agree to Join Hands on the River",
    );
    // A time stamp run onto the last word; the kind of page after the title's words.
    expect(
      title(
        "https://news.example/world/asia/velkova-meets-orrin-on-river-accord-norland-pm-velkova20310320142642/",
      ),
    ).toBe("Velkova Meets Orrin on River Accord Norland PM Velkova");
    expect(
      title("https://news.example/world/velkova-holds-talks-with-orrin-at-river-house-articleshow.html"),
    ).toBe("Velkova Holds Talks with Orrin at River House");
    // An amount's short unit after its number; a mobile copy's word with an id after the title's part.
    expect(
      title(
        "https://news.example/world/norland-extends-250-mn-line-of-credit-to-sudria-101701786077638.html",
      ),
    ).toBe("Norland Extends 250 Mn Line of Credit to Sudria");
    expect(
      title("https://news.example/world/velkova-meets-orrin-on-river-accord/amp-11694277609008.html"),
    ).toBe("Velkova Meets Orrin on River Accord");
  });

  it("takes a caption with its credit after a slash for no headline and no new story", () => {
    const articles = segment(
      [
        "Norland hosts Sudrian premier Orrin for river talks",
        "",
        "The three-day visit will include a council meeting and agreement signings.",
        "",
        "Sudrian premier Orrin arrives in Lindby for talks with Norland officials. / Harbour Agency",
        "January 6, 2031",
        "",
        PAGE,
      ].join("\n"),
    );
    expect(articles.map((a) => a.title)).toEqual(["Norland hosts Sudrian premier Orrin for river talks"]);
  });

  it("takes a photo's caption ending in its copyright after a dash for no headline", () => {
    const [article] = segment(
      ["Velkova (C-L) was received by Orrin (C-R) in Lindby - Copyright AFP Ana MARIN", "", PAGE].join("\n"),
      "https://news.example/world/velkova-orrin-sign-river-partnership/article",
    );
    expect(article?.title).toBe("Velkova Orrin Sign River Partnership");
  });

  it("drops a mark of three letters or fewer the page never prints, and writes a compound as the page does", () => {
    expect(
      segment(PAGE, "https://news.example/news/velkova-orrin-strengthen-norland-sudria-ties-ld")[0]?.title,
    ).toBe("Velkova Orrin Strengthen Norland-Sudria Ties");
    expect(
      segment(PAGE, "https://news.example/news/velkova-orrin-sign-historic-river-treaty-c-15765297")[0]
        ?.title,
    ).toBe("Velkova Orrin Sign Historic River Treaty");
    // An editor's initials after the title; a compound the page prints in small letters.
    expect(
      segment(
        `${PAGE}\n\nPatients may apply for an e-visa.`,
        "https://news.example/news/velkova-orrin-agree-on-medical-e-visa-for-patients-ajr",
      )[0]?.title,
    ).toBe("Velkova Orrin Agree on Medical e-visa for Patients");
    // A letter the page prints stays, written as an initial ("Plan B.").
    expect(
      segment(
        `${PAGE}\n\nThe ministers called the accord their Plan B.`,
        "https://news.example/news/velkova-orrin-sign-historic-river-plan-b",
      )[0]?.title,
    ).toBe("Velkova Orrin Sign Historic River Plan B.");
  });
});

describe("a date and a byline sharing their lines", () => {
  it("reads a date in brackets before a 'By' whose name is on the next line", () => {
    const [article] = segment(
      [
        "Velkova meets Orrin in Port Halden",
        "[June 3, 2031] By",
        "HANA KOVAR",
        `LINDBY (AP) — ${PARAGRAPH}`,
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.publishedText).toBe("June 3, 2031");
    expect(article?.publishedPrecision).toBe("DAY");
    expect(article?.bylines.map((b) => b.name)).toEqual(["HANA KOVAR"]);
  });

  it("parts a desk's or a writer's name from the date beside it on one line, but not a headline from a date", () => {
    const read = (line: string) =>
      segment(["Velkova meets Orrin in Port Halden", "", line, "", PARAGRAPH, "", PARAGRAPH].join("\n"))[0];
    const desk = read("Xinhua News Desk June 3, 2031, 21:06:14 IST");
    expect(desk?.publishedText).toBe("June 3, 2031, 21:06:14 IST");
    expect(desk?.bylines).toEqual([{ name: "Xinhua News Desk", isStaff: true, place: null }]);
    const writer = read("Hana Kovar June 3, 2031, 10:02");
    expect(writer?.publishedText).toBe("June 3, 2031, 10:02");
    expect(writer?.bylines.map((b) => b.name)).toEqual(["Hana Kovar"]);
    // (A date in figures, the day first, as the sites of Europe print it, after a name the lexicon does not
    // know.)
    const figures = read("Ilka Zorvanik 03.06.2031 17:44");
    expect(figures?.bylines.map((b) => b.name)).toEqual(["Ilka Zorvanik"]);
    expect(figures?.publishedAt?.toISOString().slice(0, 10)).toBe("2031-06-03");
    // A publisher no list knows, named by a publisher's word, before the date: "NZ Newswire 22/10/2016".
    const wire = read("Halden Newswire 22/06/2031");
    expect(wire?.outletName).toBe("Halden Newswire");
    expect(wire?.publishedAt?.toISOString().slice(0, 10)).toBe("2031-06-22");
    // A word that labels the clock time is no publisher: "June 3, 2031 Hour: 9:07 am".
    const labelled = read("June 3, 2031 Hour: 9:07 am");
    expect(labelled?.outletName).toBeNull();
    expect(labelled?.publishedAt?.toISOString().slice(0, 10)).toBe("2031-06-03");
    // The writer's name after the clock time: "Sunday, 3 June 2031 20:07 Ilka Zorvanik", not a headline.
    const after = read("Sunday, 3 June 2031 20:07 Ilka Zorvanik");
    expect(after?.bylines.map((b) => b.name)).toEqual(["Ilka Zorvanik"]);
    expect(after?.title).toBe("Velkova meets Orrin in Port Halden");
    expect(after?.publishedAt?.toISOString().slice(0, 10)).toBe("2031-06-03");
    // (A place after the clock time is no writer.)
    expect(read("Sunday, 3 June 2031 20:07 New Delhi")?.bylines).toEqual([]);
    // (Nor the clock time's half of the day and its zone: "06/03/2031 07:11 PM EDT".)
    const zoned = read("06/03/2031 07:11 PM EDT");
    expect(zoned?.bylines).toEqual([]);
    expect(zoned?.publishedText).toBe("06/03/2031 07:11 PM EDT");
    // A line of a headline's words before a date is no byline: nothing of it is read as one.
    const headline = read("Velkova meets Orrin June 3, 2031");
    expect(headline?.bylines).toEqual([]);
    expect(headline?.publishedText).toBeNull();
  });

  it("reads a writer's byline under the story", () => {
    const [article] = segment(
      ["Velkova meets Orrin in Port Halden", "", PARAGRAPH, "", PARAGRAPH, "", "By Ilka Zorvanik"].join("\n"),
    );
    expect(article?.bylines.map((b) => b.name)).toEqual(["Ilka Zorvanik"]);
  });

  it("reads a writer's name and the town filed from, after a comma, as the byline, not a publisher", () => {
    const read = (line: string) =>
      segment(["Velkova meets Orrin in Port Halden", "", line, "", PARAGRAPH, "", PARAGRAPH].join("\n"))[0];
    const filed = read("Ilka Zorvanik, Lindby");
    expect(filed?.outletName).toBeNull();
    expect(filed?.bylines).toEqual([{ name: "Ilka Zorvanik", isStaff: false, place: "Lindby" }]);
  });

  it("reads a writer's name before the publication time's label, over an address or right over the story as the byline", () => {
    const read = (line: string) =>
      segment(["Velkova meets Orrin in Port Halden", "", line, "", PARAGRAPH, "", PARAGRAPH].join("\n"))[0];
    const writer = read("Umar Zorvani Published June 3, 2031 | 03:50 PM");
    expect(writer?.bylines.map((b) => b.name)).toEqual(["Umar Zorvani"]);
    expect(writer?.outletName).toBeNull();
    expect(writer?.publishedText).toContain("June 3, 2031");
    // A name alone over an address, or right over the story, is the writer's; a publisher's word keeps a
    // line the publisher's.
    const lines = (...metadata: string[]) =>
      segment(["Velkova meets Orrin in Port Halden", ...metadata, PARAGRAPH, PARAGRAPH].join("\n"))[0];
    expect(
      lines("Published: 3 June 2031, 15:23", "- SARA KOVAR", "- [email protected]")?.bylines.map(
        (b) => b.name,
      ),
    ).toEqual(["SARA KOVAR"]);
    expect(
      lines(
        "",
        "3 June 2031 | 01:50 PM",
        "Velkova meets Orrin at the palace",
        "Rana Zorvani",
        "",
      )?.bylines.map((b) => b.name),
    ).toEqual(["Rana Zorvani"]);
    expect(
      lines("", "3 June 2031 | 01:50 PM", "Velkova meets Orrin at the palace", "Zorvan Times", "")?.bylines,
    ).toEqual([]);
    // A publisher's name before the label stays the publisher.
    const paper = read("Harbour Times Published June 3, 2031");
    expect(paper?.bylines).toEqual([]);
    expect(paper?.outletName).toBe("Harbour Times");
  });
});

describe("a standfirst and its photo's caption over the byline and the date", () => {
  it("starts the story under the byline and the date, and reads both", () => {
    const text = [
      "Velkova meets Orrin, calls for a truce on the river",
      "Minister Hana Velkova criticised upstream dams, but said the talks would go on.",
      "Envoy Tomas Orrin said they disagree over the dams, but would like to keep talking. /Photo: Harbour Wire / Others",
      "By Ana Lindqvist",
      "November 14, 2031",
      "",
      PARAGRAPH,
      "",
      PARAGRAPH,
    ].join("\n");
    const [article] = segment(text);
    expect(article?.bylines.map((b) => b.name)).toEqual(["Ana Lindqvist"]);
    expect(article?.publishedText).toBe("November 14, 2031");
    // The story starts at its first paragraph: the standfirst and the caption are no part of it.
    expect(text.slice(article?.start, article?.end).startsWith(PARAGRAPH)).toBe(true);
  });

  it("starts the story under a byline, a date and the photo's caption lines, with the headline under the site's menus", () => {
    const text = [
      "The Harbour Post - Norland News World News Health Business Opinion Archeology",
      "River Towns Science Real Estate Deals Podcast Premium",
      "Harbour Post World",
      "",
      "Norland buys Sudrian barges during Velkova's visit",
      "",
      "Velkova arrived in the river city of Lindby on Monday for the first stop of a tour.",
      "",
      "By HARBOUR WIRE",
      "Published: JULY 18, 2031 15:29",
      "Velkova meets Orrin in Lindby, Norland, July 17, 2031 (photo credit: LINDBY PRESS AGENCY/HANDOUT)",
      "Velkova meets Orrin in Lindby, Norland, July 17, 2031",
      "(photo credit: LINDBY PRESS AGENCY/HANDOUT)",
      "",
      PARAGRAPH,
      "",
      PARAGRAPH,
    ].join("\n");
    const [article] = segment(text);
    expect(article?.title).toBe("Norland buys Sudrian barges during Velkova's visit");
    expect(article?.publishedText).toBe("JULY 18, 2031 15:29");
    expect(text.slice(article?.start, article?.end).startsWith(PARAGRAPH)).toBe(true);
  });

  it("reads a tabloid's long first line as the headline where the address spells it, past its bullet standfirst", () => {
    const headline =
      "Velkova hails Norland and Sudria as 'river partners' as she pledges closer ties during a dinner of smoked eel and rye bread with the envoy in Port Halden (and wins favour by wearing the scarf of Orrin's favourite football club)";
    const text = [
      headline,
      "",
      "  • Velkova joins the envoy for dinner ahead of the summit",
      "",
      PARAGRAPH,
      "",
      PARAGRAPH,
    ].join("\n");
    const [article] = segment(
      text,
      "https://www.tabloid.example/news/article-1234567/Velkova-lands-Port-Halden-river-summit-dinner.html",
    );
    expect(article?.title).toBe(headline);
    expect(text.slice(article?.start, article?.end).startsWith(PARAGRAPH)).toBe(true);
    // A first paragraph of that length is no headline: it ends on its stop.
    const [plain] = segment(
      [`${headline}.`, "", PARAGRAPH].join("\n"),
      "https://www.tabloid.example/news/article-1234567/Velkova-lands-Port-Halden-river-summit-dinner.html",
    );
    expect(plain?.title).not.toBe(`${headline}.`);
  });

  it("reads a byline with its date run onto the last name, and an outlet's label before the story as its credit", () => {
    const text = [
      "Norland, Sudria to strengthen river cooperation, barge technology, competition policies",
      "by Mara Antelo28 February 2031",
      "",
      `DW:  ${PARAGRAPH}`,
      "",
      PARAGRAPH,
    ].join("\n");
    const [article] = segment(text);
    expect(article?.bylines.map((b) => b.name)).toEqual(["Mara Antelo"]);
    expect(article?.publishedText).toBe("28 February 2031");
    // "DW:" credits Deutsche Welle; it is no speaker's turn.
    expect(article?.genre).toBe("REPORT");
  });
});

describe("a headline among a site's motto, a picture and a date line", () => {
  it("takes no date and time alone for a headline, and a picture's title and caption between the standfirst and the byline for no part of the story", () => {
    const [article] = segment(
      [
        "Skip to main content",
        "Velkova and Orrin seal limited river deal",
        "“We simply can’t solve a challenge like this by acting alone,” the foreign minister says — as the envoy says the old treaty sold Norlanders “a lie.”",
        "Sudrian envoy visits Norland",
        "Foreign Minister Hana Velkova and Sudrian envoy Tomas Orrin unveiled a river pilot programme. | Pool Photo by Ana Krel via NPA",
        "July 10, 2031 6:57 pm CET",
        "By Mara Antelo and Ivo Sand",
        `PORT HALDEN, Norland — ${PARAGRAPH}`,
        PARAGRAPH,
      ].join("\n\n"),
      "https://news.example/article/velkova-orrin-norland-sudria-deal-river-illegal/",
    );
    expect(article?.title).toBe("Velkova and Orrin seal limited river deal");
    expect(article?.bylines.map((b) => b.name)).toEqual(["Mara Antelo", "Ivo Sand"]);
    expect(article?.publishedAt?.toISOString()).toBe("2031-07-10T16:57:00.000Z");
  });

  it("takes the line above the story that spells the address's words over a motto that spells none", () => {
    for (const [motto, headline, url] of [
      [
        "Most Widely Read Newspaper",
        "VIDEO: Norland's Velkova welcomes Orrin in Port Halden for river talks",
        "https://news.example/video-norlands-velkova-welcomes-orrin-in-port-halden-for-river-talks/",
      ],
      [
        "We need your support. Know More",
        "Norland, Sudria Discuss Joint Shipbuilding and River Security During Orrin’s Visit",
        "https://news.example/article/diplomacy/orrin-norland-sudria-shipbuilding-river-security/amp",
      ],
    ] as const) {
      const [article] = segment(
        [motto, headline, "3rd December 2031", "By Deborah Sanu", PARAGRAPH, PARAGRAPH].join("\n\n"),
        url,
      );
      expect(article?.title, url).toBe(headline);
    }
    // (A kicker over the headline, which the address does not spell, is no motto: the page's layout stands.)
    const [kicked] = segment(
      [
        "A handshake at last on the water",
        "Velkova and Orrin meet in Port Halden for first river talks since the war",
        "May 7, 2031",
        "By Mara Antelo",
        PARAGRAPH,
      ].join("\n\n"),
      "https://news.example/world/velkova-orrin-meet-port-halden-river-talks/",
    );
    expect(kicked?.title).toBe("A handshake at last on the water");
  });
});

describe("a standfirst without its full stop over a picture's few words", () => {
  it("leaves the headline the first line", () => {
    const [article] = segment(
      [
        "Brandt, Velkova hold talks in Port Halden",
        "",
        "The two leaders pledged to push forward a new type of relations between the two economies",
        "",
        "Ivo Brandt with Hana Velkova",
        "Lakeside Wire Port Halden",
        "Last Updated : Nov 12 2030 | 10:07 AM IST",
        "President Ivo Brandt today held formal talks with his Sudrian counterpart Hana Velkova.",
        "",
        "Brandt said the talks were good.",
      ].join("\n"),
    );
    expect(article?.title).toBe("Brandt, Velkova hold talks in Port Halden");
    expect(article?.publishedAt?.toISOString().slice(0, 10)).toBe("2030-11-12");
  });
});

describe("a town and a wire's name on a line over the story", () => {
  it("takes the wire for the outlet and the town for none", () => {
    for (const page of [
      ["Geneva - TASS", PARAGRAPH, PARAGRAPH],
      ["Velkova and Orrin sign river pact", "Geneva - TASS", PARAGRAPH, PARAGRAPH],
    ]) {
      const [article] = segment(page.join("\n\n"));
      expect(article?.outletName).toBe("TASS");
      expect(article?.title).not.toMatch(/Geneva/u);
    }
  });
});

describe("a dateline closed by a full stop after its date", () => {
  it("is the dateline, not the story's headline", () => {
    const [article] = segment(`LINDBY, Norland, September 25. ${PARAGRAPH}\n\n${PARAGRAPH}`);
    expect(article?.dateline).toBe("LINDBY, Norland, September 25");
    expect(article?.title).toMatch(/^Foreign Minister Hana Velkova met/u);
  });
});

describe("a section named by its reach beside the capture's date", () => {
  it("is no outlet", () => {
    for (const section of ["National", "International"]) {
      const [article] = segment(
        `date 2031-02-14 ${section}\n\nVelkova holds talks with Sudrian envoy Orrin\n\n${PARAGRAPH}\n\n${PARAGRAPH}`,
      );
      expect(article?.title).toBe("Velkova holds talks with Sudrian envoy Orrin");
      expect(article?.outletName).not.toBe(section);
    }
  });
});

describe("a dateline with the town's country in square brackets", () => {
  it("is the dateline, with its agency or without, not the story's headline", () => {
    for (const first of ["Lindby [Norland], May 3 (ANI): ", "Port Halden DC [Sudria], June 23 : "]) {
      const [article] = segment(`${first}${PARAGRAPH}\n\n${PARAGRAPH}`);
      expect(article?.dateline).toBe(first.replace(/\s*(?:\([^)]*\))?\s*:\s*$/u, ""));
      expect(article?.title).toMatch(/^Foreign Minister Hana Velkova met/u);
    }
  });
});

describe("words said in the sentence a dateline opens", () => {
  it("start after the dateline, its agency and its dash", () => {
    const page = [
      "Norland envoy meets Sudrian minister",
      "LINDBY (Reuters) - Norland and Sudria will resume river talks next month, the Norland foreign ministry said on Monday.",
      "The talks were useful, Foreign Minister Hana Velkova said.",
    ].join("\n\n");
    const [article] = segment(page);
    if (!article) throw new Error("no article");
    const body = page.slice(article.start, article.end);
    const { vocabulary } = reference();
    const said = extractCandidates(body, [], vocabulary, null, article.title, article.dateline).filter(
      (c) => c.kind === "STATEMENT",
    );
    expect(said.map((c) => c.span.exact)).toContain("Norland and Sudria will resume river talks next month");
  });

  it("start after a town in title case and its agency between slashes", () => {
    const page = [
      "Norland envoy meets Sudrian minister",
      "Lindby /MONTSAME/ Norland and Sudria will resume river talks next month, the Norland foreign ministry said on Monday.",
      "The talks were useful, Foreign Minister Hana Velkova said.",
    ].join("\n\n");
    const [article] = segment(page);
    if (!article) throw new Error("no article");
    expect(article.dateline).toBe("Lindby");
    const body = page.slice(article.start, article.end);
    const said = extractCandidates(body, [], reference().vocabulary, null, article.title, article.dateline);
    expect(said.filter((c) => c.kind === "STATEMENT").map((c) => c.span.exact)).toContain(
      "Norland and Sudria will resume river talks next month",
    );
  });
});

describe("an agency named by a dateline's form, and names that are no publisher", () => {
  const story = (lines: string[]) => segment(lines.join("\n"))[0];
  const lead = (first: string) =>
    story(["Velkova and Orrin affirm future-oriented ties", "", `${first}${PARAGRAPH}`, "", PARAGRAPH]);
  /** A story of two paragraphs under a headline, with the lines given below it. */
  const footed = (...lines: string[]) =>
    story(["Velkova and Orrin meet", "", PARAGRAPH, "", PARAGRAPH, "", ...lines]);

  it("credits the agency after a town in capitals and its stop, or after a town's comma in brackets", () => {
    const stopped = lead("LINDBY. HARBOURPRESS – ");
    expect([stopped?.outletName, stopped?.dateline]).toEqual(["HARBOURPRESS", "LINDBY"]);
    const bracketed = lead("Lindby, (New Harbour Press) – ");
    expect([bracketed?.outletName, bracketed?.dateline]).toEqual(["New Harbour Press", "Lindby"]);
  });

  it("takes the site and its writer from the story's last line ('Harbour-pratidin English/Dana Kerrow Holm')", () => {
    const article = footed("Harbour-pratidin English/Dana Kerrow Holm");
    expect(article?.outletName).toBe("Harbour-pratidin English");
    expect(article?.bylines.map((byline) => byline.name)).toEqual(["Dana Kerrow Holm"]);
  });

  it("takes no share counter, nor a town the story places things in, for the outlet", () => {
    expect(story(["Shares", "", PARAGRAPH, "", PARAGRAPH])?.outletName).toBeNull();
    expect(story(["Left Menu", "", PARAGRAPH, "", PARAGRAPH])?.outletName).toBeNull();
    const town = story([
      "Velkova and Orrin affirm future-oriented ties",
      "",
      "June 19, 2031 06:34 am | Updated 06:34 am IST - Lindby",
      "",
      PARAGRAPH,
      "",
      "The talks were held in Lindby on Monday.",
    ]);
    expect(town?.outletName).toBeNull();
  });

  it("takes no photo caption naming a post and a person, nor an image's placeholder, for the outlet", () => {
    const captioned = story([
      "Velkova meets Orrin",
      "",
      "Sudrian President Tomas Orrin",
      "",
      "Sudrian President Tomas Orrin",
      "",
      PARAGRAPH,
      "",
      PARAGRAPH,
    ]);
    expect(captioned?.outletName).toBeNull();
    expect(captioned?.title).toBe("Velkova meets Orrin");
    expect(
      story(["Velkova and Orrin meet", "", "No Image", "minus", "plus", "", PARAGRAPH])?.outletName,
    ).toBeNull();
  });

  it("takes no caption in a script the story does not use for the headline, and no counter run onto a byline", () => {
    const article = story([
      "August 1, 2031",
      "",
      "Velkova and Orrin meet in Lindby (video)",
      "",
      "By Dana Kerrow029",
      "Άφιξη και επίσημη τελετή υποδοχής",
      "",
      PARAGRAPH,
      "",
      PARAGRAPH,
    ]);
    expect(article?.title).toBe("Velkova and Orrin meet in Lindby (video)");
    expect(article?.bylines.map((byline) => byline.name)).toEqual(["Dana Kerrow"]);
  });

  it("reads a dated dateline under a caption and the headline printed again, with an agency no list knows", () => {
    const article = story([
      "Prime Ministers Of Norland And Sudria Hail Talks A Success",
      "",
      "Sudrian Prime Minister, Dr. Tomas Orrin, right, met with Norland’s Prime Minister, Hana Velkova, earlier this year.",
      "",
      "Prime Ministers Of Norland And Sudria Hail Talks A Success",
      "",
      `LINDBY, Norland, July 21, 2031 (HBC) – ${PARAGRAPH}`,
      "",
      PARAGRAPH,
    ]);
    expect([article?.outletName, article?.publishedText, article?.dateline]).toEqual([
      "HBC",
      "July 21, 2031",
      "LINDBY, Norland, July 21, 2031",
    ]);
  });

  it("takes the agency and the day it filed from the story's last line ('MAP 21 October 2020')", () => {
    const article = footed("HPA 21 October 2031");
    expect([article?.outletName, article?.publishedText]).toEqual(["HPA", "21 October 2031"]);
    // (Or the source and the date under their labels, each a line of its own: "Source UATV", "date 16.10.2019".)
    const labelled = footed("Source HPTV", "date 16.10.2031");
    expect([labelled?.outletName, labelled?.publishedText]).toEqual(["HPTV", "16.10.2031"]);
    // (Prose after a source's label is no name.)
    expect(
      story(["Velkova and Orrin meet", "", PARAGRAPH, "", "From Lindby, the delegation flew on to Tarnby."])
        ?.outletName,
    ).toBeNull();
    // (Nor a body the story's facts came from: "Source: Ministry of Foreign Affairs".)
    expect(footed("Source: Ministry of Foreign Affairs")?.outletName).toBeNull();
    // (A date under its label, or a date alone, names no agency.)
    for (const line of ["Updated 21 October 2031", "Published: 21 October 2031", "Wednesday 21 October 2031"])
      expect(footed(line)?.outletName).toBeNull();
  });

  it("dates the story by its dateline's day and year written without a comma ('KINGSTON, Jamaica, Jul 19 2016 –')", () => {
    const article = lead("LINDBY, Norland, Jul 19 2031 – ");
    expect([article?.dateline, article?.publishedText]).toEqual([
      "LINDBY, Norland, Jul 19 2031",
      "Jul 19 2031",
    ]);
  });

  it("credits the agency in capitals after a dateline's day, before its stop ('YEREVAN, MAY 12, ARMENPRESS.')", () => {
    const article = lead("LINDBY, MAY 12, HARBOURPRESS. ");
    expect([article?.outletName, article?.dateline]).toEqual(["HARBOURPRESS", "LINDBY, MAY 12"]);
  });

  it("credits an agency's letters before a dateline's place, or after its comma ('AKP Phnom Penh, August 22, 2018 —', 'Jakarta, NNC -')", () => {
    const [above] = segment(
      [
        "Norland, Sudria reiterate strong bilateral cooperation",
        "",
        "HPA Lindby, August 22, 2031 —",
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect([above?.outletName, above?.dateline]).toEqual(["HPA", "Lindby, August 22, 2031"]);
    expect(above?.publishedAt?.toISOString().slice(0, 10)).toBe("2031-08-22");
    const article = lead("Lindby, HPA - ");
    expect([article?.outletName, article?.dateline]).toEqual(["HPA", "Lindby"]);
    // (Letters that name a country are the place's.)
    expect(lead("Lindby, USA - ")?.outletName).not.toBe("USA");
  });

  it("credits the site whose address a dateline's bracket gives ('Caracas (OrinocoTribune.com)—')", () => {
    const article = lead("Lindby (HarbourTribune.com)—");
    expect([article?.outletName, article?.dateline]).toEqual(["HarbourTribune.com", "Lindby"]);
  });

  it("takes a kicker in capitals before its colon for no speaker's turn ('DOWNING STREET TALKS:TAOISEACH …')", () => {
    const [article] = segment(
      [
        "Velkova and Orrin to meet in Lindby tomorrow",
        "",
        "HARBOUR STREET TALKS: PREMIER Hana Velkova will meet President Tomas Orrin in Lindby tomorrow, Minister…",
        "",
        "HARBOUR STREET TALKS:PREMIER Hana Velkova will meet President Tomas Orrin in Lindby tomorrow, the ministry announced last night.",
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.genre).toBe("REPORT");
  });

  it("reads a print view: its header and trail are no headline, its link marks no part of it, its dates no paragraph", () => {
    const page = [
      "Harbour Post",
      "Published on Harbour Post (https://harbour-post.test)",
      "",
      "Home > Velkova receives warm welcome from King Orrin",
      "",
      "Velkova receives warm welcome from King Orrin [1]",
      "",
      "Thursday, August 18, 2031 - 21:59.  Updated on Thursday, August 18, 2031 - 22:12.",
      "",
      "By Dana Kerrow",
      "",
      PARAGRAPH,
      "",
      PARAGRAPH,
    ].join("\n");
    const [article] = segment(page);
    expect(article?.title).toBe("Velkova receives warm welcome from King Orrin");
    expect(article?.bylines.map((byline) => byline.name)).toEqual(["Dana Kerrow"]);
    expect(page.slice(article?.start, article?.end).startsWith(PARAGRAPH)).toBe(true);
  });

  it("leaves a syndication notice out of the story and takes the publisher it names", () => {
    const [article] = segment(
      [
        "Velkova and Orrin meet",
        "",
        "This news article is a production distributed through Harbour News Service. It is made freely available to your media and we encourage publishing and redistribution, giving credit to Harbour News Service (HNS).",
        "",
        `LINDBY, Norland, Jul 19 2031 – ${PARAGRAPH}`,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect([article?.outletName, article?.publishedText]).toEqual(["Harbour News Service", "Jul 19 2031"]);
  });

  it("leaves a feed's footer out of the story and takes the publisher it names ('The post … appeared first on …')", () => {
    const text = [
      "Velkova and Orrin meet",
      "",
      PARAGRAPH,
      "",
      PARAGRAPH,
      "The post Velkova Meets Sudrian Counterpart appeared first on The Harbour Independent.",
    ].join("\n");
    const [article] = segment(text, "https://mirror.example/velkova-meets-sudrian-counterpart/");
    expect(article?.outletName).toBe("The Harbour Independent");
    expect(text.slice(article?.start, article?.end)).not.toContain("appeared first");
  });

  it("takes the publisher that asks readers to follow it on a network ('Follow ERR News on Facebook …')", () => {
    const article = footed("Follow Harbour News on Facebook and Twitter and never miss an update!");
    expect(article?.outletName).toBe("Harbour News");
    const page = [
      "Velkova and Orrin meet",
      "",
      PARAGRAPH,
      "",
      PARAGRAPH,
      "",
      "Follow Harbour News on Facebook!",
    ].join("\n");
    const [first] = segment(page);
    expect(page.slice(first?.start, first?.end)).not.toContain("Follow");
    // (Not "us", nor a line that asks to follow no network.)
    expect(footed("Follow us on Facebook and Twitter!")?.outletName).toBeNull();
    expect(footed("Follow Harbour News for more.")?.outletName).toBeNull();
  });
});

describe("a link to elsewhere on the site above the headline", () => {
  it("is furniture, never the headline ('Go to home page', 'Skip to main content')", () => {
    for (const link of ["Go to home page", "Skip to main content"]) {
      const [article] = segment(
        `${link}\n\nBrandt Meets with Orrin in Lindby\n\nLINDBY, May 11 -- Foreign Minister Ivo Brandt met President Tomas Orrin in Lindby on Thursday. The two discussed the river and trade, officials said.\n`,
      );
      expect(article?.title, link).toBe("Brandt Meets with Orrin in Lindby");
    }
  });
});

describe("a writer's line that says where they filed from", () => {
  it("is a byline with its place, not the headline ('Ana Lindqvist in Port Halden, Sweden')", () => {
    const [article] = segment(
      [" date 2031-05-25 Ana Lindqvist in Port Halden, Sweden", "", PARAGRAPH, "", PARAGRAPH].join("\n"),
      "https://news.example/velkova-orrin-meet/",
    );
    expect(article?.bylines).toEqual([
      { name: "Ana Lindqvist", isStaff: false, place: "Port Halden, Sweden" },
    ]);
    expect(article?.title).not.toContain("Lindqvist");
    // (A headline that names a person somewhere, with no country after the place, stays the headline.)
    const [headline] = segment(["Velkova in Port Halden", "", PARAGRAPH, "", PARAGRAPH].join("\n"));
    expect(headline?.title).toBe("Velkova in Port Halden");
  });
});

describe("a dateline whose dash runs onto the story's first word", () => {
  it("is the dateline ('LINDBY—Norland and Sudria have agreed …'), not part of the first sentence", () => {
    const [article] = segment(
      [
        "LINDBY—Norland and Sudria have agreed to bolster cooperation on the river with the Delta states.",
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.dateline).toBe("LINDBY");
    expect(article?.title.startsWith("Norland and Sudria have agreed")).toBe(true);
  });
});

describe("a page's furniture above the headline and a writer's handles", () => {
  it("takes the headline under breadcrumbs that a label opens, run together or not", () => {
    const [article] = segment(
      [
        "You are here: HomeNews2031 05 07Article 18572",
        "General News of Wednesday, 7 May 2031",
        "Velkova and Orrin hold river talks",
        `PORT HALDEN, May 6 -- ${PARAGRAPH}`,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(article?.title).toBe("Velkova and Orrin hold river talks");
  });

  it("takes the headline under a site's motto that lists the fields it covers", () => {
    const [article] = segment(
      [
        "Politics, Business & Culture in the Northlands",
        "Norland, Sudrian Foreign Ministers Agree to Work Jointly on River Issues",
        "Reading Time: < 1 minute",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(article?.title).toBe("Norland, Sudrian Foreign Ministers Agree to Work Jointly on River Issues");
  });

  it("reads a city and its full stop that open the story as its dateline, not its headline", () => {
    const [article] = segment(
      ["By Mara Antelo @maraantelo mantelo@news.example", "", `Nairobi. ${PARAGRAPH}`, "", PARAGRAPH].join(
        "\n",
      ),
    );
    expect(article?.dateline).toBe("Nairobi");
    expect(article?.title.startsWith("Foreign Minister Hana Velkova met")).toBe(true);
    // (The writer's handle and address are no part of the name.)
    expect(article?.bylines.map((b) => b.name)).toEqual(["Mara Antelo"]);
  });

  it("leaves a sentence that opens with a word that is no city as it is", () => {
    const [article] = segment(
      ["Abroad. Velkova and Orrin meet again.", "", PARAGRAPH, "", PARAGRAPH].join("\n"),
    );
    expect(article?.dateline ?? null).toBeNull();
  });
});

describe("an old-browser notice over the headline, and a logo's label run onto the credit line", () => {
  it("takes the headline under the notice and the date from 'Lindby Newswire logoLindby Newswire 22/10/2031'", () => {
    const [article] = segment(
      [
        "You are using an older browser version. Please use a supported version for the best experience.",
        "Norland, Sudria looking forward: PMs",
        "Lindby Newswire logoLindby Newswire 22/10/2031",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(article?.title).toBe("Norland, Sudria looking forward: PMs");
    expect(article?.publishedAt?.toISOString().slice(0, 10)).toBe("2031-10-22");
  });
});

describe("an archive's notice under the headline", () => {
  it("keeps 'Please note that the article is more than five years old …' out of the body", () => {
    const page = [
      "Norland, Sudria looking forward: PMs",
      "Please note that the article is more than five years old and belongs to our archive. We do not update the content of the archives, so it may be necessary to consult newer sources.",
      PARAGRAPH,
      PARAGRAPH,
    ].join("\n\n");
    const [article] = segment(page);
    expect(article?.title).toBe("Norland, Sudria looking forward: PMs");
    expect(page.slice(article?.start ?? 0, article?.end ?? 0)).not.toContain("Please note");
  });
});

describe("a headline's participle before 'By', and a breadcrumb run onto the headline above it", () => {
  it("takes no byline from 'Joint Press Conference Hosted By PM Lind and …'", () => {
    const [article] = segment(
      [
        "Joint Press Conference Hosted By PM Lind and Prime Minister of Sudria, Tomas Orrin",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.title).toBe(
      "Joint Press Conference Hosted By PM Lind and Prime Minister of Sudria, Tomas Orrin",
    );
    expect(article?.bylines).toEqual([]);
  });

  it("takes the headline from the line under 'News Sudria Norland Stands by Sudria …' that repeats its end", () => {
    const [article] = segment(
      [
        "Norland News Sudria Norland Stands by Sudria in Defence of its Rights, PM Velkova Says",
        "",
        "Norland Stands by Sudria in Defence of its Rights, PM Velkova Says",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.title).toBe("Norland Stands by Sudria in Defence of its Rights, PM Velkova Says");
  });
});

describe("a dateline's day without its year on an address filed by year and month", () => {
  const COURTESY_CALL =
    "President Hana Velkova Thursday held talks with Sudrian President Tomas Orrin who paid her a courtesy call at State House, Nairobi.";
  it("takes the year from /news/2020/03/ for 'NAIROBI, Kenya, Mar 12 –'", () => {
    const [article] = segment(
      ["Velkova holds talks with Orrin", "", `NAIROBI, Kenya, Mar 12 – ${COURTESY_CALL}`, "", PARAGRAPH].join(
        "\n",
      ),
      "https://news.example.org/news/2020/03/velkova-holds-talks-with-orrin/",
    );
    expect(article?.publishedAt?.toISOString().slice(0, 10)).toBe("2020-03-12");
  });

  it("leaves the year open where the address files it under another month", () => {
    const [article] = segment(
      ["Velkova holds talks with Orrin", "", `NAIROBI, Kenya, Mar 12 – ${COURTESY_CALL}`, "", PARAGRAPH].join(
        "\n",
      ),
      "https://news.example.org/news/2020/07/velkova-holds-talks-with-orrin/",
    );
    expect(article?.publishedAt?.toISOString().slice(0, 10)).not.toBe("2020-03-12");
  });
});

describe("a story's tags and a site's motto with its date bar over the headline", () => {
  it("takes neither 'Norland, EU – Sudria, Ostland, Legislation' nor the motto ending 'Friday, 29.03.2031, 12:26' for the headline", () => {
    const [article] = segment(
      [
        "Norland, EU – Sudria, Ostland, Legislation",
        "International Internet Magazine. Harbour States news & analytics Friday, 29.03.2031, 12:26",
        "Norlandic and Sudrian foreign ministries want to continue cooperation in various aspects",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n\n"),
    );
    expect(article?.title).toBe(
      "Norlandic and Sudrian foreign ministries want to continue cooperation in various aspects",
    );
  });
});

describe("a language chooser among the skip links, and a count of comments after the headline", () => {
  it("takes neither '6. Choose from 30 Languages' nor the count for the headline's", () => {
    const [numbered] = segment(
      [
        "1. Content",
        "  2. Navigation",
        "  6. Choose from 30 Languages",
        "",
        "Harbour nostalgia as Foreign Minister Velkova meets Orrin",
        PARAGRAPH,
        PARAGRAPH,
      ].join("\n"),
      "https://news.example/en/harbour-nostalgia-as-foreign-minister-velkova-meets-orrin/a-16630380",
    );
    expect(numbered?.title).toBe("Harbour nostalgia as Foreign Minister Velkova meets Orrin");
    const [counted] = segment(
      ["Velkova meets Sudrian Vice Minister of Foreign Affairs 0", PARAGRAPH, PARAGRAPH].join("\n\n"),
      "https://news.example/velkova-meets-sudrian-vice-minister-of-foreign-affairs/",
    );
    expect(counted?.title).toBe("Velkova meets Sudrian Vice Minister of Foreign Affairs");
  });

  it("ends the story above a heading over other stories' teasers ('more recommended stories')", () => {
    const text = [
      "Envoys say river talks worthwhile",
      PARAGRAPH,
      PARAGRAPH,
      "more recommended stories",
      "-",
      "Lindby MP Karl Brandtsen Urges Electoral Commission to Prevent Election Delays",
      "In a press conference, Lindby Member.",
    ].join("\n");
    const [article] = segment(text);
    const body = text.slice(article?.start, article?.end);
    expect(body).toContain("Both sides said");
    expect(body).not.toContain("Brandtsen");
  });

  it("takes a notice asking the reader to agree to a privacy policy for furniture, no headline", () => {
    const text = [
      "To activate the text-to-speech service, please first agree to the privacy policy below",
      "",
      "Taipei, Nov. 30 (CNA) Foreign Minister Ada Lind and her Sudrian counterpart Tomas Orrin on Friday signed an agreement that allows mutual visa-exempt entry, according to the ministry.",
      "",
      PARAGRAPH,
    ].join("\n");
    const [article] = segment(text);
    expect(article?.title).not.toContain("privacy policy");
    expect(text.slice(article?.start, article?.end)).not.toContain("privacy policy");
  });

  it("ends the story above such a heading that is also a line of furniture ('Top stories')", () => {
    const text = [
      "PM hails prospects of Norlandic-Sudrian ties",
      "",
      PARAGRAPH,
      "",
      "Two agreements on culture and harmonization of border checkpoints were signed upon the completion of the official meeting.",
      "",
      " Top stories",
      "President of the Norlandic parliament Karl Brandtsen met with the Speaker of the Sudrian assembly Hana Velkova.",
      "Achieving stable peace in the region remains a priority, said Ivo Brandt.",
      "Partner news",
    ].join("\n");
    const [article] = segment(text);
    const body = text.slice(article?.start, article?.end);
    expect(body).toContain("Two agreements on culture");
    expect(body).not.toContain("Brandtsen");
    expect(body).not.toContain("Ivo Brandt");
  });
});

describe("a dialog's question left above the headline", () => {
  it("is furniture, never the headline ('Are you sure?')", () => {
    const [article] = segment(
      [
        "Are you sure?",
        "Norland, Sudria prime ministers agree to meet informally in future",
        "Norland's Prime Minister Ivo Brandt and his Sudrian counterpart Tomas Orrin met on the sidelines of a summit on Monday and agreed to hold similar meetings regularly in the future.",
        "The informal meeting took place before the summit in Lindby.",
      ].join("\n\n"),
    );
    expect(article?.title).toBe("Norland, Sudria prime ministers agree to meet informally in future");
  });
});

describe("a photo's caption above the story", () => {
  it("takes no photo's caption with its photographer and publisher in brackets for the headline ('… on Friday. (Ivo Brandt, Norland News Agency)')", () => {
    const [article] = segment(
      [
        "Sudria's President made an official call on Lind at State House on Friday. (Ivo Brandt, Norland News Agency)",
        "",
        "Norland's President Ada Lind received the President of Sudria, Tomas Orrin, on Friday, who is currently visiting Norland.",
        "",
        "This is the first time that the Sudrian President made an official call on Lind since she took office.",
      ].join("\n"),
    );
    expect(article?.title).not.toContain("Norland News Agency");
  });
});

describe("a headline that ends on a dash", () => {
  it("leaves out the dash the site's name after it had ('Lind Confers with Sudrian Cabinet Secretary –')", () => {
    const [article] = segment(
      [
        "Lind Confers with Sudrian Cabinet Secretary –",
        "",
        "Lindby, November 30, 2022 – Deputy Prime Minister Ada Lind met with the new Sudrian Cabinet Secretary, Tomas Orrin, today in Tarnby.",
        "",
        "During the discussion, Lind expressed appreciation to Sudria.",
      ].join("\n"),
    );
    expect(article?.title).toBe("Lind Confers with Sudrian Cabinet Secretary");
  });
});

describe("a skip link in another language above the headline", () => {
  it("takes 'Click acá para ir directamente al contenido' for no headline", () => {
    const [article] = segment(
      [
        "Click acá para ir directamente al contenido",
        "",
        "Joint Statement on the Official Visit to Norland of the Minister of Foreign Affairs of Sudria",
        "",
        "Foreign Minister Ada Lind received her Sudrian counterpart Tomas Orrin in Lindby on Thursday. Both ministers reviewed the most substantive issues on the bilateral agenda.",
      ].join("\n"),
    );
    expect(article?.title).toBe(
      "Joint Statement on the Official Visit to Norland of the Minister of Foreign Affairs of Sudria",
    );
  });
});

describe("a byline's other forms on the page's first line", () => {
  it("reads 'By: Ada M. Lind, Jr.' as the byline, not the headline, its suffix part of the name", () => {
    const [article] = segment(
      [
        "By: Ada M. Lind, Jr.",
        "Norland and Sudria have reaffirmed their commitment to deepening bilateral cooperation following high-level consultations held in Lindby.",
        "According to a release by the Norland Mission, Foreign Minister Tomas Orrin met Ivo Brandt on January 28 to discuss migration.",
      ].join("\n"),
    );
    expect(article?.bylines.map((b) => b.name)).toEqual(["Ada M. Lind Jr."]);
    expect(article?.title).not.toMatch(/^By/u);
  });

  it("reads 'From: TOMAS ORRIN, Lindby' as the writer and the town the story is filed from", () => {
    const [article] = segment(
      [
        "From: TOMAS ORRIN, Lindby",
        "",
        "The Ministry of Foreign Affairs has explained the details of the recent bilateral talks it had with the Minister of External Relations of Sudria, Mr. Ivo Brandt.",
        "",
        "It said the talks were centered on issues of common interest.",
      ].join("\n"),
    );
    expect(article?.bylines).toEqual([{ name: "TOMAS ORRIN", isStaff: false, place: "Lindby" }]);
    expect(article?.title).not.toMatch(/^From/u);
  });
});
