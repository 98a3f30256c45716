-- CreateTable
CREATE TABLE "ForumPostRedirect" (
    "threadId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "postId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumPostRedirect_pkey" PRIMARY KEY ("threadId","number")
);

-- CreateIndex
CREATE INDEX "ForumPostRedirect_postId_idx" ON "ForumPostRedirect"("postId");
