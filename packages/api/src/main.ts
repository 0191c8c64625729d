/** Starts the Readout API: migrates and seeds the database, then serves GraphQL and GraphiQL. */
import { createServer } from "node:http";
import { createDb, seed } from "@readout/db";
import { pino } from "pino";
import { createApp } from "./app.ts";
import { readEnv } from "./env.ts";

let env: ReturnType<typeof readEnv>;
try {
  env = readEnv();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const logger = pino({ name: "readout", level: env.LOG_LEVEL });

const db = await createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.dataDir });
logger.info(
  { database: db.kind, location: db.kind === "pglite" ? env.dataDir : "DATABASE_URL" },
  "database opened",
);
const migrations = await db.migrate();
logger.info(migrations, "migrations applied");
if (env.READOUT_SEED) logger.info(await seed(db.prisma), "seed corpus loaded");

const app = createApp({ prisma: db.prisma, logger });
const server = createServer(app);
server.listen(env.PORT, env.HOST, () => {
  logger.info(
    { url: `http://${env.HOST}:${env.PORT}/graphql` },
    "Readout API listening (GraphiQL at this URL)",
  );
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "shutting down");
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.close();
  logger.info("database closed; bye");
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
