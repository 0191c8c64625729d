-- One agreement per event and summary, enforced by the database: two identical createAgreement requests
-- at the same moment both passed the old read-then-write check.

-- Duplicates that such races left behind are kept, renamed so that curators can find and merge them.
UPDATE "Agreement" AS "a"
SET "summary" = "a"."summary" || ' (duplicate ' || "d"."n" || ')'
FROM (
  SELECT "id", row_number() OVER (PARTITION BY "eventId", "summary" ORDER BY "key") - 1 AS "n"
  FROM "Agreement"
) AS "d"
WHERE "a"."id" = "d"."id" AND "d"."n" > 0;

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_eventId_summary_key" ON "Agreement"("eventId", "summary");
