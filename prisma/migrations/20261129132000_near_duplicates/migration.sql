-- Near-duplicate wire copies: an article can point at the stored article it repeats, with the Jaccard
-- similarity of their bodies, and each article body's MinHash signature is kept as LSH bands, indexed so
-- that the possible copies of a new article are found without reading every body.

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "duplicateOfId" TEXT,
ADD COLUMN "duplicateSimilarity" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "ArticleBand" (
    "articleId" TEXT NOT NULL,
    "band" SMALLINT NOT NULL,
    "hash" INTEGER NOT NULL,

    CONSTRAINT "ArticleBand_pkey" PRIMARY KEY ("band","hash","articleId")
);

-- CreateIndex
CREATE INDEX "ArticleBand_articleId_idx" ON "ArticleBand"("articleId");

-- CreateIndex
CREATE INDEX "Article_duplicateOfId_idx" ON "Article"("duplicateOfId");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleBand" ADD CONSTRAINT "ArticleBand_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
