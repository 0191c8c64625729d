import { builder } from "../builder.ts";
import { SpeechModeEnum } from "./enums.ts";

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
    topics: t.relation("topics", { description: "Topics it touches." }),
  }),
});

builder.queryField("statements", (t) =>
  t.prismaConnection({
    type: "Statement",
    cursor: "id",
    description: "Every statement.",
    totalCount: (_parent, _args, ctx) => ctx.prisma.statement.count(),
    resolve: (query, _parent, _args, ctx) =>
      ctx.prisma.statement.findMany({ ...query, orderBy: { id: "asc" } }),
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
