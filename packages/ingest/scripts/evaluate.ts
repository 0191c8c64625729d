/**
 * Scores import against curated datasets: imports every captured text exactly as `readout import <file>`
 * does (importPage; with `--url` where the dataset gives the address the text was captured from, as a
 * user who knows it would) and compares what was stored with what curators recorded.
 *
 * Usage: pnpm evaluate [--json] [dataset.yaml …]
 *   default: the seed, the made-up meeting (tests/fixtures) and every packages/ingest/eval/<set>/dataset.yaml
 *        pnpm evaluate --check [dataset.yaml …]
 *   loads each dataset with the dataset loader into a fresh database holding the seed and reports what it
 *   rejects (exit 1), without importing anything
 *
 * Texts are imported in a fixed order (datasets as given, sources in dataset order) into one fresh
 * in-memory database that holds the seed dataset; the seed's own page goes into a second fresh database
 * without it, so that it is not found stored already. The rules of comparison are in src/evaluation.ts
 * and packages/ingest/eval/README.md. Progress goes to stderr; the table (or JSON) to stdout. Low scores
 * still exit 0; a dataset that does not resolve exits 1 after the others are scored.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  createDb,
  type Dataset,
  DatasetError,
  datasetSchema,
  loadDatasetFile,
  PROJECT_ROOT,
  SEED_DATASET,
  seed,
} from "@readout/db";
import { parse as parseYaml } from "yaml";
import {
  buildRegistry,
  type EventItem,
  type GoldText,
  goldTexts,
  KINDS,
  type Named,
  precision,
  ratio,
  recall,
  type StoredArticle,
  scoreEvents,
  scoreText,
  summarize,
  type TextScore,
} from "../src/evaluation.ts";
import { ImportError, importPage, reference } from "../src/index.ts";

const MADE_UP_DATASET = fileURLToPath(
  new URL("tests/fixtures/2031-03-04-norland-sudria-geneva/dataset.yaml", PROJECT_ROOT),
);
const EVAL_DIR = fileURLToPath(new URL("packages/ingest/eval/", PROJECT_ROOT));

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: "boolean" }, check: { type: "boolean" } },
});

function defaultDatasets(): string[] {
  const sets = existsSync(EVAL_DIR)
    ? readdirSync(EVAL_DIR, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => path.join(EVAL_DIR, entry.name, "dataset.yaml"))
        .filter((file) => existsSync(file))
        .sort()
    : [];
  return [SEED_DATASET, MADE_UP_DATASET, ...sets];
}

// Paths are read from where the command was typed (pnpm runs the script in packages/ingest).
const cwd = process.env.INIT_CWD ?? process.cwd();
const files = (positionals.length ? positionals : defaultDatasets()).map((file) => path.resolve(cwd, file));
const progress = (line: string) => process.stderr.write(`${line}\n`);
const sha = (text: string) => createHash("sha256").update(text).digest("hex");

async function readDataset(file: string): Promise<Dataset> {
  const parsed = datasetSchema.safeParse(parseYaml(await readFile(file, "utf8")));
  if (!parsed.success) {
    throw new Error(
      `${file} is not a valid dataset:\n${parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`).join("\n")}`,
    );
  }
  return parsed.data;
}

interface Text {
  datasetFile: string;
  dataset: Dataset;
  name: string;
  sourceKey: string;
  file: string;
  content: string;
  /** The address the text was captured from, when the dataset gives one: passed as `--url` would. */
  url: string | undefined;
}

// --check: load each dataset with the dataset loader into a fresh database holding the seed, as a curator
// would, and report what it rejects; nothing is imported or scored.
if (values.check) {
  let rejected = 0;
  // Without the seed first (quick); again with it when the dataset names seed entities it does not define.
  const load = async (file: string, seeded: boolean) => {
    const db = await createDb({ dataDir: "memory://" });
    try {
      await db.migrate();
      if (seeded) await seed(db.prisma);
      return await loadDatasetFile(db.prisma, file);
    } finally {
      await db.close();
    }
  };
  for (const file of files) {
    const name = path.relative(cwd, file);
    try {
      const report = await load(file, false).catch((error: unknown) => {
        const unknownKey =
          error instanceof DatasetError && error.issues.some((issue) => issue.message.startsWith("unknown "));
        if (unknownKey) return load(file, true);
        throw error;
      });
      console.log(
        `${name}: valid (${report.articles} articles, ${report.statements} statements, ${report.claims} claims, ${report.reports} agreement reports)`,
      );
    } catch (error) {
      rejected += 1;
      console.log(`${name}: ${(error as Error).message}`);
    }
  }
  process.exit(rejected ? 1 : 0);
}

