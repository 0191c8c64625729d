/**
 * The dataset loader: validates a dataset completely (format, references, every quote against its article
 * body) before it writes anything, then writes it all in one transaction. Entities are upserted by their
 * keys, so loading the same dataset twice adds nothing. Keys not defined in the dataset may name entities
 * already stored, so a dataset can add coverage of a meeting to an existing corpus.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import { parseDuration } from "../comparison/duration.ts";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { resolveQuote, type Span, sliceCodePoints, toUtf16Index } from "../spans.ts";
import { type Dataset, datasetSchema, type Quote } from "./schema.ts";

export interface DatasetIssue {
  /** Where in the file, e.g. `agreements[2].reports[0].quote`. */
  path: string;
  message: string;
}

/** A dataset that cannot be loaded; nothing was written. */
export class DatasetError extends Error {
  override name = "DatasetError";
  constructor(
    readonly code: "INVALID_FORMAT" | "INVALID_REFERENCES",
    readonly issues: DatasetIssue[],
  ) {
    super(
      `Dataset rejected (${code}), nothing was written:\n${issues
        .map((issue) => `  - ${issue.path}: ${issue.message}`)
        .join("\n")}`,
    );
  }
}

export interface LoadReport {
  sources: number;
  outlets: number;
  participants: number;
  topics: number;
  events: number;
  articles: number;
  agreements: number;
  reports: number;
  statementGroups: number;
  statements: number;
  claims: number;
  spans: number;
}

interface ArticleText {
  body: string;
  sourceKey: string;
  sourceStart: number;
  sourceEnd: number;
}

type Tx = Prisma.TransactionClient;

function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, index) =>
      typeof segment === "number" ? `[${segment}]` : `${index === 0 ? "" : "."}${String(segment)}`,
    )
    .join("");
}

function formatIssues(error: z.ZodError): DatasetIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path) || "(root)",
    message: issue.message,
  }));
}

/** Reads and loads a dataset file (YAML or JSON); source files are resolved relative to it. */
export async function loadDatasetFile(prisma: PrismaClient, file: string): Promise<LoadReport> {
  const raw = await readFile(file, "utf8");
  let data: unknown;
  try {
    data = parseYaml(raw);
  } catch (error) {
    throw new DatasetError("INVALID_FORMAT", [{ path: file, message: (error as Error).message }]);
  }
  return loadDataset(prisma, data, { baseDir: path.dirname(file) });
}

export async function loadDataset(
  prisma: PrismaClient,
  data: unknown,
  options: { baseDir: string },
): Promise<LoadReport> {
  const parsed = datasetSchema.safeParse(data);
  if (!parsed.success) throw new DatasetError("INVALID_FORMAT", formatIssues(parsed.error));
  const plan = await planDataset(prisma, parsed.data, options.baseDir);
  await prisma.$transaction((tx) => writeDataset(tx, parsed.data, plan));
  return plan.report;
}

interface ClaimValue {
  normalized: string | null;
  qualifier: string | null;
  unit: string | null;
  minValue: number | null;
  maxValue: number | null;
}

/**
 * The comparable value of a claim: as the dataset gives it, or, for a duration given only in words,
 * read from the words into an interval of minutes. Null when a duration cannot be read.
 */
function claimValue(claim: Dataset["claims"][number]): ClaimValue | null {
  const given = {
    normalized: claim.normalized ?? null,
    qualifier: claim.qualifier ?? null,
    unit: claim.unit ?? null,
    minValue: claim.min ?? null,
    maxValue: claim.max ?? null,
  };
  if (claim.attribute !== "duration" || claim.min !== undefined || claim.max !== undefined) return given;
  const reading = parseDuration(claim.value);
  if (!reading) return null;
  return {
    normalized: claim.normalized ?? reading.iso,
    qualifier: claim.qualifier ?? reading.qualifier,
    unit: "minute",
    minValue: reading.min,
    maxValue: reading.max,
  };
}

