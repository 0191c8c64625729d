-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "qualifier" TEXT;

-- AlterTable
ALTER TABLE "Statement" ADD COLUMN     "groupId" TEXT;

-- CreateTable
CREATE TABLE "TopicMention" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,

    CONSTRAINT "TopicMention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementGroup" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "speakerId" TEXT,
    "eventId" TEXT,

    CONSTRAINT "StatementGroup_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TopicMention_topicId_idx" ON "TopicMention"("topicId");

-- CreateIndex
CREATE UNIQUE INDEX "TopicMention_articleId_topicId_evidenceId_key" ON "TopicMention"("articleId", "topicId", "evidenceId");

-- CreateIndex
CREATE UNIQUE INDEX "StatementGroup_key_key" ON "StatementGroup"("key");

-- CreateIndex
CREATE INDEX "Statement_groupId_idx" ON "Statement"("groupId");

-- AddForeignKey
ALTER TABLE "TopicMention" ADD CONSTRAINT "TopicMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicMention" ADD CONSTRAINT "TopicMention_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicMention" ADD CONSTRAINT "TopicMention_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "EvidenceSpan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "StatementGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementGroup" ADD CONSTRAINT "StatementGroup_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementGroup" ADD CONSTRAINT "StatementGroup_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Full-text search over article bodies and quoted words (English configuration). Prisma cannot declare
-- expression indexes: a later `migrate diff` may propose dropping these; keep them when it does.
CREATE INDEX "Article_body_search_idx" ON "Article" USING GIN (to_tsvector('english', "body"));
CREATE INDEX "EvidenceSpan_exact_search_idx" ON "EvidenceSpan" USING GIN (to_tsvector('english', "exact"));
