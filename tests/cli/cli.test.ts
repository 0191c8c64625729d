import { type RunningServer, readEnv, startServer } from "@readout/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runReadout } from "../kit/cli.ts";

let running: RunningServer;
let api: string;

beforeAll(async () => {
  running = await startServer(readEnv({ PORT: "0", READOUT_DATA_DIR: "memory://", LOG_LEVEL: "silent" }));
  api = `${running.url}/graphql`;
});
afterAll(() => running?.close());

/** Runs `readout` in-process and captures what it prints. */
function readout(...argv: string[]) {
  return runReadout({}, argv);
}

const EVENT = "2023-06-18-blinken-qin-beijing";

describe("readout report", () => {
  it("prints the comparison of the seed event as tables", async () => {
    const { code, stdout } = await readout("report", EVENT, "--api", api);
    expect(code).toBe(0);
    expect(stdout).toContain("Coverage of Blinken–Qin talks in Beijing");
    expect(stdout).toMatch(/Qin Gang accepts Blinken's\s.*│ agreed\s+│ agreed\s+│ agreed\s+│ agreed\s+│ no/s);
    expect(stdout).toContain("Claims: duration — explained by scope");
    expect(stdout).toContain("450 minutes");
    expect(stdout).toContain("Key statements");
    expect(stdout).not.toContain(`${String.fromCharCode(27)}[`); // no colour codes when not on a terminal
  });

  it("prints Markdown and JSON", async () => {
    const markdown = await readout("report", EVENT, "--api", api, "--format", "markdown");
    expect(markdown.stdout).toMatch(/^# Blinken–Qin talks in Beijing/);
    expect(markdown.stdout).toContain(
      "| Agreement | Global Times | US-China Energy Industry Forum | NHK | BBC News | Strength differs |",
    );
    const json = await readout("report", EVENT, "--api", api, "--format", "json");
    const parsed = JSON.parse(json.stdout) as { key: string; coverage: { outletCount: number } };
    expect(parsed).toMatchObject({ key: EVENT, coverage: { outletCount: 4 } });
  });

  it("exits 4 for an unknown event and 3 when the API cannot be reached, saying so", async () => {
    const missing = await readout("report", "no-such-event", "--api", api);
    expect(missing).toMatchObject({ code: 4, stdout: "" });
    expect(missing.stderr).toContain('No event has the key "no-such-event"');
    const unreachable = await readout("report", EVENT, "--api", "http://127.0.0.1:9/graphql");
    expect(unreachable.code).toBe(3);
    expect(unreachable.stderr).toContain("Cannot reach the Readout API at http://127.0.0.1:9/graphql");
  });
});

describe("readout export", () => {
  it("streams every article of the corpus as NDJSON, page by page, with progress lines", async () => {
    const { code, stdout, stderr } = await readout("export", "articles", "--api", api, "--page-size", "3");
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { title: string; body: string; outlet: { name: string } });
    expect(lines).toHaveLength(4);
    for (const article of lines) expect(article.body.length).toBeGreaterThan(500);
    expect(stderr).toContain("exported 3/4 articles\nexported 4/4 articles\n");
    expect(stderr).toContain("done: 4 articles");
  });

  it("writes CSV with a header, for one event", async () => {
    const { code, stdout } = await readout(
      "export",
      "claims",
      "--api",
      api,
      "--event",
      EVENT,
      "--format",
      "csv",
      "--quiet",
    );
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trim().split("\n");
    expect(header).toBe(
      "key,event,attribute,value,normalized,qualifier,min,max,unit,scope,according_to,outlet,article,article_title,url,page_url,published_at,published_precision,published_text,published,start,end,context_before,words,context_after,citation",
    );
    expect(rows.length).toBeGreaterThanOrEqual(7);
    expect(rows).toContainEqual(
      expect.stringContaining("nhk-duration,2023-06-18-blinken-qin-beijing,duration"),
    );
  });

  it("refuses bad usage with exit code 2", async () => {
    expect((await readout("export", "everything", "--api", api)).code).toBe(2);
    expect((await readout("export", "articles", "--page-size", "500", "--api", api)).code).toBe(2);
    expect((await readout("frobnicate")).code).toBe(2);
    const help = await readout("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(
      "Exit codes: 0 done, 1 failed, 2 bad usage, 3 API unreachable, 4 not found.",
    );
  });
});
