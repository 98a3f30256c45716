-- CreateIndex
CREATE INDEX "Idea_list_supported_idx" ON "Idea"("visibility", "organisationSupportCount" DESC, "personSupportCount" DESC, "publishedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Idea_list_waiting_idx" ON "Idea"("visibility", "answerDueAt", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "Idea_list_answered_idx" ON "Idea"("visibility", "lastAnsweredAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Idea_list_count_idx" ON "Idea"("visibility", "status");
