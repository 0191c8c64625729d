/**
 * The comparative answers: who covered an event and from where, how each outlet words each agreement,
 * and where the sources disagree on the event's attributes. The computations live in @readout/db's
 * comparison module; the fields read what they compare with one statement per event and request
 * (event-facts.ts), so a deep comparison stays a fixed number of SQL statements.
 */
import {
  type AttributeComparison,
  type ClaimSide,
  type CoverageCount,
  compareAgreement,
  compareClaims,
  type Outlet,
  type OutletCoverage,
  type ScopeComparison,
  summarizeCoverage,
} from "@readout/db";
import { builder, type Context } from "../builder.ts";
import { Agreement } from "./agreement.ts";
import { Article } from "./article.ts";
import { type Carried, carries } from "./article-rows.ts";
import { Claim } from "./claim.ts";
import { StateAffiliationEnum, TimePrecisionEnum, WordingStrengthEnum } from "./enums.ts";
import { Event } from "./event.ts";
import { eventFacts, type FactArticle, type FactClaim, type FactReport } from "./event-facts.ts";
import { Outlet as OutletRef } from "./outlet.ts";

// Articles come without their bodies (Article.body reads a missing body when it is asked for).
type CoveredArticle = FactArticle;

const CoverageCountRef = builder.objectRef<CoverageCount>("CoverageCount").implement({
  description: "How many outlets and articles share one value (an outlet kind, a country, an affiliation).",
  fields: (t) => ({
    value: t.exposeString("value", { nullable: true, description: "The value; null where it is not known." }),
    outlets: t.exposeInt("outlets", { description: "How many outlets." }),
    articles: t.exposeInt("articles", { description: "How many articles." }),
  }),
});

const OutletCoverageRef = builder.objectRef<OutletCoverage<CoveredArticle>>("OutletCoverage").implement({
  description: "One outlet's coverage of an event.",
  fields: (t) => ({
    outlet: t.field({ type: OutletRef, description: "The outlet.", resolve: (coverage) => coverage.outlet }),
    stateAffiliation: t.field({
      type: StateAffiliationEnum,
      nullable: true,
      description: "The latest sourced assertion of the outlet's relation to the state.",
      resolve: (coverage) => coverage.stateAffiliation,
    }),
    articles: t.field({
      type: [Article],
      description: "Its articles about the event, earliest first.",
      // Without their bodies: Article.body reads a missing body when it is asked for.
      resolve: (coverage) => coverage.articles as never,
    }),
    firstArticle: t.field({
      type: Article,
      description: "Its first article about the event.",
      resolve: (coverage) => coverage.first as never,
    }),
    firstPublishedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When its first article was published, to `firstPublishedPrecision`.",
      resolve: (coverage) => coverage.first.publishedAt,
    }),
    firstPublishedPrecision: t.field({
      type: TimePrecisionEnum,
      description: "How precisely that time is known.",
      resolve: (coverage) => coverage.first.publishedPrecision,
    }),
  }),
});

type Coverage = ReturnType<typeof summarizeCoverage<CoveredArticle>>;

const EventCoverageRef = builder.objectRef<Coverage>("EventCoverage").implement({
  description: "Who covered an event, from where, and when.",
  fields: (t) => ({
    articleCount: t.exposeInt("articleCount", { description: "How many articles cover the event." }),
    outletCount: t.exposeInt("outletCount", { description: "How many outlets cover it." }),
    outlets: t.field({
      type: [OutletCoverageRef],
      description: "Each outlet's coverage, the first to publish first.",
      resolve: (coverage) => coverage.outlets,
    }),
    byKind: t.field({
      type: [CoverageCountRef],
      description: "Outlets and articles by outlet kind.",
      resolve: (coverage) => coverage.byKind,
    }),
    byCountry: t.field({
      type: [CoverageCountRef],
      description: "Outlets and articles by outlet country (ISO 3166-1 alpha-2).",
      resolve: (coverage) => coverage.byCountry,
    }),
    byStateAffiliation: t.field({
      type: [CoverageCountRef],
      description: "Outlets and articles by the outlets' latest state affiliation.",
      resolve: (coverage) => coverage.byAffiliation,
    }),
  }),
});

builder.prismaObjectField(Event, "coverage", (t) =>
  t.field({
    type: EventCoverageRef,
    description:
      "Who covered the event, from where and when, with counts by outlet kind, country and affiliation.",
    resolve: async (event, _args, ctx, info) =>
      summarizeCoverage((await eventFacts(ctx, event.id, info)).coverage),
  }),
);

// Agreements across outlets.

type ReportRow = FactReport;

/**
 * What the facts' claims and reports carry (event-facts.ts): their article with its outlet (not the
 * outlet's affiliations, which their field orders), and their evidence.
 */
