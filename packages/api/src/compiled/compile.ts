/**
 * Compiles a read operation into one SQL statement that returns the whole `data` object as JSON, built in
 * PostgreSQL: every connection reads at most `first + 1` rows per parent (`first` when no page info is
 * asked) with a keyset condition on an indexed order, counts and relations are read only when selected, and only the selected columns are used.
 *
 * Prisma's own SQL for nested selections builds each child row's JSON before it applies the page limit,
 * so its cost grows with the table; this planner is what keeps a request's cost at the size of its page.
 * It is derived from the Pothos schema itself (exposed fields name their column; relation fields carry
 * Prisma's relation metadata), plus a table of the few connections whose arguments need SQL of their own
 * (`specs.ts`). Anything it does not cover (computed fields, mutations, backward paging, some filters)
 * raises NotCovered, and the request runs through the ordinary Pothos resolvers instead, which answer
 * the same; a test compares the two paths on every documented query.
 */
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  GraphQLObjectType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isEnumType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../page-size.ts";

/** Page sizes written into the SQL (see `connection`); others are a parameter. */
const USUAL_PAGE_SIZES = new Set([0, 1, 2, 3, 5, 10, 20, 25, 50, 100, DEFAULT_PAGE_SIZE]);

import { type BindScope, ident, jsonObject, literal, NotCovered, Params } from "./sql.ts";

export type Fields = Map<string, FieldNode[]>;

/** One key of an ordering: a column, its direction, and whether it may be null (then sorted last). */
export interface OrderKey {
  column: string;
  desc: boolean;
  nullable: boolean;
}

/** What a connection pages over and how; built by the specs for each connection field. */
export interface ConnectionSpec {
  /** The table whose rows are paged (a join table for many-to-many connections). */
  table: string;
  /** The GraphQL type of each edge's node. */
  nodeType: GraphQLObjectType;
  /** Ties the paged rows (alias `row`) to the parent row; "TRUE" at the root. */
  correlate: (row: string) => string;
  /** Further conditions on the paged rows, from the field's arguments. */
  where: (row: string) => string;
  /** The order; its last key is unique, and all keys share one direction. */
  order: OrderKey[];
  /** The columns that make up the cursor (Pothos' cursor encoding of them). */
  cursorColumns: string[];
  /** The node's row from a paged row: the row itself, or the row a join row points at. */
  node?: { table: string; column: string };
}

interface Compiled {
  sql: string;
  params: Params;
}

export class Compiler {
  readonly params = new Params();
  /** Functions of the variables whose results decide the SQL text (an order chosen by a variable, say). */
  readonly structure: ((variables: Record<string, unknown>) => string)[] = [];
  private aliases = 0;

  constructor(
    readonly schema: GraphQLSchema,
    readonly fragments: Record<string, FragmentDefinitionNode>,
    readonly variables: Record<string, unknown>,
    readonly specs: SpecTable,
  ) {}

  alias(prefix: string): string {
    this.aliases += 1;
    return `${prefix}${this.aliases}`;
  }

  /**
   * Something about a field's arguments that decides the SQL text (which filters are given, whether a
   * cursor is): the plan depends on it, so requests that differ in it get plans of their own, and the
   * SQL carries no "parameter is null or …" branches that would defeat the planner.
   */
  structural<T>(
    field: GraphQLField<unknown, unknown>,
    node: FieldNode,
    pick: (args: Record<string, unknown>) => T,
  ): T {
    const read = (variables: Record<string, unknown>) => pick(getArgumentValues(field, node, variables));
    this.structure.push((variables) => JSON.stringify(read(variables)) ?? "");
    return read(this.variables);
  }

  /** The coerced arguments of a field for other variables, without recording a dependency. */
  argsWith(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>) {
    return getArgumentValues(field, node, variables);
  }

  /** A parameter holding one coerced argument, read again for each request. */
  arg(
    field: GraphQLField<unknown, unknown>,
    node: FieldNode,
    pick: (args: Record<string, unknown>) => unknown,
    type: string,
  ) {
    return this.params.add((scope) => pick(argsOf(scope, field, node)), type);
  }

  collect(type: GraphQLObjectType, nodes: readonly FieldNode[]): Fields {
    const fields: Fields = new Map();
    for (const node of nodes) if (node.selectionSet) this.collectInto(type, node.selectionSet, fields);
    return fields;
  }

