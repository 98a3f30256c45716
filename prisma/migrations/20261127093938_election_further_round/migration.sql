-- AlterTable
ALTER TABLE "Election" ADD COLUMN     "furtherRoundOfId" TEXT,
ADD COLUMN     "round" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE UNIQUE INDEX "Election_furtherRoundOfId_key" ON "Election"("furtherRoundOfId");

-- AddForeignKey
ALTER TABLE "Election" ADD CONSTRAINT "Election_furtherRoundOfId_fkey" FOREIGN KEY ("furtherRoundOfId") REFERENCES "Election"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
