import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { createGraphQLError, type Plugin } from "graphql-yoga";
import type { SecurityConfig } from "../http/config.ts";
import { deadlineSignal } from "../http/deadline.ts";
import { ClientSlots } from "../http/load-shedding.ts";
import { acquireSharedSlot, RETRY_MS } from "../http/shared-slots.ts";
import { pageSizeErrors } from "../page-size.ts";
import { costError, queryCost } from "./cost.ts";
import { longStringErrors, type StringLimitExceptions } from "./strings.ts";

type Limits = Pick<SecurityConfig, "maxCost" | "maxStringLength"> &
  Partial<Pick<SecurityConfig, "heavyConcurrency" | "heavyCost" | "sharedStore" | "metrics">>;

/**
 * Fields whose cost grows with the corpus rather than with the page asked for: they rank or count every
 * matching row. An operation that selects one is heavy whatever its estimated cost.
 */
const CORPUS_WIDE_FIELDS = new Set(["Query.search", "Query.passages", "Query.participantMatches"]);

/** What is decided once per document and variables: the refusals, and whether the work is heavy. */
interface Verdict {
  errors: readonly GraphQLError[];
  heavy: boolean;
}

/** Page sizes and string lengths, field by field, in one walk of the document. */
function argumentErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  limits: Limits,
  exceptions: StringLimitExceptions,
): { errors: GraphQLError[]; corpusWide: boolean } {
  const typeInfo = new TypeInfo(schema);
  const pages: GraphQLError[] = [];
  const strings: GraphQLError[] = [];
  let corpusWide = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.FIELD](node) {
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (field && parent && CORPUS_WIDE_FIELDS.has(`${parent.name}.${field.name}`)) corpusWide = true;
        if (!field || !parent || !node.arguments?.length) return;
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(field, node, variables);
        } catch {
          return; // Bad variables are refused before this walk.
        }
        pages.push(...pageSizeErrors(field, node, args));
        if (limits.maxStringLength > 0) {
          strings.push(...longStringErrors(parent.name, field, args, limits.maxStringLength, exceptions));
        }
      },
    }),
  );
  return { errors: pages.length > 0 ? pages : strings, corpusWide };
}

/** Everything refused before execution, in order: variables, page sizes, string lengths, cost. */
function operationErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  rawVariables: Record<string, unknown> | undefined,
  limits: Limits,
  exceptions: StringLimitExceptions,
): Verdict {
  const operation = getOperationAST(document, operationName);
  let variables = rawVariables;
  if (operation?.variableDefinitions?.length) {
    const coerced = getVariableValues(schema, operation.variableDefinitions, rawVariables ?? {}, {
      maxErrors: 10,
    });
    if (coerced.errors) {
      const errors = coerced.errors.map(
        (error) =>
          new GraphQLError(error.message, {
            nodes: error.nodes,
            originalError: error.originalError,
            extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
          }),
      );
      return { errors, heavy: false };
    }
    variables = coerced.coerced;
  }
  const { errors, corpusWide } = argumentErrors(schema, document, variables, limits, exceptions);
  if (errors.length > 0) return { errors, heavy: false };
  const heavyCost = limits.heavyCost ?? 0;
  if (limits.maxCost <= 0 && heavyCost <= 0) return { errors, heavy: corpusWide };
  let cost: number;
  try {
    cost = queryCost(schema, document, variables, operationName);
  } catch {
    // What the estimate cannot read, execution refuses with its own error.
    return { errors: [], heavy: corpusWide };
  }
  if (limits.maxCost > 0 && cost > limits.maxCost) {
    return { errors: [costError(cost, limits.maxCost)], heavy: false };
  }
  return { errors: [], heavy: corpusWide || (heavyCost > 0 && cost >= heavyCost) };
}

/** Per document and operation: the variables declared as a plain String or ID (see variablesKey). */
const freeTextVariables = new WeakMap<DocumentNode, Map<string, ReadonlySet<string>>>();

/**
 * The part of the variables that can change the verdict. A String or ID variable holding a string within
 * the string limit can cause no refusal and changes no cost, whatever its characters, so only that it is
 * such a string counts: `node(id: $id)` with a new id each time is checked once, not once per id.
 */
function variablesKey(
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
  limits: Limits,
): string {
  if (!variables) return "{}";
  let perOperation = freeTextVariables.get(document);
  if (!perOperation) {
    perOperation = new Map();
    freeTextVariables.set(document, perOperation);
  }
  let free = perOperation.get(operationName ?? "");
  if (!free) {
    const names = new Set<string>();
    for (const definition of getOperationAST(document, operationName)?.variableDefinitions ?? []) {
      const type = definition.type.kind === Kind.NON_NULL_TYPE ? definition.type.type : definition.type;
      if (type.kind === Kind.NAMED_TYPE && (type.name.value === "String" || type.name.value === "ID")) {
        names.add(definition.variable.name.value);
      }
    }
    free = names;
    perOperation.set(operationName ?? "", free);
  }
  if (free.size === 0) return JSON.stringify(variables);
  const max = limits.maxStringLength > 0 ? limits.maxStringLength : Number.POSITIVE_INFINITY;
  return JSON.stringify(variables, (name, value) =>
    free.has(name) && typeof value === "string" && value.length <= max ? "\u0000" : value,
  );
}