  collectInto(type: GraphQLObjectType, set: SelectionSetNode, fields: Fields): void {
    for (const selection of set.selections) {
      if (selection.directives?.length) throw new NotCovered("directives");
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const list = fields.get(key);
        if (list) list.push(selection);
        else fields.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (this.applies(type, selection.typeCondition?.name.value)) {
          this.collectInto(type, selection.selectionSet, fields);
        }
      } else {
        const fragment = this.fragments[selection.name.value];
        if (!fragment) throw new NotCovered("unknown fragment");
        if (this.applies(type, fragment.typeCondition.name.value)) {
          this.collectInto(type, fragment.selectionSet, fields);
        }
      }
    }
  }

  private applies(type: GraphQLObjectType, condition: string | undefined): boolean {
    if (!condition || condition === type.name) return true;
    const conditionType = this.schema.getType(condition);
    return Boolean(
      conditionType && isAbstractType(conditionType) && this.schema.isSubType(conditionType, type),
    );
  }

  /** The JSON object of one row (`row` is its alias) with the selected fields, in selection order. */
  object(type: GraphQLObjectType, row: string, fields: Fields): string {
    const pairs: [string, string][] = [];
    for (const [key, nodes] of fields) {
      const first = nodes[0] as FieldNode;
      const name = first.name.value;
      if (name === "__typename") {
        pairs.push([key, literal(type.name)]);
        continue;
      }
      const field = type.getFields()[name];
      if (!field) throw new NotCovered(`unknown field ${type.name}.${name}`);
      pairs.push([key, this.field(type, row, field, nodes)]);
    }
    return jsonObject(pairs);
  }

  private field(
    type: GraphQLObjectType,
    row: string,
    field: GraphQLField<unknown, unknown>,
    nodes: FieldNode[],
  ) {
    const extensions = field.extensions as Record<string, unknown>;
    const custom = this.specs.fields[`${type.name}.${field.name}`];
    if (custom) return custom(this, row, field, nodes);
    if (field.name === "id" && type.getInterfaces().some((i) => i.name === "Node")) {
      return globalId(type.name, `${row}."id"`);
    }
    const exposed = extensions.pothosExposedField;
    if (typeof exposed === "string") return scalar(`${row}.${ident(exposed)}`, getNamedType(field.type));
    const relation = extensions.pothosPrismaRelationField as RelationField | undefined;
    if (relation) return this.relation(type, row, field, nodes, relation);
    throw new NotCovered(`${type.name}.${field.name} is computed`);
  }

  private relation(
    type: GraphQLObjectType,
    row: string,
    field: GraphQLField<unknown, unknown>,
    nodes: FieldNode[],
    relation: RelationField,
  ): string {
    const target = getNamedType(field.type);
    const model = modelOf(type);
    const query = relationQuery(field, relation);
    const join = this.specs.joinOf(model, relation);
    const order = orderFrom((query as { orderBy?: unknown } | undefined)?.orderBy);
    if (query && Object.keys(query).some((key) => key !== "orderBy")) throw new NotCovered("relation query");

    // A connection's cursor and order are not kept in the field's metadata: each has a spec (specs.ts).
    if (isObjectType(target) && target.name.endsWith("Connection"))
      throw new NotCovered("connection without spec");
    if (!isObjectType(target) || modelOf(target) !== relation.type) throw new NotCovered("relation type");
    if (nodes.some((node) => node.arguments?.length)) throw new NotCovered("relation arguments");
    const alias = this.alias("r");
    const object = this.object(target, alias, this.collect(target, nodes));
    const from = `FROM ${ident(relation.type)} ${alias} WHERE ${alias}.${ident(join.target)} = ${row}.${ident(join.parent)}`;
    if (!relation.isList) return `(SELECT ${object} ${from} LIMIT 1)`;
    const orderBy = [...order, { column: "__pk", desc: false, nullable: false }]
      .map((key) =>
        key.column === "__pk" ? primaryOrder(this.specs, relation.type, alias) : orderSql(alias, key),
      )
      .join(", ");
    return `(SELECT coalesce(json_agg(${object} ORDER BY ${orderBy}), '[]'::json) ${from})`;
  }

  /**
   * A connection: `first + 1` rows (`first` without page info) in the spec's order after the cursor row, then edges, page info and
   * (only when selected) the total count.
   */
  connection(
    connectionType: GraphQLObjectType,
    nodes: FieldNode[],
    spec: ConnectionSpec,
    field: GraphQLField<unknown, unknown>,
  ): string {
    const node = nodes[0] as FieldNode;
    // A usual page size is part of the plan, written into the SQL: with every LIMIT known, PostgreSQL's
    // generic plan of the prepared statement costs what a custom one does, so it is planned once per
    // connection rather than again for every request (a LIMIT parameter makes it plan every time). Other
    // sizes share one plan with the size as a parameter, so that a client stepping through every size
    // cannot multiply plans and prepared statements.
    const first = this.structural(field, node, (args) => {
      if (args.last != null || args.before != null) return "backward";
      const value = (args.first as number | null) ?? DEFAULT_PAGE_SIZE;
      return USUAL_PAGE_SIZES.has(value) ? value : "other";
    });
    if (first === "backward") throw new NotCovered("backward paging");
    const limit =
      typeof first === "number"
        ? String(first)
        : this.params.add((scope) => {
            const value = (argsOf(scope, field, node).first as number | null) ?? DEFAULT_PAGE_SIZE;
            if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE)
              throw new NotCovered("page size");
            return value;
          }, "int");
    const after = this.structural(field, node, (args) => args.after != null)
      ? this.params.add(
          (scope) =>
            JSON.stringify(decodeCursor(argsOf(scope, field, node).after, spec.cursorColumns.length)),
          "jsonb",
        )
      : null;

    const page = this.alias("p");
    const nodeRow = spec.node ? this.alias("n") : page;
    const cursorExpr = pothosCursor(spec.cursorColumns.map((column) => `${page}.${ident(column)}`));
    const rank = `${page}.__rank`;
    const selections = this.collect(connectionType, nodes);
    // Page info (is there a next page, the first and last cursors) needs one row more than the page and
    // each row's rank; without it the page is just the first rows in order.
    const paged = [...selections.values()].some(
      (keyNodes) => (keyNodes[0] as FieldNode).name.value === "pageInfo",
    );
    const inOrder = spec.order.map((key) => orderSql(page, key)).join(", ");

    const pairs: [string, string][] = [];
    let needsNodeJoin = false;
    for (const [key, keyNodes] of selections) {
      const name = (keyNodes[0] as FieldNode).name.value;
      if (name === "__typename") pairs.push([key, literal(connectionType.name)]);
      else if (name === "totalCount") {
        pairs.push([
          key,
          `(SELECT count(*)::int FROM ${ident(spec.table)} c WHERE ${spec.correlate("c")} AND ${spec.where("c")})`,
        ]);
      } else if (name === "edges") {
        const edgeType = getNamedType(connectionType.getFields().edges?.type) as GraphQLObjectType;
        const edgePairs: [string, string][] = [];
        for (const [edgeKey, edgeNodes] of this.collect(edgeType, keyNodes)) {
          const edgeField = (edgeNodes[0] as FieldNode).name.value;
          if (edgeField === "__typename") edgePairs.push([edgeKey, literal(edgeType.name)]);
          else if (edgeField === "cursor") edgePairs.push([edgeKey, cursorExpr]);
          else if (edgeField === "node") {
            needsNodeJoin = true;
            edgePairs.push([
              edgeKey,
              this.object(spec.nodeType, nodeRow, this.collect(spec.nodeType, edgeNodes)),
            ]);
          } else throw new NotCovered(`edge field ${edgeField}`);
        }
        pairs.push([
          key,
          paged
            ? `coalesce(json_agg(${jsonObject(edgePairs)} ORDER BY ${rank}) FILTER (WHERE ${rank} <= ${limit}), '[]'::json)`
            : `coalesce(json_agg(${jsonObject(edgePairs)} ORDER BY ${inOrder}), '[]'::json)`,
        ]);
      } else if (name === "pageInfo") {
        const infoType = getNamedType(connectionType.getFields().pageInfo?.type) as GraphQLObjectType;
        const infoPairs: [string, string][] = [];
        for (const [infoKey, infoNodes] of this.collect(infoType, keyNodes)) {
          const infoField = (infoNodes[0] as FieldNode).name.value;
          const value: Record<string, string> = {
            __typename: literal(infoType.name),
            hasNextPage: `count(${rank}) > ${limit}`,
            hasPreviousPage: after ? "TRUE" : "FALSE",
            startCursor: `(array_agg(${cursorExpr} ORDER BY ${rank}) FILTER (WHERE ${rank} <= ${limit}))[1]`,
            endCursor: `(array_agg(${cursorExpr} ORDER BY ${rank} DESC) FILTER (WHERE ${rank} <= ${limit}))[1]`,
          };
          const expression = value[infoField];
          if (!expression) throw new NotCovered(`pageInfo field ${infoField}`);
          infoPairs.push([infoKey, expression]);
        }
        pairs.push([key, jsonObject(infoPairs)]);
      } else throw new NotCovered(`connection field ${name}`);
    }
    const join =
      spec.node && needsNodeJoin
        ? ` JOIN ${ident(spec.node.table)} ${nodeRow} ON ${nodeRow}."id" = ${page}.${ident(spec.node.column)}`
        : "";
    // Edges and page info aggregate the page's rows (one result row, even for an empty page); a count
    // alone reads no page at all.
    const built = jsonObject(pairs) + join;
    if (!built.includes(`${page}.`)) return `(SELECT ${jsonObject(pairs)})`;
    // The page reads only the columns that the answer, the order and the cursor use (no body for a
    // list of titles).
    const used = new Set([...spec.order.map((key) => key.column), ...spec.cursorColumns]);
    for (const match of built.matchAll(new RegExp(`\\b${page}\\."((?:[^"]|"")+)"`, "g"))) {
      used.add((match[1] as string).replaceAll('""', '"'));
    }
    const rows = this.pageRows(spec, limit, after, [...used], paged);
    return `(SELECT ${jsonObject(pairs)} FROM (${rows}) ${page}${join})`;
  }

  /**
   * The page's rows with their rank. A nullable first key (sorted last) splits the scan in two ordered
   * index scans, the non-null part and the null part, so that each stays a range scan from the cursor.
   */
  private pageRows(
    spec: ConnectionSpec,
    limit: string,
    after: string | null,
    columns: string[],
    paged: boolean,
  ): string {
    const row = this.alias("t");
    // The cursor's row, looked up within the list itself: a cursor of a row that is not in it (another
    // parent's, or one the filter leaves out) finds nothing, and the page is empty, as Prisma answers.
    const cursorRow = (column: string) =>
      `(SELECT k.${ident(column)} FROM ${ident(spec.table)} k WHERE ${spec.cursorColumns
        .map((c, i) => `k.${ident(c)} = (${after}->>${i})`)
        .join(" AND ")} AND ${spec.correlate("k")} AND ${spec.where("k")})`;
    const keys = spec.order.map((key) => ({
      ...key,
      sql: `${row}.${ident(key.column)}`,
      cursor: cursorRow(key.column),
    }));
    const orderBy = spec.order.map((key) => orderSql(row, key)).join(", ");
    const base = `FROM ${ident(spec.table)} ${row} WHERE ${spec.correlate(row)} AND ${spec.where(row)}`;
    const take = paged ? `${limit} + 1` : limit;
    const select = (condition: string) =>
      `(SELECT ${columns.map((column) => `${row}.${ident(column)}`).join(", ")} ${base} AND ${condition} ORDER BY ${orderBy} LIMIT ${take})`;
    // Rows after the cursor row in the order: a bound on the first key (a range an index can start
    // from), then the lexicographic comparison of the keys, each in its own direction.
    const lex = (list: typeof keys): string => {
      const [head, ...rest] = list;
      if (!head) return "FALSE";
      const op = head.desc ? "<" : ">";
      if (rest.length === 0) return `${head.sql} ${op} ${head.cursor}`;
      return `(${head.sql} ${op} ${head.cursor} OR (${head.sql} = ${head.cursor} AND ${lex(rest)}))`;
    };
    const bound = (key: (typeof keys)[number]) => `${key.sql} ${key.desc ? "<=" : ">="} ${key.cursor}`;
    const [firstKey] = keys;
    if (!firstKey) throw new NotCovered("no order");
    // The first page without page info: the rows in order (an index on the order serves it, nulls last
    // included), with no rank and no extra row.
    if (!paged && !after) {
      return `SELECT ${columns.map((column) => `${row}.${ident(column)}`).join(", ")} ${base} ORDER BY ${orderBy} LIMIT ${limit}`;
    }
    let body: string;
    if (firstKey.nullable) {
      // Nulls sort last: the non-null rows, then the null rows, each an ordered range scan.
      const nonNull = select(
        after
          ? `${firstKey.sql} IS NOT NULL AND ${firstKey.cursor} IS NOT NULL AND ${bound(firstKey)} AND ${lex(keys)}`
          : `${firstKey.sql} IS NOT NULL`,
      );
      const nulls = select(
        after
          ? `${firstKey.sql} IS NULL AND (${firstKey.cursor} IS NOT NULL OR ${lex(keys.slice(1))})`
          : `${firstKey.sql} IS NULL`,
      );
      body = `SELECT * FROM (${nonNull} UNION ALL ${nulls}) u`;
    } else {
      body = `SELECT * FROM ${select(after ? `${bound(firstKey)} AND ${lex(keys)}` : "TRUE")} u`;
    }
    const ranked = this.alias("u");
    const rankOrder = spec.order.map((key) => orderSql(ranked, key)).join(", ");
    const inOrder = `${body} ORDER BY ${spec.order.map((key) => orderSql("u", key)).join(", ")} LIMIT ${take}`;
    if (!paged) return inOrder;
    return `SELECT ${ranked}.*, row_number() OVER (ORDER BY ${rankOrder}) AS __rank FROM (${inOrder}) ${ranked}`;
  }
}

