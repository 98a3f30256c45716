-- CreateEnum
CREATE TYPE "MembershipRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REFUSED', 'WITHDRAWN');

-- DropIndex
DROP INDEX "Institution_territoryCode_idx";

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "nip" TEXT,
ADD COLUMN     "regon" TEXT,
ADD COLUMN     "shortName" TEXT,
ADD COLUMN     "verifiedAt" TIMESTAMP(3),
ADD COLUMN     "verifiedById" TEXT;

-- AlterTable
ALTER TABLE "Institution" ADD COLUMN     "address" TEXT,
ADD COLUMN     "email" TEXT,
ADD COLUMN     "officeName" TEXT,
ADD COLUMN     "phone" TEXT,
ADD COLUMN     "website" TEXT;

-- CreateTable
CREATE TABLE "MembershipRequest" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organisationId" TEXT,
    "institutionId" TEXT,
    "message" TEXT NOT NULL DEFAULT '',
    "status" "MembershipRequestStatus" NOT NULL DEFAULT 'PENDING',
    "decisionReason" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MembershipRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationInvitation" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "OrganisationRole" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "acceptedById" TEXT,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganisationInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MembershipRequest_organisationId_status_idx" ON "MembershipRequest"("organisationId", "status");

-- CreateIndex
CREATE INDEX "MembershipRequest_institutionId_status_idx" ON "MembershipRequest"("institutionId", "status");

-- CreateIndex
CREATE INDEX "MembershipRequest_userId_idx" ON "MembershipRequest"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationInvitation_tokenHash_key" ON "OrganisationInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "OrganisationInvitation_organisationId_idx" ON "OrganisationInvitation"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_nip_key" ON "Organisation"("nip");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_regon_key" ON "Organisation"("regon");

-- CreateIndex
CREATE UNIQUE INDEX "Institution_territoryCode_key" ON "Institution"("territoryCode");

-- AddForeignKey
ALTER TABLE "MembershipRequest" ADD CONSTRAINT "MembershipRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipRequest" ADD CONSTRAINT "MembershipRequest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipRequest" ADD CONSTRAINT "MembershipRequest_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationInvitation" ADD CONSTRAINT "OrganisationInvitation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: a request targets exactly one organisation or institution,
-- and a person has at most one pending request per target.
ALTER TABLE "MembershipRequest" ADD CONSTRAINT "MembershipRequest_one_target"
  CHECK (("organisationId" IS NULL) <> ("institutionId" IS NULL));
CREATE UNIQUE INDEX "MembershipRequest_pending_organisation_key" ON "MembershipRequest"("userId", "organisationId") WHERE "status" = 'PENDING' AND "organisationId" IS NOT NULL;
CREATE UNIQUE INDEX "MembershipRequest_pending_institution_key" ON "MembershipRequest"("userId", "institutionId") WHERE "status" = 'PENDING' AND "institutionId" IS NOT NULL;
