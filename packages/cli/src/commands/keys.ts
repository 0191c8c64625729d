/** Creates API keys on the database directly: how the first ADMIN key comes to exist. */
import { databaseConfigError, readEnv } from "@readout/api";
import { type ApiScope, createApiKey, createDb } from "@readout/db";

export async function createKey(name: string, scope: ApiScope, env: NodeJS.ProcessEnv) {
  const settings = readEnv(env);
  const db = await createDb({ databaseUrl: settings.DATABASE_URL, dataDir: settings.dataDir });
  try {
    await db.migrate().catch((error: unknown) => {
      throw databaseConfigError(error, settings.DATABASE_URL) ?? error;
    });
    return await createApiKey(db.prisma, { name, scope });
  } finally {
    await db.close();
  }
}