interface Plan {
  claimValues: Map<number, ClaimValue>;
  sourceTexts: Map<string, { text: string; hash: string }>;
  articleTexts: Map<string, ArticleText>;
  /** Resolved spans by the path of the quote in the dataset. */
  spans: Map<string, Span>;
  report: LoadReport;
}

async function planDataset(prisma: PrismaClient, dataset: Dataset, baseDir: string): Promise<Plan> {
  const issues: DatasetIssue[] = [];
  const issue = (where: string, message: string) => issues.push({ path: where, message });

  // Keys defined twice in one dataset are always a mistake.
  for (const kind of [
    "sources",
    "outlets",
    "participants",
    "topics",
    "events",
    "articles",
    "agreements",
    "statementGroups",
    "statements",
    "claims",
  ] as const) {
    const seen = new Set<string>();
    dataset[kind].forEach((entry, index) => {
      if (seen.has(entry.key)) issue(`${kind}[${index}].key`, `duplicate key "${entry.key}"`);
      seen.add(entry.key);
    });
  }

  const sourceTexts = new Map<string, { text: string; hash: string }>();
  for (const [index, source] of dataset.sources.entries()) {
    try {
      const text = await readFile(path.resolve(baseDir, source.file), "utf8");
      sourceTexts.set(source.key, { text, hash: createHash("sha256").update(text).digest("hex") });
    } catch (error) {
      issue(`sources[${index}].file`, `cannot read ${source.file}: ${(error as Error).message}`);
    }
  }

  // Keys that the dataset uses but does not define must already be stored.
  const known = await storedKeys(prisma, dataset);
  const defined = (kind: keyof typeof known, list: { key: string }[]) =>
    new Set([...known[kind], ...list.map((entry) => entry.key)]);
  const keys = {
    sources: defined("sources", dataset.sources),
    outlets: defined("outlets", dataset.outlets),
    participants: defined("participants", dataset.participants),
    topics: defined("topics", dataset.topics),
    events: defined("events", dataset.events),
    statementGroups: defined("statementGroups", dataset.statementGroups),
  };
  const requireKey = (kind: keyof typeof keys, value: string | undefined, where: string) => {
    if (value !== undefined && !keys[kind].has(value)) {
      issue(where, `unknown ${kind.replace(/s$/, "").replace(/G/, " g")} "${value}"`);
    }
  };

  const articleTexts = new Map<string, ArticleText>(known.articleTexts);
  for (const [index, article] of dataset.articles.entries()) {
    const at = `articles[${index}]`;
    requireKey("sources", article.source, `${at}.source`);
    requireKey("outlets", article.outlet, `${at}.outlet`);
    for (const [i, event] of article.events.entries()) requireKey("events", event, `${at}.events[${i}]`);
    for (const [i, byline] of article.bylines.entries()) {
      requireKey("participants", byline.participant, `${at}.bylines[${i}].participant`);
    }
    const sourceText = sourceTexts.get(article.source)?.text ?? known.sourceTexts.get(article.source);
    if (sourceText === undefined) continue;
    const start = resolveQuote(sourceText, article.bodyStart);
    if (!start.ok) {
      issue(`${at}.bodyStart`, describeFailure(start.reason, start.matches, article.bodyStart));
      continue;
    }
    const fromStart = sourceText.slice(toUtf16Index(sourceText, start.span.start));
    const end = resolveQuote(fromStart, article.bodyEnd);
    if (!end.ok) {
      issue(`${at}.bodyEnd`, describeFailure(end.reason, end.matches, article.bodyEnd));
      continue;
    }
    const body = sliceCodePoints(fromStart, 0, end.span.end);
    articleTexts.set(article.key, {
      body,
      sourceKey: article.source,
      sourceStart: start.span.start,
      sourceEnd: start.span.start + end.span.end,
    });
    const stored = known.articleTexts.get(article.key);
    if (stored && stored.body !== body) {
      issue(`${at}`, "the stored article has a different body; evidence spans would no longer match it");
    }
  }

  const spans = new Map<string, Span>();
  const resolveIn = (articleKey: string, quote: Quote, where: string) => {
    const article = articleTexts.get(articleKey);
    if (!article) {
      issue(where.replace(/\.quote$/, ".article"), `unknown article "${articleKey}"`);
      return;
    }
    const result = resolveQuote(article.body, quote);
    if (!result.ok) {
      issue(where, describeFailure(result.reason, result.matches, quote));
    } else if (
      (quote.start !== undefined && quote.start !== result.span.start) ||
      (quote.end !== undefined && quote.end !== result.span.end)
    ) {
      issue(
        where,
        `offsets [${quote.start}, ${quote.end}) do not hold "${quote.exact}" (found at [${result.span.start}, ${result.span.end}))`,
      );
    } else {
      spans.set(where, result.span);
    }
  };

  for (const [index, participant] of dataset.participants.entries()) {
    for (const [i, role] of participant.roles.entries()) {
      const at = `participants[${index}].roles[${i}]`;
      requireKey("participants", role.organization, `${at}.organization`);
      if (role.evidence) resolveIn(role.evidence.article, role.evidence.quote, `${at}.evidence.quote`);
    }
  }
  for (const [index, event] of dataset.events.entries()) {
    for (const [i, attendee] of event.participants.entries()) {
      requireKey("participants", attendee.participant, `events[${index}].participants[${i}].participant`);
      requireKey("participants", attendee.side, `events[${index}].participants[${i}].side`);
    }
  }
  for (const [index, article] of dataset.articles.entries()) {
    for (const [i, mention] of article.mentions.entries()) {
      const at = `articles[${index}].mentions[${i}]`;
      requireKey("participants", mention.participant, `${at}.participant`);
      resolveIn(article.key, mention.quote, `${at}.quote`);
    }
    for (const [i, mention] of article.topics.entries()) {
      const at = `articles[${index}].topics[${i}]`;
      requireKey("topics", mention.topic, `${at}.topic`);
      resolveIn(article.key, mention.quote, `${at}.quote`);
    }
  }
  for (const [index, group] of dataset.statementGroups.entries()) {
    requireKey("participants", group.speaker, `statementGroups[${index}].speaker`);
    requireKey("events", group.event, `statementGroups[${index}].event`);
  }
  // Agreements that `follows` names: of this dataset, or of one loaded before.
  const followed = [
    ...new Set(dataset.agreements.flatMap((agreement) => agreement.follows.map((f) => f.agreement))),
  ];
  const agreementKeys = new Set([
    ...dataset.agreements.map((agreement) => agreement.key),
    ...(followed.length
      ? await prisma.agreement.findMany({ where: { key: { in: followed } }, select: { key: true } })
      : []
    ).map((row) => row.key),
  ]);
  for (const [index, agreement] of dataset.agreements.entries()) {
    const at = `agreements[${index}]`;
    for (const [i, follow] of agreement.follows.entries()) {
      if (!agreementKeys.has(follow.agreement))
        issue(`${at}.follows[${i}].agreement`, `unknown agreement "${follow.agreement}"`);
      else if (follow.agreement === agreement.key)
        issue(`${at}.follows[${i}].agreement`, "an agreement cannot follow itself");
      if (follow.evidence) {
        resolveIn(follow.evidence.article, follow.evidence.quote, `${at}.follows[${i}].evidence.quote`);
      }
    }
    requireKey("events", agreement.event, `${at}.event`);
    requireKey("topics", agreement.topic, `${at}.topic`);
    for (const [i, party] of agreement.parties.entries())
      requireKey("participants", party, `${at}.parties[${i}]`);
    for (const [i, report] of agreement.reports.entries()) {
      resolveIn(report.article, report.quote, `${at}.reports[${i}].quote`);
    }
    for (const [i, change] of agreement.status.entries()) {
      if (change.evidence) {
        resolveIn(change.evidence.article, change.evidence.quote, `${at}.status[${i}].evidence.quote`);
      }
    }
  }
  for (const [index, statement] of dataset.statements.entries()) {
    const at = `statements[${index}]`;
    requireKey("participants", statement.speaker, `${at}.speaker`);
    for (const [i, topic] of statement.topics.entries()) requireKey("topics", topic, `${at}.topics[${i}]`);
    requireKey("statementGroups", statement.group, `${at}.group`);
    resolveIn(statement.article, statement.quote, `${at}.quote`);
  }
  const claimValues = new Map<number, ClaimValue>();
  for (const [index, claim] of dataset.claims.entries()) {
    requireKey("events", claim.event, `claims[${index}].event`);
    resolveIn(claim.article, claim.quote, `claims[${index}].quote`);
    const value = claimValue(claim);
    if (value) claimValues.set(index, value);
    else
      issue(`claims[${index}].value`, `cannot read a duration from "${claim.value}"; give min, max and unit`);
  }

  if (issues.length > 0) throw new DatasetError("INVALID_REFERENCES", issues);

  return {
    sourceTexts,
    articleTexts,
    spans,
    claimValues,
    report: {
      sources: dataset.sources.length,
      outlets: dataset.outlets.length,
      participants: dataset.participants.length,
      topics: dataset.topics.length,
      events: dataset.events.length,
      articles: dataset.articles.length,
      agreements: dataset.agreements.length,
      reports: dataset.agreements.reduce((sum, agreement) => sum + agreement.reports.length, 0),
      statementGroups: dataset.statementGroups.length,
      statements: dataset.statements.length,
      claims: dataset.claims.length,
      spans: spans.size,
    },
  };
}

