-- CreateEnum
CREATE TYPE "ElectionStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'RESULTS_PUBLISHED');

-- CreateEnum
CREATE TYPE "ElectionTerritoryRule" AS ENUM ('SEAT', 'SEAT_OR_ACTIVITY');

-- CreateEnum
CREATE TYPE "CandidateOrder" AS ENUM ('ALPHABETICAL', 'DRAWN');

-- CreateEnum
CREATE TYPE "TieRule" AS ENUM ('FURTHER_ROUND', 'DRAW');

-- CreateEnum
CREATE TYPE "NominationState" AS ENUM ('AWAITING_CONSENT', 'AWAITING_RECOMMENDATIONS', 'SUBMITTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "RecommendationState" AS ENUM ('REQUESTED', 'CONFIRMED', 'DECLINED');

-- CreateTable
CREATE TABLE "Election" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "councilName" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "legalBasis" TEXT,
    "seats" INTEGER NOT NULL,
    "votesPerBallot" INTEGER NOT NULL,
    "fullBallotRequired" BOOLEAN NOT NULL DEFAULT false,
    "nominationsPerOrganisation" INTEGER NOT NULL DEFAULT 1,
    "recommendationsRequired" INTEGER NOT NULL DEFAULT 0,
    "requireVerified" BOOLEAN NOT NULL DEFAULT true,
    "territoryRule" "ElectionTerritoryRule" NOT NULL DEFAULT 'SEAT',
    "registeredBefore" DATE,
    "excludeInLiquidation" BOOLEAN NOT NULL DEFAULT true,
    "candidateOrder" "CandidateOrder" NOT NULL DEFAULT 'ALPHABETICAL',
    "tieRule" "TieRule" NOT NULL DEFAULT 'DRAW',
    "drawSeed" TEXT,
    "nominationsStartAt" TIMESTAMP(3) NOT NULL,
    "nominationsEndAt" TIMESTAMP(3) NOT NULL,
    "checkEndsAt" TIMESTAMP(3) NOT NULL,
    "votingStartAt" TIMESTAMP(3) NOT NULL,
    "votingEndAt" TIMESTAMP(3) NOT NULL,
    "resultsBy" TIMESTAMP(3) NOT NULL,
    "status" "ElectionStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Election_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ElectionArea" (
    "id" TEXT NOT NULL,
    "electionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "seats" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "territoryCodes" TEXT[],

    CONSTRAINT "ElectionArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Nomination" (
    "id" TEXT NOT NULL,
    "electionId" TEXT NOT NULL,
    "areaId" TEXT,
    "organisationId" TEXT NOT NULL,
    "nominatedById" TEXT,
    "candidateName" TEXT NOT NULL,
    "candidateEmail" TEXT NOT NULL,
    "candidateUserId" TEXT,
    "statement" TEXT NOT NULL,
    "photoId" TEXT,
    "state" "NominationState" NOT NULL DEFAULT 'AWAITING_CONSENT',
    "consentTokenHash" TEXT,
    "consentTokenExpiresAt" TIMESTAMP(3),
    "consentedAt" TIMESTAMP(3),
    "bioPublicationConsent" BOOLEAN NOT NULL DEFAULT false,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "rejectionReason" TEXT,
    "withdrawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Nomination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NominationRecommendation" (
    "nominationId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "state" "RecommendationState" NOT NULL DEFAULT 'REQUESTED',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NominationRecommendation_pkey" PRIMARY KEY ("nominationId","organisationId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Election_slug_key" ON "Election"("slug");

-- CreateIndex
CREATE INDEX "Election_status_votingEndAt_idx" ON "Election"("status", "votingEndAt");

-- CreateIndex
CREATE INDEX "Election_institutionId_idx" ON "Election"("institutionId");

-- CreateIndex
CREATE UNIQUE INDEX "ElectionArea_electionId_position_key" ON "ElectionArea"("electionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Nomination_photoId_key" ON "Nomination"("photoId");

-- CreateIndex
CREATE UNIQUE INDEX "Nomination_consentTokenHash_key" ON "Nomination"("consentTokenHash");

-- CreateIndex
CREATE INDEX "Nomination_electionId_state_idx" ON "Nomination"("electionId", "state");

-- CreateIndex
CREATE INDEX "Nomination_organisationId_idx" ON "Nomination"("organisationId");

-- CreateIndex
CREATE INDEX "Nomination_candidateUserId_idx" ON "Nomination"("candidateUserId");

-- CreateIndex
CREATE INDEX "NominationRecommendation_organisationId_state_idx" ON "NominationRecommendation"("organisationId", "state");

-- AddForeignKey
ALTER TABLE "Election" ADD CONSTRAINT "Election_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Election" ADD CONSTRAINT "Election_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectionArea" ADD CONSTRAINT "ElectionArea_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "ElectionArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_nominatedById_fkey" FOREIGN KEY ("nominatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_candidateUserId_fkey" FOREIGN KEY ("candidateUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationRecommendation" ADD CONSTRAINT "NominationRecommendation_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationRecommendation" ADD CONSTRAINT "NominationRecommendation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NominationRecommendation" ADD CONSTRAINT "NominationRecommendation_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