let failed = false;
const datasets = new Map<string, Dataset>();
for (const file of files) {
  try {
    datasets.set(file, await readDataset(file));
  } catch (error) {
    failed = true;
    progress((error as Error).message);
  }
}
// Entities by key: a dataset may name the seed's participants and outlets without defining them.
const registryDatasets = [...datasets.values()];
for (const extra of [SEED_DATASET, MADE_UP_DATASET]) {
  if (!datasets.has(extra)) registryDatasets.unshift(await readDataset(extra));
}
const registry = buildRegistry(registryDatasets);
const countries: Named[] = [...registry.participants.values()].filter((p) => p.kind === "COUNTRY");
const referenceOutlets = reference().outlets;

// Every text, checked against its own file before anything is imported.
const texts: Text[] = [];
for (const [file, dataset] of datasets) {
  const name = path.basename(path.dirname(file));
  const contents = new Map<string, string>();
  const paths = new Map<string, string>();
  for (const source of dataset.sources) {
    const at = path.resolve(path.dirname(file), source.file);
    paths.set(source.key, at);
    const content = await readFile(at, "utf8").catch(() => undefined);
    if (content !== undefined) contents.set(source.key, content);
  }
  const { issues } = goldTexts(dataset, {
    name,
    files: paths,
    sourceText: (key) => contents.get(key),
    registry,
    referenceOutlets,
  });
  if (issues.length > 0) {
    failed = true;
    progress(
      `${file} does not resolve; it is left out:\n${issues.map((i) => `  - ${i.path}: ${i.message}`).join("\n")}`,
    );
    continue;
  }
  for (const source of dataset.sources) {
    const content = contents.get(source.key);
    const at = paths.get(source.key);
    if (content === undefined || at === undefined) continue;
    if (!dataset.articles.some((article) => article.source === source.key)) continue;
    texts.push({
      datasetFile: file,
      dataset,
      name: `${name}/${source.key}`,
      sourceKey: source.key,
      file: at,
      content,
      url: source.url ?? undefined,
    });
  }
}

// The seed's own pages: imported into a database without the seed, where they are not stored already.
const seedPages = new Set<string>();
for (const source of (await readDataset(SEED_DATASET)).sources) {
  const content = await readFile(path.resolve(path.dirname(SEED_DATASET), source.file), "utf8");
  seedPages.add(sha(content));
}
const groups = [
  { name: "with-seed", seeded: true, texts: texts.filter((t) => !seedPages.has(sha(t.content))) },
  { name: "without-seed", seeded: false, texts: texts.filter((t) => seedPages.has(sha(t.content))) },
].filter((group) => group.texts.length > 0);

const scores: TextScore[] = [];
const eventItems: EventItem[] = [];
const timings: { name: string; seconds: number }[] = [];
let done = 0;
for (const group of groups) {
  const db = await createDb({ dataDir: "memory://" });
  try {
    await db.migrate();
    if (group.seeded) await seed(db.prisma);
    const existing = await db.prisma.event.findMany({ select: { id: true, key: true } });
    const existingIds = new Set(existing.map((e) => e.id));
    const existingKeys = new Set(existing.map((e) => e.key));
    for (const text of group.texts) {
      done += 1;
      const started = performance.now();
      let error: string | undefined;
      let documentId: string | null = null;
      try {
        const result = await importPage(db.prisma, {
          content: text.content,
          mediaType: /\.x?html?$/i.test(text.file) ? "text/html" : "text/plain",
          fileName: path.basename(text.file),
          url: text.url,
        });
        documentId = result.documentId;
      } catch (caught) {
        // A refusal, or a failure of import itself: the text counts as one where nothing was found.
        error =
          caught instanceof ImportError
            ? `refused (${caught.code}): ${caught.message}`
            : `failed: ${String((caught as Error).message ?? caught).split("\n")[0]}`;
      }
      const seconds = (performance.now() - started) / 1000;
      timings.push({ name: text.name, seconds });
      const stored = documentId ? await storedArticles(db.prisma, documentId, existingIds) : null;
      progress(
        `[${done}/${texts.length}] ${text.name}: ${error ?? `${stored?.articles.length ?? 0} article(s)`} in ${seconds.toFixed(1)} s`,
      );
      // Gold offsets in the text import stored (the same as the file's for plain text); for a page
      // whose stored text differs (HTML), in the file's text, which then matches only by chance.
      let gold = resolve(text, stored?.text ?? text.content);
      if (!gold) {
        progress(
          `  ${text.name}: the curated quotes do not resolve in the stored text; offsets of the file used`,
        );
        gold = resolve(text, text.content);
      }
      if (!gold) continue;
      const score = scoreText(gold, stored?.articles ?? [], {
        countries,
        sourceText: stored?.text ?? text.content,
        ...(error ? { error } : {}),
      });
      scores.push(score);
      const byId = new Map((stored?.articles ?? []).map((a) => [a.id, a]));
      for (const article of score.articles) {
        eventItems.push({
          group: group.name,
          article: `${text.name}/${article.key}`,
          gold: gold.articles.find((g) => g.key === article.key)?.events ?? [],
          linked: (article.storedId && byId.get(article.storedId)?.events) || [],
          existingKeys,
        });
      }
    }
  } finally {
    await db.close();
  }
}

