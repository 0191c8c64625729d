/**
 * What an event's comparisons read: its articles (without bodies) with their outlets and affiliations, its
 * claims, and the reports of its agreements. One statement per event and request, shared by `coverage`,
 * `discrepancies` and every agreement's `comparison`: through Prisma these were nested reads that its query
 * compiler planned anew on every request (most of a comparison's server time), each agreement re-reading the
 * event's articles, and every article built into JSON with its body.
 *
 * The rows have the shapes Prisma gives (dates as Date), so that the objects are the schema's own types;
 * claims and reports carry their evidence and article, which their fields then answer from without a read
 * of their own (the fields that list them are Prisma fields, so relations they lack are still loaded).
 */
import type { Article, Claim, EvidenceSpan, Outlet, OutletAffiliation } from "@readout/db";
import DataLoader from "dataloader";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../builder.ts";
import { articleJson, utc } from "./article-rows.ts";

export type FactOutlet = Outlet & { affiliations: OutletAffiliation[] };
/** An article without its body (Article.body reads it when asked), with its outlet. */
export type FactArticle = Omit<Article, "body"> & { outlet: FactOutlet };
export type FactClaim = Claim & { article: FactArticle; evidence: EvidenceSpan };
export interface FactReport {
  id: string;
  agreementId: string;
  articleId: string;
  strength: "AGREED" | "WILL_WORK_TO" | "WILL_EXPLORE" | "WELCOMED";
  evidenceId: string;
  evidence: EvidenceSpan;
  article: FactArticle;
}
export interface EventFacts {
  /** The articles that cover the event, by id. */
  coverage: FactArticle[];
  claims: FactClaim[];
  reportsByAgreement: Map<string, FactReport[]>;
}

/** An event's articles: those that cover it, and those its claims and reports come from. */
const eventArticleIds = (event: string) => `
  SELECT ae."articleId" FROM "ArticleEvent" ae WHERE ae."eventId" = ${event}
  UNION SELECT c."articleId" FROM "Claim" c WHERE c."eventId" = ${event}
  UNION SELECT r."articleId" FROM "AgreementReport" r JOIN "Agreement" g ON g."id" = r."agreementId"
        WHERE g."eventId" = ${event}`;

// One row of JSON for the events that `events` picks out: per event its articles, claims and reports; the
// outlets of all of them once.
const factsSql = (events: string) => `SELECT json_build_object(
  'events', coalesce((SELECT json_object_agg(e."id", json_build_object(
    'articles', coalesce((
      SELECT json_agg(json_build_object('row', ${articleJson("a")},
        'covers', EXISTS (SELECT 1 FROM "ArticleEvent" ae WHERE ae."eventId" = e."id" AND ae."articleId" = a."id"))
        ORDER BY a."id")
      FROM "Article" a WHERE a."id" IN (${eventArticleIds('e."id"')})), '[]'),
    'claims', coalesce((
      SELECT json_agg(json_build_object('id', c."id", 'key', c."key", 'eventId', c."eventId",
        'articleId', c."articleId", 'attribute', c."attribute", 'value', c."value", 'normalized', c."normalized",
        'qualifier', c."qualifier", 'unit', c."unit", 'minValue', c."minValue", 'maxValue', c."maxValue",
        'scope', c."scope", 'attribution', c."attribution", 'evidenceId', c."evidenceId",
        'evidence', json_build_object('id', s."id", 'articleId', s."articleId", 'start', s."start",
          'end', s."end", 'exact', s."exact", 'prefix', s."prefix", 'suffix', s."suffix")) ORDER BY c."id")
      FROM "Claim" c JOIN "EvidenceSpan" s ON s."id" = c."evidenceId" WHERE c."eventId" = e."id"), '[]'),
    'reports', coalesce((
      SELECT json_agg(json_build_object('id', r."id", 'agreementId', r."agreementId", 'articleId', r."articleId",
        'strength', r."strength", 'evidenceId', r."evidenceId", 'evidence', json_build_object('id', s."id", 'articleId', s."articleId", 'start', s."start",
          'end', s."end", 'exact', s."exact", 'prefix', s."prefix", 'suffix', s."suffix")) ORDER BY r."id")
      FROM "AgreementReport" r JOIN "Agreement" g ON g."id" = r."agreementId"
        JOIN "EvidenceSpan" s ON s."id" = r."evidenceId" WHERE g."eventId" = e."id"), '[]')))
    FROM "Event" e WHERE e."id" ${events}), '{}'),
  'outlets', coalesce((
    SELECT json_agg(json_build_object('id', o."id", 'key', o."key", 'name', o."name", 'homepage', o."homepage",
      'domain', o."domain", 'country', o."country", 'kind', o."kind", 'proposed', o."proposed",
      'affiliations', coalesce((
        SELECT json_agg(json_build_object('id', f."id", 'outletId', f."outletId", 'affiliation', f."affiliation",
          'note', f."note", 'source', f."source", 'assertedOn', f."assertedOn") ORDER BY f."id")
        FROM "OutletAffiliation" f WHERE f."outletId" = o."id"), '[]')))
    FROM "Outlet" o WHERE o."id" IN (
      SELECT a."outletId" FROM "Article" a JOIN "ArticleEvent" ae ON ae."articleId" = a."id" WHERE ae."eventId" ${events}
      UNION SELECT a."outletId" FROM "Article" a JOIN "Claim" c ON c."articleId" = a."id" WHERE c."eventId" ${events}
      UNION SELECT a."outletId" FROM "Article" a JOIN "AgreementReport" r ON r."articleId" = a."id"
            JOIN "Agreement" g ON g."id" = r."agreementId" WHERE g."eventId" ${events})), '[]')
)::text AS data`;

