-- AlterTable
ALTER TABLE "NewsArticle" ADD COLUMN     "changeNote" TEXT,
ADD COLUMN     "changeStatus" "NewsStatus",
ADD COLUMN     "changeSubmittedAt" TIMESTAMP(3),
ADD COLUMN     "pendingCoverImageId" TEXT,
ADD COLUMN     "pendingFields" JSONB;

-- AlterTable
ALTER TABLE "NewsImage" ADD COLUMN     "pending" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "NewsAttachment" ADD COLUMN     "pending" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "NewsArticle_pendingCoverImageId_key" ON "NewsArticle"("pendingCoverImageId");

-- CreateIndex
CREATE INDEX "NewsArticle_changeStatus_idx" ON "NewsArticle"("changeStatus");

-- AddForeignKey
ALTER TABLE "NewsArticle" ADD CONSTRAINT "NewsArticle_pendingCoverImageId_fkey" FOREIGN KEY ("pendingCoverImageId") REFERENCES "NewsImage"("id") ON DELETE SET NULL ON UPDATE CASCADE;
