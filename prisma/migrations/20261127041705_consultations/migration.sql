-- CreateEnum
CREATE TYPE "ConsultationKind" AS ENUM ('DOCUMENT', 'DRAFT_RESOLUTION', 'DRAFT_ORDINANCE', 'COMPETITION_RULES', 'COOPERATION_PROGRAMME', 'STRATEGY', 'OTHER');

-- CreateEnum
CREATE TYPE "ConsultationAudience" AS ENUM ('ORGANISATIONS', 'ORGANISATIONS_AND_RESIDENTS');

-- CreateEnum
CREATE TYPE "RemarkPublication" AS ENUM ('IMMEDIATELY', 'AFTER_CLOSE');

-- CreateEnum
CREATE TYPE "ConsultationStatus" AS ENUM ('DRAFT', 'SCHEDULED', 'OPEN', 'CLOSED', 'REPORT_PUBLISHED');

-- CreateEnum
CREATE TYPE "RemarkState" AS ENUM ('SUBMITTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "RemarkDecision" AS ENUM ('ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED');

-- AlterTable
ALTER TABLE "Institution" ADD COLUMN     "consultationMinDays" INTEGER NOT NULL DEFAULT 7;

-- CreateTable
CREATE TABLE "Consultation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "ConsultationKind" NOT NULL,
    "summary" TEXT NOT NULL,
    "legalBasis" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "audience" "ConsultationAudience" NOT NULL DEFAULT 'ORGANISATIONS',
    "remarkPublication" "RemarkPublication" NOT NULL DEFAULT 'IMMEDIATELY',
    "status" "ConsultationStatus" NOT NULL DEFAULT 'DRAFT',
    "splitMode" TEXT NOT NULL DEFAULT 'auto',
    "sourceText" TEXT NOT NULL DEFAULT '',
    "meetingAt" TIMESTAMP(3),
    "meetingPlace" TEXT,
    "meetingUrl" TEXT,
    "contactPerson" TEXT,
    "contactEmail" TEXT,
    "bipUrl" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationUnit" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "label" TEXT,
    "text" TEXT NOT NULL,
    "depth" INTEGER NOT NULL,
    "parentKey" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ConsultationUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationSphere" (
    "consultationId" TEXT NOT NULL,
    "sphereId" TEXT NOT NULL,

    CONSTRAINT "ConsultationSphere_pkey" PRIMARY KEY ("consultationId","sphereId")
);

-- CreateTable
CREATE TABLE "ConsultationTerritory" (
    "consultationId" TEXT NOT NULL,
    "territoryCode" TEXT NOT NULL,

    CONSTRAINT "ConsultationTerritory_pkey" PRIMARY KEY ("consultationId","territoryCode")
);

-- CreateTable
CREATE TABLE "ConsultationExtension" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "previousEndsAt" TIMESTAMP(3) NOT NULL,
    "newEndsAt" TIMESTAMP(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationExtension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Remark" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "unitId" TEXT,
    "currentWording" TEXT,
    "proposedWording" TEXT,
    "justification" TEXT,
    "authorId" TEXT,
    "organisationId" TEXT,
    "state" "RemarkState" NOT NULL DEFAULT 'SUBMITTED',
    "decision" "RemarkDecision",
    "decisionReason" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Remark_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Consultation_slug_key" ON "Consultation"("slug");

-- CreateIndex
CREATE INDEX "Consultation_status_endsAt_idx" ON "Consultation"("status", "endsAt");

-- CreateIndex
CREATE INDEX "Consultation_institutionId_startsAt_idx" ON "Consultation"("institutionId", "startsAt");

-- CreateIndex
CREATE INDEX "Consultation_startsAt_idx" ON "Consultation"("startsAt");

-- CreateIndex
CREATE INDEX "ConsultationUnit_consultationId_position_idx" ON "ConsultationUnit"("consultationId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationUnit_consultationId_key_key" ON "ConsultationUnit"("consultationId", "key");

-- CreateIndex
CREATE INDEX "ConsultationSphere_sphereId_idx" ON "ConsultationSphere"("sphereId");

-- CreateIndex
CREATE INDEX "ConsultationTerritory_territoryCode_idx" ON "ConsultationTerritory"("territoryCode");

-- CreateIndex
CREATE INDEX "ConsultationExtension_consultationId_createdAt_idx" ON "ConsultationExtension"("consultationId", "createdAt");

-- CreateIndex
CREATE INDEX "Remark_consultationId_unitId_state_idx" ON "Remark"("consultationId", "unitId", "state");

-- CreateIndex
CREATE INDEX "Remark_authorId_idx" ON "Remark"("authorId");

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationUnit" ADD CONSTRAINT "ConsultationUnit_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationSphere" ADD CONSTRAINT "ConsultationSphere_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationSphere" ADD CONSTRAINT "ConsultationSphere_sphereId_fkey" FOREIGN KEY ("sphereId") REFERENCES "PublicBenefitSphere"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationTerritory" ADD CONSTRAINT "ConsultationTerritory_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationTerritory" ADD CONSTRAINT "ConsultationTerritory_territoryCode_fkey" FOREIGN KEY ("territoryCode") REFERENCES "Territory"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationExtension" ADD CONSTRAINT "ConsultationExtension_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Remark" ADD CONSTRAINT "Remark_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Remark" ADD CONSTRAINT "Remark_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "ConsultationUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Remark" ADD CONSTRAINT "Remark_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Remark" ADD CONSTRAINT "Remark_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: consultations are searched the way the directory is
-- (lib/directory/search.ts, the pl_* functions of the directory_search
-- migration): titles weigh most, then the summary, then the consulted text.
ALTER TABLE "Consultation"
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(pl_search_document(title), 'A')
    || setweight(pl_search_document(summary), 'B')
    || setweight(pl_search_document(left("sourceText", 100000)), 'C')
  ) STORED;
CREATE INDEX "Consultation_searchVector_idx" ON "Consultation" USING GIN ("searchVector");
