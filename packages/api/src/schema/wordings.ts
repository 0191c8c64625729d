/**
 * The same statement in different words: for a curated statement group, how alike its versions are and
 * which words each adds; for an event, the groups computed from the coverage (one speaker, two outlets or
 * more, wordings alike), with the curated group where they match one. The rules are @readout/db's
 * (comparison/statements.ts).
 */
import {
  compareWordings,
  type StatementGroup as GroupRow,
  groupStatements,
  type Participant,
  type Statement as StatementRow,
  type Version,
  type Wording,
} from "@readout/db";
import { GraphQLError } from "graphql";
import { builder } from "../builder.ts";
import { Event } from "./event.ts";
import { StatementGroup } from "./statement.ts";

type Row = StatementRow & { evidence: { exact: string }; article: { outletId: string } };

const VersionRef = builder.objectRef<Version<Row>>("StatementVersion").implement({
  description: "One outlet's version of a statement, compared with the others.",
  fields: (t) => ({
    statement: t.prismaField({
      type: "Statement",
      description: "The statement as this outlet carries it.",
      resolve: (_query, version) => version.statement as never,
    }),
    similarity: t.exposeFloat("similarity", {
      description: "How alike its words are to the other versions', on average (0–1).",
    }),
    differing: t.exposeStringList("differing", {
      description: "Its words (three letters or more) that not every version uses, in order.",
    }),
  }),
});

const WordingRef = builder.objectRef<Wording<Row>>("StatementWording").implement({
  description: "How the versions of one statement word it.",
  fields: (t) => ({
    similarity: t.exposeFloat("similarity", {
      description: "The likeness of the least alike pair of versions (0–1; 1 for one version).",
    }),
    shared: t.exposeStringList("shared", { description: "Words every version uses." }),
    versions: t.field({ type: [VersionRef], description: "Each version.", resolve: (w) => w.versions }),
  }),
});

// Whole rows: the versions are served as Statement objects, whose evidence and article a query may select
// further.
const withWords = {
  orderBy: { id: "asc" as const },
  include: { evidence: true, article: true },
} as const;

builder.prismaObjectField(StatementGroup, "wording", (t) =>
  t.field({
    type: WordingRef,
    description: "How alike the versions are, the words they share, and the words each adds.",
    select: { statements: withWords },
    resolve: (group) =>
      compareWordings(
        (group.statements as Row[]).map((row) => ({ statement: row, text: row.evidence.exact })),
      ),
  }),
);

interface Computed {
  speaker: Participant;
  wording: Wording<Row>;
  curated: GroupRow | null;
}

const ComputedRef = builder.objectRef<Computed>("ComputedStatementGroup").implement({
  description:
    "Statements of one speaker that several outlets carry in alike words, found from the coverage.",
  fields: (t) => ({
    speaker: t.prismaField({
      type: "Participant",
      description: "Who said it.",
      resolve: (_q, g) => g.speaker as never,
    }),
    wording: t.field({ type: WordingRef, description: "The versions compared.", resolve: (g) => g.wording }),
    curated: t.prismaField({
      type: "StatementGroup",
      nullable: true,
      description: "The curated group holding every version, if there is one.",
      resolve: (_q, g) => g.curated as never,
    }),
  }),
});

builder.prismaObjectField(Event, "computedStatementGroups", (t) =>
  t.field({
    type: [ComputedRef],
    description:
      "The same statement carried by several outlets, found by comparing wordings: statements of one named speaker in two outlets or more whose words are at least `threshold` alike (Dice coefficient of their words), most versions first. Curated groups (`statementGroups`) are kept as they are; `curated` names the one a computed group matches.",
    args: {
      threshold: t.arg.float({
        defaultValue: 0.4,
        required: true,
        description: "How alike two versions must be, 0–1.",
      }),
    },
    select: {
      articles: {
        select: {
          article: {
            select: {
              statements: { ...withWords, include: { ...withWords.include, speaker: true, group: true } },
            },
          },
        },
      },
    },
    resolve: (event, args) => {
      if (!(args.threshold > 0 && args.threshold <= 1)) {
        throw new GraphQLError("threshold must be above 0 and at most 1.", {
          extensions: { code: "INVALID_INPUT", field: "threshold" },
        });
      }
      type Full = Row & { speaker: Participant | null; group: GroupRow | null };
      const rows = event.articles.flatMap((entry) => entry.article.statements) as Full[];
      const byId = new Map(rows.map((row) => [row.id, row]));
      const groups = groupStatements(
        rows.map((row) => ({
          id: row.id,
          speakerId: row.speakerId,
          outletId: row.article.outletId,
          text: row.evidence.exact,
        })),
        args.threshold,
      );
      return groups.map((members) => {
        const full = members.map((member) => byId.get(member.id) as Full);
        const first = full[0] as Full;
        const curated = full.every((row) => row.groupId !== null && row.groupId === first.groupId)
          ? first.group
          : null;
        return {
          speaker: first.speaker as Participant,
          wording: compareWordings(full.map((row) => ({ statement: row, text: row.evidence.exact }))),
          curated,
        };
      });
    },
  }),
);