/**
 * The Prisma query (`orderBy`, `where`) a relation field was given, as Pothos' selection function hands
 * it to the nested selection.
 */
function relationQuery(
  field: GraphQLField<unknown, unknown>,
  relation: RelationField,
): Record<string, unknown> | undefined {
  const select = (field.extensions as { pothosPrismaSelect?: unknown }).pothosPrismaSelect;
  if (typeof select !== "function") throw new NotCovered(`${field.name} has no selection`);
  try {
    const selection = select(
      {},
      {},
      (query: unknown) => ({ query }),
      () => ({ has: () => false }),
    );
    return (selection as { select?: Record<string, { query?: Record<string, unknown> }> }).select?.[
      relation.name
    ]?.query;
  } catch {
    throw new NotCovered(`${field.name} has a computed query`);
  }
}

export interface RelationField {
  type: string;
  name: string;
  isList: boolean;
  relationName: string;
  relationFromFields?: string[];
}

/** The per-field SQL that the schema's metadata cannot derive, and how models join. */
export interface SpecTable {
  fields: Record<
    string,
    (compiler: Compiler, row: string, field: GraphQLField<unknown, unknown>, nodes: FieldNode[]) => string
  >;
  roots: Record<
    string,
    (compiler: Compiler, field: GraphQLField<unknown, unknown>, nodes: FieldNode[]) => string
  >;
  joinOf(model: string, relation: RelationField): { parent: string; target: string };
  primaryKey(model: string): string[];
}

