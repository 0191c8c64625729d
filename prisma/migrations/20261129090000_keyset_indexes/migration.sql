-- Indexes that serve every ordering the API offers, so that a page (and the page after a cursor) is an
-- index range scan whatever the table's size: each list's sort keys, ending in its unique id.
-- DropIndex
DROP INDEX "Agreement_eventId_idx";

-- DropIndex
DROP INDEX "AgreementReport_articleId_idx";

-- DropIndex
DROP INDEX "Article_outletId_idx";

-- DropIndex
DROP INDEX "Article_publishedAt_idx";

-- DropIndex
DROP INDEX "ArticleEvent_eventId_idx";

-- DropIndex
DROP INDEX "ArticleParticipant_participantId_idx";

-- DropIndex
DROP INDEX "Statement_articleId_idx";

-- DropIndex
DROP INDEX "Statement_speakerId_idx";

-- CreateIndex
CREATE INDEX "Agreement_eventId_id_idx" ON "Agreement"("eventId", "id");

-- CreateIndex
CREATE INDEX "AgreementReport_articleId_id_idx" ON "AgreementReport"("articleId", "id");

-- CreateIndex
CREATE INDEX "AgreementReport_agreementId_id_idx" ON "AgreementReport"("agreementId", "id");

-- CreateIndex
CREATE INDEX "Article_outletId_publishedAt_id_idx" ON "Article"("outletId", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "Article_publishedAt_id_idx" ON "Article"("publishedAt", "id");

-- CreateIndex
CREATE INDEX "Article_sourceDocumentId_sourceStart_id_idx" ON "Article"("sourceDocumentId", "sourceStart", "id");

-- CreateIndex
CREATE INDEX "ArticleEvent_eventId_articleId_idx" ON "ArticleEvent"("eventId", "articleId");

-- CreateIndex
CREATE INDEX "ArticleParticipant_participantId_articleId_idx" ON "ArticleParticipant"("participantId", "articleId");

-- CreateIndex
CREATE INDEX "Claim_eventId_id_idx" ON "Claim"("eventId", "id");

-- CreateIndex
CREATE INDEX "Claim_articleId_id_idx" ON "Claim"("articleId", "id");

-- CreateIndex
CREATE INDEX "Outlet_name_id_idx" ON "Outlet"("name", "id");

-- CreateIndex
CREATE INDEX "Participant_name_id_idx" ON "Participant"("name", "id");

-- CreateIndex
CREATE INDEX "Statement_speakerId_id_idx" ON "Statement"("speakerId", "id");

-- CreateIndex
CREATE INDEX "Statement_articleId_id_idx" ON "Statement"("articleId", "id");


-- Newest first with undated articles last: the schema cannot say NULLS LAST, so these live here only
-- (`pnpm migration:new` proposes dropping them: keep them).
CREATE INDEX "Article_publishedAt_desc_id_idx" ON "Article"("publishedAt" DESC NULLS LAST, "id");
CREATE INDEX "Article_outletId_publishedAt_desc_id_idx" ON "Article"("outletId", "publishedAt" DESC NULLS LAST, "id");
