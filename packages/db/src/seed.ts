import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type LoadReport, loadDatasetFile } from "./dataset/load.ts";
import type { PrismaClient } from "./generated/prisma/client.ts";
import { PROJECT_ROOT } from "./paths.ts";

/** The seed corpus: coverage of Blinken's talks with Qin Gang in Beijing on 18 June 2023. */
export const SEED_DATASET = fileURLToPath(
  new URL("prisma/datasets/2023-06-18-blinken-qin-beijing/dataset.yaml", PROJECT_ROOT),
);

export type SeedReport = (LoadReport & { unchanged: false }) | { unchanged: true };

/** SHA-256 over the dataset's folder (the dataset and the pages it quotes), file by file. */
async function fingerprint(file: string): Promise<string> {
  const dir = path.dirname(file);
  const hash = createHash("sha256");
  for (const name of (await readdir(dir)).sort()) {
    hash
      .update(`${name}\0`)
      .update(await readFile(path.join(dir, name)))
      .update("\0");
  }
  return hash.digest("hex");
}

/**
 * Loads the seed corpus unless this very version of it was loaded already: the check is one row, so a
 * start-up on a seeded database does not validate the whole dataset again. Loading again changes nothing.
 */
export async function seed(prisma: PrismaClient): Promise<SeedReport> {
  const key = path.basename(path.dirname(SEED_DATASET));
  const print = await fingerprint(SEED_DATASET);
  const loaded = await prisma.datasetLoad.findUnique({ where: { key } });
  if (loaded?.fingerprint === print) return { unchanged: true };
  const report = await loadDatasetFile(prisma, SEED_DATASET);
  await prisma.datasetLoad.upsert({
    where: { key },
    create: { key, fingerprint: print },
    update: { fingerprint: print, loadedAt: new Date() },
  });
  return { ...report, unchanged: false };
}
