/**
 * What the dashboard takes from pages it did not write: addresses that pages give themselves become links
 * only when they are web addresses, and quoted words that a spreadsheet would run as formulas are exported
 * as text.
 */
import { describe, expect, it } from "vitest";
import { webAddress } from "../../packages/web/src/app/dom.ts";
import { csvField } from "../../packages/web/src/app/export.ts";

describe("the dashboard's handling of addresses and exported words", () => {
  it("links http and https addresses only", () => {
    expect(webAddress("https://www.bbc.co.uk/news/world-asia-china-65944706")).toBe(
      "https://www.bbc.co.uk/news/world-asia-china-65944706",
    );
    expect(webAddress("http://example.org/a")).toBe("http://example.org/a");
    for (const unsafe of [
      "javascript:alert(1)",
      " JavaScript:alert(1)",
      "data:text/html,<b>x</b>",
      "vbscript:x",
      "not a url",
      "",
      null,
    ]) {
      expect(webAddress(unsafe)).toBeNull();
    }
  });

  it("exports words that begin like a formula as text, and quotes every field", () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    for (const start of ["+", "-", "@", "\t", "\r"]) expect(csvField(`${start}1`)).toBe(`"'${start}1"`);
    expect(csvField("Both sides agreed")).toBe('"Both sides agreed"');
  });
});
