/**
 * The connections and root fields whose SQL the schema's metadata cannot derive: their arguments
 * (filters, orderings) or their join tables. Each mirrors a resolver in ../schema and must answer the
 * same; the filters reuse the schema's own checks (`articleWhere`), so a bad value takes the ordinary
 * path and gets the same coded error there.
 */
import type { FieldNode, GraphQLField } from "graphql";
import { GraphQLObjectType, getNamedType } from "graphql";
import { decodeReadoutId } from "../builder.ts";
import { getDatamodel } from "../generated/pothos-types.ts";
import {
  type ArticleFilterInput,
  articleWhere,
  articleOrder as resolverArticleOrder,
} from "../schema/filters.ts";
import {
  argsOf,
  type Compiler,
  type ConnectionSpec,
  connectionNodeType,
  modelOf,
  type OrderKey,
  orderFrom,
  type RelationField,
  type SpecTable,
} from "./compile.ts";
import { type BindScope, ident, NotCovered } from "./sql.ts";

type Field = GraphQLField<unknown, unknown>;

/** The node types anyone may read; `node(id:)` of any other type runs through the resolvers. */
const PUBLIC_NODES = new Set([
  "Agreement",
  "AgreementReport",
  "Article",
  "Claim",
  "Event",
  "Outlet",
  "Participant",
  "SourceDocument",
  "Statement",
  "StatementGroup",
  "Topic",
]);

const datamodel = getDatamodel().datamodel.models as unknown as Record<
  string,
  { fields: (RelationField & { kind: string; isId?: boolean })[]; primaryKey: { fields: string[] } | null }
>;

/** The resolvers' own order of an article list (filters.ts), as order keys. */
const articleOrder = (order: unknown): OrderKey[] =>
  orderFrom(resolverArticleOrder(order === "PUBLISHED_DESC" ? "PUBLISHED_DESC" : "PUBLISHED_ASC"));

/** The article filter's conditions that a request gives (a missing filter, an empty list, count as none). */
function givenFilters(args: Record<string, unknown>): string[] {
  const filter = args.filter as Record<string, unknown> | null | undefined;
  if (!filter) return [];
  return Object.keys(filter)
    .filter((key) => filter[key] != null && !(Array.isArray(filter[key]) && filter[key].length === 0))
    .sort();
}

/**
 * The article filter as SQL on the article row `a`: the conditions the request gives (the plan depends
 * on which), each reading its value from a parameter. The values are checked by the schema's own
 * `articleWhere`; a value it refuses sends the request down the ordinary path, which reports it.
 */
function articleFilter(compiler: Compiler, field: Field, node: FieldNode, a: string): string {
  const given = compiler.structural(field, node, givenFilters);
  if (given.length === 0) return "TRUE";
  const filter = (scope: BindScope) => {
    const value = argsOf(scope, field, node).filter as ArticleFilterInput;
    articleWhere(decodeFilterIds(value));
    return value;
  };
  const p = compiler.params;
  const id = (name: keyof ArticleFilterInput, typename: string) =>
    p.add((scope) => {
      const raw = filter(scope)[name] as unknown;
      const decoded = typeof raw === "string" ? decodeOrNull(raw) : null;
      if (!decoded || decoded.typename !== typename) throw new NotCovered("filter id");
      return decoded.id;
    }, "text");
  const conditions: Record<string, () => string> = {
    outlet: () => `${a}."outletId" = ${id("outlet", "Outlet")}`,
    outletCountries: () => {
      const codes = p.add(
        (scope) => filter(scope).outletCountries?.map((code) => code.trim().toUpperCase()),
        "text[]",
      );
      return `${a}."outletId" IN (SELECT o."id" FROM "Outlet" o WHERE o."country" = ANY(${codes}))`;
    },
    outletKinds: () => {
      const kinds = p.add((scope) => filter(scope).outletKinds, "text[]");
      return `${a}."outletId" IN (SELECT o."id" FROM "Outlet" o WHERE o."kind"::text = ANY(${kinds}))`;
    },
    publishedFrom: () =>
      `${a}."publishedAt" >= ${p.add((scope) => filter(scope).publishedFrom?.toISOString(), "timestamp")}`,
    publishedTo: () =>
      `${a}."publishedAt" <= ${p.add((scope) => filter(scope).publishedTo?.toISOString(), "timestamp")}`,
    participant: () =>
      `EXISTS (SELECT 1 FROM "ArticleParticipant" f WHERE f."articleId" = ${a}."id" AND f."participantId" = ${id("participant", "Participant")})`,
    event: () =>
      `EXISTS (SELECT 1 FROM "ArticleEvent" f WHERE f."articleId" = ${a}."id" AND f."eventId" = ${id("event", "Event")})`,
    topic: () => {
      const topic = id("topic", "Topic");
      return `(EXISTS (SELECT 1 FROM "TopicMention" f WHERE f."articleId" = ${a}."id" AND f."topicId" = ${topic})
        OR EXISTS (SELECT 1 FROM "Statement" s JOIN "StatementTopic" f ON f."statementId" = s."id" WHERE s."articleId" = ${a}."id" AND f."topicId" = ${topic})
        OR EXISTS (SELECT 1 FROM "AgreementReport" r JOIN "Agreement" g ON g."id" = r."agreementId" WHERE r."articleId" = ${a}."id" AND g."topicId" = ${topic}))`;
    },
  };
  return given
    .map((key) => {
      const condition = conditions[key];
      if (!condition) throw new NotCovered(`article filter ${key}`);
      return condition();
    })
    .join(" AND ");
}

