/**
 * Connections that cross domains through join tables (article ↔ participant, article ↔ event, article →
 * agreements). Each pages on the join rows and resolves to the objects on the far side, so a nested list
 * stays one batched query per level. They live here, after every type exists, so that no domain file has
 * to import another.
 *
 * Each node selection asks for the id at least: with no field of the node requested (a query for
 * `totalCount` alone) the selection would otherwise be empty, which Prisma refuses. The fields a query
 * does request are merged in at run time, which the selection's type cannot show; hence the casts.
 */
import { prismaConnectionHelpers } from "@pothos/plugin-prisma";
import type {
  Agreement as AgreementRow,
  Article as ArticleRow,
  Event as EventRow,
  Participant as ParticipantRow,
} from "@readout/db";
import { builder } from "../builder.ts";
import { Agreement } from "./agreement.ts";
import { Article } from "./article.ts";
import { Event } from "./event.ts";
import { ArticleFilter, articleWhere } from "./filters.ts";
import { Participant } from "./participant.ts";

const articleParticipants = prismaConnectionHelpers(builder, "ArticleParticipant", {
  cursor: "articleId_participantId",
  select: (nodeSelection) => ({ participant: nodeSelection({ select: { id: true } }) }),
  resolveNode: (row) => row.participant as ParticipantRow,
});

const articleFilterArg = (
  t: PothosSchemaTypes.InputFieldBuilder<typeof builder.$inferSchemaTypes, "Arg">,
) => ({
  filter: t.field({ type: ArticleFilter, description: "Only articles that match." }),
});

const participantArticles = prismaConnectionHelpers(builder, "ArticleParticipant", {
  cursor: "articleId_participantId",
  args: articleFilterArg,
  query: (args) => ({ where: { article: articleWhere(args.filter) } }),
  select: (nodeSelection) => ({ article: nodeSelection({ select: { id: true } }) }),
  resolveNode: (row) => row.article as ArticleRow,
});

const articleEvents = prismaConnectionHelpers(builder, "ArticleEvent", {
  cursor: "articleId_eventId",
  select: (nodeSelection) => ({ event: nodeSelection({ select: { id: true } }) }),
  resolveNode: (row) => row.event as EventRow,
});

const eventArticles = prismaConnectionHelpers(builder, "ArticleEvent", {
  cursor: "articleId_eventId",
  args: articleFilterArg,
  query: (args) => ({ where: { article: articleWhere(args.filter) } }),
  select: (nodeSelection) => ({ article: nodeSelection({ select: { id: true } }) }),
  resolveNode: (row) => row.article as ArticleRow,
});

// Prisma's `distinct` passes through the helper's query as it is, though the helper's type names only
// `where` and `orderBy` (a variable, unlike a literal, may carry more than its type names).
const oneReportPerAgreement = { distinct: ["agreementId"], orderBy: { id: "asc" as const } };

const articleAgreements = prismaConnectionHelpers(builder, "AgreementReport", {
  cursor: "id",
  query: oneReportPerAgreement,
  select: (nodeSelection) => ({ agreement: nodeSelection({ select: { id: true } }) }),
  resolveNode: (row) => row.agreement as AgreementRow,
});

/** Connection options exposing the `totalCount` that a join connection's resolver returns. */
const totalCountFromResolver = {
  fields: (t: PothosSchemaTypes.ObjectFieldBuilder<typeof builder.$inferSchemaTypes, object>) => ({
    totalCount: t.int({
      description: "How many items the whole list holds.",
      resolve: (connection) => (connection as { totalCount: number }).totalCount,
    }),
  }),
};

builder.prismaObjectField("Article", "participants", (t) =>
  t.connection(
    {
      type: Participant,
      description: "Participants named in the article.",
      select: (args, ctx, nestedSelection) => ({
        participants: articleParticipants.getQuery(args, ctx, nestedSelection),
        _count: { select: { participants: true } },
      }),
      resolve: (article, args, ctx) => ({
        ...articleParticipants.resolve(article.participants, args, ctx),
        totalCount: article._count.participants,
      }),
    },
    totalCountFromResolver,
  ),
);

builder.prismaObjectField("Article", "events", (t) =>
  t.connection(
    {
      type: Event,
      description: "Events the article covers.",
      select: (args, ctx, nestedSelection) => ({
        events: articleEvents.getQuery(args, ctx, nestedSelection),
        _count: { select: { events: true } },
      }),
      resolve: (article, args, ctx) => ({
        ...articleEvents.resolve(article.events, args, ctx),
        totalCount: article._count.events,
      }),
    },
    totalCountFromResolver,
  ),
);

builder.prismaObjectField("Article", "agreements", (t) =>
  t.connection({
    type: Agreement,
    description: "Agreements the article reports, once each even where several passages report one.",
    select: (args, ctx, nestedSelection) => ({
      agreementReports: articleAgreements.getQuery(args, ctx, nestedSelection),
    }),
    resolve: (article, args, ctx) => articleAgreements.resolve(article.agreementReports, args, ctx),
  }),
);

builder.prismaObjectField("Event", "articles", (t) =>
  t.connection(
    {
      type: Article,
      description: "Articles that cover the event.",
      args: eventArticles.getArgs(),
      select: (args, ctx, nestedSelection) => ({
        articles: eventArticles.getQuery(args, ctx, nestedSelection),
        _count: { select: { articles: { where: { article: articleWhere(args.filter) } } } },
      }),
      resolve: (event, args, ctx) => ({
        ...eventArticles.resolve(event.articles, args, ctx),
        totalCount: event._count.articles,
      }),
    },
    totalCountFromResolver,
  ),
);

builder.prismaObjectField("Participant", "articles", (t) =>
  t.connection(
    {
      type: Article,
      description: "Articles that name the participant.",
      args: participantArticles.getArgs(),
      select: (args, ctx, nestedSelection) => ({
        articles: participantArticles.getQuery(args, ctx, nestedSelection),
        _count: { select: { articles: { where: { article: articleWhere(args.filter) } } } },
      }),
      resolve: (participant, args, ctx) => ({
        ...participantArticles.resolve(participant.articles, args, ctx),
        totalCount: participant._count.articles,
      }),
    },
    totalCountFromResolver,
  ),
);
