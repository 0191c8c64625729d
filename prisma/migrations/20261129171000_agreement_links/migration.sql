-- Commitments of one meeting taken up by a later meeting's agreement (restated, progressed, fulfilled, overtaken).
-- CreateEnum
CREATE TYPE "CommitmentLink" AS ENUM ('RESTATES', 'PROGRESSES', 'FULFILS', 'OVERTAKES');

-- CreateTable
CREATE TABLE "AgreementLink" (
    "id" TEXT NOT NULL,
    "earlierId" TEXT NOT NULL,
    "laterId" TEXT NOT NULL,
    "link" "CommitmentLink" NOT NULL,
    "note" TEXT,
    "evidenceId" TEXT,

    CONSTRAINT "AgreementLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgreementLink_laterId_idx" ON "AgreementLink"("laterId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementLink_earlierId_laterId_key" ON "AgreementLink"("earlierId", "laterId");

-- AddForeignKey
ALTER TABLE "AgreementLink" ADD CONSTRAINT "AgreementLink_earlierId_fkey" FOREIGN KEY ("earlierId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementLink" ADD CONSTRAINT "AgreementLink_laterId_fkey" FOREIGN KEY ("laterId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementLink" ADD CONSTRAINT "AgreementLink_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "EvidenceSpan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

