-- CreateEnum
CREATE TYPE "IdeaKind" AS ENUM ('NEED', 'SUGGESTION', 'TASK_PROPOSAL');

-- CreateEnum
CREATE TYPE "IdeaAddressee" AS ENUM ('INSTITUTION', 'OPERATOR', 'COUNCIL');

-- CreateEnum
CREATE TYPE "IdeaVisibility" AS ENUM ('PENDING', 'PUBLISHED', 'REJECTED', 'HIDDEN');

-- CreateEnum
CREATE TYPE "IdeaStatus" AS ENUM ('RECEIVED', 'UNDER_CONSIDERATION', 'ACCEPTED', 'IMPLEMENTED', 'NOT_TAKEN_UP', 'MERGED');

-- CreateEnum
CREATE TYPE "IdeaModeration" AS ENUM ('PRE', 'POST');

-- AlterTable
ALTER TABLE "Institution" ADD COLUMN     "ideaAnswerDays" INTEGER NOT NULL DEFAULT 30;

-- AlterTable
ALTER TABLE "InstanceSettings" ADD COLUMN     "ideaModeration" "IdeaModeration" NOT NULL DEFAULT 'POST',
ADD COLUMN     "ideaMustAnswerOrganisations" INTEGER NOT NULL DEFAULT 10;

-- CreateTable
CREATE TABLE "Idea" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "IdeaKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "organisationId" TEXT,
    "addressee" "IdeaAddressee" NOT NULL,
    "institutionId" TEXT,
    "taskScope" TEXT,
    "taskPlaceAndTime" TEXT,
    "taskExpectedResults" TEXT,
    "taskEstimatedCost" DECIMAL(14,2),
    "visibility" "IdeaVisibility" NOT NULL DEFAULT 'PENDING',
    "status" "IdeaStatus" NOT NULL DEFAULT 'RECEIVED',
    "submissionKey" TEXT,
    "publishedAt" TIMESTAMP(3),
    "answerDueAt" TIMESTAMP(3),
    "mustAnswerSince" TIMESTAMP(3),
    "firstAnsweredAt" TIMESTAMP(3),
    "lastAnsweredAt" TIMESTAMP(3),
    "dueReminderAt" TIMESTAMP(3),
    "overdueReminderAt" TIMESTAMP(3),
    "personSupportCount" INTEGER NOT NULL DEFAULT 0,
    "organisationSupportCount" INTEGER NOT NULL DEFAULT 0,
    "commentCount" INTEGER NOT NULL DEFAULT 0,
    "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "mergedIntoId" TEXT,
    "moderationNote" TEXT,
    "moderatedById" TEXT,
    "moderatedAt" TIMESTAMP(3),
    "pendingFields" JSONB,
    "changeSubmittedAt" TIMESTAMP(3),
    "changeNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Idea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdeaSphere" (
    "ideaId" TEXT NOT NULL,
    "sphereId" TEXT NOT NULL,

    CONSTRAINT "IdeaSphere_pkey" PRIMARY KEY ("ideaId","sphereId")
);

-- CreateTable
CREATE TABLE "IdeaTerritory" (
    "ideaId" TEXT NOT NULL,
    "territoryCode" TEXT NOT NULL,

    CONSTRAINT "IdeaTerritory_pkey" PRIMARY KEY ("ideaId","territoryCode")
);

