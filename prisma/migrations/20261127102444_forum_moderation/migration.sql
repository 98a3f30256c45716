-- CreateEnum
CREATE TYPE "ForumFlagReason" AS ENUM ('SPAM', 'OFF_TOPIC', 'OFFENSIVE', 'ILLEGAL', 'OTHER');

-- AlterTable
ALTER TABLE "ForumPost" ADD COLUMN     "hiddenAt" TIMESTAMP(3),
ADD COLUMN     "hiddenById" TEXT,
ADD COLUMN     "hiddenReason" TEXT;

-- CreateTable
CREATE TABLE "ForumFlag" (
    "id" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "reason" "ForumFlagReason" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,

    CONSTRAINT "ForumFlag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ForumFlag_resolvedAt_createdAt_idx" ON "ForumFlag"("resolvedAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ForumFlag_postId_reporterId_key" ON "ForumFlag"("postId", "reporterId");

-- AddForeignKey
ALTER TABLE "ForumFlag" ADD CONSTRAINT "ForumFlag_postId_fkey" FOREIGN KEY ("postId") REFERENCES "ForumPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumFlag" ADD CONSTRAINT "ForumFlag_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
