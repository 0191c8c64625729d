/** Starts the Readout API: migrates and seeds the database, then serves GraphQL and GraphiQL. */
import { DataDirError } from "@readout/db";
import { ConfigError } from "./config-error.ts";
import { readEnv } from "./env.ts";
import { closeOnSignals, type RunningServer, startServer } from "./server.ts";

let running: RunningServer;
try {
  running = await startServer(readEnv());
} catch (error) {
  // A configuration that cannot work (a bad variable, a port in use, a data directory held or not
  // writable) is a usage error: one line, exit code 2.
  if (error instanceof ConfigError || error instanceof DataDirError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
running.logger.info({ url: `${running.url}/graphql` }, "Readout API listening (GraphiQL at this URL)");
closeOnSignals(running);
