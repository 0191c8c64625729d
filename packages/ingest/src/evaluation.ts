/**
 * Scoring of import against curated datasets (used by `pnpm evaluate`, scripts/evaluate.ts).
 *
 * Gold facts come from dataset files (format v1, prisma/datasets/README.md), resolved here to code-point
 * spans in the SOURCE text the way the dataset loader resolves them (bodyStart/bodyEnd, then quotes inside
 * the body). What import stored is given as articles with their source range and their candidates, spans
 * also mapped to source offsets, so that an imported body that starts elsewhere than the curated one still
 * compares. Everything here is pure: no database, so the rules can be tested on small made-up data.
 *
 * Rules (the same as packages/ingest/eval/README.md states):
 * - Stored articles are matched to gold articles by the overlap of their source ranges; each stored
 *   article goes to the gold article it overlaps most. Facts of stored articles that overlap no gold
 *   article still count as found (and unmatched).
 * - Two spans match when they overlap by at least half of the shorter one.
 * - Participants: per article, people and organisations (countries left out), matched one to one by key
 *   or by name/alias; a person found twice counts once as right and once as wrong.
 * - Quotes: the right speaker (by key, name or alias; a label by its words), the right mode, and, for
 *   quotes the gold credits to a channel ("told reporters"), the same channel (its words).
 * - Precision is the share of found facts that match a gold one; recall the share of gold facts found.
 */
import {
  type Dataset,
  normalizeName,
  parseDuration,
  resolveQuote,
  sliceCodePoints,
  type TextQuote,
  toUtf16Index,
} from "@readout/db";
import { reference } from "./vocabulary.ts";

export interface Interval {
  start: number;
  end: number;
}

/** A participant as both sides know it: a key when there is one, a name and its aliases. */
export interface Named {
  key: string | null;
  name: string;
  aliases: string[];
  kind: string | null;
}

export interface GoldStatement extends Interval {
  speaker: Named | null;
  speakerLabel: string | null;
  mode: string;
  attribution: string | null;
}

export interface GoldClaim extends Interval {
  attribute: string;
  value: string;
  normalized: string | null;
  min: number | null;
  max: number | null;
  scope: string | null;
}

export interface GoldArticle extends Interval {
  key: string;
  title: string;
  outlet: { key: string; name: string; aliases: string[] };
  genre: string;
  /** As written in the dataset, with its offset ("2023-06-18T22:51:00+08:00"). */
  publishedAt: string | null;
  publishedPrecision: string;
  bylines: string[];
  events: string[];
  /** People and organisations named in the article (countries left out). */
  participants: Named[];
  roles: Interval[];
  statements: GoldStatement[];
  claims: GoldClaim[];
  agreements: (Interval & { strength: string })[];
  topics: { key: string; name: string }[];
}

export interface GoldText {
  /** `<dataset folder>/<source key>`: how the text is named in reports. */
  name: string;
  sourceKey: string;
  /** Path of the captured file. */
  file: string;
  articles: GoldArticle[];
}

export interface StoredCandidate extends Interval {
  kind: string;
  /** The stored participant it resolved to, if any. */
  participant: Named | null;
  data: Record<string, unknown>;
}

export interface StoredEventLink {
  id: string;
  key: string;
  /** The event was in the database before any text was imported (a curated one). */
  existing: boolean;
}

export interface StoredArticle extends Interval {
  id: string;
  title: string;
  outlet: { key: string; name: string };
  genre: string;
  publishedAt: Date | null;
  publishedPrecision: string;
  bylines: string[];
  events: StoredEventLink[];
  candidates: StoredCandidate[];
}

// ---------------------------------------------------------------------------------------------------
// Gold facts from a dataset

export interface Registry {
  participants: Map<string, Named>;
  outlets: Map<string, { key: string; name: string; domain: string | null }>;
  topics: Map<string, string>;
}

/** Entities by key over several datasets (the seed's can be used, undefined, by other datasets). */
export function buildRegistry(datasets: Dataset[]): Registry {
  const participants = new Map<string, Named>();
  const outlets = new Map<string, { key: string; name: string; domain: string | null }>();
  const topics = new Map<string, string>();
  for (const dataset of datasets) {
    for (const t of dataset.topics) topics.set(t.key, t.name);
    for (const p of dataset.participants) {
      const aliases = p.aliases.map((alias) => (typeof alias === "string" ? alias : alias.alias));
      const known = participants.get(p.key);
      participants.set(p.key, {
        key: p.key,
        name: p.name,
        kind: p.kind,
        aliases: [...new Set([...(known?.aliases ?? []), ...aliases])],
      });
    }
    for (const o of dataset.outlets) {
      outlets.set(o.key, { key: o.key, name: o.name, domain: o.domain ?? null });
    }
  }
  return { participants, outlets, topics };
}

export interface GoldIssue {
  path: string;
  message: string;
}

