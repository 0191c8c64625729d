/**
 * Peoples and their countries: "Chinese" is of China, "Sierra Leonean" of Sierra Leone. A title that names
 * a country ("Foreign Minister of China", "President of Sierra Leone") gives its holder the nationality
 * that "the Chinese minister" or "the Vietnamese President" asks for, and tells them from the holder of
 * the same post elsewhere.
 *
 * The peoples are i18n-nationality's English names by ISO 3166 code, the countries countries-and-timezones'
 * names by the same code; vocabulary.yaml's nationalities add the other names that either goes by
 * ("Emirati", "Britain", "Türkiye" as "Turkey").
 */
import { createRequire } from "node:module";
import ct from "countries-and-timezones";
import { reference } from "../vocabulary.ts";

const require = createRequire(import.meta.url);

/** Lower-case words of a name: "Sierra Leonean" → ["sierra", "leonean"]. */
const wordsOf = (name: string) =>
  name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

interface Table {
  /** Each people's name, as its words, with the code of its country. */
  peoples: { words: string[]; code: string }[];
  /** Each country's name, as its words, with its code. */
  countries: { words: string[]; code: string }[];
  /** The people's names of each country code, in lower case. */
  peopleOf: Map<string, string[]>;
}

let table: Table | undefined;

function load(): Table {
  if (table) return table;
  const { nationalities } = require("i18n-nationality/langs/en.json") as {
    nationalities: Record<string, string>;
  };
  const extra = reference().vocabulary.nationalities;
  const peoples: Table["peoples"] = [];
  const countries: Table["countries"] = [];
  const peopleOf = new Map<string, string[]>();
  const addPeople = (name: string, code: string) => {
    const words = wordsOf(name);
    if (words.length === 0) return;
    peoples.push({ words, code });
    peopleOf.set(code, [...(peopleOf.get(code) ?? []), words.join(" ")]);
  };
  for (const [code, name] of Object.entries(nationalities)) addPeople(name, code);
  for (const [code, country] of Object.entries(ct.getAllCountries()))
    countries.push({ words: wordsOf(country.name), code });
  for (const [code, names] of Object.entries(extra.peoples)) for (const name of names) addPeople(name, code);
  for (const [code, names] of Object.entries(extra.countries))
    for (const name of names) countries.push({ words: wordsOf(name), code });
  table = { peoples, countries, peopleOf };
  return table;
}

/**
 * The peoples a set of title words names, directly ("Chinese", "South Korean") or by their country ("of
 * China", "of Sierra Leone"): each as its lower-case name, with the other names of the same country's
 * people ("Nepali" gives "nepalese" too). A name of several words counts only when all its words are among
 * them.
 */
export function nationalitiesIn(words: ReadonlySet<string>): Set<string> {
  const { peoples, countries, peopleOf } = load();
  const found = new Set<string>();
  const has = (parts: string[]) => parts.every((part) => words.has(part));
  for (const people of peoples) if (has(people.words)) found.add(people.words.join(" "));
  for (const country of countries)
    if (has(country.words)) for (const name of peopleOf.get(country.code) ?? []) found.add(name);
  const named = longestOnly(found);
  for (const people of peoples)
    if (named.has(people.words.join(" ")))
      for (const name of peopleOf.get(people.code) ?? []) named.add(name);
  return named;
}

/** The peoples a phrase names ("the Sierra Leonean president" → "sierra leonean"), its country words aside. */
export function peoplesNamed(phraseWords: readonly string[]): Set<string> {
  const { peoples } = load();
  const words = new Set(phraseWords.map((word) => word.toLowerCase()));
  const found = new Set<string>();
  for (const people of peoples)
    if (people.words.every((part) => words.has(part))) found.add(people.words.join(" "));
  return longestOnly(found);
}

/** A name found inside a longer one found is no people of its own: "Guinean" in "Equatorial Guinean". */
function longestOnly(found: Set<string>): Set<string> {
  return new Set(
    [...found].filter(
      (name) => ![...found].some((other) => other !== name && ` ${other} `.includes(` ${name} `)),
    ),
  );
}

let placePattern: RegExp | undefined;
let countryByName: Map<string, string> | undefined;

/**
 * The country a text places something in, the last it names so: "in Mongolia’s capital", "in Mongolia",
 * "a visit to Sri Lanka" (its ISO code), or null. A country named otherwise ("relations with China") is
 * no place.
 */
export function lastPlaceCountry(text: string): string | null {
  const { countries } = load();
  if (!placePattern || !countryByName) {
    countryByName = new Map(countries.map((country) => [country.words.join(" "), country.code]));
    const names = [...countryByName.keys()]
      .sort((a, b) => b.length - a.length)
      .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[^\\p{L}]+"))
      .join("|");
    placePattern = new RegExp(
      `(?<![\\p{L}])(?:(?:in|to)\\s+(?:the\\s+)?(${names})(?![\\p{L}])|(${names})['’]s\\s+capital)`,
      "giu",
    );
  }
  let found: string | null = null;
  for (const match of text.matchAll(placePattern)) {
    const name = (match[1] ?? match[2] ?? "")
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .join(" ");
    found = countryByName.get(name) ?? found;
  }
  return found;
}

/** Whether some words (in any case) are the whole name of a country: "Saint Vincent and the Grenadines". */
export function isCountryName(words: readonly string[]): boolean {
  countryByName ??= new Map(load().countries.map((country) => [country.words.join(" "), country.code]));
  return countryByName.has(words.map((word) => word.toLowerCase()).join(" "));
}

/** The peoples of a country by its ISO code, in lower case ("mongolian"). */
export function peoplesOf(code: string): string[] {
  return load().peopleOf.get(code) ?? [];
}

/** The lower-case words of a name or a text. */
const wordsIn = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

/** The peoples a text names, by people or by country ("Chilean", "of Chile"), as lower-case names. */
export function peoplesInText(text: string): string[] {
  return [...nationalitiesIn(new Set(wordsIn(text)))];
}

/**
 * Whether a body's name that names no country ("Foreign Ministry", a stored short name of a "Chilean
 * Foreign Ministry") can stand for that body in an article that names the peoples `articlePeoples`
 * (peoplesInText): only where the article names the body's own country, for every country has a
 * foreign ministry. A name that names a country, or a body whose names name none, always can.
 */
export function shortNameHere(
  alias: string,
  names: readonly string[],
  articlePeoples: readonly string[],
): boolean {
  if (peoplesOfName(alias).length > 0) return true;
  const own = peoplesOfName(names.join("\n"));
  const overlap = (a: string, b: string) => ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
  return own.length === 0 || own.some((people) => articlePeoples.some((named) => overlap(people, named)));
}

/**
 * The peoples a name (or names, one a line) names, remembered: every article asks it of every stored body's
 * names. (Bounded: a corpus's bodies and their names, a few thousand.)
 */
const peoplesByName = new Map<string, string[]>();
function peoplesOfName(name: string): string[] {
  let found = peoplesByName.get(name);
  if (!found) {
    found = [...nationalitiesIn(new Set(wordsIn(name)))];
    peoplesByName.set(name, found);
  }
  return found;
}
