-- Hand-written (issue 24, the one search across the platform): offices are
-- found by their names the way organisations are (pl_search_document, the
-- directory_search migration), through a stored vector and its GIN index;
-- computing the vector per row at query time took over a second for the
-- country's 2,800 offices.
ALTER TABLE "Institution"
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (pl_search_document(coalesce("officeName", '') || ' ' || name)) STORED;
CREATE INDEX "Institution_searchVector_idx" ON "Institution" USING GIN ("searchVector");
