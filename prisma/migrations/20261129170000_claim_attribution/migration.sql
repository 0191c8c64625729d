-- Whom an article credits for a claimed value ("some media"), as statements already record.
ALTER TABLE "Claim" ADD COLUMN "attribution" TEXT;