function decodeOrNull(id: string) {
  try {
    return decodeReadoutId(id);
  } catch {
    return null;
  }
}

/** Input global ids arrive decoded by Pothos' argument mapping in resolvers; here they arrive as text. */
function decodeFilterIds(filter: ArticleFilterInput): ArticleFilterInput {
  const decoded = { ...filter } as Record<string, unknown>;
  for (const key of ["outlet", "participant", "topic", "event"]) {
    const value = decoded[key];
    if (typeof value === "string") {
      const id = decodeOrNull(value);
      if (!id) throw new NotCovered("filter id");
      decoded[key] = id;
    }
  }
  return decoded as ArticleFilterInput;
}

type FieldSpec = SpecTable["fields"][string];

/** A field spec that answers only while the named arguments are absent (or null). */
function withoutArguments(names: string[], spec: FieldSpec): FieldSpec {
  return (compiler, row, field, nodes) => {
    const node = nodes[0] as FieldNode;
    compiler.params.guards.push((scope) => {
      const args = argsOf(scope, field, node);
      if (names.some((name) => args[name] != null)) throw new NotCovered(`argument ${names.join("/")}`);
    });
    return spec(compiler, row, field, nodes);
  };
}

function connectionType(field: Field): GraphQLObjectType {
  const type = getNamedType(field.type);
  if (!(type instanceof GraphQLObjectType)) throw new NotCovered("connection type");
  return type;
}

/** A root connection over one table. */
function rootConnection(
  table: string,
  order: (compiler: Compiler, field: Field, node: FieldNode) => OrderKey[],
  where: (compiler: Compiler, field: Field, node: FieldNode, row: string) => string = () => "TRUE",
) {
  return (compiler: Compiler, field: Field, nodes: FieldNode[]) => {
    const node = nodes[0] as FieldNode;
    const type = connectionType(field);
    const spec: ConnectionSpec = {
      table,
      nodeType: connectionNodeType(type),
      correlate: () => "TRUE",
      where: memoWhere((row) => where(compiler, field, node, row)),
      order: order(compiler, field, node),
      cursorColumns: ["id"],
    };
    return compiler.connection(type, nodes, spec, field);
  };
}

/**
 * A `where` builder that adds its parameters once: the page and the count use it with different row
 * aliases, and the parameters do not depend on the alias.
 */
function memoWhere(build: (row: string) => string): (row: string) => string {
  let template: string | undefined;
  const marker = "__row__";
  return (row) => {
    template ??= build(marker);
    return template.replaceAll(marker, row);
  };
}

