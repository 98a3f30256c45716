-- AlterTable
ALTER TABLE "Remark" ADD COLUMN     "answerSeenAt" TIMESTAMP(3);
