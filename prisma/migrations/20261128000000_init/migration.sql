-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OutletKind" AS ENUM ('STATE_MEDIA', 'PUBLIC_BROADCASTER', 'PRIVATE', 'WIRE', 'GOVERNMENT', 'THINK_TANK', 'BLOG');

-- CreateEnum
CREATE TYPE "StateAffiliation" AS ENUM ('STATE_CONTROLLED', 'STATE_FUNDED_EDITORIALLY_INDEPENDENT', 'INDEPENDENT');

-- CreateEnum
CREATE TYPE "TimePrecision" AS ENUM ('MINUTE', 'HOUR', 'DAY', 'MONTH', 'YEAR', 'RELATIVE', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "ArticleGenre" AS ENUM ('REPORT', 'ANALYSIS', 'OPINION', 'READOUT', 'TRANSCRIPT');

-- CreateEnum
CREATE TYPE "ParticipantKind" AS ENUM ('PERSON', 'ORGANIZATION', 'COUNTRY');

-- CreateEnum
CREATE TYPE "WordingStrength" AS ENUM ('AGREED', 'WILL_WORK_TO', 'WILL_EXPLORE', 'WELCOMED');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('PROPOSED', 'AGREED', 'IN_PROGRESS', 'FULFILLED', 'OVERTAKEN', 'LAPSED');

-- CreateEnum
CREATE TYPE "SpeechMode" AS ENUM ('DIRECT', 'REPORTED');

-- CreateTable
CREATE TABLE "SourceDocument" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT,
    "url" TEXT,
    "capturedAt" TIMESTAMP(3),
    "contentHash" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Outlet" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "homepage" TEXT,
    "domain" TEXT,
    "country" TEXT,
    "kind" "OutletKind" NOT NULL,

    CONSTRAINT "Outlet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutletAffiliation" (
    "id" TEXT NOT NULL,
    "outletId" TEXT NOT NULL,
    "affiliation" "StateAffiliation" NOT NULL,
    "note" TEXT,
    "source" TEXT NOT NULL,
    "assertedOn" DATE NOT NULL,

    CONSTRAINT "OutletAffiliation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "outletId" TEXT NOT NULL,
    "sourceDocumentId" TEXT NOT NULL,
    "sourceStart" INTEGER NOT NULL,
    "sourceEnd" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "subtitle" TEXT,
    "url" TEXT,
    "body" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "genre" "ArticleGenre" NOT NULL,
    "dateline" TEXT,
    "publishedAt" TIMESTAMP(3),
    "publishedPrecision" "TimePrecision" NOT NULL,
    "publishedText" TEXT,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Byline" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "isStaff" BOOLEAN NOT NULL DEFAULT false,
    "place" TEXT,
    "participantId" TEXT,

    CONSTRAINT "Byline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceSpan" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,

    CONSTRAINT "EvidenceSpan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ParticipantKind" NOT NULL,
    "description" TEXT,
    "wikidataId" TEXT,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParticipantAlias" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "isMisspelling" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ParticipantAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "organizationId" TEXT,
    "validFrom" DATE,
    "validTo" DATE,
    "evidenceId" TEXT,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleParticipant" (
    "articleId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "evidenceId" TEXT,

    CONSTRAINT "ArticleParticipant_pkey" PRIMARY KEY ("articleId","participantId")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3),
    "startPrecision" "TimePrecision" NOT NULL,
    "place" TEXT,
    "country" TEXT,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventParticipant" (
    "eventId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "sideId" TEXT,
    "role" TEXT,

    CONSTRAINT "EventParticipant_pkey" PRIMARY KEY ("eventId","participantId")
);

-- CreateTable
CREATE TABLE "ArticleEvent" (
    "articleId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,

    CONSTRAINT "ArticleEvent_pkey" PRIMARY KEY ("articleId","eventId")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "topicId" TEXT,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementParty" (
    "agreementId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,

    CONSTRAINT "AgreementParty_pkey" PRIMARY KEY ("agreementId","participantId")
);

-- CreateTable
CREATE TABLE "AgreementReport" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "strength" "WordingStrength" NOT NULL,
    "evidenceId" TEXT NOT NULL,

    CONSTRAINT "AgreementReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementStatusChange" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "status" "AgreementStatus" NOT NULL,
    "on" DATE NOT NULL,
    "note" TEXT,
    "evidenceId" TEXT,

    CONSTRAINT "AgreementStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "speakerId" TEXT,
    "speakerLabel" TEXT,
    "mode" "SpeechMode" NOT NULL,
    "attribution" TEXT,
    "evidenceId" TEXT NOT NULL,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementTopic" (
    "statementId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,

    CONSTRAINT "StatementTopic_pkey" PRIMARY KEY ("statementId","topicId")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "attribute" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "normalized" TEXT,
    "unit" TEXT,
    "minValue" DOUBLE PRECISION,
    "maxValue" DOUBLE PRECISION,
    "scope" TEXT,
    "evidenceId" TEXT NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocument_key_key" ON "SourceDocument"("key");

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocument_contentHash_key" ON "SourceDocument"("contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "Outlet_key_key" ON "Outlet"("key");

