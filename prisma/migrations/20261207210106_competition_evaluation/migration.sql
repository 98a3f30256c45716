-- CreateEnum
CREATE TYPE "FormalStatus" AS ENUM ('PENDING', 'TO_CORRECT', 'COMPLETE', 'REJECTED');

-- CreateEnum
CREATE TYPE "FormalItemKind" AS ENUM ('FIELDS', 'ATTACHMENT', 'STATEMENT', 'ELIGIBILITY', 'DEADLINE', 'CONFIRMATION', 'OTHER');

-- CreateEnum
CREATE TYPE "FormalAnswer" AS ENUM ('MET', 'NOT_MET', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "CorrectionStatus" AS ENUM ('OPEN', 'ANSWERED', 'LAPSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "OfferVersionKind" AS ENUM ('SUBMISSION', 'CORRECTION', 'UPDATE');

-- CreateEnum
CREATE TYPE "CommissionStatus" AS ENUM ('FORMING', 'ACTIVE', 'CLOSED');

-- CreateEnum
CREATE TYPE "CommissionRole" AS ENUM ('CHAIR', 'SECRETARY', 'MEMBER', 'EXPERT');

-- CreateEnum
CREATE TYPE "CommissionOrigin" AS ENUM ('OFFICE', 'NGO_NOMINEE', 'EXTERNAL');

-- CreateEnum
CREATE TYPE "NgoAbsenceGround" AS ENUM ('NONE_NOMINATED', 'DID_NOT_ATTEND', 'ALL_EXCLUDED');

-- CreateEnum
CREATE TYPE "CardStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'VOID');

-- CreateEnum
CREATE TYPE "DivergenceResolution" AS ENUM ('KEEP_MEAN', 'RESCORED', 'COMMISSION_SCORE');

-- CreateEnum
CREATE TYPE "TaskOutcome" AS ENUM ('FUNDED', 'NONE_FUNDED', 'ANNULLED');

-- CreateEnum
CREATE TYPE "AnnulmentGround" AS ENUM ('NO_OFFERS', 'NO_VALID_OFFER');

-- CreateEnum
CREATE TYPE "OfferOutcome" AS ENUM ('FUNDED', 'NOT_FUNDED', 'REJECTED_FORMAL');

-- CreateEnum
CREATE TYPE "AwardStatus" AS ENUM ('AWARDED', 'ACCEPTANCE_PENDING', 'ACCEPTED', 'WITHDRAWN', 'LAPSED');

-- CreateEnum
CREATE TYPE "ResultsNoticeKind" AS ENUM ('RESULTS', 'ANNULMENT', 'CORRECTION');

-- CreateEnum
CREATE TYPE "ReasonsRequestState" AS ENUM ('RECEIVED', 'ANSWERED');

-- AlterTable
ALTER TABLE "Competition" ADD COLUMN     "acceptanceDays" INTEGER NOT NULL DEFAULT 7,
ADD COLUMN     "correctionDays" INTEGER NOT NULL DEFAULT 7,
ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "reasonsAnswerDays" INTEGER NOT NULL DEFAULT 14,
ADD COLUMN     "resultsListUnfunded" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "resultsPublishedAt" TIMESTAMP(3),
ADD COLUMN     "resultsShowScores" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "TaskAward" ADD COLUMN     "acceptanceDueAt" TIMESTAMP(3),
ADD COLUMN     "decisionId" TEXT,
ADD COLUMN     "requestedAmount" BIGINT,
ADD COLUMN     "respondedAt" TIMESTAMP(3),
ADD COLUMN     "respondedById" TEXT,
ADD COLUMN     "status" "AwardStatus" NOT NULL DEFAULT 'AWARDED',
ADD COLUMN     "withdrawalReason" TEXT;

-- AlterTable
ALTER TABLE "OfferVersion" ADD COLUMN     "awardId" TEXT,
ADD COLUMN     "basedOnVersionId" TEXT,
ADD COLUMN     "correctionId" TEXT,
ADD COLUMN     "kind" "OfferVersionKind" NOT NULL DEFAULT 'SUBMISSION';

-- CreateTable
CREATE TABLE "FormalChecklistItem" (
    "id" TEXT NOT NULL,
    "competitionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "kind" "FormalItemKind" NOT NULL,
    "requirementId" TEXT,
    "autoCheck" TEXT,
    "correctable" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FormalChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FormalReview" (
    "offerId" TEXT NOT NULL,
    "competitionId" TEXT NOT NULL,
    "status" "FormalStatus" NOT NULL DEFAULT 'PENDING',
    "versionId" TEXT NOT NULL,
    "checkedById" TEXT,
    "checkedAt" TIMESTAMP(3),
    "rejectionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FormalReview_pkey" PRIMARY KEY ("offerId")
);

-- CreateTable
CREATE TABLE "FormalReviewAnswer" (
    "offerId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "answer" "FormalAnswer" NOT NULL,
    "note" TEXT,

    CONSTRAINT "FormalReviewAnswer_pkey" PRIMARY KEY ("offerId","itemId")
);

-- CreateTable
CREATE TABLE "CorrectionRequest" (
    "id" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "fromVersionId" TEXT NOT NULL,
    "parts" JSONB NOT NULL,
    "message" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "status" "CorrectionStatus" NOT NULL DEFAULT 'OPEN',
    "requestedById" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),
    "reminderAt" TIMESTAMP(3),

    CONSTRAINT "CorrectionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commission" (
    "id" TEXT NOT NULL,
    "competitionId" TEXT NOT NULL,
    "status" "CommissionStatus" NOT NULL DEFAULT 'FORMING',
    "appointedAt" TIMESTAMP(3),
    "actReference" TEXT,
    "actDocumentId" TEXT,
    "criteriaSnapshot" JSONB NOT NULL,
    "divergenceThresholdBp" INTEGER NOT NULL DEFAULT 3000,
    "minVotingCards" INTEGER NOT NULL DEFAULT 2,
    "passThresholdBp" INTEGER,
    "quorum" INTEGER,
    "ngoAbsenceGround" "NgoAbsenceGround",
    "closedAt" TIMESTAMP(3),
    "closedById" TEXT,
    "reopenedAt" TIMESTAMP(3),
    "reopenReason" TEXT,
    "protocolPdfFileId" TEXT,
    "protocolDocxFileId" TEXT,
    "protocolChecksum" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Commission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommissionMember" (
    "id" TEXT NOT NULL,
    "commissionId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "CommissionRole" NOT NULL,
    "origin" "CommissionOrigin" NOT NULL,
    "nominationId" TEXT,
    "inviteTokenHash" TEXT,
    "inviteExpiresAt" TIMESTAMP(3),
    "invitedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMP(3),
    "removedAt" TIMESTAMP(3),
    "removalReason" TEXT,

    CONSTRAINT "CommissionMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConflictDeclaration" (
    "memberId" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "declaredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "conflict" BOOLEAN NOT NULL,
    "conflictDeclaredAt" TIMESTAMP(3),
    "statementVersion" TEXT NOT NULL,

    CONSTRAINT "ConflictDeclaration_pkey" PRIMARY KEY ("memberId","offerId")
);

-- CreateTable
CREATE TABLE "EvaluationCard" (
    "id" TEXT NOT NULL,
    "commissionId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "status" "CardStatus" NOT NULL DEFAULT 'DRAFT',
    "advisory" BOOLEAN NOT NULL DEFAULT false,
    "totalTenths" INTEGER NOT NULL DEFAULT 0,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "suggestedAmount" BIGINT,
    "comment" TEXT,
    "submittedAt" TIMESTAMP(3),
    "voidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvaluationCard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationScore" (
    "cardId" TEXT NOT NULL,
    "criterionIndex" INTEGER NOT NULL,
    "scoreTenths" INTEGER,
    "maxTenths" INTEGER NOT NULL,
    "justification" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "EvaluationScore_pkey" PRIMARY KEY ("cardId","criterionIndex")
);

-- CreateTable
CREATE TABLE "CommissionMeeting" (
    "id" TEXT NOT NULL,
    "commissionId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT,
    "onlineUrl" TEXT,
    "agenda" TEXT NOT NULL DEFAULT '',
    "minutes" TEXT NOT NULL DEFAULT '',
    "minutesApprovedAt" TIMESTAMP(3),
    "minutesApprovedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommissionMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommissionAttendance" (
    "meetingId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "present" BOOLEAN NOT NULL,
    "note" TEXT,

    CONSTRAINT "CommissionAttendance_pkey" PRIMARY KEY ("meetingId","memberId")
);

-- CreateTable
CREATE TABLE "OfferAssessment" (
    "offerId" TEXT NOT NULL,
    "commissionId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "requestedAmount" BIGINT NOT NULL,
    "divergent" BOOLEAN NOT NULL DEFAULT false,
    "resolution" "DivergenceResolution",
    "resolutionNote" TEXT,
    "agreedScoreTenths" INTEGER,
    "proposedAmount" BIGINT,
    "cutReason" TEXT,
    "recommended" BOOLEAN,
    "opinion" TEXT NOT NULL DEFAULT '',
    "updatedById" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OfferAssessment_pkey" PRIMARY KEY ("offerId")
);

-- CreateTable
CREATE TABLE "TaskDecision" (
    "id" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "outcome" "TaskOutcome" NOT NULL,
    "annulmentGround" "AnnulmentGround",
    "reason" TEXT NOT NULL DEFAULT '',
    "actReference" TEXT,
    "documentId" TEXT,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,

    CONSTRAINT "TaskDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferDecision" (
    "offerId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "outcome" "OfferOutcome" NOT NULL,
    "amount" BIGINT,
    "reason" TEXT NOT NULL DEFAULT '',
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfferDecision_pkey" PRIMARY KEY ("offerId")
);

-- CreateTable
CREATE TABLE "ResultsNotice" (
    "id" TEXT NOT NULL,
    "competitionId" TEXT NOT NULL,
    "kind" "ResultsNoticeKind" NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "bipOn" DATE,
    "noticeBoardOn" DATE,
    "websiteOn" DATE,
    "bipUrl" TEXT,
    "pdfFileId" TEXT,
    "docxFileId" TEXT,
    "note" TEXT,

    CONSTRAINT "ResultsNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReasonsRequest" (
    "id" TEXT NOT NULL,
    "competitionId" TEXT NOT NULL,
    "offerId" TEXT,
    "requesterId" TEXT,
    "requesterName" TEXT NOT NULL,
    "requesterEmail" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" TEXT,
    "state" "ReasonsRequestState" NOT NULL DEFAULT 'RECEIVED',
    "answer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredById" TEXT,
    "answerDueOn" DATE NOT NULL,

    CONSTRAINT "ReasonsRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FormalChecklistItem_competitionId_position_idx" ON "FormalChecklistItem"("competitionId", "position");

-- CreateIndex
CREATE INDEX "FormalReview_competitionId_status_idx" ON "FormalReview"("competitionId", "status");

-- CreateIndex
CREATE INDEX "FormalReviewAnswer_itemId_idx" ON "FormalReviewAnswer"("itemId");

-- CreateIndex
CREATE INDEX "CorrectionRequest_offerId_requestedAt_idx" ON "CorrectionRequest"("offerId", "requestedAt");

-- CreateIndex
CREATE INDEX "CorrectionRequest_status_dueAt_idx" ON "CorrectionRequest"("status", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "Commission_competitionId_key" ON "Commission"("competitionId");

-- CreateIndex
CREATE UNIQUE INDEX "Commission_protocolPdfFileId_key" ON "Commission"("protocolPdfFileId");

-- CreateIndex
CREATE UNIQUE INDEX "Commission_protocolDocxFileId_key" ON "Commission"("protocolDocxFileId");

-- CreateIndex
CREATE UNIQUE INDEX "CommissionMember_nominationId_key" ON "CommissionMember"("nominationId");

-- CreateIndex
CREATE INDEX "CommissionMember_commissionId_idx" ON "CommissionMember"("commissionId");

-- CreateIndex
CREATE INDEX "CommissionMember_userId_idx" ON "CommissionMember"("userId");

-- CreateIndex
CREATE INDEX "ConflictDeclaration_offerId_idx" ON "ConflictDeclaration"("offerId");

-- CreateIndex
CREATE INDEX "EvaluationCard_commissionId_status_offerId_idx" ON "EvaluationCard"("commissionId", "status", "offerId");

-- CreateIndex
CREATE INDEX "EvaluationCard_offerId_idx" ON "EvaluationCard"("offerId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationCard_memberId_offerId_key" ON "EvaluationCard"("memberId", "offerId");

-- CreateIndex
CREATE INDEX "CommissionMeeting_commissionId_startsAt_idx" ON "CommissionMeeting"("commissionId", "startsAt");

-- CreateIndex
CREATE INDEX "CommissionAttendance_memberId_idx" ON "CommissionAttendance"("memberId");

-- CreateIndex
CREATE INDEX "OfferAssessment_taskId_idx" ON "OfferAssessment"("taskId");

-- CreateIndex
CREATE INDEX "OfferAssessment_commissionId_idx" ON "OfferAssessment"("commissionId");

-- CreateIndex
CREATE UNIQUE INDEX "TaskDecision_taskId_key" ON "TaskDecision"("taskId");

-- CreateIndex
CREATE INDEX "OfferDecision_taskId_idx" ON "OfferDecision"("taskId");

-- CreateIndex
CREATE INDEX "OfferDecision_decisionId_idx" ON "OfferDecision"("decisionId");

-- CreateIndex
CREATE UNIQUE INDEX "ResultsNotice_pdfFileId_key" ON "ResultsNotice"("pdfFileId");

-- CreateIndex
CREATE UNIQUE INDEX "ResultsNotice_docxFileId_key" ON "ResultsNotice"("docxFileId");

-- CreateIndex
CREATE INDEX "ResultsNotice_competitionId_publishedAt_idx" ON "ResultsNotice"("competitionId", "publishedAt");

-- CreateIndex
CREATE INDEX "ReasonsRequest_competitionId_state_idx" ON "ReasonsRequest"("competitionId", "state");

-- CreateIndex
CREATE INDEX "ReasonsRequest_requesterId_idx" ON "ReasonsRequest"("requesterId");

-- CreateIndex
CREATE UNIQUE INDEX "OfferVersion_correctionId_key" ON "OfferVersion"("correctionId");

-- CreateIndex
CREATE UNIQUE INDEX "OfferVersion_awardId_key" ON "OfferVersion"("awardId");

-- AddForeignKey
ALTER TABLE "FormalChecklistItem" ADD CONSTRAINT "FormalChecklistItem_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormalChecklistItem" ADD CONSTRAINT "FormalChecklistItem_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "AttachmentRequirement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormalReview" ADD CONSTRAINT "FormalReview_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormalReview" ADD CONSTRAINT "FormalReview_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormalReview" ADD CONSTRAINT "FormalReview_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "OfferVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormalReview" ADD CONSTRAINT "FormalReview_checkedById_fkey" FOREIGN KEY ("checkedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormalReviewAnswer" ADD CONSTRAINT "FormalReviewAnswer_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "FormalReview"("offerId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormalReviewAnswer" ADD CONSTRAINT "FormalReviewAnswer_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "FormalChecklistItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectionRequest" ADD CONSTRAINT "CorrectionRequest_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectionRequest" ADD CONSTRAINT "CorrectionRequest_fromVersionId_fkey" FOREIGN KEY ("fromVersionId") REFERENCES "OfferVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectionRequest" ADD CONSTRAINT "CorrectionRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commission" ADD CONSTRAINT "Commission_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commission" ADD CONSTRAINT "Commission_actDocumentId_fkey" FOREIGN KEY ("actDocumentId") REFERENCES "CompetitionDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commission" ADD CONSTRAINT "Commission_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commission" ADD CONSTRAINT "Commission_protocolPdfFileId_fkey" FOREIGN KEY ("protocolPdfFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commission" ADD CONSTRAINT "Commission_protocolDocxFileId_fkey" FOREIGN KEY ("protocolDocxFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionMember" ADD CONSTRAINT "CommissionMember_commissionId_fkey" FOREIGN KEY ("commissionId") REFERENCES "Commission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionMember" ADD CONSTRAINT "CommissionMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionMember" ADD CONSTRAINT "CommissionMember_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "CommissionNomination"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictDeclaration" ADD CONSTRAINT "ConflictDeclaration_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "CommissionMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictDeclaration" ADD CONSTRAINT "ConflictDeclaration_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationCard" ADD CONSTRAINT "EvaluationCard_commissionId_fkey" FOREIGN KEY ("commissionId") REFERENCES "Commission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationCard" ADD CONSTRAINT "EvaluationCard_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "CommissionMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationCard" ADD CONSTRAINT "EvaluationCard_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationCard" ADD CONSTRAINT "EvaluationCard_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "OfferVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationScore" ADD CONSTRAINT "EvaluationScore_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "EvaluationCard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionMeeting" ADD CONSTRAINT "CommissionMeeting_commissionId_fkey" FOREIGN KEY ("commissionId") REFERENCES "Commission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionMeeting" ADD CONSTRAINT "CommissionMeeting_minutesApprovedById_fkey" FOREIGN KEY ("minutesApprovedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionAttendance" ADD CONSTRAINT "CommissionAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "CommissionMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionAttendance" ADD CONSTRAINT "CommissionAttendance_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "CommissionMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferAssessment" ADD CONSTRAINT "OfferAssessment_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferAssessment" ADD CONSTRAINT "OfferAssessment_commissionId_fkey" FOREIGN KEY ("commissionId") REFERENCES "Commission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferAssessment" ADD CONSTRAINT "OfferAssessment_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "CompetitionTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferAssessment" ADD CONSTRAINT "OfferAssessment_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskDecision" ADD CONSTRAINT "TaskDecision_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "CompetitionTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskDecision" ADD CONSTRAINT "TaskDecision_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "CompetitionDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskDecision" ADD CONSTRAINT "TaskDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferDecision" ADD CONSTRAINT "OfferDecision_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferDecision" ADD CONSTRAINT "OfferDecision_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "CompetitionTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferDecision" ADD CONSTRAINT "OfferDecision_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "TaskDecision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultsNotice" ADD CONSTRAINT "ResultsNotice_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultsNotice" ADD CONSTRAINT "ResultsNotice_pdfFileId_fkey" FOREIGN KEY ("pdfFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultsNotice" ADD CONSTRAINT "ResultsNotice_docxFileId_fkey" FOREIGN KEY ("docxFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReasonsRequest" ADD CONSTRAINT "ReasonsRequest_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReasonsRequest" ADD CONSTRAINT "ReasonsRequest_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReasonsRequest" ADD CONSTRAINT "ReasonsRequest_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReasonsRequest" ADD CONSTRAINT "ReasonsRequest_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReasonsRequest" ADD CONSTRAINT "ReasonsRequest_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskAward" ADD CONSTRAINT "TaskAward_respondedById_fkey" FOREIGN KEY ("respondedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskAward" ADD CONSTRAINT "TaskAward_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "TaskDecision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferVersion" ADD CONSTRAINT "OfferVersion_basedOnVersionId_fkey" FOREIGN KEY ("basedOnVersionId") REFERENCES "OfferVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferVersion" ADD CONSTRAINT "OfferVersion_correctionId_fkey" FOREIGN KEY ("correctionId") REFERENCES "CorrectionRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferVersion" ADD CONSTRAINT "OfferVersion_awardId_fkey" FOREIGN KEY ("awardId") REFERENCES "TaskAward"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (listed in HAND_WRITTEN of tests/integration/migrations.int.test.ts).
-- At most one open correction request per offer.
CREATE UNIQUE INDEX "CorrectionRequest_one_open" ON "CorrectionRequest"("offerId") WHERE status = 'OPEN';
-- One active seat per user and commission; one active chair per commission.
CREATE UNIQUE INDEX "CommissionMember_user_active" ON "CommissionMember"("commissionId", "userId")
  WHERE "removedAt" IS NULL AND "userId" IS NOT NULL;
CREATE UNIQUE INDEX "CommissionMember_one_chair" ON "CommissionMember"("commissionId")
  WHERE role = 'CHAIR' AND "removedAt" IS NULL;

ALTER TABLE "FormalReview" ADD CONSTRAINT "FormalReview_rejection_reason"
  CHECK (status <> 'REJECTED' OR length(btrim(coalesce("rejectionReason", ''))) > 0);
ALTER TABLE "Commission" ADD CONSTRAINT "Commission_threshold"
  CHECK ("divergenceThresholdBp" BETWEEN 1 AND 10000);
ALTER TABLE "EvaluationScore" ADD CONSTRAINT "EvaluationScore_range"
  CHECK ("scoreTenths" IS NULL OR "scoreTenths" BETWEEN 0 AND "maxTenths");
ALTER TABLE "OfferAssessment" ADD CONSTRAINT "OfferAssessment_amount"
  CHECK ("proposedAmount" IS NULL OR ("proposedAmount" >= 0 AND "proposedAmount" <= "requestedAmount")),
  ADD CONSTRAINT "OfferAssessment_cut_reason"
  CHECK ("proposedAmount" IS NULL OR "proposedAmount" = "requestedAmount" OR length(btrim(coalesce("cutReason", ''))) > 0),
  ADD CONSTRAINT "OfferAssessment_agreed_score"
  CHECK ((resolution IS NOT NULL AND resolution = 'COMMISSION_SCORE') = ("agreedScoreTenths" IS NOT NULL));
ALTER TABLE "TaskDecision" ADD CONSTRAINT "TaskDecision_annulment_ground"
  CHECK ((outcome = 'ANNULLED') = ("annulmentGround" IS NOT NULL)),
  ADD CONSTRAINT "TaskDecision_reason"
  CHECK (outcome = 'FUNDED' OR length(btrim(reason)) > 0);
ALTER TABLE "OfferDecision" ADD CONSTRAINT "OfferDecision_amount"
  CHECK ((outcome = 'FUNDED') = ("amount" IS NOT NULL AND "amount" > 0));

-- Pool: Σ proposals and Σ live awards of a task never above its pool (the defence behind the
-- mutations' row lock on "CompetitionTask"; deferred so a transaction may move money between offers).
CREATE FUNCTION task_pool_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE t text := COALESCE(NEW."taskId", OLD."taskId"); p bigint; s bigint;
BEGIN
  SELECT pool INTO p FROM "CompetitionTask" WHERE id = t;
  IF TG_TABLE_NAME = 'OfferAssessment' THEN
    SELECT COALESCE(SUM("proposedAmount"), 0) INTO s FROM "OfferAssessment" WHERE "taskId" = t;
  ELSE
    SELECT COALESCE(SUM(amount), 0) INTO s FROM "TaskAward"
      WHERE "taskId" = t AND status <> 'WITHDRAWN' AND status <> 'LAPSED';
  END IF;
  IF s > p THEN RAISE EXCEPTION 'task % over pool', t USING ERRCODE = '23514'; END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "OfferAssessment_pool" AFTER INSERT OR UPDATE ON "OfferAssessment"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION task_pool_guard();
CREATE CONSTRAINT TRIGGER "TaskAward_pool" AFTER INSERT OR UPDATE ON "TaskAward"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION task_pool_guard();

-- Frozen offer versions: only the two PDF ids may be set later (a correction is a new version).
CREATE FUNCTION offer_version_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.content IS DISTINCT FROM OLD.content OR NEW.checksum <> OLD.checksum OR NEW.number <> OLD.number
     OR NEW."offerId" <> OLD."offerId" OR NEW."submittedAt" <> OLD."submittedAt" OR NEW.kind <> OLD.kind
     OR NEW."basedOnVersionId" IS DISTINCT FROM OLD."basedOnVersionId" THEN
    RAISE EXCEPTION 'offer version % is frozen', OLD.id USING ERRCODE = '55000';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "OfferVersion_frozen" BEFORE UPDATE ON "OfferVersion"
  FOR EACH ROW EXECUTE FUNCTION offer_version_frozen();

-- Cards cannot change once the commission closed (the mutation refuses first with COMMISSION_CLOSED).
CREATE FUNCTION evaluation_card_open() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT status FROM "Commission" WHERE id = NEW."commissionId") = 'CLOSED' THEN
    RAISE EXCEPTION 'commission % closed', NEW."commissionId" USING ERRCODE = '55000';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "EvaluationCard_open" BEFORE INSERT OR UPDATE ON "EvaluationCard"
  FOR EACH ROW EXECUTE FUNCTION evaluation_card_open();
