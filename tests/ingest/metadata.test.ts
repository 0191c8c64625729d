/**
 * Page metadata on import: HTML pages by their JSON-LD and meta tags, text captures by their front matter,
 * the user's statements over both, outlets by domain or as proposed outlets of their own, headlines after
 * site furniture, relative times against the capture time, bylines kept apart from participants. All pages
 * here are synthetic.
 */
import { sliceCodePoints } from "@readout/db";
import {
  importPage,
  pageText,
  readSidecar,
  reference,
  resolveOutlet,
  segmentPage,
  splitFrontMatter,
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

const articlesOf = (documentId: string) =>
  db.prisma.article.findMany({
    where: { sourceDocumentId: documentId },
    include: { outlet: true, bylines: { orderBy: { position: "asc" } }, candidates: true },
    orderBy: { sourceStart: "asc" },
  });

const segment = (text: string, capturedAt: Date | null = null) => {
  const { outlets, vocabulary, page } = reference();
  const known = outlets.map((o) => ({ name: o.name, aliases: o.aliases, country: o.country ?? null }));
  return segmentPage(text, { outlets: known, vocabulary, page, capturedAt }).articles;
};

const NEWS_HTML = `<!doctype html>
<html lang="en-US"><head>
<title>Norland and Sudria envoys agree to reopen river talks | Reuters</title>
<link rel="canonical" href="https://www.reuters.com/world/norland-sudria-river-talks-2031-04-09/">
<meta property="og:title" content="Norland and Sudria envoys agree to reopen river talks | Reuters">
<meta property="og:site_name" content="Reuters">
<meta property="article:published_time" content="2031-04-09T10:00:00+08:00">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
  {"@type":"Organization","@id":"https://www.reuters.com/#org","name":"Reuters"},
  {"@type":"NewsArticle","headline":"Norland and Sudria envoys agree to reopen river talks",
   "datePublished":"2031-04-09T10:00:00+08:00","dateModified":"2031-04-09T12:30:00+08:00",
   "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
   "publisher":{"@id":"https://www.reuters.com/#org"}}]}
</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Norland and Sudria envoys agree to reopen river talks</h1>
<p class="byline">By Jane Doe and John Roe</p>
<figure><img src="a.jpg"><figcaption>The envoys shake hands in Geneva, April 9, 2031.</figcaption></figure>
<p>GENEVA (Reuters) - Envoys of Norland and Sudria agreed on Wednesday to reopen talks on sharing the
waters of the Lake river, after a meeting that lasted nearly two hours at the Palais des Nations.</p>
<p>"We have a basis to work on," the Sudrian envoy, Lena Okafor, told reporters after the meeting.</p>
<p>Norland's envoy Ivo Brandt said both sides would meet again in May to draft a common text.</p>
</article><footer><p>© 2031 Reuters. All rights reserved.</p></footer></body></html>`;

describe("HTML pages", () => {
  it("take headline, publication time with its zone, authors and outlet from JSON-LD and meta tags", async () => {
    const result = await importPage(db.prisma, { content: NEWS_HTML, mediaType: "text/html" });
    const [article] = await articlesOf(result.documentId);
    expect(article).toMatchObject({
      title: "Norland and Sudria envoys agree to reopen river talks",
      publishedAt: new Date("2031-04-09T02:00:00Z"),
      publishedPrecision: "MINUTE",
      publishedText: "2031-04-09T10:00:00+08:00",
      url: "https://www.reuters.com/world/norland-sudria-river-talks-2031-04-09/",
      language: "en",
    });
    expect(article?.outlet).toMatchObject({ name: "Reuters", kind: "WIRE", proposed: false });
    expect(article?.bylines.map((b) => b.name)).toEqual(["Jane Doe", "John Roe"]);
    // The main text, not the page: no navigation, caption or footer; the body is a slice of the stored text.
    expect(article?.body).toMatch(/^GENEVA \(Reuters\) - Envoys of Norland/);
    expect(article?.body).not.toMatch(/Home|shake hands|All rights reserved/);
    const document = await db.prisma.sourceDocument.findUniqueOrThrow({ where: { id: result.documentId } });
    expect(sliceCodePoints(document.text, article?.sourceStart ?? 0, article?.sourceEnd ?? 0)).toBe(
      article?.body,
    );
    expect(document.mediaType).toBe("text/html");
    // The outlet stored from the reference list carries its sourced affiliation.
    const affiliations = await db.prisma.outletAffiliation.findMany({
      where: { outletId: article?.outletId },
    });
    expect(affiliations[0]?.source).toMatch(/^https:\/\//);
  });

  it("are read by their main text even without any metadata", () => {
    const { text, metadata } = pageText({
      content:
        "<html><body><header>Menu</header><main><h2>Talks end</h2><p>The talks ended on Friday after three days.</p></main></body></html>",
      mediaType: "text/html",
    });
    expect(text).toContain("The talks ended on Friday after three days.");
    expect(text).not.toContain("Menu");
    expect(metadata.publishedAt).toBeUndefined();
  });
});

const CAPTURE = `---
title: Norland and Sudria agree to share river data
url: https://apnews.com/article/norland-sudria-river-data
published: June 19, 2031
captured: 2031-06-20T08:00:00Z
language: en
---
Skip to main content

Norland and Sudria agree to share river data

Envoys of Norland and Sudria agreed on Thursday to share river flow data every week, officials said.

The two sides will meet again in Geneva in July.
`;

describe("text captures", () => {
  it("read their front matter, which is left out of the stored text", async () => {
    const split = splitFrontMatter(CAPTURE);
    expect(split.metadata).toMatchObject({ title: "Norland and Sudria agree to share river data" });
    expect(split.text.startsWith("Skip to main content")).toBe(true);
    const result = await importPage(db.prisma, { content: CAPTURE, fileName: "capture.txt" });
    const [article] = await articlesOf(result.documentId);
    expect(article).toMatchObject({
      title: "Norland and Sudria agree to share river data",
      publishedAt: new Date("2031-06-19T00:00:00Z"),
      publishedPrecision: "DAY",
      publishedText: "June 19, 2031",
    });
    expect(article?.outlet.name).toBe("Associated Press");
    const document = await db.prisma.sourceDocument.findUniqueOrThrow({ where: { id: result.documentId } });
    expect(document.text).not.toContain("---");
    expect(document.capturedAt?.toISOString()).toBe("2031-06-20T08:00:00.000Z");
  });

  it("take what the user states (options, sidecar) over front matter and detection", async () => {
    const content = CAPTURE.replace("The two sides", "Both sides");
    const result = await importPage(db.prisma, {
      content,
      metadata: {
        title: "River data deal",
        outlet: "bbc.co.uk",
        publishedAt: "2031-06-19T09:30:00+02:00",
      },
    });
    const [article] = await articlesOf(result.documentId);
    expect(article).toMatchObject({
      title: "River data deal",
      publishedAt: new Date("2031-06-19T07:30:00Z"),
      publishedPrecision: "MINUTE",
    });
    expect(article?.outlet.name).toBe("BBC News");
    expect(readSidecar("outlet: Kyodo\npublished: 2031-06-19\n", "page.txt.meta.yaml")).toMatchObject({
      outlet: "Kyodo",
      publishedAt: "2031-06-19",
    });
    expect(() => readSidecar('{"headline": "x"}', "page.txt.meta.json")).toThrow(/headline/);
  });

  it("with bad front matter are refused with the code METADATA, nothing stored", async () => {
    await expect(
      importPage(db.prisma, { content: "---\ncaptured: not a date\n---\nSome text here.\n" }),
    ).rejects.toMatchObject({ code: "METADATA" });
  });
});

describe("outlets", () => {
  it("an unknown publisher becomes its own proposed outlet with an OUTLET candidate; two publishers, two outlets", async () => {
    const page = (site: string, domain: string, n: number) => `<!doctype html><html><head>
      <meta property="og:site_name" content="${site}">
      <meta property="og:url" content="https://www.${domain}/news/${n}">
      <meta property="article:published_time" content="2031-04-0${n}T08:00:00Z"></head>
      <body><article><h1>Norland and Sudria hold talks on fishing quotas, day ${n}</h1>
      <p>Envoys of Norland and Sudria met for a ${n === 1 ? "first" : "second"} round of talks on fishing quotas, ${site} has learned.</p>
      <p>The talks lasted about three hours and will resume next month.</p></article></body></html>`;
    const first = await importPage(db.prisma, {
      content: page("Harbour Courier", "harbour-courier.example", 1),
    });
    const second = await importPage(db.prisma, { content: page("Valley Ledger", "valleyledger.example", 2) });
    const [a] = await articlesOf(first.documentId);
    const [b] = await articlesOf(second.documentId);
    expect(a?.outlet).toMatchObject({
      name: "Harbour Courier",
      proposed: true,
      kind: "UNKNOWN",
      domain: "harbour-courier.example",
    });
    expect(b?.outlet).toMatchObject({ name: "Valley Ledger", proposed: true });
    expect(a?.outletId).not.toBe(b?.outletId);
    const candidates = await db.prisma.candidate.findMany({
      where: { kind: "OUTLET", articleId: a?.id },
      include: { evidence: true },
    });
    expect(candidates).toHaveLength(1);
    expect(candidates[0]?.evidence.exact).toBe("Harbour Courier");
    expect(await db.prisma.outlet.count({ where: { name: "Unknown outlet" } })).toBe(0);
    // A later page of the same publisher finds its outlet again.
    const again = await importPage(db.prisma, {
      content: page("Harbour Courier", "harbour-courier.example", 3),
    });
    const [c] = await articlesOf(again.documentId);
    expect(c?.outletId).toBe(a?.outletId);
  });

  it("with nothing naming them, pages of unrelated files never share an outlet", () => {
    const { outlets } = reference();
    const records = outlets.map((o) => ({
      name: o.name,
      aliases: o.aliases,
      domains: o.domain ? [o.domain] : [],
      country: o.country ?? null,
      kind: o.kind,
    }));
    const one = resolveOutlet(
      { urls: [], text: "Some text.", fileName: "a.txt", pageId: "1111aaaa" },
      records,
    );
    const two = resolveOutlet(
      { urls: [], text: "Some text.", fileName: "b.txt", pageId: "2222bbbb" },
      records,
    );
    expect(one.proposed && two.proposed).toBe(true);
    expect(one.name).not.toBe(two.name);
    const byDomain = resolveOutlet(
      { urls: ["https://edition.cnn.com/2031/04/09/world/talks"], text: "", pageId: "x" },
      records,
    );
    expect(byDomain).toMatchObject({ name: "CNN", proposed: false });
    // A known publisher the story credits wins over a site no list knows.
    const carried = resolveOutlet(
      {
        urls: ["https://harbourgovnews.example/press-release/1"],
        text: "",
        pageId: "y",
        credited: "Prime Minister of Australia",
      },
      records,
    );
    expect(carried).toMatchObject({ name: "Prime Minister of Australia", proposed: false });
    // (Not one the list knows by letters that are the initials of the page's own address: "(ITALPRESS/MNA)"
    // on metronewsagency.example is that site's, not Mehr News Agency's.)
    const initials = resolveOutlet(
      {
        urls: ["https://www.metronewsagency.example/2031/11/talks/"],
        text: "",
        pageId: "w",
        fromArticle: "Mehr News Agency",
        credited: "Mehr News Agency",
      },
      records,
    );
    expect(initials).toMatchObject({ name: "Metro News Agency", proposed: true });
    expect(
      resolveOutlet(
        { urls: ["https://harbourgovnews.example/1"], text: "", pageId: "v", credited: "Mehr News Agency" },
        records,
      ),
    ).toMatchObject({ name: "Mehr News Agency", proposed: false });
    // (A publisher the page's own metadata names comes first.)
    const named = resolveOutlet(
      {
        urls: ["https://harbourgovnews.example/press-release/1"],
        text: "",
        pageId: "z",
        siteName: "CNN",
        credited: "Prime Minister of Australia",
      },
      records,
    );
    expect(named).toMatchObject({ name: "CNN", proposed: false });
    // A site named by its address as the one that reports, where nothing else names a publisher.
    const reports = resolveOutlet(
      {
        urls: [],
        text: "Talks resume\n\nThe ambassador disclosed this at a forum, Harbour.Az reports per foreign media.\n\nBody.",
        pageId: "w",
      },
      records,
    );
    expect(reports).toMatchObject({ name: "Harbour.Az", proposed: true });
  });

  it("name a publisher known only by its domain as the page writes it, and never take a section label or a photo credit for one", () => {
    const { outlets } = reference();
    const records = outlets.map((o) => ({
      name: o.name,
      aliases: o.aliases,
      domains: [...(o.domain ? [o.domain] : []), ...o.domains],
      country: o.country ?? null,
      kind: o.kind,
      hostOnly: o.hostOnly,
    }));
    const at = (url: string, text: string) => resolveOutlet({ urls: [url], text, pageId: "p" }, records);
    // A masthead's picture labelled at the top of the page names the site as the address agrees; a logo
    // of another name does not.
    expect(
      at("https://www.harbourviewpress.example/story/1", "Harbourview Logo\nTalks resume\n\nBody."),
    ).toMatchObject({ name: "Harbourview", proposed: true });
    // (Nor does a line in small letters: the address names the site then.)
    for (const top of ["Sponsor Logo", "harbourview logo"])
      expect(
        at("https://www.harbourviewpress.example/story/1", `${top}\nTalks resume\n\nBody.`),
      ).toMatchObject({ by: "domain", proposed: true });
    // A publication on a publishing platform is named by its subdomain; a site under a government's portal
    // is not the body whose domain the portal is.
    expect(at("https://harbourwatch.substack.com/p/talks", "Body.")).toMatchObject({
      name: "Harbour Watch",
      proposed: true,
    });
    // A domain of words run together is read as those words, where each is a plausible word; a name of
    // its own stays whole before a kind of outlet.
    expect(at("https://northernledgeronline.com/2031/talks", "Body.").name).toBe("Northern Ledger Online");
    expect(at("https://www.sudriatoday.com/2031/talks", "Body.").name).toBe("Sudria Today");
    // A host written with a fully qualified name's final dot is the same host.
    expect(at("https://www.sudriatoday.com./2031/talks", "Body.").name).toBe("Sudria Today");
    // A name the page prints with the initials its address begins with.
    expect(
      at("https://www.nvapress.com/en/news/1/talks", "Story Code : 1\nReport by Norland Voice Agency (NVA)")
        .name,
    ).toBe("Norland Voice Agency");
    // Not two initials, nor before the address's own letters printed as a name.
    expect(at("https://euobserver.com/world/1", "EUobserver\n\nThe European Union (EU) met.").name).toBe(
      "EUobserver",
    );
    expect(at("https://laoag.china-consulate.gov.cn/eng/t1.htm", "Body.")).toMatchObject({ proposed: true });
    // A body's part of a portal, by the address's path.
    expect(at("https://www.gov.br/planalto/en/latest-news/2031/02/talks", "Body.")).toMatchObject({
      name: "Presidency of Brazil",
    });
    expect(at("https://www.gov.br/mre/en/contact-us/press-area/notes", "Body.")).toMatchObject({
      name: "Ministry of Foreign Affairs of Brazil",
    });
    expect(at("https://www.gov.br/saude/en/news", "Body.")).toMatchObject({ proposed: true });
    // A body's own subdomain under such a portal, listed with its domains, is still that body.
    expect(at("https://mfa.gov.il/MFA/PressRoom/2031/talks", "Body.")).toMatchObject({
      name: "Ministry of Foreign Affairs of Israel",
    });
    expect(at("https://english.gov.cn/premier/news/2031/talks", "Body.")).toMatchObject({
      name: "The State Council of the People's Republic of China",
    });
    expect(at("https://www.gov.cn/english/t1.htm", "Body.")).toMatchObject({
      name: "The State Council of the People's Republic of China",
      proposed: false,
    });
    expect(
      at("https://www.harbourcourier.example/news/1", "Talks go on - HarbourCourier\n\nBody."),
    ).toMatchObject({ name: "Harbour Courier", proposed: true, domains: ["harbourcourier.example"] });
    expect(at("https://portnews.example/a", "Portnews.example « Back to article\n\nBody.")).toMatchObject({
      name: "Portnews.example",
    });
    expect(at("https://tide24.example/a", "Body.")).toMatchObject({ name: "Tide24" });
    // A portal named after a country hosts the publisher under its own name; a name then a word of a kind
    // of outlet ("news") is two words.
    expect(at("https://harbournews.india.com/a", "Body.")).toMatchObject({ name: "Harbour News" });
    expect(at("https://en.zorvanews.example/a", "Body.")).toMatchObject({ name: "Zorva News" });
    expect(at("https://www.thezorvatimes.example/a", "Body.")).toMatchObject({ name: "The Zorva Times" });
    // The words before a number, then the number.
    expect(at("https://theharbournews247.example/a", "The harbour talks went on.")).toMatchObject({
      name: "The Harbour News 247",
    });
    // A subdomain or a country's second level is no name; a split into words of the language is taken,
    // one with a piece that is no word ("Exp Res Sen") is not.
    expect(at("https://edition.harbourpaper.co.xn/a", "Body.")).toMatchObject({ name: "Harbour Paper" });
    expect(at("https://www.expressen.se/a", "Body.")).toMatchObject({ name: "Expressen" });
    expect(at("https://news.expressen.example/a", "Body.")).toMatchObject({ name: "Expressen" });
    // The words the domain runs together, from the page and the lexicon.
    expect(at("https://theharbournews.example/a", "PORT HALDEN (Harbour) - Body.")).toMatchObject({
      name: "The Harbour News",
    });
    // "National" is a section of the page; "The Guardian - AU" its publisher and edition.
    expect(at("https://reader.example/a", "The Guardian - AU\nNational\n\nBody.")).toMatchObject({
      name: "The Guardian",
      proposed: false,
    });
    expect(at("https://reader.example/a", "[Yonhap Photo]\n\nBody.")).toMatchObject({ proposed: true });
    // A wire's name on the line under a photo's caption is the photo's credit.
    expect(
      at(
        "https://zorvatv.example/a",
        "Leaders meet at the palace\n\nThe leaders pose for a photo at the palace in Port Halden, August 18, 2031\nReuters\n\nBody.",
      ),
    ).toMatchObject({ name: "Zorva TV", proposed: true });
    // Hyphens part the words of a domain; a kind of outlet's word ends one whose words the lexicon knows
    // ("Express and Star") or not ("Deccan Chronicle").
    expect(at("https://harbour-east-online.example/a", "Body.")).toMatchObject({
      name: "Harbour East Online",
    });
    expect(at("https://www.expressandstar.example/a", "Body.")).toMatchObject({ name: "Express and Star" });
    expect(at("https://www.zorvachronicle.example/a", "Body.")).toMatchObject({ name: "Zorva Chronicle" });
    // A place the lexicon knows in two words, its first no word alone ("san"); fewer, more common words over
    // the page's own ("staff", "airs" of a page that uses them).
    expect(at("https://www.losangelesfrontiers.example/a", "Body.")).toMatchObject({
      name: "Los Angeles Frontiers",
    });
    expect(
      at("https://www.thenortheastaffairs.example/a", "The staff met. Nor did Thea, on the airs of it."),
    ).toMatchObject({ name: "The Northeast Affairs" });
    // A name of three letters and no vowel is an acronym, alone or before a kind of outlet's word; a word
    // of three letters is not.
    expect(at("https://www.zbc.example/a", "Body.")).toMatchObject({ name: "ZBC" });
    expect(at("https://zbcaudio.example/a", "Body.")).toMatchObject({ name: "ZBC Audio" });
    expect(at("https://vox.example/a", "Body.")).toMatchObject({ name: "Vox" });
    expect(at("https://theharbour.example/a", "Body.")).not.toMatchObject({ name: "THE Harbour" });
    expect(at("https://al-harbour.example/a", "Body.")).toMatchObject({ name: "Al-Harbour" });
    // A name the page's lines give, known to no list, over the address only where the two agree.
    const lines = (fromArticle: string, url: string) =>
      resolveOutlet({ urls: [url], text: "Body.", pageId: "p", fromArticle }, records).name;
    expect(lines("Events", "https://harbourship.example/a")).toBe("Harbour Ship");
    // An address that shortens the name's first words and keeps its last.
    expect(lines("Port Halden Daily", "http://www.phdaily.example/content/1.htm")).toBe("Port Halden Daily");
    expect(lines("Events Daily", "http://www.phdaily.example/content/1.htm")).not.toBe("Events Daily");
    expect(lines("Harbour Courier", "https://www.harbourcourier.example/a")).toBe("Harbour Courier");
    expect(lines("Events", "https://en.harbourship.example/a")).toBe("Harbour Ship");
    // A paper's name on a host of a publishing platform, among its labels.
    expect(lines("Zorva Star", "https://cdn-www.zorvastar.mna.platform.example/a")).toBe("Zorva Star");
    // A word that opens the names of papers, run together with the name; a station on a .tv domain.
    expect(at("https://dailyzorvan.example/a", "Body.")).toMatchObject({ name: "Daily Zorvan" });
    expect(at("https://radiofreeharbour.example/a", "Body.")).toMatchObject({ name: "Radio Free Harbour" });
    expect(at("https://kestrelvo.tv/1234", "Body.")).toMatchObject({ name: "Kestrelvo TV" });
    // A radio station's band run onto its name.
    expect(at("https://www.kestrelvofm.example/a", "Body.")).toMatchObject({ name: "Kestrelvo FM" });
    // An ending that is a word of outlets' names ends the name; a word of the language alone (or after
    // "the") on a country's ending is named with its domain, a coined name without it.
    expect(at("https://port-halden.news/a", "Body.")).toMatchObject({ name: "Port Halden News" });
    expect(at("https://www.harbour.xn/a", "Body.")).toMatchObject({ name: "Harbour.xn" });
    expect(at("https://thenews.xn/a", "Body.")).toMatchObject({ name: "Thenews.xn" });
    expect(at("https://zorvan.xn/a", "Body.")).toMatchObject({ name: "Zorvan" });
    // A government's second level in Spanish ("gob") as in English.
    expect(at("https://www.cancilleria.gob.xn/a", "Body.")).toMatchObject({ name: "Cancilleria" });
    // A label of two letters that are no initials is named with its domain.
    expect(at("https://op.gov.xn/?p=9188", "Body.")).toMatchObject({ name: "Op.gov.xn" });
    expect(at("https://www.nv.xn/a", "Body.")).toMatchObject({ name: "NV" });
    // Letters with no vowel are initials.
    expect(at("https://www.hkwn.example/a", "Body.")).toMatchObject({ name: "HKWN" });
    expect(at("https://www.harbour.example/a", "Body.")).toMatchObject({ name: "Harbour" });
    // "The" run into a name no list knows; not where what follows cannot begin a word.
    expect(at("https://apiwp.thezorvan.example/a", "Body.")).toMatchObject({ name: "The Zorvan" });
    expect(at("https://thermozorva.example/a", "Body.")).toMatchObject({ name: "Thermozorva" });
    expect(at("https://theron.example/a", "Body.")).toMatchObject({ name: "Theron" });
    // A line cut short at the page's end ("The mee") is no outlet known by its initials ("MEE"); the
    // initials in capitals are.
    expect(
      at("https://www.zorvawire.example/news/1", "Headline of the story\n\nBody.\n\nThe mee").name,
    ).not.toBe("Middle East Eye");
    expect(at("https://www.zorvawire.example/news/1", "MEE\n\nHeadline of the story\n\nBody.").name).toBe(
      "Middle East Eye",
    );
    // The name with its domain's ending, as the page writes it, on a subdomain of the site.
    expect(at("https://en.zorvan.example/a", "Read more on Zorvan.example.\n\nBody.")).toMatchObject({
      name: "Zorvan.example",
    });
  });
});

describe("outlets a press text names", () => {
  it("by its agency credit, a 'Source:' line or a copyright line, and the named one over an aggregator's address", async () => {
    const cases: { content: string; url?: string; outlet: string; title: string }[] = [
      {
        content: `Envoys of Norland and Sudria agree to reopen rail corridor
Source: Xinhua| 2031-03-05 10:32:05|Editor: desk
GENEVA, March 4 (Xinhua) -- Envoys of Norland and Sudria agreed on Tuesday to reopen the rail corridor.
The talks lasted three hours, officials said.
`,
        outlet: "Xinhua",
        title: "Envoys of Norland and Sudria agree to reopen rail corridor",
      },
      {
        content: `Norland, Sudria talks in Geneva last almost three hours
The two envoys met first in a small format, then with their delegations
GENEVA, March 4. /TASS/. The envoys of Norland and Sudria held talks in Geneva that lasted almost three hours.
A spokesman said the talks were useful.
`,
        outlet: "TASS",
        title: "Norland, Sudria talks in Geneva last almost three hours",
      },
      {
        // A town in title case and the agency between slashes, with no full stop.
        content: `Prime Ministers of Norland and Sudria make press statement
Politics
Tarnby /MONTSAME/ The visit by the Sudrian premier to Norland is the first in ten years, the Norland premier said.
The talks lasted three hours.
`,
        outlet: "Montsame",
        title: "Prime Ministers of Norland and Sudria make press statement",
      },
      {
        // A live story: the dateline over a time line, the story under it.
        content: `The Latest: Norland, Sudrian envoys discuss the river

LINDBY (AP) - The Latest on a meeting between Norland Foreign Minister Ivo Brandt and his Sudrian counterpart (all times local):

5:50 p.m.

Norland Foreign Minister Ivo Brandt has met in Lindby with his Sudrian counterpart, Tomas Orrin.

The talks lasted 90 minutes.
`,
        outlet: "Associated Press",
        title: "The Latest: Norland, Sudrian envoys discuss the river",
      },
      {
        // The site that carries the wire and the date inside the agency's bracket, no dash after it.
        content: `Norland, Sudria defense chiefs discuss cooperation

LINDBY (Sudria Point News / Sputnik - 18th November, 2031) Norland Defense Minister Ivo Brandt met his Sudrian counterpart Tomas Orrin in Lindby, the ministry said on Monday.

The talks lasted an hour.
`,
        outlet: "Sputnik",
        title: "Norland, Sudria defense chiefs discuss cooperation",
      },
      {
        // Two copyright marks before the wire's short name, under the reporter's name.
        content: `What strained ties? It's all smiles as Brandt meets Orrin

March 4, 2031 10:00 IST

President Ivo Brandt on Wednesday held formal talks with his Sudrian counterpart Tomas Orrin.

Brandt said the two leaders should maintain regular and close communications.

Jane Roe
© Copyright 2031 PTI. All rights reserved.
`,
        outlet: "Press Trust of India",
        title: "What strained ties? It's all smiles as Brandt meets Orrin",
      },
      {
        // A wire that names itself, by its short name, at the end of the first sentence.
        content: `Norland and Sudria discuss river cooperation

Foreign Minister of Norland Ivo Brandt met with Sudrian Foreign Minister Tomas Orrin in Lindby, the press service of the Norland Foreign Ministry says, Trend reports.

During the meeting, the sides discussed the river.
`,
        outlet: "Trend News Agency",
        title: "Norland and Sudria discuss river cooperation",
      },
      {
        // The publisher's name in capitals where a dateline's place would stand.
        content: `Norland's crown prince holds talks with Sudria's foreign minister

ALBAWABA - Crown Prince Ivo Brandt held talks with Sudrian Foreign Minister Tomas Orrin in Lindby on Tuesday.

The two discussed bilateral relations.
`,
        outlet: "Al Bawaba",
        title: "Norland's crown prince holds talks with Sudria's foreign minister",
      },
      {
        // A byline of the agency's short name.
        content: `Norland and Sudria to hold talks in Lindby

By Trend

Norland and Sudrian Foreign Ministers Ivo Brandt and Tomas Orrin will hold talks in Lindby on January 26, the spokesperson said.

The talks will cover the river.
`,
        outlet: "Trend News Agency",
        title: "Norland and Sudria to hold talks in Lindby",
      },
      {
        // The agency's bracket closing the story's last paragraph.
        content: `Norland, Sudria foreign ministers hold talks in Lima

Foreign Minister Ivo Brandt and his Sudrian counterpart, Tomas Orrin, have held talks in Lima, Norland's foreign ministry said Friday.

Brandt and Orrin stressed the need to cooperate closely. (Yonhap)
`,
        outlet: "Yonhap",
        title: "Norland, Sudria foreign ministers hold talks in Lima",
      },
      {
        content: `The Largest Career Network for Rail Engineers - JOIN NOW
Norland and Sudria pledge closer ties
by VOA News March 4, 2031
Envoys of Norland and Sudria pledged on Tuesday to work toward closer ties.
The talks lasted three hours, officials said.
`,
        url: "https://www.globalsecurity.org/military/library/news/2031/03/norland.htm",
        outlet: "Voice of America",
        title: "Norland and Sudria pledge closer ties",
      },
      {
        content: `World
Norland and Sudria reopen their border crossing
Jane Roe in Geneva
Tue 4 Mar 2031 05.32 GMT
Norland and Sudria reopened their border crossing after talks in Geneva on Tuesday.
The envoys said the talks were constructive.
Copyright 2031 The Associated Press. All rights reserved.
`,
        outlet: "Associated Press",
        title: "Norland and Sudria reopen their border crossing",
      },
      {
        content: `Norland urges Sudria to withdraw its troops from the river valley
Norland's president urged Sudria on Tuesday to withdraw its troops from the river valley, at a joint press conference in Tarnby.
The two presidents said the talks were constructive.
Read more on RFI English
`,
        url: "https://uk.news.yahoo.com/norland-urges-sudria-withdraw-185051310.html",
        outlet: "Radio France Internationale",
        title: "Norland urges Sudria to withdraw its troops from the river valley",
      },
      {
        // (The label's words aside, and the language of the edition after the name.)
        content: `Norland will help Sudria build river locks, Velkova says
Norland will help Sudria build two river locks, Norland's president said on Tuesday in Tarnby.
The two presidents said the talks were constructive.
Read more on FRANCE 24 English
`,
        url: "https://malaysia.news.yahoo.com/norland-help-sudria-170336778.html",
        outlet: "France 24",
        title: "Norland will help Sudria build river locks, Velkova says",
      },
      {
        // The portal's links to the publisher's other stories name it.
        content: `Norland says it is 'ready to work' with Sudria's next leader
Norland's president told Sudria's outgoing leader on Saturday that Norland is ready to work with the next one.
The two presidents said the talks were constructive.
Read more from Sky News:
Floods close the river crossings
`,
        url: "https://au.news.yahoo.com/norland-says-ready-215600343.html",
        outlet: "Sky News",
        title: "Norland says it is 'ready to work' with Sudria's next leader",
      },
      {
        // A copy on a cloud server: the agency of its dateline, run onto the story, is the publisher.
        content: `Norland and Sudria pledge a rail partnership
By Jane Roe and John Doe
GENEVA (Reuters) -Norland's president and Sudria's prime minister said on Tuesday their countries would build a rail corridor.
The talks lasted three hours, officials said.
`,
        url: "https://ec2-15-188-152-128.eu-west-3.compute.amazonaws.com/2031/03/04/norland-sudria-2/",
        outlet: "Reuters",
        title: "Norland and Sudria pledge a rail partnership",
      },
      {
        // A paper a reading service carries under its path; a headline naming an outlet's name is a headline.
        content: `The Tarnby Chieftain
Norland’s leader visits White House
Envoys work to strengthen alliance
- Jane Roe
WASHINGTON – Norland's president described the alliance as an anchor of peace at the White House on Wednesday.
The two presidents said the talks were constructive.
`,
        url: "https://www.pressreader.com/usa/the-tarnby-chieftain/20311026/281560885479363",
        outlet: "The Tarnby Chieftain",
        title: "Norland’s leader visits White House",
      },
      {
        // The wire a colon dateline credits, where nothing else names the publisher.
        content: `Velkova holds talks with Sudrian counterpart Orrin in Lindby

Lindby [Norland], March 4 (ANI): Foreign Minister Hana Velkova on Tuesday held talks with Sudrian Foreign Minister Tomas Orrin in Lindby.

"Glad to meet FM Orrin today," Velkova said in a post on X.
`,
        outlet: "Asian News International",
        title: "Velkova holds talks with Sudrian counterpart Orrin in Lindby",
      },
      {
        // A town in title case, the site's own bracket with its date, and a colon run onto the story.
        content: `Norland, Sudria Smooth Relations After River Spat

Jane Roe 44 minutes ago Tue 4th Mar 2031 | 05:10 PM

Lindby, (UrduPoint / Pakistan Point News - 4th March, 2031 ) :Norland and Sudria on Tuesday smoothed over their spat, officials said.

The talks lasted three hours, Foreign Minister Hana Velkova said.
`,
        outlet: "UrduPoint",
        title: "Norland, Sudria Smooth Relations After River Spat",
      },
      {
        // A public broadcaster's external service by the name it prints over its byline.
        content: `Norland, Sudria governments hold talks in Lindby

PR dla Zagranicy
Jane Roe 04.03.2031 17:44

Chancellor Hana Velkova praised relations between Norland and Sudria following talks in Lindby on Tuesday.

The talks lasted three hours, officials said.
`,
        outlet: "Polskie Radio",
        title: "Norland, Sudria governments hold talks in Lindby",
      },
      {
        // On a known paper's site, the paper: the colon credits the wire it took the story from.
        content: `Norland and Sudria agree to reopen rail corridor

SOCHI (TASS): Envoys of Norland and Sudria agreed on Tuesday to reopen the rail corridor.

The talks lasted three hours, officials said.
`,
        url: "https://www.dawn.com/news/1234567/norland-and-sudria-agree",
        outlet: "Dawn",
        title: "Norland and Sudria agree to reopen rail corridor",
      },
      {
        // A source the text cites, on a line of its own inside a sentence, is not the page's publisher.
        content: `Norland and Sudria weigh a common currency

NORDPORT, March 4 -- Norland and Sudria agreed on Tuesday to study a common currency for trade.

The Norland finance minister confirmed the talks but warned in statements to the

Financial Times

that this is the first step on a long road.
`,
        url: "https://www.harbourwire.example/world/norland-and-sudria-weigh-a-common-currency",
        outlet: "Harbour Wire",
        title: "Norland and Sudria weigh a common currency",
      },
    ];
    for (const { content, url, outlet, title } of cases) {
      const result = await importPage(db.prisma, { content, url, fileName: "press.txt" });
      const [article] = await articlesOf(result.documentId);
      expect(article?.outlet.name, content.slice(0, 40)).toBe(outlet);
      expect(article?.title, content.slice(0, 40)).toBe(title);
    }
  });

  it("reads the time a 'Source:' line ends with, past an editor's label, as the publication time", async () => {
    const result = await importPage(db.prisma, {
      content: `Norland premier meets Sudrian finance minister
Source: Xinhua Editor: Li Wen 2031-07-07 18:30:12

LINDBY, July 7 -- Norland's premier met Sudria's finance minister in Lindby on Friday.

The two sides agreed to keep talking, officials said.
`,
      fileName: "source-line.txt",
    });
    const [article] = await articlesOf(result.documentId);
    expect(article?.outlet.name).toBe("Xinhua");
    // (Xinhua's own time, China's: eight hours ahead of UTC.)
    expect(article?.publishedAt?.toISOString()).toBe("2031-07-07T10:30:00.000Z");
    expect(article?.bylines.map((b) => b.name)).not.toContain("Li Wen 2031-07-07 18:30:12");
  });

  it("credits a wire's story to the wire on a known paper's or portal's site, by its dateline or its byline", async () => {
    const cases = [
      {
        // A paper's site carrying the agency's story: its byline and its dateline name the agency.
        content: `Nation & World News
Norland puts trade at the top of the agenda as Sudria's leader opens his visit
By JANE ROE – Associated Press
PARIS (AP) — Norland's president held talks with Sudria's leader on Monday that focused on trade disputes.
The two presidents said the talks were constructive.
`,
        url: "https://www.ajc.com/news/nation-world/norland-puts-trade-at-the-top/SHUH3JI3XBAUFLRCVKU62K66UU/",
        outlet: "Associated Press",
        bylines: ["JANE ROE"],
      },
      {
        content: `Norland and Sudria enjoy vast space for cooperation, Velkova tells Orrin
BEIJING (Reuters) – Norland's president told Sudria's prime minister on Monday that the two countries enjoy a vast space for cooperation.
The two leaders said the talks were constructive.
`,
        url: "https://www.swissinfo.ch/eng/norland-and-sudria-enjoy-vast-space/88210150",
        outlet: "Reuters",
        bylines: [],
      },
      {
        // A place and its colon before the agency's bracket, on a site no list knows.
        content: `Norland and Sudria sign mutual defence pact
Image
SEOUL: (Reuters) Norland's president signed a deal with Sudria's leader on Wednesday that included a mutual defence pledge.
The two leaders said the talks were constructive.
`,
        url: "https://english.tarnbynews.example/world/norland-and-sudria-sign/1718808328-1993",
        outlet: "Reuters",
        bylines: [],
      },
      {
        // A writer's name run into the short name of her agency.
        content: `Norland, Sudria on right path, Velkova tells Orrin
Jane RoeAAP
Norland has heralded a new chapter with Sudria after years of strained relations.
The two leaders said the talks were constructive.
`,
        url: "https://thewest.com.au/politics/norland-sudria-on-right-path-c-12452611",
        outlet: "Australian Associated Press",
        bylines: ["Jane Roe"],
      },
    ];
    for (const { content, url, outlet, bylines } of cases) {
      const result = await importPage(db.prisma, { content, url, fileName: "press.txt" });
      const [article] = await articlesOf(result.documentId);
      expect(article?.outlet.name, url).toBe(outlet);
      expect(
        article?.bylines.map((b) => b.name),
        url,
      ).toEqual(bylines);
    }
    // The paper's own story, with no agency's credit, stays the paper's.
    const own = await importPage(db.prisma, {
      content: `Norland and Sudria leaders meet in Tarnby
By Jane Roe
TARNBY — Norland's president met Sudria's leader on Monday for talks on the river.
The two presidents said the talks were constructive.
`,
      url: "https://www.swissinfo.ch/eng/norland-and-sudria-leaders-meet/88210151",
      fileName: "press.txt",
    });
    const [paper] = await articlesOf(own.documentId);
    expect(paper?.outlet.name).toBe("SWI swissinfo.ch");
    // Nor does a byline that shares its credit with an agency give the story away.
    const shared = await importPage(db.prisma, {
      content: `Norland and Sudria leaders meet again in Tarnby
By Jane Roe with Reuters, AFP
TARNBY — Norland's president met Sudria's leader on Tuesday for more talks on the river.
The two presidents said the talks were constructive.
`,
      url: "https://www.swissinfo.ch/eng/norland-and-sudria-leaders-meet-again/88210152",
      fileName: "press.txt",
    });
    const [sharedArticle] = await articlesOf(shared.documentId);
    expect(sharedArticle?.outlet.name).toBe("SWI swissinfo.ch");
  });

  it("reads a print edition's page: an edition of a known paper, a masthead with its town, names after a dash", async () => {
    const body = `WASHINGTON – Norland's president met Sudria's president at the White House on Wednesday for talks on the river.

The two presidents said the talks were constructive and would go on next month.
`;
    // The reading service's path names an edition of a known paper: the paper.
    const edition = await importPage(db.prisma, {
      content: `Norland, Sudria meet in Washington\n\nLeaders agree to talk again\n\n- Jane Roe and John Doe\n\n${body}`,
      url: "https://www.pressreader.com/usa/usa-today-us-edition/20311029/281552295591606",
      fileName: "edition.txt",
    });
    const [printed] = await articlesOf(edition.documentId);
    expect(printed?.outlet.name).toBe("USA Today");
    expect(printed?.bylines.map((b) => b.name)).toEqual(["Jane Roe", "John Doe"]);
    expect(printed?.title).toBe("Norland, Sudria meet in Washington");
    // A known paper's name is no prefix of another publication's: only an edition's words may follow it.
    const weekly = await importPage(db.prisma, {
      content: `Norland, Sudria meet in Washington\n\n${body}`,
      url: "https://www.pressreader.com/australia/the-australian-womens-weekly/20311029/281552295591607",
      fileName: "weekly.txt",
    });
    const [magazine] = await articlesOf(weekly.documentId);
    expect(magazine?.outlet.name).not.toBe("The Australian");
    // An unknown paper as its masthead prints it; the masthead, with its town in brackets, is no paragraph.
    const local = await importPage(db.prisma, {
      content: `Times-Herald (Tarnby)\n\nNorland’s leader says river talks ‘must go on’\n\n\n>> ${body}`,
      url: "https://www.pressreader.com/usa/times-herald-tarnby/20311030/281685439025887",
      fileName: "local.txt",
    });
    const [paper] = await articlesOf(local.documentId);
    expect(paper?.outlet.name).toBe("Times-Herald (Tarnby)");
    expect(paper?.title).toBe("Norland’s leader says river talks ‘must go on’");
  });

  it("takes a headline in title case over its standfirst, where it names what the story does", () => {
    const [article] = segment(
      [
        "Home>Articles>Velkova, Orrin Meet At Harbour Palace In Port Halden",
        "Velkova, Orrin Meet At Harbour Palace In Port Halden",
        "Both leaders agree to new measures against river pollution",
        "By Jane Roe, March 4, 2031 7:32 pm",
        "Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin at the Harbour Palace in Port Halden on Monday for talks on the river.",
        "Both sides said the talks would go on next month.",
      ].join("\n\n"),
    );
    expect(article?.title).toBe("Velkova, Orrin Meet At Harbour Palace In Port Halden");
    // A menu in title case names nothing the story does: the headline in sentence case stays.
    const [menu] = segment(
      [
        "Politics Business Technology Sports World",
        "Both leaders agree to new measures against river pollution",
        "By Jane Roe, March 4, 2031 7:32 pm",
        "Foreign Minister Hana Velkova met Sudrian envoy Tomas Orrin at the Harbour Palace in Port Halden on Monday for talks on the river.",
        "Both sides said the talks would go on next month.",
      ].join("\n\n"),
    );
    expect(menu?.title).toBe("Both leaders agree to new measures against river pollution");
  });
});

describe("plain-text captures", () => {
  it("take the genre from the page's address when its words give none", async () => {
    const content = `Norland and Sudria, partners in a changing region

Envoys of Norland and Sudria met in Geneva on Tuesday. Their partnership has never mattered more.
The two countries should build on it, and they can.
`;
    for (const [url, genre] of [
      ["https://editorials.example.org/a/norland-sudria/123.html", "OPINION"],
      ["https://news.example.org/2031/03/04/opinion/norland-sudria", "OPINION"],
      ["https://news.example.org/2031/03/04/world/norland-sudria", "REPORT"],
    ] as const) {
      const result = await importPage(db.prisma, {
        content: `${content}
${url}
`,
        url,
        fileName: "x.txt",
      });
      const [article] = await articlesOf(result.documentId);
      expect(article?.genre, url).toBe(genre);
    }
  });

  it("find the headline above the byline, past section names, advertisements and a standfirst", () => {
    const [article] = segment(`News|Politics
Norland and Sudria agree to reopen rail corridor
The envoys met in Geneva a day after a first round of talks in Bern.
Published On 4 Mar 2031
Jane Roe and John Doe in Geneva
Envoys of Norland and Sudria agreed on Tuesday to reopen the rail corridor between their capitals.
The talks lasted three hours.
`);
    expect(article).toMatchObject({
      title: "Norland and Sudria agree to reopen rail corridor",
      publishedAt: new Date("2031-03-04T00:00:00Z"),
      publishedPrecision: "DAY",
    });
    expect(article?.bylines.map((b) => b.name)).toEqual(["Jane Roe", "John Doe"]);
  });

  it("find the headline after site furniture, captions and datelines", () => {
    const [article] = segment(`Skip to content
An official website of the United States Government Here's how you know
Official websites use .gov
Share
Facebook
Twitter
World
Norland and Sudria pledge closer ties after Geneva talks
By Jane Doe and John Roe
Updated 3:45 PM EDT, Mon June 19, 2023
The envoys shake hands before their meeting in Geneva. (Photo: Lakeside Wire)
GENEVA — Envoys of Norland and Sudria pledged on Monday to work toward closer ties, officials said.
The talks lasted about two hours.
`);
    expect(article).toMatchObject({
      title: "Norland and Sudria pledge closer ties after Geneva talks",
      publishedAt: new Date("2023-06-19T19:45:00Z"),
      publishedPrecision: "MINUTE",
      publishedText: "3:45 PM EDT, Mon June 19, 2023",
      dateline: "GENEVA",
      genre: "REPORT",
    });
    expect(article?.bylines.map((b) => b.name)).toEqual(["Jane Doe", "John Roe"]);
  });

  it("find the headline past skip links, a paywall's note, a wire's update note and a standfirst over the date", () => {
    const [skipped] = segment(`1. Skip to content
  2. Skip to main menu
  3. Skip to more Lakeside sites

Norland's Velkova and Sudria's Orrin warn against trade barriers

Published April 16, 2031

Norland's foreign minister met Sudria's envoy on Tuesday as a three-day visit drew to a close.
The two sides said the talks were constructive.
`);
    expect(skipped?.title).toBe("Norland's Velkova and Sudria's Orrin warn against trade barriers");
    const [paywalled] = segment(`Norland, Sudria call for a river truce during the Games

Velkova called for a truce, despite Sudria showing no signs of halting its works on the river.

Free article usually reserved for subscribers
May 6, 2031 9:46 pm CET
By Jane Roe

PORT HALDEN — Norland's foreign minister and Sudria's envoy called for "a truce" on the river during the Games.
The two sides said the talks were constructive.
`);
    expect(paywalled).toMatchObject({
      title: "Norland, Sudria call for a river truce during the Games",
      publishedText: "May 6, 2031 9:46 pm CET",
    });
    expect(paywalled?.bylines.map((b) => b.name)).toEqual(["Jane Roe"]);
    // The standfirst alone between the headline and the date: one article, its body after the byline.
    const standfirst = segment(`Norland, Sudria call for a river truce during the Games

Velkova called for a truce, despite Sudria showing no signs of halting its works on the river.

NORLAND-SUDRIA-POLITICS-DIPLOMACY
May 6, 2031 9:46 pm CET
By Jane Roe

PORT HALDEN — Norland's foreign minister and Sudria's envoy called for "a truce" on the river during the Games.
The two sides said the talks were constructive.
`);
    expect(standfirst).toHaveLength(1);
    expect(standfirst[0]).toMatchObject({
      title: "Norland, Sudria call for a river truce during the Games",
      publishedText: "May 6, 2031 9:46 pm CET",
    });
    const [updated] = segment(`Velkova and Orrin discuss the river, Sudria's support for Tarnby

Adds comments from Orrin paragraphs 7-9

By Jane Roe

PORT HALDEN, July 27 (Reuters) - Norland's foreign minister reiterated her concerns over Sudria's works on the river as she met Sudria's envoy on Saturday.
The two sides said the talks were constructive.
`);
    expect(updated?.title).toBe("Velkova and Orrin discuss the river, Sudria's support for Tarnby");
    const [signed] = segment(`Velkova holds talks with Orrin-Xinhua

Velkova holds talks with Orrin

Source: Xinhua

2031-05-16 12:25:45

PORT HALDEN, May 16 (Xinhua) -- Norland's foreign minister held talks with Sudria's envoy on the morning of May 16.
The two sides said the talks were constructive.
`);
    expect(signed?.title).toBe("Velkova holds talks with Orrin");
    // A source after a spaced dash is the headline's.
    const [sourced] = segment(`Velkova and Orrin to discuss the river at their summit — Kremlin

Source: Xinhua

2031-05-16 12:25:45

PORT HALDEN, May 16 (Xinhua) -- Norland's foreign minister will hold talks with Sudria's envoy on May 16.
The two sides said the talks would be constructive.
`);
    expect(sourced?.title).toBe("Velkova and Orrin to discuss the river at their summit — Kremlin");
  });

  it("keep a last sentence the capture cut short, but not a quotation cut before its speaker", () => {
    const story = `Velkova and Orrin meet in Port Halden
By Jane Roe
PORT HALDEN — Norland's foreign minister met Sudria's envoy on Saturday for talks on the river.
The two sides said the talks were constructive.
`;
    const cut = `${story}Velkova told Orrin that Norland would take reta`;
    const [article] = segment(cut);
    expect(cut.slice(article?.start, article?.end)).toMatch(/would take reta$/u);
    const quoted = `${story}“Norland and Sudria should follow the trend of the times and build a relationship`;
    const [open] = segment(quoted);
    expect(quoted.slice(open?.start, open?.end)).toMatch(/talks were constructive\.$/u);
    // A footer's line ends in a whole word, if one the list lacks.
    const footer = `${story}Watch the full press conference on our livestream`;
    const [watched] = segment(footer);
    expect(footer.slice(watched?.start, watched?.end)).toMatch(/talks were constructive\.$/u);
  });

  it("read a date under an empty byline as the page's date, not as writers", () => {
    const [article] = segment(`Velkova says Norland, Sudria can become trusting partners
By
Nov 6, 2031 , , , , , ,
Norland's foreign minister told Sudria's envoy on Monday their two countries stood to become trusting partners.
The two sides said the talks were constructive.
`);
    expect(article?.bylines).toEqual([]);
    expect(article?.publishedAt).toEqual(new Date("2031-11-06T00:00:00Z"));
  });

  it("read 'By' alone on its line and the writer's name under it as one byline", () => {
    const [article] = segment(`Norland envoy departs for Sudria tonight
National
By
Mate Tongola
| Sep 12, 2031
Norland's envoy will leave for Sudria tonight for a two-day visit, officials said.
The talks are expected to cover the river and the rail corridor.
`);
    expect(article?.bylines.map((b) => b.name)).toEqual(["Mate Tongola"]);
    expect(article?.title).toBe("Norland envoy departs for Sudria tonight");
  });

  it("take a masthead's lines in capitals for no article, and keep a transcript's turns", () => {
    const articles = segment(`CHAIRMAN: DR. TAVI ORMSUND
EDITOR-IN-CHIEF: PROF. DANA KERROW AL-HALDEN

Norland / Government

Norland and Sudria pledge closer ties after Geneva talks

Published: 10 Dec 2031 - 08:54 am | Last Updated: 10 Dec 2031 - 08:59 am
Harbour

NNA

Geneva: Envoys of Norland and Sudria pledged on Monday to work toward closer ties, officials said.

The talks lasted about two hours.
`);
    expect(articles.map((a) => a.title)).toEqual([
      "Norland and Sudria pledge closer ties after Geneva talks",
    ]);
    const transcript = segment(`Remarks by Minister Lind and Minister Kovac

MINISTER LIND:  Thank you all for coming. We had three hours of talks today on the river and the rail corridor.

MINISTER KOVAC:  THANK YOU.

MINISTER LIND:  We will meet again in June, in Tarnby, to sign the rail agreement.
`);
    expect(transcript[0]?.genre).toBe("TRANSCRIPT");
    expect(transcript).toHaveLength(1);
    // A headline in capitals with a colon names no post of a paper's masthead.
    const remarks = segment(`JOINT PRESS AVAILABILITY: MINISTER LIND AND MINISTER KOVAC

Tarnby, June 3, 2031

MINISTER LIND:  Thank you all for coming. We had three hours of talks today on the river and the rail corridor.

MINISTER KOVAC:  Thank you, Ana. We will meet again in June, in Tarnby, to sign the rail agreement.
`);
    expect(remarks[0]?.title).toBe("JOINT PRESS AVAILABILITY: MINISTER LIND AND MINISTER KOVAC");
  });

  it("read '4 hours ago' against the capture time, never the clock, and leave it unresolved without one", () => {
    const page = `Sudria and Norland extend their water accord\n\nPublished 4 hours ago\n\nSudria and Norland extended their water accord by five years on Sunday, officials said.\n`;
    const [captured] = segment(page, new Date("2031-05-04T16:00:00Z"));
    expect(captured).toMatchObject({
      publishedPrecision: "RELATIVE",
      publishedText: "4 hours ago",
      publishedAt: new Date("2031-05-04T12:00:00Z"),
    });
    const [unknown] = segment(page);
    expect(unknown).toMatchObject({ publishedPrecision: "RELATIVE", publishedAt: null });
  });

  it("tell readouts and transcripts by their words", () => {
    const [readout] = segment(`Minister Brandt's Meeting with Minister Okafor
READOUT
June 19, 2031
The following is attributable to Spokesperson Ana Lind:
Minister Ivo Brandt met Minister Lena Okafor in Geneva today. The two discussed the river accord.
`);
    expect(readout?.genre).toBe("READOUT");
    expect(readout?.title).toBe("Minister Brandt's Meeting with Minister Okafor");
    const [transcript] = segment(`Minister Brandt and Minister Okafor Before Their Meeting
June 19, 2031
MINISTER BRANDT: Welcome to Geneva. We are glad to host you.
MINISTER OKAFOR: Thank you. It is good to be here.
MINISTER BRANDT: Let us begin.
`);
    expect(transcript?.genre).toBe("TRANSCRIPT");
    // A joint statement is a readout; a report of one signed is a report.
    const statement = (title: string) =>
      segment(
        `${title}\nJune 19, 2031\nNorland and Sudria reaffirmed their commitment to the river accord.\nThe two sides will meet again next year.\n`,
      )[0]?.genre;
    expect(statement("Norland-Sudria Joint Statement on the River Accord")).toBe("READOUT");
    expect(statement("Brandt, Okafor sign joint statement on deepening their partnership")).toBe("REPORT");
    // A press briefing's transcript by its title; a report of one given is a report.
    expect(statement("Minister Brandt at a Press Availability")).toBe("TRANSCRIPT");
    expect(statement("Minister Brandt and Minister Okafor give a joint news briefing in Geneva")).toBe(
      "REPORT",
    );
  });

  it("keep a byline's name out of the participants", async () => {
    const result = await importPage(db.prisma, {
      content: `Norland and Sudria sign fishing accord\n\nBy Marta Quillfeather, Reuters\n\nJune 21, 2031\n\nGENEVA (Reuters) - Norland's minister Ivo Brandt and Sudria's minister Lena Okafor signed a fishing accord on Saturday, officials said.\n\nThe accord takes effect in July.\n\nReporting by Marta Quillfeather; Editing by Tom Reed\n`,
    });
    const [article] = await articlesOf(result.documentId);
    expect(article?.bylines.map((b) => b.name)).toEqual(["Marta Quillfeather"]);
    expect(article?.outlet.name).toBe("Reuters");
    expect(article?.body).not.toMatch(/Reporting by/);
    const names = article?.candidates
      .filter((c) => c.kind === "PARTICIPANT")
      .map((c) => String((c.data as { name?: string }).name ?? ""));
    expect(names?.some((name) => /Quillfeather|Tom Reed/.test(name))).toBe(false);
  });
});
