/**
 * The synthetic corpus, written straight into Readout's migrated schema with SQL (INSERT … SELECT over
 * generate_series, random() under a fixed setseed), so the same statements fill PostgreSQL and PGlite.
 *
 * Bodies are sentences of a fixed length drawn from a seeded pool, so every evidence span is the exact slice
 * of its body that the span trigger checks. Ids carry the row's number (`art0000042`, `sp0000042_05`), so
 * rows can point at each other without looking each other up. Helper tables live in the `bench` schema,
 * which neither Readout nor PostGraphile reads; `bench.corpus` records a finished corpus, so a rerun on a
 * database that holds one skips the work. Outlet names begin with their number, so that ordering by name
 * (Readout) and by key (PostGraphile, which orders only by indexed columns) agree.
 */
import { progress } from "./log.ts";
import { CITIES, COUNTRIES, FIRST_NAMES, LAST_NAMES, SENTENCE_STRIDE, sentencePool, WORDS } from "./words.ts";

/** Bump when the generator changes what it writes: a corpus of another version is generated again. */
export const GENERATOR_VERSION = 1;

export interface Sql {
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export const SIZES = { "10k": 10_000, "100k": 100_000, "1m": 1_000_000 } as const;
export type Size = keyof typeof SIZES;

export interface CorpusShape {
  articles: number;
  outlets: number;
  participants: number;
  events: number;
  topics: number;
}

export function shapeOf(articles: number): CorpusShape {
  return {
    articles,
    outlets: 200,
    participants: 2000,
    events: Math.max(1, Math.round(articles / 20)),
    topics: 50,
  };
}

const PLAIN_SENTENCES = 4000;
const RARE_SENTENCES = 40;
/** One article in RARE_EVERY carries a sentence with the rare word (5%). */
const RARE_EVERY = 20;

/** Whether this database already holds a finished corpus of this many articles. */
export async function corpusReady(sql: Sql, articles: number): Promise<boolean> {
  const rows = await sql
    .query<{ articles: number; version: number }>(
      `SELECT articles, version FROM bench.corpus WHERE articles = $1 AND version = $2`,
      [articles, GENERATOR_VERSION],
    )
    .catch(() => []);
  return rows.length > 0;
}

const literalArray = (values: readonly string[]) =>
  `ARRAY[${values.map((value) => `'${value.replaceAll("'", "''")}'`).join(",")}]::text[]`;

const pad = (expression: string, width: number) => `lpad((${expression})::text, ${width}, '0')`;
const articleId = (i: string) => `'art' || ${pad(i, 7)}`;
const spanId = (i: string, slot: string) => `'sp' || ${pad(i, 7)} || '_' || ${pad(slot, 2)}`;
const outletId = (o: string) => `'out' || ${pad(o, 3)}`;
const participantId = (p: string) => `'par' || ${pad(p, 5)}`;
const eventId = (e: string) => `'evt' || ${pad(e, 6)}`;
const topicId = (t: string) => `'top' || ${pad(t, 3)}`;
const docId = (d: string) => `'doc' || ${pad(d, 7)}`;

/** Sentences in article i's body (14–20, so bodies run from 1.7 to 2.4 KB). */
const sentences = (i: string) => `(14 + ((${i}) * 37) % 7)`;
const bodyLength = (i: string) => `(${sentences(i)} * ${SENTENCE_STRIDE} - 1)`;
/** Article i's body: its sentences drawn from the pool by a fixed hash; slot 2 of every 20th is rare. */
const body = (
  i: string,
) => `(SELECT string_agg(s.text, ' ' ORDER BY j) FROM generate_series(0, ${sentences(i)} - 1) j
  JOIN bench.sentence s ON s.idx = CASE WHEN j = 2 AND (${i}) % ${RARE_EVERY} = 7
    THEN ${PLAIN_SENTENCES} + ((${i}) / ${RARE_EVERY}) % ${RARE_SENTENCES}
    ELSE (((${i})::bigint * 7919 + j * 104729 + ((${i}) % 101) * j * 31) % ${PLAIN_SENTENCES})::int END)`;

/** Evidence span of sentence `slot` of article i (the sentence without its full stop). */
const spanRows = (slotSet: string) => `
  INSERT INTO "EvidenceSpan" ("id", "articleId", "start", "end", "exact", "prefix", "suffix")
  SELECT ${spanId("x.i", "x.slot")}, a."id", x.slot * ${SENTENCE_STRIDE}, x.slot * ${SENTENCE_STRIDE} + ${SENTENCE_STRIDE - 2},
         substr(a."body", x.slot * ${SENTENCE_STRIDE} + 1, ${SENTENCE_STRIDE - 2}),
         substr(a."body", greatest(x.slot * ${SENTENCE_STRIDE} - 32, 0) + 1, least(x.slot * ${SENTENCE_STRIDE}, 32)),
         substr(a."body", x.slot * ${SENTENCE_STRIDE} + ${SENTENCE_STRIDE - 2} + 1, 32)
  FROM (${slotSet}) x JOIN "Article" a ON a."id" = ${articleId("x.i")}
  ON CONFLICT DO NOTHING`;

function steps(shape: CorpusShape): { what: string; sql: string }[] {
  const { articles: N, outlets: O, participants: P, events: E, topics: T } = shape;
  const pick = (array: string) => `(${array})[1 + floor(random() * cardinality(${array}))::int]`;
  const words = literalArray(WORDS);
  const cities = literalArray(CITIES);
  const countries = literalArray(COUNTRIES);
  const firstNames = literalArray(FIRST_NAMES);
  const lastNames = literalArray(LAST_NAMES);
  return [
    {
      what: "outlets",
      sql: `
      INSERT INTO "Outlet" ("id", "key", "name", "homepage", "domain", "country", "kind")
      SELECT ${outletId("o")}, 'outlet-' || ${pad("o", 3)},
             'Outlet ' || ${pad("o", 3)} || ' ' || initcap(${pick(words)}) || ' ' || ${pick("ARRAY['Times','Post','Herald','Daily','News','Tribune','Observer','Review','Wire','Radio']")},
             'https://outlet' || o || '.test/', 'outlet' || o || '.test', ${pick(countries)},
             (ARRAY['STATE_MEDIA','PUBLIC_BROADCASTER','PRIVATE','PRIVATE','PRIVATE','WIRE','GOVERNMENT','THINK_TANK','BLOG'])[1 + floor(random() * 9)::int]::"OutletKind"
      FROM generate_series(1, ${O}) o;
      INSERT INTO "OutletAffiliation" ("id", "outletId", "affiliation", "note", "source", "assertedOn")
      SELECT 'aff' || substr("id", 4), "id",
             (CASE "kind" WHEN 'STATE_MEDIA' THEN 'STATE_CONTROLLED' WHEN 'GOVERNMENT' THEN 'STATE_CONTROLLED'
               WHEN 'PUBLIC_BROADCASTER' THEN 'STATE_FUNDED_EDITORIALLY_INDEPENDENT' ELSE 'INDEPENDENT' END)::"StateAffiliation",
             NULL, 'synthetic', DATE '2024-01-01'
      FROM "Outlet" WHERE "id" LIKE 'out%';`,
    },
    {
      what: "participants, aliases and roles",
      sql: `
      INSERT INTO "Participant" ("id", "key", "name", "kind", "description")
      SELECT ${participantId("p")}, 'participant-' || ${pad("p", 5)},
             CASE WHEN p % 7 = 0 THEN initcap(${pick(words)}) || ' Ministry ' || p
                  WHEN p % 11 = 0 THEN 'Republic of ' || initcap(${pick(words)}) || ' ' || p
                  ELSE ${pick(firstNames)} || ' ' || ${pick(lastNames)} || ' ' || p END,
             (CASE WHEN p % 7 = 0 THEN 'ORGANIZATION' WHEN p % 11 = 0 THEN 'COUNTRY' ELSE 'PERSON' END)::"ParticipantKind",
             NULL
      FROM generate_series(1, ${P}) p;
      INSERT INTO "ParticipantAlias" ("id", "participantId", "alias", "normalized")
      SELECT 'ali' || substr("id", 4), "id", "name", lower("name") FROM "Participant" WHERE "id" LIKE 'par%';
      INSERT INTO "Role" ("id", "participantId", "title")
      SELECT 'rol' || substr("id", 4), "id", ${pick("ARRAY['Foreign Minister','Prime Minister','President','Ambassador','Spokesperson','Trade Minister']")}
      FROM "Participant" WHERE "id" LIKE 'par%' AND "kind" = 'PERSON';`,
    },
    {
      what: "topics and events",
      sql: `
      INSERT INTO "Topic" ("id", "key", "name")
      SELECT ${topicId("t")}, 'topic-' || ${pad("t", 3)}, initcap(${pick(words)}) || ' ' || t FROM generate_series(1, ${T}) t;
      INSERT INTO "Event" ("id", "key", "title", "startsAt", "startPrecision", "place", "country")
      SELECT ${eventId("e")}, 'event-' || ${pad("e", 6)},
             'Talks in ' || ${pick(cities)} || ' ' || e,
             date_trunc('day', TIMESTAMP '2020-01-01' + random() * INTERVAL '2500 days'), 'DAY',
             ${pick(cities)}, ${pick(countries)}
      FROM generate_series(1, ${E}) e;
      INSERT INTO "EventParticipant" ("eventId", "participantId", "role")
      SELECT ${eventId("e")}, ${participantId(`1 + (e * 13 + side * 7) % ${P}`)}, CASE side WHEN 0 THEN 'host' ELSE 'guest' END
      FROM generate_series(1, ${E}) e, generate_series(0, 1) side;`,
    },
    {
      what: "per-article choices",
      sql: `
      CREATE TABLE bench.art AS
      SELECT i,
             1 + floor(${O} * power(random(), 1.5))::int AS outlet,
             floor(${P} * power(random(), 2))::int AS base,
             1 + floor(random() * ${E})::int AS event,
             random() < 0.1 AS second_event,
             CASE WHEN random() < 0.03 THEN NULL
                  ELSE date_trunc('milliseconds', TIMESTAMP '2020-01-01' + random() * INTERVAL '2500 days') END AS published,
             random() AS r
      FROM generate_series(1, ${N}) i;
      ALTER TABLE bench.art ADD PRIMARY KEY (i);
      CREATE INDEX ON bench.art (event, i);`,
    },
    {
      what: "source documents (four articles each)",
      sql: `
      INSERT INTO "SourceDocument" ("id", "key", "title", "url", "capturedAt", "contentHash", "text")
      SELECT ${docId("d")}, 'page-' || ${pad("d", 7)}, 'Captured page ' || d, 'https://pages.test/' || d,
             TIMESTAMP '2026-01-01' + d * INTERVAL '1 minute', md5(t.text) || '-' || d, t.text
      FROM generate_series(1, ${Math.ceil(N / 4)}) d
      CROSS JOIN LATERAL (
        SELECT string_agg(${body("i")}, E'\\n\\n' ORDER BY i) AS text
        FROM generate_series((d - 1) * 4 + 1, least(d * 4, ${N})) i
      ) t;`,
    },
    {
      what: "articles",
      sql: `
      INSERT INTO "Article" ("id", "key", "outletId", "sourceDocumentId", "sourceStart", "sourceEnd", "title",
                             "url", "body", "language", "genre", "dateline", "publishedAt", "publishedPrecision", "publishedText")
      SELECT ${articleId("x.i")}, 'article-' || ${pad("x.i", 7)}, ${outletId("x.outlet")}, ${docId("(x.i - 1) / 4 + 1")},
             x.start, x.start + ${bodyLength("x.i")},
             initcap(${pick(words)}) || ' ' || ${pick(words)} || ' ' || ${pick(words)} || ' ' || ${pick(words)} || ' ' || x.i,
             'https://outlet' || x.outlet || '.test/a/' || x.i, ${body("x.i")}, 'en',
             (ARRAY['REPORT','REPORT','REPORT','ANALYSIS','OPINION','READOUT','TRANSCRIPT'])[1 + floor(random() * 7)::int]::"ArticleGenre",
             ${pick(cities)}, x.published,
             (CASE WHEN x.published IS NULL THEN 'UNKNOWN' ELSE 'MINUTE' END)::"TimePrecision", NULL
      FROM (
        SELECT art.*, (SELECT coalesce(sum(${bodyLength("k")} + 2), 0) FROM generate_series((art.i - 1) / 4 * 4 + 1, art.i - 1) k)::int AS start
        FROM bench.art
      ) x;
      INSERT INTO "Byline" ("id", "articleId", "position", "name", "isStaff")
      SELECT 'byl' || substr("id", 4), "id", 0, ${pick(firstNames)} || ' ' || ${pick(lastNames)}, random() < 0.3
      FROM "Article" WHERE "id" LIKE 'art%';`,
    },
    {
      what: "evidence spans (nine per article)",
      sql: spanRows(`SELECT i, slot FROM generate_series(1, ${N}) i, generate_series(0, 8) slot`),
    },
    {
      what: "article ↔ participant mentions and article ↔ event links",
      sql: `
      INSERT INTO "ArticleParticipant" ("articleId", "participantId", "evidenceId")
      SELECT ${articleId("a.i")}, ${participantId(`1 + (a.base + k * 397) % ${P}`)}, ${spanId("a.i", "k")}
      FROM bench.art a, generate_series(0, 4) k;
      INSERT INTO "ArticleEvent" ("articleId", "eventId")
      SELECT ${articleId("a.i")}, ${eventId("a.event")} FROM bench.art a
      UNION ALL
      SELECT ${articleId("a.i")}, ${eventId(`1 + a.event % ${E}`)} FROM bench.art a WHERE a.second_event AND ${E} > 1;`,
    },
    {
      what: "statements, topics and claims",
      sql: `
      INSERT INTO "Statement" ("id", "key", "articleId", "speakerId", "mode", "attribution", "evidenceId")
      SELECT 'sta' || ${pad("a.i", 7)} || '_' || k, 'statement-' || ${pad("a.i", 7)} || '-' || k, ${articleId("a.i")},
             ${participantId(`1 + (a.base + k * 397) % ${P}`)},
             (CASE WHEN random() < 0.4 THEN 'DIRECT' ELSE 'REPORTED' END)::"SpeechMode",
             ${pick("ARRAY['said','told reporters','said in a statement','according to officials','wrote']")},
             ${spanId("a.i", "5 + k")}
      FROM bench.art a, generate_series(0, 2) k;
      INSERT INTO "StatementTopic" ("statementId", "topicId")
      SELECT 'sta' || ${pad("a.i", 7)} || '_0', ${topicId(`1 + a.i % ${T}`)} FROM bench.art a;
      INSERT INTO "TopicMention" ("id", "articleId", "topicId", "evidenceId")
      SELECT 'tom' || ${pad("a.i", 7)}, ${articleId("a.i")}, ${topicId(`1 + (a.i * 7) % ${T}`)}, ${spanId("a.i", "3")}
      FROM bench.art a;
      INSERT INTO "Claim" ("id", "key", "eventId", "articleId", "attribute", "value", "normalized", "unit",
                           "minValue", "maxValue", "scope", "evidenceId", "qualifier")
      SELECT 'cla' || ${pad("c.i", 7)}, 'claim-' || ${pad("c.i", 7)}, ${eventId("c.event")}, ${articleId("c.i")},
             c.attribute, c.amount || ' ' || c.unit || 's', c.amount::text, c.unit, c.amount, c.amount,
             CASE WHEN c.r < 0.2 THEN 'plenary' END, ${spanId("c.i", "8")}, CASE WHEN c.r > 0.8 THEN 'about' END
      FROM (
        SELECT a.i, a.event, a.r, 2 + floor(random() * 3)::int AS amount,
               (ARRAY['duration','delegation size'])[1 + a.i % 2] AS attribute,
               (ARRAY['hour','member'])[1 + a.i % 2] AS unit
        FROM bench.art a
      ) c;`,
    },
    {
      what: "agreements, parties, reports and status changes",
      sql: `
      INSERT INTO "Agreement" ("id", "key", "eventId", "summary", "topicId")
      SELECT 'agr' || ${pad("e", 6)} || '_' || g, 'agreement-' || ${pad("e", 6)} || '-' || g, ${eventId("e")},
             'Both sides agreed to ' || ${pick(words)} || ' ' || ${pick(words)} || ' ' || ${pick(words)} || ', point ' || (g + 1),
             ${topicId(`1 + floor(random() * ${T})::int`)}
      FROM generate_series(1, ${E}) e, generate_series(0, 2) g;
      INSERT INTO "AgreementParty" ("agreementId", "participantId")
      SELECT 'agr' || ${pad("ep.e", 6)} || '_' || g, ep."participantId"
      FROM (SELECT substr("eventId", 4)::int AS e, "participantId" FROM "EventParticipant") ep, generate_series(0, 2) g;
      CREATE TABLE bench.report AS
      SELECT e, g, r, ev.i
      FROM generate_series(1, ${E}) e, generate_series(0, 2) g, generate_series(0, 1) r
      CROSS JOIN LATERAL (
        SELECT i FROM (SELECT i, row_number() OVER (ORDER BY i) AS rn, count(*) OVER () AS n FROM bench.art WHERE event = e) c
        WHERE c.rn = 1 + (g * 2 + r) % c.n
      ) ev;
      ${spanRows("SELECT DISTINCT i, 9 + r AS slot FROM bench.report")};
      INSERT INTO "AgreementReport" ("id", "agreementId", "articleId", "strength", "evidenceId")
      SELECT 'rep' || ${pad("e", 6)} || '_' || g || '_' || r, 'agr' || ${pad("e", 6)} || '_' || g, ${articleId("i")},
             (ARRAY['AGREED','WILL_WORK_TO','WILL_EXPLORE','WELCOMED'])[1 + floor(random() * 4)::int]::"WordingStrength",
             ${spanId("i", "9 + r")}
      FROM bench.report;
      INSERT INTO "AgreementStatusChange" ("id", "agreementId", "status", "on")
      SELECT 'asc' || substr(ag."id", 4), ag."id", 'AGREED', coalesce(ev."startsAt"::date, DATE '2024-01-01')
      FROM "Agreement" ag JOIN "Event" ev ON ev."id" = ag."eventId" WHERE ag."id" LIKE 'agr%';`,
    },
  ];
}

/**
 * Writes the corpus into a migrated, empty database. The search index is dropped during the load and built
 * again afterwards (the same definition as the migration), which is much faster than growing it row by row.
 */
export async function generateCorpus(sql: Sql, shape: CorpusShape, label: string): Promise<number> {
  const started = Date.now();
  await sql.exec(`DROP SCHEMA IF EXISTS bench CASCADE; CREATE SCHEMA bench;
    CREATE TABLE bench.sentence (idx int PRIMARY KEY, text text NOT NULL);
    CREATE TABLE bench.corpus (articles int NOT NULL, version int NOT NULL, seconds float8 NOT NULL,
                               created timestamptz NOT NULL DEFAULT now());`);
  const pool = sentencePool(PLAIN_SENTENCES, RARE_SENTENCES);
  await sql.query(
    "INSERT INTO bench.sentence SELECT i - 1, t FROM unnest($1::text[]) WITH ORDINALITY AS u(t, i)",
    [pool],
  );
  // Expression (GIN) indexes are built once at the end instead of row by row.
  const expressionIndexes = await sql.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexdef LIKE '%USING gin%'`,
  );
  for (const index of expressionIndexes) await sql.exec(`DROP INDEX "${index.indexname}"`);
  await sql.exec("SELECT setseed(0.4242)");
  for (const step of steps(shape)) {
    const stepStarted = Date.now();
    progress(`generating ${label}: ${step.what}`);
    await sql.exec(`SELECT setseed(0.4242); ${step.sql}`);
    progress(`generating ${label}: ${step.what} took ${((Date.now() - stepStarted) / 1000).toFixed(1)} s`);
  }
  for (const index of expressionIndexes) {
    progress(`generating ${label}: building ${index.indexname}`);
    await sql.exec(index.indexdef);
  }
  progress(`generating ${label}: ANALYZE`);
  await sql.exec("DROP TABLE bench.art, bench.report; ANALYZE");
  const seconds = (Date.now() - started) / 1000;
  await sql.query("INSERT INTO bench.corpus (articles, version, seconds) VALUES ($1, $2, $3)", [
    shape.articles,
    GENERATOR_VERSION,
    seconds,
  ]);
  return seconds;
}

/** How long the corpus in this database took to generate, from its record. */
export async function generationSeconds(sql: Sql): Promise<number | null> {
  const rows = await sql
    .query<{ seconds: number }>("SELECT seconds FROM bench.corpus LIMIT 1")
    .catch(() => []);
  return rows[0] ? Number(rows[0].seconds) : null;
}