const FACT_ROW: Carried = { article: { outlet: {} }, evidence: {} };

/** The claims as a field's query asks for them: as read with the facts, or read again through Prisma. */
async function claimsAsAsked(ctx: Context, query: unknown, claims: { id: string }[]): Promise<never> {
  if (carries(query, FACT_ROW)) return claims as never;
  const read = await ctx.prisma.claim.findMany({
    ...(query as object),
    where: { id: { in: claims.map((claim) => claim.id) } },
  });
  const byId = new Map(read.map((claim) => [claim.id, claim]));
  return claims.map((claim) => byId.get(claim.id)) as never;
}
type Compared = ReturnType<typeof compareAgreement<ReportRow>> & { outletsById: Map<string, Outlet> };

const OutletReportsRef = builder
  .objectRef<Compared["outlets"][number] & { outlet: Outlet }>("OutletAgreementReports")
  .implement({
    description: "How one outlet reports an agreement.",
    fields: (t) => ({
      outlet: t.field({ type: OutletRef, description: "The outlet.", resolve: (row) => row.outlet }),
      strongest: t.field({
        type: WordingStrengthEnum,
        description: "The strongest wording the outlet uses for it.",
        resolve: (row) => row.strongest,
      }),
      reports: t.prismaField({
        type: ["AgreementReport"],
        description: "The outlet's reports of it, strongest first.",
        resolve: async (query, row, _args, ctx) => {
          const reports = row.reports as FactReport[];
          if (carries(query, FACT_ROW)) return reports as never;
          const read = await ctx.prisma.agreementReport.findMany({
            ...query,
            where: { id: { in: reports.map((report) => report.id) } },
          });
          const byId = new Map(read.map((report) => [report.id, report]));
          return reports.map((report) => byId.get(report.id)) as never;
        },
      }),
    }),
  });

const AgreementComparisonRef = builder.objectRef<Compared>("AgreementComparison").implement({
  description: "An agreement across the outlets that covered its event.",
  fields: (t) => ({
    outlets: t.field({
      type: [OutletReportsRef],
      description: "Outlets that report the agreement, strongest wording first.",
      resolve: (compared) =>
        compared.outlets.map((row) => ({ ...row, outlet: compared.outletsById.get(row.outletId) as Outlet })),
    }),
    silentOutlets: t.field({
      type: [OutletRef],
      description: "Outlets that covered the event but do not report the agreement.",
      resolve: (compared) => compared.silentOutletIds.map((id) => compared.outletsById.get(id) as Outlet),
    }),
    strongest: t.field({
      type: WordingStrengthEnum,
      nullable: true,
      description: "The strongest wording of any report.",
      resolve: (compared) => compared.strongest,
    }),
    weakest: t.field({
      type: WordingStrengthEnum,
      nullable: true,
      description: "The weakest wording of any report.",
      resolve: (compared) => compared.weakest,
    }),
    strengthDiffers: t.exposeBoolean("strengthDiffers", {
      description:
        "Whether outlets word the agreement with different strength (each by its strongest words).",
    }),
  }),
});

builder.prismaObjectField(Agreement, "comparison", (t) =>
  t.field({
    type: AgreementComparisonRef,
    description:
      "Each outlet's reports with their strength, and the outlets that covered the event but are silent.",
    resolve: async (agreement, _args, ctx, info) => {
      const facts = await eventFacts(ctx, agreement.eventId, info);
      const reports = facts.reportsByAgreement.get(agreement.id) ?? [];
      const outletsById = new Map<string, Outlet>();
      for (const article of facts.coverage) outletsById.set(article.outlet.id, article.outlet);
      for (const report of reports) outletsById.set(report.article.outlet.id, report.article.outlet);
      const covering = facts.coverage.map((article) => article.outlet.id);
      return { ...compareAgreement<ReportRow>(reports, covering), outletsById };
    },
  }),
);

// Where the sources disagree.

type ClaimRow = Parameters<typeof compareClaims>[0][number] & {
  id: string;
  article: { outlet: Outlet };
} & Record<string, unknown>;

const VerdictEnum = builder.enumType("ClaimVerdict", {
  description: "What the claims about one attribute of an event add up to.",
  values: {
    CONSISTENT: { description: "Every claim allows a common value." },
    EXPLAINED_BY_SCOPE: {
      description: "Claims differ only between scopes (e.g. the talks alone vs the talks with dinner).",
    },
    CONFLICT: { description: "Claims about the same scope exclude each other." },
    DIFFERENT_WORDS: {
      description:
        "Set-valued claims (how the talks were characterised) use different descriptors: see `shared`, and each side's `added` and `missing`.",
    },
  },
});

