-- CreateEnum
CREATE TYPE "EmailChannel" AS ENUM ('IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF');

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "emailChannel" "EmailChannel" NOT NULL DEFAULT 'OFF',
ADD COLUMN     "emailedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "channel" "EmailChannel" NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","type")
);

-- CreateIndex
CREATE INDEX "Notification_emailChannel_emailedAt_idx" ON "Notification"("emailChannel", "emailedAt");

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