/** Heavy operations that may wait for their turn, of all clients together, before more are refused. */
const HEAVY_QUEUE = 256;

/** Variants kept per document: requests that repeat an operation with the same variables are checked once. */
const VARIANTS_PER_DOCUMENT = 64;
const MAX_KEY_LENGTH = 2_048;

/**
 * Refuses, before any resolver runs, operations whose variables do not fit their types, with a page out of
 * range, a string argument over its limit, or a cost over the limit. All of these read arguments with the
 * request's variables, so they run once the operation is parsed, validated and about to execute. The
 * variables are checked here, and not only by graphql-js' execute, because an execution plugin may
 * replace execute. Yoga hands the same document object for the same query text, so outcomes are kept per
 * document and variables.
 *
 * Heavy operations (see CORPUS_WIDE_FIELDS and heavyCost) then wait for one of heavyConcurrency slots
 * shared by all clients, so that however many heavy requests arrive, the rest of the database pool stays
 * free for light ones; a heavy request that waits past its deadline answers REQUEST_TIMEOUT, and when the
 * queue is full RATE_LIMITED. With a shared store the slots are counted across instances (a heavy request
 * queues in its own process first, then takes one of the shared slots; see shared-slots.ts), while the
 * queue stays per instance.
 */
export function useQueryLimits(limits: Limits, stringExceptions: StringLimitExceptions = {}): Plugin {
  const outcomes = new WeakMap<DocumentNode, Map<string, Verdict>>();
  const heavyReleases = new WeakMap<Request, () => void>();
  const heavyConcurrency = limits.heavyConcurrency ?? 0;
  const heavySlots = heavyConcurrency > 0 ? new ClientSlots(heavyConcurrency, HEAVY_QUEUE) : null;
  const { sharedStore, metrics } = limits;
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const operationName = args.operationName ?? undefined;
      const variables = (args.variableValues ?? undefined) as Record<string, unknown> | undefined;
      const key = `${operationName ?? ""}\n${variablesKey(args.document, operationName, variables, limits)}`;
      const cacheable = key.length <= MAX_KEY_LENGTH;
      let known = cacheable ? outcomes.get(args.document) : undefined;
      let verdict = known?.get(key);
      if (!verdict) {
        verdict = operationErrors(
          args.schema,
          args.document,
          operationName,
          variables,
          limits,
          stringExceptions,
        );
        if (cacheable) {
          if (!known) {
            known = new Map();
            outcomes.set(args.document, known);
          }
          if (known.size >= VARIANTS_PER_DOCUMENT) known.clear();
          known.set(key, verdict);
        }
      }
      if (verdict.errors.length > 0) {
        setResultAndStopExecution({ errors: verdict.errors });
        return;
      }
      if (!verdict.heavy || !heavySlots) return;
      const request = (args.contextValue as { request?: Request } | undefined)?.request;
      const signal = request ? deadlineSignal(request) : undefined;
      const queued = heavySlots.busy("heavy");
      const waitStarted = metrics ? performance.now() : 0;
      let slot: (() => void) | "full";
      try {
        slot = await heavySlots.acquire("heavy", signal);
      } catch (reason) {
        // The deadline passed, or the client went away, while the operation waited for its turn.
        setResultAndStopExecution({ errors: [reason as GraphQLError] });
        return;
      }
      if (slot !== "full" && sharedStore) {
        const local = slot;
        try {
          const shared = await acquireSharedSlot(sharedStore, "heavy", heavyConcurrency, signal);
          slot = shared
            ? () => {
                shared();
                local();
              }
            : local;
        } catch (reason) {
          local();
          setResultAndStopExecution({ errors: [reason as GraphQLError] });
          return;
        }
      }
      if (slot === "full") {
        metrics?.rateLimited("heavy_queue");
        setResultAndStopExecution({
          errors: [
            createGraphQLError(
              "The server is busy with heavy requests (searches, large pages); try again shortly.",
              {
                extensions: {
                  code: "RATE_LIMITED",
                  retryAfter: 1,
                  http: { status: 429, headers: { "retry-after": "1" } },
                },
              },
            ),
          ],
        });
        return;
      }
      if (metrics) {
        const waited = (performance.now() - waitStarted) / 1000;
        metrics.heavyGate(waited, queued || waited * 1000 >= RETRY_MS);
      }
      // Released when execution ends, or at the latest when the answer goes out (should execution throw).
      const release = slot;
      if (request) heavyReleases.set(request, release);
      return { onExecuteDone: () => release() };
    },
    onResponse({ request }) {
      heavyReleases.get(request)?.();
    },
  };
}
