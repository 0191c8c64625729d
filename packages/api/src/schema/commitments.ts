/**
 * Commitments across meetings: agreements that later meetings restate, advance, fulfil or overtake, one
 * timeline of statuses and links with their evidence, and an alert for a commitment still open when a
 * party no longer holds the role it held when it was made. The rules are @readout/db's (commitments.ts).
 */
import {
  type Agreement as AgreementRow,
  currentStatus,
  type EvidenceSpan,
  orderTimeline,
  type Participant,
  type PartyRole,
  type RoleEndedAlert,
  roleEndedAlerts,
  type TimelineStep,
} from "@readout/db";
import DataLoader from "dataloader";
import { builder, type Context } from "../builder.ts";
import { Agreement } from "./agreement.ts";
import { AgreementStatusEnum } from "./enums.ts";

export const CommitmentLinkEnum = builder.enumType("CommitmentLink", {
  description: "How a later meeting's agreement takes up an earlier commitment.",
  values: {
    RESTATES: { description: "The same commitment made again." },
    PROGRESSES: { description: "A step towards it." },
    FULFILS: { description: "It is done." },
    OVERTAKES: { description: "A different commitment replaces it." },
  } as const,
});

builder.prismaObject("AgreementLink", {
  description: "A commitment of an earlier meeting taken up by a later meeting's agreement.",
  fields: (t) => ({
    earlier: t.relation("earlier", { description: "The earlier commitment." }),
    later: t.relation("later", { description: "The later meeting's agreement that takes it up." }),
    link: t.expose("link", { type: CommitmentLinkEnum, description: "How it takes it up." }),
    note: t.exposeString("note", { nullable: true, description: "A note on the link." }),
    evidence: t.relation("evidence", { nullable: true, description: "Words of an article that show it." }),
  }),
});

builder.prismaObjectField(Agreement, "follows", (t) =>
  t.relation("follows", { description: "Commitments of earlier meetings that this agreement takes up." }),
);
builder.prismaObjectField(Agreement, "followedBy", (t) =>
  t.relation("followedBy", { description: "Agreements of later meetings that take this commitment up." }),
);

type Step = TimelineStep<AgreementRow, EvidenceSpan>;

const StepRef = builder.objectRef<Step>("CommitmentStep").implement({
  description: "One step of a commitment's life: a status change, or a later meeting taking it up.",
  fields: (t) => ({
    on: t.field({ type: "Date", nullable: true, description: "When.", resolve: (step) => step.on }),
    agreement: t.prismaField({
      type: "Agreement",
      description: "The agreement of the meeting where the step happened.",
      resolve: (_query, step) => step.agreement as never,
    }),
    status: t.field({
      type: AgreementStatusEnum,
      nullable: true,
      description: "For a status change: the new status.",
      resolve: (step) => step.status,
    }),
    link: t.field({
      type: CommitmentLinkEnum,
      nullable: true,
      description: "For a later meeting: how it took the commitment up.",
      resolve: (step) => step.link,
    }),
    note: t.exposeString("note", { nullable: true, description: "A note." }),
    evidence: t.prismaField({
      type: "EvidenceSpan",
      nullable: true,
      description: "Words of an article that show it.",
      resolve: (_query, step) => step.evidence as never,
    }),
  }),
});

type Alert = RoleEndedAlert<Participant & { roles: PartyRole[] }>;

const RoleRef = builder.objectRef<PartyRole>("HeldRole").implement({
  description: "A role a party held when a commitment was made.",
  fields: (t) => ({
    title: t.exposeString("title", { description: "The role." }),
    validFrom: t.field({
      type: "Date",
      nullable: true,
      description: "From.",
      resolve: (role) => role.validFrom,
    }),
    validTo: t.field({
      type: "Date",
      nullable: true,
      description: "Until.",
      resolve: (role) => role.validTo,
    }),
  }),
});

const AlertRef = builder.objectRef<Alert>("CommitmentAlert").implement({
  description: "Why an open commitment may no longer hold.",
  fields: (t) => ({
    kind: t.string({
      description: "PARTY_ROLE_ENDED: a party no longer holds the role it held when the commitment was made.",
      resolve: () => "PARTY_ROLE_ENDED",
    }),
    party: t.prismaField({
      type: "Participant",
      description: "The party.",
      resolve: (_q, alert) => alert.party as never,
    }),
    roles: t.field({
      type: [RoleRef],
      description: "The roles it held then, all ended.",
      resolve: (alert) => alert.roles,
    }),
    endedOn: t.field({
      type: "Date",
      description: "When the last of them ended.",
      resolve: (alert) => alert.endedOn,
    }),
    message: t.exposeString("message", { description: "The alert in one sentence." }),
  }),
});

/** How far links are followed from one agreement (a chain of meetings longer than this is cut). */
const MAX_HOPS = 20;

type Link = Awaited<ReturnType<Context["prisma"]["agreementLink"]["findMany"]>>[number];

