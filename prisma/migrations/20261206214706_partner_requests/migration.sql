-- CreateEnum
CREATE TYPE "PartnerRole" AS ENUM ('CO_APPLICANT', 'ACTION_PARTNER', 'VOLUNTEERS', 'IN_KIND_RESOURCES', 'EXPERTISE');

-- CreateEnum
CREATE TYPE "PartnerRequestStatus" AS ENUM ('OPEN', 'CLOSED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "PartnerRequestVisibility" AS ENUM ('PUBLISHED', 'HIDDEN');

-- CreateEnum
CREATE TYPE "PartnerInterestStatus" AS ENUM ('SUBMITTED', 'SHORTLISTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "PartnershipStatus" AS ENUM ('PROPOSED', 'FORMED', 'COMPLETED', 'ENDED');

-- CreateTable
CREATE TABLE "PartnerRequest" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "initiative" TEXT NOT NULL,
    "callName" TEXT,
    "callUrl" TEXT,
    "roles" "PartnerRole"[],
    "partnerLegalForms" "LegalForm"[] DEFAULT ARRAY[]::"LegalForm"[],
    "requiresPublicBenefit" BOOLEAN NOT NULL DEFAULT false,
    "welcomesLocalGovernment" BOOLEAN NOT NULL DEFAULT false,
    "radiusKm" INTEGER,
    "neededCompetences" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "neededResources" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "offeredCompetences" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "offeredResources" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "partnerGives" TEXT NOT NULL,
    "partnerGets" TEXT NOT NULL,
    "budgetSharePercent" INTEGER,
    "budgetNote" TEXT,
    "startsOn" DATE,
    "endsOn" DATE,
    "timelineNote" TEXT,
    "repliesCloseOn" DATE NOT NULL,
    "maxPartners" INTEGER NOT NULL DEFAULT 1,
    "status" "PartnerRequestStatus" NOT NULL DEFAULT 'OPEN',
    "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closingNote" TEXT,
    "expiryNoticeAt" TIMESTAMP(3),
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "renewedAt" TIMESTAMP(3),
    "visibility" "PartnerRequestVisibility" NOT NULL DEFAULT 'PUBLISHED',
    "moderationNote" TEXT,
    "moderatedById" TEXT,
    "moderatedAt" TIMESTAMP(3),
    "authorId" TEXT,
    "organisationId" TEXT,
    "institutionId" TEXT,
    "submissionKey" TEXT,
    "interestCount" INTEGER NOT NULL DEFAULT 0,
    "acceptedCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnerRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerRequestSphere" (
    "requestId" TEXT NOT NULL,
    "sphereId" TEXT NOT NULL,

    CONSTRAINT "PartnerRequestSphere_pkey" PRIMARY KEY ("requestId","sphereId")
);

-- CreateTable
CREATE TABLE "PartnerRequestTerritory" (
    "requestId" TEXT NOT NULL,
    "territoryCode" TEXT NOT NULL,

    CONSTRAINT "PartnerRequestTerritory_pkey" PRIMARY KEY ("requestId","territoryCode")
);

-- CreateTable
CREATE TABLE "PartnerInterest" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "organisationId" TEXT,
    "institutionId" TEXT,
    "authorId" TEXT,
    "message" TEXT NOT NULL,
    "coveredNeeds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" "PartnerInterestStatus" NOT NULL DEFAULT 'SUBMITTED',
    "fitScore" DOUBLE PRECISION,
    "decisionNote" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnerInterest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partnership" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "interestId" TEXT NOT NULL,
    "status" "PartnershipStatus" NOT NULL DEFAULT 'PROPOSED',
    "requesterOrganisationId" TEXT,
    "requesterInstitutionId" TEXT,
    "partnerOrganisationId" TEXT,
    "partnerInstitutionId" TEXT,
    "requesterConfirmedAt" TIMESTAMP(3),
    "partnerConfirmedAt" TIMESTAMP(3),
    "formedAt" TIMESTAMP(3),
    "requesterShowsPublicly" BOOLEAN NOT NULL DEFAULT false,
    "partnerShowsPublicly" BOOLEAN NOT NULL DEFAULT false,
    "requesterCompletedAt" TIMESTAMP(3),
    "requesterWouldAgain" BOOLEAN,
    "partnerCompletedAt" TIMESTAMP(3),
    "partnerWouldAgain" BOOLEAN,
    "endedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Partnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnershipSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "maxReplyDays" INTEGER NOT NULL DEFAULT 90,
    "maxReplyDaysSince" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dailyInterestLimit" INTEGER NOT NULL DEFAULT 10,
    "weightSpheres" DOUBLE PRECISION NOT NULL DEFAULT 0.2,
    "weightDistance" DOUBLE PRECISION NOT NULL DEFAULT 0.15,
    "weightComplementarity" DOUBLE PRECISION NOT NULL DEFAULT 0.35,
    "weightTrackRecord" DOUBLE PRECISION NOT NULL DEFAULT 0.15,
    "weightReciprocity" DOUBLE PRECISION NOT NULL DEFAULT 0.15,
    "exposurePenalty" DOUBLE PRECISION NOT NULL DEFAULT 0.1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnershipSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerSuggestionExposure" (
    "organisationId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "shownCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PartnerSuggestionExposure_pkey" PRIMARY KEY ("organisationId","day")
);

-- CreateIndex
CREATE UNIQUE INDEX "PartnerRequest_slug_key" ON "PartnerRequest"("slug");

-- CreateIndex
CREATE INDEX "PartnerRequest_status_visibility_repliesCloseOn_idx" ON "PartnerRequest"("status", "visibility", "repliesCloseOn");

-- CreateIndex
CREATE INDEX "PartnerRequest_visibility_status_openedAt_idx" ON "PartnerRequest"("visibility", "status", "openedAt" DESC);

-- CreateIndex
CREATE INDEX "PartnerRequest_organisationId_idx" ON "PartnerRequest"("organisationId");

-- CreateIndex
CREATE INDEX "PartnerRequest_institutionId_idx" ON "PartnerRequest"("institutionId");

-- CreateIndex
CREATE INDEX "PartnerRequest_neededCompetences_idx" ON "PartnerRequest" USING GIN ("neededCompetences");

-- CreateIndex
CREATE INDEX "PartnerRequest_neededResources_idx" ON "PartnerRequest" USING GIN ("neededResources");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerRequest_authorId_submissionKey_key" ON "PartnerRequest"("authorId", "submissionKey");

-- CreateIndex
CREATE INDEX "PartnerRequestSphere_sphereId_idx" ON "PartnerRequestSphere"("sphereId");

-- CreateIndex
CREATE INDEX "PartnerRequestTerritory_territoryCode_idx" ON "PartnerRequestTerritory"("territoryCode");

-- CreateIndex
CREATE INDEX "PartnerInterest_requestId_status_idx" ON "PartnerInterest"("requestId", "status");

-- CreateIndex
CREATE INDEX "PartnerInterest_organisationId_createdAt_idx" ON "PartnerInterest"("organisationId", "createdAt");

-- CreateIndex
CREATE INDEX "PartnerInterest_institutionId_createdAt_idx" ON "PartnerInterest"("institutionId", "createdAt");

-- CreateIndex
CREATE INDEX "PartnerInterest_authorId_createdAt_idx" ON "PartnerInterest"("authorId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerInterest_requestId_organisationId_key" ON "PartnerInterest"("requestId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerInterest_requestId_institutionId_key" ON "PartnerInterest"("requestId", "institutionId");

-- CreateIndex
CREATE UNIQUE INDEX "Partnership_interestId_key" ON "Partnership"("interestId");

-- CreateIndex
CREATE INDEX "Partnership_requestId_idx" ON "Partnership"("requestId");

-- CreateIndex
CREATE INDEX "Partnership_requesterOrganisationId_status_idx" ON "Partnership"("requesterOrganisationId", "status");

-- CreateIndex
CREATE INDEX "Partnership_partnerOrganisationId_status_idx" ON "Partnership"("partnerOrganisationId", "status");

-- CreateIndex
CREATE INDEX "Partnership_requesterInstitutionId_status_idx" ON "Partnership"("requesterInstitutionId", "status");

-- CreateIndex
CREATE INDEX "Partnership_partnerInstitutionId_status_idx" ON "Partnership"("partnerInstitutionId", "status");

-- CreateIndex
CREATE INDEX "PartnerSuggestionExposure_day_idx" ON "PartnerSuggestionExposure"("day");

-- AddForeignKey
ALTER TABLE "PartnerRequest" ADD CONSTRAINT "PartnerRequest_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerRequest" ADD CONSTRAINT "PartnerRequest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerRequest" ADD CONSTRAINT "PartnerRequest_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerRequest" ADD CONSTRAINT "PartnerRequest_moderatedById_fkey" FOREIGN KEY ("moderatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerRequestSphere" ADD CONSTRAINT "PartnerRequestSphere_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PartnerRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerRequestSphere" ADD CONSTRAINT "PartnerRequestSphere_sphereId_fkey" FOREIGN KEY ("sphereId") REFERENCES "PublicBenefitSphere"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerRequestTerritory" ADD CONSTRAINT "PartnerRequestTerritory_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PartnerRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerRequestTerritory" ADD CONSTRAINT "PartnerRequestTerritory_territoryCode_fkey" FOREIGN KEY ("territoryCode") REFERENCES "Territory"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerInterest" ADD CONSTRAINT "PartnerInterest_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PartnerRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerInterest" ADD CONSTRAINT "PartnerInterest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerInterest" ADD CONSTRAINT "PartnerInterest_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerInterest" ADD CONSTRAINT "PartnerInterest_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerInterest" ADD CONSTRAINT "PartnerInterest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PartnerRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_interestId_fkey" FOREIGN KEY ("interestId") REFERENCES "PartnerInterest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_requesterOrganisationId_fkey" FOREIGN KEY ("requesterOrganisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_requesterInstitutionId_fkey" FOREIGN KEY ("requesterInstitutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_partnerOrganisationId_fkey" FOREIGN KEY ("partnerOrganisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_partnerInstitutionId_fkey" FOREIGN KEY ("partnerInstitutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerSuggestionExposure" ADD CONSTRAINT "PartnerSuggestionExposure_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: what Prisma cannot express.

-- A request is posted for exactly one of an organisation and an office; an
-- interest comes from exactly one; each side of a partnership is exactly one.
ALTER TABLE "PartnerRequest" ADD CONSTRAINT "PartnerRequest_one_author_party"
  CHECK (num_nonnulls("organisationId", "institutionId") = 1);
ALTER TABLE "PartnerInterest" ADD CONSTRAINT "PartnerInterest_one_party"
  CHECK (num_nonnulls("organisationId", "institutionId") = 1);
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_one_requester"
  CHECK (num_nonnulls("requesterOrganisationId", "requesterInstitutionId") = 1);
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_one_partner"
  CHECK (num_nonnulls("partnerOrganisationId", "partnerInstitutionId") = 1);
ALTER TABLE "PartnerRequest" ADD CONSTRAINT "PartnerRequest_max_partners_positive" CHECK ("maxPartners" >= 1);
ALTER TABLE "PartnerRequest" ADD CONSTRAINT "PartnerRequest_accepted_within_max" CHECK ("acceptedCount" <= "maxPartners");
ALTER TABLE "PartnerRequest" ADD CONSTRAINT "PartnerRequest_budget_share_percent"
  CHECK ("budgetSharePercent" IS NULL OR "budgetSharePercent" BETWEEN 0 AND 100);

-- Polish search over the title, the initiative and the call (lib/partnerships/requests).
ALTER TABLE "PartnerRequest"
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    pl_search_document(title || ' ' || left(initiative, 20000) || ' ' || coalesce("callName", ''))
  ) STORED;
CREATE INDEX "PartnerRequest_searchVector_idx" ON "PartnerRequest" USING GIN ("searchVector");

-- The settings row exists from the start, so reading it never needs an upsert.
INSERT INTO "PartnershipSettings" ("id", "updatedAt") VALUES (1, CURRENT_TIMESTAMP) ON CONFLICT DO NOTHING;
