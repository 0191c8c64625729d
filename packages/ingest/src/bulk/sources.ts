/**
 * Where bulk imports find their pages: files named one by one, folders walked recursively (page files and
 * web archives, hidden files and folders skipped, in a stable order), and WARC files (the web archive
 * format, ISO 28500), read with warcio: each `response` or `resource` record with an HTML or text
 * payload is one page, its WARC-Target-URI the page's URL and its WARC-Date the capture time.
 *
 * Every page is checked the same way wherever it comes from: too large, binary (NUL bytes) or not in its
 * declared encoding (UTF-8 when none is declared) is refused with a stable code, naming it.
 */
import { createReadStream } from "node:fs";
import { open, readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { WARCParser, type WARCRecord } from "warcio";

/** Files a folder walk imports as pages. */
const PAGE_FILE = /\.(txt|text|md|markdown|html?|xhtml)$/i;
/** Files read as web archives, named or found in a folder. */
const WARC_FILE = /\.warc(\.gz)?$/i;
const HTML_FILE = /\.x?html?$/i;

/** Payload types of WARC records that are pages. */
const PAGE_MEDIA_TYPE = /^(text\/html|application\/xhtml\+xml|text\/plain|text\/markdown)$/i;

/** Why a page was refused before anything was written, with a stable code. */
export type PageSourceCode = "NOT_FOUND" | "TOO_LARGE" | "BINARY" | "ENCODING" | "UNREADABLE" | "WARC";

export class PageSourceError extends Error {
  constructor(
    readonly code: PageSourceCode,
    message: string,
  ) {
    super(message);
  }
}

export interface BulkInput {
  /** The file's path as found (the folder given, joined with the path inside it). */
  path: string;
  kind: "page" | "warc";
}

/** A page to import, or one refused, with what names it in progress lines and summaries. */
export type BulkPage = {
  /** The file, or for a WARC record `archive.warc#3` (the third page of the archive). */
  name: string;
  url?: string | undefined;
  capturedAt?: Date | undefined;
} & (
  | { content: string; mediaType: "text/html" | "text/plain"; error?: undefined }
  | { error: PageSourceError; content?: undefined }
);

const hidden = (relative: string) => relative.split(/[\\/]/).some((part) => part.startsWith("."));

/** Paths compared part by part, by code unit: the same order on every machine and locale. */
function comparePaths(a: string, b: string): number {
  const left = a.split(/[\\/]/);
  const right = b.split(/[\\/]/);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const [l, r] = [left[i] as string, right[i] as string];
    if (l !== r) return l < r ? -1 : 1;
  }
  return left.length - right.length;
}

/**
 * The files to import, in order: each path as given, a folder's page files and web archives found
 * recursively (sorted, hidden ones skipped). A file named explicitly is imported whatever its extension.
 */
export async function listInputs(paths: string[]): Promise<BulkInput[]> {
  const inputs: BulkInput[] = [];
  const kindOf = (file: string): BulkInput["kind"] => (WARC_FILE.test(file) ? "warc" : "page");
  for (const entry of paths) {
    const info = await stat(entry).catch(() => null);
    if (!info) throw new PageSourceError("NOT_FOUND", `No such file or folder: ${entry}`);
    if (!info.isDirectory()) {
      inputs.push({ path: entry, kind: kindOf(entry) });
      continue;
    }
    const found = await readdir(entry, { recursive: true, withFileTypes: true });
    const names = found
      .filter((dirent) => dirent.isFile() || dirent.isSymbolicLink())
      .map((dirent) => path.relative(entry, path.join(dirent.parentPath, dirent.name)))
      .filter((name) => !hidden(name) && (PAGE_FILE.test(name) || WARC_FILE.test(name)))
      .sort(comparePaths);
    inputs.push(...names.map((name) => ({ path: path.join(entry, name), kind: kindOf(name) })));
  }
  return inputs;
}

/** A media type's charset parameter, or from an HTML page's own <meta charset> in its first kilobyte. */
function declaredCharset(contentType: string | null | undefined, bytes: Uint8Array): string | null {
  const header = contentType?.match(/;\s*charset\s*=\s*"?([^";\s]+)/i)?.[1];
  if (header) return header;
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i)?.[1] ?? null;
}

/**
 * A page's text from its bytes: refused when it is larger than `maxBytes`, binary, or not valid in its
 * charset (UTF-8 unless the capture declares another).
 */
export function decodePage(
  bytes: Uint8Array,
  name: string,
  maxBytes: number,
  contentType?: string | null,
): string {
  if (bytes.byteLength > maxBytes) {
    throw new PageSourceError(
      "TOO_LARGE",
      `${name} has ${bytes.byteLength} bytes, over the limit of ${maxBytes} (READOUT_IMPORT_MAX_BYTES).`,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new PageSourceError(
      "BINARY",
      `${name} is a binary file (a NUL byte at offset ${nul}), not a text or HTML page.`,
    );
  }
  const charset = contentType === undefined ? null : declaredCharset(contentType, bytes);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset ?? "utf-8", { fatal: true });
  } catch {
    throw new PageSourceError("ENCODING", `${name} declares the unknown charset "${charset}".`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new PageSourceError(
      "ENCODING",
      charset && !/^utf-?8$/i.test(charset)
        ? `${name} is not valid ${charset} text.`
        : `${name} is not UTF-8 text; convert it to UTF-8 first.`,
    );
  }
}

