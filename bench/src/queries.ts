/**
 * The query set Q1–Q6, as each contender is asked it, and how each answer is reduced to the same plain
 * rows (raw ids, titles, names) so that the contenders can be checked against each other before timing.
 */
import { RARE_WORD } from "./words.ts";

export type QueryId = "Q1" | "Q2" | "Q3" | "Q4" | "Q5" | "Q6";
/** How a contender is asked: Readout's GraphQL (Readout, the floor) or PostGraphile's. */
export type Dialect = "readout" | "postgraphile" | "floor";

export interface Fixtures {
  /** Raw ids of articles that Q3 cycles through. */
  articleIds: string[];
  /** Readout's cursor and PostGraphile's cursor just before page 400 of Q5. */
  readoutCursor: string;
  postgraphileCursor: string | null;
  eventKey: string;
}

export interface Request {
  operationName: string;
  query: string;
  variables?: Record<string, unknown>;
}

export interface QueryDef {
  id: QueryId;
  title: string;
  /** The request for a dialect, `n` counting requests (so Q3 can ask for another article each time). */
  request(dialect: Dialect, fixtures: Fixtures, n: number): Request | null;
  /** The answer reduced to comparable rows. */
  normalize(dialect: Dialect, data: unknown): unknown;
}

export const readoutId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
export const postgraphileId = (type: string, id: string) =>
  Buffer.from(JSON.stringify([type, id])).toString("base64");
const rawId = (globalId: string) => {
  const decoded = Buffer.from(globalId, "base64").toString("utf8");
  return decoded.slice(decoded.indexOf(":") + 1);
};
/** PostGraphile prints timestamps without a zone; Readout prints UTC with a Z. */
const time = (value: string | null) =>
  value === null ? null : new Date(value.endsWith("Z") ? value : `${value}Z`).toISOString();

// biome-ignore lint/suspicious/noExplicitAny: answers are walked as plain JSON
type Json = any;
const edges = (connection: Json): Json[] => (connection?.edges ?? []).map((edge: Json) => edge.node);
const nodes = (connection: Json): Json[] => connection?.nodes ?? [];