interface ReferenceOutletLike {
  name: string;
  aliases?: string[] | undefined;
  domain?: string | undefined;
}

/** The names an outlet goes by: its own, and those of the reference outlet with its name or domain. */
export function outletAliases(
  outlet: { name: string; domain: string | null },
  referenceOutlets: readonly ReferenceOutletLike[],
): string[] {
  const name = normalizeName(outlet.name);
  const names = new Set<string>();
  for (const ref of referenceOutlets) {
    const forms = [ref.name, ...(ref.aliases ?? [])].map(normalizeName);
    const sameDomain =
      outlet.domain && ref.domain && outlet.domain.toLowerCase() === ref.domain.toLowerCase();
    if (forms.includes(name) || sameDomain) {
      for (const form of [ref.name, ...(ref.aliases ?? [])]) names.add(form);
    }
  }
  names.delete(outlet.name);
  return [...names];
}

/**
 * The gold articles of each source of a dataset, with spans in `sourceText(sourceKey)` (code points).
 * Quotes that do not resolve are reported as issues and left out.
 */
export function goldTexts(
  dataset: Dataset,
  options: {
    /** Name of the dataset (its folder), to name the texts. */
    name: string;
    /** The captured file of each source. */
    files: Map<string, string>;
    sourceText: (sourceKey: string) => string | undefined;
    registry: Registry;
    referenceOutlets?: readonly ReferenceOutletLike[];
    /** Only the articles of these sources (all when absent). */
    only?: readonly string[];
  },
): { texts: GoldText[]; issues: GoldIssue[] } {
  const issues: GoldIssue[] = [];
  const issue = (path: string, message: string) => issues.push({ path, message });
  const participant = (key: string, where: string): Named | null => {
    const found = options.registry.participants.get(key);
    if (!found) issue(where, `unknown participant "${key}"`);
    return found ?? null;
  };
  const bodies = new Map<string, { start: number; body: string }>();
  const articles = new Map<string, GoldArticle>();
  const texts = new Map<string, GoldText>();
  const wanted = (sourceKey: string) => !options.only || options.only.includes(sourceKey);
  for (const source of dataset.sources) {
    if (!wanted(source.key)) continue;
    texts.set(source.key, {
      name: `${options.name}/${source.key}`,
      sourceKey: source.key,
      file: options.files.get(source.key) ?? source.file,
      articles: [],
    });
  }

  for (const [index, article] of dataset.articles.entries()) {
    const at = `articles[${index}]`;
    if (!wanted(article.source)) continue;
    const text = options.sourceText(article.source);
    const target = texts.get(article.source);
    if (text === undefined || !target) {
      issue(`${at}.source`, `unknown or unreadable source "${article.source}"`);
      continue;
    }
    const start = resolveQuote(text, article.bodyStart);
    if (!start.ok) {
      issue(`${at}.bodyStart`, describe(start, article.bodyStart));
      continue;
    }
    const fromStart = text.slice(toUtf16Index(text, start.span.start));
    const end = resolveQuote(fromStart, article.bodyEnd);
    if (!end.ok) {
      issue(`${at}.bodyEnd`, describe(end, article.bodyEnd));
      continue;
    }
    bodies.set(article.key, { start: start.span.start, body: sliceCodePoints(fromStart, 0, end.span.end) });
    const outlet = options.registry.outlets.get(article.outlet);
    if (!outlet) issue(`${at}.outlet`, `unknown outlet "${article.outlet}"`);
    const participants: Named[] = [];
    for (const [i, mention] of article.mentions.entries()) {
      const named = participant(mention.participant, `${at}.mentions[${i}].participant`);
      if (named && named.kind !== "COUNTRY" && !participants.some((p) => p.key === named.key)) {
        participants.push(named);
      }
    }
    const gold: GoldArticle = {
      key: article.key,
      start: start.span.start,
      end: start.span.start + end.span.end,
      title: article.title,
      outlet: {
        key: article.outlet,
        name: outlet?.name ?? article.outlet,
        aliases: outlet ? outletAliases(outlet, options.referenceOutlets ?? []) : [],
      },
      genre: article.genre,
      publishedAt: article.publishedAt ?? null,
      publishedPrecision: article.publishedPrecision,
      bylines: article.bylines.map((b) => b.name),
      events: article.events,
      participants,
      roles: [],
      statements: [],
      claims: [],
      agreements: [],
      topics: [...new Set(article.topics.map((t) => t.topic))].map((key) => ({
        key,
        name: options.registry.topics.get(key) ?? key,
      })),
    };
    articles.set(article.key, gold);
    target.articles.push(gold);
  }

  const span = (articleKey: string, quote: TextQuote, where: string): Interval | null => {
    const body = bodies.get(articleKey);
    if (!body) {
      if (!dataset.articles.some((a) => a.key === articleKey)) {
        issue(where, `article "${articleKey}" is not in this dataset`);
      }
      return null;
    }
    const found = resolveQuote(body.body, quote);
    if (!found.ok) {
      issue(where, describe(found, quote));
      return null;
    }
    return { start: body.start + found.span.start, end: body.start + found.span.end };
  };

  for (const [index, p] of dataset.participants.entries()) {
    for (const [i, role] of p.roles.entries()) {
      if (!role.evidence) continue;
      const where = `participants[${index}].roles[${i}].evidence.quote`;
      const at = span(role.evidence.article, role.evidence.quote, where);
      if (at) articles.get(role.evidence.article)?.roles.push(at);
    }
  }
  for (const [index, s] of dataset.statements.entries()) {
    const at = span(s.article, s.quote, `statements[${index}].quote`);
    if (!at) continue;
    articles.get(s.article)?.statements.push({
      ...at,
      speaker: s.speaker ? participant(s.speaker, `statements[${index}].speaker`) : null,
      speakerLabel: s.speakerLabel ?? null,
      mode: s.mode,
      attribution: s.attribution ?? null,
    });
  }
  for (const [index, c] of dataset.claims.entries()) {
    const at = span(c.article, c.quote, `claims[${index}].quote`);
    if (!at) continue;
    const reading = c.attribute === "duration" ? parseDuration(c.value) : null;
    articles.get(c.article)?.claims.push({
      ...at,
      attribute: c.attribute,
      value: c.value,
      normalized: c.normalized ?? reading?.iso ?? null,
      min: c.min ?? reading?.min ?? null,
      max: c.max ?? reading?.max ?? null,
      scope: c.scope ?? null,
    });
  }
  for (const [index, agreement] of dataset.agreements.entries()) {
    for (const [i, report] of agreement.reports.entries()) {
      const at = span(report.article, report.quote, `agreements[${index}].reports[${i}].quote`);
      if (at) articles.get(report.article)?.agreements.push({ ...at, strength: report.strength });
    }
  }
  return { texts: [...texts.values()].filter((t) => t.articles.length > 0), issues };
}

