/**
 * Reads an HTML page as publishers describe it: schema.org JSON-LD (NewsArticle and its kin, also inside
 * `@graph`), OpenGraph and `article:*` meta tags, `<link rel=canonical>` and `<html lang>`; and its main
 * text by Mozilla's Readability over linkedom's DOM. The text is what import stores and what evidence
 * spans point into: the headline first, then the article's paragraphs, kept apart by blank lines.
 */
import { Readability } from "@mozilla/readability";
import type { ArticleGenre } from "@readout/db";
import { convert } from "html-to-text";
import { parseHTML } from "linkedom";
import type { DetectedMetadata } from "./types.ts";

const ARTICLE_TYPES = new Set([
  "NewsArticle",
  "Article",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "OpinionNewsArticle",
  "BackgroundNewsArticle",
  "ReviewNewsArticle",
  "BlogPosting",
  "Report",
  "LiveBlogPosting",
]);

const GENRE_OF_TYPE: Record<string, ArticleGenre> = {
  ReportageNewsArticle: "REPORT",
  AnalysisNewsArticle: "ANALYSIS",
  BackgroundNewsArticle: "ANALYSIS",
  OpinionNewsArticle: "OPINION",
};

type Json = Record<string, unknown>;
type Doc = ReturnType<typeof parseHTML>["document"];

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const typesOf = (node: Json) => [node["@type"]].flat().filter((t): t is string => typeof t === "string");
const text = (value: unknown): string | undefined => {
  if (typeof value === "string") return value.replace(/\s+/g, " ").trim() || undefined;
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value["@value"] ?? value.name);
  return undefined;
};
const isUrl = (value: string) => /^https?:\/\//i.test(value);

/** Every node of the page's JSON-LD blocks, `@graph` arrays and nested lists flattened. */
function jsonLdNodes(document: Doc): Json[] {
  const nodes: Json[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (isObject(value)) {
      nodes.push(value);
      if (value["@graph"]) visit(value["@graph"]);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // A malformed block is skipped: the page's other signals still count.
    }
  }
  return nodes;
}

/** A referenced node (`{"@id": …}`) replaced by the node of that id, when the page has it. */
const resolve = (value: unknown, nodes: Json[]): unknown => {
  if (!isObject(value) || typeof value["@id"] !== "string" || value.name) return value;
  return nodes.find((node) => node["@id"] === value["@id"] && node !== value) ?? value;
};

const names = (value: unknown, nodes: Json[]): string[] =>
  [value]
    .flat()
    .map((item) => text(resolve(item, nodes)))
    .filter((name): name is string => Boolean(name) && !isUrl(name as string));

function fromJsonLd(document: Doc): DetectedMetadata {
  const nodes = jsonLdNodes(document);
  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPES.has(type)));
  if (!article) {
    const site = nodes.find((node) => typesOf(node).includes("WebSite"));
    return { siteName: site ? text(site.name) : undefined };
  }
  const page = resolve(article.mainEntityOfPage, nodes);
  const url =
    text(article.url) ?? (isObject(page) ? text(page["@id"] ?? page.url) : text(article.mainEntityOfPage));
  return {
    title: text(article.headline) ?? text(article.name),
    url: url && isUrl(url) ? url : undefined,
    publishedAt: text(article.datePublished) ?? text(article.dateCreated),
    modifiedAt: text(article.dateModified),
    authors: names(article.author, nodes),
    publisher: names(article.publisher, nodes)[0] ?? names(article.sourceOrganization, nodes)[0],
    language: text(article.inLanguage),
    genre: typesOf(article)
      .map((type) => GENRE_OF_TYPE[type])
      .find(Boolean),
  };
}

function fromMetaTags(document: Doc): DetectedMetadata {
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      for (const attribute of ["property", "name", "itemprop"]) {
        const content = document.querySelector(`meta[${attribute}="${key}"]`)?.getAttribute("content");
        const value = content?.replace(/\s+/g, " ").trim();
        if (value) return value;
      }
    }
    return undefined;
  };
  const authors = [...document.querySelectorAll('meta[property="article:author"], meta[name="author"]')]
    .map((element) => element.getAttribute("content")?.trim() ?? "")
    .filter((name) => name && !isUrl(name));
  const publisher = meta("article:publisher", "publisher", "og:publisher");
  return {
    title: meta("og:title", "twitter:title", "headline"),
    url: document.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() || meta("og:url"),
    publishedAt: meta(
      "article:published_time",
      "datePublished",
      "og:published_time",
      "pubdate",
      "publishdate",
      "date",
      "dc.date",
      "DC.date.issued",
      "citation_publication_date",
    ),
    modifiedAt: meta("article:modified_time", "dateModified", "og:updated_time"),
    authors: authors.length ? [...new Set(authors)] : undefined,
    publisher: publisher && !isUrl(publisher) ? publisher : undefined,
    siteName: meta("og:site_name", "application-name"),
    language: document.documentElement?.getAttribute("lang")?.trim() || meta("og:locale", "language"),
  };
}

/** Paragraphs of an HTML fragment as text, blank lines between them. */
const toText = (html: string) =>
  convert(html, {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "figcaption", format: "skip" },
      { selector: "nav", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "form", format: "skip" },
      { selector: "button", format: "skip" },
      { selector: "h1", options: { uppercase: false } },
      { selector: "h2", options: { uppercase: false } },
      { selector: "h3", options: { uppercase: false } },
      { selector: "h4", options: { uppercase: false } },
      { selector: "table", format: "dataTable" },
    ],
  }).trim();

const squash = (value: string) => value.replace(/\s+/g, " ").trim().toLowerCase();

/** The page's metadata (JSON-LD first, then meta tags) and its main text. */
export function readHtml(html: string): { text: string; metadata: DetectedMetadata } {
  const { document } = parseHTML(html);
  const fromLd = fromJsonLd(document);
  const fromTags = fromMetaTags(document);
  const metadata: DetectedMetadata = { ...fromTags };
  for (const [key, value] of Object.entries(fromLd)) {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0))
      (metadata as Record<string, unknown>)[key] = value;
  }
  const h1 = document.querySelector("h1")?.textContent?.replace(/\s+/g, " ").trim();
  let article: { title?: string | null; content?: string | null; byline?: string | null } | null = null;
  try {
    article = new Readability(document as never, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  let body = article?.content ? toText(article.content) : "";
  if (!body) body = toText(html);
  metadata.title ??= h1 || article?.title?.trim() || undefined;
  if (!metadata.authors?.length && article?.byline) {
    const byline = article.byline.replace(/\s+/g, " ").trim();
    if (byline && !isUrl(byline)) metadata.authors = [byline.replace(/^by\s+/i, "")];
  }
  // "Headline | Site" or "Headline - Publisher": the site's name is not part of the headline.
  for (const site of [metadata.siteName, metadata.publisher]) {
    const title: string | undefined = metadata.title;
    if (title && site) {
      const parts = title.split(/\s+[|\-–—]\s+/);
      if (parts.length > 1 && squash(parts.at(-1) ?? "") === squash(site ?? ""))
        metadata.title = parts.slice(0, -1).join(" - ");
    }
  }
  // The headline heads the stored text unless the main text starts with it already.
  const title = metadata.title ?? h1;
  const text =
    title && !squash(body.slice(0, title.length + 40)).startsWith(squash(title))
      ? `${title}\n\n${body}`
      : body;
  return { text: `${text.trim()}\n`, metadata };
}
