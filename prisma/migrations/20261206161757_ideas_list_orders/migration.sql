-- CreateIndex
CREATE INDEX "Idea_visibility_organisationSupportCount_personSupportCount_idx" ON "Idea"("visibility", "organisationSupportCount" DESC, "personSupportCount" DESC, "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Idea_visibility_answerDueAt_publishedAt_idx" ON "Idea"("visibility", "answerDueAt", "publishedAt");

-- CreateIndex
CREATE INDEX "Idea_visibility_lastAnsweredAt_idx" ON "Idea"("visibility", "lastAnsweredAt" DESC);
