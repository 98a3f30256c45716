-- AlterTable
ALTER TABLE "LibraryDocumentDeveloper" ADD COLUMN     "acceptedAt" TIMESTAMP(3),
ADD COLUMN     "invitedById" TEXT;

-- CreateIndex
CREATE INDEX "LibraryDocumentDeveloper_invitedById_idx" ON "LibraryDocumentDeveloper"("invitedById");

-- AddForeignKey
ALTER TABLE "LibraryDocumentDeveloper" ADD CONSTRAINT "LibraryDocumentDeveloper_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A document's own office or organisation named among its developers has
-- consented by looking after it. Others were named without being asked: they
-- become invitations their people accept or decline (nothing is deleted).
UPDATE "LibraryDocumentDeveloper" x SET "acceptedAt" = d."createdAt"
FROM "LibraryDocument" d
WHERE d.id = x."documentId"
  AND ((x."institutionId" IS NOT NULL AND x."institutionId" = d."institutionId")
    OR (x."organisationId" IS NOT NULL AND x."organisationId" = d."organisationId"));
