import { fileURLToPath } from "node:url";
import { type LoadReport, loadDatasetFile } from "./dataset/load.ts";
import type { PrismaClient } from "./generated/prisma/client.ts";

/** The seed corpus: coverage of Blinken's talks with Qin Gang in Beijing on 18 June 2023. */
export const SEED_DATASET = fileURLToPath(
  new URL("../../../prisma/datasets/2023-06-18-blinken-qin-beijing/dataset.yaml", import.meta.url),
);

/** Loads the seed corpus; loading it again changes nothing. */
export function seed(prisma: PrismaClient): Promise<LoadReport> {
  return loadDatasetFile(prisma, SEED_DATASET);
}
