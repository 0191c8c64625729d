/**
 * Exactly-once mutations: the idempotency key is claimed before the work, and the outcome is recorded in
 * the same transaction as the work, so that N concurrent sends of one key do the work once and all get
 * its outcome, and a retry after a failure that happened after the commit (a lost answer) finds it.
 */
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import type { Tx } from "./transaction.ts";

export interface IdempotencyClaim {
  key: string;
  operation: string;
  /** A hash of the request's input: the same key with other input is a conflict. */
  requestHash: string;
}

export type IdempotentResult<O> =
  | { status: "done"; outcome: O }
  | { status: "replayed"; response: unknown }
  | { status: "conflict" };

export interface IdempotentWork<O> {
  outcome: O;
  /** What is recorded for replays (secrets left out). */
  stored: unknown;
  /** Undo the work's writes (a refusal) but still record the outcome. */
  undo: boolean;
}

/**
 * Runs `work` once per key and operation. Concurrent requests with the key wait on a transaction-scoped
 * advisory lock (held until the first one commits or rolls back), then find its record and replay it. An
 * unexpected error thrown by `work` rolls back everything, the claim included, so a retry runs again.
 */
export function runIdempotent<O>(
  prisma: PrismaClient,
  claim: IdempotencyClaim,
  work: (tx: Tx) => Promise<IdempotentWork<O>>,
): Promise<IdempotentResult<O>> {
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`${claim.operation}/${claim.key}`}))::text AS locked`;
    const earlier = await tx.idempotencyRecord.findUnique({
      where: { key_operation: { key: claim.key, operation: claim.operation } },
    });
    if (earlier) {
      return earlier.requestHash === claim.requestHash
        ? { status: "replayed", response: earlier.response }
        : { status: "conflict" };
    }
    // A refusal may come after some writes (or a failed statement): they are undone to here.
    await tx.$executeRawUnsafe("SAVEPOINT idempotent_work");
    const { outcome, stored, undo } = await work(tx);
    if (undo) await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT idempotent_work");
    await tx.idempotencyRecord.create({
      data: { ...claim, response: stored as Prisma.InputJsonValue },
    });
    return { status: "done", outcome };
  });
}
