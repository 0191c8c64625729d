/**
 * Packs captured page files into a WARC web archive, one `response` record per file, so that a set of
 * captures (an evaluation set, a folder of pages) can be imported as one archive:
 *
 *   pnpm --filter @readout/ingest exec tsx scripts/make-warc.ts <file or folder…> -o pages.warc.gz
 *
 * Each record's WARC-Target-URI is the file's `file://` URL (a page's own front matter or metadata still
 * names its real address) and its WARC-Date the file's modification time; `.gz` compresses the archive.
 */
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { listInputs } from "../src/bulk/sources.ts";
import { writeWarc } from "../src/bulk/warc-writer.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { output: { type: "string", short: "o" } },
});
if (!values.output || positionals.length === 0) {
  console.error("Usage: make-warc.ts <file or folder…> -o <archive.warc[.gz]>");
  process.exit(2);
}
const inputs = (await listInputs(positionals)).filter((input) => input.kind === "page");
const pages = [];
for (const input of inputs) {
  const html = /\.x?html?$/i.test(input.path);
  pages.push({
    url: pathToFileURL(path.resolve(input.path)).href,
    date: (await stat(input.path)).mtime,
    content: await readFile(input.path),
    contentType: `${html ? "text/html" : "text/plain"}; charset=utf-8`,
  });
}
const data = await writeWarc(pages, {
  gzip: values.output.endsWith(".gz"),
  filename: path.basename(values.output),
});
await writeFile(values.output, data);
console.log(`wrote ${pages.length} pages to ${values.output} (${data.byteLength} bytes)`);
