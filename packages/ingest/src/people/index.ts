/**
 * People across articles: the PARTICIPANT, ROLE and STATEMENT candidates of an article resolved against
 * the stored participants and their aliases (see resolve.ts for the rules and scores).
 *
 * A person no curator knows yet becomes ONE Participant row with `proposed = true` (key "proposed-<name>"),
 * with the name as its alias: a later article naming them, in this run or another, resolves to that same
 * row through the ordinary alias rules, and events proposed by import can list them as EventParticipants.
 * Rows rather than candidates grouped by a normalised name, because events, statements and aliases all
 * point at participants; a curator confirms a proposed participant or merges it into another
 * (mergeParticipants). Name variants that resolved (a surname alone, a misspelling) are recorded as aliases.
 */
import { type DbClient, normalizeName, spanAt } from "@readout/db";
import { surnameLike } from "../extract/mentions.ts";
import { peoplesInText, shortNameHere } from "../extract/nationality.ts";
import type { CandidateDraft } from "../extract.ts";
import { reference, wordAlternatives } from "../vocabulary.ts";
import { linkingReference } from "./reference.ts";
import { PeopleIndex, type Person, type Resolution } from "./resolve.ts";

/** "A spokesperson for Senator Payne", "an aide to Lind": one of vocabulary.attribution.speakerNouns who speaks for the name after. */
let speaksFor: RegExp | undefined;
const speaksForPattern = () =>
  (speaksFor ??= new RegExp(
    `^(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ss]everal)\\s(?:[^,\\s]+\\s+){0,3}?(?:${wordAlternatives(reference().vocabulary.attribution.speakerNouns) || "(?!)"})\\s+(?:for|to|of|with)\\s+(?:the\\s+)?\\p{Lu}`,
    "u",
  ));

export { type Linking, linkingReference, yetToCome } from "./reference.ts";
export { PeopleIndex, type Person, type Resolution, type ResolutionRule } from "./resolve.ts";

type Tx = Pick<DbClient, "participant" | "participantAlias">;

/** The stored participants, their aliases and role titles, as an index to resolve names with. */
export async function loadPeople(tx: Tx): Promise<PeopleIndex> {
  const rows = await tx.participant.findMany({
    select: {
      id: true,
      name: true,
      kind: true,
      proposed: true,
      aliases: { select: { normalized: true } },
      roles: { select: { title: true } },
    },
  });
  const { vocabulary } = reference();
  const linking = linkingReference();
  return new PeopleIndex(
    rows.map((row) => ({
      id: row.id,
      name: row.name,
      kind: row.kind,
      proposed: row.proposed,
      aliases: [...new Set([normalizeName(row.name), ...row.aliases.map((a) => a.normalized)])],
      roles: row.roles.map((r) => r.title),
    })),
    {
      roleWords: vocabulary.roleWords,
      honorifics: linking.honorifics,
      addressForms: linking.addressForms,
      titleWords: linking.titleWords,
      givenNameForms: linking.givenNameForms,
      nameSuffixes: linking.nameSuffixes,
      bodyWords: vocabulary.speakingBodies,
    },
  );
}

const slug = (text: string) =>
  normalizeName(text)
    .replace(/\s+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);

export interface ArticlePeople {
  /** The candidates to store: fragments and second mentions of one participant left out. */
  candidates: CandidateDraft[];
  /** Participants the article names, in the order of their first mention, with its code-point offset. */
  named: { id: string; kind: Person["kind"]; at: number }[];
}

const str = (value: unknown) => (typeof value === "string" ? value : null);

/** A name written in capitals (a transcript's "FOREIGN MINISTER PAYNE:") as a name is written: "Payne". */
const capitalised = (name: string) =>
  /\p{Ll}/u.test(name)
    ? name
    : name.replace(/\p{L}+/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase());

