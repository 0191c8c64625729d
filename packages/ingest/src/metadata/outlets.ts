/**
 * Which outlet published a page: by the domain of its URL (canonical, og:url, front matter, a URL printed
 * in the text), by the publisher or site name it states, or by a masthead or copyright line, against the
 * stored outlets and the reference list (packages/ingest/reference/outlets.yaml). A publisher found
 * nowhere becomes its own proposed outlet, named as the page names it (site name, else domain, else the
 * file), so that unrelated pages never share one row.
 */

import {
  type DbClient,
  normalizeName,
  type OutletKind,
  type StateAffiliation,
  spanAt,
  toCodePointIndex,
} from "@readout/db";
import ct from "countries-and-timezones";
import { lexiconTag, wordPieces } from "../extract/nlp.ts";
import type { CandidateDraft } from "../extract.ts";
import {
  calendarNames,
  type PageVocabulary,
  type ReferenceOutlet,
  reference,
  wordAlternatives,
} from "../vocabulary.ts";

export interface OutletRecord {
  /** The stored row, when the outlet is stored already. */
  id?: string | undefined;
  name: string;
  aliases: string[];
  domains: string[];
  country: string | null;
  kind: OutletKind;
  /** It carries other publishers' articles: an outlet the page names wins over its domain. */
  republishes?: boolean | undefined;
  /** Its domains name its own host only, not the sites under them (reference/outlets.yaml `hostOnly`). */
  hostOnly?: boolean | undefined;
  affiliation?: { value: StateAffiliation; source: string; note?: string | undefined } | undefined;
}

export interface ResolvedOutlet extends OutletRecord {
  /** True when neither the stored outlets nor the reference list know it. */
  proposed: boolean;
  /** The words of the page that name it, when it was found by name. */
  named: string | null;
  /** How it was found, for the record. */
  by: "option" | "domain" | "publisher" | "masthead" | "text" | "site-name" | "file";
}

/** A URL's host without "www.", lower case; null when it is no URL or bare domain. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    // (A fully qualified name's final dot, "agenciabrasil.ebc.com.br.", names the same host.)
    const host = new URL(withScheme).hostname
      .toLowerCase()
      .replace(/^www\d?\./, "")
      .replace(/\.$/, "");
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) && /[a-z]/.test(host.split(".").at(-1) ?? "")
      ? host
      : null;
  } catch {
    return null;
  }
}

/**
 * The outlet whose domain is the host or a parent of it; the longest domain wins ("english.news.cn"). A
 * domain with a path ("gov.br/planalto") is a body's part of a government's portal: it matches an address
 * whose path starts so.
 */
export function outletByDomain(host: string | null, outlets: OutletRecord[], path = ""): OutletRecord | null {
  if (!host) return null;
  const within = `${path.toLowerCase().replace(/\/+$/u, "")}/`;
  let best: { outlet: OutletRecord; length: number } | null = null;
  for (const outlet of outlets) {
    for (const domain of outlet.domains) {
      const [d = "", ...rest] = domain
        .toLowerCase()
        .replace(/^www\./, "")
        .split("/");
      const part = rest.length ? `/${rest.join("/").replace(/\/+$/u, "")}/` : "";
      const onHost = host === d || (!outlet.hostOnly && host.endsWith(`.${d}`));
      const length = d.length + part.length;
      if (onHost && (!part || within.startsWith(part)) && (!best || length > best.length))
        best = { outlet, length };
    }
  }
  return best?.outlet ?? null;
}

/** An address's path ("/planalto/en/latest-news/…"), or "" when it has none or is no address. */
export function pathOf(url: string | null | undefined): string {
  if (!url) return "";
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url.trim()) ? url.trim() : `https://${url.trim()}`)
      .pathname;
  } catch {
    return "";
  }
}

