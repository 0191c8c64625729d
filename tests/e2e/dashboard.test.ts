/**
 * The dashboard in a real browser: the API and the dashboard on the embedded database, opened in Debian's
 * headless Chromium. Checks human labels and dates, evidence behind disclosures (keyboard, and open in print),
 * the agreements and omission matrices, statement groups with the differing words marked, the claims with
 * their explanations, passage search, the export, and an axe-core accessibility scan; saves a screenshot to
 * a temporary directory (READOUT_SCREENSHOT_DIR, or the system's).
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { type RunningServer, readEnv, startServer } from "@readout/api";
import { createDashboardHandler } from "@readout/web";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CHROMIUM = process.env.READOUT_CHROMIUM ?? "/usr/bin/chromium";
export const SCREENSHOT = path.join(process.env.READOUT_SCREENSHOT_DIR ?? tmpdir(), "readout-dashboard.png");

let running: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  running = await startServer(readEnv({ PORT: "0", READOUT_DATA_DIR: "memory://", LOG_LEVEL: "silent" }), {
    extra: await createDashboardHandler(),
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await page.goto(`${running.url}/`);
  await page.waitForSelector("body[data-loaded]");
  await page.waitForSelector("#omissions-table");
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

type AxeResult = {
  passes: unknown[];
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
};

/** axe-core run on the whole page: its serious and critical violations, with a few of the elements at fault. */
async function seriousViolations(target: Page) {
  await target.addScriptTag({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
  const violations = await target.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run: (context: Document) => Promise<AxeResult> } };
    const result = await axe.run(document);
    if (result.passes.length === 0) throw new Error("axe-core checked nothing");
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")),
    }));
  });
  return violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
}