function describe(result: { ok: false; reason: string; matches: number }, quote: TextQuote): string {
  return result.reason === "NOT_FOUND"
    ? `"${quote.exact}" was not found${quote.prefix || quote.suffix ? " with the given prefix/suffix" : ""}`
    : `"${quote.exact}" occurs ${result.matches} times; add a prefix or suffix to pick one`;
}

// ---------------------------------------------------------------------------------------------------
// Comparison helpers

/** Spans match when they overlap by at least half of the shorter one. */
export const overlaps = (a: Interval, b: Interval): boolean => {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 && shared >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
};

/** Text compared insensitive to case, white space and the style of quotation marks and dashes. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.\s]+$/, "")
    .toLowerCase();
}

const namesOf = (named: Named) => [named.name, ...named.aliases].map(normalizeName).filter(Boolean);

/** The names a found participant (a resolved one, or words of the text) goes by. */
function foundNames(participant: Named | null, name: unknown): string[] {
  const names = participant ? namesOf(participant) : [];
  if (typeof name === "string" && name.trim()) names.push(normalizeName(name));
  return names.filter(Boolean);
}

/**
 * Whether found names and key denote a gold participant: the same key, or a name in common; failing that,
 * all the words of one name among the words of one of the other's (e.g. "Secretary Blinken"), when no
 * other candidate in `among` shares those words (so "Wang" is not taken for one of two Wangs).
 */
export function sameParticipant(
  gold: Named,
  key: string | null,
  names: string[],
  among: readonly Named[] = [gold],
): boolean {
  if (key && gold.key && key === gold.key) return true;
  const goldNames = namesOf(gold);
  if (names.some((name) => goldNames.includes(name))) return true;
  const contains = (g: Named) =>
    namesOf(g).some((goldName) =>
      names.some((name) => {
        const a = new Set(goldName.split(" "));
        const b = new Set(name.split(" "));
        const [small, large] = a.size <= b.size ? [a, b] : [b, a];
        return small.size > 0 && [...small].every((word) => word.length > 1 && large.has(word));
      }),
    );
  return contains(gold) && among.filter(contains).length === 1;
}

const STOP = new Set(["a", "an", "the", "and", "of", "with", "including", "plus", "over", "working"]);
let scopeClasses: Map<string, string> | undefined;
/**
 * What a claim covers, as a set of words ("talks and dinner" = "dinner and talks"), each word of a kind of
 * scope in vocabulary.yaml standing for its kind: "the meeting", "the summit" and "face-to-face talks" all
 * cover the talks, "a trip" the visit; a meal keeps its own word, so that "talks and dinner" is not "talks".
 */
