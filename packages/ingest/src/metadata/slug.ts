import { isCommonWord, isPluralNoun, lexiconTag } from "../extract/nlp.ts";
import { calendarNames, reference, wordAlternatives } from "../vocabulary.ts";

/**
 * A headline from the page's address, for pages that print none above their text (transcripts that open
 * with a speaker's turn, readouts that open with their first paragraph, pages copied without their
 * header). Publishers commonly spell the headline in the last part of an article's path
 * ("/secretary-blinkens-meeting-with-the-foreign-minister-of-norland-2/"): those words are looked for in
 * the page, where they keep their capitals and punctuation ("Secretary Blinken’s Meeting with the Foreign
 * Minister of Norland"); a headline the page does not print is rebuilt from the words alone, with the
 * capitals the page gives them.
 *
 * Home-made: slug libraries turn titles into slugs, not back; this is the reverse, tied to the page text.
 */

/** A word naming the kind of page (page.yaml addressPageWords), with what may follow it. */
const pageKind = (part: string, tail: string) =>
  new RegExp(`^(?:${wordAlternatives(reference().page.addressPageWords)})${tail}$`, "iu").test(part);

/** Words of an address's last path part that spell a title; null when it spells none (an id, a file name). */
export function slugWords(url: string | null | undefined): string[] | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const parts = path
    .split("/")
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    })
    .filter(Boolean);
  // "/2023/04/06/Iran-Saudi-Foreign-Ministers-Begin-Rebuilding-Fractured-Relationship/4661680769268/": an
  // id after the title's part.
  // "/biden-xi-meeting-g20-summit-bali-indonesia/index.html": a folder's default page; "/us-china-announce-
  // deal-cut-reciprocal-tariffs-90/story", "…/amp" (a page's mobile copy): a word after the title's part.
  // ("…/246759.vnp", "…/3YKKTQIDERAOFFKY2QRN2LIAD4": an id with its own ending, or of letters and figures
  // run together; "…/print", a page's printable copy.)
  const named =
    parts.length >= 2 &&
    (/^(?:[\d.]+(?:\.\p{L}{2,5})?|(?:index|default)(?:\.\w+)?|(?=[\p{L}\d]*\d)[\p{L}\d]{12,})$/iu.test(
      parts.at(-1) ?? "",
    ) ||
      // ("…/amp-11694277609008.html": the mobile copy's word with an id.)
      (pageKind(parts.at(-1) ?? "", /(?:[-_]\d+)?(?:\.\w+)?/u.source) &&
        ((parts.at(-2) ?? "").match(/-/gu)?.length ?? 0) >= 3))
      ? parts.at(-2)
      : parts.at(-1);
  const last = named?.replace(/\.(?:s?html?|php|aspx?|jsp)$/i, "");
  if (!last) return null;
  // "donald-trump-hints-at-uk-us-trade-deal-…-keir-starmer_uk_67c0d275e4b07…": the title's words joined by
  // hyphens, an edition and an id after underscores.
  const titled =
    last.includes("_") && last.includes("-")
      ? last.split("_").reduce((a, b) => (b.split("-").length > a.split("-").length ? b : a))
      : last;
  // ("turkey's-erdogan-offers-…-war;-kremlin-rules-…": a title's apostrophes and stops, encoded, are no
  // words' letters.)
  const tokens = titled
    .toLowerCase()
    .split(/[-_+\s]+/u)
    .map((token) => token.replace(/['’;:,.!?]/gu, ""))
    // ("…-japan-pm-kishida20230320142642": a word with the page's time stamp run onto it.)
    .flatMap((token) => /^(\p{L}{2,})(\d{8,})$/u.exec(token)?.slice(1) ?? [token])
    .filter(Boolean);
  // ("…-at-hyderabad-house-articleshow.html": the kind of page after the title's words.)
  if (tokens.length > 4 && pageKind(tokens.at(-1) ?? "", "")) tokens.pop();
  if (tokens.some((token) => !/^[\p{L}\p{N}]+$/u.test(token))) return null;
  // Ids, counters and dates are no words of the title ("…-3", "6684102", "remarks-february-11-2022-…"): the
  // title is the longest run of words between them.
  const months = new Set(calendarNames("months").map((name) => name.toLowerCase()));
  // ("g20", "g7" are words; "6684102", "a3f9c2e1" are not.)
  const isNumber = (token: string | undefined) =>
    token !== undefined && (/^\d+$/u.test(token) || (/\d/u.test(token) && token.length >= 6));
  // A short number between two words of the title that counts what follows it is one of them
  // ("…-in-5-years-…", "…-aim-for-45-billion-in-…"); not an id before the title's words ("story-123-…"),
  // nor a date beside a month's name.
  const inTitle = (i: number) => {
    const [before, token, after] = [tokens[i - 1], tokens[i] as string, tokens[i + 1]];
    return (
      /^\d{1,3}$/u.test(token) &&
      [before, after].every((word) => word !== undefined && /^\p{L}+$/u.test(word) && !months.has(word)) &&
      (isPluralNoun(after as string) ||
        /Cardinal|Unit|Duration/u.test(String(lexiconTag(after as string) ?? "")) ||
        // ("…-india-extends-250-mn-line-of-credit-…": an amount's short unit.)
        /^(?:mn|bn|m|b|k|pc|percent|crore|crores|lakh|trillion|million|billion)$/u.test(after as string) ||
        // ("…-calls-for-fairness-on-501-deportation-debate": deep inside the title's words, three before it.)
        tokens.slice(Math.max(0, i - 3), i).filter((word) => /^\p{L}+$/u.test(word) && !months.has(word))
          .length === 3)
    );
  };
  const runs: string[][] = [[]];
  for (const [i, token] of tokens.entries()) {
    if ((isNumber(token) && !inTitle(i)) || (months.has(token) && isNumber(tokens[i + 1]))) runs.push([]);
    else runs.at(-1)?.push(token);
  }
  const best = runs.reduce((a, b) => (b.length > a.length ? b : a));
  return best.filter((token) => /\p{L}{2,}/u.test(token)).length >= 4 ? best : null;
}

/** Letters and digits, lower case and without accents: what a slug keeps of a word. */
const fold = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");

/** The page's letters folded as a slug keeps them, each with its offset in the page (the last page's kept). */
let lastFolded: { text: string; folded: string; at: number[] } | undefined;
function foldedPage(text: string): { folded: string; at: number[] } {
  if (lastFolded?.text === text) return lastFolded;
  const letters: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    for (const c of fold(text[i] as string)) {
      letters.push(c);
      at.push(i);
    }
  }
  lastFolded = { text, folded: letters.join(""), at };
  return lastFolded;
}

/** The words of `text` that the slug spells, as the text prints them; null when it prints them nowhere. */
function printed(
  tokens: string[],
  text: string,
  /** The address cut its last word short ("…-mexico-and-f/"): the line printed on to its end. */
  cutShort = false,
): { start: number; end: number } | null {
  const { folded, at } = foldedPage(text);
  const wanted = tokens.join("");
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let from = folded.indexOf(wanted); from >= 0; from = folded.indexOf(wanted, from + 1)) {
    const start = at[from] as number;
    let end = (at[from + wanted.length - 1] as number) + 1;
    // Whole words only, and on one line.
    if (isWord(text[start - 1]) || (isWord(text[end]) && !cutShort)) continue;
    if (cutShort) {
      if (!isWord(text[end])) continue;
      const lineEnd = text.indexOf("\n", end);
      end = lineEnd < 0 ? text.length : lineEnd;
      while (end > start && /\s/u.test(text[end - 1] as string)) end--;
    }
    // On one line, and printed as words, not as the address itself ("…/readout-of-the-meeting/").
    if (/\n/u.test(text.slice(start, end)) || (tokens.length > 1 && !/\s/u.test(text.slice(start, end))))
      continue;
    // A closing bracket or quotation mark whose opening the title holds ("… China (PRC)").
    const span = text.slice(start, end);
    if (text[end] === ")" && span.split("(").length > span.split(")").length) end += 1;
    return { start, end };
  }
  return null;
}

