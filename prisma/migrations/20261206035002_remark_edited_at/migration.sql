-- AlterTable
ALTER TABLE "Remark" ADD COLUMN     "editedAt" TIMESTAMP(3);

-- Remarks edited before this column existed: the audit log knows when their
-- authors last changed them (updatedAt also moved when an official answered).
UPDATE "Remark" r SET "editedAt" = e."lastEdit"
FROM (SELECT "subjectId", max("occurredAt") AS "lastEdit" FROM "AuditEvent" WHERE action = 'remark.edited' GROUP BY "subjectId") e
WHERE e."subjectId" = r.id;