export const scopeWords = (scope: string | null | undefined): string => {
  if (!scopeClasses) {
    scopeClasses = new Map();
    for (const [kind, words] of Object.entries(reference().vocabulary.claims.scopes))
      for (const word of words)
        for (const part of normalizeName(word).split(" "))
          if (kind !== "meal" && !scopeClasses.has(part)) scopeClasses.set(part.replace(/s$/, ""), kind);
  }
  const classes = scopeClasses;
  const words = normalizeName(scope ?? "")
    .split(" ")
    .filter((w) => w && !STOP.has(w))
    .map((w) => w.replace(/s$/, ""));
  const kinds = words.map((w) => classes.get(w) ?? null);
  // Modifiers ("one-on-one", "small-group") go where a word names the kind.
  const kept = kinds.some((kind) => kind !== null)
    ? words.flatMap((w, i) => {
        const kind = kinds[i];
        return kind ? [kind] : reference().vocabulary.meals.includes(w) ? [w] : [];
      })
    : words;
  return [...new Set(kept)].sort().join(" ");
};

const asNumber = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

/** The minutes an ISO 8601 duration of days, hours and minutes stands for ("P1DT2H30M"). */
function isoMinutes(iso: string | null | undefined): number | null {
  const parts =
    /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?)?$/u.exec(
      iso ?? "",
    );
  if (!parts || iso === "P" || iso === "PT") return null;
  const [, weeks, days, hours, minutes] = parts.map(Number);
  return (weeks || 0) * 10080 + (days || 0) * 1440 + (hours || 0) * 60 + (minutes || 0);
}

/** One attribute however it is spelled: "start time" (the dataset format), "start_time", "Start Time". */
const sameAttribute = (a: string, b: string) =>
  a
    .toLowerCase()
    .replace(/[\s_-]+/g, " ")
    .trim() ===
  b
    .toLowerCase()
    .replace(/[\s_-]+/g, " ")
    .trim();

/** Whether a found duration claim states the same value as the gold one. */
export function sameDuration(gold: GoldClaim, data: Record<string, unknown>): boolean {
  const reading = typeof data.value === "string" ? parseDuration(data.value) : null;
  const min = asNumber(data.min) ?? reading?.min ?? null;
  const max = data.max === null ? null : (asNumber(data.max) ?? reading?.max ?? null);
  const normalized = typeof data.normalized === "string" ? data.normalized : (reading?.iso ?? null);
  if (gold.normalized && normalized && gold.normalized === normalized) return true;
  // "PT24H" and "P1D" are one length.
  const goldMinutes = isoMinutes(gold.normalized);
  if (goldMinutes !== null && goldMinutes === isoMinutes(normalized)) return true;
  return gold.min !== null && min !== null && Math.abs(gold.min - min) < 0.5 && gold.max === max;
}

