/**
 * The suite runs once on the embedded PGlite and again on PostgreSQL when a server is reachable at
 * READOUT_TEST_POSTGRES_URL (default: the local server on 127.0.0.1:5432). Under CI the PostgreSQL run
 * is required: an unreachable server fails the run instead of quietly dropping half of it.
 */
import pg from "pg";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const postgresUrl = process.env.READOUT_TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export default defineConfig(async () => {
  const projects: TestProjectInlineConfiguration[] = [
    {
      extends: true,
      test: {
        name: "pglite",
        include: ["tests/**/*.test.ts", "packages/*/test/**/*.test.ts"],
        env: { READOUT_TEST_POSTGRES_URL: "" },
      },
    },
  ];
  if (await reachable(postgresUrl)) {
    projects.push({
      extends: true,
      test: {
        name: "postgresql",
        // Database-free unit tests and the browser test run once, in the PGlite project.
        include: ["tests/{api,cli,client,data,ingest}/**/*.test.ts"],
        env: { READOUT_TEST_POSTGRES_URL: postgresUrl },
      },
    });
  } else if (process.env.CI) {
    throw new Error(`PostgreSQL is not reachable at ${postgresUrl}; CI runs the suite on it too.`);
  } else {
    console.warn(`PostgreSQL is not reachable at ${postgresUrl}: running the suite on PGlite only.`);
  }
  return {
    // graphql ships CommonJS and ESM builds; packages loaded by Node get the CommonJS one, so the tests
    // must too, or the schema's types and the tests' would come from two copies of graphql.
    resolve: { alias: { graphql: "graphql/index.js" } },
    test: {
      // Each project names its files: a root `include` would be merged into both.
      testTimeout: 30_000,
      hookTimeout: 60_000,
      // One migrated (and one seeded) database per run and project, copied by each test file.
      globalSetup: ["tests/kit/global-setup.ts"],
      projects,
    },
  };
});
