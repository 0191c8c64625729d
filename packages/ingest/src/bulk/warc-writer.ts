/**
 * Writes pages into a WARC file (with warcio's serializer), as a crawler would have captured them: a
 * `warcinfo` record, then per page a `response` record (HTTP 200, its media type and charset) with the
 * page's URL as WARC-Target-URI and its capture time as WARC-Date. Used to make web archives of captured
 * pages (scripts/make-warc.ts) and in tests.
 */
import { WARCRecord, WARCSerializer } from "warcio";

export interface WarcPage {
  url: string;
  /** Capture time. */
  date: Date;
  content: string | Uint8Array;
  /** The HTTP Content-Type, e.g. `text/html; charset=utf-8`. */
  contentType: string;
  /** The HTTP status line; 200 OK unless given. */
  statusline?: string;
  /** The record type; `response` unless given. */
  type?: "response" | "resource" | "request" | "metadata";
}

export async function writeWarc(
  pages: WarcPage[],
  options: { gzip?: boolean; filename?: string } = {},
): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const warcVersion = "WARC/1.1" as const;
  const parts: Uint8Array[] = [];
  const info = await WARCRecord.createWARCInfo(
    { filename: options.filename ?? "pages.warc", warcVersion },
    { software: "readout" },
  );
  parts.push(await WARCSerializer.serialize(info, { gzip: options.gzip ?? false }));
  for (const page of pages) {
    const type = page.type ?? "response";
    const body = typeof page.content === "string" ? encoder.encode(page.content) : page.content;
    const record = WARCRecord.create(
      {
        url: page.url,
        date: page.date.toISOString().replace(/\.\d{3}Z$/, "Z"),
        type,
        warcVersion,
        ...(type === "response"
          ? {
              statusline: page.statusline ?? "HTTP/1.1 200 OK",
              httpHeaders: { "Content-Type": page.contentType },
            }
          : { warcHeaders: { "Content-Type": page.contentType } }),
      },
      [body],
    );
    parts.push(await WARCSerializer.serialize(record, { gzip: options.gzip ?? false }));
  }
  const total = parts.reduce((sum, part) => sum + part.byteLength, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