/**
 * How well a printed form shows a word's capitals: "Blinken" (3) over "PRC" (2: an acronym, standing among
 * other words) over "BLINKEN" (1: beside other words in capitals, as a transcript's speaker turn prints
 * them) over "blinken" (0).
 */
const rank = (form: string, shouted = false) => {
  if (/^\p{Lu}/u.test(form) && /\p{Ll}/u.test(form)) return 3;
  if (/^\p{Lu}/u.test(form)) return shouted ? 1 : 2;
  return 0;
};
// ("U.K" as the words' pattern takes "U.K." from the page: the abbreviation keeps its last stop.)
const asWritten = (form: string, level: number) =>
  level === 1
    ? form.charAt(0) + form.slice(1).toLowerCase()
    : /^(?:\p{L}\.)+\p{L}$/u.test(form)
      ? `${form}.`
      : form;

const SMALL = new Set([
  "a",
  "an",
  "and",
  "as",
  "at",
  "by",
  "for",
  "from",
  "in",
  "of",
  "on",
  "or",
  "the",
  "to",
  "with",
]);

/** Titles by their letters (vocabulary.yaml titleAbbreviations), in small letters: "pm". */
let abbreviationSet: Set<string> | undefined;
const abbreviations = () =>
  (abbreviationSet ??= new Set(
    Object.keys(reference().vocabulary.titleAbbreviations).map((letters) => letters.toLowerCase()),
  ));

