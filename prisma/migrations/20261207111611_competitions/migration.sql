-- CreateEnum
CREATE TYPE "CompetitionStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'DECIDED', 'ANNULLED');

-- CreateEnum
CREATE TYPE "CompetitionTaskStatus" AS ENUM ('OPEN', 'DECIDED', 'ANNULLED');

-- CreateEnum
CREATE TYPE "TaskForm" AS ENUM ('SUPPORT', 'ENTRUSTMENT');

-- CreateEnum
CREATE TYPE "PublicationChannel" AS ENUM ('BIP', 'NOTICE_BOARD', 'WEBSITE', 'PRESS');

-- CreateEnum
CREATE TYPE "CompetitionDocumentKind" AS ENUM ('REGULATIONS', 'TEMPLATE', 'ANNOUNCEMENT_ACT', 'CHANGE_ACT', 'OTHER');

-- CreateEnum
CREATE TYPE "AdminCapBase" AS ENUM ('TOTAL_COST', 'GRANT');

-- CreateEnum
CREATE TYPE "AttachmentCondition" AS ENUM ('ALWAYS', 'JOINT_ONLY', 'NOT_IN_KRS', 'PROXY_SIGNS');

-- CreateEnum
CREATE TYPE "QuestionStatus" AS ENUM ('PENDING', 'ANSWERED', 'DECLINED');

-- CreateEnum
CREATE TYPE "OfferTemplate" AS ENUM ('FULL_2018', 'SIMPLIFIED_2018');

-- CreateEnum
CREATE TYPE "OfferKind" AS ENUM ('SINGLE', 'JOINT');

-- CreateEnum
CREATE TYPE "OfferStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ConfirmationChannel" AS ENUM ('PAPER', 'QUALIFIED_SIGNATURE', 'TRUSTED_PROFILE', 'PERSONAL_SIGNATURE');

