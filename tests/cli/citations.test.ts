/**
 * Citations: every fact that `readout export` writes (CSV and NDJSON) carries what a footnote needs — the
 * article's title, outlet, address and publication date with its precision — and its exact words with the
 * body's words either side; `--format csl-json` gives reference managers one item per article cited; the
 * Markdown report quotes in full and names each quote's source. Against a real server on the seed, plus a
 * small dataset whose article has an address.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type RunningServer, readEnv, startServer } from "@readout/api";
import { loadDatasetFile, sliceCodePoints } from "@readout/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runReadout } from "../kit/cli.ts";

const SEED_EVENT = "2023-06-18-blinken-qin-beijing";
const WIRE_EVENT = "2031-05-01-lakeside-talks";

let running: RunningServer;
let api: string;
let dir: string;

/** A one-article dataset whose article has its own address and a minute-precision date with an offset. */
const PAGE = `Lakeside Wire

Ministers agree to meet again

Two ministers met at the Lakeside Hall on Thursday. They agreed to meet again within a year, a spokesperson said. “We will keep talking,” the spokesperson told reporters after the three-hour meeting.

Share this story
`;
const DATASET = `
version: 1
sources:
  - { key: lakeside-wire-page, file: page.txt, url: "https://wire.example/capture/1", capturedAt: "2031-05-02" }
outlets:
  - { key: lakeside-wire, name: Lakeside Wire, kind: WIRE }
events:
  - { key: ${WIRE_EVENT}, title: Lakeside talks, startsAt: "2031-05-01", startPrecision: DAY }
articles:
  - key: lakeside-wire-ministers
    source: lakeside-wire-page
    outlet: lakeside-wire
    title: Ministers agree to meet again
    url: https://wire.example/news/ministers-agree
    bodyStart: { exact: Two ministers met }
    bodyEnd: { exact: "after the three-hour meeting." }
    genre: REPORT
    publishedAt: "2031-05-01T18:30:00+02:00"
    publishedPrecision: MINUTE
    bylines: [{ name: Ada Example }]
    events: [${WIRE_EVENT}]
agreements:
  - key: lakeside-meet-again
    event: ${WIRE_EVENT}
    summary: Meet again within a year
    reports:
      - { article: lakeside-wire-ministers, strength: AGREED, quote: { exact: agreed to meet again within a year } }
statements:
  - key: lakeside-keep-talking
    article: lakeside-wire-ministers
    speakerLabel: a spokesperson
    mode: DIRECT
    quote: { exact: "“We will keep talking,”" }
claims:
  - key: lakeside-duration
    event: ${WIRE_EVENT}
    article: lakeside-wire-ministers
    attribute: duration
    value: three-hour
    scope: talks
    quote: { exact: three-hour }
`;

beforeAll(async () => {
  running = await startServer(readEnv({ PORT: "0", READOUT_DATA_DIR: "memory://", LOG_LEVEL: "silent" }));
  api = `${running.url}/graphql`;
  dir = await mkdtemp(path.join(tmpdir(), "readout-citations-"));
  await writeFile(path.join(dir, "page.txt"), PAGE);
  await writeFile(path.join(dir, "dataset.yaml"), DATASET);
  await loadDatasetFile(running.db.prisma, path.join(dir, "dataset.yaml"));
});
afterAll(async () => {
  await running?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function readout(...argv: string[]) {
  const result = await runReadout({}, [...argv, "--api", api]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return result.stdout;
}

/**
 * Reads CSV by RFC 4180's rules (fields in double quotes, a doubled quote inside one): written here so the
 * test does not rely on the writer's own library to read its output back.
 */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [[]];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      rows.at(-1)?.push(field);
      field = "";
    } else if (char === "\n") {
      rows.at(-1)?.push(field);
      field = "";
      rows.push([]);
    } else field += char;
  }
  if (rows.at(-1)?.length === 0) rows.pop();
  const [header, ...body] = rows;
  return body.map((row) => Object.fromEntries((header ?? []).map((name, i) => [name, row[i] ?? ""])));
}

const fold = (text: string) => text.replace(/\s+/gu, " ");

/** The seed's article bodies by key, from the articles export. */
async function bodies(): Promise<Map<string, string>> {
  const lines = (await readout("export", "articles", "--quiet")).trim().split("\n");
  return new Map(
    lines.map((line) => {
      const article = JSON.parse(line) as { key: string; body: string };
      return [article.key, article.body];
    }),
  );
}

