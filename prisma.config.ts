import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

// The CLI is used here only to generate the client and to author migrations (`migrate diff` against an
// in-memory PGlite). Migrations are applied by the application itself (see packages/db/src/migrate.ts), so
// no native schema engine is ever downloaded. The datasource URL is a placeholder the CLI needs when unset.
process.env.DATABASE_URL ??= "postgresql://readout@localhost:5432/readout";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new PrismaPGlite(new PGlite("memory://")),
});
