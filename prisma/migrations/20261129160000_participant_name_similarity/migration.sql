-- Fuzzy participant lookup (surnames, misspellings, other romanisations) scores names by trigram
-- similarity. pg_trgm is a trusted contrib extension on PostgreSQL 13 and later, and PGlite loads it when the
-- database opens (packages/db/src/client.ts). No trigram index: participants and their aliases number in the
-- thousands, a scan of them costs less than keeping an index on every write, and an index would make every
-- tool that opens the data directory load the extension first.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
