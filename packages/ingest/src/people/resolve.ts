/**
 * Resolves the names an article gives people ("Xi", "Secretary Blinken", "Antony J. Blinken", "Anthony
 * Blinken", "the Chinese foreign minister") to one participant, within and across articles, with a score
 * and the rule that decided it, so that a curator can see why.
 *
 * Rules, tried in order (first that applies wins):
 *   alias        the whole name is the participant's name or a stored alias                      1.0
 *   variant      the name without honorifics, title words and middle initials is one              0.95
 *                (a given name for its initial, or the other way round: "S. Jaishankar"            0.85)
 *                (a word of address before the full name of one the article names: "Sri Anwar      0.8)
 *                Ibrahim")
 *   middle-name  the name holds a stored two-word name in order ("Antony John Blinken"), or a     0.85
 *                two-word name is a stored longer one's first and last words ("William Ruto")
 *   short-name   one word that is the first or last word of one person's name: one named in       0.9
 *                the same article (co-occurrence), else the only one stored                        0.75
 *                (two words or more that begin or end one longer stored name: "Peña Nieto"         0.85)
 *   misspelling  a name of eight letters or more within a small edit distance of a stored one     ≤ 0.8
 *                (a surname of six letters or more one edit from the last word of one person the    0.7)
 *                same article names: "Holness" beside "Andrew Hollness")
 *   new          a name of two words or more that matches nobody, or one word a title announces
 *                ("Minister Gemba"): one proposed participant, shared by later articles through its name
 *   fragment     anything else (a title alone, a first name alone, "Secretary of State"): not a person
 * Titles ("the Secretary", "the Chinese foreign minister") resolve through resolveTitle, against the
 * roles of the people the same article names.
 *
 * Hand-written because no maintained library resolves names against a curated list with its own aliases;
 * the edit distance comes from fastest-levenshtein, the words from reference/linking.yaml.
 */
import { normalizeName } from "@readout/db";
import { distance } from "fastest-levenshtein";
import { lexiconTag } from "../extract/nlp.ts";

/** Small words inside a family name ("da Silva", "von der Leyen"). */
export const FAMILY_PARTICLES = [
  "von",
  "van",
  "der",
  "den",
  "de",
  "del",
  "la",
  "le",
  "da",
  "das",
  "dos",
  "do",
  "di",
  "du",
];
const PARTICLE_WORDS = new Set(FAMILY_PARTICLES);
/** Small words that link a name to a father's or a family's ("bin", "ibn"), or part its words ("ul", "ud"). */
export const LINK_PARTICLES = ["bin", "bint", "ibn", "al", "el", "ul", "ud"];
const LINK_WORDS = new Set(LINK_PARTICLES);
/** The particles before a father's name ("bin", "ibn", "bint"): the word after them is no family name. */
const PATRONYMIC_WORDS = new Set(["bin", "ibn", "bint"]);

/**
 * Whether `shorter` is the part of `longer` after a "bin", "ibn" or "bint" (words apart by spaces): the
 * father's name, another person ("Nahyan bin Mubarak Al Nahyan" of "Shakhbout bin Nahyan bin Mubarak Al
 * Nahyan"), not a short form of the name.
 */
export function namesFather(longer: string, shorter: string): boolean {
  const parts = longer.split(/\s+/u);
  const tail = shorter.split(/\s+/u).length;
  return (
    parts.length > tail &&
    parts.slice(-tail).join(" ").toLowerCase() === shorter.toLowerCase() &&
    PATRONYMIC_WORDS.has((parts.at(-tail - 1) ?? "").toLowerCase())
  );
}

export interface Person {
  id: string;
  name: string;
  kind: "PERSON" | "ORGANIZATION" | "COUNTRY";
  proposed: boolean;
  /** Normalised name and aliases. */
  aliases: string[];
  /** Titles of roles held (stored roles, and roles stated in the article being imported). */
  roles: string[];
}

export type ResolutionRule =
  | "alias"
  | "variant"
  | "middle-name"
  | "short-name"
  | "misspelling"
  | "title"
  | "new"
  | "fragment"
  | "unresolved";

export interface Resolution {
  person: Person | null;
  score: number;
  rule: ResolutionRule;
  /** In words: what matched. */
  evidence: string;
  /** The name as resolved: honorifics, titles and initials left out. */
  cleaned: string;
}

