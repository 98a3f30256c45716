-- Deleting people (an account deleted, the bench's fan-out followers) checks every
-- row that refers to them: without these indexes each deletion read all news
-- articles, library documents and stored files (10,000 deletions took minutes).

-- CreateIndex
CREATE INDEX "StoredFile_uploadedById_idx" ON "StoredFile"("uploadedById");

-- CreateIndex
CREATE INDEX "LibraryDocument_proposedById_idx" ON "LibraryDocument"("proposedById");

-- CreateIndex
CREATE INDEX "LibraryDocument_reviewedById_idx" ON "LibraryDocument"("reviewedById");

-- CreateIndex
CREATE INDEX "LibraryDocumentVersion_createdById_idx" ON "LibraryDocumentVersion"("createdById");

-- CreateIndex
CREATE INDEX "NewsArticle_moderatedById_idx" ON "NewsArticle"("moderatedById");
