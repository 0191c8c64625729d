/**
 * Authors a new migration from the difference between the committed migrations and prisma/schema.prisma,
 * using the CLI's JavaScript engine against an in-memory PGlite (no native engine, no server).
 * Usage: pnpm migration:new <name>
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: pnpm migration:new <name>   (lower-case letters, digits and underscores)");
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, "../../..");
console.error("Diffing the committed migrations against prisma/schema.prisma …");
const sql = execFileSync(
  "pnpm",
  [
    "exec",
    "prisma",
    "migrate",
    "diff",
    "--from-migrations",
    "prisma/migrations",
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ],
  { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
if (!/^\s*(CREATE|ALTER|DROP)/m.test(sql)) {
  console.error("The schema matches the migrations; nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(root, "prisma/migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`wrote ${path.relative(root, dir)}/migration.sql`);
