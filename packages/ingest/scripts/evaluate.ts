/**
 * Scores extraction against a curated dataset: runs it over each curated article's body, with the
 * dataset's participants as the known ones, and compares what it finds with what curators recorded.
 * Usage: pnpm evaluate [dataset.yaml …] [--json]   (default: the seed dataset)
 *
 * A found fact matches a curated one of its kind when their evidence spans overlap by at least half of
 * the shorter; quotes must also have the same speaker, claims the same attribute. Participants are
 * compared per article as sets of people and organisations (countries are left out). Precision is the
 * share of found facts that match; recall the share of curated facts found.
 */
import { parseArgs } from "node:util";
import { createDb, loadDatasetFile, normalizeName, SEED_DATASET } from "@readout/db";
import { extractCandidates, reference } from "../src/index.ts";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: "boolean" } } });
const files = positionals.length ? positionals : [SEED_DATASET];

interface Score {
  curated: number;
  extracted: number;
  matchedExtracted: number;
  matchedCurated: number;
}
const score = (): Score => ({ curated: 0, extracted: 0, matchedExtracted: 0, matchedCurated: 0 });
const kinds = ["participants", "roles", "quotes (with speaker)", "claims", "agreements", "topics"] as const;
const totals = Object.fromEntries(kinds.map((kind) => [kind, score()])) as Record<
  (typeof kinds)[number],
  Score
>;

type Interval = { start: number; end: number };
const overlaps = (a: Interval, b: Interval) => {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 && shared >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
};

function compare<T, U>(
  kind: (typeof kinds)[number],
  curated: T[],
  found: U[],
  same: (t: T, u: U) => boolean,
) {
  const total = totals[kind];
  total.curated += curated.length;
  total.extracted += found.length;
  total.matchedCurated += curated.filter((t) => found.some((u) => same(t, u))).length;
  total.matchedExtracted += found.filter((u) => curated.some((t) => same(t, u))).length;
}

const { vocabulary } = reference();
for (const file of files) {
  const db = await createDb({ dataDir: "memory://" });
  try {
    await db.migrate();
    await loadDatasetFile(db.prisma, file);
    const participants = await db.prisma.participant.findMany({ include: { aliases: true } });
    const known = participants.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      aliases: [...new Set([normalizeName(p.name), ...p.aliases.map((a) => a.normalized)])],
    }));
    const kindOf = new Map(participants.map((p) => [p.id, p.kind]));
    const articles = await db.prisma.article.findMany({
      include: {
        participants: true,
        statements: { include: { evidence: true } },
        claims: { include: { evidence: true } },
        agreementReports: { include: { evidence: true } },
        topicMentions: { include: { evidence: true, topic: true } },
        spans: { include: { roles: true } },
      },
    });
    for (const article of articles) {
      const found = extractCandidates(article.body, known, vocabulary, article.publishedAt);
      const of = (kind: string) => found.filter((candidate) => candidate.kind === kind);
      const people = (id: string | null) => id !== null && kindOf.get(id) !== "COUNTRY";
      compare(
        "participants",
        [...new Set(article.participants.map((p) => p.participantId).filter(people))],
        [
          ...new Set(
            of("PARTICIPANT")
              .map((c) => c.participantId)
              .filter(people),
          ),
        ],
        (t, u) => t === u,
      );
      compare(
        "roles",
        article.spans.filter((span) => span.roles.length > 0),
        of("ROLE"),
        (t, u) => overlaps(t, u.span),
      );
      compare(
        "quotes (with speaker)",
        article.statements,
        of("STATEMENT"),
        (t, u) => overlaps(t.evidence, u.span) && t.speakerId === u.participantId,
      );
      compare(
        "claims",
        article.claims,
        of("CLAIM"),
        (t, u) => overlaps(t.evidence, u.span) && t.attribute === u.data.attribute,
      );
      compare("agreements", article.agreementReports, of("AGREEMENT"), (t, u) =>
        overlaps(t.evidence, u.span),
      );
      compare(
        "topics",
        [...new Set(article.topicMentions.map((m) => m.topic.key))],
        [...new Set(of("TOPIC").map((c) => String(c.data.topic)))],
        (t, u) => t === u,
      );
    }
  } finally {
    await db.close();
  }
}

const ratio = (part: number, whole: number) => (whole ? part / whole : Number.NaN);
const rows = kinds.map((kind) => {
  const t = totals[kind];
  return {
    kind,
    curated: t.curated,
    extracted: t.extracted,
    precision: ratio(t.matchedExtracted, t.extracted),
    recall: ratio(t.matchedCurated, t.curated),
  };
});
if (values.json) {
  console.log(JSON.stringify({ datasets: files, rows }, null, 2));
} else {
  const percent = (value: number) => (Number.isNaN(value) ? "—" : `${(value * 100).toFixed(0)}%`);
  const table = [
    ["kind", "curated", "extracted", "precision", "recall"],
    ...rows.map((row) => [
      row.kind,
      String(row.curated),
      String(row.extracted),
      percent(row.precision),
      percent(row.recall),
    ]),
  ];
  const widths =
    table[0]?.map((_, column) => Math.max(...table.map((row) => (row[column] ?? "").length))) ?? [];
  console.log(`Extraction scored against ${files.length} curated dataset(s)`);
  for (const [i, row] of table.entries()) {
    console.log(
      row
        .map((cell, column) =>
          column ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
        )
        .join("  "),
    );
    if (i === 0) console.log(widths.map((width) => "-".repeat(width)).join("  "));
  }
}
