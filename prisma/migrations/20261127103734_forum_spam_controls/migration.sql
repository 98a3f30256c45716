-- AlterTable
ALTER TABLE "ForumThread" ADD COLUMN     "heldAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ForumPost" ADD COLUMN     "heldAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ForumBlockedWord" (
    "id" TEXT NOT NULL,
    "pattern" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumBlockedWord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumSuspension" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "liftedAt" TIMESTAMP(3),

    CONSTRAINT "ForumSuspension_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ForumBlockedWord_pattern_key" ON "ForumBlockedWord"("pattern");

-- CreateIndex
CREATE INDEX "ForumSuspension_userId_until_idx" ON "ForumSuspension"("userId", "until");

-- AddForeignKey
ALTER TABLE "ForumSuspension" ADD CONSTRAINT "ForumSuspension_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the list a new platform starts with (lib/forum/blocked-words.ts,
-- DEFAULT_BLOCKED_PATTERNS); administrators change it on the forum's page.
INSERT INTO "ForumBlockedWord" (id, pattern)
SELECT 'bw' || substr(md5(pattern), 1, 23), pattern
FROM unnest(ARRAY['*kurw*', '*pierdol*', '*pierdal*', '*jeban*', '*jebac*', 'zajeb*', 'wyjeb*', 'pojeb*', '*chuj*', '*pizd*', 'skurwysyn*', 'cwel', 'spierdal*']) AS pattern
ON CONFLICT (pattern) DO NOTHING;
