/**
 * Metadata a user writes for a text capture, in one of two places:
 *
 * - front matter at the very top of the .txt file, YAML between two `---` lines (removed from the stored
 *   text, so evidence spans point into the capture itself):
 *
 *       ---
 *       title: Secretary Blinken's Meeting with Director Wang Yi
 *       url: https://www.state.gov/secretary-blinkens-meeting-with-director-wang-yi/
 *       outlet: US Department of State      # a name or a domain
 *       published: 2023-06-19               # as written: "June 19, 2023 10:00 PM", ISO 8601, "4 hours ago"
 *       captured: 2023-06-19T16:00:00Z      # when the page was captured
 *       language: en
 *       ---
 *
 * - a sidecar file next to the capture, `<file>.meta.yaml` or `<file>.meta.json`, with the same keys.
 *
 * Both win over what import detects in the text; command-line options win over both.
 */
import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { z } from "zod";
import type { PageMetadata } from "./types.ts";

export class MetadataError extends Error {
  readonly code = "METADATA";
}

const when = z.union([z.string(), z.date(), z.number()]).transform((value) => {
  if (value instanceof Date) return value.toISOString().replace(/T00:00:00\.000Z$/, "");
  return String(value).trim();
});

const metadataSchema = z
  .object({
    title: z.string().trim().min(1).optional(),
    url: z.string().trim().min(1).optional(),
    outlet: z.string().trim().min(1).optional(),
    published: when.optional(),
    publishedAt: when.optional(),
    captured: when.optional(),
    capturedAt: when.optional(),
    language: z.string().trim().min(1).optional(),
  })
  .strict();

/** The metadata that a front matter block or a sidecar file holds, checked. */
export function readMetadata(value: unknown, where: string): PageMetadata {
  if (value === null || value === undefined) return {};
  const parsed = metadataSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new MetadataError(
      `${where}: ${issue?.path.join(".") || "metadata"}: ${issue?.message ?? "invalid"} (keys: title, url, outlet, published, captured, language).`,
    );
  }
  const data = parsed.data;
  const published = data.published ?? data.publishedAt;
  const captured = data.captured ?? data.capturedAt;
  const capturedAt = captured ? (isoInstant(String(captured)) ?? undefined) : undefined;
  if (captured && !capturedAt)
    throw new MetadataError(
      `${where}: captured "${captured}" is not an ISO 8601 date or time with its zone (2023-06-19, 2023-06-19T16:00:00Z).`,
    );
  return {
    title: data.title,
    url: data.url,
    outlet: data.outlet,
    publishedAt: published,
    capturedAt,
    language: data.language,
  };
}

const FRONT_MATTER = /^\uFEFF?---[^\S\n]*\r?\n([\s\S]*?)\r?\n---[^\S\n]*(?:\r?\n|$)/;

/** The front matter of a text capture, and the text without it. */
export function splitFrontMatter(content: string): { text: string; metadata: PageMetadata | null } {
  const match = FRONT_MATTER.exec(content);
  if (!match) return { text: content, metadata: null };
  let value: unknown;
  try {
    value = parse(match[1] ?? "");
  } catch (error) {
    throw new MetadataError(`The front matter is not valid YAML: ${(error as Error).message}`);
  }
  // A rule of dashes above text that is not key: value pairs is not front matter.
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { text: content, metadata: null };
  return {
    text: content.slice(match[0].length).replace(/^\s*\n/, ""),
    metadata: readMetadata(value, "front matter"),
  };
}

/** A sidecar file's metadata (`.meta.yaml`, `.meta.yml` or `.meta.json`). */
export function readSidecar(content: string, fileName: string): PageMetadata {
  let value: unknown;
  try {
    value = /\.json$/i.test(fileName) ? JSON.parse(content) : parse(content);
  } catch (error) {
    throw new MetadataError(
      `${fileName} is not valid ${/\.json$/i.test(fileName) ? "JSON" : "YAML"}: ${(error as Error).message}`,
    );
  }
  return readMetadata(value, fileName);
}

/** The sidecar names looked for next to a capture, in order. */
export const sidecarNames = (file: string) => [`${file}.meta.yaml`, `${file}.meta.yml`, `${file}.meta.json`];

/** The metadata of the sidecar file next to a capture, if there is one (`<file>.meta.yaml` or `.json`). */
export async function sidecarFor(file: string): Promise<PageMetadata | undefined> {
  for (const name of sidecarNames(file)) {
    const content = await readFile(name, "utf8").catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT" || error.code === "ENOTDIR") return null;
      throw new MetadataError(`${name} cannot be read (${error.code ?? error.message}).`);
    });
    if (content !== null) return readSidecar(content, name);
  }
  return undefined;
}

/**
 * An ISO 8601 date (read as that day in UTC) or date and time with its zone (`Z` or an offset); null for
 * anything else, which the machine would otherwise read in its own zone or guess.
 */
export function isoInstant(text: string): Date | null {
  const match = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))?$/.exec(
    text.trim(),
  );
  if (!match) return null;
  const at = new Date(text.trim().replace(" ", "T"));
  return Number.isNaN(at.getTime()) ? null : at;
}
