import SchemaBuilder from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import type { ApiScope, PrismaClient } from "@readout/db";
import { GraphQLError } from "graphql";
import { DateResolver, DateTimeResolver } from "graphql-scalars";
import type PrismaTypes from "./generated/pothos-types.ts";
import { getDatamodel } from "./generated/pothos-types.ts";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./page-size.ts";

/** Who is asking: anonymous callers and holders of READ keys may read; mutations need a stronger key. */
export type Auth =
  | { status: "anonymous" }
  | { status: "invalid" }
  | { status: "key"; id: string; scope: ApiScope };

/** What every resolver receives. The database arrives here, so tests can hand in a fresh one. */
export interface Context {
  prisma: PrismaClient;
  /** Checks the request's bearer key, once, when a resolver first asks. */
  auth: () => Promise<Auth>;
  /** Runs a compiled read (one statement returning JSON text); Prisma's raw query when absent. */
  readJson?: ((sql: string, params: unknown[], name?: string) => Promise<string | null>) | undefined;
  /** Runs corpus-wide work (a search) after the request's earlier corpus-wide work: one request with many
   * searches holds one database connection for them, not one each. */
  corpusWide?: (<T>(work: () => Promise<T>) => Promise<T>) | undefined;
}

/** One request's queue of corpus-wide work (see Context.corpusWide). */
export function corpusWideQueue(): <T>(work: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = last.then(work, work);
    last = run.catch(() => {});
    return run;
  };
}

/** Types that are not public: reading them, by a list or by `node(id:)`, needs a key (any scope). */
const KEYED_TYPES = new Set(["Candidate"]);

/** Refuses a read of non-public data unless the request carries a valid key (READ or more). */
export async function requireKey(ctx: Context): Promise<void> {
  const auth = await ctx.auth();
  if (auth.status !== "key") {
    throw new GraphQLError("This needs an API key: send `Authorization: Bearer <key>` (READ or more).", {
      extensions: { code: "UNAUTHENTICATED" },
    });
  }
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date };
    ID: { Input: string; Output: string };
  };
}>({
  plugins: [PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    onUnusedQuery: null,
  },
  relay: {
    decodeGlobalID: (globalID) => decodeReadoutId(globalID),
    clientMutationId: "omit",
    cursorType: "String",
    nodeQueryOptions: {
      description: "Fetches any object by its global id.",
      args: { id: { description: "A global id." } },
      resolve: async (_root, { id }, ctx, _info, resolveNode) => {
        if (KEYED_TYPES.has(id.typename)) await requireKey(ctx);
        return resolveNode(id);
      },
    },
    nodesQueryOptions: {
      description: "Fetches objects by their global ids, in the order given.",
      args: { ids: { description: "Global ids." } },
      resolve: async (_root, { ids }, ctx, _info, resolveNodes) => {
        if (ids.some((id) => KEYED_TYPES.has(id.typename))) await requireKey(ctx);
        return resolveNodes(ids);
      },
    },
    pageInfoTypeOptions: { description: "Where a page of a connection sits in the whole list." },
    firstArgOptions: { description: `How many items to return from the start (at most ${MAX_PAGE_SIZE}).` },
    lastArgOptions: { description: `How many items to return from the end (at most ${MAX_PAGE_SIZE}).` },
    afterArgOptions: { description: "Returns items after this cursor." },
    beforeArgOptions: { description: "Returns items before this cursor." },
    nodeTypeOptions: { description: "An object with a global id." },
    idFieldOptions: { description: "Global id, usable with `node(id:)`." },
    nodeFieldOptions: { description: "The item." },
    cursorFieldOptions: { description: "Where the item sits, for `after` and `before`." },
    hasNextPageFieldOptions: { description: "Whether more items follow this page." },
    hasPreviousPageFieldOptions: { description: "Whether items come before this page." },
    startCursorFieldOptions: { description: "Cursor of the first item of the page." },
    endCursorFieldOptions: { description: "Cursor of the last item of the page." },
    edgesFieldOptions: { description: "The items of this page, with their cursors." },
    pageInfoFieldOptions: { description: "Where this page sits in the whole list." },
    defaultConnectionTypeOptions: { description: "A page of a list (Relay cursor connection)." },
    defaultEdgeTypeOptions: { description: "An item of a list, with its cursor." },
  },
});

/**
 * Ids are base64 of "Type:id" (Pothos' encoding); ids that are not, or that name no type with ids, are
 * refused with a stable code instead of an internal message.
 */
export function decodeReadoutId(globalID: string): { typename: string; id: string } {
  const decoded = Buffer.from(globalID, "base64").toString("utf8");
  const separator = decoded.indexOf(":");
  const typename = decoded.slice(0, separator);
  if (separator < 1 || Buffer.from(decoded).toString("base64") !== globalID || !isNodeType(typename)) {
    throw new GraphQLError(`"${globalID}" is not a Readout id.`, { extensions: { code: "INVALID_ID" } });
  }
  return { typename, id: decoded.slice(separator + 1) };
}

function isNodeType(typename: string): boolean {
  if (!builder.configStore.hasConfig(typename)) return false;
  const config = builder.configStore.getTypeConfig(typename);
  return config.kind === "Object" && config.interfaces.length > 0;
}

builder.addScalarType("DateTime", DateTimeResolver, {
  description: "A moment in time, as an ISO 8601 string with a time zone offset.",
});
builder.addScalarType("Date", DateResolver, {
  description: "A calendar date, as an ISO 8601 string (YYYY-MM-DD).",
});

builder.queryType({ description: "The root of every read." });
builder.mutationType({
  description:
    "Every write. Each needs a bearer API key of the scope it names, and takes an idempotency key.",
});
