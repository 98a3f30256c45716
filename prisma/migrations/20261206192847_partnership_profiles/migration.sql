-- CreateTable
CREATE TABLE "PartnershipProfile" (
    "organisationId" TEXT NOT NULL,
    "openToPartnerships" BOOLEAN NOT NULL DEFAULT false,
    "offeredCompetences" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "neededCompetences" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "offeredResources" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "neededResources" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "workingLanguages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnershipProfile_pkey" PRIMARY KEY ("organisationId")
);

-- CreateTable
CREATE TABLE "PartnershipPastProject" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "yearFrom" INTEGER NOT NULL,
    "yearTo" INTEGER NOT NULL,
    "description" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PartnershipPastProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnershipPastProjectPartner" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organisationId" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PartnershipPastProjectPartner_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PartnershipProfile_offeredCompetences_idx" ON "PartnershipProfile" USING GIN ("offeredCompetences");

-- CreateIndex
CREATE INDEX "PartnershipProfile_neededCompetences_idx" ON "PartnershipProfile" USING GIN ("neededCompetences");

-- CreateIndex
CREATE INDEX "PartnershipProfile_offeredResources_idx" ON "PartnershipProfile" USING GIN ("offeredResources");

-- CreateIndex
CREATE INDEX "PartnershipProfile_neededResources_idx" ON "PartnershipProfile" USING GIN ("neededResources");

-- CreateIndex
CREATE INDEX "PartnershipProfile_workingLanguages_idx" ON "PartnershipProfile" USING GIN ("workingLanguages");

-- CreateIndex
CREATE INDEX "PartnershipProfile_tags_idx" ON "PartnershipProfile" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "PartnershipPastProject_organisationId_sortOrder_idx" ON "PartnershipPastProject"("organisationId", "sortOrder");

-- CreateIndex
CREATE INDEX "PartnershipPastProjectPartner_projectId_sortOrder_idx" ON "PartnershipPastProjectPartner"("projectId", "sortOrder");

-- CreateIndex
CREATE INDEX "PartnershipPastProjectPartner_organisationId_idx" ON "PartnershipPastProjectPartner"("organisationId");

-- AddForeignKey
ALTER TABLE "PartnershipProfile" ADD CONSTRAINT "PartnershipProfile_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipPastProject" ADD CONSTRAINT "PartnershipPastProject_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "PartnershipProfile"("organisationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipPastProjectPartner" ADD CONSTRAINT "PartnershipPastProjectPartner_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "PartnershipPastProject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipPastProjectPartner" ADD CONSTRAINT "PartnershipPastProjectPartner_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
