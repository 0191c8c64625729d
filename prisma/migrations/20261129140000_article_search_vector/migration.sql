-- Full-text search reads a stored vector instead of parsing every matching body again: the index's
-- matches are rechecked, and ranked, against this column (to_tsvector on a 2 KB body costs about as much
-- as the rest of the search). Generated, so every way of writing an article keeps it right.
ALTER TABLE "Article"
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "body")) STORED;

CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

DROP INDEX IF EXISTS "Article_body_search_idx";
