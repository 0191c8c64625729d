/**
 * Filters shared by the root and nested connections, checked here, at the edge, before any query is built:
 * a bad value is refused with the code INVALID_INPUT (or INVALID_ID for an id of the wrong kind).
 */
import type { Prisma } from "@readout/db";
import { normalizeName } from "@readout/db";
import { GraphQLError } from "graphql";
import { builder } from "../builder.ts";
import { type ChannelKind, ChannelKindEnum, channelCues, cuesOf } from "./channels.ts";
import { OutletKindEnum, SpeechModeEnum } from "./enums.ts";

export function invalidInput(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "INVALID_INPUT", field } });
}

type GlobalId = { typename: string; id: string } | null | undefined;

/** The database id behind a global id, which must name an object of the given type. */
export function idOf(globalId: GlobalId, typename: string, field: string): string | undefined {
  if (!globalId) return undefined;
  if (globalId.typename !== typename) {
    throw new GraphQLError(`${field} must be the id of a ${typename}, not of a ${globalId.typename}.`, {
      extensions: { code: "INVALID_ID", field },
    });
  }
  return globalId.id;
}

export const ArticleOrderEnum = builder.enumType("ArticleOrder", {
  description: "How to order articles.",
  values: {
    PUBLISHED_ASC: {
      description:
        "Earliest publication first, each time read as the latest moment it may stand for at its precision (a date after the timed articles of its day); articles without a known time last.",
    },
    PUBLISHED_DESC: {
      description:
        "Latest publication first, each time read as the latest moment it may stand for at its precision (a date before the timed articles of its day); articles without a known time last.",
    },
  },
});

export const ArticleFilter = builder.inputType("ArticleFilter", {
  description: "Narrows a list of articles. All given conditions must hold.",
  fields: (t) => ({
    outlet: t.globalID({ description: "Published by this outlet." }),
    outletCountries: t.stringList({
      description: "Published by outlets of these countries (ISO 3166-1 alpha-2).",
    }),
    outletKinds: t.field({ type: [OutletKindEnum], description: "Published by outlets of these kinds." }),
    publishedFrom: t.field({ type: "DateTime", description: "Published at or after this time." }),
    publishedTo: t.field({ type: "DateTime", description: "Published at or before this time." }),
    participant: t.globalID({ description: "Naming this participant." }),
    topic: t.globalID({ description: "Raising this topic, in a passage, a statement or an agreement." }),
    event: t.globalID({ description: "Covering this event." }),
  }),
});

export type ArticleFilterInput = typeof ArticleFilter.$inferInput;

/** Topics reach an article through the passages that raise them, its statements and its agreements. */
export const articleTopicWhere = (topicId: string): Prisma.ArticleWhereInput => ({
  OR: [
    { topicMentions: { some: { topicId } } },
    { statements: { some: { topics: { some: { topicId } } } } },
    { agreementReports: { some: { agreement: { topicId } } } },
  ],
});

export function articleWhere(filter: ArticleFilterInput | null | undefined): Prisma.ArticleWhereInput {
  if (!filter) return {};
  const conditions: Prisma.ArticleWhereInput[] = [];
  const countries = filter.outletCountries?.map((code) => code.trim().toUpperCase());
  for (const code of countries ?? []) {
    if (!/^[A-Z]{2}$/.test(code)) {
      throw invalidInput(`"${code}" is not an ISO 3166-1 alpha-2 country code.`, "outletCountries");
    }
  }
  if (filter.publishedFrom && filter.publishedTo && filter.publishedFrom > filter.publishedTo) {
    throw invalidInput("publishedFrom must not be later than publishedTo.", "publishedFrom");
  }
  const outletId = idOf(filter.outlet, "Outlet", "outlet");
  const participantId = idOf(filter.participant, "Participant", "participant");
  const topicId = idOf(filter.topic, "Topic", "topic");
  const eventId = idOf(filter.event, "Event", "event");
  if (outletId) conditions.push({ outletId });
  if (countries?.length) conditions.push({ outlet: { country: { in: countries } } });
  if (filter.outletKinds?.length) conditions.push({ outlet: { kind: { in: filter.outletKinds } } });
  if (filter.publishedFrom || filter.publishedTo) {
    conditions.push({
      publishedAt: { gte: filter.publishedFrom ?? undefined, lte: filter.publishedTo ?? undefined },
    });
  }
  if (participantId) conditions.push({ participants: { some: { participantId } } });
  if (topicId) conditions.push(articleTopicWhere(topicId));
  if (eventId) conditions.push({ events: { some: { eventId } } });
  return { AND: conditions };
}