export interface NameWords {
  roleWords: string[];
  honorifics: string[];
  titleWords: string[];
  /** Forms of one given name ("joseph", "joe"): "Joseph R. Biden" and "Joe Biden" are one person. */
  givenNameForms?: string[][] | undefined;
  /** Words after a name that are no part of it ("III", "Jr."). */
  nameSuffixes?: string[] | undefined;
  /** Forms of address of several words, read only as a whole ("Tan Sri"). */
  addressForms?: string[] | undefined;
  /** Head nouns of a body's name ("Ministry", "Office"): "the Ministry of Foreign Affairs" is no minister. */
  bodyWords?: string[] | undefined;
}

const ARTICLES = new Set(["the", "a", "an"]);

/** Words match when equal, or, both long, when they share their first four letters ("chinese", "china"). */
const wordsMatch = (a: string, b: string) =>
  a === b || (a.length >= 4 && b.length >= 4 && a.slice(0, 4) === b.slice(0, 4));

export class PeopleIndex {
  private readonly people = new Map<string, Person>();
  private readonly byAlias = new Map<string, Person[]>();
  private readonly titleWords: Set<string>;
  private readonly suffixes: Set<string>;
  private readonly roleWords: Set<string>;
  private readonly bodyWords: Set<string>;
  /** Each form of a given name, to the group of its forms. */
  private readonly givenForms = new Map<string, Set<string>>();
  /** Forms of address of several words, each by its words. */
  private readonly addressForms: string[][];

  constructor(people: Person[], words: NameWords) {
    for (const group of words.givenNameForms ?? []) {
      const forms = new Set(group.map(normalizeName));
      for (const form of forms) this.givenForms.set(form, forms);
    }
    this.roleWords = new Set(words.roleWords.flatMap((w) => normalizeName(w).split(" ")));
    this.suffixes = new Set((words.nameSuffixes ?? []).map(normalizeName));
    this.bodyWords = new Set((words.bodyWords ?? []).map(normalizeName));
    this.addressForms = (words.addressForms ?? []).map((form) => normalizeName(form).split(" "));
    this.titleWords = new Set([
      ...words.titleWords.map(normalizeName),
      ...this.roleWords,
      ...words.honorifics.map(normalizeName),
    ]);
    for (const person of people) this.add(person);
  }

  get(id: string): Person | undefined {
    return this.people.get(id);
  }

  add(person: Person): void {
    this.people.set(person.id, person);
    for (const alias of new Set([normalizeName(person.name), ...person.aliases])) this.index(person, alias);
  }

  addAlias(person: Person, normalized: string): void {
    if (!person.aliases.includes(normalized)) person.aliases.push(normalized);
    this.index(person, normalized);
  }

  private index(person: Person, alias: string) {
    const list = this.byAlias.get(alias) ?? [];
    if (!list.includes(person)) list.push(person);
    this.byAlias.set(alias, list);
  }

