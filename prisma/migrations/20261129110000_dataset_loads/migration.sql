-- Datasets loaded into this database, with a fingerprint of their files: start-up skips loading the
-- seed again when its fingerprint is unchanged.
CREATE TABLE "DatasetLoad" (
    "key" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "loadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DatasetLoad_pkey" PRIMARY KEY ("key")
);