/** A many-to-many connection paged on its join table, whose nodes are the rows the join rows point at. */
function joinConnection(options: {
  table: string;
  parentColumn: string;
  nodeColumn: string;
  nodeTable: string;
  articleFilterOn?: "node";
}) {
  return (compiler: Compiler, row: string, field: Field, nodes: FieldNode[]) => {
    const node = nodes[0] as FieldNode;
    const type = connectionType(field);
    const cursorColumns = [options.parentColumn, options.nodeColumn].sort((a, b) =>
      a === "articleId" ? -1 : b === "articleId" ? 1 : 0,
    );
    const spec: ConnectionSpec = {
      table: options.table,
      nodeType: connectionNodeType(type),
      correlate: (r) => `${r}.${ident(options.parentColumn)} = ${row}."id"`,
      where: memoWhere((r) =>
        options.articleFilterOn
          ? `EXISTS (SELECT 1 FROM "Article" fa WHERE fa."id" = ${r}.${ident(options.nodeColumn)} AND ${articleFilter(compiler, field, node, "fa")})`
          : "TRUE",
      ),
      order: cursorColumns.map((column) => ({ column, desc: false, nullable: false })),
      cursorColumns,
      node: { table: options.nodeTable, column: options.nodeColumn },
    };
    return compiler.connection(type, nodes, spec, field);
  };
}

/** A one-to-many connection: the rows of `table` whose `column` points at the parent row. */
function relatedConnection(table: string, column: string, order: OrderKey[] = []) {
  return (compiler: Compiler, row: string, field: Field, nodes: FieldNode[]) => {
    const type = connectionType(field);
    return compiler.connection(
      type,
      nodes,
      {
        table,
        nodeType: connectionNodeType(type),
        correlate: (r) => `${r}.${ident(column)} = ${row}."id"`,
        where: () => "TRUE",
        order: [...order, { column: "id", desc: false, nullable: false }],
        cursorColumns: ["id"],
      },
      field,
    );
  };
}

/** One row by a unique column, from an argument. */
function rootOne(table: string, column: string, argument: string) {
  return (compiler: Compiler, field: Field, nodes: FieldNode[]) => {
    const node = nodes[0] as FieldNode;
    const type = getNamedType(field.type);
    if (!(type instanceof GraphQLObjectType)) throw new NotCovered("type");
    const value = compiler.arg(field, node, (args) => args[argument], "text");
    const row = compiler.alias("o");
    return `(SELECT ${compiler.object(type, row, compiler.collect(type, nodes))} FROM ${ident(table)} ${row} WHERE ${row}.${ident(column)} = ${value})`;
  };
}