const ClaimSideRef = builder.objectRef<ClaimSide<ClaimRow>>("ClaimSide").implement({
  description: "Claims that agree with each other, and the value they all allow.",
  fields: (t) => ({
    claims: t.prismaField({
      type: [Claim],
      description: "The claims.",
      resolve: (query, side, _args, ctx) => claimsAsAsked(ctx, query, side.claims),
    }),
    outlets: t.field({
      type: [OutletRef],
      description: "The outlets that make them.",
      resolve: (side) => [
        ...new Map(side.claims.map((claim) => [claim.article.outlet.id, claim.article.outlet])).values(),
      ],
    }),
    min: t.float({
      nullable: true,
      description: "Lowest value all claims allow (numeric claims).",
      resolve: (side) => side.min,
    }),
    max: t.float({
      nullable: true,
      description: "Highest value all claims allow; null when unbounded or not numeric.",
      resolve: (side) => side.max,
    }),
    unit: t.string({
      nullable: true,
      description: "Unit of `min` and `max`.",
      resolve: (side) => (side.claims[0]?.unit as string | null | undefined) ?? null,
    }),
    value: t.exposeString("value", {
      nullable: true,
      description: "The value the claims share (other claims).",
    }),
    scopes: t.field({
      type: ["String"],
      description: "The scopes of the claims; claims naming none are left out.",
      resolve: (side) => side.scopes.filter((scope): scope is string => scope !== null),
    }),
    descriptors: t.stringList({
      nullable: true,
      description: "Set-valued claims (characterisations): the descriptors these claims use.",
      resolve: (side) => side.descriptors,
    }),
    added: t.stringList({
      nullable: true,
      description: "Set-valued claims: the descriptors these claims use beyond what every claim shares.",
      resolve: (side) => side.added,
    }),
    missing: t.stringList({
      nullable: true,
      description: "Set-valued claims: the descriptors that other claims use and these leave out.",
      resolve: (side) => side.missing,
    }),
  }),
});

const ScopeComparisonRef = builder.objectRef<ScopeComparison<ClaimRow>>("ScopeComparison").implement({
  description: "The claims about one attribute that share a scope.",
  fields: (t) => ({
    scope: t.exposeString("scope", {
      nullable: true,
      description: "What the values cover; null when unstated.",
    }),
    verdict: t.field({
      type: VerdictEnum,
      description: "Whether they agree.",
      resolve: (scope) => scope.verdict,
    }),
    sides: t.field({
      type: [ClaimSideRef],
      description: "The groups that agree.",
      resolve: (scope) => scope.sides,
    }),
  }),
});

const AttributeComparisonRef = builder
  .objectRef<AttributeComparison<ClaimRow>>("AttributeComparison")
  .implement({
    description: "What the sources say about one attribute of an event, and whether they agree.",
    fields: (t) => ({
      attribute: t.exposeString("attribute", {
        description: "The attribute: duration, place, date, attendees…",
      }),
      verdict: t.field({
        type: VerdictEnum,
        description: "Computed from the claims.",
        resolve: (c) => c.verdict,
      }),
      claims: t.prismaField({
        type: [Claim],
        description: "Every claim about it.",
        resolve: (query, c, _args, ctx) => claimsAsAsked(ctx, query, c.claims),
      }),
      scopes: t.field({
        type: [ScopeComparisonRef],
        description: "The claims by scope.",
        resolve: (c) => c.scopes,
      }),
      sides: t.field({
        type: [ClaimSideRef],
        description:
          "The groups that agree: one when consistent, one per scope when explained by scope, the camps of a conflict.",
        resolve: (c) => c.sides,
      }),
      explanation: t.exposeString("explanation", {
        description: "The verdict in one sentence, with the values (and scopes) that decide it.",
      }),
      shared: t.stringList({
        nullable: true,
        description: "Set-valued claims (characterisations): the descriptors every claim uses.",
        resolve: (c) => c.shared,
      }),
      outletCount: t.int({
        description: "How many outlets make claims about it.",
        resolve: (c) => new Set(c.claims.map((claim) => claim.article.outlet.id)).size,
      }),
    }),
  });

builder.prismaObjectField(Event, "discrepancies", (t) =>
  t.field({
    type: [AttributeComparisonRef],
    description: "For each attribute the coverage makes claims about, the claims and the computed verdict.",
    args: { attribute: t.arg.string({ description: "Only this attribute, e.g. duration." }) },
    resolve: async (event, args, ctx, info) => {
      const { claims } = await eventFacts(ctx, event.id, info);
      const asked: FactClaim[] = args.attribute
        ? claims.filter((c) => c.attribute === args.attribute)
        : claims;
      return compareClaims(asked as unknown as ClaimRow[]);
    },
  }),
);
