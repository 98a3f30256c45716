-- CreateEnum
CREATE TYPE "NewsKind" AS ENUM ('NEWS', 'EVENT', 'CALL', 'ANNOUNCEMENT');

-- CreateEnum
CREATE TYPE "NewsStatus" AS ENUM ('DRAFT', 'PENDING', 'PUBLISHED', 'REJECTED', 'UNPUBLISHED');

-- CreateEnum
CREATE TYPE "NewsModeration" AS ENUM ('PRE', 'POST');

-- AlterTable
ALTER TABLE "InstanceSettings" ADD COLUMN     "newsModeration" "NewsModeration" NOT NULL DEFAULT 'PRE';

-- CreateTable
CREATE TABLE "NewsArticle" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "NewsKind" NOT NULL DEFAULT 'NEWS',
    "status" "NewsStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "lead" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "organisationId" TEXT,
    "institutionId" TEXT,
    "authorId" TEXT,
    "coverImageId" TEXT,
    "eventStartsAt" TIMESTAMP(3),
    "eventEndsAt" TIMESTAMP(3),
    "eventPlace" TEXT,
    "publishAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "announcedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "featuredAt" TIMESTAMP(3),
    "moderationNote" TEXT,
    "moderatedById" TEXT,
    "moderatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NewsArticle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsArticleSphere" (
    "articleId" TEXT NOT NULL,
    "sphereId" TEXT NOT NULL,

    CONSTRAINT "NewsArticleSphere_pkey" PRIMARY KEY ("articleId","sphereId")
);

-- CreateTable
CREATE TABLE "NewsArticleTerritory" (
    "articleId" TEXT NOT NULL,
    "territoryCode" TEXT NOT NULL,

    CONSTRAINT "NewsArticleTerritory_pkey" PRIMARY KEY ("articleId","territoryCode")
);

-- CreateTable
CREATE TABLE "NewsImage" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "alt" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NewsImage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsAttachment" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NewsAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NewsArticle_slug_key" ON "NewsArticle"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "NewsArticle_coverImageId_key" ON "NewsArticle"("coverImageId");

-- CreateIndex
CREATE INDEX "NewsArticle_status_publishedAt_idx" ON "NewsArticle"("status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "NewsArticle_featuredAt_idx" ON "NewsArticle"("featuredAt");

-- CreateIndex
CREATE INDEX "NewsArticle_organisationId_publishedAt_idx" ON "NewsArticle"("organisationId", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "NewsArticle_institutionId_publishedAt_idx" ON "NewsArticle"("institutionId", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "NewsArticle_authorId_idx" ON "NewsArticle"("authorId");

-- CreateIndex
CREATE INDEX "NewsArticleSphere_sphereId_idx" ON "NewsArticleSphere"("sphereId");

-- CreateIndex
CREATE INDEX "NewsArticleTerritory_territoryCode_idx" ON "NewsArticleTerritory"("territoryCode");

-- CreateIndex
CREATE UNIQUE INDEX "NewsImage_fileId_key" ON "NewsImage"("fileId");

-- CreateIndex
CREATE INDEX "NewsImage_articleId_idx" ON "NewsImage"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "NewsAttachment_fileId_key" ON "NewsAttachment"("fileId");

-- CreateIndex
CREATE INDEX "NewsAttachment_articleId_position_idx" ON "NewsAttachment"("articleId", "position");

-- AddForeignKey
ALTER TABLE "NewsArticle" ADD CONSTRAINT "NewsArticle_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsArticle" ADD CONSTRAINT "NewsArticle_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsArticle" ADD CONSTRAINT "NewsArticle_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsArticle" ADD CONSTRAINT "NewsArticle_moderatedById_fkey" FOREIGN KEY ("moderatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsArticle" ADD CONSTRAINT "NewsArticle_coverImageId_fkey" FOREIGN KEY ("coverImageId") REFERENCES "NewsImage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsArticleSphere" ADD CONSTRAINT "NewsArticleSphere_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "NewsArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsArticleSphere" ADD CONSTRAINT "NewsArticleSphere_sphereId_fkey" FOREIGN KEY ("sphereId") REFERENCES "PublicBenefitSphere"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsArticleTerritory" ADD CONSTRAINT "NewsArticleTerritory_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "NewsArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsArticleTerritory" ADD CONSTRAINT "NewsArticleTerritory_territoryCode_fkey" FOREIGN KEY ("territoryCode") REFERENCES "Territory"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsImage" ADD CONSTRAINT "NewsImage_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "NewsArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsImage" ADD CONSTRAINT "NewsImage_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsAttachment" ADD CONSTRAINT "NewsAttachment_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "NewsArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsAttachment" ADD CONSTRAINT "NewsAttachment_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: articles are searched the way the directory is
-- (lib/directory/search.ts, the pl_* functions of the directory_search
-- migration), over their title, lead and text.
ALTER TABLE "NewsArticle"
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (pl_search_document(title || ' ' || lead || ' ' || left(body, 20000))) STORED;
CREATE INDEX "NewsArticle_searchVector_idx" ON "NewsArticle" USING GIN ("searchVector");
