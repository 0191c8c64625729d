/**
 * What every mutation shares: the key check (before anything else), the idempotency key, and a payload
 * `{ ok, error }` whose error carries a stable code. Expected failures are payloads; anything else is
 * thrown and masked.
 *
 * With an idempotency key, the work runs inside the transaction that claims the key and records the
 * outcome (see @readout/db's runIdempotent): concurrent sends of one key do the work once and all answer
 * the same, and a retry after a lost answer replays what was committed.
 */
import { createHash } from "node:crypto";
import { type ApiScope, allows, CurationError, type PrismaClient, runIdempotent } from "@readout/db";
import { ImportError } from "@readout/ingest";
import { builder, type Context } from "../builder.ts";

export const MutationErrorCodeEnum = builder.enumType("MutationErrorCode", {
  description: "Why a mutation was refused; nothing was changed.",
  values: {
    UNAUTHENTICATED: { description: "No API key was sent, or it is not a valid key." },
    FORBIDDEN: { description: "The key's scope does not allow this mutation." },
    INVALID_INPUT: { description: "The input is not acceptable (see `field`)." },
    NOT_FOUND: { description: "An id names nothing." },
    DUPLICATE: { description: "It exists already." },
    CONFLICT: {
      description:
        "It cannot be done in the current state (a candidate already curated, an idempotency key reused for other input).",
    },
  },
});

export type MutationErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "INVALID_INPUT"
  | "NOT_FOUND"
  | "DUPLICATE"
  | "CONFLICT";

export interface MutationErrorShape {
  code: MutationErrorCode;
  message: string;
  field: string | null;
}

export const MutationErrorRef = builder.objectRef<MutationErrorShape>("MutationError").implement({
  description: "Why a mutation was refused.",
  fields: (t) => ({
    code: t.field({
      type: MutationErrorCodeEnum,
      description: "A stable code to switch on.",
      resolve: (e) => e.code,
    }),
    message: t.exposeString("message", { description: "What went wrong, for people." }),
    field: t.exposeString("field", { nullable: true, description: "The input field at fault, if one is." }),
  }),
});

/** A mutation's outcome: `result` holds ids only, so that a retry with the same idempotency key replays it. */
export type Outcome<R> =
  | { ok: true; error: null; result: R }
  | { ok: false; error: MutationErrorShape; result: null };

export class Refusal extends Error {
  constructor(
    readonly code: MutationErrorCode,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

const refused = <R>(code: MutationErrorCode, message: string, field: string | null = null): Outcome<R> => ({
  ok: false,
  error: { code, message, field },
  result: null,
});

/** Decodes a global id that must name an object of `typename`. */
export function idFor(
  globalId: { typename: string; id: string } | null | undefined,
  typename: string,
  field: string,
) {
  if (!globalId) return undefined;
  if (globalId.typename !== typename)
    throw new Refusal("INVALID_INPUT", `${field} must be the id of a ${typename}.`, field);
  return globalId.id;
}

export async function guarded<R>(
  ctx: Context,
  options: {
    scope: ApiScope;
    operation: string;
    idempotencyKey: string | null | undefined;
    input: unknown;
    /** What of the outcome may be kept for replays (secrets may not). */
    keep?: (outcome: Outcome<R>) => Outcome<R>;
  },
  run: () => Promise<R>,
): Promise<Outcome<R>> {
  const auth = await ctx.auth();
  if (auth.status !== "key") {
    return refused("UNAUTHENTICATED", "Send an API key as `Authorization: Bearer <key>`.");
  }
  if (!allows(auth.scope, options.scope)) {
    return refused("FORBIDDEN", `This needs a key of scope ${options.scope}; this key is ${auth.scope}.`);
  }
  const idempotencyKey = options.idempotencyKey?.trim();
  if (idempotencyKey !== undefined && (idempotencyKey.length < 8 || idempotencyKey.length > 200)) {
    return refused("INVALID_INPUT", "An idempotency key has 8 to 200 characters.", "idempotencyKey");
  }
  const requestHash = createHash("sha256")
    .update(JSON.stringify(options.input ?? null))
    .digest("hex");
  const attempt = async (): Promise<Outcome<R>> => {
    try {
      return { ok: true, error: null, result: await run() };
    } catch (error) {
      if (error instanceof Refusal || error instanceof CurationError) {
        return refused(error.code, error.message, error.field ?? null);
      }
      if (error instanceof ImportError) {
        return refused(
          error.code === "UNKNOWN_EVENT" ? "NOT_FOUND" : "INVALID_INPUT",
          error.message,
          "content",
        );
      }
      // Unexpected: Yoga masks it for the client and logs it.
      throw error;
    }
  };
  if (!idempotencyKey) return attempt();

  const client = ctx.prisma;
  const result = await runIdempotent<Outcome<R>>(
    client,
    { key: idempotencyKey, operation: options.operation, requestHash },
    async (tx) => {
      // While the work runs, the request's client is the claim's transaction: the resolver's queries (and
      // the data package's, which join a transaction they are given) commit with the record or not at
      // all. A mutation request runs its fields one after another, so nothing else uses the context now.
      ctx.prisma = tx as unknown as PrismaClient;
      try {
        const outcome = await attempt();
        return { outcome, stored: options.keep ? options.keep(outcome) : outcome, undo: !outcome.ok };
      } finally {
        ctx.prisma = client;
      }
    },
  );
  if (result.status === "conflict") {
    return refused("CONFLICT", "That idempotency key was used with different input.", "idempotencyKey");
  }
  return result.status === "replayed" ? (result.response as Outcome<R>) : result.outcome;
}

/** The fields every payload has. */
export function payloadFields<R>(
  t: PothosSchemaTypes.ObjectFieldBuilder<typeof builder.$inferSchemaTypes, Outcome<R>>,
) {
  return {
    ok: t.exposeBoolean("ok", { description: "Whether it was done." }),
    error: t.field({
      type: MutationErrorRef,
      nullable: true,
      description: "Why it was refused, when it was.",
      resolve: (outcome) => outcome.error,
    }),
  };
}

/** Options of every mutation's `idempotencyKey` argument. */
export const IDEMPOTENCY_KEY = {
  required: false,
  description:
    "Any unique string (8–200 characters): sending the same mutation again with it replays the first outcome.",
} as const;
