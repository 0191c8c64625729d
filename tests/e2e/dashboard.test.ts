/**
 * The dashboard in a real browser: the API and the dashboard on the embedded database, opened in Debian's
 * headless Chromium. Checks the agreements × outlets matrix, the disputed-claims chart and the statements,
 * and saves a screenshot to tests/e2e/output/dashboard.png.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { type RunningServer, readEnv, startServer } from "@readout/api";
import { createDashboardHandler } from "@readout/web";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CHROMIUM = process.env.READOUT_CHROMIUM ?? "/usr/bin/chromium";
export const SCREENSHOT = path.resolve(import.meta.dirname, "output/dashboard.png");

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
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const started = Date.now();
  await page.goto(`${running.url}/`);
  await page.waitForSelector("body[data-loaded]");
  console.info(`dashboard loaded in ${Date.now() - started} ms`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

describe("the coverage dashboard", () => {
  it("shows the seed event's agreements × outlets matrix, with the words on click", async () => {
    expect(await page.locator("#event option:checked").textContent()).toBe("Blinken–Qin talks in Beijing");
    const headers = await page.locator("#matrix-table thead th").allTextContents();
    expect(headers).toEqual([
      "Agreement",
      "Global Times",
      "US-China Energy Industry Forum",
      "NHK",
      "BBC News",
    ]);
    const rows = page.locator("#matrix-table tbody tr");
    expect(await rows.count()).toBe(7);
    const visit = page.locator("#matrix-table tbody tr", { hasText: "invitation to visit" });
    // The Global Times' acceptance formula is graded as the acceptance it is (prisma/datasets/README.md).
    expect(await visit.locator("td").allTextContents()).toEqual(["agreed", "agreed", "agreed", "agreed"]);
    const gtCell = visit.locator("td").nth(1);
    expect(await gtCell.getAttribute("title")).toContain("expressed his willingness to visit the US");
    await gtCell.click();
    await expect.poll(() => page.locator("#evidence").textContent()).toContain("Global Times on");
    const flights = page.locator("#matrix-table tbody tr", { hasText: "passenger flights" });
    expect(await flights.locator("td.silent").count()).toBe(3);
  });

  it("charts the disputed duration as intervals per outlet, coloured by scope", async () => {
    const chart = page.locator('canvas[data-attribute="duration"]');
    const label = (await chart.getAttribute("aria-label")) ?? "";
    expect(label).toContain("NHK: 450 minutes (talks and dinner)");
    expect(label).toContain("Global Times: 324–360 minutes (talks)");
    expect(await page.locator("#charts .verdict").first().textContent()).toBe("explained by scope");
    // The chart has been drawn: its pixels are not all one colour.
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

  it("groups who said what by speaker, and saves a screenshot", async () => {
    const speakers = await page.locator("#statements h3").allTextContents();
    expect(speakers).toEqual(expect.arrayContaining(["Qin Gang (7)", "Antony Blinken (2)"]));
    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });
});
