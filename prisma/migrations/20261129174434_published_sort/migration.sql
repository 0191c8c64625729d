-- Orderings by publication respect a time's precision: each article sorts by the latest moment its
-- publication time may stand for, so that "18 June" (day precision) does not sort as midnight, before the
-- articles timed on the 18th. The same rule as the coverage of an event (latestPossible in
-- packages/db/src/comparison/coverage.ts): a minute, hour or day runs to its last millisecond, a month or
-- a year (in UTC) to the last millisecond of its last day; a relative or unknown precision stands as
-- given; no publication time, no key (undated articles sort last). Generated, so every way of writing an
-- article keeps it right; "publishedAt" is a timestamp without time zone (UTC), for which all of this is
-- immutable.
ALTER TABLE "Article"
  ADD COLUMN "publishedSort" TIMESTAMP(3) GENERATED ALWAYS AS (
    CASE "publishedPrecision"
      WHEN 'MINUTE' THEN "publishedAt" + INTERVAL '1 minute' - INTERVAL '1 millisecond'
      WHEN 'HOUR' THEN "publishedAt" + INTERVAL '1 hour' - INTERVAL '1 millisecond'
      WHEN 'DAY' THEN "publishedAt" + INTERVAL '1 day' - INTERVAL '1 millisecond'
      WHEN 'MONTH' THEN date_trunc('month', "publishedAt") + INTERVAL '1 month' - INTERVAL '1 millisecond'
      WHEN 'YEAR' THEN date_trunc('year', "publishedAt") + INTERVAL '1 year' - INTERVAL '1 millisecond'
      ELSE "publishedAt"
    END
  ) STORED;

-- The indexes of the orderings move to the new key: each list's sort keys, ending in its unique id.
DROP INDEX "Article_publishedAt_id_idx";
DROP INDEX "Article_outletId_publishedAt_id_idx";
DROP INDEX "Article_publishedAt_desc_id_idx";
DROP INDEX "Article_outletId_publishedAt_desc_id_idx";

CREATE INDEX "Article_publishedSort_id_idx" ON "Article"("publishedSort", "id");
CREATE INDEX "Article_outletId_publishedSort_id_idx" ON "Article"("outletId", "publishedSort", "id");

-- Newest first with undated articles last: the schema cannot say NULLS LAST, so these live here only
-- (`pnpm migration:new` proposes dropping them: keep them).
CREATE INDEX "Article_publishedSort_desc_id_idx" ON "Article"("publishedSort" DESC NULLS LAST, "id");
CREATE INDEX "Article_outletId_publishedSort_desc_id_idx" ON "Article"("outletId", "publishedSort" DESC NULLS LAST, "id");