/** The slug's words rebuilt as a title, each written as the page writes it where it does. */

function rebuilt(tokens: string[], text: string): string {
  const forms = new Map<string, { form: string; level: number }>();
  const capitals = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
  const all = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)];
  for (const [i, match] of all.entries()) {
    const key = fold(match[0]);
    const shouted = [all[i - 1]?.[0], all[i + 1]?.[0]].some(
      (word) => word !== undefined && capitals.test(word),
    );
    const level = rank(match[0], shouted);
    if ((forms.get(key)?.level ?? -1) < level) forms.set(key, { form: match[0], level });
  }
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    // "franco-german" where the page prints "Franco-German", "e-visa" where it prints "e-visa": the compound as
    // printed.
    const compound = [3, 2]
      .map((n) => ({
        n,
        found: i + n <= tokens.length ? forms.get(tokens.slice(i, i + n).join("")) : undefined,
      }))
      .find(({ found }) => found?.form.includes("-"));
    if (compound?.found) {
      out.push(asWritten(compound.found.form, compound.found.level));
      i += compound.n - 1;
      continue;
    }
    // Letters standing alone: an abbreviation ("u-s" → "U.S."), an initial ("j" → "J."), or the "s" of a
    // possessive whose apostrophe the address dropped ("blinken-s" → "Blinken’s").
    if (token.length === 1 && /\p{L}/u.test(token) && token !== "a") {
      if (token === "s" && out.length) {
        out[out.length - 1] = `${out.at(-1)}’s`;
        continue;
      }
      // ("i-agree-with-your-work": the pronoun, a letter alone.)
      if (token === "i" && (tokens[i + 1]?.length ?? 0) > 1) {
        out.push("I");
        continue;
      }
      let run = token;
      while (i + 1 < tokens.length && (tokens[i + 1] as string).length === 1 && tokens[i + 1] !== "a")
        run += tokens[++i];
      out.push(
        run
          .split("")
          .map((c) => `${c.toUpperCase()}.`)
          .join(""),
      );
      continue;
    }
    const form = forms.get(token);
    // A word the lexicon knows ("ministers", "states") is a plural, not a name's possessive.
    const stem =
      token.endsWith("s") && !isCommonWord(token.slice(0, -1)) ? forms.get(token.slice(0, -1)) : undefined;
    if (out.length && SMALL.has(token)) out.push(token);
    else if (form && form.level > 0) out.push(asWritten(form.form, form.level));
    // "bidens" where the page names "Biden": the possessive, its apostrophe dropped.
    else if (stem && stem.level > 0) out.push(`${asWritten(stem.form, stem.level)}’s`);
    else if (abbreviations().has(token)) out.push(token.toUpperCase());
    // Its plural: "japan-italy-pms-agree" → "PMs".
    else if (token.length >= 3 && token.endsWith("s") && abbreviations().has(token.slice(0, -1)))
      out.push(`${token.slice(0, -1).toUpperCase()}s`);
    else out.push(token.charAt(0).toUpperCase() + token.slice(1));
  }
  return out.join(" ");
}