// One event (what `event(key:)` asks) has a statement of its own: with an array of ids PostgreSQL plans
// every execution anew (about as long as it runs), as a plan for an array of unknown length looks dearer.
const ONE = factsSql("= $1");
const MANY = factsSql("= ANY($1::text[])");

type RawEvent = {
  articles: { row: Record<string, unknown>; covers: boolean }[];
  claims: Record<string, unknown>[];
  reports: Record<string, unknown>[];
};
type Raw = {
  events: Record<string, RawEvent>;
  outlets: (Record<string, unknown> & { affiliations: Record<string, unknown>[] })[];
};

const NO_FACTS: RawEvent = { articles: [], claims: [], reports: [] };

async function load(ctx: Context, eventIds: string[]): Promise<Map<string, EventFacts>> {
  const [sql, name, param] =
    eventIds.length === 1 ? [ONE, "event_facts_one", eventIds[0]] : [MANY, "event_facts_many", eventIds];
  const text = ctx.readJson
    ? await ctx.readJson(sql, [param], name)
    : (await ctx.prisma.$queryRawUnsafe<{ data: string }[]>(sql, param))[0]?.data;
  const raw = JSON.parse(text ?? "null") as Raw;
  const outlets = new Map<string, FactOutlet>();
  for (const outlet of raw.outlets) {
    const affiliations = outlet.affiliations.map((row) => ({
      ...row,
      assertedOn: utc(row.assertedOn as string),
    })) as OutletAffiliation[];
    outlets.set(outlet.id as string, { ...(outlet as unknown as Outlet), affiliations });
  }
  const facts = new Map<string, EventFacts>();
  for (const eventId of eventIds) {
    const event = raw.events[eventId] ?? NO_FACTS;
    const articles = new Map<string, FactArticle>();
    const coverage: FactArticle[] = [];
    for (const { row, covers } of event.articles) {
      const read = {
        ...row,
        publishedAt: utc(row.publishedAt as string | null),
        publishedSort: utc(row.publishedSort as string | null),
        outlet: outlets.get(row.outletId as string),
      } as FactArticle;
      articles.set(read.id, read);
      if (covers) coverage.push(read);
    }
    const claims = event.claims.map(
      (row) => ({ ...row, article: articles.get(row.articleId as string) }) as unknown as FactClaim,
    );
    const reportsByAgreement = new Map<string, FactReport[]>();
    for (const row of event.reports) {
      const report = { ...row, article: articles.get(row.articleId as string) } as unknown as FactReport;
      reportsByAgreement.set(report.agreementId, [
        ...(reportsByAgreement.get(report.agreementId) ?? []),
        report,
      ]);
    }
    facts.set(eventId, { coverage, claims, reportsByAgreement });
  }
  return facts;
}

// The events asked for while a request's resolvers run in one turn (every event of a list asks before any
// answer arrives) are read together; in a query, each event once.
const loaders = new WeakMap<Context, DataLoader<string, EventFacts>>();
const batch = (ctx: Context) => async (ids: readonly string[]) => {
  const facts = await load(ctx, [...ids]);
  return ids.map((id) => facts.get(id) as EventFacts);
};

/**
 * The event's facts, read once per query however many fields ask. A mutation's answer reads them afresh
 * each time: a later mutation of the same request may have changed them.
 */
export function eventFacts(ctx: Context, eventId: string, info: GraphQLResolveInfo): Promise<EventFacts> {
  if (info.operation.operation !== "query")
    return batch(ctx)([eventId]).then(([facts]) => facts as EventFacts);
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(batch(ctx));
    loaders.set(ctx, loader);
  }
  return loader.load(eventId);
}