describe("the coverage dashboard", () => {
  it("writes codes as words, dates to their precision, quotes once, and headlines as titles", async () => {
    const body = (await page.locator("main").textContent()) ?? "";
    // No raw enum value anywhere on the page.
    expect(body).not.toMatch(/\b[A-Z]{3,}(?:_[A-Z]+)+\b/);
    expect(body).not.toContain("according to told");
    expect(body).not.toMatch(/[”“"]{2}/);
    expect(body).not.toContain("(relative)");
    const bbc = page.locator("#coverage-table tbody tr", { hasText: "BBC News" });
    expect(await bbc.locator("td").nth(2).textContent()).toBe("state-funded, editorially independent");
    expect(await bbc.locator("td").nth(0).textContent()).toBe("United Kingdom");
    expect(await bbc.locator("cite").textContent()).toBe(
      "Antony Blinken hails ‘candid’ talks on high stakes China trip",
    );
    const forum = page.locator("#coverage-table tbody tr", { hasText: "US-China Energy Industry Forum" });
    expect(await forum.locator(".meta").textContent()).toContain("18 June 2023");
    expect(await forum.locator(".meta").textContent()).not.toMatch(/\d\d:\d\d/);
    const nhk = page.locator("#coverage-table tbody tr", { hasText: "NHK" });
    expect(await nhk.locator(".meta").textContent()).toContain(
      "about 4 hours before capture on 22 April 2024",
    );
    // The attribution as the article words it, with a lead-in that reads.
    const briefing = page.locator("#statements li", { hasText: "told reporters on Friday" }).first();
    expect(await briefing.locator(".meta").first().textContent()).toContain(
      "via briefing · source as written: “told reporters on Friday”",
    );
  });

  it("shows the agreements × outlets matrix, with the words behind a disclosure that keyboards open", async () => {
    expect(await page.locator("#event option:checked").textContent()).toBe("Blinken–Qin talks in Beijing");
    const headers = await page.locator("#matrix-table thead th").allTextContents();
    expect(headers).toEqual([
      "Agreement",
      "Global Times",
      "US-China Energy Industry Forum",
      "NHK",
      "BBC News",
    ]);
    expect(await page.locator("#matrix-table tbody tr").count()).toBe(7);
    const visit = page.locator("#matrix-table tbody tr", { hasText: "invitation to visit" });
    // The Global Times' acceptance formula is graded as the acceptance it is (prisma/datasets/README.md).
    expect(await visit.locator("td summary").allTextContents()).toEqual([
      "agreed",
      "agreed",
      "agreed",
      "agreed",
    ]);
    const gtCell = visit.locator("td").nth(0);
    const words = gtCell.locator(".detail");
    expect(await words.isVisible()).toBe(false);
    await gtCell.locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => words.isVisible()).toBe(true);
    expect(await words.textContent()).toContain("expressed his willingness to visit the US");
    await page.keyboard.press("Enter");
    await expect.poll(() => words.isVisible()).toBe(false);
    const flights = page.locator("#matrix-table tbody tr", { hasText: "passenger flights" });
    expect(await flights.locator("td.silent").count()).toBe(3);
  });

  it("opens the evidence with a tap on a phone-sized touch screen, with no serious accessibility violation there", async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    try {
      const phone = await context.newPage();
      await phone.goto(`${running.url}/`);
      await phone.waitForSelector("#omissions-table");
      const cell = phone.locator('#omissions-table tbody tr[data-fact="more-passenger-flights"] td').first();
      await cell.locator("summary").scrollIntoViewIfNeeded();
      expect(await cell.locator(".detail").isVisible()).toBe(false);
      await cell.locator("summary").tap();
      await expect.poll(() => cell.locator(".detail").isVisible()).toBe(true);
      expect(await cell.locator(".detail").textContent()).toContain("passenger flights");
      expect(await seriousViolations(phone)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("prints every disclosure open", async () => {
    const words = page
      .locator("#matrix-table tbody tr", { hasText: "invitation to visit" })
      .locator(".detail")
      .first();
    expect(await words.isVisible()).toBe(false);
    await page.emulateMedia({ media: "print" });
    expect(await words.isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });
    expect(await words.isVisible()).toBe(false);
  });

  it("shows who left out what, by outlet and grouped by outlet kind", async () => {
    const byOutlet = page.locator("#omissions-table thead th");
    expect(await byOutlet.count()).toBe(5);
    const flights = page.locator('#omissions-table tbody tr[data-fact="more-passenger-flights"]');
    expect(await flights.locator('td[data-presence="ABSENT"]').count()).toBe(3);
    await page.locator("#group-by").selectOption("KIND");
    await expect.poll(() => page.locator("#omissions-table thead th").count()).toBe(4);
    const columns = await page.locator("#omissions-table thead th").allInnerTexts();
    expect(columns.map((column) => column.split("\n")[0])).toEqual([
      "Fact",
      "state media",
      "think tank or forum",
      "public broadcaster",
    ]);
    const taiwan = page.locator('#omissions-table tbody tr[data-fact="qin-taiwan-most-prominent-risk"]');
    expect(await taiwan.locator("td").nth(2).locator("summary").textContent()).toBe("reported (2)");
    await page.locator("#group-by").selectOption("OUTLET");
    await expect.poll(() => page.locator("#omissions-table thead th").count()).toBe(5);
  });

  it("marks the words in which one statement's versions differ", async () => {
    const group = page.locator('#groups [data-group="qin-taiwan-most-prominent-risk"]');
    expect(await group.locator("li").count()).toBe(3);
    const nhk = group.locator("li", { hasText: "NHK" });
    const marked = await nhk.locator("mark").allTextContents();
    expect(marked.join(" ")).toContain("center");
    expect(marked.join(" ")).not.toContain("prominent risk");
  });

  it("charts numeric claims with exact values as markers, start times as clock times, and characterisations as sets", async () => {
    const chart = page.locator('canvas[data-attribute="duration"]');
    const label = (await chart.getAttribute("aria-label")) ?? "";
    expect(label).toContain("NHK: 450 minutes (talks and dinner)");
    expect(label).toContain("Global Times: 324–360 minutes (talks)");
    expect(label).toContain("(credited to some media)");
    const duration = page.locator('#charts .claim[data-attribute="duration"]');
    expect(await duration.locator(".verdict").textContent()).toBe("explained by scope");
    expect(await duration.locator(".explanation").textContent()).toContain("talks 330 minutes");
    const start = page.locator('canvas[data-attribute="start time"]');
    expect(await start.getAttribute("aria-label")).toContain(
      "US-China Energy Industry Forum: 12:00–17:59 (talks)",
    );
    const characterisation = page.locator('#charts .claim[data-attribute="characterisation"]');
    expect(await characterisation.locator(".verdict").textContent()).toBe("different words");
    const bbc = characterisation.locator("tbody tr", { hasText: "BBC News" });
    expect(await bbc.locator(".tag.shared").allTextContents()).toEqual(["candid"]);
    expect(await bbc.locator(".tag.missing").allTextContents()).toEqual(["constructive", "in-depth"]);
    // An exact value is a marker of its own colour drawn at the value: pixels of the chart are not one colour.
    const distinctColours = await chart.evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext("2d");
      if (!context) return 0;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 16)
        colours.add((data[i] ?? 0) * 65536 + (data[i + 1] ?? 0) * 256 + (data[i + 2] ?? 0));
      return colours.size;
    });
    expect(distinctColours).toBeGreaterThan(3);
  });

  it("groups who said what by speaker, with the chain by which it reached the outlet", async () => {
    const speakers = await page.locator("#statements h3").allTextContents();
    expect(speakers).toEqual(expect.arrayContaining(["Qin Gang (7)", "Antony Blinken (2)"]));
    const relayed = page.locator("#statements li", { hasText: "Beijing was committed to building" }).first();
    const chain = relayed.locator("details.chain");
    await chain.locator("summary").click();
    expect(await chain.locator("ol.chain").textContent()).toMatch(/said by\s*Qin Gang/);
  });

  it("finds passages with the matched phrase highlighted, and filters them by outlet", async () => {
    await page.locator("#search-query").fill('"core interests"');
    await page.locator("#search-form button").click();
    await page.waitForSelector("#passage-list");
    const marks = await page.locator("#passage-list mark").allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toBe("core interests");
    const outlets = new Set(
      await page
        .locator("#passage-list > li")
        .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.outlet)),
    );
    expect(outlets.size).toBeGreaterThan(1);
    await page.locator("#search-outlet").selectOption({ label: "NHK" });
    await page.locator("#search-form button").click();
    await expect
      .poll(
        async () =>
          new Set(
            await page
              .locator("#passage-list > li")
              .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.outlet)),
          ),
      )
      .toEqual(new Set(["NHK"]));
    await page.locator("#search-outlet").selectOption({ label: "All outlets" });
    await page.locator("#search-kind").selectOption({ label: "public broadcaster" });
    await page.locator("#search-form button").click();
    await expect
      .poll(
        async () =>
          new Set(
            await page
              .locator("#passage-list > li")
              .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.outlet)),
          ),
      )
      .toEqual(new Set(["NHK", "BBC News"]));
  });

  it("exports the event's report as CSV with headline, address and date columns, and as JSON", async () => {
    const [csv] = await Promise.all([page.waitForEvent("download"), page.locator("#export-csv").click()]);
    expect(csv.suggestedFilename()).toBe("2023-06-18-blinken-qin-beijing.csv");
    const text = await readFile((await csv.path()) as string, "utf8");
    const [header, ...rows] = text.trim().split("\r\n");
    expect(header).toBe('"kind","fact","outlet","reading","words","article title","article url","published"');
    expect(
      rows.some(
        (row) =>
          row.startsWith('"claim","duration: explained by scope","Global Times"') &&
          row.includes("credited to some media"),
      ),
    ).toBe(true);
    expect(rows.some((row) => row.startsWith('"omission (agreement)"'))).toBe(true);
    const [json] = await Promise.all([page.waitForEvent("download"), page.locator("#export-json").click()]);
    const report = JSON.parse(await readFile((await json.path()) as string, "utf8"));
    expect(report.event.key).toBe("2023-06-18-blinken-qin-beijing");
    expect(report.omissions.rows.length).toBeGreaterThan(10);
  });

  it("has no serious or critical accessibility violations (axe-core), and saves a screenshot", async () => {
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    console.info(`dashboard screenshot: ${SCREENSHOT}`);
  });
});