/**
 * The order of an article list, on `publishedSort`: the latest moment a publication time may stand for at
 * its precision (a column the database generates, indexed for each direction), then the id. The compiled
 * reads take their order from this too, so both paths page alike.
 */
export function articleOrder(order: "PUBLISHED_ASC" | "PUBLISHED_DESC" | null | undefined) {
  const sort = order === "PUBLISHED_DESC" ? ("desc" as const) : ("asc" as const);
  return [{ publishedSort: { sort, nulls: "last" as const } }, { id: "asc" as const }];
}

export const StatementFilter = builder.inputType("StatementFilter", {
  description: "Narrows a list of statements. All given conditions must hold.",
  fields: (t) => ({
    speaker: t.globalID({ description: "Said by this participant." }),
    speakerName: t.string({ description: "Said by the participant known by this name or alias." }),
    topic: t.globalID({ description: "Touching this topic." }),
    outlet: t.globalID({ description: "Carried by this outlet." }),
    event: t.globalID({ description: "Carried by coverage of this event." }),
    mode: t.field({ type: SpeechModeEnum, description: "Quoted directly or reported." }),
    channels: t.field({
      type: [ChannelKindEnum],
      description:
        "Came through one of these channels, as the attribution names it (see `Statement.channel`); with `outlet` and `speakerSide`, everything that reached one outlet through, say, Chinese state media.",
    }),
    speakerSide: t.globalID({
      description: "Said by a participant who takes part in events on this side (a country or organisation).",
    }),
  }),
});

/**
 * Statements whose attribution names a channel of one of these kinds: a cue of the kind, and no cue of a
 * kind listed before it in channels.yaml (whose first matching kind is the channel's).
 */
function channelWhere(kinds: readonly ChannelKind[]): Prisma.StatementWhereInput {
  const order = channelCues().kinds.map((entry) => entry.kind);
  const has = (cues: string[]): Prisma.StatementWhereInput[] =>
    cues.map((cue) => ({ attribution: { contains: cue, mode: "insensitive" } }));
  const alternatives: Prisma.StatementWhereInput[] = [];
  for (const kind of new Set(kinds)) {
    if (kind === "OTHER") {
      alternatives.push({ attribution: { not: null }, NOT: { OR: has(cuesOf(order)) } });
      continue;
    }
    const before = order.slice(0, order.indexOf(kind));
    alternatives.push({
      OR: has(cuesOf([kind])),
      ...(before.length ? { NOT: { OR: has(cuesOf(before)) } } : {}),
    });
  }
  return { OR: alternatives };
}

export type StatementFilterInput = typeof StatementFilter.$inferInput;

export function statementWhere(filter: StatementFilterInput | null | undefined): Prisma.StatementWhereInput {
  if (!filter) return {};
  const conditions: Prisma.StatementWhereInput[] = [];
  const speakerId = idOf(filter.speaker, "Participant", "speaker");
  const topicId = idOf(filter.topic, "Topic", "topic");
  const outletId = idOf(filter.outlet, "Outlet", "outlet");
  const eventId = idOf(filter.event, "Event", "event");
  if (filter.speakerName !== undefined && filter.speakerName !== null) {
    const normalized = normalizeName(filter.speakerName);
    if (!normalized) throw invalidInput("speakerName must contain letters or digits.", "speakerName");
    conditions.push({ speaker: { aliases: { some: { normalized } } } });
  }
  if (speakerId) conditions.push({ speakerId });
  if (topicId) conditions.push({ topics: { some: { topicId } } });
  if (outletId) conditions.push({ article: { outletId } });
  if (eventId) conditions.push({ article: { events: { some: { eventId } } } });
  if (filter.mode) conditions.push({ mode: filter.mode });
  if (filter.channels && filter.channels.length > 0) conditions.push(channelWhere(filter.channels));
  const sideId = idOf(filter.speakerSide, "Participant", "speakerSide");
  if (sideId) {
    // On that side at some event (a speaker's side, a country or organisation, rarely changes).
    conditions.push({ speaker: { events: { some: { sideId } } } });
  }
  return { AND: conditions };
}