const nameKey = (name: string) =>
  normalizeName(name.replace(/[’‘`]/g, "'"))
    .replace(/^the\s+/, "")
    .replace(/[.'"]/g, "")
    .trim();

/** The outlet named exactly so (its name or an alias; "The" and punctuation aside). */
export function outletByName(
  name: string | null | undefined,
  outlets: OutletRecord[],
  /** A line of the page: a name in capitals ("MEE") matches it only in capitals ("The mee" is cut text). */
  asPrinted = false,
): OutletRecord | null {
  if (!name?.trim()) return null;
  const host = hostOf(name);
  if (host && /\.[a-z]{2,}$/i.test(name.trim()) && !/\s/.test(name.trim())) {
    const byDomain = outletByDomain(host, outlets);
    if (byDomain) return byDomain;
  }
  const key = nameKey(name);
  if (!key) return null;
  // One word matches a name that has "The" before it only with "The": a section label "National" is not
  // The National.
  const bare = !/\s/u.test(key) && !/^the\s/iu.test(name.trim());
  const capitals = (n: string) => /^[\p{Lu}\d&.-]+$/u.test(n) && !/^[\p{Lu}\d&.-]+$/u.test(name.trim());
  return (
    outlets.find((outlet) =>
      [outlet.name, ...outlet.aliases].some(
        (n) => nameKey(n) === key && !(bare && /^the\s/iu.test(n)) && !(asPrinted && capitals(n)),
      ),
    ) ?? null
  );
}

/**
 * The page a redirect or a shared link points to: "https://zeemedia.page.link/?link=https://www.wionews.com/…"
 * is the WION page. An address whose query holds another web address under a name that carries one
 * (link, url, u, target, dest, destination, redirect) is that address; any other is itself.
 */
export function redirectTarget(address: string): string {
  try {
    const url = new URL(address);
    for (const name of ["link", "url", "u", "target", "dest", "destination", "redirect"]) {
      const inner = url.searchParams.get(name);
      if (inner && /^https?:\/\//iu.test(inner) && hostOf(inner) && hostOf(inner) !== hostOf(address))
        return inner;
    }
  } catch {
    // Not an address to look into.
  }
  return address;
}

/** The registrable name, past subdomains and a country's second level ("edition.paper.co.kr": "paper"). */
function registrableLabel(host: string): string {
  const parts = host.replace(/^www\./u, "").split(".");
  // A publication on a publishing platform is its subdomain ("caixinchinawatch.substack.com").
  const platform = reference().page.publishingPlatforms.find((domain) => host.endsWith(`.${domain}`));
  if (platform) {
    const own = parts.at(-platform.split(".").length - 1);
    if (own && own.length >= 3) return own;
  }
  const secondLevel =
    parts.length >= 3 &&
    /^[a-z]{2}$/u.test(parts.at(-1) ?? "") &&
    /^(co|com|org|net|ac|gov|gob|gouv|gub|govt|edu|mil|or|ne|go)$/u.test(parts.at(-2) ?? "");
  const at = secondLevel ? -3 : -2;
  const label = parts.at(at) ?? parts[0] ?? host;
  // "zeenews.india.com": a portal named after a country hosts the publisher under its own name.
  const below = parts.at(at - 1);
  // (Not a language's or a section's subdomain: "hindi.india.com", "news.china.com".)
  return below &&
    below.length >= 4 &&
    lexiconTag(below) === undefined &&
    countryNames().has(label.toLowerCase())
    ? below
    : label;
}

let countries: Set<string> | undefined;
/** Countries' names in lower case, with and without their spaces (countries-and-timezones' list). */
const countryNames = () => {
  countries ??= new Set(
    Object.values(ct.getAllCountries()).flatMap((c) => [
      c.name.toLowerCase(),
      c.name.toLowerCase().replace(/\s+/gu, ""),
    ]),
  );
  return countries;
};

/**
 * A name for a publisher known only by its domain, as the page writes it: the host itself as printed
 * ("Rediff.com"), else words whose letters spell the domain's name ("GulfToday", "Gulf Today" for
 * gulftoday.ae), else that name capitalised ("Tag24"). Never the bare host: "gulftoday.ae" is no name.
 */
/**
 * The fewest words, each one `isWord` accepts, that spell each prefix of `letters` ("theorientnews": the,
 * orient, news): entry `n` splits the first `n` letters, null where no split does.
 */
function fewestWords(letters: string, isWord: (word: string) => boolean): (string[] | null)[] {
  const best: (string[] | null)[] = [[]];
  for (let end = 1; end <= letters.length; end++) {
    best[end] = null;
    for (let start = Math.max(0, end - 20); start < end; start++) {
      const head = best[start];
      const word = letters.slice(start, end);
      if (head && isWord(word) && (!best[end] || head.length + 1 < (best[end]?.length ?? 0)))
        best[end] = [...head, word];
    }
  }
  return best;
}

const SHORT_WORDS = new Set(["of", "the", "and", "in", "on", "at", "to", "my", "we", "us", "our"]);

/** A run of letters as the words it most likely holds, or null when any piece is no plausible word. */
function splitByFrequency(letters: string): string[] | null {
  const words = wordPieces(letters);
  if (words.length < 2 || words.join("") !== letters) return null;
  // A piece is a function word, a word the lexicon knows, or one of five letters or more: "thanthi" is no
  // "than thi", "aerotech" no "aero tech".
  // (Or a piece of a name the lexicon knows in two words: "san" of "san francisco".)
  const plausible = (word: string, i: number) =>
    SHORT_WORDS.has(word) ||
    word.length >= 5 ||
    (word.length >= 3 && lexiconTag(word) !== undefined) ||
    [
      [words[i - 1], word],
      [word, words[i + 1]],
    ].some(([a, b]) => a !== undefined && b !== undefined && lexiconTag(`${a} ${b}`) !== undefined);
  return words.every(plausible) && words.some((word) => word.length >= 4) ? words : null;
}

/** How an English word can begin: a vowel, a consonant and a vowel, or a cluster that starts words. */
const WORD_ONSET =
  /^(?:[aeiouy]|[bcdfghjklmnpqrstvwxz][aeiouy]|bl|br|ch|cl|cr|dr|fl|fr|gl|gr|kn|ph|pl|pr|sc|sh|sk|sl|sm|sn|sp|st|sw|th|tr|tw|wh|wr)/u;

export function nameOfDomain(host: string, text: string): string {
  const label = registrableLabel(host);
  const printed = new RegExp(
    `(?<![\\p{L}\\p{N}.])(?:${wordAlternatives([host])})(?![\\p{L}\\p{N}])`,
    "iu",
  ).exec(text);
  if (printed && /\p{Lu}/u.test(printed[0])) return printed[0];
  // "Orda.kz" in the text of a page on en.orda.kz: the name with its domain's ending, as the site writes it.
  const labels = host.replace(/^www\./u, "").split(".");
  const index = labels.lastIndexOf(label);
  const domain = index >= 0 ? labels.slice(index).join(".") : null;
  const named =
    domain && domain !== host && domain.includes(".")
      ? new RegExp(`(?<![\\p{L}\\p{N}.])(?:${wordAlternatives([domain])})(?![\\p{L}\\p{N}])`, "iu").exec(text)
      : null;
  if (named && /^\p{Lu}/u.test(named[0])) return named[0];
  const letters = label.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  if (letters.length >= 3) {
    for (const match of text.matchAll(/\p{Lu}[\p{L}\p{N}&]*(?:[ -]\p{Lu}[\p{L}\p{N}&]*){0,3}/gu)) {
      if (match[0].toLowerCase().replace(/[^\p{L}\p{N}]/gu, "") !== letters) continue;
      // "GulfToday": the words run together, split where a capital follows a small letter.
      return match[0].replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2");
    }
  }
  // "Afghan Voice Agency (AVA)" on avapress.com: a name the page prints with the initials its address
  // begins with.
  // (Three initials or more, after the address's own letters printed as a name: "EUobserver", not the
  // "European Union (EU)" its page names.)
  for (const match of text.matchAll(
    /((?:\p{Lu}[\p{L}'’-]*[ \t]+){1,5}\p{Lu}[\p{L}'’-]*)[ \t]*\((\p{Lu}{2,6})\)/gu,
  )) {
    const [, run = "", initials = ""] = match;
    // (The words the initials stand for end the run: "Story Code Afghan Voice Agency (AVA)".)
    const words = run.split(/[ \t]+/u).slice(-initials.length);
    const own = words.map((word) => word.charAt(0)).join("");
    if (initials.length >= 3 && own === initials && letters.startsWith(initials.toLowerCase()))
      return words.join(" ");
  }
  // "op.gov.gy": a label of two letters with a vowel is no word and no initials a reader knows it by; the
  // site is named by its domain ("Op.gov.gy").
  if (domain && /^\p{L}{1,2}$/u.test(label) && !/^[b-df-hj-np-tv-xz]+$/iu.test(label))
    return `${domain.charAt(0).toUpperCase()}${domain.slice(1)}`;
  const name = nameOfLabel(host, label, letters, text);
  const parts = host.replace(/^www\./u, "").split(".");
  const ending = parts.at(-1)?.toLowerCase() ?? "";
  // "latin-american.news": an ending that is a word of outlets' names (page.yaml outletWords) ends the name.
  if (
    parts.length >= 2 &&
    ending.length >= 3 &&
    reference().page.outletWords.some((word) => word.toLowerCase() === ending) &&
    !name.toLowerCase().endsWith(ending)
  )
    return `${name} ${ending.charAt(0).toUpperCase()}${ending.slice(1)}`;
  // "ukrainian.us", "thenews.sg": a word of the language alone, or after "the", is no name a reader tells
  // apart; such a site on a country's ending is named by its domain ("Ukrainian.us", "Thenews.sg").
  const plain = /^(?:The )?\p{Lu}\p{Ll}+$/u.test(name) && /^\p{L}+$/u.test(label);
  const word = name.replace(/^The /u, "").toLowerCase();
  if (
    plain &&
    parts.length === 2 &&
    /^[a-z]{2}$/u.test(ending) &&
    (lexiconTag(word) !== undefined || reference().page.outletWords.some((w) => w.toLowerCase() === word))
  )
    return `${label.charAt(0).toUpperCase()}${label.slice(1)}.${ending}`;
  return name;
}

/** nameOfDomain's reading of the address's own label, where the page prints no name for it. */
function nameOfLabel(host: string, label: string, letters: string, text: string): string {
  // "middle-east-online": the words its hyphens part.
  // ("al-monitor": "Al-Monitor", a particle's hyphen kept.)
  const parts = label.split("-");
  if (parts.length >= 2 && parts.every((part) => /^\p{L}{2,}$/u.test(part)))
    return parts
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
      .join(parts.some((part) => part.length <= 2) ? "-" : " ");
  // "hngn": letters with no vowel, two to five of them, are initials: "HNGN" (as "nbcaudio" is "NBC Audio").
  if (/^[b-df-hj-np-tv-xz]{2,5}$/iu.test(letters)) return letters.toUpperCase();
  // "theorientnews": the fewest words, each a word of the page or one the lexicon knows ("The Orient News").
  const known = new Set(text.toLowerCase().match(/\p{L}{2,}/gu) ?? []);
  const isWord = (word: string) => known.has(word) || (word.length >= 3 && lexiconTag(word) !== undefined);
  const best = fewestWords(letters, isWord);
  // "thefinancialnews247": the words, then the number.
  const number = /\d+$/u.exec(letters)?.[0] ?? "";
  const head = letters.slice(0, letters.length - number.length);
  const words = best[head.length];
  const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  // A split is taken only when the page itself uses one of its words ("Exp Res Sen" is no name).
  // (Fewer words by how often each is written win over the page's: "thenortheastaffairs" is "the northeast
  // affairs", not "the nor thea staff airs" of a page that uses "staff", a word the lexicon lacks.)
  const fewer = words && words.length > 3 && /^\p{L}+$/u.test(head) ? splitByFrequency(head) : null;
  if (
    words &&
    words.length >= 2 &&
    /^\p{L}+$/u.test(head) &&
    words.some((word) => word.length >= 3 && known.has(word))
  )
    return [
      ...(fewer && fewer.length < words.length
        ? fewer.map((word, i) => (i > 0 && SHORT_WORDS.has(word) ? word : capital(word)))
        : words.map(capital)),
      ...(number ? [number] : []),
    ].join(" ");
  // "royanews": a name the lexicon does not know, then a word that names a kind of outlet (page.yaml
  // outletWords: "news", "times", "post").
  const kinds = reference().page.outletWords.map((word) => word.toLowerCase());
  const kind = kinds.find((word) => head.endsWith(word) && head.length - word.length >= 3);
  if (kind && /^\p{L}+$/u.test(head)) {
    // "theepochtimes": "The Epoch Times"; "expressandstar": "Express and Star", where the lexicon knows
    // every word before the kind's ("deccan" is not "dec can").
    const before = head.slice(0, head.length - kind.length);
    const split = best[before.length];
    // ("insightonlinenews": "Insight Online News", by word frequencies where the lexicon does not split it.)
    const frequent = before.length >= 6 && /^\p{L}+$/u.test(before) ? splitByFrequency(before) : null;
    // ("nbcaudio": "NBC Audio", a name of three letters or fewer and no vowel in capitals.)
    const name = /^[^aeiouy]{2,3}$/iu.test(before)
      ? [before.toUpperCase()]
      : split &&
          split.length >= 2 &&
          split.every(
            (word) => /^(?:and|of|the)$/u.test(word) || (word.length >= 4 && lexiconTag(word) !== undefined),
          )
        ? split.map((word, i) => (i > 0 && /^(?:and|of|the)$/u.test(word) ? word : capital(word)))
        : frequent
          ? frequent.map((word, i) => (i > 0 && SHORT_WORDS.has(word) ? word : capital(word)))
          : before
              .replace(/^the(?=\p{L}{3})/u, "the ")
              .split(" ")
              .map(capital);
    // ("anewztv": "Anewz TV", a short word in capitals.)
    return [...name, kind.length <= 2 ? kind.toUpperCase() : capital(kind), ...(number ? [number] : [])].join(
      " ",
    );
  }
  // "dailyittehad": a word that opens the names of papers (page.yaml outletLeadWords: "daily"), then a name.
  const lead = reference()
    .page.outletLeadWords.map((word) => word.toLowerCase())
    .find((word) => head.startsWith(word) && head.length - word.length >= 4);
  if (lead && /^\p{L}+$/u.test(head)) {
    // ("radiofreeasia": "Radio Free Asia", where the lexicon knows every word after the lead.)
    const rest = head.slice(lead.length);
    const split = fewestWords(rest, (word) => word.length >= 3 && lexiconTag(word) !== undefined);
    const parts = split[rest.length] && (split[rest.length]?.length ?? 0) <= 3 ? split[rest.length] : [rest];
    return [capital(lead), ...(parts ?? [rest]).map(capital), ...(number ? [number] : [])].join(" ");
  }
  // "globalhappenings": words of the language, by how often each is written (wordsninja's frequency list),
  // where every piece is a plausible word ("telanganatoday" gives "te langan a today": no split).
  const frequent = head.length >= 6 && /^\p{L}+$/u.test(head) ? splitByFrequency(head) : null;
  if (frequent)
    return [
      ...frequent.map((word, i) => (i > 0 && SHORT_WORDS.has(word) ? word : capital(word))),
      ...(number ? [number] : []),
    ].join(" ");
  // "thelocal": "The Local", a name after "the" that neither the page nor the lexicon splits, unless the
  // label opens with a longer word of its own ("theatreworld") or what follows "the" cannot start an
  // English word ("thermofisher": "rm").
  // (A function word the label opens with, "them" of "themessenger", is no word of its own.)
  const rest = head.slice(3);
  const opensWithWord = [...Array(Math.max(0, Math.min(head.length, 12) - 3)).keys()].some((i) => {
    const tag = lexiconTag(head.slice(0, 4 + i));
    return tag !== undefined && !/Pronoun|Determiner|Adverb|Preposition|Conjunction/u.test(tag);
  });
  if (
    head.startsWith("the") &&
    rest.length >= 4 &&
    WORD_ONSET.test(rest) &&
    /^\p{L}+$/u.test(head) &&
    !opensWithWord
  )
    return ["The", capital(rest), ...(number ? [number] : [])].join(" ");
  // "rbc.ua": a name of two or three letters and no vowel is an acronym ("RBC", not "Vox" or "Sky"); any other
  // is capitalised ("Tag24").
  const name = /^[^aeiouy\P{L}]{2,3}$/iu.test(label) ? label.toUpperCase() : capital(label);
  // "amu.tv": a station's name on the television domain.
  return /\.tv$/iu.test(host) && /^\p{L}+$/u.test(label) ? `${name} TV` : name;
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"')\]]+/gi;
/** A site named by its address as the subject of "reports" ("Caliber.Az reports", "APA.az reported"). */
const SITE_REPORTS =
  /(?<![\p{L}\p{N}.@/-])(\p{L}[\p{L}\p{N}-]*\.(?:[A-Za-z]{2,3}))\s+(?:reports|reported|writes|wrote|has learned|learned)\b/gu;

/** page.yaml's copyright marks and masthead labels as patterns, compiled once per vocabulary. */
const footCache = new WeakMap<
  PageVocabulary,
  { copyright: RegExp; label: RegExp; rights: RegExp; foot: RegExp; credit: RegExp }
>();
function footPatterns(page: PageVocabulary) {
  let patterns = footCache.get(page);
  if (!patterns) {
    const marks = wordAlternatives(page.copyrightMarks);
    const none = "(?!)";
    patterns = {
      // (Marks may stand together: "© Copyright 2024 PTI.")
      copyright: new RegExp(`^(?:(${marks || none})\\s*)+`, "i"),
      label: new RegExp(`^(${wordAlternatives(page.mastheadLabels) || none})\\s*:?\\s+`, "i"),
      rights: new RegExp(`(${wordAlternatives(page.rightsNotices) || none})\\.?`, "i"),
      foot: new RegExp(`^(${marks || none}|(?:${wordAlternatives(page.footLabels) || none})\\s*:)`, "i"),
      credit: new RegExp(`\\b(${wordAlternatives(page.photoCreditWords) || none})\\b`, "i"),
    };
    footCache.set(page, patterns);
  }
  return patterns;
}

let captionPattern: RegExp | undefined;
/**
 * Whether a line ends as a photo caption does: a comma, then the photo's full date ("…, U.S., August 18,
 * 2025", "…, 18 August 2025"). A line of a few words under it is the photo's credit.
 */
export function endsLikeCaption(line: string): boolean {
  const months = wordAlternatives(calendarNames("months"));
  captionPattern ??= new RegExp(
    `,\\s+(?:(?:${months})\\.?\\s+\\d{1,2},?\\s+|\\d{1,2}\\s+(?:${months})\\.?,?\\s+)(?:19|20)\\d{2}$`,
    "u",
  );
  return captionPattern.test(line.trim());
}

/**
 * Lines of the page that may name its publisher: the short lines at the top (masthead, navigation) and
 * the copyright and source lines at the bottom; and the URLs printed at the top or bottom.
 */
export function pageSignals(
  text: string,
  page: PageVocabulary = reference().page,
): { mastheads: string[]; urls: string[] } {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const head = lines.slice(0, 25);
  const tail = lines.slice(-20);
  const { copyright, label, rights, foot, credit } = footPatterns(page);
  const edition = new Set(page.editionWords.map((word) => word.toLowerCase()));
  const clean = (line: string) =>
    line
      .replace(copyright, "")
      .replace(label, "")
      .replace(/\b(19|20)\d{2}\b(\s*[-–]\s*(19|20)\d{2})?/g, "")
      .replace(rights, "")
      .replace(/^[\s,.|©]+|[\s,.|:]+$/g, "");
  // A photo's credit ("[Yonhap Photo]", "Photograph: X/Reuters", page.yaml photoCreditWords) names who
  // took the picture, not who published the page.
  // A line of a few words under a photo's caption ("… in Washington, D.C., U.S., August 18, 2025" then
  // "Reuters") is its credit too.
  // (By position: the same name at the top is a masthead.)
  const underCaption = (index: number) => {
    const above = lines[index - 1];
    const line = lines[index] ?? "";
    return (
      above !== undefined &&
      line.split(/\s+/).length <= 4 &&
      !/^by\s/iu.test(line) &&
      above.split(/\s+/).length >= 8 &&
      endsLikeCaption(above)
    );
  };
  // "… warned in statements to the" / "Financial Times" / "that this is …": a link a capture set on a line of
  // its own inside a sentence (the line above breaks off on a small word, the line below goes on in small
  // letters) is a source cited, not the page's masthead.
  const inSentence = (index: number) =>
    /\s\p{Ll}+$/u.test(lines[index - 1] ?? "") &&
    (lines[index - 1] ?? "").split(/\s+/).length >= 8 &&
    /^\p{Ll}/u.test(lines[index + 1] ?? "");
  const tailFrom = Math.max(0, lines.length - 20);
  const shortLines = [
    ...head.filter(
      (line, i) => (foot.test(line) || line.split(/\s+/).length <= 8) && !underCaption(i) && !inSentence(i),
    ),
    // (Counted without a label: "Read more on FRANCE 24 English".)
    ...tail.filter(
      (line, i) =>
        (foot.test(line) || clean(line).split(/\s+/).length <= 5) &&
        !underCaption(tailFrom + i) &&
        !inSentence(tailFrom + i),
    ),
  ].filter((line) => !credit.test(line));
  // A masthead line may hold several parts ("Source: Xinhua | 2023-11-16 | Editor: …"): each is tried.
  const mastheads = shortLines.flatMap((line) => {
    // "The Guardian - AU": an edition after a spaced hyphen.
    const parts = line.split(/\s*[|·•]\s*|\s+[—–-]\s+/).filter(Boolean);
    // "Source: Al Jazeera and news agencies": the first of several publishers named.
    return [line, ...(parts.length > 1 ? parts : [])].map(clean).flatMap((part) => {
      // "Voice of America (VOA)": the name without the short form after it.
      const first = (part.split(/\s+and\s+|\s*,\s*/)[0] ?? "").replace(/\s*\([^()]{1,12}\)$/u, "");
      // "FRANCE 24 English": the name without the edition after it (page.yaml editionWords).
      const words = part.split(/\s+/u);
      let kept = words.length;
      while (kept > 1 && edition.has((words[kept - 1] ?? "").toLowerCase())) kept--;
      const unedited = kept < words.length ? [words.slice(0, kept).join(" ")] : [];
      return [part, ...(first && first !== part ? [first] : []), ...unedited];
    });
  });
  const urls = [
    ...[...head, ...tail].flatMap((line) => [...line.matchAll(URL_IN_TEXT)].map((m) => m[0])),
    // "…, Caliber.Az reports per foreign Russian media": a site named by its address, reporting the story.
    ...[...text.matchAll(SITE_REPORTS)].map((m) => `https://${(m[1] ?? "").toLowerCase()}/`),
  ];
  return { mastheads: mastheads.filter(Boolean), urls };
}

export interface OutletSignals {
  /** Given by the user (option, front matter, sidecar): a name or a domain. */
  given?: string | undefined;
  /** URLs of the page, best first (given, canonical, og:url). */
  urls: (string | undefined)[];
  publisher?: string | undefined;
  siteName?: string | undefined;
  /** The outlet the article's own lines name (a byline's agency, a masthead above the headline). */
  fromArticle?: string | null | undefined;
  /**
   * A publisher the story's dateline or byline credits with it ("BEIJING (Reuters) –"): the story is its,
   * on whatever site carries it.
   */
  credited?: string | null | undefined;
  /** A wire the story's dateline names as its source ("SOCHI (TASS):"): the outlet only where nothing else names one. */
  source?: string | null | undefined;
  /** The page's text, for masthead lines and printed URLs. */
  text: string;
  fileName?: string | undefined;
  /** Names the proposed outlet when nothing else does, so that unrelated pages never share a row. */
  pageId: string;
}

const proposed = (name: string, by: ResolvedOutlet["by"], domain: string | null, named: string | null) => ({
  name,
  aliases: [],
  domains: domain ? [domain] : [],
  country: null,
  kind: "UNKNOWN" as const,
  proposed: true,
  named,
  by,
});

/** Whether a host is a domain or one of its subdomains. */
/** Whether the letters of `short` stand in `long` in the same order. */
const subsequence = (short: string, long: string) => {
  let at = 0;
  for (const letter of short) {
    at = long.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
};

const onDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** Whether a host names no publisher (page.yaml anonymousHosts: a cloud server, a content network). */
const anonymousHost = (host: string) =>
  reference().page.anonymousHosts.some((domain) => onDomain(host, domain));

/**
 * The publication a site that carries others' under a path names there (page.yaml publicationPaths:
 * "pressreader.com/usa/the-pueblo-chieftain/…" is "The Pueblo Chieftain"), or null.
 */
function publicationInPath(url: string | null | undefined): string | null {
  const host = hostOf(url);
  if (!host) return null;
  const entry = Object.entries(reference().page.publicationPaths).find(([domain]) => onDomain(host, domain));
  if (!entry) return null;
  const slug = pathOf(url).split("/").filter(Boolean)[entry[1] - 1];
  if (!slug || !/^[a-z][a-z0-9-]*[a-z]$/iu.test(slug) || !slug.includes("-")) return null;
  return slug
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}

/** "Overview Logo": a name in capitals, then a word of a picture's label (page.yaml logoWords). */
let logoPattern: RegExp | undefined;
const logoLabel = () => {
  const words = reference().page.logoWords.flatMap((word) => [
    word,
    word.charAt(0).toUpperCase() + word.slice(1),
  ]);
  logoPattern ??= new RegExp(
    `^(\\p{Lu}[\\p{L}\\p{N}&.'’ -]{1,40}?)\\s+(?:${wordAlternatives(words) || "(?!)"}|${wordAlternatives(words.map((word) => word.toUpperCase())) || "(?!)"})$`,
    "u",
  );
  return logoPattern;
};

/** The outlet of a page (or of one article on it), known or proposed. */
export function resolveOutlet(signals: OutletSignals, outlets: OutletRecord[]): ResolvedOutlet {
  const known = (outlet: OutletRecord | null, by: ResolvedOutlet["by"], named: string | null) =>
    outlet ? { ...outlet, proposed: false, named, by } : null;
  // A publication a site carries under a path is the page's publisher, known or proposed (with no domain:
  // the site's is every publication's there).
  const carried = signals.given
    ? null
    : signals.urls.map((url) => publicationInPath(url)).find((name) => name !== null);
  if (carried) {
    // "usa-today-us-edition": the known outlet its first words name (USA Today), an edition after it.
    const words = carried.split(" ");
    const edition = new Set(reference().page.editionWords.map((word) => word.toLowerCase()));
    for (let n = words.length; n >= 2; n--) {
      if (!words.slice(n).every((word) => edition.has(word.toLowerCase()))) continue;
      const outlet = known(outletByName(words.slice(0, n).join(" "), outlets), "domain", carried);
      if (outlet) return outlet;
    }
    // An unknown one as its masthead prints it, if a line at the top spells the path's words:
    // "Times-Herald (Vallejo)" for "times-herald-vallejo".
    const key = nameKey(carried);
    const masthead = signals.text
      .split(/\r?\n/u)
      .slice(0, 10)
      .map((line) => line.trim())
      .find((line) => line.length <= 80 && nameKey(line) === key);
    const name = masthead ?? carried;
    return proposed(name, "domain", null, name);
  }
  const addresses = signals.urls.filter((url) => {
    const host = hostOf(url);
    return host !== null && !anonymousHost(host);
  });
  const hosts = addresses.map((url) => hostOf(url) as string);
  const { mastheads, urls: printed } = pageSignals(signals.text);
  const printedHosts = printed.map((url) => hostOf(url)).filter((host): host is string => Boolean(host));
  const given = signals.given?.trim();
  const byDomain = addresses
    .map((url) => known(outletByDomain(hostOf(url), outlets, pathOf(url)), "domain", null))
    .find(Boolean);
  // An outlet the story credits by letters that are the initials of the page's own address, a publisher no
  // list knows: "ROME (ITALPRESS/MNA) –" on maltanewsagency.com is Malta News Agency's, not the Mehr News
  // Agency the list knows as "MNA".
  const pieces = hosts[0] && !byDomain ? wordPieces(registrableLabel(hosts[0]).toLowerCase()) : [];
  const initials = pieces.map((piece) => piece.charAt(0)).join("");
  const notOwnInitials = (outlet: OutletRecord | null) =>
    outlet &&
    initials.length >= 2 &&
    [outlet.name, ...outlet.aliases].some(
      (alias) => /^\p{Lu}{2,6}$/u.test(alias) && alias.toLowerCase() === initials,
    )
      ? null
      : outlet;
  // What the page's own words name: its publisher or site name, the article's lines, a masthead.
  const named = () =>
    known(outletByName(signals.publisher, outlets), "publisher", signals.publisher ?? null) ??
    known(outletByName(signals.siteName, outlets), "site-name", signals.siteName ?? null) ??
    known(notOwnInitials(outletByName(signals.fromArticle, outlets)), "text", signals.fromArticle ?? null) ??
    mastheads.map((line) => known(outletByName(line, outlets, true), "masthead", line)).find(Boolean);
  // An aggregator's domain gives way to another publisher the page names (a wire story it carries).
  const republished = byDomain?.republishes ? named() : null;
  // A wire's story on a paper's or a portal's site ("PARIS (AP) —" on ajc.com) is the wire's: the site
  // only carries it.
  const credited = known(
    notOwnInitials(outletByName(signals.credited, outlets)),
    "text",
    signals.credited ?? null,
  );
  const found =
    (given ? known(outletByName(given, outlets), "option", given) : null) ??
    (republished && republished.name !== byDomain?.name ? republished : null) ??
    (byDomain && credited && credited.name !== byDomain.name ? credited : null) ??
    byDomain ??
    named() ??
    // (On a site no list knows too, where the page's own words name no publisher: "… -- The Prime Minister
    // of Australia issued the following media release:" on a news service's page.)
    credited ??
    printedHosts.map((host) => known(outletByDomain(host, outlets), "domain", null)).find(Boolean) ??
    known(outletByName(signals.source, outlets), "text", signals.source ?? null);
  if (found) return found;
  // Not known: its own proposed outlet, named as the page names it.
  if (given) {
    const host = !/\s/.test(given) ? hostOf(given) : null;
    return proposed(given, "option", host, given);
  }
  const host = hosts[0] ?? null;
  if (signals.publisher) return proposed(signals.publisher, "publisher", host, signals.publisher);
  if (signals.siteName) return proposed(signals.siteName, "site-name", host, signals.siteName);
  // A name the page's lines give that no list knows is taken over its address only when the two agree
  // ("Korea News Gazette" on koreanewsgazette.com): a section's label above the headline ("Events") is no
  // publisher's name.
  const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const agrees = (name: string, at: string) => {
    const label = squash(registrableLabel(at));
    const own = squash(name);
    // (Or a label of a host on a publishing platform: "Shropshire Star" on
    // cdn-www.shropshirestar.mna.arcpublishing.com.)
    const labels = at
      .split(".")
      .flatMap((part) => [part, ...part.split("-")])
      .map(squash);
    // (Or an address that shortens the name's first words and keeps its last: "szdaily" for "Shenzhen
    // Daily", "nytimes" for "New York Times".)
    const last = squash(name.trim().split(/\s+/u).at(-1) ?? "");
    const shortened =
      label.length >= 5 &&
      last.length >= 4 &&
      own.length > label.length &&
      label[0] === own[0] &&
      label.endsWith(last) &&
      subsequence(label.slice(0, -last.length), own.slice(0, -last.length));
    return (
      (own.length >= 3 && label.length >= 3 && (label.includes(own) || own.includes(label))) ||
      (own.length >= 6 && labels.includes(own)) ||
      shortened
    );
  };
  if (signals.fromArticle && (!host || agrees(signals.fromArticle, host)))
    return proposed(signals.fromArticle, "text", host, signals.fromArticle);
  // "Overview Logo": a masthead's picture labelled at the top of the page, named as the address agrees.
  const labelled = host
    ? signals.text
        .split(/\r?\n/u)
        .map((line) => line.trim())
        .filter(Boolean)
        .slice(0, 5)
        .map((line) => logoLabel().exec(line)?.[1])
        .find((name): name is string => name !== undefined && agrees(name, host))
    : undefined;
  if (host && labelled) return proposed(labelled, "masthead", host, labelled);
  if (host) return proposed(nameOfDomain(host, signals.text), "domain", host, null);
  if (signals.fromArticle) return proposed(signals.fromArticle, "text", host, signals.fromArticle);
  if (printedHosts[0])
    return proposed(nameOfDomain(printedHosts[0], signals.text), "domain", printedHosts[0], null);
  const file = signals.fileName?.replace(/\.[a-z0-9]+$/i, "").trim();
  return proposed(
    file ? `${file} (${signals.pageId.slice(0, 8)})` : `Source ${signals.pageId.slice(0, 12)}`,
    "file",
    null,
    null,
  );
}

/** The outlets an import can recognise: the stored ones first, then the reference list. */
export function outletRecords(
  stored: { id: string; name: string; domain: string | null; country: string | null; kind: OutletKind }[],
  reference: ReferenceOutlet[],
): OutletRecord[] {
  const hostOnly = new Set(reference.filter((o) => o.hostOnly).map((o) => o.name));
  return [
    ...stored.map((o) => ({
      id: o.id,
      name: o.name,
      aliases: [],
      domains: o.domain ? [o.domain] : [],
      country: o.country,
      kind: o.kind,
      hostOnly: hostOnly.has(o.name),
    })),
    ...reference.map((o) => ({
      name: o.name,
      aliases: o.aliases,
      domains: [...(o.domain ? [o.domain] : []), ...o.domains],
      country: o.country ?? null,
      kind: o.kind,
      republishes: o.republishes,
      hostOnly: o.hostOnly,
      affiliation: o.affiliation,
    })),
  ];
}

const slug = (text: string) =>
  normalizeName(text)
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60) || "outlet";

/**
 * The row of a resolved outlet: the stored one, or one created from the reference list, or a proposed
 * one named as the page names it (one per name: a later page of the same publisher finds it again).
 */
export async function storeOutlet(tx: DbClient, outlet: ResolvedOutlet, today: Date): Promise<string> {
  if (outlet.id) return outlet.id;
  const key = slug(outlet.name);
  const row = await tx.outlet.upsert({
    where: { key },
    create: {
      key,
      name: outlet.name,
      country: outlet.country,
      domain: outlet.domains[0] ?? null,
      kind: outlet.kind,
      proposed: outlet.proposed,
      ...(outlet.affiliation
        ? {
            affiliations: {
              create: {
                affiliation: outlet.affiliation.value,
                source: outlet.affiliation.source,
                note: outlet.affiliation.note ?? null,
                assertedOn: today,
              },
            },
          }
        : {}),
    },
    update: {},
    select: { id: true },
  });
  return row.id;
}

/**
 * The candidate that asks curators about a proposed outlet: its evidence is where the body names it, or
 * else the body's first line (the words the outlet published).
 */
export function outletCandidate(body: string, outlet: ResolvedOutlet): CandidateDraft {
  const name = outlet.named ?? outlet.name;
  let start = name ? body.toLowerCase().indexOf(name.toLowerCase()) : -1;
  let end = start + name.length;
  if (start < 0) {
    start = 0;
    const line = body.indexOf("\n");
    end = Math.min(line > 0 ? line : body.length, 300);
    while (end > 1 && /\s/.test(body[end - 1] ?? "")) end--;
  }
  return {
    kind: "OUTLET",
    confidence: outlet.by === "file" ? 0.2 : outlet.by === "domain" ? 0.6 : 0.5,
    span: spanAt(body, toCodePointIndex(body, start), toCodePointIndex(body, end)),
    participantId: null,
    data: {
      name: outlet.name,
      domain: outlet.domains[0] ?? null,
      foundBy: outlet.by,
      namedInText: start > 0 || body.startsWith(name),
    },
  };
}
