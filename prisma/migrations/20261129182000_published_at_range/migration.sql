-- Date-range filters (publishedFrom, publishedTo) compare the stated publication time; the orderings moved
-- to "publishedSort", so this index serves a narrow range on a large corpus instead of a scan of the order.
CREATE INDEX "Article_publishedAt_idx" ON "Article"("publishedAt");
