/**
 * Which entity types a query can read and which a mutation writes, for the response cache's invalidation
 * by type (response-cache.ts). Types are named as Prisma names the models (the GraphQL types that expose
 * them carry the same names: Article, Outlet, Participant, …); join tables (ArticleParticipant,
 * EventParticipant, …) are types of their own.
 *
 * Reads are judged from the document alone, field by field, never from the answer: an empty list or a
 * count of zero holds no entity, yet changes when one is written, so `articles { totalCount }` reads
 * Article whatever it answers. A field reads what its resolver (or the compiled read that stands for it)
 * reads to produce its value, arguments and filters included; the columns of an object's own row are
 * read by the field that produced the object. Each field below was checked against its resolver; a field
 * that is not listed (a computed comparison, a search, a field added later) reads "anything": its answers
 * are invalidated by every write, as all answers were before types were told apart.
 *
 * Writes are listed per mutation, from what @readout/db's curation and @readout/ingest's importPage write;
 * a mutation that is not listed starts a new global generation.
 *
 * Home-made: the response cache plugin collects the typenames and ids of the objects in an answer, which
 * misses empty lists, counts and filters, and knows nothing of what a mutation's transaction wrote.
 */
import { IMPORT_WRITES } from "@readout/ingest";
import {
  type DocumentNode,
  type GraphQLSchema,
  getOperationAST,
  isAbstractType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from "graphql";

/** What a query reads: entity types, or anything (a field whose reads are not listed). */
export interface Reads {
  types: ReadonlySet<string>;
  anything: boolean;
}

/** What a mutation writes: entity types, or anything (a mutation not listed: the global generation). */
export type Writes = { types: ReadonlySet<string>; anything: false } | { anything: true };

const FILTERED_ARTICLES = [
  // articleWhere (schema/filters.ts): outlet country and kind, participant, event, and topic through
  // passages, statements and agreements.
  "Article",
  "Outlet",
  "ArticleParticipant",
  "ArticleEvent",
  "TopicMention",
  "Statement",
  "StatementTopic",
  "AgreementReport",
  "Agreement",
] as const;

/** Fields that only give columns of their object's row (read by the field that produced the object). */
const own = (type: string, fields: string[]): [string, readonly string[]][] =>
  fields.map((field) => [`${type}.${field}`, []]);

/** What each checked field reads; `Type.field` → entity types. */
const FIELD_READS = new Map<string, readonly string[]>([
  ["Query.articles", FILTERED_ARTICLES],
  ["Query.outlets", ["Outlet"]],
  ["Query.events", ["Event"]],
  ["Query.event", ["Event"]],
  ["Query.topics", ["Topic"]],
  ["Query.participants", ["Participant", "ParticipantAlias"]],
  ["Query.participantMatches", ["Participant", "ParticipantAlias"]],
  ["Node.id", []],
  ...own("PageInfo", ["startCursor", "endCursor", "hasNextPage", "hasPreviousPage"]),

  ...own("Article", [
    "id",
    "key",
    "title",
    "subtitle",
    "url",
    "language",
    "genre",
    "dateline",
    "publishedAt",
    "publishedPrecision",
    "publishedText",
    "sourceStart",
    "sourceEnd",
  ]),
  ["Article.body", ["Article"]],
  ["Article.outlet", ["Outlet"]],
  ["Article.sourceDocument", ["SourceDocument"]],
  ["Article.bylines", ["Byline"]],
  ["Article.mentions", ["ArticleParticipant"]],
  ["Article.participants", ["ArticleParticipant", "Participant"]],
  ["Article.events", ["ArticleEvent", "Event"]],
  ["Article.agreements", ["AgreementReport", "Agreement"]],
  ["Article.agreementReports", ["AgreementReport"]],
  ["Article.topics", ["TopicMention"]],

  ...own("Outlet", ["id", "key", "name", "homepage", "domain", "country", "kind"]),
  ["Outlet.affiliations", ["OutletAffiliation"]],
  ["Outlet.articles", FILTERED_ARTICLES],
  ...own("OutletAffiliation", ["affiliation", "source", "assertedOn", "note"]),

  ...own("Event", ["id", "key", "title", "startsAt", "startPrecision", "place", "country"]),
  ["Event.participants", ["EventParticipant"]],
  ["Event.articles", ["ArticleEvent", ...FILTERED_ARTICLES]],
  ["Event.agreements", ["Agreement"]],
  ["Event.claims", ["Claim"]],
  ["Event.statementGroups", ["StatementGroup"]],
  ...own("EventParticipant", ["role"]),
  ["EventParticipant.event", ["Event"]],
  ["EventParticipant.participant", ["Participant"]],
  ["EventParticipant.side", ["Participant"]],

  ...own("Participant", ["id", "key", "name", "kind", "description", "wikidataId"]),
  ["Participant.aliases", ["ParticipantAlias"]],
  ["Participant.roles", ["Role"]],
  ["Participant.events", ["EventParticipant"]],
  ["Participant.articles", ["ArticleParticipant", ...FILTERED_ARTICLES]],
  ...own("ParticipantAlias", ["alias", "isMisspelling"]),
  ...own("HeldRole", ["title", "validFrom", "validTo"]),
  ["HeldRole.organization", ["Participant"]],
  ["HeldRole.evidence", ["EvidenceSpan"]],
  ...own("ParticipantMatch", ["score", "alias", "how"]),
  ["ParticipantMatch.participant", ["Participant"]],

  ...own("SourceDocument", ["id", "key", "title", "url", "capturedAt", "contentHash", "text"]),
  ["SourceDocument.articles", ["Article"]],
  ...own("Byline", ["name", "isStaff", "place"]),
  ["Byline.participant", ["Participant"]],
  ["ArticleParticipant.participant", ["Participant"]],
  ["ArticleParticipant.evidence", ["EvidenceSpan"]],
  ...own("Topic", ["id", "key", "name"]),
  ["TopicMention.topic", ["Topic"]],
  ["TopicMention.evidence", ["EvidenceSpan"]],
  ...own("EvidenceSpan", ["start", "end", "exact", "prefix", "suffix"]),
  ["EvidenceSpan.article", ["Article"]],
]);

/** The fields of a connection and its edges: what they give was read by the field that returned it. */
const CONNECTION_FIELDS = new Set(["edges", "node", "cursor", "pageInfo", "totalCount"]);

function fieldReads(parent: string, field: string): readonly string[] | undefined {
  const listed = FIELD_READS.get(`${parent}.${field}`);
  if (listed) return listed;
  if (/Connection(Edge)?$/.test(parent) && CONNECTION_FIELDS.has(field)) return [];
  return undefined;
}

/** What each mutation writes (its idempotency record too, which no query reads). */
const MUTATION_WRITES = new Map<string, readonly string[]>([
  ["createApiKey", ["ApiKey", "IdempotencyRecord"]],
  ["revokeApiKey", ["ApiKey", "IdempotencyRecord"]],
  ["createParticipant", ["Participant", "ParticipantAlias", "IdempotencyRecord"]],
  ["createAgreement", ["Agreement", "AgreementParty", "IdempotencyRecord"]],
  ["createAgreementReport", ["AgreementReport", "EvidenceSpan", "IdempotencyRecord"]],
  ["editCandidate", ["Candidate", "IdempotencyRecord"]],
  ["rejectCandidate", ["Candidate", "IdempotencyRecord"]],
  [
    "confirmCandidate",
    [
      "Candidate",
      "Participant",
      "ParticipantAlias",
      "ArticleParticipant",
      "Role",
      "EventParticipant",
      "Byline",
      "Outlet",
      "Statement",
      "StatementGroup",
      "StatementTopic",
      "Claim",
      "Agreement",
      "AgreementParty",
      "AgreementReport",
      "Topic",
      "TopicMention",
      "EvidenceSpan",
      "IdempotencyRecord",
    ],
  ],
  [
    "mergeParticipants",
    [
      "Participant",
      "ParticipantAlias",
      "Role",
      "ArticleParticipant",
      "EventParticipant",
      "AgreementParty",
      "Byline",
      "Statement",
      "StatementGroup",
      "Candidate",
      "IdempotencyRecord",
    ],
  ],
  ["importDocument", [...IMPORT_WRITES, "IdempotencyRecord"]],
]);

const readsCache = new WeakMap<DocumentNode, Map<string, Reads>>();

/** What the operation can read, from its selections (fragments included), whatever it answers. */
export function readsOf(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): Reads {
  let byOperation = readsCache.get(document);
  const cached = byOperation?.get(operationName ?? "");
  if (cached) return cached;
  const operation = getOperationAST(document, operationName);
  const types = new Set<string>();
  let anything = !operation;
  if (operation) {
    const fragments = new Map(
      document.definitions.flatMap((definition) =>
        definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
      ),
    );
    const seen = new Set<string>();
    const walk = (node: Parameters<typeof visit>[0]) => {
      const typeInfo = new TypeInfo(schema);
      visit(
        node,
        visitWithTypeInfo(typeInfo, {
          Field(field) {
            const name = field.name.value;
            if (name.startsWith("__")) return;
            const parent = typeInfo.getParentType();
            let reads = parent ? fieldReads(parent.name, name) : undefined;
            // node(id:) and nodes(ids:) may answer any type that implements Node, as the schema has them.
            if (parent?.name === "Query" && (name === "node" || name === "nodes")) {
              const node = schema.getType("Node");
              reads =
                node && isAbstractType(node)
                  ? schema.getPossibleTypes(node).map((type) => type.name)
                  : undefined;
            }
            // A field of an interface or union not listed as such: what it reads on every type that
            // may stand there.
            if (!reads && parent && isAbstractType(parent)) {
              const each = schema.getPossibleTypes(parent).map((type) => fieldReads(type.name, name));
              if (each.every((listed) => listed !== undefined)) reads = each.flat();
            }
            if (reads) for (const type of reads) types.add(type);
            else anything = true;
          },
          FragmentSpread(spread) {
            const fragment = fragments.get(spread.name.value);
            if (!fragment) anything = true;
            else if (!seen.has(fragment.name.value)) {
              seen.add(fragment.name.value);
              walk(fragment);
            }
          },
        }),
      );
    };
    walk(operation);
  }
  const reads: Reads = { types, anything };
  if (!byOperation) {
    byOperation = new Map();
    readsCache.set(document, byOperation);
  }
  byOperation.set(operationName ?? "", reads);
  return reads;
}

/** What the mutation writes, from its root fields; anything when one of them is not listed. */
export function writesOf(document: DocumentNode, operationName?: string | null): Writes {
  const operation = getOperationAST(document, operationName);
  if (!operation) return { anything: true };
  const types = new Set<string>();
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  );
  let anything = false;
  const seen = new Set<string>();
  const collect = (selections: NonNullable<typeof operation.selectionSet>["selections"]) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith("__")) continue;
        const written = MUTATION_WRITES.get(name);
        if (!written) anything = true;
        else for (const type of written) types.add(type);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet.selections);
      else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment) anything = true;
        else if (!seen.has(fragment.name.value)) {
          seen.add(fragment.name.value);
          collect(fragment.selectionSet.selections);
        }
      }
    }
  };
  collect(operation.selectionSet.selections);
  return anything ? { anything: true } : { types, anything: false };
}