  /** The name without honorifics and title words before it, middle initials, a suffix ("Jr.") and a possessive. */
  clean(name: string): string {
    const words = normalizeName(name.replace(/[’']s$/u, ""))
      .split(" ")
      .filter(Boolean);
    let start = 0;
    // ("Tan Sri Muhyiddin": a form of address of several words, as a whole.)
    const address = this.addressForms.find(
      (form) => form.length < words.length && form.every((word, k) => words[k] === word),
    );
    if (address) start = address.length;
    while (start < words.length && this.titleWords.has(words[start] ?? "")) start++;
    let end = words.length;
    while (end - 1 > start + 1 && this.suffixes.has(words[end - 1] ?? "")) end--;
    return words
      .slice(start, end)
      .filter((word, i, rest) => !(word.length === 1 && i > 0 && i < rest.length - 1))
      .join(" ");
  }

  /** Whether every word is a title word, honorific or role word: "Foreign Minister", "Secretary of State". */
  isTitleOnly(name: string): boolean {
    const words = normalizeName(name).split(" ").filter(Boolean);
    return words.length === 0 || words.every((word) => this.titleWords.has(word));
  }

  private pick(found: Person[] | undefined, inArticle: ReadonlySet<string>, kind?: Person["kind"]) {
    const list = (found ?? []).filter((p) => !kind || p.kind === kind);
    if (list.length <= 1) return list[0];
    const here = list.filter((p) => inArticle.has(p.id));
    if (here.length === 1) return here[0];
    const curated = list.filter((p) => !p.proposed);
    return curated.length === 1 ? curated[0] : undefined;
  }

  /**
   * Resolves a name found in an article. `inArticle` holds the participants the article has named so
   * far (co-occurrence decides between people who share a surname).
   */
  resolve(
    name: string,
    kind: Person["kind"] = "PERSON",
    inArticle: ReadonlySet<string> = new Set(),
    /** Whether the text announced the name with a title ("President Xi"), as a ROLE candidate does. */
    announced = false,
  ): Resolution {
    const full = normalizeName(name);
    const exact = this.pick(this.byAlias.get(full), inArticle);
    if (exact)
      return {
        person: exact,
        score: 1,
        rule: "alias",
        evidence: `"${full}" is a stored name`,
        cleaned: full,
      };
    if (kind !== "PERSON") {
      return { person: null, score: 0, rule: "unresolved", evidence: "no stored name", cleaned: full };
    }
    const cleaned = this.clean(name);
    const words = cleaned.split(" ").filter(Boolean);
    if (words.length === 0 || this.isTitleOnly(name)) {
      return { person: null, score: 0, rule: "fragment", evidence: "title words only", cleaned };
    }
    const variant = this.pick(this.byAlias.get(cleaned), inArticle, "PERSON");
    if (variant) {
      return {
        person: variant,
        score: 0.95,
        rule: "variant",
        evidence: `"${cleaned}" without titles and initials is a stored name`,
        cleaned,
      };
    }
    const persons = [...this.people.values()].filter((p) => p.kind === "PERSON");
    if (words.length === 1) {
      const word = words[0] as string;
      // A surname alone ("Blinken said"), or a first word announced by a title ("President Xi"): a
      // first name alone ("Antony") is not enough to name anyone.
      const titled = announced || full !== cleaned;
      // ("Lula" of "Luiz Inácio Lula da Silva": the word before the small words of a family name.)
      const beforeParticle = (parts: string[]) => {
        const at = parts.findIndex((part, i) => i > 1 && PARTICLE_WORDS.has(part));
        return at > 1 ? parts[at - 1] : undefined;
      };
      const holders = persons.filter((p) =>
        p.aliases.some((alias) => {
          const parts = alias.split(" ");
          return (
            parts.length >= 2 &&
            ((titled && parts[0] === word) ||
              // (A father's name after "bin" is no family name: "Yusuf Bin Alawi Bin Abdullah" is not the
              // "King Abdullah" of the same article.)
              (parts.at(-1) === word && !PATRONYMIC_WORDS.has(parts.at(-2) ?? "")) ||
              beforeParticle(parts) === word)
          );
        }),
      );
      let here = holders.filter((p) => inArticle.has(p.id));
      // A name's first word for someone the article names in full: a family name written first ("Xi"
      // for Xi Jinping, "Kishida" for Kishida Fumio), when no one named here has it as a last word.
      if (here.length === 0 && !titled) {
        here = persons.filter(
          (p) =>
            inArticle.has(p.id) &&
            p.aliases.some((alias) => {
              const parts = alias.split(" ");
              return parts.length >= 2 && parts[0] === word;
            }),
        );
      }
      // "Ghafoor thanked …" in an article that names "Abdul Ghafoor Mohamed": a middle word of one name of
      // three words or more the same article gives (as Maldivian and Arabic names put a father's after the
      // person's own), when no one here or stored has the word first or last.
      if (here.length === 0 && holders.length === 0) {
        here = persons.filter(
          (p) =>
            inArticle.has(p.id) &&
            p.aliases.some((alias) => {
              const parts = alias.split(" ");
              const at = parts.indexOf(word);
              return (
                parts.length >= 3 &&
                at > 0 &&
                at < parts.length - 1 &&
                !PARTICLE_WORDS.has(word) &&
                !LINK_WORDS.has(word) &&
                !LINK_WORDS.has(parts[at - 1] ?? "")
              );
            }),
        );
      }
      const chosen =
        here.length === 1 ? here[0] : here.length === 0 && holders.length === 1 ? holders[0] : undefined;
      // "Holness" in an article that names "Andrew Hollness": a surname of six letters or more one edit from
      // the last word of the name of exactly one person the same article names, the first letter the same.
      if (!chosen && holders.length === 0 && word.length >= 6) {
        const near = persons.filter(
          (p) =>
            inArticle.has(p.id) &&
            p.aliases.some((alias) => {
              const last = alias.split(" ").at(-1) ?? "";
              return alias.includes(" ") && last[0] === word[0] && distance(last, word) === 1;
            }),
        );
        if (near.length === 1 && near[0]) {
          return {
            person: near[0],
            score: 0.7,
            rule: "misspelling",
            evidence: `"${word}" is one edit from the last word of ${near[0].name}'s name, named in the same article`,
            cleaned,
          };
        }
      }
      // A surname a title announces ("Foreign Minister Gemba", "Minister Jaishankar") names a person even
      // when nobody stored has it: a new participant, as a full name would be.
      if (!chosen && titled && holders.length === 0) {
        return {
          person: null,
          score: 0.5,
          rule: "new",
          evidence: "a name a title announces that matches no stored person",
          cleaned,
        };
      }
      if (chosen) {
        const near = here.length === 1;
        return {
          person: chosen,
          score: near ? 0.9 : 0.75,
          rule: "short-name",
          evidence: `"${word}" is a word of ${chosen.name}'s name${near ? ", named in the same article" : ", the only stored person with it"}`,
          cleaned,
        };
      }
      return {
        person: null,
        score: 0,
        rule: "fragment",
        evidence:
          holders.length > 1
            ? `"${word}" could be ${holders.length} people`
            : `one word that names no known person`,
        cleaned,
      };
    }
    // "Joseph Biden" for a stored "Joe Biden": the same surname, and given names that are forms of one.
    const given = this.givenForms.get(words[0] as string);
    if (given && words.length >= 2) {
      const forms = persons.filter((p) =>
        p.aliases.some((alias) => {
          const parts = alias.split(" ");
          return (
            parts.length === words.length &&
            parts.at(-1) === words.at(-1) &&
            parts[0] !== words[0] &&
            given.has(parts[0] as string)
          );
        }),
      );
      const chosenForm = this.pick(forms, inArticle);
      if (chosenForm) {
        return {
          person: chosenForm,
          score: 0.9,
          rule: "variant",
          evidence: `"${cleaned}" gives another form of ${chosenForm.name}'s given name`,
          cleaned,
        };
      }
    }
    // "S. Jaishankar" for a stored "Subrahmanyam Jaishankar", or the other way round: a given name and its
    // initial, with the same family name; "N.P. Saud" for "Narayan Prakash Saud".
    const initialed = persons.filter((p) =>
      p.aliases.some((alias) => {
        const parts = alias.split(" ");
        const [mine = "", theirs = ""] = [words[0] ?? "", parts[0] ?? ""];
        return (
          (parts.length === words.length &&
            words.length >= 2 &&
            parts.slice(1).join(" ") === words.slice(1).join(" ") &&
            mine !== theirs &&
            (mine.length === 1 || theirs.length === 1) &&
            mine[0] === theirs[0]) ||
          // ("N.P. Saud" for "Narayan Prakash Saud": initials for two given names, the second left out with
          // the other middle initials.)
          (words.length === 2 &&
            parts.length === 3 &&
            mine.length === 1 &&
            mine === theirs[0] &&
            parts[2] === words[1])
        );
      }),
    );
    const chosenInitial = this.pick(initialed, inArticle);
    if (chosenInitial) {
      return {
        person: chosenInitial,
        score: 0.85,
        rule: "variant",
        evidence: `"${cleaned}" gives ${chosenInitial.name}'s given name or its initial`,
        cleaned,
      };
    }
    // "Gustavo Petro Urrego" for a stored "Gustavo Petro": a second family name after a stored full name
    // (the mother's, as Spanish and Portuguese names give it).
    // (Only after a family name, by a word no given name: "Juan Carlos Varela" is not King Juan Carlos.)
    const givenName = (word: string | undefined) =>
      /^(?:Male|Female)Name$/u.test(String(lexiconTag(word ?? "") ?? ""));
    if (words.length >= 3 && !givenName(words.at(-2)) && !givenName(words.at(-1))) {
      const shorter = words.slice(0, -1).join(" ");
      const extended = this.pick(this.byAlias.get(shorter), inArticle, "PERSON");
      if (extended) {
        return {
          person: extended,
          score: 0.85,
          rule: "variant",
          evidence: `"${cleaned}" is ${extended.name}'s name with a second family name`,
          cleaned,
        };
      }
    }
    // "Mohamed Bin Zayed Al Nahyan" after "Mohamed Bin Zayed" in the same article: a family name of a
    // particle and a word after a full name named already.
    const particle = words.at(-2) ?? "";
    if (words.length >= 4 && (LINK_WORDS.has(particle) || PARTICLE_WORDS.has(particle))) {
      const named = this.byAlias.get(words.slice(0, -2).join(" "))?.filter((p) => inArticle.has(p.id));
      const extended = this.pick(named, inArticle, "PERSON");
      if (extended) {
        return {
          person: extended,
          score: 0.85,
          rule: "variant",
          evidence: `"${cleaned}" is ${extended.name}'s name, named in the same article, with a family name`,
          cleaned,
        };
      }
    }
    // "Peña Nieto" for a stored "Enrique Peña Nieto", "Al Saud" for "Faisal bin Farhan Al Saud": the last
    // (or first) two words or more of a longer stored name.
    const part = persons.filter((p) =>
      p.aliases.some((alias) => {
        const parts = alias.split(" ");
        if (parts.length <= words.length) return false;
        return (
          (parts.slice(-words.length).join(" ") === cleaned && !namesFather(alias, cleaned)) ||
          parts.slice(0, words.length).join(" ") === cleaned
        );
      }),
    );
    const chosenPart = this.pick(part, inArticle);
    if (chosenPart) {
      return {
        person: chosenPart,
        score: 0.85,
        rule: "short-name",
        evidence: `"${cleaned}" is part of ${chosenPart.name}'s name`,
        cleaned,
      };
    }
    // "Bundeskanzler Friedrich Merz" for a stored "Friedrich Merz": a stored full name after a word or two
    // that no list knows as a title and no lexicon as a given name (a title in another language).
    if (words.length >= 3) {
      const titled = [1, 2]
        // (Nor a particle among them: "Tamim bin Hamad Al Thani" is not a stored "Hamad Al Thani".)
        .filter(
          (n) =>
            words.length - n >= 2 &&
            words
              .slice(0, n)
              .every((word) => !givenName(word) && !PARTICLE_WORDS.has(word) && !LINK_WORDS.has(word)),
        )
        .map((n) => this.pick(this.byAlias.get(words.slice(n).join(" ")), inArticle, "PERSON"))
        .find(Boolean);
      if (titled) {
        return {
          person: titled,
          score: 0.85,
          rule: "variant",
          evidence: `"${cleaned}" is ${titled.name}'s name after a title`,
          cleaned,
        };
      }
      // "thanks to Sri Anwar Ibrahim" in an article that names Anwar Ibrahim: one word before the full name
      // of someone the same article names is a word of address, even one that is a given name elsewhere
      // ("Sri Mulyani"); co-occurrence decides, so a stored stranger of that name is not taken.
      const addressed = this.byAlias
        .get(words.slice(1).join(" "))
        ?.filter((p) => p.kind === "PERSON" && inArticle.has(p.id));
      const first = words[0] ?? "";
      if (
        words.length >= 3 &&
        addressed?.length === 1 &&
        addressed[0] &&
        !PARTICLE_WORDS.has(first) &&
        !LINK_WORDS.has(first)
      ) {
        return {
          person: addressed[0],
          score: 0.8,
          rule: "variant",
          evidence: `"${cleaned}" is ${addressed[0].name}, named in the same article, after a word of address`,
          cleaned,
        };
      }
    }
    // "Antony John Blinken": a stored two-word name, in order, with a middle name between; or the other
    // way round, "William Ruto" for a stored "William Samoei Ruto" (its first and last words).
    const middle = persons.filter((p) =>
      p.aliases.some((alias) => {
        const parts = alias.split(" ");
        return (
          (parts.length === 2 && words.length > 2 && words[0] === parts[0] && words.at(-1) === parts[1]) ||
          (words.length === 2 && parts.length > 2 && parts[0] === words[0] && parts.at(-1) === words[1])
        );
      }),
    );
    const chosenMiddle = this.pick(middle, inArticle);
    if (chosenMiddle) {
      return {
        person: chosenMiddle,
        score: 0.85,
        rule: "middle-name",
        evidence:
          words.length === 2
            ? `"${cleaned}" is ${chosenMiddle.name} without a middle name`
            : `"${cleaned}" holds ${chosenMiddle.name} with a middle name`,
        cleaned,
      };
    }
    // "Kishida Fumio" for a stored "Fumio Kishida": the same two names, the family name first (as East
    // Asian names are written at home) or last.
    if (words.length === 2) {
      const reversed = `${words[1]} ${words[0]}`;
      const order = this.pick(this.byAlias.get(reversed), inArticle, "PERSON");
      if (order) {
        return {
          person: order,
          score: 0.85,
          rule: "variant",
          evidence: `"${cleaned}" is ${order.name}'s name in the other order`,
          cleaned,
        };
      }
    }
    if (cleaned.length >= 8) {
      const allowed = Math.max(1, Math.floor(cleaned.length / 7));
      const near = persons
        .flatMap((p) =>
          p.aliases
            .filter((alias) => alias.includes(" ") && alias.length >= 8)
            .map((alias) => ({ p, alias, d: distance(alias, cleaned) })),
        )
        .filter(({ d }) => d <= allowed)
        // (Word by word, where both have as many words: a misspelt word is still that word. "Karim Bin
        // Zaid Al Harun" is no misspelling of "Tarek Bin Zaid Al Harun", his brother.)
        .filter(({ alias }) => {
          const theirs = alias.split(" ");
          return (
            theirs.length !== words.length ||
            words.every(
              (word, i) => distance(word, theirs[i] ?? "") <= Math.max(1, Math.floor(word.length / 4)),
            )
          );
        })
        .sort((a, b) => a.d - b.d || Number(inArticle.has(b.p.id)) - Number(inArticle.has(a.p.id)));
      const best = near[0];
      if (best && !near.some((n) => n.d === best.d && n.p !== best.p && !inArticle.has(best.p.id))) {
        return {
          person: best.p,
          score: Math.max(0.5, 0.8 - 0.1 * (best.d - 1)),
          rule: "misspelling",
          evidence: `"${cleaned}" is ${best.d} edit(s) from "${best.alias}"`,
          cleaned,
        };
      }
    }
    return {
      person: null,
      score: 0.5,
      rule: "new",
      evidence: "a full name that matches no stored person",
      cleaned,
    };
  }

  /**
   * Resolves a title standing for a person ("the Secretary", "the Chinese foreign minister", "the top
   * diplomat") to the one person the article names who holds a role with those words.
   */
  resolveTitle(phrase: string, inArticle: ReadonlySet<string>): Resolution {
    const words = normalizeName(phrase)
      .split(" ")
      .filter((word) => word && !ARTICLES.has(word));
    const cleaned = words.join(" ");
    if (!words.some((word) => this.roleWords.has(word))) {
      return { person: null, score: 0, rule: "unresolved", evidence: "no role word", cleaned };
    }
    // ("The Ministry of Foreign Affairs … disclosed": a body speaks, not its minister.)
    if (words.some((word) => this.bodyWords.has(word))) {
      return { person: null, score: 0, rule: "unresolved", evidence: "the name of a body", cleaned };
    }
    const holders = [...inArticle]
      .map((id) => this.people.get(id))
      .filter((p): p is Person => p?.kind === "PERSON")
      .filter((p) =>
        p.roles.some((title) => {
          const titleWords = normalizeName(title).split(" ");
          return words.every((word) => titleWords.some((t) => wordsMatch(word, t)));
        }),
      );
    if (holders.length !== 1) {
      return {
        person: null,
        score: 0,
        rule: "unresolved",
        evidence: holders.length
          ? `${holders.length} people named here hold such a role`
          : "nobody named here holds such a role",
        cleaned,
      };
    }
    const holder = holders[0] as Person;
    return {
      person: holder,
      score: 0.8,
      rule: "title",
      evidence: `${holder.name} holds a role "${holder.roles.find((title) =>
        words.every((word) =>
          normalizeName(title)
            .split(" ")
            .some((t) => wordsMatch(word, t)),
        ),
      )}"`,
      cleaned,
    };
  }

  /**
   * The name a person goes by in a short title: a one-word alias that is a word of the name ("Blinken",
   * "Xi"), else the whole name, since which word is the family name differs between languages.
   */
  shortName(person: Person): string {
    const parts = person.name.split(/\s+/);
    const normalizedParts = parts.map(normalizeName);
    const single = person.aliases.find((alias) => !alias.includes(" ") && normalizedParts.includes(alias));
    if (single) return parts[normalizedParts.indexOf(single)] ?? single;
    return person.name;
  }
}
