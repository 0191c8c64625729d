-- An evidence span is checked against its article's body on every insert. Offsets count code points, so
-- each check makes substr walk the body from its start: a long page's tens of thousands of candidate spans
-- re-read the page tens of thousands of times (a 1 MB page did not finish in minutes). An import derives
-- its spans from the very body it stores, in the same transaction, and says so for those inserts only with
-- SET LOCAL readout.spans_from_body = 'on'; every other writer is still checked.
CREATE OR REPLACE FUNCTION "evidence_span_matches_body"() RETURNS trigger AS $$
BEGIN
  IF current_setting('readout.spans_from_body', true) = 'on' THEN
    RETURN NEW;
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM "Article" a
    WHERE a."id" = NEW."articleId" AND substr(a."body", NEW."start" + 1, NEW."end" - NEW."start") = NEW."exact"
  ) THEN
    RAISE EXCEPTION 'evidence span [%, %) does not match the body of article %', NEW."start", NEW."end", NEW."articleId"
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
