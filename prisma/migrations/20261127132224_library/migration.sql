-- CreateEnum
CREATE TYPE "LibraryDocumentKind" AS ENUM ('STANDARD', 'MODEL_DOCUMENT', 'COOPERATION_PROGRAMME', 'REPORT', 'CONSULTATION_REPORT', 'OTHER');

-- CreateEnum
CREATE TYPE "LibraryDocumentStatus" AS ENUM ('DRAFT', 'IN_CONSULTATION', 'ADOPTED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "LibraryReview" AS ENUM ('PROPOSED', 'ACCEPTED', 'REJECTED');

-- CreateTable
CREATE TABLE "LibraryDocument" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "kind" "LibraryDocumentKind" NOT NULL,
    "status" "LibraryDocumentStatus" NOT NULL DEFAULT 'ADOPTED',
    "review" "LibraryReview" NOT NULL DEFAULT 'ACCEPTED',
    "organisationId" TEXT,
    "institutionId" TEXT,
    "consultationId" TEXT,
    "currentVersionId" TEXT,
    "proposedById" TEXT,
    "reviewNote" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LibraryDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LibraryDocumentVersion" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "fileId" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "changeNote" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "text" TEXT,
    "textExtractedAt" TIMESTAMP(3),

    CONSTRAINT "LibraryDocumentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LibraryDocumentSphere" (
    "documentId" TEXT NOT NULL,
    "sphereId" TEXT NOT NULL,

    CONSTRAINT "LibraryDocumentSphere_pkey" PRIMARY KEY ("documentId","sphereId")
);

-- CreateTable
CREATE TABLE "LibraryDocumentTerritory" (
    "documentId" TEXT NOT NULL,
    "territoryCode" TEXT NOT NULL,

    CONSTRAINT "LibraryDocumentTerritory_pkey" PRIMARY KEY ("documentId","territoryCode")
);

-- CreateTable
CREATE TABLE "LibraryDocumentDeveloper" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "institutionId" TEXT,
    "organisationId" TEXT,

    CONSTRAINT "LibraryDocumentDeveloper_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LibraryDocument_slug_key" ON "LibraryDocument"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "LibraryDocument_currentVersionId_key" ON "LibraryDocument"("currentVersionId");

-- CreateIndex
CREATE INDEX "LibraryDocument_review_updatedAt_idx" ON "LibraryDocument"("review", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "LibraryDocument_consultationId_idx" ON "LibraryDocument"("consultationId");

-- CreateIndex
CREATE INDEX "LibraryDocument_organisationId_idx" ON "LibraryDocument"("organisationId");

-- CreateIndex
CREATE INDEX "LibraryDocument_institutionId_idx" ON "LibraryDocument"("institutionId");

-- CreateIndex
CREATE UNIQUE INDEX "LibraryDocumentVersion_fileId_key" ON "LibraryDocumentVersion"("fileId");

-- CreateIndex
CREATE UNIQUE INDEX "LibraryDocumentVersion_documentId_number_key" ON "LibraryDocumentVersion"("documentId", "number");

-- CreateIndex
CREATE INDEX "LibraryDocumentSphere_sphereId_idx" ON "LibraryDocumentSphere"("sphereId");

-- CreateIndex
CREATE INDEX "LibraryDocumentTerritory_territoryCode_idx" ON "LibraryDocumentTerritory"("territoryCode");

-- CreateIndex
CREATE INDEX "LibraryDocumentDeveloper_institutionId_idx" ON "LibraryDocumentDeveloper"("institutionId");

-- CreateIndex
CREATE INDEX "LibraryDocumentDeveloper_organisationId_idx" ON "LibraryDocumentDeveloper"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "LibraryDocumentDeveloper_documentId_institutionId_organisat_key" ON "LibraryDocumentDeveloper"("documentId", "institutionId", "organisationId");

-- AddForeignKey
ALTER TABLE "LibraryDocument" ADD CONSTRAINT "LibraryDocument_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryDocument" ADD CONSTRAINT "LibraryDocument_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryDocument" ADD CONSTRAINT "LibraryDocument_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryDocument" ADD CONSTRAINT "LibraryDocument_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryDocument" ADD CONSTRAINT "LibraryDocument_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryDocument" ADD CONSTRAINT "LibraryDocument_currentVersionId_fkey" FOREIGN KEY ("currentVersionId") REFERENCES "LibraryDocumentVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryDocumentVersion" ADD CONSTRAINT "LibraryDocumentVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "LibraryDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryDocumentVersion" ADD CONSTRAINT "LibraryDocumentVersion_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryDocumentVersion" ADD CONSTRAINT "LibraryDocumentVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryDocumentSphere" ADD CONSTRAINT "LibraryDocumentSphere_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "LibraryDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryDocumentSphere" ADD CONSTRAINT "LibraryDocumentSphere_sphereId_fkey" FOREIGN KEY ("sphereId") REFERENCES "PublicBenefitSphere"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryDocumentTerritory" ADD CONSTRAINT "LibraryDocumentTerritory_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "LibraryDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryDocumentTerritory" ADD CONSTRAINT "LibraryDocumentTerritory_territoryCode_fkey" FOREIGN KEY ("territoryCode") REFERENCES "Territory"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryDocumentDeveloper" ADD CONSTRAINT "LibraryDocumentDeveloper_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "LibraryDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryDocumentDeveloper" ADD CONSTRAINT "LibraryDocumentDeveloper_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryDocumentDeveloper" ADD CONSTRAINT "LibraryDocumentDeveloper_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: documents are searched the way the directory is
-- (lib/directory/search.ts, the pl_* functions of the directory_search
-- migration): by title and description, and by the text read out of their
-- files (the first 100,000 characters of each version).
ALTER TABLE "LibraryDocument"
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (pl_search_document(title || ' ' || description)) STORED;
CREATE INDEX "LibraryDocument_searchVector_idx" ON "LibraryDocument" USING GIN ("searchVector");
ALTER TABLE "LibraryDocumentVersion"
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (pl_search_document(left(coalesce(text, ''), 100000))) STORED;
CREATE INDEX "LibraryDocumentVersion_searchVector_idx" ON "LibraryDocumentVersion" USING GIN ("searchVector");
