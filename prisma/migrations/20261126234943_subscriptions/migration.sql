-- CreateTable
CREATE TABLE "TopicSubscription" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "sphereId" TEXT,
    "territoryCode" TEXT,
    "institutionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TopicSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItemSubscription" (
    "userId" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ItemSubscription_pkey" PRIMARY KEY ("userId","subjectType","subjectId")
);

-- CreateIndex
CREATE INDEX "TopicSubscription_userId_idx" ON "TopicSubscription"("userId");

-- CreateIndex
CREATE INDEX "TopicSubscription_territoryCode_idx" ON "TopicSubscription"("territoryCode");

-- CreateIndex
CREATE INDEX "TopicSubscription_sphereId_idx" ON "TopicSubscription"("sphereId");

-- CreateIndex
CREATE INDEX "ItemSubscription_subjectType_subjectId_idx" ON "ItemSubscription"("subjectType", "subjectId");

-- AddForeignKey
ALTER TABLE "TopicSubscription" ADD CONSTRAINT "TopicSubscription_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemSubscription" ADD CONSTRAINT "ItemSubscription_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: a topic names at least one of sphere, territory, institution;
-- the same topic is followed once per person.
ALTER TABLE "TopicSubscription" ADD CONSTRAINT "TopicSubscription_some_topic"
  CHECK ("sphereId" IS NOT NULL OR "territoryCode" IS NOT NULL OR "institutionId" IS NOT NULL);
CREATE UNIQUE INDEX "TopicSubscription_same_topic_key" ON "TopicSubscription"("userId", COALESCE("sphereId", ''), COALESCE("territoryCode", ''), COALESCE("institutionId", ''));
