-- CreateEnum
CREATE TYPE "ContactVisibility" AS ENUM ('PUBLIC', 'SIGNED_IN', 'MEMBERS');

-- CreateEnum
CREATE TYPE "ContactKind" AS ENUM ('EMAIL', 'PHONE', 'WEBSITE', 'FACEBOOK', 'INSTAGRAM', 'LINKEDIN', 'YOUTUBE');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "description" TEXT,
ADD COLUMN     "foundedYear" INTEGER,
ADD COLUMN     "membersCount" INTEGER,
ADD COLUMN     "mission" TEXT,
ADD COLUMN     "staffCount" INTEGER,
ADD COLUMN     "volunteersCount" INTEGER;

-- CreateTable
CREATE TABLE "OrganisationContact" (
    "organisationId" TEXT NOT NULL,
    "kind" "ContactKind" NOT NULL,
    "value" TEXT NOT NULL,
    "visibility" "ContactVisibility" NOT NULL DEFAULT 'PUBLIC',

    CONSTRAINT "OrganisationContact_pkey" PRIMARY KEY ("organisationId","kind")
);

-- CreateTable
CREATE TABLE "OrganisationContactPerson" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "function" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "visibility" "ContactVisibility" NOT NULL DEFAULT 'SIGNED_IN',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OrganisationContactPerson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationTerritory" (
    "organisationId" TEXT NOT NULL,
    "territoryCode" TEXT NOT NULL,

    CONSTRAINT "OrganisationTerritory_pkey" PRIMARY KEY ("organisationId","territoryCode")
);

-- CreateTable
CREATE TABLE "OrganisationChange" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "actorUserId" TEXT,
    "source" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganisationChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrganisationContactPerson_organisationId_sortOrder_idx" ON "OrganisationContactPerson"("organisationId", "sortOrder");

-- CreateIndex
CREATE INDEX "OrganisationTerritory_territoryCode_idx" ON "OrganisationTerritory"("territoryCode");

-- CreateIndex
CREATE INDEX "OrganisationChange_organisationId_createdAt_idx" ON "OrganisationChange"("organisationId", "createdAt");

-- AddForeignKey
ALTER TABLE "OrganisationContact" ADD CONSTRAINT "OrganisationContact_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationContactPerson" ADD CONSTRAINT "OrganisationContactPerson_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationTerritory" ADD CONSTRAINT "OrganisationTerritory_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationTerritory" ADD CONSTRAINT "OrganisationTerritory_territoryCode_fkey" FOREIGN KEY ("territoryCode") REFERENCES "Territory"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationChange" ADD CONSTRAINT "OrganisationChange_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationChange" ADD CONSTRAINT "OrganisationChange_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: the mission and description join the search (weight B,
-- between names and aims). A generated column's expression cannot be
-- altered, so it is dropped (with its index) and added again.
ALTER TABLE "Organisation" DROP COLUMN "searchVector";
ALTER TABLE "Organisation"
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(pl_search_document(name || ' ' || coalesce("shortName", '')), 'A')
    || setweight(pl_search_document(coalesce(mission, '') || ' ' || coalesce(description, '')), 'B')
    || setweight(pl_search_document(coalesce(aims, '')), 'C')
  ) STORED;
CREATE INDEX "Organisation_searchVector_idx" ON "Organisation" USING GIN ("searchVector");