/**
 * The timelines of every agreement a request asks for in one turn, together: links are followed a meeting
 * at a time for all of them at once, then their agreements and evidence are read in one statement each,
 * so a list of agreements costs the same few statements as one.
 */
async function timelines(ctx: Context, keys: readonly string[]): Promise<Step[][]> {
  const ids = new Set(keys);
  let frontier = [...ids];
  const links = new Map<string, Link>();
  for (let hop = 0; hop < MAX_HOPS && frontier.length > 0; hop++) {
    const found = await ctx.prisma.agreementLink.findMany({
      where: { OR: [{ earlierId: { in: frontier } }, { laterId: { in: frontier } }] },
    });
    frontier = [];
    for (const link of found) {
      links.set(link.id, link);
      for (const id of [link.earlierId, link.laterId]) {
        if (!ids.has(id)) {
          ids.add(id);
          frontier.push(id);
        }
      }
    }
  }
  const agreements = await ctx.prisma.agreement.findMany({
    where: { id: { in: [...ids] } },
    include: { event: true, statusChanges: { include: { evidence: true } } },
  });
  const byId = new Map(agreements.map((row) => [row.id, row]));
  const evidenceIds = [...links.values()].flatMap((link) => (link.evidenceId ? [link.evidenceId] : []));
  const evidence = new Map(
    evidenceIds.length === 0
      ? []
      : (await ctx.prisma.evidenceSpan.findMany({ where: { id: { in: evidenceIds } } })).map((span) => [
          span.id,
          span,
        ]),
  );
  const neighbours = new Map<string, Link[]>();
  for (const link of links.values())
    for (const id of [link.earlierId, link.laterId])
      neighbours.set(id, [...(neighbours.get(id) ?? []), link]);

  return keys.map((key) => {
    // The agreements linked to this one, in both directions, as far as MAX_HOPS meetings.
    const component = new Set([key]);
    const own = new Map<string, Link>();
    let edge = [key];
    for (let hop = 0; hop < MAX_HOPS && edge.length > 0; hop++) {
      const next: string[] = [];
      for (const id of edge)
        for (const link of neighbours.get(id) ?? []) {
          own.set(link.id, link);
          for (const other of [link.earlierId, link.laterId])
            if (!component.has(other)) {
              component.add(other);
              next.push(other);
            }
        }
      edge = next;
    }
    const steps: Step[] = [...component].flatMap((id) =>
      (byId.get(id)?.statusChanges ?? []).map((change) => ({
        on: change.on,
        agreement: byId.get(id) as AgreementRow,
        status: change.status,
        link: null,
        note: change.note,
        evidence: change.evidence,
      })),
    );
    for (const link of own.values()) {
      const later = byId.get(link.laterId);
      if (!later) continue;
      steps.push({
        on: later.event.startsAt,
        agreement: later,
        status: null,
        link: link.link,
        note: link.note,
        evidence: link.evidenceId ? (evidence.get(link.evidenceId) ?? null) : null,
      });
    }
    return orderTimeline(steps);
  });
}

const timelineLoaders = new WeakMap<Context, DataLoader<string, Step[]>>();

builder.prismaObjectField(Agreement, "timeline", (t) =>
  t.field({
    type: [StepRef],
    description:
      "The commitment's life across meetings: its status changes and those of the agreements linked to it, earlier and later, and each meeting that took it up, in time order with evidence.",
    resolve: async (agreement, _args, ctx, info) => {
      // A mutation's answer reads afresh: a later mutation of the same request may have changed the links.
      if (info.operation.operation !== "query") return (await timelines(ctx, [agreement.id]))[0] ?? [];
      let loader = timelineLoaders.get(ctx);
      if (!loader) {
        loader = new DataLoader((keys) => timelines(ctx, keys));
        timelineLoaders.set(ctx, loader);
      }
      return loader.load(agreement.id);
    },
  }),
);

builder.prismaObjectField(Agreement, "alerts", (t) =>
  t.field({
    type: [AlertRef],
    description:
      "Why the commitment may no longer hold: a party no longer holds the role it held when it was made, while the commitment is still open and no later meeting has fulfilled or overtaken it.",
    args: {
      asOf: t.arg({ type: "Date", description: "Judge as of this day (default: today)." }),
    },
    select: {
      event: { select: { startsAt: true } },
      statusChanges: { select: { status: true, on: true } },
      followedBy: { select: { link: true } },
      parties: { select: { participant: { include: { roles: true } } } },
    },
    resolve: (agreement, args) => {
      if (agreement.followedBy.some((link) => link.link === "FULFILS" || link.link === "OVERTAKES"))
        return [];
      return roleEndedAlerts(
        agreement.parties.map((party) => party.participant),
        agreement.event.startsAt,
        currentStatus(agreement.statusChanges),
        args.asOf ?? new Date(),
      );
    },
  }),
);