export const specs: SpecTable = {
  roots: {
    articles: rootConnection(
      "Article",
      (compiler, field, node) =>
        articleOrder(compiler.structural(field, node, (args) => args.orderBy ?? null)),
      (compiler, field, node, row) => articleFilter(compiler, field, node, row),
    ),
    outlets: rootConnection("Outlet", () => [
      { column: "name", desc: false, nullable: false },
      { column: "id", desc: false, nullable: false },
    ]),
    events: rootConnection("Event", () => [{ column: "id", desc: false, nullable: false }]),
    agreements: rootConnection(
      "Agreement",
      () => [{ column: "id", desc: false, nullable: false }],
      (compiler, field, node, row) => {
        const eventOf = (args: Record<string, unknown>) => (args.filter as { event?: unknown } | null)?.event;
        if (!compiler.structural(field, node, (args) => eventOf(args) != null)) return "TRUE";
        const event = compiler.params.add((scope) => {
          const raw = eventOf(argsOf(scope, field, node));
          const id = typeof raw === "string" ? decodeOrNull(raw) : null;
          if (id?.typename !== "Event") throw new NotCovered("filter id");
          return id.id;
        }, "text");
        return `${row}."eventId" = ${event}`;
      },
    ),
    event: rootOne("Event", "key", "key"),
    node: (compiler, field, nodes) => {
      const node = nodes[0] as FieldNode;
      const typename = (variables: Record<string, unknown>) => {
        const id = compiler.argsWith(field, node, variables).id;
        return typeof id === "string" ? (decodeOrNull(id)?.typename ?? "") : "";
      };
      compiler.structure.push(typename);
      const name = typename(compiler.variables);
      const type = name ? compiler.schema.getType(name) : undefined;
      // Public types only: a node that needs a key (an uncurated candidate) is the resolvers' to check.
      if (!(type instanceof GraphQLObjectType) || !PUBLIC_NODES.has(type.name))
        throw new NotCovered("node id");
      const table = modelOf(type);
      const id = compiler.params.add((scope) => {
        const decoded = decodeOrNull(String(argsOf(scope, field, node).id));
        if (!decoded || decoded.typename !== name) throw new NotCovered("node id");
        return decoded.id;
      }, "text");
      const row = compiler.alias("o");
      return `(SELECT ${compiler.object(type, row, compiler.collect(type, nodes))} FROM ${ident(table)} ${row} WHERE ${row}."id" = ${id})`;
    },
  },
  fields: {
    // A resolver of its own (comparisons' articles come without it), but a column all the same.
    "Article.body": (_compiler, row) => `${row}."body"`,
    "Article.agreementReports": relatedConnection("AgreementReport", "articleId"),
    "Article.claims": relatedConnection("Claim", "articleId"),
    "Agreement.reports": relatedConnection("AgreementReport", "agreementId"),
    "Event.agreements": relatedConnection("Agreement", "eventId"),
    "Event.claims": relatedConnection("Claim", "eventId"),
    "SourceDocument.articles": relatedConnection("Article", "sourceDocumentId", [
      { column: "sourceStart", desc: false, nullable: false },
    ]),
    "Outlet.articles": (compiler, row, field, nodes) => {
      const node = nodes[0] as FieldNode;
      const type = connectionType(field);
      const spec: ConnectionSpec = {
        table: "Article",
        nodeType: connectionNodeType(type),
        correlate: (r) => `${r}."outletId" = ${row}."id"`,
        where: memoWhere((r) => articleFilter(compiler, field, node, r)),
        order: articleOrder(compiler.structural(field, node, (args) => args.orderBy ?? null)),
        cursorColumns: ["id"],
      };
      return compiler.connection(type, nodes, spec, field);
    },
    // A statement filter is the resolvers' to apply (it matches speakers by alias); without one, these
    // are plain one-to-many connections.
    "Article.statements": withoutArguments(["filter"], relatedConnection("Statement", "articleId")),
    "Participant.statements": withoutArguments(["filter"], relatedConnection("Statement", "speakerId")),
    "Article.participants": joinConnection({
      table: "ArticleParticipant",
      parentColumn: "articleId",
      nodeColumn: "participantId",
      nodeTable: "Participant",
    }),
    "Article.events": joinConnection({
      table: "ArticleEvent",
      parentColumn: "articleId",
      nodeColumn: "eventId",
      nodeTable: "Event",
    }),
    "Event.articles": joinConnection({
      table: "ArticleEvent",
      parentColumn: "eventId",
      nodeColumn: "articleId",
      nodeTable: "Article",
      articleFilterOn: "node",
    }),
    "Participant.articles": joinConnection({
      table: "ArticleParticipant",
      parentColumn: "participantId",
      nodeColumn: "articleId",
      nodeTable: "Article",
      articleFilterOn: "node",
    }),
  },
  joinOf(model, relation) {
    if (relation.relationFromFields?.length === 1) {
      return { parent: relation.relationFromFields[0] as string, target: "id" };
    }
    const back = datamodel[relation.type]?.fields.find(
      (field) => field.relationName === relation.relationName && field.relationFromFields?.length,
    );
    const target =
      back?.type === model && back.relationFromFields?.length === 1 ? back.relationFromFields[0] : undefined;
    if (!target) throw new NotCovered(`relation ${model}.${relation.name}`);
    return { parent: "id", target };
  },
  primaryKey(model) {
    const entry = datamodel[model];
    if (!entry) throw new NotCovered(`model ${model}`);
    if (entry.primaryKey) return entry.primaryKey.fields;
    const id = entry.fields.find((field) => field.isId);
    if (!id) throw new NotCovered(`model ${model} has no id`);
    return [id.name];
  },
};
