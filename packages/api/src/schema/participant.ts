import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { resolveOffsetConnection } from "@pothos/plugin-relay";
import { normalizeName, PROJECT_ROOT, Prisma } from "@readout/db";
import { parse } from "yaml";
import { z } from "zod";
import { builder } from "../builder.ts";
import { ParticipantKindEnum } from "./enums.ts";
import { invalidInput, StatementFilter, statementWhere } from "./filters.ts";

builder.prismaObject("ParticipantAlias", {
  description: "Another name a participant goes by in coverage.",
  fields: (t) => ({
    alias: t.exposeString("alias", { description: "The name as written." }),
    isMisspelling: t.exposeBoolean("isMisspelling", {
      description: 'Whether this is a misspelling found in coverage (e.g. "Anthony Blinken").',
    }),
  }),
});

builder.prismaObject("Role", {
  description: "A role a participant held over a period.",
  fields: (t) => ({
    title: t.exposeString("title", { description: "The role, e.g. US Secretary of State." }),
    organization: t.relation("organization", {
      nullable: true,
      description: "The country or organisation the role belongs to.",
    }),
    validFrom: t.expose("validFrom", { type: "Date", nullable: true, description: "First day in the role." }),
    validTo: t.expose("validTo", { type: "Date", nullable: true, description: "Last day in the role." }),
    evidence: t.relation("evidence", {
      nullable: true,
      description: "Words of an article that give the role.",
    }),
  }),
});

builder.prismaObject("EventParticipant", {
  description: "A participant's part in an event.",
  fields: (t) => ({
    event: t.relation("event", { description: "The event." }),
    participant: t.relation("participant", { description: "Who took part." }),
    side: t.relation("side", {
      nullable: true,
      description: "The country or organisation whose side they were on.",
    }),
    role: t.exposeString("role", { nullable: true, description: "Their part in the event, e.g. host." }),
  }),
});

export const Participant = builder.prismaNode("Participant", {
  id: { field: "id" },
  // node(id:) answers null for an id that names nothing, as Relay expects.
  nullable: true,
  description: "A person, organisation or country that takes part in diplomacy or its coverage.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable, human-readable identifier." }),
    name: t.exposeString("name", { description: "The usual name." }),
    kind: t.expose("kind", { type: ParticipantKindEnum, description: "Person, organisation or country." }),
    description: t.exposeString("description", { nullable: true, description: "A short description." }),
    wikidataId: t.exposeString("wikidataId", { nullable: true, description: "Wikidata QID, if known." }),
    aliases: t.relation("aliases", {
      description: "Other names, including misspellings found in coverage.",
      query: { orderBy: { alias: "asc" } },
    }),
    roles: t.relation("roles", {
      description: "Roles held, earliest first.",
      query: { orderBy: [{ validFrom: "asc" }, { title: "asc" }] },
    }),
    events: t.relation("events", {
      description: "Events the participant took part in, with their side.",
      query: { orderBy: { eventId: "asc" } },
    }),
    statements: t.relatedConnection("statements", {
      description: "Statements attributed to the participant.",
      cursor: "id",
      totalCount: true,
      args: { filter: t.arg({ type: StatementFilter, description: "Only statements that match." }) },
      query: (args) => ({ where: statementWhere(args.filter), orderBy: { id: "asc" } }),
    }),
    statementGroups: t.relation("statementGroups", {
      description: "The participant's statements as several outlets carry them.",
      query: { orderBy: { key: "asc" } },
    }),
  }),
});

