-- AlterTable
ALTER TABLE "ForumPost" ADD COLUMN     "pendingBody" TEXT;
