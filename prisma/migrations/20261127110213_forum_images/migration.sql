-- CreateTable
CREATE TABLE "ForumPostImage" (
    "id" TEXT NOT NULL,
    "postId" TEXT,
    "fileId" TEXT NOT NULL,
    "alt" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumPostImage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ForumPostImage_fileId_key" ON "ForumPostImage"("fileId");

-- CreateIndex
CREATE INDEX "ForumPostImage_postId_position_idx" ON "ForumPostImage"("postId", "position");

-- CreateIndex
CREATE INDEX "ForumPostImage_uploadedById_createdAt_idx" ON "ForumPostImage"("uploadedById", "createdAt");

-- AddForeignKey
ALTER TABLE "ForumPostImage" ADD CONSTRAINT "ForumPostImage_postId_fkey" FOREIGN KEY ("postId") REFERENCES "ForumPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumPostImage" ADD CONSTRAINT "ForumPostImage_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
