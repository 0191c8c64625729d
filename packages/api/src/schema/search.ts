import { resolveOffsetConnection } from "@pothos/plugin-relay";
import { type SearchHit, searchCorpus, type TextMatch } from "@readout/db";
import { builder } from "../builder.ts";
import { Article } from "./article.ts";
import { articleById, carries } from "./article-rows.ts";
import { idOf, invalidInput } from "./filters.ts";
import { Statement } from "./statement.ts";
// Passage search (sentences and paragraphs with phrase-exact highlights) lives beside it.
import "./passages.ts";

const SearchHitKindEnum = builder.enumType("SearchHitKind", {
  description: "What a search hit is.",
  values: {
    ARTICLE: { description: "An article whose body matches." },
    STATEMENT: { description: "A statement whose words match." },
  },
});

const SearchOrderEnum = builder.enumType("SearchOrder", {
  description: "How to order search hits.",
  values: {
    RELEVANCE: { description: "Best match first." },
    PUBLISHED_ASC: { description: "Earliest publication first; undated articles last." },
    PUBLISHED_DESC: { description: "Latest publication first; undated articles last." },
  },
});

const TextMatchRef = builder.objectRef<TextMatch>("TextMatch").implement({
  description: "Matched words, as code-point offsets into the article body (for highlighting).",
  fields: (t) => ({
    start: t.exposeInt("start", { description: "Offset of the first character in the article body." }),
    end: t.exposeInt("end", { description: "Offset just past the last character in the article body." }),
    exact: t.exposeString("exact", { description: "The words, exactly as in the body." }),
  }),
});

const SearchHitRef = builder.objectRef<SearchHit>("SearchHit").implement({
  description: "An article or statement that matches a search.",
  fields: (t) => ({
    kind: t.field({
      type: SearchHitKindEnum,
      description: "Article or statement.",
      resolve: (hit) => hit.kind,
    }),
    rank: t.exposeFloat("rank", { description: "How well it matches (higher is better)." }),
    article: t.prismaField({
      type: Article,
      description: "The article (for a statement hit, the one that carries it).",
      // Without its body (read when asked for), with its outlet; through Prisma when the query asks more.
      resolve: (query, hit, _args, ctx) =>
        carries(query, { outlet: {} })
          ? (articleById(ctx, hit.articleId) as never)
          : ctx.prisma.article.findUniqueOrThrow({ ...query, where: { id: hit.articleId } }),
    }),
    statement: t.prismaField({
      type: Statement,
      nullable: true,
      description: "The statement, for a statement hit.",
      resolve: (query, hit, _args, ctx) =>
        hit.statementId
          ? ctx.prisma.statement.findUniqueOrThrow({ ...query, where: { id: hit.statementId } })
          : null,
    }),
    matches: t.field({
      type: [TextMatchRef],
      description: "The matched words, with their offsets in the article body.",
      resolve: (hit) => hit.matches,
    }),
  }),
});

const SearchFilter = builder.inputType("SearchFilter", {
  description: "Narrows a search. All given conditions must hold.",
  fields: (t) => ({
    kinds: t.field({ type: [SearchHitKindEnum], description: "Only these kinds of hit (both by default)." }),
    event: t.globalID({ description: "In coverage of this event." }),
    outlet: t.globalID({ description: "Published by this outlet." }),
    participant: t.globalID({ description: "Articles naming this participant; statements it made." }),
    topic: t.globalID({ description: "Articles raising this topic; statements touching it." }),
    publishedFrom: t.field({ type: "DateTime", description: "Published at or after this time." }),
    publishedTo: t.field({ type: "DateTime", description: "Published at or before this time." }),
  }),
});

const MAX_QUERY_LENGTH = 500;

builder.queryField("search", (t) =>
  t.connection(
    {
      type: SearchHitRef,
      description:
        'Full-text search (English stemming; "quoted phrases", OR and -exclusions) over article bodies and statements.',
      args: {
        query: t.arg.string({ required: true, description: "What to look for." }),
        filter: t.arg({ type: SearchFilter, description: "Only hits that match." }),
        orderBy: t.arg({ type: SearchOrderEnum, description: "The order; RELEVANCE by default." }),
      },
      resolve: async (_parent, args, ctx) => {
        const query = args.query.trim();
        if (!query) throw invalidInput("query must not be empty.", "query");
        if (query.length > MAX_QUERY_LENGTH) {
          throw invalidInput(`query must be at most ${MAX_QUERY_LENGTH} characters.`, "query");
        }
        const filter = args.filter;
        if (filter?.publishedFrom && filter.publishedTo && filter.publishedFrom > filter.publishedTo) {
          throw invalidInput("publishedFrom must not be later than publishedTo.", "publishedFrom");
        }
        const options = {
          query,
          kinds: filter?.kinds ?? undefined,
          eventId: idOf(filter?.event, "Event", "event"),
          outletId: idOf(filter?.outlet, "Outlet", "outlet"),
          participantId: idOf(filter?.participant, "Participant", "participant"),
          topicId: idOf(filter?.topic, "Topic", "topic"),
          publishedFrom: filter?.publishedFrom ?? undefined,
          publishedTo: filter?.publishedTo ?? undefined,
          order: args.orderBy ?? undefined,
        };
        let total = 0;
        const connection = await resolveOffsetConnection({ args }, async ({ limit, offset }) => {
          const search = () => searchCorpus(ctx.prisma, { ...options, limit, offset });
          const result = await (ctx.corpusWide ? ctx.corpusWide(search) : search());
          total = result.total;
          return result.hits;
        });
        return { ...connection, totalCount: total };
      },
    },
    {
      fields: (t) => ({
        totalCount: t.int({
          description: "How many hits the whole search has.",
          resolve: (connection) => (connection as { totalCount: number }).totalCount,
        }),
      }),
    },
  ),
);