/** Whether the stored publication time says what the gold one says (see the rules in the README). */
export function sameDate(
  gold: { publishedAt: string | null; publishedPrecision: string },
  stored: { publishedAt: Date | null; publishedPrecision: string },
): boolean {
  const unstated = (precision: string) => precision === "RELATIVE" || precision === "UNKNOWN";
  if (!gold.publishedAt || unstated(gold.publishedPrecision)) {
    return stored.publishedAt === null || unstated(stored.publishedPrecision);
  }
  if (!stored.publishedAt || unstated(stored.publishedPrecision)) return false;
  const zone = /([+-])(\d{2}):?(\d{2})$/.exec(gold.publishedAt);
  const offset = zone ? (zone[1] === "-" ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : 0;
  const local = new Date(stored.publishedAt.getTime() + offset * 60_000).toISOString();
  const length = gold.publishedPrecision === "YEAR" ? 4 : gold.publishedPrecision === "MONTH" ? 7 : 10;
  const coarser = (p: string) => ["YEAR", "MONTH"].indexOf(p);
  // A stored time less precise than the gold one (a month for a day) is not the stated date.
  if (coarser(stored.publishedPrecision) >= 0 && length === 10) return false;
  if (local.slice(0, length) === gold.publishedAt.slice(0, length)) return true;
  // A stored date without a time of day (DAY precision) names a calendar date, whatever zone its
  // midnight was stored in: its UTC date counts too.
  return (
    stored.publishedPrecision === "DAY" &&
    stored.publishedAt.toISOString().slice(0, length) === gold.publishedAt.slice(0, length)
  );
}

// ---------------------------------------------------------------------------------------------------
// Scores

export const KINDS = [
  "participants",
  "roles",
  "quotes (span)",
  "quotes (speaker)",
  "quotes (mode)",
  "quotes (channel)",
  "claims",
  "durations (value+scope)",
  "agreements",
  "agreement strength",
  "topics",
] as const;
export type Kind = (typeof KINDS)[number];

export interface Count {
  gold: number;
  found: number;
  /** Gold facts that a found one matches. */
  matchedGold: number;
  /** Found facts that match a gold one. */
  matchedFound: number;
}
export const emptyCount = (): Count => ({ gold: 0, found: 0, matchedGold: 0, matchedFound: 0 });
export const emptyCounts = () =>
  Object.fromEntries(KINDS.map((k) => [k, emptyCount()])) as Record<Kind, Count>;

export const ratio = (part: number, whole: number): number | null => (whole ? part / whole : null);
export const precision = (c: Count) => ratio(c.matchedFound, c.found);
export const recall = (c: Count) => ratio(c.matchedGold, c.gold);

interface Unmatched<G, F> {
  missed: G[];
  wrong: F[];
}

function compare<G, F>(count: Count, gold: G[], found: F[], same: (g: G, f: F) => boolean): Unmatched<G, F> {
  const missed = gold.filter((g) => !found.some((f) => same(g, f)));
  const wrong = found.filter((f) => !gold.some((g) => same(g, f)));
  count.gold += gold.length;
  count.found += found.length;
  count.matchedGold += gold.length - missed.length;
  count.matchedFound += found.length - wrong.length;
  return { missed, wrong };
}

/** One-to-one: each gold fact is taken by one found fact at most (duplicates count as wrong). */
function compareOneToOne<G, F>(
  count: Count,
  gold: G[],
  found: F[],
  same: (g: G, f: F) => boolean,
): Unmatched<G, F> {
  count.gold += gold.length;
  count.found += found.length;
  const taken = new Set<number>();
  const wrong: F[] = [];
  for (const f of found) {
    const index = gold.findIndex((g, i) => !taken.has(i) && same(g, f));
    if (index >= 0) {
      taken.add(index);
      count.matchedFound += 1;
    } else {
      wrong.push(f);
    }
  }
  count.matchedGold += taken.size;
  return { missed: gold.filter((_, i) => !taken.has(i)), wrong };
}

/** A fact that did not match: a curated one import missed, or one import found that matches none. */
export interface Miss {
  kind: Kind;
  /** The curated article (null for a stored article that overlaps none). */
  article: string | null;
  type: "missed" | "wrong";
  /** The words (for a span) or the name or key. */
  text: string;
  /** What else was recorded or found: a speaker, a mode, a strength, a value… */
  detail: Record<string, unknown>;
}

export interface ArticleScore {
  key: string;
  /** The stored article that covers it most, if any. */
  storedId: string | null;
  outlet: boolean;
  headline: boolean;
  /** The gold article states a publication date (not relative, not unknown). */
  dateStated: boolean;
  date: boolean;
  bylines: boolean;
  genre: boolean;
  /** For a gold article reporting no agreement: whether import found none (null otherwise). */
  noAgreementYieldsNone: boolean | null;
  stored: {
    title: string;
    outlet: string;
    publishedAt: string | null;
    publishedPrecision: string;
    genre: string;
    bylines: string[];
    /** The keys of the events it was linked to, for tuning. */
    events: string[];
  } | null;
}

export interface TextScore {
  name: string;
  file: string;
  goldArticles: number;
  storedArticles: number;
  /** Stored articles that overlap no gold article. */
  strayArticles: number;
  articles: ArticleScore[];
  counts: Record<Kind, Count>;
  /** Stored article of each gold article (key → stored ids), for event scoring. */
  assignment: Map<string, string[]>;
  /** Each fact that did not match, for tuning (when a source text was given). */
  misses: Miss[];
  /** Why the text could not be scored, when it could not (an import refusal, say). */
  error?: string;
}

/**
 * A found participant is a country when it was stored as one or goes by one of a country's names. Only a
 * whole name counts: an organisation whose name holds a country's ("US State Department") is no country.
 */
const isCountry = (c: StoredCandidate, countries: readonly Named[]) => {
  if (c.participant?.kind === "COUNTRY" || c.data.kind === "COUNTRY") return true;
  const names = foundNames(c.participant, c.data.name).map((name) => name.replace(/^the /u, ""));
  return countries.some(
    (country) =>
      (c.participant?.key && c.participant.key === country.key) ||
      namesOf(country).some((name) => names.includes(name.replace(/^the /u, ""))),
  );
};

/**
 * Scores what import stored for one captured text against its gold articles. `countries` are the
 * participants that are countries (left out of participant scores whatever their spelling).
 */
export function scoreText(
  gold: GoldText,
  stored: StoredArticle[],
  options: { countries?: readonly Named[]; error?: string; sourceText?: string } = {},
): TextScore {
  const countries = options.countries ?? [];
  const misses: Miss[] = [];
  const source = options.sourceText;
  const words = (at: Interval) =>
    source === undefined ? `[${at.start}, ${at.end})` : sliceCodePoints(source, at.start, at.end);
  const found = (c: StoredCandidate) => ({ text: words(c), detail: c.data });
  const counts = emptyCounts();
  const assignment = new Map<string, string[]>(gold.articles.map((a) => [a.key, []]));
  const shared = (a: Interval, b: Interval) => Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const stray: StoredArticle[] = [];
  for (const article of stored) {
    let best: GoldArticle | null = null;
    for (const g of gold.articles) {
      if (shared(article, g) > 0 && (!best || shared(article, g) > shared(article, best))) best = g;
    }
    if (best) assignment.get(best.key)?.push(article.id);
    else stray.push(article);
  }
  const byId = new Map(stored.map((a) => [a.id, a]));
  const articles: ArticleScore[] = [];

  const scoreFacts = (g: GoldArticle | null, candidates: StoredCandidate[]) => {
    const article = g?.key ?? null;
    const note = <G>(
      kind: Kind,
      result: Unmatched<G, StoredCandidate>,
      gold: (item: G) => { text: string; detail: Record<string, unknown> },
    ) => {
      for (const item of result.missed) misses.push({ kind, article, type: "missed", ...gold(item) });
      for (const item of result.wrong) misses.push({ kind, article, type: "wrong", ...found(item) });
    };
    const span = <G extends Interval>({ start, end, ...detail }: G) => ({
      text: words({ start, end }),
      detail: detail as Record<string, unknown>,
    });
    const of = (kind: string) => candidates.filter((c) => c.kind === kind);
    // Participants: distinct found identities (a resolved participant, or a name), countries left out.
    const people = new Map<string, StoredCandidate>();
    for (const c of of("PARTICIPANT")) {
      if (isCountry(c, countries)) continue;
      const id = c.participant?.key ?? c.participant?.name ?? normalizeName(String(c.data.name ?? ""));
      if (!people.has(id)) people.set(id, c);
    }
    const goldPeople = g?.participants ?? [];
    note(
      "participants",
      compareOneToOne(counts.participants, goldPeople, [...people.values()], (p, c) =>
        sameParticipant(p, c.participant?.key ?? null, foundNames(c.participant, c.data.name), goldPeople),
      ),
      (p) => ({ text: p.name, detail: { key: p.key } }),
    );
    note(
      "roles",
      compare(counts.roles, g?.roles ?? [], of("ROLE"), (r, c) => overlaps(r, c)),
      span,
    );
    const statements = of("STATEMENT");
    const goldStatements = g?.statements ?? [];
    const quote = ({ speaker, ...rest }: GoldStatement) => span({ ...rest, speaker: speaker?.name ?? null });
    note(
      "quotes (span)",
      compare(counts["quotes (span)"], goldStatements, statements, (s, c) => overlaps(s, c)),
      quote,
    );
    note(
      "quotes (speaker)",
      compare(
        counts["quotes (speaker)"],
        goldStatements,
        statements,
        (s, c) => overlaps(s, c) && sameSpeaker(s, c, goldPeople),
      ),
      quote,
    );
    note(
      "quotes (mode)",
      compare(
        counts["quotes (mode)"],
        goldStatements,
        statements,
        (s, c) => overlaps(s, c) && String(c.data.mode ?? "") === s.mode,
      ),
      quote,
    );
    note(
      "quotes (channel)",
      compare(
        counts["quotes (channel)"],
        goldStatements.filter((s) => s.attribution !== null),
        statements.filter((c) => channelOf(c.data) !== null),
        (s, c) => overlaps(s, c) && sameWords(s.attribution ?? "", channelOf(c.data) ?? ""),
      ),
      quote,
    );
    const claims = of("CLAIM");
    note(
      "claims",
      compare(
        counts.claims,
        g?.claims ?? [],
        claims,
        (k, c) => overlaps(k, c) && sameAttribute(String(c.data.attribute ?? ""), k.attribute),
      ),
      span,
    );
    note(
      "durations (value+scope)",
      compare(
        counts["durations (value+scope)"],
        (g?.claims ?? []).filter((k) => k.attribute === "duration"),
        claims.filter((c) => c.data.attribute === "duration"),
        (k, c) =>
          overlaps(k, c) &&
          sameDuration(k, c.data) &&
          scopeWords(k.scope) === scopeWords(typeof c.data.scope === "string" ? c.data.scope : null),
      ),
      span,
    );
    const agreements = of("AGREEMENT");
    note(
      "agreements",
      compare(counts.agreements, g?.agreements ?? [], agreements, (a, c) => overlaps(a, c)),
      span,
    );
    note(
      "agreement strength",
      compare(
        counts["agreement strength"],
        g?.agreements ?? [],
        agreements,
        (a, c) => overlaps(a, c) && String(c.data.strength ?? "") === a.strength,
      ),
      span,
    );
    const topics = new Map<string, StoredCandidate>();
    for (const c of of("TOPIC")) topics.set(String(c.data.topic ?? c.data.name ?? ""), c);
    note("topics", compare(counts.topics, g?.topics ?? [], [...topics.values()], sameTopic), (t) => ({
      text: t.name,
      detail: { key: t.key },
    }));
    return agreements.length;
  };

  for (const g of gold.articles) {
    const mine = (assignment.get(g.key) ?? []).map((id) => byId.get(id)).filter((a) => a !== undefined);
    const main = mine.sort((a, b) => shared(b, g) - shared(a, g))[0] ?? null;
    const found = mine.flatMap((a) => a.candidates);
    const agreementsFound = scoreFacts(g, found);
    const goldBylines = new Set(g.bylines.map(normalizeName));
    const storedBylines = new Set((main?.bylines ?? []).map(normalizeName));
    const outletNames = [g.outlet.name, ...g.outlet.aliases].map(normalizeName);
    articles.push({
      key: g.key,
      storedId: main?.id ?? null,
      outlet:
        main !== null &&
        (main.outlet.key === g.outlet.key || outletNames.includes(normalizeName(main.outlet.name))),
      headline: main !== null && normalizeText(main.title) === normalizeText(g.title),
      dateStated: g.publishedAt !== null && !["RELATIVE", "UNKNOWN"].includes(g.publishedPrecision),
      date: main !== null && sameDate(g, main),
      bylines:
        main !== null &&
        goldBylines.size === storedBylines.size &&
        [...goldBylines].every((b) => storedBylines.has(b)),
      genre: main !== null && main.genre === g.genre,
      noAgreementYieldsNone: g.agreements.length === 0 ? agreementsFound === 0 : null,
      stored: main && {
        title: main.title,
        outlet: main.outlet.name,
        publishedAt: main.publishedAt?.toISOString() ?? null,
        publishedPrecision: main.publishedPrecision,
        genre: main.genre,
        bylines: main.bylines,
        events: main.events.map((e) => e.key),
      },
    });
  }
  for (const article of stray) scoreFacts(null, article.candidates);

  return {
    name: gold.name,
    file: gold.file,
    goldArticles: gold.articles.length,
    storedArticles: stored.length,
    strayArticles: stray.length,
    articles,
    counts,
    assignment,
    misses,
    ...(options.error ? { error: options.error } : {}),
  };
}

/**
 * A found topic (a key of reference/vocabulary.yaml, with its name) and a gold one: the same key, the key
 * under a dataset's prefix ("rw-us-mx-2015-01-immigration" for "immigration"), or the same name.
 */
export function sameTopic(gold: { key: string; name: string }, found: StoredCandidate): boolean {
  const key = typeof found.data.topic === "string" ? found.data.topic : "";
  const name = typeof found.data.name === "string" ? normalizeName(found.data.name) : "";
  return (
    (key !== "" && (gold.key === key || gold.key.endsWith(`-${key}`))) ||
    (name !== "" && normalizeName(gold.name) === name)
  );
}

function sameSpeaker(gold: GoldStatement, found: StoredCandidate, among: readonly Named[]): boolean {
  const names = foundNames(found.participant, found.data.speaker);
  if (gold.speaker) {
    const pool = among.some((p) => p.key === gold.speaker?.key) ? among : [gold.speaker, ...among];
    return sameParticipant(gold.speaker, found.participant?.key ?? null, names, pool);
  }
  // A speaker known only by a label ("a senior State Department official"): the label's words.
  return gold.speakerLabel !== null && names.some((name) => sameWords(gold.speakerLabel ?? "", name));
}

const ARTICLES = new Set(["a", "an", "the", "some", "both", "two", "by", "of", "from", "to"]);
/**
 * Whether all the words of one phrase (articles and the quantifiers of a pair or a group aside) are words
 * of the other: "Some experts" and "Some Chinese experts", "the two leaders" and "Both leaders".
 */
export function sameWords(a: string, b: string): boolean {
  const words = (text: string) =>
    new Set(
      normalizeName(text)
        .split(" ")
        .filter((w) => w && !ARTICLES.has(w)),
    );
  const [x, y] = [words(a), words(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return small.size > 0 && [...small].every((w) => large.has(w));
}

/** The channel a found statement credits ("a readout issued by…", "told reporters"), if any. */
const channelOf = (data: Record<string, unknown>): string | null => {
  const channel = data.channel ?? data.attribution;
  return typeof channel === "string" && channel.trim() ? channel : null;
};

export interface EventItem {
  /** Articles are compared only with articles imported into the same database. */
  group: string;
  article: string;
  gold: string[];
  linked: StoredEventLink[];
  /** Keys of the events that the database held before anything was imported into it. */
  existingKeys: ReadonlySet<string>;
}

export interface EventScore {
  articles: number;
  /** Articles linked right (see scoreEvents). */
  right: number;
  /** Articles linked to exactly one event. */
  exactlyOne: number;
  /** Pairs of articles: of one gold event, sharing a stored event, both. */
  pairs: { gold: number; found: number; both: number };
  byArticle: Map<string, boolean>;
}

/**
 * Event linking. An article whose gold event was in the database before the import must be linked to
 * that very event (and to no other stored one); an article of an event new to the database must be linked
 * to the new event that most articles of its meeting are linked to, and to which no article of another
 * meeting is linked (within its database). An article covering several meetings may be linked to fewer
 * events than it covers. Pairs of articles give the clustering's precision (pairs
 * sharing a stored event that share a gold one) and recall.
 */
export function scoreEvents(items: EventItem[]): EventScore {
  const score: EventScore = {
    articles: 0,
    right: 0,
    exactlyOne: 0,
    pairs: { gold: 0, found: 0, both: 0 },
    byArticle: new Map(),
  };
  const intersects = <T>(a: T[], b: T[]) => a.some((x) => b.includes(x));
  const scored = items.filter((item) => item.gold.length > 0);
  for (const [i, a] of scored.entries()) {
    for (const b of scored.slice(i + 1)) {
      if (a.group !== b.group) continue;
      const gold = intersects(a.gold, b.gold);
      const found = intersects(
        a.linked.map((e) => e.id),
        b.linked.map((e) => e.id),
      );
      if (gold) score.pairs.gold += 1;
      if (found) score.pairs.found += 1;
      if (gold && found) score.pairs.both += 1;
    }
  }
  // The stored event most articles of a gold event are linked to (the first of equals), per database.
  const majorities = new Map<string, string | null>();
  const majority = (group: string, key: string): string | null => {
    const id = `${group}\u0000${key}`;
    if (!majorities.has(id)) {
      const tally = new Map<string, number>();
      for (const other of scored) {
        if (other.group !== group || !other.gold.includes(key)) continue;
        for (const e of other.linked) if (!e.existing) tally.set(e.id, (tally.get(e.id) ?? 0) + 1);
      }
      let best: string | null = null;
      for (const [event, count] of tally) if (best === null || count > (tally.get(best) ?? 0)) best = event;
      majorities.set(id, best);
    }
    return majorities.get(id) ?? null;
  };
  for (const item of scored) {
    score.articles += 1;
    if (item.linked.length === 1) score.exactlyOne += 1;
    const existing = new Set(item.linked.filter((e) => e.existing).map((e) => e.key));
    const goldExisting = item.gold.filter((key) => item.existingKeys.has(key));
    const goldNew = item.gold.filter((key) => !goldExisting.includes(key));
    const linkedNew = item.linked.filter((e) => !e.existing);
    // Linked to something; to every stored event it covers and to no other stored one; to no more new
    // events than new meetings it covers.
    let right =
      item.linked.length > 0 &&
      goldExisting.every((key) => existing.has(key)) &&
      [...existing].every((key) => item.gold.includes(key)) &&
      linkedNew.length <= goldNew.length;
    // Each new event is the one most articles of one of its meetings share, and no article of another
    // meeting is linked to it.
    if (right && linkedNew.length > 0) {
      right = linkedNew.every(
        (event) =>
          goldNew.some((key) => majority(item.group, key) === event.id) &&
          scored.every(
            (other) =>
              other.group !== item.group ||
              !other.linked.some((e) => e.id === event.id) ||
              intersects(goldNew, other.gold),
          ),
      );
    }
    if (right) score.right += 1;
    score.byArticle.set(`${item.group}\u0000${item.article}`, right);
  }
  return score;
}

export interface Summary {
  counts: Record<Kind, Count>;
  articles: {
    gold: number;
    found: number;
    outlet: number;
    headline: number;
    dateStated: { right: number; of: number };
    dateUnstated: { right: number; of: number };
    bylines: number;
    genre: number;
  };
  noAgreement: { right: number; of: number };
}

/** Totals over several texts. */
export function summarize(texts: TextScore[]): Summary {
  const counts = emptyCounts();
  for (const text of texts) {
    for (const kind of KINDS) {
      for (const field of ["gold", "found", "matchedGold", "matchedFound"] as const) {
        counts[kind][field] += text.counts[kind][field];
      }
    }
  }
  const all = texts.flatMap((t) => t.articles);
  const count = (test: (a: ArticleScore) => boolean) => all.filter(test).length;
  return {
    counts,
    articles: {
      gold: all.length,
      found: count((a) => a.storedId !== null),
      outlet: count((a) => a.outlet),
      headline: count((a) => a.headline),
      dateStated: { right: count((a) => a.dateStated && a.date), of: count((a) => a.dateStated) },
      dateUnstated: { right: count((a) => !a.dateStated && a.date), of: count((a) => !a.dateStated) },
      bylines: count((a) => a.bylines),
      genre: count((a) => a.genre),
    },
    noAgreement: {
      right: count((a) => a.noAgreementYieldsNone === true),
      of: count((a) => a.noAgreementYieldsNone !== null),
    },
  };
}
