-- CreateEnum
CREATE TYPE "CandidateKind" AS ENUM ('PARTICIPANT', 'ROLE', 'STATEMENT', 'CLAIM', 'AGREEMENT', 'TOPIC');

-- CreateEnum
CREATE TYPE "CandidateStatus" AS ENUM ('EXTRACTED', 'CONFIRMED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ApiScope" AS ENUM ('READ', 'EDITOR', 'ADMIN');

-- AlterEnum
ALTER TYPE "OutletKind" ADD VALUE 'UNKNOWN';

-- AlterTable
ALTER TABLE "SourceDocument" ADD COLUMN     "fileName" TEXT,
ADD COLUMN     "mediaType" TEXT NOT NULL DEFAULT 'text/plain';

-- CreateTable
CREATE TABLE "Candidate" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "kind" "CandidateKind" NOT NULL,
    "status" "CandidateStatus" NOT NULL DEFAULT 'EXTRACTED',
    "confidence" DOUBLE PRECISION NOT NULL,
    "data" JSONB NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "participantId" TEXT,
    "result" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Candidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "scope" "ApiScope" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyRecord" (
    "key" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "response" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyRecord_pkey" PRIMARY KEY ("key","operation")
);

-- CreateIndex
CREATE INDEX "Candidate_status_kind_idx" ON "Candidate"("status", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Candidate_articleId_kind_evidenceId_key" ON "Candidate"("articleId", "kind", "evidenceId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_hash_key" ON "ApiKey"("hash");

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "EvidenceSpan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

