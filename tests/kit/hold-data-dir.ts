/**
 * Opens the embedded database in the directory given as the first argument and keeps it open until the
 * process is killed: the other process in the data-directory lock tests. Prints "ready" once it holds it.
 */
import { createDb } from "@readout/db";

const db = await createDb({ dataDir: process.argv[2] });
await db.prisma.$queryRaw`SELECT 1`;
process.stdout.write("ready\n");
setInterval(() => {}, 60_000);
