-- AlterTable
ALTER TABLE "OfferCoApplicant" ADD COLUMN     "acceptedAt" TIMESTAMP(3),
ADD COLUMN     "acceptedById" TEXT;

-- AddForeignKey
ALTER TABLE "OfferCoApplicant" ADD CONSTRAINT "OfferCoApplicant_acceptedById_fkey" FOREIGN KEY ("acceptedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: co-applicants from before consent existed. A row that went into a submitted version
-- was submitted with the lead's word for it; it counts as accepted at that submission (acceptedById
-- NULL: nobody of the organisation clicked), so submitted offers stay valid. A row added after the
-- last submission (a reopened draft) or to a draft never submitted stays pending and must be accepted.
UPDATE "OfferCoApplicant" AS c
SET "acceptedAt" = v."firstSubmittedAt"
FROM (
  SELECT c2."offerId", c2."organisationId", MIN(ov."submittedAt") AS "firstSubmittedAt"
  FROM "OfferCoApplicant" AS c2
  JOIN "OfferVersion" AS ov ON ov."offerId" = c2."offerId" AND ov."submittedAt" >= c2."addedAt"
  GROUP BY c2."offerId", c2."organisationId"
) AS v
WHERE c."offerId" = v."offerId" AND c."organisationId" = v."organisationId";