/** A footnote row: the words are the body's own, and the context is the body's words either side. */
function expectCitedRow(row: Record<string, string>, body: string | undefined) {
  expect(body, row.article).toBeDefined();
  const text = body ?? "";
  const start = Number(row.start);
  const end = Number(row.end);
  expect(sliceCodePoints(text, start, end)).toBe(row.words);
  const before = fold(sliceCodePoints(text, 0, start));
  const after = fold(sliceCodePoints(text, end, Array.from(text).length));
  expect(before.endsWith(row.context_before ?? "-"), `${row.context_before} | ${row.words}`).toBe(true);
  expect(after.startsWith(row.context_after ?? "-"), `${row.words} | ${row.context_after}`).toBe(true);
  // Some words either side, whole words only, wherever the body has them.
  if (start > 40) expect(row.context_before?.trim().split(" ").length).toBeGreaterThanOrEqual(2);
  if (after.length > 40) expect(row.context_after?.trim().split(" ").length).toBeGreaterThanOrEqual(2);
  for (const edge of [row.context_before?.trimStart() ?? "", row.context_after?.trimEnd() ?? ""]) {
    if (edge) expect(` ${before} ${row.words} ${after} `).toContain(` ${edge.trim().split(" ")[0]}`);
  }
  expect(row.article_title).not.toBe("");
  expect(row.outlet).not.toBe("");
  expect(row.published_precision).toMatch(/^(MINUTE|HOUR|DAY|MONTH|YEAR|RELATIVE|UNKNOWN)$/);
  expect(row.citation).toContain(`“${row.article_title}”`);
  expect(row.citation).toContain(row.outlet);
  expect(row.citation).toContain(row.published);
}

describe("CSV exports cite every fact", () => {
  it("gives each claim, statement and agreement report its article, date with precision and words in context", async () => {
    const text = await bodies();
    for (const kind of ["claims", "statements", "agreements"]) {
      const rows = parseCsv(
        await readout("export", kind, "--event", SEED_EVENT, "--format", "csv", "--quiet"),
      );
      expect(rows.length, kind).toBeGreaterThan(5);
      for (const row of rows) expectCitedRow(row, text.get(row.article ?? ""));
    }
  });

  it("says through which channel a statement came", async () => {
    const rows = parseCsv(
      await readout("export", "statements", "--event", SEED_EVENT, "--format", "csv", "--quiet"),
    );
    expect(rows.find((row) => row.key === "gt-qin-lowest-point")).toMatchObject({
      according_to: "a readout issued by the Chinese Foreign Ministry",
      channel: "READOUT",
      channel_issuer: expect.stringContaining("Chinese Foreign Ministry"),
    });
  });

  it("writes the publication date to the precision it is known to, and says when it is not known", async () => {
    const rows = parseCsv(
      await readout("export", "claims", "--event", SEED_EVENT, "--format", "csv", "--quiet"),
    );
    const byKey = new Map(rows.map((row) => [row.key, row]));
    expect(byKey.get("gt-duration-nearly-six")).toMatchObject({
      outlet: "Global Times",
      article_title: "Qin, Blinken conclude a ‘long candid, in-depth, and constructive’ talk",
      published_at: "2023-06-18T14:51:00.000Z",
      published_precision: "MINUTE",
      published: "2023-06-18 14:51 UTC",
      published_text: "Published: Jun 18, 2023 10:51 PM",
      context_before: "Antony Blinken concluded a ",
      words: "nearly six-hour",
      context_after: " candid, in-depth and",
    });
    expect(byKey.get("hsieh-duration")).toMatchObject({
      published_precision: "DAY",
      published: "2023-06-18",
    });
    // A figure the paper credits to others says so, next to its own.
    expect(byKey.get("gt-duration-media-reports")).toMatchObject({
      outlet: "Global Times",
      according_to: "some media",
    });
    expect(byKey.get("gt-duration-nearly-six")?.according_to).toBe("");
    expect(byKey.get("nhk-duration")).toMatchObject({
      published_at: "",
      published_precision: "RELATIVE",
      published: "“4 hours ago” (relative to an unknown time)",
    });
    expect(byKey.get("bbc-place")).toMatchObject({
      published_precision: "UNKNOWN",
      published: "date unknown",
    });
  });

  it("cites the article's own address", async () => {
    const [claim] = parseCsv(
      await readout("export", "claims", "--event", WIRE_EVENT, "--format", "csv", "--quiet"),
    );
    expect(claim).toMatchObject({
      key: "lakeside-duration",
      url: "https://wire.example/news/ministers-agree",
      page_url: "https://wire.example/capture/1",
      published: "2031-05-01 16:30 UTC",
      context_before: "told reporters after the ",
      words: "three-hour",
      context_after: " meeting.",
      citation:
        "Ada Example, “Ministers agree to meet again”, Lakeside Wire, 2031-05-01 16:30 UTC, https://wire.example/news/ministers-agree",
    });
    const [report] = parseCsv(
      await readout("export", "agreements", "--event", WIRE_EVENT, "--format", "csv", "--quiet"),
    );
    expect(report).toMatchObject({
      key: "lakeside-meet-again",
      strength: "AGREED",
      words: "agreed to meet again within a year",
      url: "https://wire.example/news/ministers-agree",
    });
  });
});

