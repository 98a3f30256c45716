-- CreateTable
CREATE TABLE "RemarkCorrection" (
    "id" TEXT NOT NULL,
    "remarkId" TEXT NOT NULL,
    "previousDecision" "RemarkDecision",
    "previousReason" TEXT,
    "decision" "RemarkDecision" NOT NULL,
    "reason" TEXT,
    "why" TEXT NOT NULL,
    "correctedById" TEXT,
    "correctedByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RemarkCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RemarkCorrection_remarkId_createdAt_idx" ON "RemarkCorrection"("remarkId", "createdAt");

-- AddForeignKey
ALTER TABLE "RemarkCorrection" ADD CONSTRAINT "RemarkCorrection_remarkId_fkey" FOREIGN KEY ("remarkId") REFERENCES "Remark"("id") ON DELETE CASCADE ON UPDATE CASCADE;
