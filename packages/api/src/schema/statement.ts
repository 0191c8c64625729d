import { builder } from "../builder.ts";
import { SpeechModeEnum } from "./enums.ts";
import { StatementFilter, statementWhere } from "./filters.ts";

builder.prismaNode("Topic", {
  id: { field: "id" },
  // node(id:) answers null for an id that names nothing, as Relay expects.
  nullable: true,
  description: "A subject raised in coverage, such as Taiwan or fentanyl.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable, human-readable identifier." }),
    name: t.exposeString("name", { description: "The topic's name." }),
  }),
});

builder.prismaObject("StatementTopic", {
  description: "A topic a statement touches.",
  fields: (t) => ({ topic: t.relation("topic", { description: "The topic." }) }),
});

export const Statement = builder.prismaNode("Statement", {
  id: { field: "id" },
  // node(id:) answers null for an id that names nothing, as Relay expects.
  nullable: true,
  description: "Something a speaker said, quoted or reported, as one article carries it.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable, human-readable identifier." }),
    article: t.relation("article", { description: "The article that carries it." }),
    speaker: t.relation("speaker", {
      nullable: true,
      description: "Who said it, when the article names them.",
    }),
    speakerLabel: t.exposeString("speakerLabel", {
      nullable: true,
      description: 'How the article describes an unnamed speaker ("a senior State Department official").',
    }),
    mode: t.expose("mode", { type: SpeechModeEnum, description: "Quoted directly or reported." }),
    attribution: t.exposeString("attribution", {
      nullable: true,
      description: 'Whom the article credits for it ("a readout issued by the Chinese Foreign Ministry").',
    }),
    evidence: t.relation("evidence", { description: "The words in the article." }),
    topics: t.relation("topics", {
      description: "Topics it touches.",
      query: { orderBy: { topicId: "asc" } },
    }),
    group: t.relation("group", {
      nullable: true,
      description: "The same statement as other outlets carry it, if several do.",
    }),
  }),
});

export const StatementGroup = builder.prismaNode("StatementGroup", {
  id: { field: "id" },
  nullable: true,
  description: "One statement as several outlets carry it, each in its own words.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable, human-readable identifier." }),
    summary: t.exposeString("summary", { description: "What was said, in neutral words." }),
    speaker: t.relation("speaker", { nullable: true, description: "Who said it." }),
    event: t.relation("event", { nullable: true, description: "The event it was said at or about." }),
    statements: t.relation("statements", {
      description: "Each outlet's version, with its wording and evidence.",
      query: { orderBy: { id: "asc" } },
    }),
    outletCount: t.int({
      description: "How many outlets carry the statement.",
      select: { statements: { select: { article: { select: { outletId: true } } } } },
      resolve: (group) => new Set(group.statements.map((statement) => statement.article.outletId)).size,
    }),
  }),
});

builder.queryField("statementGroups", (t) =>
  t.prismaConnection({
    type: "StatementGroup",
    cursor: "id",
    description: "Statements as several outlets carry them, grouped; narrowed by the statements they hold.",
    args: {
      filter: t.arg({ type: StatementFilter, description: "Only groups holding a statement that matches." }),
    },
    totalCount: (_parent, args, ctx) =>
      ctx.prisma.statementGroup.count({ where: { statements: { some: statementWhere(args.filter) } } }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.statementGroup.findMany({
        ...query,
        where: { statements: { some: statementWhere(args.filter) } },
        orderBy: { key: "asc" },
      }),
  }),
);

builder.queryField("statements", (t) =>
  t.prismaConnection({
    type: "Statement",
    cursor: "id",
    description:
      "Who said what, according to whom: statements, narrowed by speaker, topic, outlet, event or mode.",
    args: { filter: t.arg({ type: StatementFilter, description: "Only statements that match." }) },
    totalCount: (_parent, args, ctx) => ctx.prisma.statement.count({ where: statementWhere(args.filter) }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.statement.findMany({ ...query, where: statementWhere(args.filter), orderBy: { id: "asc" } }),
  }),
);

builder.queryField("topics", (t) =>
  t.prismaConnection({
    type: "Topic",
    cursor: "id",
    description: "Every topic, by name.",
    totalCount: (_parent, _args, ctx) => ctx.prisma.topic.count(),
    resolve: (query, _parent, _args, ctx) =>
      ctx.prisma.topic.findMany({ ...query, orderBy: [{ name: "asc" }, { id: "asc" }] }),
  }),
);
