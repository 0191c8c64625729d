-- An event that an import created because an article matched no stored event: later articles about the
-- same meeting link to it, and a curator confirms or merges it.
ALTER TABLE "Event" ADD COLUMN "proposed" BOOLEAN NOT NULL DEFAULT false;

-- How well an article matched the event import linked it to, and what matched (participants, place, date).
ALTER TABLE "ArticleEvent" ADD COLUMN "score" DOUBLE PRECISION;
ALTER TABLE "ArticleEvent" ADD COLUMN "evidence" JSONB;

-- A person an import found and no curator knows yet: one row shared by every article that names them.
ALTER TABLE "Participant" ADD COLUMN "proposed" BOOLEAN NOT NULL DEFAULT false;