-- CreateEnum
CREATE TYPE "ConfirmationStatus" AS ENUM ('UPLOADED', 'ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "SmallGrantStage" AS ENUM ('RECEIVED', 'PUBLISHED', 'REMARKS_CLOSED', 'ACCEPTED', 'REFUSED');

-- CreateEnum
CREATE TYPE "SmallGrantRemarkState" AS ENUM ('SUBMITTED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "Competition" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "reference" TEXT,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "awardRules" TEXT NOT NULL DEFAULT '',
    "implementationTerms" TEXT NOT NULL DEFAULT '',
    "implementationStartsOn" DATE,
    "implementationEndsOn" DATE,
    "allowedYears" INTEGER[],
    "offersOpenAt" TIMESTAMP(3) NOT NULL,
    "offersDeadline" TIMESTAMP(3) NOT NULL,
    "selectionProcedure" TEXT NOT NULL DEFAULT '',
    "selectionCriteria" JSONB NOT NULL DEFAULT '[]',
    "selectionDueOn" DATE,
    "draftBudgetBasis" BOOLEAN NOT NULL DEFAULT false,
    "minGrant" BIGINT,
    "maxGrant" BIGINT,
    "minOwnContributionBp" INTEGER,
    "minOwnFinancialBp" INTEGER,
    "nonFinancialCounts" BOOLEAN NOT NULL DEFAULT true,
    "maxAdminCostBp" INTEGER,
    "adminCapBase" "AdminCapBase" NOT NULL DEFAULT 'TOTAL_COST',
    "resultsTableWaived" BOOLEAN NOT NULL DEFAULT false,
    "jointOffersAllowed" BOOLEAN NOT NULL DEFAULT true,
    "recipientPaymentsAllowed" BOOLEAN NOT NULL DEFAULT true,
    "maxOffersPerApplicantPerTask" INTEGER,
    "askBankAccount" BOOLEAN NOT NULL DEFAULT false,
    "officeSeesOffersAfterDeadline" BOOLEAN NOT NULL DEFAULT true,
    "confirmationRequired" BOOLEAN NOT NULL DEFAULT true,
    "confirmationDueAt" TIMESTAMP(3),
    "confirmationChannels" "ConfirmationChannel"[],
    "contactName" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "contactPhone" TEXT,
    "status" "CompetitionStatus" NOT NULL DEFAULT 'DRAFT',
    "rulesSnapshot" JSONB,
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "totalPool" BIGINT NOT NULL DEFAULT 0,
    "maxGrantCeiling" BIGINT,
    "weekReminderAt" TIMESTAMP(3),
    "dayReminderAt" TIMESTAMP(3),
    "openedNoticeAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Competition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetitionSphere" (
    "competitionId" TEXT NOT NULL,
    "sphereId" TEXT NOT NULL,

    CONSTRAINT "CompetitionSphere_pkey" PRIMARY KEY ("competitionId","sphereId")
);

-- CreateTable
CREATE TABLE "CompetitionTerritory" (
    "competitionId" TEXT NOT NULL,
    "territoryCode" TEXT NOT NULL,

    CONSTRAINT "CompetitionTerritory_pkey" PRIMARY KEY ("competitionId","territoryCode")
);

-- CreateTable
CREATE TABLE "CompetitionTask" (
    "id" TEXT NOT NULL,
    "competitionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "kindName" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "sphereId" TEXT NOT NULL,
    "kindKey" TEXT NOT NULL,
    "form" "TaskForm" NOT NULL,
    "pool" BIGINT NOT NULL,
    "minGrant" BIGINT,
    "maxGrant" BIGINT,
    "minOwnContributionBp" INTEGER,
    "maxAdminCostBp" INTEGER,
    "startsOn" DATE,
    "endsOn" DATE,
    "status" "CompetitionTaskStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CompetitionTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskHistoryRow" (
    "id" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "costs" BIGINT NOT NULL,
    "grants" BIGINT NOT NULL,
    "computed" BOOLEAN NOT NULL DEFAULT false,
    "sourceTaskIds" TEXT[],
    "editedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TaskHistoryRow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskAward" (
    "id" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "offerId" TEXT,
    "organisationId" TEXT,
    "recipientName" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskAward_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetitionPublication" (
    "id" TEXT NOT NULL,
    "competitionId" TEXT NOT NULL,
    "channel" "PublicationChannel" NOT NULL,
    "publishedOn" DATE NOT NULL,
    "url" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompetitionPublication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetitionDeadlineChange" (
    "id" TEXT NOT NULL,
    "competitionId" TEXT NOT NULL,
    "previousDeadline" TIMESTAMP(3) NOT NULL,
    "newDeadline" TIMESTAMP(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "actReference" TEXT,
    "documentId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompetitionDeadlineChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetitionDocument" (
    "id" TEXT NOT NULL,
    "competitionId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "CompetitionDocumentKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompetitionDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttachmentRequirement" (
    "id" TEXT NOT NULL,
    "competitionId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "description" TEXT,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "perApplicant" BOOLEAN NOT NULL DEFAULT false,
    "condition" "AttachmentCondition" NOT NULL DEFAULT 'ALWAYS',
    "position" INTEGER NOT NULL,

    CONSTRAINT "AttachmentRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetitionQuestion" (
    "id" TEXT NOT NULL,
    "competitionId" TEXT NOT NULL,
    "taskId" TEXT,
    "authorId" TEXT,
    "organisationId" TEXT,
    "body" TEXT NOT NULL,
    "status" "QuestionStatus" NOT NULL DEFAULT 'PENDING',
    "answer" TEXT,
    "declineReason" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CompetitionQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommissionCall" (
    "id" TEXT NOT NULL,
    "competitionId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "requirements" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommissionCall_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommissionNomination" (
    "id" TEXT NOT NULL,
    "callId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "nomineeName" TEXT NOT NULL,
    "nomineeEmail" TEXT NOT NULL,
    "nomineePhone" TEXT,
    "consentAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "withdrawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommissionNomination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalRule" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "valueInt" BIGINT,
    "valueText" TEXT,
    "unit" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "source" TEXT NOT NULL,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LegalRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Offer" (
    "id" TEXT NOT NULL,
    "template" "OfferTemplate" NOT NULL,
    "institutionId" TEXT NOT NULL,
    "competitionId" TEXT,
    "taskId" TEXT,
    "kind" "OfferKind" NOT NULL DEFAULT 'SINGLE',
    "leadOrganisationId" TEXT NOT NULL,
    "status" "OfferStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL DEFAULT '',
    "partnershipId" TEXT,
    "requestedGrant" BIGINT NOT NULL DEFAULT 0,
    "totalCost" BIGINT NOT NULL DEFAULT 0,
    "currentVersionId" TEXT,
    "submittedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferCoApplicant" (
    "offerId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "addedById" TEXT,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfferCoApplicant_pkey" PRIMARY KEY ("offerId","organisationId")
);

-- CreateTable
CREATE TABLE "OfferSection" (
    "offerId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OfferSection_pkey" PRIMARY KEY ("offerId","key")
);

-- CreateTable
CREATE TABLE "OfferVersion" (
    "id" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "templateVersion" TEXT NOT NULL,
    "schemaVersion" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "checksum" TEXT NOT NULL,
    "shortChecksum" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "submittedById" TEXT,
    "totalCost" BIGINT NOT NULL,
    "requestedGrant" BIGINT NOT NULL,
    "ownFinancial" BIGINT NOT NULL,
    "ownNonFinancial" BIGINT NOT NULL,
    "recipientPayments" BIGINT NOT NULL,
    "years" INTEGER[],
    "rulesSnapshot" JSONB NOT NULL,
    "pdfFileId" TEXT,
    "confirmationPdfFileId" TEXT,

    CONSTRAINT "OfferVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferAttachment" (
    "id" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "requirementId" TEXT,
    "organisationId" TEXT,
    "fileId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfferAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferVersionAttachment" (
    "versionId" TEXT NOT NULL,
    "attachmentId" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,

    CONSTRAINT "OfferVersionAttachment_pkey" PRIMARY KEY ("versionId","attachmentId")
);

-- CreateTable
CREATE TABLE "OfferConfirmation" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "channel" "ConfirmationChannel" NOT NULL,
    "status" "ConfirmationStatus" NOT NULL DEFAULT 'UPLOADED',
    "fileId" TEXT,
    "signers" JSONB NOT NULL DEFAULT '[]',
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "recordedById" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfferConfirmation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SmallGrantBudget" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "plannedGrantsTotal" BIGINT NOT NULL,
    "intakeOpen" BOOLEAN NOT NULL DEFAULT false,
    "suspendedNote" TEXT,
    "sphereIds" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SmallGrantBudget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SmallGrantCase" (
    "id" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "publishDueBy" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "remarksUntil" TIMESTAMP(3),
    "stage" "SmallGrantStage" NOT NULL DEFAULT 'RECEIVED',
    "publicSlug" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decisionReason" TEXT,
    "awardedAmount" BIGINT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SmallGrantCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SmallGrantRemark" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "authorId" TEXT,
    "organisationId" TEXT,
    "authorName" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "state" "SmallGrantRemarkState" NOT NULL DEFAULT 'SUBMITTED',
    "answer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SmallGrantRemark_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Competition_slug_key" ON "Competition"("slug");

-- CreateIndex
CREATE INDEX "Competition_status_offersDeadline_idx" ON "Competition"("status", "offersDeadline");

-- CreateIndex
CREATE INDEX "Competition_institutionId_publishedAt_idx" ON "Competition"("institutionId", "publishedAt");

-- CreateIndex
CREATE INDEX "Competition_status_offersOpenAt_idx" ON "Competition"("status", "offersOpenAt");

-- CreateIndex
CREATE INDEX "Competition_status_maxGrantCeiling_idx" ON "Competition"("status", "maxGrantCeiling");

-- CreateIndex
CREATE INDEX "CompetitionSphere_sphereId_idx" ON "CompetitionSphere"("sphereId");

-- CreateIndex
CREATE INDEX "CompetitionTerritory_territoryCode_idx" ON "CompetitionTerritory"("territoryCode");

-- CreateIndex
CREATE INDEX "CompetitionTask_competitionId_position_idx" ON "CompetitionTask"("competitionId", "position");

-- CreateIndex
CREATE INDEX "CompetitionTask_sphereId_idx" ON "CompetitionTask"("sphereId");

-- CreateIndex
CREATE UNIQUE INDEX "CompetitionTask_competitionId_number_key" ON "CompetitionTask"("competitionId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "TaskHistoryRow_taskId_year_label_key" ON "TaskHistoryRow"("taskId", "year", "label");

-- CreateIndex
CREATE UNIQUE INDEX "TaskAward_offerId_key" ON "TaskAward"("offerId");

-- CreateIndex
CREATE INDEX "TaskAward_taskId_idx" ON "TaskAward"("taskId");

-- CreateIndex
CREATE INDEX "TaskAward_organisationId_decidedAt_idx" ON "TaskAward"("organisationId", "decidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CompetitionPublication_competitionId_channel_key" ON "CompetitionPublication"("competitionId", "channel");

-- CreateIndex
CREATE INDEX "CompetitionDeadlineChange_competitionId_createdAt_idx" ON "CompetitionDeadlineChange"("competitionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CompetitionDocument_fileId_key" ON "CompetitionDocument"("fileId");

-- CreateIndex
CREATE INDEX "CompetitionDocument_competitionId_position_idx" ON "CompetitionDocument"("competitionId", "position");

-- CreateIndex
CREATE INDEX "AttachmentRequirement_competitionId_position_idx" ON "AttachmentRequirement"("competitionId", "position");

-- CreateIndex
CREATE INDEX "CompetitionQuestion_competitionId_status_answeredAt_idx" ON "CompetitionQuestion"("competitionId", "status", "answeredAt");

-- CreateIndex
CREATE INDEX "CompetitionQuestion_authorId_idx" ON "CompetitionQuestion"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "CommissionCall_competitionId_key" ON "CommissionCall"("competitionId");

-- CreateIndex
CREATE INDEX "CommissionNomination_callId_idx" ON "CommissionNomination"("callId");

-- CreateIndex
CREATE INDEX "CommissionNomination_organisationId_idx" ON "CommissionNomination"("organisationId");

-- CreateIndex
CREATE INDEX "LegalRule_key_validFrom_idx" ON "LegalRule"("key", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "LegalRule_key_validFrom_key" ON "LegalRule"("key", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Offer_currentVersionId_key" ON "Offer"("currentVersionId");

-- CreateIndex
CREATE INDEX "Offer_taskId_status_idx" ON "Offer"("taskId", "status");

-- CreateIndex
CREATE INDEX "Offer_competitionId_status_submittedAt_idx" ON "Offer"("competitionId", "status", "submittedAt");

-- CreateIndex
CREATE INDEX "Offer_leadOrganisationId_status_idx" ON "Offer"("leadOrganisationId", "status");

-- CreateIndex
CREATE INDEX "Offer_institutionId_template_status_idx" ON "Offer"("institutionId", "template", "status");

-- CreateIndex
CREATE INDEX "OfferCoApplicant_organisationId_idx" ON "OfferCoApplicant"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "OfferVersion_checksum_key" ON "OfferVersion"("checksum");

-- CreateIndex
CREATE UNIQUE INDEX "OfferVersion_pdfFileId_key" ON "OfferVersion"("pdfFileId");

-- CreateIndex
CREATE UNIQUE INDEX "OfferVersion_confirmationPdfFileId_key" ON "OfferVersion"("confirmationPdfFileId");

-- CreateIndex
CREATE INDEX "OfferVersion_shortChecksum_idx" ON "OfferVersion"("shortChecksum");

-- CreateIndex
CREATE UNIQUE INDEX "OfferVersion_offerId_number_key" ON "OfferVersion"("offerId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "OfferAttachment_fileId_key" ON "OfferAttachment"("fileId");

-- CreateIndex
CREATE INDEX "OfferAttachment_offerId_idx" ON "OfferAttachment"("offerId");

-- CreateIndex
CREATE UNIQUE INDEX "OfferConfirmation_fileId_key" ON "OfferConfirmation"("fileId");

-- CreateIndex
CREATE INDEX "OfferConfirmation_versionId_idx" ON "OfferConfirmation"("versionId");

-- CreateIndex
CREATE UNIQUE INDEX "SmallGrantBudget_institutionId_year_key" ON "SmallGrantBudget"("institutionId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "SmallGrantCase_offerId_key" ON "SmallGrantCase"("offerId");

-- CreateIndex
CREATE UNIQUE INDEX "SmallGrantCase_publicSlug_key" ON "SmallGrantCase"("publicSlug");

-- CreateIndex
CREATE INDEX "SmallGrantCase_stage_remarksUntil_idx" ON "SmallGrantCase"("stage", "remarksUntil");

-- CreateIndex
CREATE INDEX "SmallGrantCase_publishDueBy_idx" ON "SmallGrantCase"("publishDueBy");

-- CreateIndex
CREATE INDEX "SmallGrantRemark_caseId_state_createdAt_idx" ON "SmallGrantRemark"("caseId", "state", "createdAt");

-- AddForeignKey
ALTER TABLE "Competition" ADD CONSTRAINT "Competition_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Competition" ADD CONSTRAINT "Competition_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Competition" ADD CONSTRAINT "Competition_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionSphere" ADD CONSTRAINT "CompetitionSphere_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionSphere" ADD CONSTRAINT "CompetitionSphere_sphereId_fkey" FOREIGN KEY ("sphereId") REFERENCES "PublicBenefitSphere"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionTerritory" ADD CONSTRAINT "CompetitionTerritory_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionTerritory" ADD CONSTRAINT "CompetitionTerritory_territoryCode_fkey" FOREIGN KEY ("territoryCode") REFERENCES "Territory"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionTask" ADD CONSTRAINT "CompetitionTask_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionTask" ADD CONSTRAINT "CompetitionTask_sphereId_fkey" FOREIGN KEY ("sphereId") REFERENCES "PublicBenefitSphere"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskHistoryRow" ADD CONSTRAINT "TaskHistoryRow_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "CompetitionTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskHistoryRow" ADD CONSTRAINT "TaskHistoryRow_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskAward" ADD CONSTRAINT "TaskAward_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "CompetitionTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskAward" ADD CONSTRAINT "TaskAward_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskAward" ADD CONSTRAINT "TaskAward_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionPublication" ADD CONSTRAINT "CompetitionPublication_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionDeadlineChange" ADD CONSTRAINT "CompetitionDeadlineChange_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionDeadlineChange" ADD CONSTRAINT "CompetitionDeadlineChange_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "CompetitionDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionDeadlineChange" ADD CONSTRAINT "CompetitionDeadlineChange_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionDocument" ADD CONSTRAINT "CompetitionDocument_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionDocument" ADD CONSTRAINT "CompetitionDocument_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttachmentRequirement" ADD CONSTRAINT "AttachmentRequirement_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionQuestion" ADD CONSTRAINT "CompetitionQuestion_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionQuestion" ADD CONSTRAINT "CompetitionQuestion_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "CompetitionTask"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionQuestion" ADD CONSTRAINT "CompetitionQuestion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionQuestion" ADD CONSTRAINT "CompetitionQuestion_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetitionQuestion" ADD CONSTRAINT "CompetitionQuestion_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionCall" ADD CONSTRAINT "CommissionCall_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionNomination" ADD CONSTRAINT "CommissionNomination_callId_fkey" FOREIGN KEY ("callId") REFERENCES "CommissionCall"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionNomination" ADD CONSTRAINT "CommissionNomination_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionNomination" ADD CONSTRAINT "CommissionNomination_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalRule" ADD CONSTRAINT "LegalRule_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_competitionId_fkey" FOREIGN KEY ("competitionId") REFERENCES "Competition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "CompetitionTask"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_leadOrganisationId_fkey" FOREIGN KEY ("leadOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_currentVersionId_fkey" FOREIGN KEY ("currentVersionId") REFERENCES "OfferVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferCoApplicant" ADD CONSTRAINT "OfferCoApplicant_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferCoApplicant" ADD CONSTRAINT "OfferCoApplicant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferCoApplicant" ADD CONSTRAINT "OfferCoApplicant_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferSection" ADD CONSTRAINT "OfferSection_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferSection" ADD CONSTRAINT "OfferSection_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferVersion" ADD CONSTRAINT "OfferVersion_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferVersion" ADD CONSTRAINT "OfferVersion_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferVersion" ADD CONSTRAINT "OfferVersion_pdfFileId_fkey" FOREIGN KEY ("pdfFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferVersion" ADD CONSTRAINT "OfferVersion_confirmationPdfFileId_fkey" FOREIGN KEY ("confirmationPdfFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferAttachment" ADD CONSTRAINT "OfferAttachment_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferAttachment" ADD CONSTRAINT "OfferAttachment_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "AttachmentRequirement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferAttachment" ADD CONSTRAINT "OfferAttachment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferAttachment" ADD CONSTRAINT "OfferAttachment_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferAttachment" ADD CONSTRAINT "OfferAttachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferVersionAttachment" ADD CONSTRAINT "OfferVersionAttachment_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "OfferVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferVersionAttachment" ADD CONSTRAINT "OfferVersionAttachment_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "OfferAttachment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferConfirmation" ADD CONSTRAINT "OfferConfirmation_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "OfferVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferConfirmation" ADD CONSTRAINT "OfferConfirmation_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferConfirmation" ADD CONSTRAINT "OfferConfirmation_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferConfirmation" ADD CONSTRAINT "OfferConfirmation_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SmallGrantBudget" ADD CONSTRAINT "SmallGrantBudget_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SmallGrantCase" ADD CONSTRAINT "SmallGrantCase_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SmallGrantCase" ADD CONSTRAINT "SmallGrantCase_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SmallGrantRemark" ADD CONSTRAINT "SmallGrantRemark_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SmallGrantCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SmallGrantRemark" ADD CONSTRAINT "SmallGrantRemark_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SmallGrantRemark" ADD CONSTRAINT "SmallGrantRemark_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SmallGrantRemark" ADD CONSTRAINT "SmallGrantRemark_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: competitions are searched the way consultations and the
-- directory are (lib/directory/search.ts, the pl_* functions of the
-- directory_search migration): the title weighs most, then the summary, then
-- the kinds of task. The kinds live in "CompetitionTask", which a generated
-- column cannot read, so a trigger gathers them into "searchContext" (as the
-- directory's context is kept) and "searchVector" is generated from it.
ALTER TABLE "Competition" ADD COLUMN "searchContext" text NOT NULL DEFAULT '';

CREATE FUNCTION competition_search_context_sync() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  competition text := CASE WHEN TG_OP = 'DELETE' THEN OLD."competitionId" ELSE NEW."competitionId" END;
BEGIN
  UPDATE "Competition" c
    SET "searchContext" = coalesce(
      (SELECT string_agg(t."kindName", ' ' ORDER BY t.position) FROM "CompetitionTask" t WHERE t."competitionId" = competition),
      '')
    WHERE c.id = competition;
  RETURN NULL;
END
$$;

CREATE TRIGGER "CompetitionTask_search_context" AFTER INSERT OR DELETE OR UPDATE OF "kindName", position ON "CompetitionTask"
  FOR EACH ROW EXECUTE FUNCTION competition_search_context_sync();

ALTER TABLE "Competition"
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(pl_search_document(title), 'A')
    || setweight(pl_search_document(summary), 'B')
    || setweight(pl_search_document("searchContext"), 'C')
  ) STORED;
CREATE INDEX "Competition_searchVector_idx" ON "Competition" USING GIN ("searchVector");

-- Offers open before they close (extensions only move the deadline later).
ALTER TABLE "Competition" ADD CONSTRAINT "Competition_deadline_after_open" CHECK ("offersDeadline" > "offersOpenAt");

-- A task's pool of funds, in grosze, is never negative.
ALTER TABLE "CompetitionTask" ADD CONSTRAINT "CompetitionTask_pool_not_negative" CHECK (pool >= 0);

-- An offer on the full template answers one task of one competition; a
-- small-grant offer (simplified template) belongs to no competition.
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_template_task" CHECK (
  ((template = 'FULL_2018') = ("taskId" IS NOT NULL)) AND (("taskId" IS NULL) = ("competitionId" IS NULL))
);

-- One live nominee per organisation in a commission call; a withdrawn
-- nomination makes room for a new one.
CREATE UNIQUE INDEX "CommissionNomination_live_organisation_key" ON "CommissionNomination" ("callId", "organisationId")
  WHERE "withdrawnAt" IS NULL;
