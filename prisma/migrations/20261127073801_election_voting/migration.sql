-- AlterTable
ALTER TABLE "Election" ADD COLUMN     "ballotsCast" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "boardHead" TEXT,
ADD COLUMN     "countedAt" TIMESTAMP(3),
ADD COLUMN     "registryFrozenAt" TIMESTAMP(3),
ADD COLUMN     "registrySize" INTEGER,
ADD COLUMN     "result" JSONB,
ADD COLUMN     "resultsPublishedAt" TIMESTAMP(3),
ADD COLUMN     "votingNotifiedAt" TIMESTAMP(3),
ADD COLUMN     "votingReminderAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ElectionVoter" (
    "electionId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "voted" BOOLEAN NOT NULL DEFAULT false,
    "castById" TEXT,

    CONSTRAINT "ElectionVoter_pkey" PRIMARY KEY ("electionId","organisationId")
);

-- CreateTable
CREATE TABLE "VoterDesignation" (
    "electionId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "designatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VoterDesignation_pkey" PRIMARY KEY ("electionId","organisationId")
);

-- CreateTable
CREATE TABLE "VoteCode" (
    "electionId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "VoteCode_pkey" PRIMARY KEY ("electionId","organisationId","userId")
);

-- CreateTable
CREATE TABLE "BoardEntry" (
    "electionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "commitment" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "BoardEntry_pkey" PRIMARY KEY ("electionId","position")
);

-- CreateTable
CREATE TABLE "Ballot" (
    "id" TEXT NOT NULL,
    "electionId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "choices" TEXT[],

    CONSTRAINT "Ballot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Ballot_fingerprint_key" ON "Ballot"("fingerprint");

-- CreateIndex
CREATE INDEX "Ballot_electionId_idx" ON "Ballot"("electionId");

-- AddForeignKey
ALTER TABLE "ElectionVoter" ADD CONSTRAINT "ElectionVoter_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectionVoter" ADD CONSTRAINT "ElectionVoter_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoterDesignation" ADD CONSTRAINT "VoterDesignation_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoterDesignation" ADD CONSTRAINT "VoterDesignation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoterDesignation" ADD CONSTRAINT "VoterDesignation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoteCode" ADD CONSTRAINT "VoteCode_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardEntry" ADD CONSTRAINT "BoardEntry_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election"("id") ON DELETE CASCADE ON UPDATE CASCADE;