builder.queryField("participants", (t) =>
  t.prismaConnection({
    type: "Participant",
    cursor: "id",
    description: "Every participant by name, or those known by a name or alias (misspellings included).",
    args: {
      name: t.arg.string({
        required: false,
        description: "A name or alias, matched without regard to case or accents.",
      }),
    },
    totalCount: (_parent, args, ctx) => ctx.prisma.participant.count({ where: byName(args.name) }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.participant.findMany({
        ...query,
        where: byName(args.name),
        orderBy: [{ name: "asc" }, { id: "asc" }],
      }),
  }),
);

const byName = (name: string | null | undefined) =>
  name ? { aliases: { some: { normalized: normalizeName(name) } } } : {};

// ---------------------------------------------------------------------------------------------------------
// Fuzzy lookup: a surname, an alias, a misspelling or another romanisation finds the participant.

const romanizationSchema = z.strictObject({
  rules: z.array(z.strictObject({ pattern: z.string().min(1), replace: z.string(), why: z.string().min(1) })),
});

let romanization: z.infer<typeof romanizationSchema>["rules"] | undefined;

/** The romanisation rules (packages/api/reference/romanization.yaml), read once. */
function romanizationRules() {
  if (!romanization) {
    const file = fileURLToPath(new URL("packages/api/reference/romanization.yaml", PROJECT_ROOT));
    const parsed = romanizationSchema.safeParse(parse(readFileSync(file, "utf8")));
    if (!parsed.success) throw new Error(`${file} is not valid: ${parsed.error.message}`);
    romanization = parsed.data.rules;
  }
  return romanization;
}

/** SQL that rewrites a normalised name by the romanisation rules, so that both systems meet. */
function romanized(name: Prisma.Sql): Prisma.Sql {
  return romanizationRules().reduce(
    (sql, rule) => Prisma.sql`regexp_replace(${sql}, ${rule.pattern}::text, ${rule.replace}::text, 'g')`,
    name,
  );
}

type MatchKind = "EXACT" | "SIMILAR" | "WORD" | "ROMANIZATION";

interface ParticipantMatchRow {
  participantId: string;
  alias: string;
  score: number;
  how: MatchKind;
}

const ParticipantMatchKindEnum = builder.enumType("ParticipantMatchKind", {
  description: "Why a name matched a participant.",
  values: {
    EXACT: { description: "The name or an alias, without regard to case, accents or punctuation." },
    SIMILAR: { description: "A name spelled almost alike (a misspelling), by trigram similarity." },
    WORD: { description: 'A word of a longer name: a surname, a given name ("Hsieh", "Blinken").' },
    ROMANIZATION: {
      description:
        'The same name in another romanisation of Chinese (Wade–Giles "Chin Kang" for pinyin "Qin Gang").',
    },
  },
});

const ParticipantMatch = builder.objectRef<ParticipantMatchRow>("ParticipantMatch").implement({
  description: "A participant found by a fuzzy name lookup, with how well and why it matched.",
  fields: (t) => ({
    participant: t.prismaField({
      type: Participant,
      description: "The participant.",
      resolve: (query, row, _args, ctx) =>
        ctx.prisma.participant.findUniqueOrThrow({ ...query, where: { id: row.participantId } }),
    }),
    score: t.exposeFloat("score", {
      description: "How well the name matches, from 0 to 1: 1 for an exact name, lower for looser matches.",
    }),
    matchedName: t.exposeString("alias", {
      description: "The participant's name or alias that matched best.",
    }),
    how: t.field({
      type: ParticipantMatchKindEnum,
      description: "Why it matched (the strongest reason).",
      resolve: (row) => row.how,
    }),
  }),
});

/** Below this score a name is too unlike to be offered. */
const MIN_SCORE = 0.3;
const MAX_NAME_LENGTH = 200;

builder.queryField("participantMatches", (t) =>
  t.connection({
    type: ParticipantMatch,
    description:
      "Participants whose name or an alias resembles the name given, best first: the exact name, a surname or another word of the name, a misspelling, or another romanisation of a Chinese name. Scores each with PostgreSQL's trigram similarity (pg_trgm); names scoring under 0.3 are left out.",
    args: {
      name: t.arg.string({ required: true, description: "The name to look for, however spelled." }),
    },
    resolve: async (_parent, args, ctx) => {
      if (args.name.length > MAX_NAME_LENGTH) {
        throw invalidInput(`name must be at most ${MAX_NAME_LENGTH} characters.`, "name");
      }
      const name = normalizeName(args.name);
      if (!name) throw invalidInput("name must hold letters or digits.", "name");
      return resolveOffsetConnection({ args }, ({ limit, offset }) => {
        const lookup = () => ctx.prisma.$queryRaw<ParticipantMatchRow[]>`
          WITH input AS (SELECT ${name}::text AS q, ${romanized(Prisma.sql`${name}::text`)} AS qk),
          names AS (
            SELECT pa."participantId", pa.alias, pa.normalized AS n, ${romanized(Prisma.sql`pa.normalized`)} AS k
            FROM "ParticipantAlias" pa
          ),
          scored AS (
            SELECT "participantId", alias,
                   CASE WHEN n = q THEN 1 ELSE 0 END::float8 AS exact,
                   similarity(n, q)::float8 AS whole,
                   (0.9 * strict_word_similarity(q, n))::float8 AS word,
                   greatest(0.85 * similarity(k, qk), 0.8 * strict_word_similarity(qk, k))::float8 AS roman
            FROM names, input
          ),
          best AS (
            SELECT DISTINCT ON ("participantId") "participantId", alias,
                   greatest(exact, whole, word, roman) AS score,
                   CASE WHEN exact = 1 THEN 'EXACT'
                        WHEN whole >= greatest(word, roman) THEN 'SIMILAR'
                        WHEN word >= roman THEN 'WORD'
                        ELSE 'ROMANIZATION' END AS how
            FROM scored
            ORDER BY "participantId", greatest(exact, whole, word, roman) DESC, length(alias), alias
          )
          SELECT "participantId", alias, round(score::numeric, 3)::float8 AS score, how
          FROM best WHERE score >= ${MIN_SCORE}
          ORDER BY score DESC, alias, "participantId"
          LIMIT ${limit} OFFSET ${offset}`;
        return ctx.corpusWide ? ctx.corpusWide(lookup) : lookup();
      });
    },
  }),
);