describe("NDJSON exports cite every fact", () => {
  it("adds the words in context and the footnote to each record, and to each agreement report", async () => {
    const statements = (await readout("export", "statements", "--event", SEED_EVENT, "--quiet"))
      .trim()
      .split("\n")
      .map(
        (line) =>
          JSON.parse(line) as {
            evidence: { exact: string; prefix: string; suffix: string };
            article: { title: string; outlet: { name: string }; publishedPrecision: string };
            context: { before: string; exact: string; after: string };
            citation: { id: string; text: string };
          },
      );
    expect(statements.length).toBeGreaterThan(10);
    for (const statement of statements) {
      expect(statement.context.exact).toBe(statement.evidence.exact);
      expect(fold(statement.evidence.prefix).endsWith(statement.context.before)).toBe(true);
      expect(fold(statement.evidence.suffix).startsWith(statement.context.after)).toBe(true);
      expect(statement.citation.text).toContain(statement.article.title);
      expect(statement.citation.text).toContain(statement.article.outlet.name);
      expect(statement.article.publishedPrecision).toBeTruthy();
    }
    const [agreement] = (await readout("export", "agreements", "--event", WIRE_EVENT, "--quiet"))
      .trim()
      .split("\n")
      .map(
        (line) =>
          JSON.parse(line) as {
            reports: {
              edges: { node: { context: { before: string }; citation: { id: string; text: string } } }[];
            };
          },
      );
    expect(agreement?.reports.edges[0]?.node).toMatchObject({
      context: { before: "Hall on Thursday. They " },
      citation: {
        id: "lakeside-wire-ministers",
        text: expect.stringContaining("https://wire.example/news/ministers-agree"),
      },
    });
  });
});