-- CreateIndex
CREATE UNIQUE INDEX "OutletAffiliation_outletId_affiliation_source_key" ON "OutletAffiliation"("outletId", "affiliation", "source");

-- CreateIndex
CREATE UNIQUE INDEX "Article_key_key" ON "Article"("key");

-- CreateIndex
CREATE INDEX "Article_outletId_idx" ON "Article"("outletId");

-- CreateIndex
CREATE INDEX "Article_publishedAt_idx" ON "Article"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Byline_articleId_position_key" ON "Byline"("articleId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceSpan_articleId_start_end_key" ON "EvidenceSpan"("articleId", "start", "end");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_key_key" ON "Participant"("key");

-- CreateIndex
CREATE INDEX "ParticipantAlias_normalized_idx" ON "ParticipantAlias"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "ParticipantAlias_participantId_normalized_key" ON "ParticipantAlias"("participantId", "normalized");

-- CreateIndex
CREATE UNIQUE INDEX "Role_participantId_title_key" ON "Role"("participantId", "title");

-- CreateIndex
CREATE INDEX "ArticleParticipant_participantId_idx" ON "ArticleParticipant"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_key_key" ON "Event"("key");

-- CreateIndex
CREATE INDEX "ArticleEvent_eventId_idx" ON "ArticleEvent"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_key_key" ON "Topic"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_key_key" ON "Agreement"("key");

-- CreateIndex
CREATE INDEX "Agreement_eventId_idx" ON "Agreement"("eventId");

-- CreateIndex
CREATE INDEX "AgreementReport_articleId_idx" ON "AgreementReport"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementReport_agreementId_articleId_evidenceId_key" ON "AgreementReport"("agreementId", "articleId", "evidenceId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementStatusChange_agreementId_status_on_key" ON "AgreementStatusChange"("agreementId", "status", "on");

-- CreateIndex
CREATE UNIQUE INDEX "Statement_key_key" ON "Statement"("key");

-- CreateIndex
CREATE INDEX "Statement_speakerId_idx" ON "Statement"("speakerId");

-- CreateIndex
CREATE INDEX "Statement_articleId_idx" ON "Statement"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_key_key" ON "Claim"("key");

-- CreateIndex
CREATE INDEX "Claim_eventId_attribute_idx" ON "Claim"("eventId", "attribute");

-- AddForeignKey
ALTER TABLE "OutletAffiliation" ADD CONSTRAINT "OutletAffiliation_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Byline" ADD CONSTRAINT "Byline_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Byline" ADD CONSTRAINT "Byline_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceSpan" ADD CONSTRAINT "EvidenceSpan_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantAlias" ADD CONSTRAINT "ParticipantAlias_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "EvidenceSpan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleParticipant" ADD CONSTRAINT "ArticleParticipant_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleParticipant" ADD CONSTRAINT "ArticleParticipant_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleParticipant" ADD CONSTRAINT "ArticleParticipant_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "EvidenceSpan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_sideId_fkey" FOREIGN KEY ("sideId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleEvent" ADD CONSTRAINT "ArticleEvent_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleEvent" ADD CONSTRAINT "ArticleEvent_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementReport" ADD CONSTRAINT "AgreementReport_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementReport" ADD CONSTRAINT "AgreementReport_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementReport" ADD CONSTRAINT "AgreementReport_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "EvidenceSpan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementStatusChange" ADD CONSTRAINT "AgreementStatusChange_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementStatusChange" ADD CONSTRAINT "AgreementStatusChange_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "EvidenceSpan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "EvidenceSpan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementTopic" ADD CONSTRAINT "StatementTopic_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementTopic" ADD CONSTRAINT "StatementTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "EvidenceSpan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Evidence spans must quote their article exactly: offsets count code points, as PostgreSQL's substr does.
ALTER TABLE "EvidenceSpan" ADD CONSTRAINT "EvidenceSpan_offsets_check"
  CHECK ("start" >= 0 AND "end" > "start" AND "end" - "start" = char_length("exact"));

CREATE FUNCTION "evidence_span_matches_body"() RETURNS trigger AS $$
BEGIN
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

CREATE TRIGGER "EvidenceSpan_matches_body"
  BEFORE INSERT OR UPDATE ON "EvidenceSpan"
  FOR EACH ROW EXECUTE FUNCTION "evidence_span_matches_body"();

ALTER TABLE "Article" ADD CONSTRAINT "Article_source_offsets_check"
  CHECK ("sourceStart" >= 0 AND "sourceEnd" - "sourceStart" = char_length("body"));
