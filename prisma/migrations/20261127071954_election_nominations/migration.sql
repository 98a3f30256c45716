-- AlterEnum
ALTER TYPE "NominationState" ADD VALUE 'DECLINED';

-- AlterTable
ALTER TABLE "Election" ADD COLUMN     "nominationsNotifiedAt" TIMESTAMP(3);
