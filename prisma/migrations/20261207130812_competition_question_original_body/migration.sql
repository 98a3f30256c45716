-- AlterTable
ALTER TABLE "CompetitionQuestion" ADD COLUMN     "originalBody" TEXT;
