/**
 * Loads dataset files into the database named by DATABASE_URL (or the embedded one in READOUT_DATA_DIR),
 * migrating it first. Usage: pnpm --filter @readout/db load [--json] <dataset.yaml>...
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb, DatasetError, type LoadReport, loadDatasetFile } from "../src/index.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: "boolean", default: false }, help: { type: "boolean", short: "h" } },
});
if (values.help || positionals.length === 0) {
  console.log(
    "Usage: load-dataset [--json] <dataset.yaml>...\nLoads curated datasets (see prisma/datasets/README.md).",
  );
  process.exit(values.help ? 0 : 2);
}

const db = await createDb({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: process.env.READOUT_DATA_DIR ?? path.resolve(import.meta.dirname, "../../../.data/pglite"),
});
const results: { file: string; report?: LoadReport; error?: { code: string; issues: unknown } }[] = [];
try {
  await db.migrate();
  for (const [index, file] of positionals.entries()) {
    if (!values.json) process.stderr.write(`[${index + 1}/${positionals.length}] loading ${file} … `);
    try {
      const report = await loadDatasetFile(db.prisma, file);
      results.push({ file, report });
      if (!values.json) {
        console.error(
          `ok: ${Object.entries(report)
            .map(([kind, count]) => `${count} ${kind}`)
            .join(", ")}`,
        );
      }
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      process.exitCode = 1;
      results.push({ file, error: { code: error.code, issues: error.issues } });
      if (!values.json) console.error(`rejected\n${error.message}`);
    }
  }
} finally {
  await db.close();
}
if (values.json) console.log(JSON.stringify(results, null, 2));
