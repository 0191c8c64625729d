import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

// The CLI is used here only to generate the client and to author migrations (`migrate diff` against an
// in-memory PGlite). Migrations are applied by the application itself (see packages/db/src/migrate.ts), so
// no native schema engine is ever downloaded. The datasource URL is a placeholder the CLI needs when unset.
process.env.DATABASE_URL ??= "postgresql://readout@localhost:5432/readout";

// Prisma 6.19's JavaScript schema engine replays each migration file through `executeRaw`, which runs one
// prepared statement; a file of several statements must go through `executeScript` instead.
function scriptAware(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, property, receiver) {
      if (property === "executeRaw") {
        return async (query: Parameters<SqlDriverAdapter["executeRaw"]>[0]) => {
          if (query.args.length === 0 && query.sql.includes(";")) {
            await target.executeScript(query.sql);
            return 0;
          }
          return target.executeRaw(query);
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function pgliteInMemory(): SqlMigrationAwareDriverAdapterFactory {
  // Migrations create pg_trgm, which PGlite must load when it opens (as packages/db does).
  const factory = new PrismaPGlite(new PGlite("memory://", { extensions: { pg_trgm } }));
  const shadow = new PrismaPGlite(new PGlite("memory://", { extensions: { pg_trgm } }));
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => scriptAware(await factory.connect()),
    connectToShadowDb: async () => scriptAware(await shadow.connect()),
  };
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => pgliteInMemory(),
});
