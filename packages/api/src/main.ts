/** Starts the Readout API: migrates and seeds the database, then serves GraphQL and GraphiQL. */
import { readEnv } from "./env.ts";
import { closeOnSignals, startServer } from "./server.ts";

let env: ReturnType<typeof readEnv>;
try {
  env = readEnv();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const running = await startServer(env);
running.logger.info({ url: `${running.url}/graphql` }, "Readout API listening (GraphiQL at this URL)");
closeOnSignals(running);