describe("CSL-JSON", () => {
  type Item = Record<string, unknown> & { id: string; type: string };

  it("gives one item per article cited, typed by outlet kind, with the dates it knows", async () => {
    const items = JSON.parse(
      await readout("export", "claims", "--event", SEED_EVENT, "--format", "csl-json", "--quiet"),
    ) as Item[];
    expect(items.map((item) => item.id).sort()).toEqual([
      "bbc-blinken-hails-candid-talks",
      "gt-qin-blinken-conclude-talk",
      "hsieh-blinken-first-day",
      "nhk-continued-dialogue",
    ]);
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get("gt-qin-blinken-conclude-talk")).toEqual({
      id: "gt-qin-blinken-conclude-talk",
      type: "article-newspaper",
      title: "Qin, Blinken conclude a ‘long candid, in-depth, and constructive’ talk",
      "container-title": "Global Times",
      author: [{ literal: "GT staff reporters" }],
      issued: { "date-parts": [[2023, 6, 18]] },
      accessed: { "date-parts": [[2024, 4, 22]] },
      language: "en",
    });
    // The think tank's commentary is a web page; its date is known to the day.
    expect(byId.get("hsieh-blinken-first-day")).toMatchObject({
      type: "webpage",
      genre: "opinion",
      issued: { "date-parts": [[2023, 6, 18]] },
    });
    // "4 hours ago" is no date: none is invented, the page's words are kept in a note.
    const nhk = byId.get("nhk-continued-dialogue");
    expect(nhk).not.toHaveProperty("issued");
    expect(nhk?.note).toContain("4 hours ago");
    expect(byId.get("bbc-blinken-hails-candid-talks")).toMatchObject({
      type: "article-newspaper",
      author: [{ literal: "Anthony Zurcher" }, { literal: "Antoinette Radford" }],
    });
    expect(byId.get("bbc-blinken-hails-candid-talks")).not.toHaveProperty("issued");
  });

  it("carries the article's address, and lists every article when articles are exported", async () => {
    const [item] = JSON.parse(
      await readout("export", "claims", "--event", WIRE_EVENT, "--format", "csl-json", "--quiet"),
    ) as Item[];
    expect(item).toMatchObject({
      id: "lakeside-wire-ministers",
      type: "article-newspaper",
      URL: "https://wire.example/news/ministers-agree",
      issued: { "date-parts": [[2031, 5, 1]] },
      accessed: { "date-parts": [[2031, 5, 2]] },
      author: [{ literal: "Ada Example" }],
    });
    const all = JSON.parse(await readout("export", "articles", "--format", "csl-json", "--quiet")) as Item[];
    expect(all).toHaveLength(5);
    for (const entry of all) {
      expect(typeof entry.title).toBe("string");
      expect(typeof entry["container-title"]).toBe("string");
    }
  });
});

describe("the Markdown report", () => {
  it("quotes every statement and claim in full, and numbers its sources", async () => {
    const report = JSON.parse(await readout("report", SEED_EVENT, "--format", "json")) as {
      statements: { evidence: { exact: string } }[];
      discrepancies: { sides: { claims: { evidence: { exact: string } }[] }[] }[];
    };
    const markdown = await readout("report", SEED_EVENT, "--format", "markdown");
    const words = [
      ...report.statements.map((statement) => statement.evidence.exact),
      ...report.discrepancies.flatMap((d) =>
        d.sides.flatMap((side) => side.claims.map((c) => c.evidence.exact)),
      ),
    ];
    expect(words.length).toBeGreaterThan(20);
    expect(words.some((w) => w.length > 120)).toBe(true);
    for (const exact of words) expect(markdown).toContain(exact.replaceAll("|", "\\|").replaceAll("\n", " "));
    expect(markdown).not.toContain("…");
    // Sources are numbered once; each quote names the number of its own article.
    const number = (outlet: string, title: string, published: string) => {
      const row = new RegExp(`^\\| (\\[\\d+\\]) \\| ${outlet} \\| ${title} \\| ${published} \\|`, "mu").exec(
        markdown,
      );
      expect(row, `${outlet}: ${title}`).not.toBeNull();
      return row?.[1] ?? "";
    };
    const gt = number(
      "Global Times",
      "Qin, Blinken conclude a ‘long candid, in-depth, and constructive’ talk",
      "2023-06-18 14:51 UTC",
    );
    const nhk = number(
      "NHK",
      "US Secretary of State, Chinese counterpart agree on continued dialogue",
      "“4 hours ago” \\(relative to an unknown time\\)",
    );
    const bbc = number(
      "BBC News",
      "Antony Blinken hails ‘candid’ talks on high stakes China trip",
      "date unknown",
    );
    expect(new Set([gt, nhk, bbc]).size).toBe(3);
    // Words that carry their own quotation marks are not wrapped in a second pair.
    expect(markdown).toContain(
      `| “If we want to make sure, as we do, that the competition that we have with China doesn’t veer into conflict, the place you start is with communicating,” | ${bbc} |`,
    );
    expect(markdown).toContain(`| Global Times |  | “nearly six-hour” | ${gt} |`);
    expect(markdown).toContain(
      `| Global Times | some media | “lasted for 5.5 hours before Qin and Blinken moved to a working dinner” | ${gt} |`,
    );
    const wire = await readout("report", WIRE_EVENT, "--format", "markdown");
    expect(wire).toContain(
      "| [1] | Lakeside Wire | Ministers agree to meet again | 2031-05-01 16:30 UTC | https://wire.example/news/ministers-agree |",
    );
    expect(markdown).toContain(`| “seven-and-a-half-hour meeting that included a dinner” | ${nhk} |`);
  });
});