/** A field's coerced arguments for this request (memoised per request and field node). */
export function argsOf(scope: BindScope, field: GraphQLField<unknown, unknown>, node: FieldNode) {
  let args = scope.cache.get(node) as Record<string, unknown> | undefined;
  if (!args) {
    args = getArgumentValues(field, node, scope.variables);
    scope.cache.set(node, args);
  }
  return args;
}

export function modelOf(type: GraphQLNamedType): string {
  const model = (type.extensions as { pothosPrismaModel?: string }).pothosPrismaModel;
  if (!model) throw new NotCovered(`${type.name} is not a table`);
  return model;
}

export function connectionNodeType(connection: GraphQLObjectType): GraphQLObjectType {
  const edge = getNamedType(connection.getFields().edges?.type);
  const node = edge instanceof GraphQLObjectType ? getNamedType(edge.getFields().node?.type) : undefined;
  if (!(node instanceof GraphQLObjectType)) throw new NotCovered("connection node");
  return node;
}

/** Pothos' global id: base64 of "Type:id". */
export function globalId(typename: string, column: string): string {
  return `translate(encode(convert_to(${literal(`${typename}:`)} || ${column}, 'UTF8'), 'base64'), E'\\n', '')`;
}

/** Pothos' cursor encoding: "GPC:S:<id>" for one string column, a tagged tuple for several. */
function pothosCursor(columns: string[]): string {
  const text =
    columns.length === 1
      ? `'GPC:S:' || ${columns[0]}`
      : `'GPC:T:[' || ${columns.map((c) => `to_json('S:' || ${c})::text`).join(" || ',' || ")} || ']'`;
  return `translate(encode(convert_to(${text}, 'UTF8'), 'base64'), E'\\n', '')`;
}

