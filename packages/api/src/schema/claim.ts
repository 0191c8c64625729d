import type { Prisma } from "@readout/db";
import { builder } from "../builder.ts";
import { idOf } from "./filters.ts";

export const Claim = builder.prismaNode("Claim", {
  id: { field: "id" },
  // node(id:) answers null for an id that names nothing, as Relay expects.
  nullable: true,
  description: "A comparable fact about an event, as one article asserts it.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable, human-readable identifier." }),
    event: t.relation("event", { description: "The event the claim is about." }),
    article: t.relation("article", { description: "The article that asserts it." }),
    attribute: t.exposeString("attribute", {
      description: "What is claimed: duration, place, attendees, date.",
    }),
    value: t.exposeString("value", { description: "The value as written." }),
    normalized: t.exposeString("normalized", {
      nullable: true,
      description: "The value normalised; durations as ISO 8601 (PT5H30M).",
    }),
    qualifier: t.exposeString("qualifier", {
      nullable: true,
      description: "How the value is hedged: EXACT, APPROXIMATE, NEARLY, UNDER, OVER, AT_LEAST or RANGE.",
    }),
    unit: t.exposeString("unit", { nullable: true, description: "Unit of `minValue` and `maxValue`." }),
    minValue: t.exposeFloat("minValue", {
      nullable: true,
      description: "Lowest value the words allow (for durations, in minutes).",
    }),
    maxValue: t.exposeFloat("maxValue", {
      nullable: true,
      description: "Highest value the words allow; null when unbounded or not numeric.",
    }),
    scope: t.exposeString("scope", {
      nullable: true,
      description: 'What the value covers, e.g. "talks" or "talks and dinner".',
    }),
    attribution: t.exposeString("attribution", {
      nullable: true,
      description: 'Whom the article credits for the value ("some media"); null when it asserts it itself.',
    }),
    evidence: t.relation("evidence", { description: "The words in the article." }),
  }),
});

const ClaimFilter = builder.inputType("ClaimFilter", {
  description: "Narrows a list of claims.",
  fields: (t) => ({
    event: t.globalID({ description: "About this event." }),
    attribute: t.string({ description: "About this attribute, e.g. duration." }),
  }),
});

const claimWhere = (filter: typeof ClaimFilter.$inferInput | null | undefined): Prisma.ClaimWhereInput => ({
  eventId: idOf(filter?.event, "Event", "event"),
  attribute: filter?.attribute ?? undefined,
});

builder.queryField("claims", (t) =>
  t.prismaConnection({
    type: "Claim",
    cursor: "id",
    description: "Claims about events, optionally of one event or attribute.",
    args: { filter: t.arg({ type: ClaimFilter, description: "Only claims that match." }) },
    totalCount: (_parent, args, ctx) => ctx.prisma.claim.count({ where: claimWhere(args.filter) }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.claim.findMany({ ...query, where: claimWhere(args.filter), orderBy: { id: "asc" } }),
  }),
);
