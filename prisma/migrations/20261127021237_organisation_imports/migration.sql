-- CreateEnum
CREATE TYPE "OrganisationImportStatus" AS ENUM ('UPLOADED', 'CHECKED', 'QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "OrganisationImport" (
    "id" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "headers" TEXT[],
    "rows" JSONB NOT NULL,
    "mapping" JSONB,
    "report" JSONB,
    "status" "OrganisationImportStatus" NOT NULL DEFAULT 'UPLOADED',
    "total" INTEGER NOT NULL DEFAULT 0,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "merged" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "OrganisationImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrganisationImport_createdAt_idx" ON "OrganisationImport"("createdAt");

-- AddForeignKey
ALTER TABLE "OrganisationImport" ADD CONSTRAINT "OrganisationImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