-- CreateTable
CREATE TABLE "IdeaImage" (
    "id" TEXT NOT NULL,
    "ideaId" TEXT,
    "fileId" TEXT NOT NULL,
    "alt" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "pending" BOOLEAN NOT NULL DEFAULT false,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdeaImage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdeaAttachment" (
    "id" TEXT NOT NULL,
    "ideaId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "pending" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdeaAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdeaPersonSupport" (
    "ideaId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "submissionKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdeaPersonSupport_pkey" PRIMARY KEY ("ideaId","userId")
);

-- CreateTable
CREATE TABLE "IdeaOrganisationSupport" (
    "ideaId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "givenById" TEXT,
    "submissionKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdeaOrganisationSupport_pkey" PRIMARY KEY ("ideaId","organisationId")
);

-- CreateTable
CREATE TABLE "IdeaAnswer" (
    "id" TEXT NOT NULL,
    "ideaId" TEXT NOT NULL,
    "fromStatus" "IdeaStatus" NOT NULL,
    "toStatus" "IdeaStatus" NOT NULL,
    "body" TEXT NOT NULL,
    "plannedAction" TEXT,
    "plannedBy" DATE,
    "mergedIntoId" TEXT,
    "authorId" TEXT,
    "institutionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdeaAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdeaOutcome" (
    "id" TEXT NOT NULL,
    "ideaId" TEXT NOT NULL,
    "consultationId" TEXT,
    "newsArticleId" TEXT,
    "libraryDocumentId" TEXT,
    "linkedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdeaOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdeaComment" (
    "id" TEXT NOT NULL,
    "ideaId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "authorId" TEXT,
    "organisationId" TEXT,
    "body" TEXT NOT NULL,
    "submissionKey" TEXT,
    "editedAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),
    "heldAt" TIMESTAMP(3),
    "pendingBody" TEXT,
    "hiddenAt" TIMESTAMP(3),
    "hiddenById" TEXT,
    "hiddenReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdeaComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdeaCommentFlag" (
    "id" TEXT NOT NULL,
    "commentId" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "reason" "ForumFlagReason" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,

    CONSTRAINT "IdeaCommentFlag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Idea_slug_key" ON "Idea"("slug");

-- CreateIndex
CREATE INDEX "Idea_visibility_publishedAt_idx" ON "Idea"("visibility", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Idea_institutionId_publishedAt_idx" ON "Idea"("institutionId", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Idea_organisationId_idx" ON "Idea"("organisationId");

-- CreateIndex
CREATE INDEX "Idea_status_answerDueAt_idx" ON "Idea"("status", "answerDueAt");

-- CreateIndex
CREATE INDEX "Idea_mergedIntoId_idx" ON "Idea"("mergedIntoId");

-- CreateIndex
CREATE UNIQUE INDEX "Idea_authorId_submissionKey_key" ON "Idea"("authorId", "submissionKey");

-- CreateIndex
CREATE INDEX "IdeaSphere_sphereId_idx" ON "IdeaSphere"("sphereId");

-- CreateIndex
CREATE INDEX "IdeaTerritory_territoryCode_idx" ON "IdeaTerritory"("territoryCode");

-- CreateIndex
CREATE UNIQUE INDEX "IdeaImage_fileId_key" ON "IdeaImage"("fileId");

-- CreateIndex
CREATE INDEX "IdeaImage_ideaId_idx" ON "IdeaImage"("ideaId");

-- CreateIndex
CREATE INDEX "IdeaImage_uploadedById_createdAt_idx" ON "IdeaImage"("uploadedById", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "IdeaAttachment_fileId_key" ON "IdeaAttachment"("fileId");

-- CreateIndex
CREATE INDEX "IdeaAttachment_ideaId_position_idx" ON "IdeaAttachment"("ideaId", "position");

-- CreateIndex
CREATE INDEX "IdeaPersonSupport_userId_idx" ON "IdeaPersonSupport"("userId");

-- CreateIndex
CREATE INDEX "IdeaOrganisationSupport_organisationId_idx" ON "IdeaOrganisationSupport"("organisationId");

-- CreateIndex
CREATE INDEX "IdeaAnswer_ideaId_createdAt_idx" ON "IdeaAnswer"("ideaId", "createdAt");

-- CreateIndex
CREATE INDEX "IdeaAnswer_institutionId_createdAt_idx" ON "IdeaAnswer"("institutionId", "createdAt");

-- CreateIndex
CREATE INDEX "IdeaOutcome_consultationId_idx" ON "IdeaOutcome"("consultationId");

-- CreateIndex
CREATE INDEX "IdeaOutcome_newsArticleId_idx" ON "IdeaOutcome"("newsArticleId");

-- CreateIndex
CREATE INDEX "IdeaOutcome_libraryDocumentId_idx" ON "IdeaOutcome"("libraryDocumentId");

-- CreateIndex
CREATE UNIQUE INDEX "IdeaOutcome_ideaId_consultationId_key" ON "IdeaOutcome"("ideaId", "consultationId");

-- CreateIndex
CREATE UNIQUE INDEX "IdeaOutcome_ideaId_newsArticleId_key" ON "IdeaOutcome"("ideaId", "newsArticleId");

-- CreateIndex
CREATE UNIQUE INDEX "IdeaOutcome_ideaId_libraryDocumentId_key" ON "IdeaOutcome"("ideaId", "libraryDocumentId");

-- CreateIndex
CREATE INDEX "IdeaComment_createdAt_idx" ON "IdeaComment"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "IdeaComment_ideaId_number_key" ON "IdeaComment"("ideaId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "IdeaComment_authorId_submissionKey_key" ON "IdeaComment"("authorId", "submissionKey");

-- CreateIndex
CREATE INDEX "IdeaCommentFlag_resolvedAt_createdAt_idx" ON "IdeaCommentFlag"("resolvedAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "IdeaCommentFlag_commentId_reporterId_key" ON "IdeaCommentFlag"("commentId", "reporterId");

-- AddForeignKey
ALTER TABLE "Idea" ADD CONSTRAINT "Idea_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Idea" ADD CONSTRAINT "Idea_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Idea" ADD CONSTRAINT "Idea_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Idea" ADD CONSTRAINT "Idea_moderatedById_fkey" FOREIGN KEY ("moderatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Idea" ADD CONSTRAINT "Idea_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Idea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaSphere" ADD CONSTRAINT "IdeaSphere_ideaId_fkey" FOREIGN KEY ("ideaId") REFERENCES "Idea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaSphere" ADD CONSTRAINT "IdeaSphere_sphereId_fkey" FOREIGN KEY ("sphereId") REFERENCES "PublicBenefitSphere"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaTerritory" ADD CONSTRAINT "IdeaTerritory_ideaId_fkey" FOREIGN KEY ("ideaId") REFERENCES "Idea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaTerritory" ADD CONSTRAINT "IdeaTerritory_territoryCode_fkey" FOREIGN KEY ("territoryCode") REFERENCES "Territory"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaImage" ADD CONSTRAINT "IdeaImage_ideaId_fkey" FOREIGN KEY ("ideaId") REFERENCES "Idea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaImage" ADD CONSTRAINT "IdeaImage_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaAttachment" ADD CONSTRAINT "IdeaAttachment_ideaId_fkey" FOREIGN KEY ("ideaId") REFERENCES "Idea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaAttachment" ADD CONSTRAINT "IdeaAttachment_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaPersonSupport" ADD CONSTRAINT "IdeaPersonSupport_ideaId_fkey" FOREIGN KEY ("ideaId") REFERENCES "Idea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaPersonSupport" ADD CONSTRAINT "IdeaPersonSupport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaOrganisationSupport" ADD CONSTRAINT "IdeaOrganisationSupport_ideaId_fkey" FOREIGN KEY ("ideaId") REFERENCES "Idea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaOrganisationSupport" ADD CONSTRAINT "IdeaOrganisationSupport_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaOrganisationSupport" ADD CONSTRAINT "IdeaOrganisationSupport_givenById_fkey" FOREIGN KEY ("givenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaAnswer" ADD CONSTRAINT "IdeaAnswer_ideaId_fkey" FOREIGN KEY ("ideaId") REFERENCES "Idea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaAnswer" ADD CONSTRAINT "IdeaAnswer_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaAnswer" ADD CONSTRAINT "IdeaAnswer_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaOutcome" ADD CONSTRAINT "IdeaOutcome_ideaId_fkey" FOREIGN KEY ("ideaId") REFERENCES "Idea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaOutcome" ADD CONSTRAINT "IdeaOutcome_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaOutcome" ADD CONSTRAINT "IdeaOutcome_newsArticleId_fkey" FOREIGN KEY ("newsArticleId") REFERENCES "NewsArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaOutcome" ADD CONSTRAINT "IdeaOutcome_libraryDocumentId_fkey" FOREIGN KEY ("libraryDocumentId") REFERENCES "LibraryDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaOutcome" ADD CONSTRAINT "IdeaOutcome_linkedById_fkey" FOREIGN KEY ("linkedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaComment" ADD CONSTRAINT "IdeaComment_ideaId_fkey" FOREIGN KEY ("ideaId") REFERENCES "Idea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaComment" ADD CONSTRAINT "IdeaComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaComment" ADD CONSTRAINT "IdeaComment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaCommentFlag" ADD CONSTRAINT "IdeaCommentFlag_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "IdeaComment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaCommentFlag" ADD CONSTRAINT "IdeaCommentFlag_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: entries are searched the way the directory and news are
-- (the pl_* functions of the directory_search migration), over their title
-- and description.
ALTER TABLE "Idea"
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (pl_search_document(title || ' ' || left(body, 20000))) STORED;
CREATE INDEX "Idea_searchVector_idx" ON "Idea" USING GIN ("searchVector");

-- Hand-written: an entry for an office names it, and only then.
ALTER TABLE "Idea" ADD CONSTRAINT "Idea_addressee_institution_check"
  CHECK (("addressee" = 'INSTITUTION') = ("institutionId" IS NOT NULL));
-- An entry is never merged into itself.
ALTER TABLE "Idea" ADD CONSTRAINT "Idea_not_merged_into_itself_check"
  CHECK ("mergedIntoId" IS NULL OR "mergedIntoId" <> "id");
-- Counters never go below zero (a lost update would show here first).
ALTER TABLE "Idea" ADD CONSTRAINT "Idea_counters_check"
  CHECK ("personSupportCount" >= 0 AND "organisationSupportCount" >= 0 AND "commentCount" >= 0);
-- What came of an entry names exactly one thing.
ALTER TABLE "IdeaOutcome" ADD CONSTRAINT "IdeaOutcome_one_target_check"
  CHECK (num_nonnulls("consultationId", "newsArticleId", "libraryDocumentId") = 1);
