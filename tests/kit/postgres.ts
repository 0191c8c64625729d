/** What the test kit does on a PostgreSQL server itself (create and drop databases), outside Prisma. */
import pg from "pg";

/** Runs one statement on the PostgreSQL server at `serverUrl`, on a connection of its own. */
export async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
