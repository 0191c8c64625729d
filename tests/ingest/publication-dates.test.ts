/**
 * The publication date a page states, where the capture ran it into other words: a date at the end of a
 * line joined to the words before it ("GenevaMarch 4, 2031"), a date line beside a short label ("Episode
 * 42 – March 6, 2031") in a transcript whose section lines end in a colon, a date in the first words of a
 * page flattened to one line after its document type and office. A date inside a sentence stays the
 * meeting's, never the page's. All pages here are made up.
 */
import { reference, segmentPage } from "@readout/ingest";
import { describe, expect, it } from "vitest";

const segment = (text: string) => {
  const { outlets, vocabulary, page } = reference();
  const known = outlets.map((o) => ({ name: o.name, aliases: o.aliases, country: o.country ?? null }));
  return segmentPage(text, { outlets: known, vocabulary, page, capturedAt: null }).articles;
};

const day = (articles: ReturnType<typeof segment>) =>
  articles.map((a) =>
    a.publishedAt ? `${a.publishedAt.toISOString().slice(0, 10)} ${a.publishedPrecision}` : null,
  );

const PARAGRAPH =
  "Envoys of Norland and Sudria met in Geneva to reopen talks on sharing the river, the first such meeting in three years. Both sides said the talks would go on next month.";

