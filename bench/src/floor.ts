/**
 * The floor: what the queries cost when written by hand. node:http and pg, one prepared SQL statement per
 * request that builds the whole JSON answer, in the same shape as Readout's answer to the same GraphQL
 * operation (the operation is chosen by its `operationName`; the GraphQL text itself is not read).
 * Configured by DATABASE_URL and PORT; prints "ready" when it listens.
 */
import { createServer } from "node:http";
import pg from "pg";
import { RARE_WORD } from "./words.ts";

const globalId = (type: string, column: string) =>
  `encode(convert_to('${type}:' || ${column}, 'UTF8'), 'base64')`;
const iso = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
/** The row id inside a global id or a cursor ("Article:<id>", "GPC:S:<id>"), decoded here, not in SQL. */
const decodeId = (value: unknown, prefix: string) =>
  Buffer.from(String(value), "base64").toString("utf8").slice(prefix.length);
const edges = (node: string, order: string) =>
  `json_build_object('edges', coalesce(json_agg(json_build_object('node', ${node}) ORDER BY ${order}), '[]'::json))`;

/**
 * Readout's order of articles by publication: newest (or oldest) first by "publishedSort" (the latest moment
 * a publication time may stand for at its precision, a generated column), undated last, then by id.
 */
const NEWEST = `"publishedSort" DESC NULLS LAST, "id"`;
const OLDEST = `"publishedSort" ASC NULLS LAST, "id"`;

export const FLOOR_SQL: Record<
  string,
  { sql: string; params: (variables: Record<string, unknown>) => unknown[] }
