-- CreateIndex
CREATE INDEX "ForumPost_createdAt_idx" ON "ForumPost"("createdAt");

-- Hand-written: the forum is searched the way the directory is
-- (lib/directory/search.ts, the pl_* functions of the directory_search
-- migration): posts by their text, threads by their titles.
ALTER TABLE "ForumPost"
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (pl_search_document(left(body, 20000))) STORED;
CREATE INDEX "ForumPost_searchVector_idx" ON "ForumPost" USING GIN ("searchVector");
ALTER TABLE "ForumThread"
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (pl_search_document(title)) STORED;
CREATE INDEX "ForumThread_searchVector_idx" ON "ForumThread" USING GIN ("searchVector");
