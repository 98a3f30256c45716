-- AlterTable
ALTER TABLE "Consultation" ADD COLUMN     "dayReminderAt" TIMESTAMP(3),
ADD COLUMN     "finalPublishedAt" TIMESTAMP(3),
ADD COLUMN     "finalSplitMode" TEXT,
ADD COLUMN     "finalText" TEXT,
ADD COLUMN     "weekReminderAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ConsultationAttachment" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationAttachment_fileId_key" ON "ConsultationAttachment"("fileId");

-- CreateIndex
CREATE INDEX "ConsultationAttachment_consultationId_createdAt_idx" ON "ConsultationAttachment"("consultationId", "createdAt");

-- AddForeignKey
ALTER TABLE "ConsultationAttachment" ADD CONSTRAINT "ConsultationAttachment_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationAttachment" ADD CONSTRAINT "ConsultationAttachment_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
