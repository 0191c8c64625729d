import { builder } from "../builder.ts";
import { AgreementStatusEnum, WordingStrengthEnum } from "./enums.ts";
import { idOf } from "./filters.ts";

builder.prismaNode("AgreementReport", {
  id: { field: "id" },
  // node(id:) answers null for an id that names nothing, as Relay expects.
  nullable: true,
  description: "One article's report of an agreement, in its own words.",
  fields: (t) => ({
    agreement: t.relation("agreement", { description: "The agreement reported." }),
    article: t.relation("article", { description: "The article that reports it." }),
    strength: t.expose("strength", {
      type: WordingStrengthEnum,
      description: "How strongly the words commit.",
    }),
    evidence: t.relation("evidence", { description: "The words of the report." }),
  }),
});

builder.prismaObject("AgreementStatusChange", {
  description: "A dated change in where an agreement stands.",
  fields: (t) => ({
    status: t.expose("status", { type: AgreementStatusEnum, description: "The new status." }),
    on: t.expose("on", { type: "Date", description: "When the change happened." }),
    note: t.exposeString("note", { nullable: true, description: "What happened." }),
    evidence: t.relation("evidence", { nullable: true, description: "Words of an article that show it." }),
  }),
});

builder.prismaObject("AgreementParty", {
  description: "A party to an agreement.",
  fields: (t) => ({ participant: t.relation("participant", { description: "The party." }) }),
});

export const Agreement = builder.prismaNode("Agreement", {
  id: { field: "id" },
  // node(id:) answers null for an id that names nothing, as Relay expects.
  nullable: true,
  description: "Something agreed at an event, as its reports describe it.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable, human-readable identifier." }),
    summary: t.exposeString("summary", { description: "What was agreed, in neutral words." }),
    event: t.relation("event", { description: "Where it was agreed." }),
    topic: t.relation("topic", { nullable: true, description: "What it is about." }),
    parties: t.relation("parties", {
      description: "Who agreed.",
      query: { orderBy: { participantId: "asc" } },
    }),
    reports: t.relatedConnection("reports", {
      description: "Every report of the agreement, with its words and their strength.",
      cursor: "id",
      totalCount: true,
      query: { orderBy: { id: "asc" } },
    }),
    statusHistory: t.relation("statusChanges", {
      description: "Where the agreement has stood over time, oldest first.",
      query: { orderBy: [{ on: "asc" }, { id: "asc" }] },
    }),
  }),
});

const AgreementFilter = builder.inputType("AgreementFilter", {
  description: "Narrows a list of agreements.",
  fields: (t) => ({ event: t.globalID({ description: "Agreed at this event." }) }),
});

builder.queryField("agreements", (t) =>
  t.prismaConnection({
    type: "Agreement",
    cursor: "id",
    description: "Agreements, optionally of one event.",
    args: { filter: t.arg({ type: AgreementFilter, description: "Only agreements that match." }) },
    totalCount: (_parent, args, ctx) =>
      ctx.prisma.agreement.count({ where: { eventId: idOf(args.filter?.event, "Event", "event") } }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.agreement.findMany({
        ...query,
        where: { eventId: idOf(args.filter?.event, "Event", "event") },
        orderBy: { id: "asc" },
      }),
  }),
);