/**
 * The headline the page's address spells: as the page prints it when it does, else rebuilt from the
 * address's words; null when the address spells no title.
 */
export function titleFromAddress(url: string | null | undefined, text: string): string | null {
  const spelled = slugWords(url);
  if (!spelled) return null;
  // A last token of three letters or fewer that is no word and that the page never prints, not even with
  // stops ("…-defence-treaty-c-15765297", "…-all-sectors-ld", "…-in-rangpur-ajr"): an edition's, a
  // version's or an editor's mark.
  const last = spelled.at(-1) ?? "";
  // (Never after a word of grammar: "…-trade-deal-with-uk" ends on the title's own word.)
  const mark =
    spelled.length > 4 &&
    !SMALL.has(spelled.at(-2) ?? "") &&
    /^\p{L}{1,3}$/u.test(last) &&
    !isCommonWord(last) &&
    // (Nor a title by its letters: "…-meets-italian-pm", vocabulary.yaml titleAbbreviations.)
    !abbreviations().has(last) &&
    !new RegExp(`(?<![\\p{L}\\p{N}])${[...last].join("\\.?")}\\.?(?![\\p{L}\\p{N}])`, "iu").test(text);
  const tokens =
    mark && !printed(spelled, text) && !(spelled.length >= 6 && printed(spelled, text, true))
      ? spelled.slice(0, -1)
      : spelled;
  // (An address cut short after a word's first letters, as some sites cut long ones, spells the start of
  // the headline line: "…-discuss-migration-through-mexico-and-f/".)
  const found = printed(tokens, text) ?? (tokens.length >= 6 ? printed(tokens, text, true) : null);
  if (!found) return rebuilt(tokens, text);
  // The marks the address leaves out at the end: "… slavery reparations’" closing the "‘could …" it
  // opened, "… talks?".
  let end = found.end + (/^[?!]/u.exec(text.slice(found.end))?.[0].length ?? 0);
  const opened =
    (text.slice(found.start, end).match(/[‘“]/gu)?.length ?? 0) >
    (text.slice(found.start, end).match(/[’”](?!\p{L})/gu)?.length ?? 0);
  if (opened && /^[’”]/u.test(text.slice(end))) end += 1;
  return text.slice(found.start, end).replace(/\s+/g, " ");
}

/** Marks between the parts of a headline line: breadcrumbs ("Home › News ›") and site names ("… | Site"). */
const SEPARATED_BEFORE = /(?:^|\s)[›»>|·•–—-]\s+$/u;
const SEPARATED_AFTER = /^\s+[›»>|·•–—-](?:\s|$)/u;

/**
 * The headline inside a headline line that holds more (breadcrumbs before it, the site's name after it),
 * when the page's address spells it; null when the line is the headline or the address says nothing of it.
 * A headline longer than its address ("…-reopen-talks" for "… reopen talks on river waters") is kept whole:
 * only parts cut off by separators are dropped.
 */
export function headlineInLine(url: string | null | undefined, line: string): string | null {
  const tokens = slugWords(url);
  const found = tokens ? printed(tokens, line) : null;
  if (!found) return null;
  const before = line.slice(0, found.start);
  const after = line.slice(found.end);
  if (!before.trim() && !after.trim()) return null;
  if (before.trim() && !SEPARATED_BEFORE.test(before)) return null;
  if (after.trim() && !SEPARATED_AFTER.test(after)) return null;
  return line.slice(found.start, found.end).replace(/\s+/g, " ");
}
