/**
 * Who left out what: an event's facts (agreements, statements carried by several outlets, claimed
 * attributes, topics) × the outlets that covered it, or those outlets grouped by kind, country or state
 * affiliation. The computation is @readout/db's omissionMatrix; the event's rows load with its query.
 */
import {
  type Article as ArticleRow,
  compareAttribute,
  type EvidenceSpan,
  type Fact,
  type OmissionMatrix as Matrix,
  type MatrixCell,
  type MatrixColumn,
  type MatrixOutlet,
  type MatrixRow,
  type Outlet,
  type OutletAffiliation,
  omissionMatrix,
  summarizeCoverage,
} from "@readout/db";
import { builder } from "../builder.ts";
import { Event } from "./event.ts";
import { Outlet as OutletRef } from "./outlet.ts";

type ColumnOutlet = MatrixOutlet & { row: Outlet };

const FactKindEnum = builder.enumType("FactKind", {
  description: "What kind of fact a row of the omission matrix is.",
  values: {
    AGREEMENT: { description: "Something agreed at the event." },
    STATEMENT_GROUP: { description: "A statement, as the outlets that carry it word it." },
    CLAIM: { description: "An attribute of the event that articles make claims about (duration, place…)." },
    TOPIC: { description: "A topic that passages of the coverage raise." },
  },
});

const PresenceEnum = builder.enumType("Presence", {
  description: "Whether a column's outlets carry a fact.",
  values: {
    PRESENT: { description: "At least one of the column's outlets reports it." },
    ABSENT: { description: "None of the column's outlets reports it." },
    CONTRADICTS: {
      description: "One of the column's outlets reports a value that the other reports exclude.",
    },
  },
});

const OutletGroupingEnum = builder.enumType("OutletGrouping", {
  description: "How the columns of the omission matrix group outlets.",
  values: {
    OUTLET: { description: "One column per outlet." },
    KIND: { description: "By outlet kind (wire, state media, public broadcaster…)." },
    COUNTRY: { description: "By the outlet's country." },
    AFFILIATION: { description: "By the outlet's latest state affiliation." },
  },
});

const ColumnRef = builder.objectRef<MatrixColumn<ColumnOutlet>>("OmissionColumn").implement({
  description:
    "One column of the omission matrix: an outlet, or the outlets sharing a kind, country or affiliation.",
  fields: (t) => ({
    value: t.exposeString("value", {
      nullable: true,
      description: "The outlet's name, or the kind, country or affiliation; null where it is not known.",
    }),
    outlets: t.field({
      type: [OutletRef],
      description: "The outlets in the column, first to publish first.",
      resolve: (column) => column.outlets.map((outlet) => outlet.row),
    }),
  }),
});

const CellRef = builder.objectRef<MatrixCell<ColumnOutlet, EvidenceSpan>>("OmissionCell").implement({
  description: "Whether one column's outlets carry one fact, with their words.",
  fields: (t) => ({
    column: t.field({ type: ColumnRef, description: "The column.", resolve: (cell) => cell.column }),
    presence: t.field({
      type: PresenceEnum,
      description: "Present, absent or contradicting.",
      resolve: (cell) => cell.presence,
    }),
    reporting: t.exposeInt("reporting", { description: "How many of the column's outlets report the fact." }),
    evidence: t.prismaField({
      type: ["EvidenceSpan"],
      description: "The words with which they report it.",
      resolve: (_query, cell) => cell.evidence as never,
    }),
  }),
});

const RowRef = builder.objectRef<MatrixRow<ColumnOutlet, EvidenceSpan>>("OmissionRow").implement({
  description: "One fact across the columns.",
  fields: (t) => ({
    kind: t.field({ type: FactKindEnum, description: "What kind of fact.", resolve: (row) => row.kind }),
    key: t.exposeString("key", {
      description: "The fact's key (an agreement's, a statement group's, a topic's, or `claim:<attribute>`).",
    }),
    label: t.exposeString("label", { description: "The fact in words." }),
    cells: t.field({
      type: [CellRef],
      description: "One cell per column, in column order.",
      resolve: (row) => row.cells,
    }),
    absentIn: t.exposeInt("absentIn", { description: "How many columns leave it out entirely." }),
  }),
});

