-- CreateEnum
CREATE TYPE "ReportState" AS ENUM ('GENERATING', 'READY', 'FAILED');

-- CreateTable
CREATE TABLE "ConsultationReport" (
    "consultationId" TEXT NOT NULL,
    "state" "ReportState" NOT NULL DEFAULT 'GENERATING',
    "figures" JSONB,
    "pdfFileId" TEXT,
    "docxFileId" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "generatedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,

    CONSTRAINT "ConsultationReport_pkey" PRIMARY KEY ("consultationId")
);

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationReport_pdfFileId_key" ON "ConsultationReport"("pdfFileId");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationReport_docxFileId_key" ON "ConsultationReport"("docxFileId");

-- AddForeignKey
ALTER TABLE "ConsultationReport" ADD CONSTRAINT "ConsultationReport_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationReport" ADD CONSTRAINT "ConsultationReport_pdfFileId_fkey" FOREIGN KEY ("pdfFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationReport" ADD CONSTRAINT "ConsultationReport_docxFileId_fkey" FOREIGN KEY ("docxFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;
