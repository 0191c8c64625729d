/**
 * Transactions that compose: curation and import run in a transaction of their own, or inside one that a
 * caller has opened already (the idempotency record's, see idempotency.ts), so that the work and the
 * record of its outcome commit together.
 */
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";

export type Tx = Prisma.TransactionClient;

/** A client, or a transaction that a caller has open. */
export type DbClient = PrismaClient | Tx;

/** Runs `work` in a new transaction on a client, or directly in the transaction it is given. */
export function inTransaction<T>(client: DbClient, work: (tx: Tx) => Promise<T>): Promise<T> {
  const begin = (client as Partial<PrismaClient>).$transaction;
  return typeof begin === "function" ? (client as PrismaClient).$transaction(work) : work(client);
}

/** Whether a write was refused by a unique constraint (another writer got there first). */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2002";
  // The PGlite adapter passes PostgreSQL's error on as it is (SQLSTATE 23505, unique_violation).
  const cause = (error as { name?: string; cause?: { code?: unknown } } | null)?.cause;
  return (error as Error | null)?.name === "DriverAdapterError" && cause?.code === "23505";
}