const MatrixRef = builder.objectRef<Matrix<ColumnOutlet, EvidenceSpan>>("OmissionMatrix").implement({
  description: "An event's facts × the outlets (or groups of outlets) that covered it.",
  fields: (t) => ({
    groupBy: t.field({
      type: OutletGroupingEnum,
      description: "How the columns group outlets.",
      resolve: (m) => m.groupBy,
    }),
    columns: t.field({
      type: [ColumnRef],
      description: "The columns, first publication first.",
      resolve: (m) => m.columns,
    }),
    rows: t.field({
      type: [RowRef],
      description: "The facts: agreements, statement groups, claims, topics.",
      resolve: (m) => m.rows,
    }),
  }),
});

const withOutlet = { select: { outletId: true } } as const;
const omissionSelect = {
  articles: {
    select: {
      article: {
        include: {
          outlet: { include: { affiliations: true } },
          topicMentions: { include: { topic: true, evidence: true }, orderBy: { id: "asc" as const } },
        },
      },
    },
  },
  agreements: {
    orderBy: { id: "asc" as const },
    include: { reports: { include: { article: withOutlet, evidence: true } } },
  },
  statementGroups: {
    orderBy: { key: "asc" as const },
    include: { statements: { include: { article: withOutlet, evidence: true } } },
  },
  claims: { orderBy: { id: "asc" as const }, include: { article: withOutlet, evidence: true } },
} as const;

type CoveredArticle = ArticleRow & {
  outlet: Outlet & { affiliations: OutletAffiliation[] };
  topicMentions: { topic: { key: string; name: string }; evidence: EvidenceSpan }[];
};

builder.prismaObjectField(Event, "omissions", (t) =>
  t.field({
    type: MatrixRef,
    description:
      "Who left out what: each agreement, statement carried by several outlets, claimed attribute and topic × the outlets that covered the event (or their kinds, countries or affiliations), as present, absent or contradicting.",
    args: {
      groupBy: t.arg({
        type: OutletGroupingEnum,
        defaultValue: "OUTLET",
        required: true,
        description: "One column per outlet, or per outlet kind, country or affiliation.",
      }),
    },
    select: omissionSelect,
    resolve: (event, args) => {
      const articles = event.articles.map((row) => row.article as CoveredArticle);
      const outlets: ColumnOutlet[] = summarizeCoverage(articles).outlets.map((coverage) => ({
        id: coverage.outlet.id,
        name: (coverage.outlet as Outlet).name,
        kind: coverage.outlet.kind,
        country: coverage.outlet.country,
        affiliation: coverage.stateAffiliation,
        row: coverage.outlet as Outlet,
      }));
      const facts: Fact<EvidenceSpan>[] = [];
      for (const agreement of event.agreements) {
        facts.push({
          kind: "AGREEMENT",
          key: agreement.key,
          label: agreement.summary,
          reports: agreement.reports.map((report) => ({
            outletId: report.article.outletId,
            evidence: report.evidence,
          })),
        });
      }
      for (const group of event.statementGroups) {
        facts.push({
          kind: "STATEMENT_GROUP",
          key: group.key,
          label: group.summary,
          reports: group.statements.map((statement) => ({
            outletId: statement.article.outletId,
            evidence: statement.evidence,
          })),
        });
      }
      const byAttribute = new Map<string, (typeof event.claims)[number][]>();
      for (const claim of event.claims)
        byAttribute.set(claim.attribute, [...(byAttribute.get(claim.attribute) ?? []), claim]);
      for (const [attribute, claims] of byAttribute) {
        // A claim contradicts when the attribute's claims conflict and it is not on the side most share.
        const compared = compareAttribute(attribute, claims);
        const majority = new Set(
          compared.verdict === "CONFLICT" ? (compared.sides[0]?.claims ?? []) : claims,
        );
        facts.push({
          kind: "CLAIM",
          key: `claim:${attribute}`,
          label: attribute,
          reports: claims.map((claim) => ({
            outletId: claim.article.outletId,
            evidence: claim.evidence,
            contradicts: !majority.has(claim),
          })),
        });
      }
      const topics = new Map<string, Fact<EvidenceSpan>>();
      for (const article of articles) {
        for (const mention of article.topicMentions) {
          const fact = topics.get(mention.topic.key) ?? {
            kind: "TOPIC" as const,
            key: mention.topic.key,
            label: mention.topic.name,
            reports: [],
          };
          fact.reports.push({ outletId: article.outletId, evidence: mention.evidence });
          topics.set(mention.topic.key, fact);
        }
      }
      facts.push(...[...topics.values()].sort((a, b) => a.label.localeCompare(b.label)));
      return omissionMatrix(outlets, facts, args.groupBy);
    },
  }),
);
