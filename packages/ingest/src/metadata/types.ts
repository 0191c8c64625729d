/**
 * What is known about a page besides its text: given by the user (command-line options, a sidecar file,
 * front matter at the top of a text capture) or read from the page (HTML meta tags and JSON-LD).
 */
import type { ArticleGenre } from "@readout/db";

export interface PageMetadata {
  title?: string | undefined;
  /** The page's address (canonical URL, og:url, or as given). */
  url?: string | undefined;
  /** The outlet, by name or by domain. */
  outlet?: string | undefined;
  /** The publication time, as written ("June 19, 2023", "2023-06-19T10:00:00+08:00") or as a moment. */
  publishedAt?: string | Date | undefined;
  /** When the page was captured: "4 hours ago" is read against it. */
  capturedAt?: string | Date | undefined;
  /** BCP 47 language tag ("en", "fr-FR"). */
  language?: string | undefined;
}

/** What an HTML page says about itself, beyond what a user can give. */
export interface DetectedMetadata extends PageMetadata {
  modifiedAt?: string | undefined;
  authors?: string[] | undefined;
  /** The publisher's name (JSON-LD publisher, article:publisher). */
  publisher?: string | undefined;
  /** og:site_name. */
  siteName?: string | undefined;
  /** A genre that the page's own type states (OpinionNewsArticle, AnalysisNewsArticle…). */
  genre?: ArticleGenre | undefined;
}

const clean = (value: unknown): string | undefined => {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value !== "string") return undefined;
  const trimmed = value.replace(/\s+/g, " ").trim();
  return trimmed || undefined;
};

/** Fields of `over` that are set win over those of `under`. */
export function mergeMetadata<T extends PageMetadata>(under: T, over: PageMetadata | undefined): T {
  if (!over) return under;
  const merged: Record<string, unknown> = { ...(under as Record<string, unknown>) };
  for (const [key, value] of Object.entries(over)) {
    if (value instanceof Date ? !Number.isNaN(value.getTime()) : clean(value) !== undefined)
      merged[key] = value instanceof Date ? value : clean(value);
  }
  return merged as T;
}
