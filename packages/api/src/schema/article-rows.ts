/**
 * Articles by id without their bodies, with their outlets, in one statement for all that a request's
 * resolvers ask for in one turn: what search hits point at. Through Prisma each batch of lookups was a
 * query that its compiler planned anew on every request. The rows have Prisma's shapes (dates as Date);
 * Article.body reads a body when it is asked for, and relations the rows lack are loaded by their fields.
 */
import type { Article, Outlet } from "@readout/db";
import DataLoader from "dataloader";
import type { Context } from "../builder.ts";

/** An article's columns but its body, as a JSON object (`a` is the table's alias). */
export const articleJson = (a: string) => `json_build_object(
    'id', ${a}."id", 'key', ${a}."key", 'outletId', ${a}."outletId", 'sourceDocumentId', ${a}."sourceDocumentId",
    'sourceStart', ${a}."sourceStart", 'sourceEnd', ${a}."sourceEnd", 'title', ${a}."title",
    'subtitle', ${a}."subtitle", 'url', ${a}."url", 'language', ${a}."language", 'genre', ${a}."genre",
    'dateline', ${a}."dateline", 'publishedAt', ${a}."publishedAt", 'publishedPrecision', ${a}."publishedPrecision",
    'publishedSort', ${a}."publishedSort", 'publishedText', ${a}."publishedText",
    'duplicateOfId', ${a}."duplicateOfId", 'duplicateSimilarity', ${a}."duplicateSimilarity")`;

const SQL = `SELECT coalesce(json_agg(json_build_object('row', ${articleJson("a")},
    'outlet', json_build_object('id', o."id", 'key', o."key", 'name', o."name", 'homepage', o."homepage",
      'domain', o."domain", 'country', o."country", 'kind', o."kind", 'proposed', o."proposed"))), '[]')::text AS data
  FROM "Article" a JOIN "Outlet" o ON o."id" = a."outletId" WHERE a."id" = ANY($1::text[])`;

export type ArticleRow = Omit<Article, "body"> & { outlet: Outlet };

/** A timestamp without time zone (or a date) as PostgreSQL writes it in JSON, read as the UTC instant it stores. */
export const utc = (value: string | null): Date | null => (value === null ? null : new Date(`${value}Z`));

async function load(ctx: Context, ids: readonly string[]): Promise<(ArticleRow | Error)[]> {
  const text = ctx.readJson
    ? await ctx.readJson(SQL, [ids], "articles_by_id")
    : (await ctx.prisma.$queryRawUnsafe<{ data: string }[]>(SQL, ids))[0]?.data;
  const rows = JSON.parse(text ?? "[]") as { row: Record<string, unknown>; outlet: Outlet }[];
  const byId = new Map<string, ArticleRow>();
  for (const { row, outlet } of rows) {
    byId.set(
      row.id as string,
      {
        ...row,
        publishedAt: utc(row.publishedAt as string | null),
        publishedSort: utc(row.publishedSort as string | null),
        outlet,
      } as ArticleRow,
    );
  }
  return ids.map((id) => byId.get(id) ?? new Error(`No article has the id ${id}.`));
}

const loaders = new WeakMap<Context, DataLoader<string, ArticleRow>>();

/** The article with this id, read with the others a request asks for in the same turn. */
export function articleById(ctx: Context, id: string): Promise<ArticleRow> {
  let loader = loaders.get(ctx);
  if (!loader) {
    // No cache across turns: a mutation of the same request may change an article.
    loader = new DataLoader((ids) => load(ctx, ids), { cache: false });
    loaders.set(ctx, loader);
  }
  return loader.load(id);
}

/** The relations that hand-built rows carry, each with those of the rows it holds. */
export type Carried = { readonly [relation: string]: Carried };

/**
 * Whether the Prisma query that Pothos planned for a field asks for nothing beyond what hand-built rows
 * carry: only relations they hold, with no arguments of their own (an order, a filter, a page) and no
 * counts. A field whose rows do not carry what its query asks must read them through Prisma instead: its
 * nested fields take the rows as loaded by that query.
 */
export function carries(query: unknown, carried: Carried): boolean {
  if (query === true || query === undefined) return true;
  if (query === null || typeof query !== "object") return false;
  const { include, select, ...rest } = query as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || select !== undefined) return false;
  for (const [relation, asked] of Object.entries((include ?? {}) as Record<string, unknown>)) {
    if (asked === false) continue;
    const held = carried[relation];
    if (!held || !carries(asked, held)) return false;
  }
  return true;
}