function resolve(text: Text, sourceText: string): GoldText | null {
  const { texts: resolved, issues } = goldTexts(text.dataset, {
    name: path.basename(path.dirname(text.datasetFile)),
    files: new Map([[text.sourceKey, text.file]]),
    sourceText: (key) => (key === text.sourceKey ? sourceText : undefined),
    registry,
    referenceOutlets,
    only: [text.sourceKey],
  });
  return issues.length === 0 ? (resolved[0] ?? null) : null;
}

async function storedArticles(
  prisma: Awaited<ReturnType<typeof createDb>>["prisma"],
  documentId: string,
  existingEvents: Set<string>,
): Promise<{ text: string; articles: StoredArticle[] }> {
  const document = await prisma.sourceDocument.findUniqueOrThrow({
    where: { id: documentId },
    select: {
      text: true,
      articles: {
        orderBy: { sourceStart: "asc" },
        include: {
          outlet: { select: { key: true, name: true } },
          bylines: { orderBy: { position: "asc" }, select: { name: true } },
          events: { include: { event: { select: { id: true, key: true } } } },
          candidates: {
            include: {
              evidence: { select: { start: true, end: true } },
              participant: {
                select: { key: true, name: true, kind: true, aliases: { select: { alias: true } } },
              },
            },
          },
        },
      },
    },
  });
  return {
    text: document.text,
    articles: document.articles.map((a) => ({
      id: a.id,
      start: a.sourceStart,
      end: a.sourceEnd,
      title: a.title,
      outlet: a.outlet,
      genre: a.genre,
      publishedAt: a.publishedAt,
      publishedPrecision: a.publishedPrecision,
      bylines: a.bylines.map((b) => b.name),
      events: a.events.map((link) => ({
        id: link.event.id,
        key: link.event.key,
        existing: existingEvents.has(link.event.id),
      })),
      candidates: a.candidates.map((c) => ({
        kind: c.kind,
        // Candidate spans are offsets in the article body: moved to offsets in the source text.
        start: a.sourceStart + c.evidence.start,
        end: a.sourceStart + c.evidence.end,
        participant: c.participant && {
          key: c.participant.key,
          name: c.participant.name,
          kind: c.participant.kind,
          aliases: c.participant.aliases.map((alias) => alias.alias),
        },
        data: (c.data && typeof c.data === "object" && !Array.isArray(c.data) ? c.data : {}) as Record<
          string,
          unknown
        >,
      })),
    })),
  };
}

// ---------------------------------------------------------------------------------------------------
// Report

const summary = summarize(scores);
const events = scoreEvents(eventItems);
const rows = KINDS.map((kind) => ({
  kind,
  gold: summary.counts[kind].gold,
  found: summary.counts[kind].found,
  precision: precision(summary.counts[kind]),
  recall: recall(summary.counts[kind]),
}));
const a = summary.articles;
/** The targets of issue 10 on unseen coverage, shown next to the scores. */
const KIND_TARGETS: Partial<Record<(typeof KINDS)[number], string>> = {
  participants: "P≥85% R≥95%",
  "quotes (speaker)": "P≥80% R≥80%",
  "durations (value+scope)": "P≥90%",
  agreements: "P≥85% R≥85%",
  "agreement strength": "≥90%",
};
const articleRows = [
  { what: "article found", right: a.found, of: a.gold },
  { what: "outlet right", right: a.outlet, of: a.gold, target: "≥90%" },
  { what: "headline right", right: a.headline, of: a.gold, target: "≥80%" },
  {
    what: "stated publication date right",
    right: a.dateStated.right,
    of: a.dateStated.of,
    target: "≥90%",
  },
  { what: "no date where none is stated", right: a.dateUnstated.right, of: a.dateUnstated.of },
  { what: "bylines right", right: a.bylines, of: a.gold },
  { what: "genre right", right: a.genre, of: a.gold },
  { what: "event linked right", right: events.right, of: events.articles, target: "≥90%" },
  { what: "linked to exactly one event", right: events.exactlyOne, of: events.articles },
  {
    what: "texts stating no agreement that yield none",
    right: summary.noAgreement.right,
    of: summary.noAgreement.of,
    target: "all",
  },
].map((row) => ({ target: "", ...row, rate: ratio(row.right, row.of) }));
const pairs = events.pairs;
const clustering = {
  goldPairs: pairs.gold,
  foundPairs: pairs.found,
  precision: ratio(pairs.both, pairs.found),
  recall: ratio(pairs.both, pairs.gold),
};

