-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "address" TEXT,
ADD COLUMN     "aims" TEXT,
ADD COLUMN     "inLiquidation" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "krsBoard" JSONB,
ADD COLUMN     "krsFetchedAt" TIMESTAMP(3),
ADD COLUMN     "registeredOn" DATE;
