/**
 * Prints the schema to the committed schema.graphql (the shared artifact the typed client is generated
 * from). With --check it writes nothing and fails when the committed file differs.
 */
import { readFile, writeFile } from "node:fs/promises";
import { printSchemaFile, SCHEMA_FILE } from "./schema-file.ts";

const printed = printSchemaFile();
if (process.argv.includes("--check")) {
  const committed = await readFile(SCHEMA_FILE, "utf8").catch(() => "");
  if (committed !== printed) {
    console.error(`${SCHEMA_FILE} is out of date: run \`pnpm schema:print\` and commit the result.`);
    process.exit(1);
  }
  console.log("schema.graphql is up to date");
} else {
  await writeFile(SCHEMA_FILE, printed);
  console.log(`wrote ${SCHEMA_FILE}`);
}
