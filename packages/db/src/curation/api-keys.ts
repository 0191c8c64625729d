/**
 * API keys: random secrets shown once; only their SHA-256 is stored, and a presented key is compared with
 * the stored hash in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { ApiScope } from "../generated/prisma/enums.ts";

const hashOf = (secret: string) => createHash("sha256").update(secret).digest();

export interface CreatedKey {
  id: string;
  name: string;
  scope: ApiScope;
  prefix: string;
  /** The key itself: shown once, never stored. */
  secret: string;
}

export async function createApiKey(
  prisma: Pick<PrismaClient, "apiKey">,
  input: { name: string; scope: ApiScope },
): Promise<CreatedKey> {
  const secret = `rk_${randomBytes(24).toString("base64url")}`;
  const row = await prisma.apiKey.create({
    data: {
      name: input.name,
      scope: input.scope,
      prefix: secret.slice(0, 10),
      hash: hashOf(secret).toString("hex"),
    },
  });
  return { id: row.id, name: row.name, scope: row.scope, prefix: row.prefix, secret };
}

/** The key's id and scope when the secret names a key that is not revoked; null otherwise. */
export async function verifyApiKey(
  prisma: Pick<PrismaClient, "apiKey">,
  secret: string,
): Promise<{ id: string; scope: ApiScope } | null> {
  const presented = hashOf(secret);
  const row = await prisma.apiKey.findUnique({ where: { hash: presented.toString("hex") } });
  if (!row || row.revokedAt) return null;
  const stored = Buffer.from(row.hash, "hex");
  return stored.length === presented.length && timingSafeEqual(stored, presented)
    ? { id: row.id, scope: row.scope }
    : null;
}

const RANK: Record<ApiScope, number> = { READ: 0, EDITOR: 1, ADMIN: 2 };

/** Whether a key of scope `held` may do what needs `needed`. */
export const allows = (held: ApiScope, needed: ApiScope) => RANK[held] >= RANK[needed];