/** The words of a name as written that its cleaned form keeps: "Minister Lena Okafor" → "Lena Okafor". */
function displayName(name: string, cleaned: string): string {
  const keep = cleaned.split(" ");
  const words = name
    .replace(/[’']s$/u, "")
    .trim()
    .split(/\s+/);
  const first = words.findIndex((word) => normalizeName(word) === keep[0]);
  const kept = first < 0 ? words : words.slice(first);
  return kept.join(" ") || name;
}

/**
 * Resolves an article's candidates: PARTICIPANT candidates get their participant (a proposed one when
 * new) and `data.resolution` {rule, score, evidence}; ROLE candidates get `data.validOn` (the article's
 * date, so a role change between meetings shows) and their holder; STATEMENT candidates without a
 * resolved speaker get one by name or by title ("the Secretary").
 */
export async function resolveArticlePeople(
  tx: Tx,
  people: PeopleIndex,
  drafts: CandidateDraft[],
  validOn: string | null,
  /** The article body the candidates' spans point into. */
  body: string,
): Promise<ArticlePeople> {
  const inArticle = new Set<string>();
  const named: ArticlePeople["named"] = [];
  const drop = new Set<CandidateDraft>();
  const newAliases = new Map<
    string,
    { participantId: string; alias: string; normalized: string; isMisspelling: boolean }
  >();
  const record = (person: Person, name: string, resolution: Resolution) => {
    if (resolution.rule === "alias" || resolution.rule === "new") return;
    // The name without the title words before it: "Secretary Blinken" records "Blinken".
    const alias = displayName(name, resolution.cleaned);
    const normalized = normalizeName(alias);
    if (!normalized || person.aliases.includes(normalized)) return;
    if (normalized.length < 2) return;
    people.addAlias(person, normalized);
    newAliases.set(`${person.id}:${normalized}`, {
      participantId: person.id,
      alias,
      normalized,
      isMisspelling: resolution.rule === "misspelling",
    });
  };

  // Full names first, so that a surname alone resolves to the person the article names in full.
  const participants = drafts.filter((c) => c.kind === "PARTICIPANT");
  const words = (c: CandidateDraft) =>
    people
      .clean(str(c.data.name) ?? "")
      .split(" ")
      .filter(Boolean).length;
  const ordered = [...participants].sort(
    (a, b) => Number(words(a) < 2) - Number(words(b) < 2) || a.span.start - b.span.start,
  );
  const claimed = new Map<string, CandidateDraft>();
  const { vocabulary } = reference();
  const titleWords = new Set(
    [...vocabulary.roleWords, ...vocabulary.honorifics, ...linkingReference().honorifics].map(
      (word) => word.toLowerCase().replace(/\.$/, "").split(/\s+/).at(-1) ?? "",
    ),
  );
  let codePoints: string[] | undefined;
  let articlePeoples: string[] | undefined;
  const peoplesHere = () => {
    articlePeoples ??= peoplesInText(body);
    return articlePeoples;
  };
  // ("Foreign Ministry", stored for a "Chilean Foreign Ministry", is that body's only where the article
  // names Chile: shortNameHere.)
  const bodyHere = (resolution: Resolution, kind: Person["kind"]): Resolution => {
    const stored = resolution.person;
    if (
      (kind === "ORGANIZATION" || stored?.kind === "ORGANIZATION") &&
      stored &&
      !shortNameHere(resolution.cleaned, [stored.name, ...stored.aliases], peoplesHere())
    )
      return {
        person: null,
        score: 0,
        rule: "unresolved",
        evidence: "a name of a body of a country the article does not name",
        cleaned: resolution.cleaned,
      };
    return resolution;
  };
  // Whether a title or honorific stands right before the name ("Minister Gemba", "MR. LEE"), title words
  // between them ("SECRETARY GENERAL STOLTENBERG").
  const between = new Set(linkingReference().titleWords.map((word) => word.toLowerCase()));
  const announced = (candidate: CandidateDraft) => {
    codePoints ??= Array.from(body);
    const before = codePoints.slice(Math.max(0, candidate.span.start - 60), candidate.span.start).join("");
    const words = /((?:[\p{L}-]+\.?[ \t]+){1,4})$/u.exec(before)?.[1]?.trim().split(/\s+/) ?? [];
    // (Or a plural title right before the first of two names: "Presidents Mnangagwa and Mokgweetsi Masisi";
    // not "the Forum Leaders Special Retreat".)
    const plural = words.at(-1)?.toLowerCase().replace(/s$/u, "") ?? "";
    if (
      /s$/iu.test(words.at(-1) ?? "") &&
      titleWords.has(plural) &&
      /^\s+and\s/u.test(codePoints.slice(candidate.span.end, candidate.span.end + 6).join(""))
    )
      return true;
    for (const word of words.reverse()) {
      const bare = word.replace(/\.$/, "").toLowerCase();
      if (titleWords.has(bare)) return true;
      if (!between.has(bare)) return false;
    }
    return false;
  };
  // "President Joko Widodo (Jokowi)": one word in brackets right after a person's full name is that
  // person's short name.
  const bracketed = new Map<string, string>();
  const fullNames = participants
    .filter((c) => (str(c.data.kind) ?? "PERSON") === "PERSON" && words(c) >= 2)
    .map((c) => str(c.data.name) ?? c.span.exact);
  // (The brackets first, then the words before them: a pattern of the words before every bracket is
  // tried at every word of the body.)
  for (const match of fullNames.length ? body.matchAll(/[ \t]\((\p{Lu}[\p{L}'’-]{2,20})\)/gu) : []) {
    const short = match[1] ?? "";
    const before = body.slice(Math.max(0, match.index - 120), match.index);
    const full = fullNames.find(
      (name) => before.endsWith(name) && /(?:^|[^\p{L}'’.-])$/u.test(before.slice(0, -name.length)),
    );
    if (full && !full.includes(short)) bracketed.set(normalizeName(short), full);
  }
  for (const candidate of ordered) {
    const name = str(candidate.data.name) ?? candidate.span.exact;
    const kind = (str(candidate.data.kind) ?? "PERSON") as Person["kind"];
    const single = kind === "PERSON" && words(candidate) === 1;
    // A lone word a title announces, or that the text has speak ("Kishida said"), can be a new person.
    const named = candidate.data.speaks === true || announced(candidate);
    const full = single ? bracketed.get(normalizeName(name)) : undefined;
    let resolution = bodyHere(people.resolve(full ?? name, kind, inArticle, single && named), kind);
    if (full && resolution.person && resolution.rule !== "new")
      resolution = {
        ...resolution,
        rule: "variant",
        cleaned: normalizeName(name),
        evidence: `the name in brackets after "${full}"`,
      };
    // A lone word is a new person only when it can be a name ("Minister Gemba", not "Official Two").
    if (
      resolution.rule === "fragment" ||
      (resolution.rule === "new" && single && !surnameLike(displayName(name, resolution.cleaned)))
    ) {
      drop.add(candidate);
      continue;
    }
    if (resolution.rule === "new") {
      const key = `proposed-${slug(resolution.cleaned)}`;
      const display = capitalised(displayName(name, resolution.cleaned));
      const row = await tx.participant.upsert({
        where: { key },
        create: {
          key,
          name: display,
          kind: "PERSON",
          proposed: true,
          aliases: { create: { alias: display, normalized: resolution.cleaned } },
        },
        update: {},
        select: { id: true, name: true, proposed: true, aliases: { select: { normalized: true } } },
      });
      const person: Person = people.get(row.id) ?? {
        id: row.id,
        name: row.name,
        kind: "PERSON",
        proposed: row.proposed,
        aliases: row.aliases.map((a) => a.normalized),
        roles: [],
      };
      people.add(person);
      resolution = {
        ...resolution,
        person,
        evidence: `${resolution.evidence}: proposed as a new participant`,
      };
    }
    const person = resolution.person;
    if (!person) continue;
    record(person, name, resolution);
    candidate.participantId = person.id;
    // The name without the title words before it ("Minister Lena Okafor" names Lena Okafor).
    const bare = displayName(name, resolution.cleaned);
    candidate.data = {
      ...candidate.data,
      ...(bare !== name ? { name: bare, written: name } : {}),
      resolution: { rule: resolution.rule, score: resolution.score, evidence: resolution.evidence },
    };
    const earlier = claimed.get(person.id);
    if (earlier) {
      // One candidate per participant and article: the earliest mention stays.
      if (earlier.span.start <= candidate.span.start) drop.add(candidate);
      else {
        drop.add(earlier);
        claimed.set(person.id, candidate);
      }
      continue;
    }
    claimed.set(person.id, candidate);
    inArticle.add(person.id);
  }
  // Roles stated in the article: dated, resolved, and known to title resolution below.
  const firstRole = new Map<string, CandidateDraft>();
  const honorifics = new Set(
    linkingReference().honorifics.map((word) => word.replace(/\.$/, "").toLowerCase()),
  );
  const fullness = (role: CandidateDraft) =>
    Math.min(2, (str(role.data.name) ?? "").split(/\s+/).length) * 100 +
    (str(role.data.title) ?? "")
      .split(/\s+/)
      .filter(
        (word) => !/^(of|the|for|and)$/i.test(word) && !honorifics.has(word.replace(/\.$/, "").toLowerCase()),
      ).length;
  for (const candidate of drafts.filter((c) => c.kind === "ROLE")) {
    candidate.data = { ...candidate.data, validOn };
    const name = str(candidate.data.name);
    if (!candidate.participantId && name) {
      const resolution = people.resolve(name, "PERSON", inArticle, true);
      const person = resolution.person;
      if (person && resolution.rule !== "new") {
        candidate.participantId = person.id;
        record(person, name, resolution);
        // "President Xi" names Xi Jinping: the article names that participant, at the name's words.
        const at = candidate.span.end - [...name].length;
        codePoints ??= Array.from(body);
        if (!claimed.has(person.id) && codePoints.slice(at, candidate.span.end).join("") === name) {
          const mention: CandidateDraft = {
            kind: "PARTICIPANT",
            confidence: resolution.score * 0.9,
            span: spanAt(body, at, candidate.span.end),
            participantId: person.id,
            data: {
              name,
              kind: "PERSON",
              resolution: { rule: resolution.rule, score: resolution.score, evidence: resolution.evidence },
            },
          };
          drafts.push(mention);
          claimed.set(person.id, mention);
          inArticle.add(person.id);
        }
      }
    }
    const holder = candidate.participantId ? people.get(candidate.participantId) : undefined;
    const title = str(candidate.data.title);
    if (holder && title && !holder.roles.includes(title)) holder.roles.push(title);
    // A role is recorded once per person and article, where the article states it most fully: before the
    // full name rather than a surname, with the longest title, else first ("U.S. President Barack Obama",
    // not "President Obama" too); a title before no one is no role.
    if (!holder) {
      drop.add(candidate);
      continue;
    }
    const earlier = firstRole.get(holder.id);
    if (!earlier || fullness(candidate) > fullness(earlier)) {
      if (earlier) drop.add(earlier);
      firstRole.set(holder.id, candidate);
    } else drop.add(candidate);
  }

  // Speakers named by a variant of their name, or by a title.
  for (const candidate of drafts.filter((c) => c.kind === "STATEMENT" && !c.participantId)) {
    const speaker = str(candidate.data.speaker);
    if (!speaker) continue;
    // (A body's short name, as for participants above.) Not one who speaks for the person named ("A
    // spokesperson for Senator Payne", "an aide to Lind"): a label that attribution kept as a label.
    const onBehalf = speaksForPattern().test(speaker);
    let resolution = onBehalf
      ? { person: null, rule: "new" as const, score: 0, evidence: [] }
      : bodyHere(people.resolve(speaker, "PERSON", inArticle), "PERSON");
    // A title alone ("the Secretary") stands for someone the article names; a titled name
    // ("Secretary General Stoltenberg") names its own holder, never another holder of the title.
    if ((!resolution.person || resolution.rule === "new") && people.isTitleOnly(speaker))
      resolution = people.resolveTitle(speaker, inArticle);
    if (resolution.person) {
      candidate.participantId = resolution.person.id;
      candidate.data = {
        ...candidate.data,
        speakerResolution: { rule: resolution.rule, score: resolution.score, evidence: resolution.evidence },
      };
      continue;
    }
    // Two people who speak together ("Secretary Antony Blinken and Foreign Minister Chung Eui-yong"):
    // the label keeps each one's title ("Minister of Trade and Industry Lena Okafor" is one person).
    const pair = /^(.+?)\s+and\s+\S/u.exec(speaker)?.[1];
    if (pair && people.resolve(pair, "PERSON", inArticle).person) continue;
    // A titled name known nowhere ("Foreign Minister Payne", a transcript's turn): the speaker is the
    // name, the title is kept beside it.
    const bare = displayName(speaker, people.clean(speaker));
    // (Not a description with its article: "A senior security official of Iran" is no one named Iran.)
    if (
      bare !== speaker &&
      !/^(?:an?|the)\s/iu.test(speaker) &&
      bare.length >= 3 &&
      /^\p{Lu}/u.test(bare) &&
      !/^(one|two|three|four|five|\d+)$/i.test(bare) &&
      !people.isTitleOnly(speaker) &&
      speaker.endsWith(bare) &&
      // (Nor the country a post is of: "President of Kazakhstan" is no one named Kazakhstan.)
      !/(?<![\p{L}])(?:of|for|to)(?:\s+the)?\s*$/iu.test(speaker.slice(0, speaker.length - bare.length))
    ) {
      candidate.data = {
        ...candidate.data,
        speaker: bare,
        speakerTitle: speaker.slice(0, speaker.length - bare.length).trim(),
      };
    }
  }

  for (const [id, candidate] of claimed) {
    named.push({ id, kind: (people.get(id)?.kind ?? "PERSON") as Person["kind"], at: candidate.span.start });
  }
  named.sort((a, b) => a.at - b.at);

  if (newAliases.size) {
    await tx.participantAlias.createMany({ data: [...newAliases.values()], skipDuplicates: true });
  }
  return { candidates: drafts.filter((c) => !drop.has(c)), named };
}
