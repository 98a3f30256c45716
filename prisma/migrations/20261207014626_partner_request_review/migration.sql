-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "PartnerRequestVisibility" ADD VALUE 'PENDING';
ALTER TYPE "PartnerRequestVisibility" ADD VALUE 'REJECTED';

-- AlterTable
ALTER TABLE "PartnerRequest" ADD COLUMN     "changeNote" TEXT,
ADD COLUMN     "pendingFields" JSONB,
ADD COLUMN     "reviewRequestedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "PartnerRequest_reviewRequestedAt_idx" ON "PartnerRequest"("reviewRequestedAt");