/** The cursor's column values; a cursor Pothos would refuse goes down Pothos' path, to get its error. */
function decodeCursor(cursor: unknown, width: number): string[] {
  if (typeof cursor !== "string") throw new NotCovered("cursor");
  const decoded = Buffer.from(cursor, "base64").toString("utf8");
  // Only canonical base64, as Pothos reads it: anything else gets Pothos' INVALID_CURSOR.
  if (Buffer.from(decoded, "utf8").toString("base64") !== cursor) throw new NotCovered("cursor");
  if (width === 1 && decoded.startsWith("GPC:S:")) return [decoded.slice(6)];
  if (width > 1 && decoded.startsWith("GPC:T:")) {
    try {
      const parts = JSON.parse(decoded.slice(6)) as unknown;
      if (
        Array.isArray(parts) &&
        parts.length === width &&
        parts.every((p) => typeof p === "string" && p.startsWith("S:"))
      ) {
        return parts.map((p: string) => p.slice(2));
      }
    } catch {
      // Not a tuple: Pothos reports it.
    }
  }
  throw new NotCovered("cursor");
}

function scalar(column: string, type: GraphQLNamedType): string {
  if (isEnumType(type)) return `${column}::text`;
  switch (type.name) {
    case "String":
    case "Int":
    case "Float":
    case "Boolean":
    case "ID":
      return column;
    case "DateTime":
      return `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    case "Date":
      return `to_char(${column}, 'YYYY-MM-DD')`;
    default:
      throw new NotCovered(`scalar ${type.name}`);
  }
}

export function orderSql(row: string, key: OrderKey): string {
  return `${row}.${ident(key.column)} ${key.desc ? "DESC" : "ASC"}${key.nullable ? " NULLS LAST" : ""}`;
}

function primaryOrder(specs: SpecTable, model: string, row: string): string {
  return specs
    .primaryKey(model)
    .map((column) => `${row}.${ident(column)}`)
    .join(", ");
}

/** Prisma's static `orderBy` (an object or a list of objects) as order keys; anything else is not covered. */
export function orderFrom(orderBy: unknown): OrderKey[] {
  if (orderBy == null) return [];
  const list = Array.isArray(orderBy) ? orderBy : [orderBy];
  const keys: OrderKey[] = [];
  for (const item of list) {
    for (const [column, value] of Object.entries(item as Record<string, unknown>)) {
      // A plain direction leaves nulls where PostgreSQL puts them, as Prisma does.
      if (value === "asc" || value === "desc") keys.push({ column, desc: value === "desc", nullable: false });
      else if (value && typeof value === "object" && "sort" in value) {
        const { sort, nulls } = value as { sort: string; nulls?: string };
        if (nulls && nulls !== "last") throw new NotCovered("nulls first");
        keys.push({ column, desc: sort === "desc", nullable: nulls === "last" });
      } else throw new NotCovered("relation ordering");
    }
  }
  return keys;
}

/** Compiles the operation's root fields into one statement, or throws NotCovered. */
export function compileOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  specs: SpecTable,
): Compiled & { structure: Compiler["structure"] } {
  if (operation.operation !== "query") throw new NotCovered("not a query");
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const compiler = new Compiler(schema, fragments, variables, specs);
  try {
    return compileWith(compiler, specs, operation);
  } catch (error) {
    // What the plan had read of the variables when it gave up decides when to try again.
    if (error instanceof NotCovered) error.structure = compiler.structure;
    throw error;
  }
}

function compileWith(compiler: Compiler, specs: SpecTable, operation: OperationDefinitionNode) {
  const query = compiler.schema.getQueryType();
  if (!query) throw new NotCovered("no query type");
  const pairs: [string, string][] = [];
  for (const [key, nodes] of (() => {
    const fields: Fields = new Map();
    compiler.collectInto(query, operation.selectionSet, fields);
    return fields;
  })()) {
    const name = (nodes[0] as FieldNode).name.value;
    if (name === "__typename") {
      pairs.push([key, literal(query.name)]);
      continue;
    }
    const root = specs.roots[name];
    const field = query.getFields()[name];
    if (!root || !field) throw new NotCovered(`root field ${name}`);
    pairs.push([key, root(compiler, field, nodes)]);
  }
  // Nothing to read (`{ __typename }`): the resolvers answer without a statement.
  if (pairs.every(([, expression]) => expression === literal(query.name))) throw new NotCovered("no fields");
  const sql = compiler.params.finish(`SELECT ${jsonObject(pairs)}::text AS data`);
  return { sql, params: compiler.params, structure: compiler.structure };
}