> = {
  Q1: {
    params: () => [],
    sql: `
      SELECT json_build_object('data', json_build_object('articles', ${edges(
        `json_build_object('id', ${globalId("Article", "a.id")}, 'title', a.title, 'publishedAt', ${iso('a."publishedAt"')},
           'outlet', json_build_object('name', o.name),
           'participants', (SELECT ${edges("json_build_object('name', p.name)", 'ap."participantId"')}
                            FROM (SELECT "participantId" FROM "ArticleParticipant" WHERE "articleId" = a.id
                                  ORDER BY "participantId" LIMIT 10) ap
                            JOIN "Participant" p ON p.id = ap."participantId"))`,
        `a."publishedSort" DESC NULLS LAST, a.id`,
      )}))::text AS json
      FROM (SELECT id, title, "publishedAt", "publishedSort", "outletId" FROM "Article" ORDER BY ${NEWEST} LIMIT 20) a
      JOIN "Outlet" o ON o.id = a."outletId"`,
  },
  Q2: {
    params: () => [],
    sql: `
      SELECT json_build_object('data', json_build_object('outlets', ${edges(
        `json_build_object('name', o.name, 'articles', (
           SELECT ${edges(
             `json_build_object('title', a.title, 'agreementReports', (
                SELECT ${edges(
                  `json_build_object('id', ${globalId("AgreementReport", "r.id")},
                     'article', json_build_object('title', ra.title, 'outlet', json_build_object('name', ro.name)))`,
                  "r.id",
                )}
                FROM (SELECT id, "articleId" FROM "AgreementReport" WHERE "articleId" = a.id ORDER BY id LIMIT 10) r
                JOIN "Article" ra ON ra.id = r."articleId" JOIN "Outlet" ro ON ro.id = ra."outletId"))`,
             `a."publishedSort" ASC NULLS LAST, a.id`,
           )}
           FROM (SELECT id, title, "publishedSort" FROM "Article" WHERE "outletId" = o.id ORDER BY ${OLDEST} LIMIT 10) a))`,
        "o.name, o.id",
      )}))::text AS json
      FROM (SELECT id, name FROM "Outlet" ORDER BY name, id LIMIT 10) o`,
  },
  Q3: {
    params: (variables) => [decodeId(variables.id, "Article:")],
    sql: `
      SELECT json_build_object('data', json_build_object('node', (
        SELECT json_build_object('id', ${globalId("Article", "a.id")}, 'title', a.title,
                 'publishedAt', ${iso('a."publishedAt"')}, 'outlet', json_build_object('name', o.name))
        FROM "Article" a JOIN "Outlet" o ON o.id = a."outletId"
        WHERE a.id = $1)))::text AS json`,
  },
  Q4: {
    params: (variables) => [variables.query ?? RARE_WORD],
    sql: `
      WITH q AS (SELECT websearch_to_tsquery('english', $1) AS query),
      hits AS (
        SELECT a.id, a."publishedSort", a.body, a."outletId", a.title,
               ts_rank(a."searchVector", q.query) AS rank, count(*) OVER () AS total
        FROM "Article" a, q WHERE a."searchVector" @@ q.query
        ORDER BY rank DESC, a."publishedSort" ASC NULLS LAST, a.id LIMIT 10
      ),
      marked AS (
        SELECT h.*, ts_headline('english', h.body, q.query, 'HighlightAll=true, StartSel=' || chr(1) || ', StopSel=' || chr(2)) AS marked
        FROM hits h, q
      )
      SELECT json_build_object('data', json_build_object('search', json_build_object(
        'totalCount', coalesce(max(m.total), 0),
        'edges', coalesce(json_agg(json_build_object('node', json_build_object(
          'kind', 'ARTICLE', 'rank', m.rank::float8,
          'article', json_build_object('id', ${globalId("Article", "m.id")}, 'title', m.title,
                                       'outlet', json_build_object('name', o.name)),
          'matches', (
            SELECT coalesce(json_agg(json_build_object('start', x.start, 'end', x.start + char_length(x.word), 'exact', x.word) ORDER BY x.ord), '[]'::json)
            FROM (
              SELECT piece.ord, split_part(piece.text, chr(2), 1) AS word,
                     coalesce(sum(char_length(replace(piece.text, chr(2), ''))) OVER (ORDER BY piece.ord
                       ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::int AS start
              FROM unnest(string_to_array(m.marked, chr(1))) WITH ORDINALITY AS piece(text, ord)
            ) x WHERE x.ord > 1)
        )) ORDER BY m.rank DESC, m."publishedSort" ASC NULLS LAST, m.id), '[]'::json))))::text AS json
      FROM marked m JOIN "Outlet" o ON o.id = m."outletId"`,
  },
  Q5: {
    params: (variables) => [decodeId(variables.after, "GPC:S:")],
    // Keyset after the cursor's article in "newest first, undated last" order, as three index range scans:
    // the same sort key with a larger id, an earlier key, and the undated ones.
    sql: `
      WITH page AS (
        (SELECT id, title, "publishedAt", "publishedSort" FROM "Article"
         WHERE "publishedSort" = (SELECT "publishedSort" FROM "Article" WHERE id = $1) AND id > $1
         ORDER BY id LIMIT 20)
        UNION ALL
        (SELECT id, title, "publishedAt", "publishedSort" FROM "Article"
         WHERE "publishedSort" < (SELECT "publishedSort" FROM "Article" WHERE id = $1)
         ORDER BY ${NEWEST} LIMIT 20)
        UNION ALL
        (SELECT id, title, "publishedAt", "publishedSort" FROM "Article"
         WHERE "publishedSort" IS NULL AND (id > $1 OR (SELECT "publishedSort" FROM "Article" WHERE id = $1) IS NOT NULL)
         ORDER BY id LIMIT 20)
      )
      SELECT json_build_object('data', json_build_object('articles', ${edges(
        `json_build_object('id', ${globalId("Article", "a.id")}, 'title', a.title, 'publishedAt', ${iso('a."publishedAt"')})`,
        `a."publishedSort" DESC NULLS LAST, a.id`,
      )}))::text AS json
      FROM (SELECT * FROM page ORDER BY ${NEWEST} LIMIT 20) a`,
  },
};

async function main() {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  pool.on("error", () => {});
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as {
          operationName?: string;
          variables?: Record<string, unknown>;
        };
        const query = FLOOR_SQL[body.operationName ?? ""];
        if (!query) {
          response.writeHead(400, { "content-type": "application/json" });
          response.end(JSON.stringify({ errors: [{ message: `no SQL for ${body.operationName}` }] }));
          return;
        }
        const result = await pool.query({
          name: body.operationName,
          text: query.sql,
          values: query.params(body.variables ?? {}),
        });
        response.writeHead(200, { "content-type": "application/json" });
        response.end(result.rows[0].json);
      } catch (error) {
        response.writeHead(500, { "content-type": "application/json" });
        response.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
      }
    });
  });
  server.listen(Number(process.env.PORT ?? 5679), "127.0.0.1", () => console.log("ready"));
  const stop = () => {
    server.close();
    void pool.end().then(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (process.argv[1]?.endsWith("floor.ts")) await main();