const perText = scores.map((score) => {
  const rate = (test: (x: TextScore["articles"][number]) => boolean) =>
    `${score.articles.filter(test).length}/${score.articles.length}`;
  const eventRight = score.articles.filter((x) => {
    const group = groups.find((g) => g.texts.some((t) => t.name === score.name))?.name ?? "";
    return events.byArticle.get(`${group}\u0000${score.name}/${x.key}`) === true;
  }).length;
  return { score, rate, eventRight };
});

if (values.json) {
  const pr = (kind: (typeof KINDS)[number], score: TextScore) => ({
    ...score.counts[kind],
    precision: precision(score.counts[kind]),
    recall: recall(score.counts[kind]),
  });
  console.log(
    JSON.stringify(
      {
        datasets: [...datasets.keys()].map((file) => path.relative(fileURLToPath(PROJECT_ROOT), file)),
        kinds: rows,
        articles: articleRows,
        eventClustering: clustering,
        texts: perText.map(({ score, eventRight }) => ({
          name: score.name,
          file: path.relative(fileURLToPath(PROJECT_ROOT), score.file),
          error: score.error ?? null,
          seconds: timings.find((t) => t.name === score.name)?.seconds ?? null,
          goldArticles: score.goldArticles,
          storedArticles: score.storedArticles,
          strayArticles: score.strayArticles,
          eventRight,
          kinds: Object.fromEntries(KINDS.map((kind) => [kind, pr(kind, score)])),
          misses: score.misses,
          articles: score.articles.map((article) => ({
            ...article,
            event:
              events.byArticle.get(
                `${groups.find((g) => g.texts.some((t) => t.name === score.name))?.name}\u0000${score.name}/${article.key}`,
              ) ?? null,
          })),
        })),
        failed,
      },
      null,
      2,
    ),
  );
} else {
  const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);
  const print = (table: string[][]) => {
    const widths = table[0]?.map((_, c) => Math.max(...table.map((row) => (row[c] ?? "").length))) ?? [];
    for (const [i, row] of table.entries()) {
      console.log(
        row.map((cell, c) => (c ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0))).join("  "),
      );
      if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
    }
  };
  const articles = scores.reduce((sum, s) => sum + s.goldArticles, 0);
  console.log(
    `Import scored against ${datasets.size} dataset(s): ${scores.length} text(s), ${articles} curated article(s)\n`,
  );
  print([
    ["kind", "gold", "found", "precision", "recall", "target"],
    ...rows.map((r) => [
      r.kind,
      String(r.gold),
      String(r.found),
      percent(r.precision),
      percent(r.recall),
      KIND_TARGETS[r.kind] ?? "",
    ]),
    [
      "event pairs (clustering)",
      String(pairs.gold),
      String(pairs.found),
      percent(clustering.precision),
      percent(clustering.recall),
      "",
    ],
  ]);
  console.log("");
  print([
    ["article level", "right", "of", "rate", "target"],
    ...articleRows.map((r) => [r.what, String(r.right), String(r.of), percent(r.rate), r.target]),
  ]);
  console.log("");
  const pr = (score: TextScore, kind: (typeof KINDS)[number]) =>
    `${percent(precision(score.counts[kind]))}/${percent(recall(score.counts[kind]))}`;
  print([
    [
      "text",
      "art",
      "outlet",
      "head",
      "date",
      "byline",
      "genre",
      "event",
      "partic P/R",
      "speaker P/R",
      "claims P/R",
      "agree P/R",
      "s",
    ],
    ...perText.map(({ score, rate, eventRight }) => [
      // "set/set-voa" is shown "set/voa".
      `${score.name.replace(/^([^/]+)\/\1-/, "$1/")}${score.error ? ` (${score.error.split(/[ :]/)[0]})` : ""}`,
      `${score.articles.filter((x) => x.storedId).length}/${score.goldArticles}${score.strayArticles ? `+${score.strayArticles}` : ""}`,
      rate((x) => x.outlet),
      rate((x) => x.headline),
      rate((x) => x.date),
      rate((x) => x.bylines),
      rate((x) => x.genre),
      `${eventRight}/${score.articles.length}`,
      pr(score, "participants"),
      pr(score, "quotes (speaker)"),
      pr(score, "claims"),
      pr(score, "agreements"),
      (timings.find((t) => t.name === score.name)?.seconds ?? 0).toFixed(1),
    ]),
  ]);
  console.log(
    "\nart = curated articles found (+ stored articles matching none); P/R = precision/recall; s = seconds to import",
  );
}
if (failed) process.exitCode = 1;
