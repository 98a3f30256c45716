-- AlterTable
ALTER TABLE "LibraryDocument" ADD COLUMN     "changeNote" TEXT,
ADD COLUMN     "changeProposedAt" TIMESTAMP(3),
ADD COLUMN     "changeProposedById" TEXT,
ADD COLUMN     "changeReview" "LibraryReview",
ADD COLUMN     "pendingFields" JSONB;

-- AlterTable
ALTER TABLE "LibraryDocumentVersion" ADD COLUMN     "review" "LibraryReview" NOT NULL DEFAULT 'ACCEPTED';

-- CreateIndex
CREATE INDEX "LibraryDocument_changeProposedById_idx" ON "LibraryDocument"("changeProposedById");

-- CreateIndex
CREATE INDEX "LibraryDocument_changeReview_idx" ON "LibraryDocument"("changeReview");

-- AddForeignKey
ALTER TABLE "LibraryDocument" ADD CONSTRAINT "LibraryDocument_changeProposedById_fkey" FOREIGN KEY ("changeProposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
