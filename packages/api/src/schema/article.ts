import { builder } from "../builder.ts";
import { ArticleGenreEnum, TimePrecisionEnum } from "./enums.ts";
import {
  ArticleFilter,
  ArticleOrderEnum,
  articleOrder,
  articleWhere,
  StatementFilter,
  statementWhere,
} from "./filters.ts";

builder.prismaNode("SourceDocument", {
  id: { field: "id" },
  // node(id:) answers null for an id that names nothing, as Relay expects.
  nullable: true,
  description: "A captured page exactly as stored; its articles were extracted from it.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable, human-readable identifier." }),
    title: t.exposeString("title", { nullable: true, description: "The page's title, if known." }),
    url: t.exposeString("url", {
      nullable: true,
      description: "Where the page was captured from, if known.",
    }),
    capturedAt: t.expose("capturedAt", {
      type: "DateTime",
      nullable: true,
      description: "When the page was captured; not a publication time.",
    }),
    contentHash: t.exposeString("contentHash", { description: "SHA-256 of the text, in hex." }),
    text: t.exposeString("text", { description: "The captured text, exactly as stored." }),
    articles: t.relatedConnection("articles", {
      description: "Articles extracted from this page.",
      cursor: "id",
      totalCount: true,
      query: { orderBy: { sourceStart: "asc" } },
    }),
  }),
});

builder.prismaObject("Byline", {
  description: "A byline of an article, as written.",
  fields: (t) => ({
    name: t.exposeString("name", { description: 'The byline as written, e.g. "GT staff reporters".' }),
    isStaff: t.exposeBoolean("isStaff", {
      description: "Whether the byline names staff rather than a person.",
    }),
    place: t.exposeString("place", { nullable: true, description: "Where the author filed from." }),
    participant: t.relation("participant", { nullable: true, description: "The author, when known." }),
  }),
});

builder.prismaObject("ArticleParticipant", {
  description: "A participant named in an article, with the words of the first mention.",
  fields: (t) => ({
    participant: t.relation("participant", { description: "Who is named." }),
    evidence: t.relation("evidence", { nullable: true, description: "The first mention." }),
  }),
});

export const Article = builder.prismaNode("Article", {
  id: { field: "id" },
  // node(id:) answers null for an id that names nothing, as Relay expects.
  nullable: true,
  description: "One outlet's piece of coverage, with its full body exactly as captured.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable, human-readable identifier." }),
    title: t.exposeString("title", { description: "The headline." }),
    subtitle: t.exposeString("subtitle", { nullable: true, description: "The sub-heading, if any." }),
    url: t.exposeString("url", { nullable: true, description: "Where the article was published, if known." }),
    body: t.string({
      description: "The full text, exactly as captured. Evidence offsets point into it.",
      // Comparisons load their articles without the body; asked for, it is read then (Prisma batches
      // the lookups of one tick into one statement).
      resolve: (article, _args, ctx) =>
        (article as { body?: string }).body ??
        ctx.prisma.article
          .findUniqueOrThrow({ where: { id: article.id }, select: { body: true } })
          .then((row) => row.body),
    }),
    language: t.exposeString("language", { description: "BCP 47 language tag of the body." }),
    genre: t.expose("genre", { type: ArticleGenreEnum, description: "What kind of text this is." }),
    dateline: t.exposeString("dateline", { nullable: true, description: "The dateline place, if any." }),
    publishedAt: t.expose("publishedAt", {
      type: "DateTime",
      nullable: true,
      description: "When the article was published, to the precision given by `publishedPrecision`.",
    }),
    publishedPrecision: t.expose("publishedPrecision", {
      type: TimePrecisionEnum,
      description: "How precisely the publication time is known.",
    }),
    publishedText: t.exposeString("publishedText", {
      nullable: true,
      description: 'The publication time as written, e.g. "4 hours ago".',
    }),
    outlet: t.relation("outlet", { description: "Who published it." }),
    sourceDocument: t.relation("sourceDocument", { description: "The captured page it was extracted from." }),
    sourceStart: t.exposeInt("sourceStart", { description: "Code-point offset of the body in the page." }),
    sourceEnd: t.exposeInt("sourceEnd", { description: "Code-point offset just past the body in the page." }),
    bylines: t.relation("bylines", {
      description: "The bylines, in order.",
      query: { orderBy: { position: "asc" } },
    }),
    mentions: t.relation("participants", {
      description: "Participants named in the article, each with its first mention.",
      query: { orderBy: { participantId: "asc" } },
    }),
    agreementReports: t.relatedConnection("agreementReports", {
      description: "Every passage of the article that reports an agreement.",
      cursor: "id",
      totalCount: true,
    }),
    statements: t.relatedConnection("statements", {
      description: "Statements the article carries.",
      cursor: "id",
      totalCount: true,
      args: { filter: t.arg({ type: StatementFilter, description: "Only statements that match." }) },
      query: (args) => ({ where: statementWhere(args.filter), orderBy: { id: "asc" } }),
    }),
    topics: t.relation("topicMentions", {
      description: "Passages of the article that raise a topic.",
      query: { orderBy: { id: "asc" } },
    }),
    claims: t.relatedConnection("claims", {
      description: "Claims the article makes about events.",
      cursor: "id",
      totalCount: true,
    }),
  }),
});

builder.prismaObject("TopicMention", {
  description: "A passage of an article that raises a topic.",
  fields: (t) => ({
    topic: t.relation("topic", { description: "The topic raised." }),
    evidence: t.relation("evidence", { description: "The passage." }),
  }),
});

builder.queryField("articles", (t) =>
  t.prismaConnection({
    type: "Article",
    cursor: "id",
    description: "Articles, by publication time unless ordered otherwise.",
    args: {
      filter: t.arg({ type: ArticleFilter, description: "Only articles that match." }),
      orderBy: t.arg({ type: ArticleOrderEnum, description: "The order; PUBLISHED_ASC by default." }),
    },
    totalCount: (_parent, args, ctx) => ctx.prisma.article.count({ where: articleWhere(args.filter) }),
    resolve: (query, _parent, args, ctx) =>
      ctx.prisma.article.findMany({
        ...query,
        where: articleWhere(args.filter),
        orderBy: articleOrder(args.orderBy),
      }),
  }),
);
