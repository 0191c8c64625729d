/**
 * The reference data that import and extraction read: well-known outlets and the words extraction looks
 * for (packages/ingest/reference/*.yaml). Extending extraction to new kinds of text means editing those files.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { OutletKind, PROJECT_ROOT, WordingStrength } from "@readout/db";
import { parse } from "yaml";
import { z } from "zod";

const REFERENCE_DIR = new URL("packages/ingest/reference/", PROJECT_ROOT);

const outletSchema = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  domain: z.string().optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  kind: z.enum(OutletKind),
});

const vocabularySchema = z.strictObject({
  topics: z.array(
    z.strictObject({ key: z.string(), name: z.string(), terms: z.array(z.string().min(1)).min(1) }),
  ),
  agreementCues: z.record(z.enum(WordingStrength), z.array(z.string().min(1))),
  speechVerbs: z.array(z.string().min(1)),
  roleWords: z.array(z.string().min(1)),
  meals: z.array(z.string().min(1)),
  noise: z.array(z.string().min(1)),
});

export type ReferenceOutlet = z.infer<typeof outletSchema>;
export type Vocabulary = z.infer<typeof vocabularySchema>;

function readReference<T>(file: string, schema: z.ZodType<T>): T {
  const path = fileURLToPath(new URL(file, REFERENCE_DIR));
  const parsed = schema.safeParse(parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`${path} is not valid: ${parsed.error.message}`);
  return parsed.data;
}

let cached: { outlets: ReferenceOutlet[]; vocabulary: Vocabulary } | undefined;

/** The reference outlets and vocabulary, read once. */
export function reference() {
  cached ??= {
    outlets: readReference("outlets.yaml", z.array(outletSchema)),
    vocabulary: readReference("vocabulary.yaml", vocabularySchema),
  };
  return cached;
}