export const QUERIES: QueryDef[] = [
  {
    id: "Q1",
    title: "20 newest articles + outlet + participants(first 10)",
    request(dialect) {
      if (dialect === "postgraphile") {
        return {
          operationName: "Q1",
          query: `query Q1 { articles(first: 20, orderBy: [PUBLISHED_SORT_DESC, PRIMARY_KEY_ASC]) { nodes {
            rowId title publishedAt outlet { name }
            articleParticipants(first: 10, orderBy: PRIMARY_KEY_ASC) { nodes { participant { name } } } } } }`,
        };
      }
      return {
        operationName: "Q1",
        query: `query Q1 { articles(first: 20, orderBy: PUBLISHED_DESC) { edges { node {
          id title publishedAt outlet { name } participants(first: 10) { edges { node { name } } } } } } }`,
      };
    },
    normalize(dialect, data: Json) {
      if (dialect === "postgraphile") {
        return nodes(data.articles).map((a) => ({
          id: a.rowId,
          title: a.title,
          publishedAt: time(a.publishedAt),
          outlet: a.outlet.name,
          participants: nodes(a.articleParticipants).map((p) => p.participant.name),
        }));
      }
      return edges(data.articles).map((a) => ({
        id: rawId(a.id),
        title: a.title,
        publishedAt: time(a.publishedAt),
        outlet: a.outlet.name,
        participants: edges(a.participants).map((p) => p.name),
      }));
    },
  },
  {
    id: "Q2",
    title: "10 outlets → articles(first 10) → agreementReports(first 10) → article → outlet",
    request(dialect) {
      if (dialect === "postgraphile") {
        return {
          operationName: "Q2",
          query: `query Q2 { outlets(first: 10, orderBy: [KEY_ASC]) { nodes { name
            articles(first: 10, orderBy: [PUBLISHED_SORT_ASC, PRIMARY_KEY_ASC]) { nodes { title
              agreementReports(first: 10, orderBy: PRIMARY_KEY_ASC) { nodes { rowId article { title outlet { name } } } } } } } } }`,
        };
      }
      return {
        operationName: "Q2",
        query: `query Q2 { outlets(first: 10) { edges { node { name
          articles(first: 10) { edges { node { title
            agreementReports(first: 10) { edges { node { id article { title outlet { name } } } } } } } } } } } }`,
      };
    },
    normalize(dialect, data: Json) {
      const pgl = dialect === "postgraphile";
      const list = (connection: Json) => (pgl ? nodes(connection) : edges(connection));
      return list(data.outlets).map((o) => ({
        outlet: o.name,
        articles: list(o.articles).map((a) => ({
          title: a.title,
          reports: list(a.agreementReports).map((r) => ({
            id: pgl ? r.rowId : rawId(r.id),
            article: r.article.title,
            outlet: r.article.outlet.name,
          })),
        })),
      }));
    },
  },
  {
    id: "Q3",
    title: "one article by node(id:)",
    request(dialect, fixtures, n) {
      const id = fixtures.articleIds[n % fixtures.articleIds.length] as string;
      if (dialect === "postgraphile") {
        return {
          operationName: "Q3",
          query: `query Q3($id: ID!) { node(id: $id) { ... on Article { rowId title publishedAt outlet { name } } } }`,
          variables: { id: postgraphileId("Article", id) },
        };
      }
      return {
        operationName: "Q3",
        query: `query Q3($id: ID!) { node(id: $id) { ... on Article { id title publishedAt outlet { name } } } }`,
        variables: { id: readoutId("Article", id) },
      };
    },
    normalize(dialect, data: Json) {
      const a = data.node;
      if (!a) return null;
      return {
        id: dialect === "postgraphile" ? a.rowId : rawId(a.id),
        title: a.title,
        publishedAt: time(a.publishedAt),
        outlet: a.outlet.name,
      };
    },
  },
  {
    id: "Q4",
    title: `full-text search for "${RARE_WORD}" (~5% of articles), first 10 with matches`,
    request(dialect) {
      if (dialect === "postgraphile") return null;
      return {
        operationName: "Q4",
        query: `query Q4($query: String!) { search(query: $query, first: 10, filter: { kinds: [ARTICLE] }) {
          totalCount edges { node { kind rank article { id title outlet { name } } matches { start end exact } } } } }`,
        variables: { query: RARE_WORD },
      };
    },
    normalize(_dialect, data: Json) {
      return {
        total: data.search.totalCount,
        hits: edges(data.search).map((h) => ({
          id: rawId(h.article.id),
          rank: Number(h.rank).toFixed(5),
          title: h.article.title,
          outlet: h.article.outlet.name,
          matches: h.matches,
        })),
      };
    },
  },
  {
    id: "Q5",
    title: "page 400 of articles (20 per page, newest first) by cursor",
    request(dialect, fixtures) {
      if (dialect === "postgraphile") {
        if (!fixtures.postgraphileCursor) return null;
        return {
          operationName: "Q5",
          query: `query Q5($after: Cursor) { articles(first: 20, after: $after, orderBy: [PUBLISHED_SORT_DESC, PRIMARY_KEY_ASC]) {
            nodes { rowId title publishedAt } } }`,
          variables: { after: fixtures.postgraphileCursor },
        };
      }
      return {
        operationName: "Q5",
        query: `query Q5($after: String) { articles(first: 20, after: $after, orderBy: PUBLISHED_DESC) {
          edges { node { id title publishedAt } } } }`,
        variables: { after: fixtures.readoutCursor },
      };
    },
    normalize(dialect, data: Json) {
      const rows = dialect === "postgraphile" ? nodes(data.articles) : edges(data.articles);
      return rows.map((a) => ({
        id: dialect === "postgraphile" ? a.rowId : rawId(a.id),
        title: a.title,
        publishedAt: time(a.publishedAt),
      }));
    },
  },
  {
    id: "Q6",
    title: "one event's coverage + agreements comparison + discrepancies",
    request(dialect, fixtures) {
      if (dialect !== "readout") return null;
      return {
        operationName: "Q6",
        query: `query Q6($key: String!) { event(key: $key) { title
          coverage { articleCount outletCount byKind { value outlets articles }
            byStateAffiliation { value outlets articles }
            outlets { outlet { name country kind } stateAffiliation firstPublishedAt articles { title genre } } }
          agreements(first: 20) { edges { node { summary comparison { strongest weakest strengthDiffers
            silentOutlets { name }
            outlets { outlet { name } strongest reports { strength evidence { start end exact } } } } } } }
          discrepancies { attribute verdict sides { scopes min max unit value
            claims { value qualifier normalized article { outlet { name } } evidence { exact } } } } } }`,
        variables: { key: fixtures.eventKey },
      };
    },
    normalize(_dialect, data: Json) {
      return data.event;
    },
  },
];