function describeFailure(reason: "NOT_FOUND" | "AMBIGUOUS", matches: number, quote: Quote): string {
  return reason === "NOT_FOUND"
    ? `"${quote.exact}" was not found${quote.prefix || quote.suffix ? " with the given prefix/suffix" : ""}`
    : `"${quote.exact}" occurs ${matches} times; add a prefix or suffix to pick one`;
}

async function storedKeys(prisma: PrismaClient, dataset: Dataset) {
  const referenced = (values: (string | undefined)[]) => [
    ...new Set(values.filter((value): value is string => value !== undefined)),
  ];
  const articleKeys = referenced([
    ...dataset.articles.map((article) => article.key),
    ...dataset.agreements.flatMap((agreement) => [
      ...agreement.reports.map((report) => report.article),
      ...agreement.status.map((change) => change.evidence?.article),
      ...agreement.follows.map((follow) => follow.evidence?.article),
    ]),
    ...dataset.statements.map((statement) => statement.article),
    ...dataset.claims.map((claim) => claim.article),
    ...dataset.participants.flatMap((participant) => participant.roles.map((role) => role.evidence?.article)),
  ]);
  const [sources, outlets, participants, topics, events, articles, statementGroups] = await Promise.all([
    prisma.sourceDocument.findMany({
      where: { key: { in: referenced(dataset.articles.map((article) => article.source)) } },
      select: { key: true, text: true },
    }),
    prisma.outlet.findMany({
      where: { key: { in: referenced(dataset.articles.map((article) => article.outlet)) } },
      select: { key: true },
    }),
    prisma.participant.findMany({
      where: {
        key: {
          in: referenced([
            ...dataset.statements.map((statement) => statement.speaker),
            ...dataset.agreements.flatMap((agreement) => agreement.parties),
            ...dataset.events.flatMap((event) =>
              event.participants.flatMap((attendee) => [attendee.participant, attendee.side]),
            ),
            ...dataset.articles.flatMap((article) => [
              ...article.mentions.map((mention) => mention.participant),
              ...article.bylines.map((byline) => byline.participant),
            ]),
            ...dataset.participants.flatMap((participant) =>
              participant.roles.map((role) => role.organization),
            ),
          ]),
        },
      },
      select: { key: true },
    }),
    prisma.topic.findMany({
      where: {
        key: {
          in: referenced([
            ...dataset.agreements.map((agreement) => agreement.topic),
            ...dataset.statements.flatMap((statement) => statement.topics),
            ...dataset.articles.flatMap((article) => article.topics.map((mention) => mention.topic)),
          ]),
        },
      },
      select: { key: true },
    }),
    prisma.event.findMany({
      where: {
        key: {
          in: referenced([
            ...dataset.agreements.map((agreement) => agreement.event),
            ...dataset.claims.map((claim) => claim.event),
            ...dataset.articles.flatMap((article) => article.events),
            ...dataset.statementGroups.map((group) => group.event),
          ]),
        },
      },
      select: { key: true },
    }),
    prisma.article.findMany({
      where: { key: { in: articleKeys } },
      select: {
        key: true,
        body: true,
        sourceStart: true,
        sourceEnd: true,
        sourceDocument: { select: { key: true } },
      },
    }),
    prisma.statementGroup.findMany({
      where: { key: { in: referenced(dataset.statements.map((statement) => statement.group)) } },
      select: { key: true },
    }),
  ]);
  const keysOf = (rows: { key: string }[]) => new Set(rows.map((row) => row.key));
  return {
    sources: keysOf(sources),
    outlets: keysOf(outlets),
    participants: keysOf(participants),
    topics: keysOf(topics),
    events: keysOf(events),
    statementGroups: keysOf(statementGroups),
    sourceTexts: new Map(sources.map((source) => [source.key, source.text])),
    articleTexts: new Map<string, ArticleText>(
      articles.map((article) => [
        article.key,
        {
          body: article.body,
          sourceKey: article.sourceDocument.key,
          sourceStart: article.sourceStart,
          sourceEnd: article.sourceEnd,
        },
      ]),
    ),
  };
}