describe("a date run into the words before it", () => {
  const page = (line: string) =>
    [
      "Foreign Minister Ivo Brandt And Sudrian Minister Lea Sand Before The River Commission Meeting",
      "",
      line,
      "",
      `FOREIGN MINISTER BRANDT:  Thank you all for coming. ${PARAGRAPH}`,
      "",
      `MINISTER SAND:  Thank you, Ivo. ${PARAGRAPH}`,
    ].join("\n");

  it("reads the date at the end of a line joined to a place ('SwitzerlandMarch 4, 2031')", () => {
    const [article] = segment(
      page(
        "RemarksIvo Brandt, Foreign Minister of NorlandPalais des NationsGeneva, SwitzerlandMarch 4, 2031",
      ),
    );
    expect(day([article as NonNullable<typeof article>])).toEqual(["2031-03-04 DAY"]);
    expect(article?.publishedText).toBe("March 4, 2031");
    expect(article?.title).toBe(
      "Foreign Minister Ivo Brandt And Sudrian Minister Lea Sand Before The River Commission Meeting",
    );
  });

  it("reads a day-first date joined the same way ('Switzerland4 March 2031')", () => {
    expect(
      day(segment(page("RemarksIvo Brandt, Foreign Minister of NorlandGeneva, Switzerland4 March 2031"))),
    ).toEqual(["2031-03-04 DAY"]);
  });

  it("reads the date after a bar at the end of a standfirst under the headline", () => {
    const articles = segment(
      [
        "New tariffs announced and Brandt and Sand meet",
        "",
        "Follow the latest news from Foreign Minister Ivo Brandt’s government | March 4, 2031",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(day(articles)).toEqual(["2031-03-04 DAY"]);
    expect(articles[0]?.title).toBe("New tariffs announced and Brandt and Sand meet");
  });

  it("takes no date from a line whose date stands apart in running words", () => {
    expect(
      day(segment(page("Remarks by Ivo Brandt on the river talks to be held in Geneva March 4, 2031"))),
    ).toEqual([null]);
  });
});

describe("a date line beside a short label, in a transcript", () => {
  const PAGE = [
    "The Weekly Brief - NORLAND-SUDRIA, GENEVA 2031 | Episode 42 TRANSCRIPT",
    "",
    "The Weekly Brief: Norland – Sudria Geneva 2031",
    "",
    "Episode 42 – March 6, 2031",
    "",
    "Show Open:",
    "",
    "This week on the Weekly Brief",
    "",
    PARAGRAPH,
    "",
    "Now... on the Weekly Brief... Norland-Sudria... Geneva 2031",
    "",
    "The Weekly Brief:",
    "",
    "JANE ROE, Wire Correspondent:",
    "",
    `Welcome to The Weekly Brief. I am Jane Roe reporting from Geneva. ${PARAGRAPH}`,
    "",
    `IVO BRANDT, Foreign Minister of Norland:  ${PARAGRAPH}`,
  ].join("\n");

  it("keeps the page one article dated by its episode line; a line ending in a colon heads no article", () => {
    const articles = segment(PAGE);
    expect(articles).toHaveLength(1);
    expect(day(articles)).toEqual(["2031-03-06 DAY"]);
    expect(articles[0]?.title).toBe("The Weekly Brief - NORLAND-SUDRIA, GENEVA 2031 | Episode 42 TRANSCRIPT");
  });
});

describe("a date in the first words of a page flattened to one line", () => {
  const flat = (lead: string) =>
    `HomeNewsroomPress Releases...Envoy Brandt’s Meeting with Sudrian Minister Sand hide Envoy Brandt’s Meeting with Sudrian Minister Sand ${lead} Envoy Ivo Brandt met with Sudrian Foreign Minister Lea Sand in Geneva today. ${PARAGRAPH} ${PARAGRAPH} Tags Office of the Spokesperson Sudria Norland`;

  it("reads the date after the document type and office", () => {
    const articles = segment(
      flat(
        "Readout Office of the Spokesperson March 4, 2031 The following is attributable to Spokesperson Jane Roe:",
      ),
    );
    expect(day(articles)).toEqual(["2031-03-04 DAY"]);
    expect(articles[0]?.publishedText).toBe("March 4, 2031");
  });

  it("takes no date from a sentence: the meeting's date is not the page's", () => {
    const articles = segment(
      flat(
        "Readout Office of the Spokesperson The two ministers met on March 4, 2031 in Geneva, the spokesperson said.",
      ),
    );
    expect(day(articles)).toEqual([null]);
  });

  it("takes no date after capitalised words that name no document type", () => {
    const articles = segment(flat("Envoy Ivo Brandt Minister Lea Sand March 4, 2031 The talks went on."));
    expect(day(articles)).toEqual([null]);
  });
});

describe("a dated dateline", () => {
  const page = (dateline: string) =>
    [
      "Norland, Sudria Envoys Map Next Steps on the River",
      "",
      "By Ana Lind",
      "Harbour Press Service",
      "",
      `${dateline} – ${PARAGRAPH}`,
      "",
      PARAGRAPH,
    ].join("\n");

  it("states the publication date where no line of the page does", () => {
    expect(day(segment(page("GENEVA, Sept. 10, 2031")))).toEqual(["2031-09-10 DAY"]);
  });

  it("reads the date with its year at the end of the dateline's bracket ('LINDBY (UrduPoint News / Sputnik - 04th March, 2031)')", () => {
    const [article] = segment(page("LINDBY (UrduPoint News / Sputnik - 04th March, 2031)"));
    expect(day([article as NonNullable<typeof article>])).toEqual(["2031-03-04 DAY"]);
  });

  it("reads a date in figures ending the dateline ('LINDBY, 23.07.2031. /NIA “Harbour”/.')", () => {
    const [article] = segment(
      [
        "Norland and Sudria Foreign Ministers discussed the whole range of bilateral issues",
        `LINDBY, 23.07.2031. /NIA “Harbour”/. On July 21, ${PARAGRAPH}`,
        PARAGRAPH,
      ].join("\n"),
    );
    expect(day([article as NonNullable<typeof article>])).toEqual(["2031-07-23 DAY"]);
  });

  it("leaves a dateline without a year unresolved when the capture time is not known", () => {
    expect(day(segment(page("GENEVA, Sept. 10")))).toEqual([null]);
    expect(day(segment(page("GENEVA")))).toEqual([null]);
  });

  it("reads a dateline that gives the date first and the place in brackets ('7th December 2031 – (Geneva)')", () => {
    const [article] = segment(
      [
        "Norland, Sudria Envoys Map Next Steps on the River",
        "",
        "",
        `7th December 2031 – (Geneva) ${PARAGRAPH}`,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(day([article as NonNullable<typeof article>])).toEqual(["2031-12-07 DAY"]);
    expect(article?.dateline).toBe("Geneva, 7 December 2031");
    expect(article?.title).toBe("Norland, Sudria Envoys Map Next Steps on the River");
  });

  it("reads a known publisher in those brackets as the story's agency, not its place ('7 December 2031 – (Xinhua)')", () => {
    const [article] = segment(
      [
        "Norland, Sudria Envoys Map Next Steps on the River",
        "",
        "",
        `7 December 2031 – (Xinhua) ${PARAGRAPH}`,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(day([article as NonNullable<typeof article>])).toEqual(["2031-12-07 DAY"]);
    expect(article?.dateline).toBe("7 December 2031");
    expect(article?.outletName).toBe("Xinhua");
  });
});

describe("a clock time before its day", () => {
  it("reads 'Published Date: 10:31 | 31 October 2031' as that day", () => {
    const [article] = segment(
      [
        "Norland and Sudria envoys agree on a joint statement about the river",
        "",
        "- World",
        "- Published Date: 10:31 | 31 October 2031",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    // (The day: a clock time on a page of no known country is no moment.)
    expect(day([article as NonNullable<typeof article>])).toEqual(["2031-10-31 DAY"]);
  });
});

describe("an update's date above the publication's", () => {
  it("takes the publication's, each label parted from its date by a dash", () => {
    const [article] = segment(
      [
        "Norland extends a credit line to Sudria for its farms",
        "",
        "Updated - December 06, 2031 01:14 am IST",
        "",
        "Published - December 05, 2031 04:04 pm IST - Lindby",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(article?.publishedText).toBe("December 05, 2031 04:04 pm IST");
    expect(article?.publishedAt?.toISOString()).toBe("2031-12-05T10:34:00.000Z");
  });
});

describe("a date alone above the headline", () => {
  const page = (date: string) =>
    [
      date,
      "",
      "Norland and Sudria envoys call river talks ‘very constructive’",
      "",
      "By Ana Lind",
      "",
      PARAGRAPH,
      "",
      PARAGRAPH,
    ].join("\n");

  it("dates the story the page opens with", () => {
    expect(day(segment(page("19 Sep 2031")))).toEqual(["2031-09-19 DAY"]);
  });

  it("takes no date from a bar that names the day of the week (the site's today)", () => {
    expect(day(segment(page("Friday, 19 September 2031")))).toEqual([null]);
  });
});

describe("a clock time without its zone", () => {
  it("states the day on a page of no known country, not a moment guessed as UTC", () => {
    const articles = segment(
      [
        "Norland and Sudria agree to resume river talks in Geneva",
        "",
        "By Ana Lind Posted : March 16, 2031, 18:49",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(day(articles)).toEqual(["2031-03-16 DAY"]);
    const zoned = segment(
      [
        "Norland and Sudria agree to resume river talks in Geneva",
        "",
        "March 16, 2031 18:49 IST",
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(zoned[0]?.publishedPrecision).toBe("MINUTE");
    expect(zoned[0]?.publishedAt?.toISOString()).toBe("2031-03-16T13:19:00.000Z");
  });
});

describe("a site's furniture above the story", () => {
  const page = [
    "Monday, December 23, 2030",
    "",
    "Lakeland Courier",
    "",
    "Plural news and views on Lakeland",
    "",
    "Norland’s Brandt, Sudria’s Sand hold river talks",
    "",
    "Norland's Foreign Minister Ivo Brandt (L) and Sudria's Foreign Minister Lea Sand in Geneva, October 6, 2031 (LNA)",
    "",
    "By Ana Example",
    `October 6, 2031 (GENEVA) – ${PARAGRAPH}`,
    PARAGRAPH,
  ].join("\n");

  it("takes the headline over the site's motto and a photo's caption", () => {
    expect(segment(page)[0]?.title).toBe("Norland’s Brandt, Sudria’s Sand hold river talks");
  });

  it("keeps a weekday's date bar where the dateline under it gives no year", () => {
    const [article] = segment(
      [
        "Wednesday, November 15, 2031",
        "",
        "Brandt, Sand agree to curb river traffic",
        "",
        "By Ana Example",
        "",
        "Key points",
        "",
        `GENEVA, Nov 15 (Lakeside Wire) - ${PARAGRAPH}`,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(day([article as NonNullable<typeof article>])).toEqual(["2031-11-15 DAY"]);
  });

  it("takes the story's dateline over the date bar of the site's today, and its town as the place", () => {
    const [article] = segment(page);
    expect(day([article as NonNullable<typeof article>])).toEqual(["2031-10-06 DAY"]);
    expect(article?.dateline).toBe("GENEVA, October 6, 2031");
  });
});

describe("a dateline without its year", () => {
  it("takes the year from a date the page's address holds in one run of digits, two days apart at most", () => {
    const text = [
      "Norland and Sudria agree to reopen river talks",
      "",
      `GENEVA, May 7 (Lakeside Wire) -- ${PARAGRAPH}`,
      "",
      PARAGRAPH,
    ].join("\n");
    const read = (url: string) => {
      const { outlets, vocabulary, page } = reference();
      const known = outlets.map((o) => ({ name: o.name, aliases: o.aliases, country: o.country ?? null }));
      return day(segmentPage(text, { outlets: known, vocabulary, page, capturedAt: null, url }).articles);
    };
    expect(read("https://news.example/view/AEN20310506002455315")).toEqual(["2031-05-07 DAY"]);
    expect(read("https://news.example/2031-05-07/river-talks")).toEqual(["2031-05-07 DAY"]);
    expect(read("https://news.example/view/AEN20310915002455315")).toEqual([null]);
    expect(read("https://news.example/view/AEN20310504002455315")).toEqual([null]);
    expect(read("news.example/view/AEN20310506002455315")).toEqual(["2031-05-07 DAY"]);
  });
});

describe("a date line whose parts the capture ran together or set apart by slashes and bullets", () => {
  const page = (line: string) =>
    [
      "Norland and Sudria agree to reopen river talks",
      "",
      "By Ana Lind and Ivo Brandt",
      line,
      "",
      PARAGRAPH,
      "",
      PARAGRAPH,
    ].join("\n");
  const moment = (line: string) =>
    segment(page(line)).map((a) => `${a.publishedAt?.toISOString() ?? null} ${a.publishedPrecision}`);

  it("reads the year run into the clock time and the label run onto the zone, not the update's 'ago'", () => {
    expect(moment("March 21, 20319:41 AM UTCUpdated 3 hours ago")).toEqual([
      "2031-03-21T09:41:00.000Z MINUTE",
    ]);
  });

  it("reads a date, clock time and publisher apart by slashes", () => {
    expect(moment("March 20, 2031 / 11:03 AM UTC / Lakeside Wire")).toEqual([
      "2031-03-20T11:03:00.000Z MINUTE",
    ]);
  });

  it("reads a date and clock time apart by a bullet", () => {
    expect(day(segment(page("21 March 2031 • 9:41am")))).toEqual(["2031-03-21 DAY"]);
  });

  it("keeps a venue's line with a bullet and no year in the body, undated", () => {
    const [article] = segment(
      [
        "Remarks by the Foreign Minister in Press Conference",
        "",
        "Palais des Nations  •  Geneva, Switzerland  •  March 4  •  7:20 P.M. CET",
        "",
        `FOREIGN MINISTER BRANDT:  Thank you all for coming. ${PARAGRAPH}`,
      ].join("\n"),
    );
    expect(article?.publishedAt).toBeNull();
  });
});

describe("a byline and date line under the headline", () => {
  const body = [PARAGRAPH, "", PARAGRAPH].join("\n");
  it("reads a date ending in 'a.m.' and names in capitals with their outlet run on", () => {
    const [article] = segment(
      [
        "Norland and Sudria agree to reopen river talks",
        "",
        "by ANA LIND and IVO BRANDT The Associated Press | March 9, 2031 at 4:27 a.m.",
        "",
        body,
      ].join("\n"),
    );
    expect(article?.publishedText).toBe("March 9, 2031 at 4:27 a.m.");
    expect(article?.bylines.map((b) => b.name)).toEqual(["ANA LIND", "IVO BRANDT"]);
    expect(article?.outletName).toBe("Associated Press");
  });
});

describe("the site's today over the story", () => {
  it("reads a bulleted date on the first line as the capture day when the story's dateline gives its own year", () => {
    const [article] = segment(
      [
        "• Friday, 22 November 2031",
        "",
        "Lind, Kovac sign new agreement on Norland-Sudria ties",
        "",
        "Lind, Kovac sign new agreement on Norland-Sudria ties",
        "",
        `Geneva, 19 June 2031 (dpa/MIA) - ${PARAGRAPH}`,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(day([article as NonNullable<typeof article>])).toEqual(["2031-06-19 DAY"]);
  });

  it("reads 'Published April 16, 2031last updated April 16, 2031' as the first date", () => {
    const [article] = segment(
      [
        "Norland's Lind and Sudria's Kovac warn against trade barriers",
        "",
        "Published April 16, 2031last updated April 17, 2031",
        "",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(day([article as NonNullable<typeof article>])).toEqual(["2031-04-16 DAY"]);
  });
});

describe("a date with its day's name but no year", () => {
  const page = (date: string, capturedAt: Date | null, url?: string) => {
    const { outlets, vocabulary, page } = reference();
    const known = outlets.map((o) => ({ name: o.name, aliases: o.aliases, country: o.country ?? null }));
    const text = [
      "Norland and Sudria envoys call river talks ‘very constructive’",
      "",
      date,
      "",
      PARAGRAPH,
    ].join("\n");
    return segmentPage(text, { outlets: known, vocabulary, page, capturedAt, url }).articles;
  };

  it("takes the year, up to the capture, in which that day fell on that day of the week", () => {
    // October 18th is a Saturday in 2031 (and was in 2025).
    expect(day(page("Saturday, October 18", new Date("2031-11-02T00:00:00Z")))).toEqual(["2031-10-18 DAY"]);
    // (Captured on the 17th in UTC, already the 18th where the page was written.)
    expect(day(page("Saturday, October 18", new Date("2031-10-17T20:00:00Z")))).toEqual(["2031-10-18 DAY"]);
    // (A clock time before it, on a page of no known zone, leaves the day: the day's name still gives its year.)
    expect(day(page("12:08 AM on Thursday, October 30", new Date("2031-12-01T00:00:00Z")))).toEqual([
      "2031-10-30 DAY",
    ]);
  });

  it("takes a date without its day's name or year as the last one up to the capture, never one after it", () => {
    expect(day(page("June 15", new Date("2032-01-01T00:00:00Z")))).toEqual(["2031-06-15 DAY"]);
    expect(day(page("December 20", new Date("2031-12-22T00:00:00Z")))).toEqual(["2031-12-20 DAY"]);
  });

  it("takes the year from the one year the address files the page under, never from the machine's clock", () => {
    const url = "https://news.example/articleExpanded/nq1tVcX7/10-18-2031-16/envoys-call-river-talks";
    expect(day(page("Saturday, October 18", null, url))).toEqual(["2031-10-18 DAY"]);
    expect(day(page("Saturday, October 18", null))).toEqual([null]);
    expect(day(page("October 18", null))).toEqual([null]);
  });
});

describe("a date in figures parted by stops, beside two writers joined by 'and'", () => {
  const page = (line: string) =>
    ["Norland and Sudria reopen river talks", "", line, "", PARAGRAPH, "", PARAGRAPH].join("\n");

  it("reads the day first, and both writers, one with a family name's particle", () => {
    const [article] = segment(page("Ana Lindqvist and Riyaz ul Haldane  | 03.06.2031 - Update : 05.06.2031"));
    expect(day([article as NonNullable<typeof article>])).toEqual(["2031-06-03 DAY"]);
    expect(article?.bylines.map((b) => b.name)).toEqual(["Ana Lindqvist", "Riyaz ul Haldane"]);
    expect(article?.outletName).toBeNull();
  });

  it("reads '11.04.2031' as the 11th of April, also with a stop after it", () => {
    expect(day(segment(page("11.04.2031")))).toEqual(["2031-04-11 DAY"]);
    expect(day(segment(page("11.04.2031.")))).toEqual(["2031-04-11 DAY"]);
  });

  it("takes no place for a writer, and no note after 'Update:' for a date", () => {
    const [place] = segment(page("Casa de Halden, June 3, 2031"));
    expect(place?.bylines).toEqual([]);
    const [note] = segment(page("UPDATE: Talks were moved to Friday"));
    expect(note?.publishedText ?? null).toBeNull();
  });
});

describe("a dateline with a comma after its day", () => {
  it("reads 'Lindby, 13, February 2031 (NRA):' as the story's date and dateline", () => {
    const [article] = segment(
      [
        "Norland's minister hosts Sudrian president in Lindby",
        "",
        `Lindby, 13, February 2031 (NRA):  ${PARAGRAPH}`,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(day([article as NonNullable<typeof article>])).toEqual(["2031-02-13 DAY"]);
    expect(article?.dateline).toBe("Lindby, 13, February 2031");
  });
});

describe("a date line under the page's section, a country's name", () => {
  it("is read as the publication date; a section that names no place keeps the line from being one", () => {
    const page = (line: string) =>
      ["Norland's envoy received in Port Halden", "", line, "By: Lakeside Wire", "", PARAGRAPH].join("\n");
    expect(day(segment(page("Oman Thursday 31/October/2024 18:16 PM")))).toEqual(["2024-10-31 DAY"]);
    expect(day(segment(page("Opinion Thursday 31/October/2024 18:16 PM")))).toEqual([null]);
  });
});

describe("a dateline with the day in brackets after the place's dash", () => {
  it("states the publication day ('Lindby, Norland – (August 9, 2031) President …'), and keeps no dateline in the title", () => {
    const [article] = segment(
      `Lindby, Norland – (August 9, 2031) President Ivo Brandt, this morning, hosted a working breakfast with President Tomas Orrin at State House.\n\n${PARAGRAPH}`,
    );
    expect(day([article as NonNullable<typeof article>])).toEqual(["2031-08-09 DAY"]);
    expect(article?.title).not.toContain("(August 9, 2031)");
  });
});

describe("a date in the page's own language, or under a label in it", () => {
  const page = (line: string) =>
    ["Norland and Sudria reopen river talks", "", line, "", PARAGRAPH, "", PARAGRAPH].join("\n");

  it("reads a date whose month is named in Italian, with a clock time parted by a stop ('15 giugno 2031 | 17.34')", () => {
    expect(day(segment(page("15 giugno 2031 | 17.34")))).toEqual(["2031-06-15 DAY"]);
  });

  it("reads the date after a publication label in another language ('입력 2031-06-15 16:27:07', 'Publié le 4 mars 2031')", () => {
    expect(day(segment(page("입력 2031-06-15 16:27:07")))).toEqual(["2031-06-15 DAY"]);
    expect(day(segment(page("Publié le 4 mars 2031")))).toEqual(["2031-03-04 DAY"]);
    expect(day(segment(page("Veröffentlicht am 05.06.2031")))).toEqual(["2031-06-05 DAY"]);
  });

  it("reads a date in figures under such a label day first, as its language writes it ('Pubblicato il: 04/09/2031 - 12:10')", () => {
    expect(day(segment(page("Pubblicato il: 04/09/2031 - 12:10")))).toEqual(["2031-09-04 DAY"]);
    expect(day(segment(page("Publicado el 04/09/2031")))).toEqual(["2031-09-04 DAY"]);
  });

  it("keeps an update under such a label from being the publication ('수정 2031-06-16' after '입력 2031-06-15')", () => {
    expect(day(segment(page("입력 2031-06-15 16:27 수정 2031-06-16 09:02")))).toEqual(["2031-06-15 DAY"]);
  });
});

describe("a wire's dateline with a bracket no list knows, then a dash", () => {
  const page = (first: string) => {
    const { outlets, vocabulary, page } = reference();
    const known = outlets.map((o) => ({ name: o.name, aliases: o.aliases, country: o.country ?? null }));
    const url = "https://news.example/en/world/54279-2031-10-11-10-40-20.html";
    return segmentPage(`${first}\n\n${PARAGRAPH}`, {
      outlets: known,
      vocabulary,
      page,
      capturedAt: null,
      url,
    }).articles;
  };
  const story =
    "Norland's Prime Minister Ivo Brandt received a courtesy call by Lea Sand, Deputy Prime Minister of Sudria, on Friday in Lindby.";

  it("states the day, the address giving its year ('Lindby, Oct. 11 (LW) –', 'Lindby (LW), Oct. 11 –')", () => {
    for (const first of [`Lindby, Oct. 11 (LW) – ${story}`, `Lindby (LW), Oct. 11 – ${story}`]) {
      const [article] = page(first);
      expect(day([article as NonNullable<typeof article>])).toEqual(["2031-10-11 DAY"]);
      expect(article?.dateline).toBe("Lindby, Oct. 11");
      expect(article?.title.startsWith("Norland's Prime Minister")).toBe(true);
    }
  });
});

describe("a date line with the page's sections and its comment count", () => {
  it("states the date ('Jun 11, 2031 | Norland, News & Articles | 0 comments')", () => {
    const page = [
      "Velkova says talks with Orrin were cordial",
      "",
      "Jun 11, 2031 | Norland, News & Articles | 0 comments",
      "",
      "By Ana Lindqvist",
      "",
      PARAGRAPH,
    ].join("\n");
    expect(day(segment(page))).toEqual(["2031-06-11 DAY"]);
  });
});

describe("a byline's label with a date and no name", () => {
  it("states the date ('By: March 9, 2031 ,The Key Point:'), and no one wrote it", () => {
    const [article] = segment(
      [
        "PM Says Cooperation to be Given Priority",
        "By: March 9, 2031 ,The Key Point:",
        "The Facts",
        PARAGRAPH,
        "",
        PARAGRAPH,
      ].join("\n"),
    );
    expect(day([article as NonNullable<typeof article>])).toEqual(["2031-03-09 DAY"]);
    expect(article?.bylines).toEqual([]);
  });
});

describe("an update's time over the story and the first publication's under it", () => {
  it("takes 'First posted July 15, 2031 19:37:00' under the story over 'Updated July 15, 2031 21:52:00' above it", () => {
    const [article] = segment(
      [
        "Envoys say river talks worthwhile",
        "Updated July 15, 2031 21:52:00",
        PARAGRAPH,
        PARAGRAPH,
        "First posted July 15, 2031 19:37:00",
      ].join("\n\n"),
    );
    expect(article?.publishedText).toBe("July 15, 2031 19:37:00");
  });

  it("keeps the top date where the line under the story is another update's", () => {
    const [article] = segment(
      [
        "Envoys say river talks worthwhile",
        "Updated July 15, 2031 21:52:00",
        PARAGRAPH,
        PARAGRAPH,
        "Updated July 16, 2031 08:00:00",
      ].join("\n\n"),
    );
    expect(article?.publishedText).toBe("July 15, 2031 21:52:00");
  });
});

describe("a date line that ends on its clock's zone in brackets", () => {
  it("reads 'Politics 5 May 2031 16:15 (UTC+04:00)' as the moment, and the byline under it", () => {
    const text = [
      "Norland's president receives Sudrian prime minister",
      "Politics 5 May 2031 16:15 (UTC+04:00)",
      "NORTHPORT, Norland, May 5",
      "By Harbour Wire",
      PARAGRAPH,
      PARAGRAPH,
    ].join("\n");
    const [article] = segment(text);
    expect(article?.publishedAt?.toISOString()).toBe("2031-05-05T12:15:00.000Z");
    expect(article?.publishedPrecision).toBe("MINUTE");
    expect(article?.bylines.map((b) => b.name)).toEqual(["Harbour Wire"]);
    expect(text.slice(article?.start, article?.end).startsWith("Envoys of Norland")).toBe(true);
  });
});

describe("a note on what a later version added", () => {
  it("keeps 'Details added (first version posted on 13:13)' out of the story", () => {
    const text = [
      "Envoys say river talks worthwhile",
      PARAGRAPH,
      PARAGRAPH,
      "Details added (first version posted on 13:13)",
    ].join("\n");
    const [article] = segment(text);
    expect(text.slice(article?.start, article?.end)).toContain("Both sides said");
    expect(text.slice(article?.start, article?.end)).not.toContain("Details added");
  });
});

describe("a place the lexicon does not know and a full date, alone on the page's first line", () => {
  it("is never the headline ('Lindby, May 16, 2031')", () => {
    const [article] = segment(["Lindby, May 16, 2031", "", PARAGRAPH].join("\n"));
    expect(article?.title).not.toBe("Lindby, May 16, 2031");
  });
});

describe("a dateline whose date is written in numbers with stops", () => {
  it("reads 'Lindby, 06.04.2031 - …' day first, as the dateline and the publication date", () => {
    const [article] = segment(
      [
        "Peace and security: Norland and Sudria's foreign ministers meet in Tarnby",
        "",
        `Lindby, 06.04.2031 - Foreign Minister Ada Lind met Sudria's foreign minister, Tomas Orrin, in Tarnby today for official talks. ${PARAGRAPH}`,
      ].join("\n"),
    );
    expect(article?.dateline).toBe("Lindby, 06.04.2031");
    expect(day([article as NonNullable<typeof article>])).toEqual(["2031-04-06 DAY"]);
  });
});

describe("a clock time before the day it belongs to", () => {
  it("reads '21:07 / 2031-03-23' and '17:35 / 17.01.2031.' under the headline as the publication date", () => {
    for (const [line, date] of [
      ["21:07 / 2031-03-23", "2031-03-23"],
      ["17:35 / 17.01.2031.", "2031-01-17"],
    ]) {
      const [article] = segment(
        ["Lind meets Orrin in Tarnby to discuss the river", "", line as string, "", PARAGRAPH].join("\n"),
      );
      expect(article?.publishedAt?.toISOString().slice(0, 10)).toBe(date);
    }
  });
});