/** A page file's text: refused when it is too large, binary or not UTF-8, naming the file. */
export async function readPageFile(file: string, maxBytes: number): Promise<string> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new PageSourceError("UNREADABLE", `${file} is not a readable file.`);
  if (info.size > maxBytes) {
    throw new PageSourceError(
      "TOO_LARGE",
      `${file} has ${info.size} bytes, over the limit of ${maxBytes} (READOUT_IMPORT_MAX_BYTES).`,
    );
  }
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new PageSourceError("UNREADABLE", `${file} cannot be read (${error.code ?? error.message}).`);
  });
  return decodePage(bytes, file, maxBytes);
}

/** The payload type of a record that may be a page; null for requests, metadata, errors and redirects. */
function pageRecordType(record: WARCRecord): string | null {
  if (record.warcType === "response") {
    const status = Number(record.httpHeaders?.statusCode);
    if (record.httpHeaders && !(status >= 200 && status < 300)) return null;
    return record.httpHeaders?.headers.get("content-type") ?? "";
  }
  if (record.warcType === "resource") return record.warcContentType ?? "";
  return null;
}

const isPageType = (contentType: string) => PAGE_MEDIA_TYPE.test(contentType.split(";")[0]?.trim() ?? "");

function recordDate(record: WARCRecord): Date | undefined {
  const date = record.warcDate ? new Date(record.warcDate) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** What is left of a record's block that its archive does not hold: more than 0 when the file is cut short. */
const missingBytes = (record: WARCRecord) => (record._reader as { limit?: number }).limit ?? 0;

/**
 * Reads past a record that is not a page. warcio's own skipping loops for ever on a record cut short by the
 * end of the file, so the record is read to its end here, and a cut reported.
 */
async function skipRecord(record: WARCRecord): Promise<void> {
  for await (const _chunk of record.reader) {
    // Nothing is kept.
  }
  record.consumed = "skipped";
  if (missingBytes(record) > 0) throw new Error("the file ends inside a record");
}

/** A record whose headers were cut short (no type or no length) is damage, not a record. */
function checkRecord(record: WARCRecord): void {
  if (!record.warcType || record.warcHeader("Content-Length") == null) {
    throw new Error("a record has no WARC-Type or Content-Length header (the file is cut short or damaged)");
  }
}

/** Whether a file starts as a WARC file does, or as gzip (a compressed WARC). */
async function looksLikeWarc(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    const head = buffer.subarray(0, bytesRead);
    return head.toString("latin1") === "WARC/" || (head[0] === 0x1f && head[1] === 0x8b);
  } finally {
    await handle.close();
  }
}

/** The pages of a web archive, one by one; a damaged archive ends with one refusal naming where it broke. */
export async function* warcPages(file: string, maxBytes: number): AsyncGenerator<BulkPage> {
  let index = 0;
  let url: string | undefined;
  try {
    if (!(await looksLikeWarc(file))) throw new Error('it does not start with "WARC/"');
    for await (const record of new WARCParser(createReadStream(file))) {
      checkRecord(record);
      const contentType = pageRecordType(record);
      if (contentType === null || !isPageType(contentType)) {
        await skipRecord(record);
        continue;
      }
      index += 1;
      url = record.warcTargetURI ?? undefined;
      // A record of a local file ("file:///…", as make-warc.ts writes) has no web address: the page is
      // imported without one, as the file itself would be, rather than refused for its address.
      const address = url && /^https?:\/\//iu.test(url) ? url : undefined;
      const name = `${file}#${index}`;
      const capturedAt = recordDate(record);
      try {
        // The record's length (HTTP headers and payload) is known before its payload is read: a page far
        // over the limit is refused without reading it.
        if (record.warcContentLength > maxBytes + 65536) {
          throw new PageSourceError(
            "TOO_LARGE",
            `${name} (${url}) has over ${maxBytes} bytes, the limit (READOUT_IMPORT_MAX_BYTES).`,
          );
        }
        const bytes = await record.readFully(true);
        if (missingBytes(record) > 0) throw new Error(`the file ends inside page ${index}`);
        const content = decodePage(bytes, name, maxBytes, contentType);
        const html = /html/i.test(contentType) || (!contentType && /^\s*</.test(content));
        yield { name, url: address, capturedAt, content, mediaType: html ? "text/html" : "text/plain" };
      } catch (error) {
        if (!(error instanceof PageSourceError)) throw error;
        yield { name, url: address, capturedAt, error };
      }
    }
  } catch (error) {
    if (error instanceof PageSourceError) throw error;
    const where = index ? ` after its page ${index}${url ? ` (${url})` : ""}` : "";
    const reason = error instanceof Error ? error.message : String(error);
    yield {
      name: file,
      error: new PageSourceError("WARC", `${file} is not a readable WARC file${where}: ${reason}.`),
    };
  }
}

/** How many pages a web archive holds (reading its headers only), for a progress bar's total. */
export async function countWarcPages(file: string): Promise<number> {
  let count = 0;
  try {
    for await (const record of new WARCParser(createReadStream(file))) {
      checkRecord(record);
      const contentType = pageRecordType(record);
      if (contentType !== null && isPageType(contentType)) count += 1;
      await skipRecord(record);
    }
  } catch {
    // A damaged archive is reported when its pages are read.
  }
  return count;
}

/** The pages of the inputs, in order: each file a page, each web archive its pages. */
export async function* readPages(inputs: BulkInput[], maxBytes: number): AsyncGenerator<BulkPage> {
  for (const input of inputs) {
    if (input.kind === "warc") {
      yield* warcPages(input.path, maxBytes);
      continue;
    }
    try {
      const content = await readPageFile(input.path, maxBytes);
      yield {
        name: input.path,
        content,
        mediaType: HTML_FILE.test(input.path) ? "text/html" : "text/plain",
      };
    } catch (error) {
      if (!(error instanceof PageSourceError)) throw error;
      yield { name: input.path, error };
    }
  }
}
