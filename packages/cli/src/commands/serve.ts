import { closeOnSignals, readEnv, startServer } from "@readout/api";
import { createDashboardHandler } from "@readout/web";

/** Serves the API at /graphql and the dashboard at /, on the database the environment names. */
export async function serve(overrides: { port?: string | undefined; host?: string | undefined }) {
  const env = readEnv({
    ...process.env,
    ...(overrides.port ? { PORT: overrides.port } : {}),
    ...(overrides.host ? { HOST: overrides.host } : {}),
  });
  const dashboard = await createDashboardHandler();
  const running = await startServer(env, { extra: dashboard });
  running.logger.info(
    { graphql: `${running.url}/graphql`, dashboard: `${running.url}/` },
    "Readout is serving the API (GraphiQL) and the dashboard",
  );
  closeOnSignals(running);
  return running;
}
