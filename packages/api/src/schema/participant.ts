import { normalizeName } from "@readout/db";
import { builder } from "../builder.ts";
import { ParticipantKindEnum } from "./enums.ts";
import { StatementFilter, statementWhere } from "./filters.ts";

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
