/**
 * The dataset format: a YAML (or JSON) file that records what careful readers found in captured pages.
 * Every fact points at words of an article, given as a W3C TextQuoteSelector (`exact`, plus `prefix` or
 * `suffix` where the words occur more than once); the loader resolves the offsets. See prisma/datasets/README.md.
 */
import { z } from "zod";
import {
  AgreementStatus,
  ArticleGenre,
  OutletKind,
  ParticipantKind,
  SpeechMode,
  StateAffiliation,
  TimePrecision,
  WordingStrength,
} from "../generated/prisma/enums.ts";

const key = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "keys are lower-case words joined by hyphens");
const text = z.string().trim().min(1);
const date = z.iso.date();
const dateTime = z.iso.datetime({ offset: true });
const country = z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code such as US or CN");

export const quoteSchema = z.strictObject({
  exact: z.string().min(1),
  prefix: z.string().min(1).optional(),
  suffix: z.string().min(1).optional(),
  /** Optional code-point offsets (TextPositionSelector); when given they must agree with `exact`. */
  start: z.int().nonnegative().optional(),
  end: z.int().positive().optional(),
});
export type Quote = z.infer<typeof quoteSchema>;

/** A quote inside one article. */
const evidence = z.strictObject({ article: key, quote: quoteSchema });

const sourceSchema = z.strictObject({
  key,
  /** Path of the captured text, relative to the dataset file. */
  file: text,
  title: text.optional(),
  url: z.url().optional(),
  capturedAt: z.union([date, dateTime]).optional(),
});

const outletSchema = z.strictObject({
  key,
  name: text,
  homepage: z.url().optional(),
  domain: text.optional(),
  country: country.optional(),
  kind: z.enum(OutletKind),
  affiliations: z
    .array(
      z.strictObject({
        affiliation: z.enum(StateAffiliation),
        source: text,
        assertedOn: date,
        note: text.optional(),
      }),
    )
    .default([]),
});

const aliasSchema = z.union([text, z.strictObject({ alias: text, misspelling: z.boolean().default(false) })]);

const participantSchema = z.strictObject({
  key,
  name: text,
  kind: z.enum(ParticipantKind),
  description: text.optional(),
  wikidataId: z
    .string()
    .regex(/^Q[0-9]+$/)
    .optional(),
  aliases: z.array(aliasSchema).default([]),
  roles: z
    .array(
      z.strictObject({
        title: text,
        organization: key.optional(),
        validFrom: date.optional(),
        validTo: date.optional(),
        evidence: evidence.optional(),
      }),
    )
    .default([]),
});

const topicSchema = z.strictObject({ key, name: text });

const eventSchema = z.strictObject({
  key,
  title: text,
  startsAt: z.union([date, dateTime]).optional(),
  startPrecision: z.enum(TimePrecision),
  place: text.optional(),
  country: country.optional(),
  participants: z
    .array(z.strictObject({ participant: key, side: key.optional(), role: text.optional() }))
    .default([]),
});

const articleSchema = z.strictObject({
  key,
  source: key,
  outlet: key,
  title: text,
  subtitle: text.optional(),
  url: z.url().optional(),
  /** The body runs from the first character of `bodyStart` to the last of `bodyEnd` in the source text. */
  bodyStart: quoteSchema,
  bodyEnd: quoteSchema,
  language: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, "a BCP 47 language tag")
    .default("en"),
  genre: z.enum(ArticleGenre),
  dateline: text.optional(),
  publishedAt: dateTime.optional(),
  publishedPrecision: z.enum(TimePrecision),
  publishedText: text.optional(),
  bylines: z
    .array(
      z.strictObject({
        name: text,
        staff: z.boolean().default(false),
        place: text.optional(),
        participant: key.optional(),
      }),
    )
    .default([]),
  events: z.array(key).default([]),
  mentions: z.array(z.strictObject({ participant: key, quote: quoteSchema })).default([]),
  /** Passages that raise a topic. */
  topics: z.array(z.strictObject({ topic: key, quote: quoteSchema })).default([]),
});

const agreementSchema = z.strictObject({
  key,
  event: key,
  summary: text,
  topic: key.optional(),
  parties: z.array(key).default([]),
  reports: z
    .array(z.strictObject({ article: key, strength: z.enum(WordingStrength), quote: quoteSchema }))
    .min(1, "an agreement needs at least one report"),
  status: z
    .array(
      z.strictObject({
        status: z.enum(AgreementStatus),
        on: date,
        note: text.optional(),
        evidence: evidence.optional(),
      }),
    )
    .default([]),
  /** Commitments of earlier meetings (of this dataset or already stored) that this agreement takes up. */
  follows: z
    .array(
      z.strictObject({
        agreement: key,
        link: z.enum(["RESTATES", "PROGRESSES", "FULFILS", "OVERTAKES"]),
        note: text.optional(),
        evidence: evidence.optional(),
      }),
    )
    .default([]),
});

const statementGroupSchema = z.strictObject({
  key,
  summary: text,
  speaker: key.optional(),
  event: key.optional(),
});

const statementSchema = z
  .strictObject({
    key,
    article: key,
    speaker: key.optional(),
    speakerLabel: text.optional(),
    mode: z.enum(SpeechMode),
    attribution: text.optional(),
    quote: quoteSchema,
    topics: z.array(key).default([]),
    /** The statement group (the same statement as other outlets carry it). */
    group: key.optional(),
  })
  .refine((statement) => statement.speaker ?? statement.speakerLabel, {
    message: "a statement needs a speaker or a speakerLabel",
  });

const claimSchema = z
  .strictObject({
    key,
    event: key,
    article: key,
    attribute: text,
    /** The value as written; durations ("nearly six-hour") are read into minutes unless min/max are given. */
    value: text,
    normalized: text.optional(),
    qualifier: z.enum(["EXACT", "APPROXIMATE", "NEARLY", "UNDER", "OVER", "AT_LEAST", "RANGE"]).optional(),
    unit: text.optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    scope: text.optional(),
    /** Whom the article credits for the value ("some media"); left out when the article asserts it. */
    attribution: text.optional(),
    quote: quoteSchema,
  })
  .refine((claim) => claim.min === undefined || claim.max === undefined || claim.min <= claim.max, {
    message: "min must not exceed max",
  });

export const datasetSchema = z.strictObject({
  version: z.literal(1),
  sources: z.array(sourceSchema).default([]),
  outlets: z.array(outletSchema).default([]),
  participants: z.array(participantSchema).default([]),
  topics: z.array(topicSchema).default([]),
  events: z.array(eventSchema).default([]),
  articles: z.array(articleSchema).default([]),
  agreements: z.array(agreementSchema).default([]),
  statementGroups: z.array(statementGroupSchema).default([]),
  statements: z.array(statementSchema).default([]),
  claims: z.array(claimSchema).default([]),
});

export type Dataset = z.infer<typeof datasetSchema>;
