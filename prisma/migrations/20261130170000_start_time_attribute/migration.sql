-- Start times are stored as the dataset format names them, "start time": claims and candidates that import
-- stored as "start_time" join the same attribute, so that comparisons group them with curated ones.
UPDATE "Claim" SET "attribute" = 'start time' WHERE "attribute" = 'start_time';
UPDATE "Candidate"
SET "data" = jsonb_set("data"::jsonb, '{attribute}', '"start time"')
WHERE "kind" = 'CLAIM' AND "data"->>'attribute' = 'start_time';
