// Writes to the append-only audit log (the database refuses updates and deletes).
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export const auditActions = [
  "account.signed_up",
  "account.email_verified",
  "account.signed_in",
  "account.sign_in_failed",
  "account.password_reset",
  "account.password_changed",
  "account.email_change_requested",
  "account.email_changed",
  "account.deleted",
  "account.two_factor_enabled",
  "account.two_factor_disabled",
  "account.recovery_code_used",
  "account.recovery_codes_regenerated",
  "admin.role_changed",
  "admin.user_blocked",
  "admin.user_unblocked",
  "admin.job_retried",
  "organisation.registered",
  "organisation.edited",
  "organisation.krs_imported",
  "organisation.verified",
  "organisations.import_started",
  "organisations.imported",
  "organisation.unverified",
  "organisation.member_role_changed",
  "organisation.member_removed",
  "organisation.member_left",
  "organisation.invitation_sent",
  "organisation.invitation_revoked",
  "organisation.invitation_accepted",
  "membership.requested",
  "membership.withdrawn",
  "membership.approved",
  "membership.refused",
  "institution.edited",
  "institution.member_role_changed",
  "institution.member_removed",
  "consultation.created",
  "consultation.edited",
  "consultation.published",
  "consultation.unpublished",
  "consultation.extended",
  "consultation.report_published",
  "consultation.final_text_published",
  "remark.submitted",
  "remark.edited",
  "remark.withdrawn",
  "remark.answered",
  "remark.answer_corrected",
  "election.created",
  "election.edited",
  "election.published",
  "election.unpublished",
  "nomination.submitted",
  "nomination.consented",
  "nomination.declined",
  "nomination.recommended",
  "nomination.recommendation_declined",
  "nomination.withdrawn",
  "nomination.decided",
  "election.results_published",
  "election.further_round_started",
  "forum.category_created",
  "forum.category_edited",
  "forum.post_edited",
  "forum.post_deleted",
  "forum.post_hidden",
  "forum.post_restored",
  "forum.flags_dismissed",
  "forum.thread_locked",
  "forum.thread_unlocked",
  "forum.thread_pinned",
  "forum.thread_unpinned",
  "forum.thread_moved",
  "forum.post_approved",
  "forum.user_suspended",
  "forum.suspension_lifted",
  "forum.blocked_words_changed",
  "forum.thread_split",
  "forum.threads_merged",
  "news.created",
  "news.edited",
  "news.submitted",
  "news.published",
  "news.withdrawn",
  "news.approved",
  "news.rejected",
  "news.unpublished",
  "news.reviewed",
  "news.featured",
  "news.unfeatured",
  "news.moderation_changed",
] as const;
export type AuditAction = (typeof auditActions)[number];

export interface AuditEntry {
  action: AuditAction;
  actorUserId?: string | null;
  actingForOrganisationId?: string | null;
  actingForInstitutionId?: string | null;
  subjectType?: string;
  subjectId?: string;
  ipAddress?: string | null;
  details?: Prisma.InputJsonValue;
}

export async function recordAuditEvent(entry: AuditEntry, tx: Prisma.TransactionClient = db()): Promise<void> {
  await tx.auditEvent.create({ data: { ...entry, details: entry.details ?? {} } });
}