const toDate = (value: string | undefined) => (value === undefined ? null : new Date(value));

async function writeDataset(tx: Tx, dataset: Dataset, plan: Plan): Promise<void> {
  const ids = {
    source: await idsByKey(
      tx.sourceDocument,
      dataset.articles.map((article) => article.source),
    ),
    outlet: new Map<string, string>(),
    participant: new Map<string, string>(),
    topic: new Map<string, string>(),
    event: new Map<string, string>(),
    article: new Map<string, string>(),
  };
  const lookup = async (
    map: Map<string, string>,
    delegate: {
      findUniqueOrThrow(args: { where: { key: string }; select: { id: true } }): Promise<{ id: string }>;
    },
    key: string,
  ) => {
    let id = map.get(key);
    if (!id) {
      id = (await delegate.findUniqueOrThrow({ where: { key }, select: { id: true } })).id;
      map.set(key, id);
    }
    return id;
  };
  const outletId = (key: string) => lookup(ids.outlet, tx.outlet, key);
  const participantId = (key: string) => lookup(ids.participant, tx.participant, key);
  const topicId = (key: string) => lookup(ids.topic, tx.topic, key);
  const eventId = (key: string) => lookup(ids.event, tx.event, key);
  const articleId = (key: string) => lookup(ids.article, tx.article, key);
  const spanId = async (articleKey: string, where: string) => {
    const span = plan.spans.get(where);
    if (!span) throw new Error(`unresolved span at ${where}`);
    const article = await articleId(articleKey);
    const row = await tx.evidenceSpan.upsert({
      where: { articleId_start_end: { articleId: article, start: span.start, end: span.end } },
      create: { articleId: article, ...span },
      update: {},
      select: { id: true },
    });
    return row.id;
  };

  for (const source of dataset.sources) {
    const content = plan.sourceTexts.get(source.key);
    if (!content) continue;
    const fields = {
      title: source.title ?? null,
      url: source.url ?? null,
      capturedAt: toDate(source.capturedAt),
    };
    // The same captured text is stored once, whatever key or file name it arrives under.
    const existing = await tx.sourceDocument.findFirst({
      where: { OR: [{ key: source.key }, { contentHash: content.hash }] },
      select: { id: true },
    });
    const row = existing
      ? await tx.sourceDocument.update({ where: { id: existing.id }, data: fields, select: { id: true } })
      : await tx.sourceDocument.create({
          data: { key: source.key, contentHash: content.hash, text: content.text, ...fields },
          select: { id: true },
        });
    ids.source.set(source.key, row.id);
  }

  for (const outlet of dataset.outlets) {
    const fields = {
      name: outlet.name,
      homepage: outlet.homepage ?? null,
      domain: outlet.domain ?? null,
      country: outlet.country ?? null,
      kind: outlet.kind,
    };
    const row = await tx.outlet.upsert({
      where: { key: outlet.key },
      create: { key: outlet.key, ...fields },
      update: fields,
      select: { id: true },
    });
    ids.outlet.set(outlet.key, row.id);
    for (const assertion of outlet.affiliations) {
      const unique = { outletId: row.id, affiliation: assertion.affiliation, source: assertion.source };
      const data = { assertedOn: new Date(assertion.assertedOn), note: assertion.note ?? null };
      await tx.outletAffiliation.upsert({
        where: { outletId_affiliation_source: unique },
        create: { ...unique, ...data },
        update: data,
      });
    }
  }

  for (const participant of dataset.participants) {
    const fields = {
      name: participant.name,
      kind: participant.kind,
      description: participant.description ?? null,
      wikidataId: participant.wikidataId ?? null,
    };
    const row = await tx.participant.upsert({
      where: { key: participant.key },
      create: { key: participant.key, ...fields },
      update: fields,
      select: { id: true },
    });
    ids.participant.set(participant.key, row.id);
    for (const entry of [participant.name, ...participant.aliases]) {
      const alias = typeof entry === "string" ? { alias: entry, misspelling: false } : entry;
      const normalized = normalizeName(alias.alias);
      await tx.participantAlias.upsert({
        where: { participantId_normalized: { participantId: row.id, normalized } },
        create: { participantId: row.id, normalized, alias: alias.alias, isMisspelling: alias.misspelling },
        update: { alias: alias.alias, isMisspelling: alias.misspelling },
      });
    }
  }
  for (const topic of dataset.topics) {
    const row = await tx.topic.upsert({
      where: { key: topic.key },
      create: topic,
      update: { name: topic.name },
      select: { id: true },
    });
    ids.topic.set(topic.key, row.id);
  }

  for (const event of dataset.events) {
    const fields = {
      title: event.title,
      startsAt: toDate(event.startsAt),
      startPrecision: event.startPrecision,
      place: event.place ?? null,
      country: event.country ?? null,
    };
    const row = await tx.event.upsert({
      where: { key: event.key },
      create: { key: event.key, ...fields },
      update: fields,
      select: { id: true },
    });
    ids.event.set(event.key, row.id);
    for (const attendee of event.participants) {
      const unique = { eventId: row.id, participantId: await participantId(attendee.participant) };
      const data = {
        sideId: attendee.side ? await participantId(attendee.side) : null,
        role: attendee.role ?? null,
      };
      await tx.eventParticipant.upsert({
        where: { eventId_participantId: unique },
        create: { ...unique, ...data },
        update: data,
      });
    }
  }

  for (const [index, article] of dataset.articles.entries()) {
    const text = plan.articleTexts.get(article.key);
    const sourceId = ids.source.get(article.source);
    if (!text || !sourceId) throw new Error(`article ${article.key} was not planned`);
    const fields = {
      outletId: await outletId(article.outlet),
      sourceDocumentId: sourceId,
      sourceStart: text.sourceStart,
      sourceEnd: text.sourceEnd,
      title: article.title,
      subtitle: article.subtitle ?? null,
      url: article.url ?? null,
      body: text.body,
      language: article.language,
      genre: article.genre,
      dateline: article.dateline ?? null,
      publishedAt: toDate(article.publishedAt),
      publishedPrecision: article.publishedPrecision,
      publishedText: article.publishedText ?? null,
    };
    const row = await tx.article.upsert({
      where: { key: article.key },
      create: { key: article.key, ...fields },
      update: fields,
      select: { id: true },
    });
    ids.article.set(article.key, row.id);
    for (const [position, byline] of article.bylines.entries()) {
      const data = {
        name: byline.name,
        isStaff: byline.staff,
        place: byline.place ?? null,
        participantId: byline.participant ? await participantId(byline.participant) : null,
      };
      await tx.byline.upsert({
        where: { articleId_position: { articleId: row.id, position } },
        create: { articleId: row.id, position, ...data },
        update: data,
      });
    }
    for (const event of article.events) {
      const unique = { articleId: row.id, eventId: await eventId(event) };
      await tx.articleEvent.upsert({ where: { articleId_eventId: unique }, create: unique, update: {} });
    }
    for (const [i, mention] of article.mentions.entries()) {
      const unique = { articleId: row.id, participantId: await participantId(mention.participant) };
      const evidenceId = await spanId(article.key, `articles[${index}].mentions[${i}].quote`);
      await tx.articleParticipant.upsert({
        where: { articleId_participantId: unique },
        create: { ...unique, evidenceId },
        update: { evidenceId },
      });
    }
    for (const [i, mention] of article.topics.entries()) {
      const unique = {
        articleId: row.id,
        topicId: await topicId(mention.topic),
        evidenceId: await spanId(article.key, `articles[${index}].topics[${i}].quote`),
      };
      await tx.topicMention.upsert({
        where: { articleId_topicId_evidenceId: unique },
        create: unique,
        update: {},
      });
    }
  }

  // Roles may cite articles, so they are written after them.
  for (const [index, participant] of dataset.participants.entries()) {
    const holder = await participantId(participant.key);
    for (const [i, role] of participant.roles.entries()) {
      const data = {
        organizationId: role.organization ? await participantId(role.organization) : null,
        validFrom: toDate(role.validFrom),
        validTo: toDate(role.validTo),
        evidenceId: role.evidence
          ? await spanId(role.evidence.article, `participants[${index}].roles[${i}].evidence.quote`)
          : null,
      };
      await tx.role.upsert({
        where: { participantId_title: { participantId: holder, title: role.title } },
        create: { participantId: holder, title: role.title, ...data },
        update: data,
      });
    }
  }

  for (const [index, agreement] of dataset.agreements.entries()) {
    const fields = {
      eventId: await eventId(agreement.event),
      summary: agreement.summary,
      topicId: agreement.topic ? await topicId(agreement.topic) : null,
    };
    const row = await tx.agreement.upsert({
      where: { key: agreement.key },
      create: { key: agreement.key, ...fields },
      update: fields,
      select: { id: true },
    });
    for (const party of agreement.parties) {
      const unique = { agreementId: row.id, participantId: await participantId(party) };
      await tx.agreementParty.upsert({
        where: { agreementId_participantId: unique },
        create: unique,
        update: {},
      });
    }
    for (const [i, report] of agreement.reports.entries()) {
      const unique = {
        agreementId: row.id,
        articleId: await articleId(report.article),
        evidenceId: await spanId(report.article, `agreements[${index}].reports[${i}].quote`),
      };
      await tx.agreementReport.upsert({
        where: { agreementId_articleId_evidenceId: unique },
        create: { ...unique, strength: report.strength },
        update: { strength: report.strength },
      });
    }
    for (const [i, change] of agreement.status.entries()) {
      const unique = { agreementId: row.id, status: change.status, on: new Date(change.on) };
      const data = {
        note: change.note ?? null,
        evidenceId: change.evidence
          ? await spanId(change.evidence.article, `agreements[${index}].status[${i}].evidence.quote`)
          : null,
      };
      await tx.agreementStatusChange.upsert({
        where: { agreementId_status_on: unique },
        create: { ...unique, ...data },
        update: data,
      });
    }
  }

  // Links to earlier commitments, once every agreement of the dataset is stored.
  for (const [index, agreement] of dataset.agreements.entries()) {
    if (agreement.follows.length === 0) continue;
    const later = await tx.agreement.findUniqueOrThrow({
      where: { key: agreement.key },
      select: { id: true },
    });
    for (const [i, follow] of agreement.follows.entries()) {
      const earlier = await tx.agreement.findUniqueOrThrow({
        where: { key: follow.agreement },
        select: { id: true },
      });
      const unique = { earlierId: earlier.id, laterId: later.id };
      const data = {
        link: follow.link,
        note: follow.note ?? null,
        evidenceId: follow.evidence
          ? await spanId(follow.evidence.article, `agreements[${index}].follows[${i}].evidence.quote`)
          : null,
      };
      await tx.agreementLink.upsert({
        where: { earlierId_laterId: unique },
        create: { ...unique, ...data },
        update: data,
      });
    }
  }

  const groupIds = new Map<string, string>();
  for (const group of dataset.statementGroups) {
    const fields = {
      summary: group.summary,
      speakerId: group.speaker ? await participantId(group.speaker) : null,
      eventId: group.event ? await eventId(group.event) : null,
    };
    const row = await tx.statementGroup.upsert({
      where: { key: group.key },
      create: { key: group.key, ...fields },
      update: fields,
      select: { id: true },
    });
    groupIds.set(group.key, row.id);
  }
  const groupId = (key: string) => lookup(groupIds, tx.statementGroup, key);

  for (const [index, statement] of dataset.statements.entries()) {
    const fields = {
      groupId: statement.group ? await groupId(statement.group) : null,
      articleId: await articleId(statement.article),
      speakerId: statement.speaker ? await participantId(statement.speaker) : null,
      speakerLabel: statement.speakerLabel ?? null,
      mode: statement.mode,
      attribution: statement.attribution ?? null,
      evidenceId: await spanId(statement.article, `statements[${index}].quote`),
    };
    const row = await tx.statement.upsert({
      where: { key: statement.key },
      create: { key: statement.key, ...fields },
      update: fields,
      select: { id: true },
    });
    for (const topic of statement.topics) {
      const unique = { statementId: row.id, topicId: await topicId(topic) };
      await tx.statementTopic.upsert({ where: { statementId_topicId: unique }, create: unique, update: {} });
    }
  }

  for (const [index, claim] of dataset.claims.entries()) {
    const fields = {
      eventId: await eventId(claim.event),
      articleId: await articleId(claim.article),
      attribute: claim.attribute,
      value: claim.value,
      ...plan.claimValues.get(index),
      scope: claim.scope ?? null,
      attribution: claim.attribution ?? null,
      evidenceId: await spanId(claim.article, `claims[${index}].quote`),
    };
    await tx.claim.upsert({
      where: { key: claim.key },
      create: { key: claim.key, ...fields },
      update: fields,
    });
  }
}

async function idsByKey(
  delegate: {
    findMany(args: {
      where: { key: { in: string[] } };
      select: { id: true; key: true };
    }): Promise<{ id: string; key: string }[]>;
  },
  keys: string[],
): Promise<Map<string, string>> {
  const rows = await delegate.findMany({
    where: { key: { in: [...new Set(keys)] } },
    select: { id: true, key: true },
  });
  return new Map(rows.map((row) => [row.key, row.id]));
}

/** The form under which names and aliases are matched: lower case, accents and extra spaces folded. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
