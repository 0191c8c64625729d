/**
 * How a statement reached the reader: speaker → the organisation that issued it → the channel (readout,
 * statement, briefing, interview, state media…) → the outlet that relayed it → the outlet that carries it.
 * Channels are read from the article's attribution by the cues of packages/api/reference/channels.yaml.
 * Where a statement came through media ("state media said"), the other outlets of its statement group that
 * fit that channel (a state-controlled outlet for state media) are the ones it was relayed from, and their
 * own chains come first.
 */
import type { Outlet, OutletAffiliation, Participant } from "@readout/db";
import { builder } from "../builder.ts";
import { type Channel, type ChannelKind, ChannelKindEnum, channelOf } from "./channels.ts";
import { Outlet as OutletRef } from "./outlet.ts";
import { Statement } from "./statement.ts";

const ChannelRef = builder.objectRef<Channel>("StatementChannel").implement({
  description: "The channel a statement came through, as the article's attribution names it.",
  fields: (t) => ({
    kind: t.field({ type: ChannelKindEnum, description: "What kind of channel.", resolve: (c) => c.kind }),
    label: t.exposeString("label", { description: "The attribution as the article words it." }),
    issuer: t.exposeString("issuer", {
      nullable: true,
      description: 'The organisation that issued it ("the Chinese Foreign Ministry"), where it is named.',
    }),
  }),
});

type ChainRole = "SPEAKER" | "ISSUER" | "CHANNEL" | "RELAYED_BY" | "CARRIED_BY";

interface ChainLink {
  role: ChainRole;
  label: string;
  kind: ChannelKind | null;
  participant: Participant | null;
  outlet: Outlet | null;
}

const ChainRoleEnum = builder.enumType("ChainRole", {
  description: "What one link of an attribution chain is.",
  values: {
    SPEAKER: { description: "Who said it." },
    ISSUER: { description: "The organisation that issued it (a ministry, a department)." },
    CHANNEL: { description: "How it was passed on (a readout, a briefing, state media…)." },
    RELAYED_BY: { description: "An outlet whose report of the same statement fits the channel named next." },
    CARRIED_BY: { description: "The outlet of the article that carries the statement." },
  } as const,
});

const ChainLinkRef = builder.objectRef<ChainLink>("ChainLink").implement({
  description: "One link of an attribution chain.",
  fields: (t) => ({
    role: t.field({ type: ChainRoleEnum, description: "What the link is.", resolve: (link) => link.role }),
    label: t.exposeString("label", { description: "The link in words." }),
    channelKind: t.field({
      type: ChannelKindEnum,
      nullable: true,
      description: "For a channel: its kind.",
      resolve: (link) => link.kind,
    }),
    participant: t.prismaField({
      type: "Participant",
      nullable: true,
      description: "For a speaker: the participant, where the article names one.",
      resolve: (_query, link) => link.participant as never,
    }),
    outlet: t.field({
      type: OutletRef,
      nullable: true,
      description: "For an outlet that relays or carries it: the outlet.",
      resolve: (link) => link.outlet,
    }),
  }),
});

type ChainOutlet = Outlet & { affiliations: OutletAffiliation[] };
type ChainStatement = {
  id: string;
  attribution: string | null;
  speakerLabel: string | null;
  speaker: Participant | null;
  article: { outletId: string; outlet: ChainOutlet };
};

const latestAffiliation = (outlet: ChainOutlet) =>
  outlet.affiliations.toSorted((a, b) => b.assertedOn.getTime() - a.assertedOn.getTime())[0]?.affiliation ??
  null;

/** Whether an outlet fits a channel that names media: any other outlet, or one a state controls. */
function fits(outlet: ChainOutlet, kind: ChannelKind): boolean {
  if (kind === "MEDIA") return true;
  if (kind === "STATE_MEDIA")
    return outlet.kind === "STATE_MEDIA" || latestAffiliation(outlet) === "STATE_CONTROLLED";
  return false;
}

/** The links before the carrying outlet: speaker, issuer and channel, through relaying outlets where named. */
function upstream(statement: ChainStatement, group: ChainStatement[], seen: Set<string>): ChainLink[] {
  seen.add(statement.id);
  const channel = channelOf(statement.attribution);
  const speaker: ChainLink = {
    role: "SPEAKER",
    label: statement.speaker?.name ?? statement.speakerLabel ?? "unnamed",
    kind: null,
    participant: statement.speaker,
    outlet: null,
  };
  const own: ChainLink[] = [];
  if (channel?.issuer && channel.issuer !== channel.label) {
    own.push({ role: "ISSUER", label: channel.issuer, kind: null, participant: null, outlet: null });
  }
  if (channel) {
    own.push({ role: "CHANNEL", label: channel.label, kind: channel.kind, participant: null, outlet: null });
  }
  if (channel && (channel.kind === "STATE_MEDIA" || channel.kind === "MEDIA")) {
    const source = group.find(
      (other) =>
        !seen.has(other.id) &&
        other.article.outletId !== statement.article.outletId &&
        fits(other.article.outlet, channel.kind),
    );
    if (source) {
      const relay: ChainLink = {
        role: "RELAYED_BY",
        label: source.article.outlet.name,
        kind: null,
        participant: null,
        outlet: source.article.outlet,
      };
      return [...upstream(source, group, seen), relay, ...own.filter((link) => link.role === "CHANNEL")];
    }
  }
  return [speaker, ...own];
}

const chainOutlet = { include: { affiliations: true } } as const;
const chainSelect = {
  speaker: true,
  article: { select: { outletId: true, outlet: chainOutlet } },
  group: {
    include: {
      statements: {
        orderBy: { id: "asc" as const },
        include: { speaker: true, article: { select: { outletId: true, outlet: chainOutlet } } },
      },
    },
  },
} as const;

builder.prismaObjectField(Statement, "channel", (t) =>
  t.field({
    type: ChannelRef,
    nullable: true,
    description:
      "The channel the statement came through, read from the attribution; null when it names none.",
    select: { attribution: true },
    resolve: (statement) => channelOf(statement.attribution),
  }),
);

builder.prismaObjectField(Statement, "chain", (t) =>
  t.field({
    type: [ChainLinkRef],
    description:
      "How the statement reached the reader: speaker → issuer → channel → relaying outlet → channel → the outlet that carries it. A statement that came through media is traced to the outlet of its statement group that fits that channel.",
    select: chainSelect,
    resolve: (statement) => {
      const self = statement as unknown as ChainStatement;
      const group = (statement.group?.statements ?? []) as unknown as ChainStatement[];
      return [
        ...upstream(self, group, new Set()),
        {
          role: "CARRIED_BY" as const,
          label: self.article.outlet.name,
          kind: null,
          participant: null,
          outlet: self.article.outlet,
        },
      ];
    },
  }),
);
