import { builder } from "../builder.ts";
import { TimePrecisionEnum } from "./enums.ts";

export const Event = builder.prismaNode("Event", {
  id: { field: "id" },
  // node(id:) answers null for an id that names nothing, as Relay expects.
  nullable: true,
  description: "A diplomatic meeting and its coverage.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable, human-readable identifier." }),
    title: t.exposeString("title", { description: "What the meeting is called." }),
    startsAt: t.expose("startsAt", {
      type: "DateTime",
      nullable: true,
      description: "When it started, to the precision given by `startPrecision`.",
    }),
    startPrecision: t.expose("startPrecision", {
      type: TimePrecisionEnum,
      description: "How precisely the start is known.",
    }),
    place: t.exposeString("place", { nullable: true, description: "Where it took place." }),
    country: t.exposeString("country", {
      nullable: true,
      description: "Host country, as an ISO 3166-1 alpha-2 code.",
    }),
    participants: t.relation("participants", {
      description: "Who took part, and on which side.",
      query: { orderBy: { participantId: "asc" } },
    }),
    statementGroups: t.relation("statementGroups", {
      description: "Statements made at or about the event, each as several outlets carry it.",
      query: { orderBy: { key: "asc" } },
    }),
    agreements: t.relatedConnection("agreements", {
      description: "What was agreed at the event.",
      cursor: "id",
      totalCount: true,
    }),
    claims: t.relatedConnection("claims", {
      description: "Comparable facts about the event asserted by articles.",
      cursor: "id",
      totalCount: true,
    }),
  }),
});

builder.queryField("event", (t) =>
  t.prismaField({
    type: "Event",
    nullable: true,
    description: "The event with this key, if there is one.",
    args: { key: t.arg.string({ required: true, description: "The event's key." }) },
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.event.findUnique({ ...query, where: { key: args.key } }),
  }),
);

builder.queryField("events", (t) =>
  t.prismaConnection({
    type: "Event",
    cursor: "id",
    description: "Every event.",
    totalCount: (_parent, _args, ctx) => ctx.prisma.event.count(),
    resolve: (query, _parent, _args, ctx) => ctx.prisma.event.findMany({ ...query, orderBy: { id: "asc" } }),
  }),
);
