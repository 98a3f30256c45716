// The kinds of notification. Each has its entry text under
// `notifications.types.<type>` (with the event's data as parameters) in the
// message catalogues; later modules add theirs here.
export const notificationTypes = [
  "membership.requested",
  "membership.approved",
  "membership.refused",
  "organisation.invitation_accepted",
  "organisation.verified",
  "organisation.verification_withdrawn",
  "organisation.registered",
  "security.password_changed",
  "security.two_factor_changed",
  "security.new_sign_in",
  "remark.answered",
  "consultation.remark_submitted",
  "consultation.opened",
  "consultation.extended",
  "consultation.report_published",
  "consultation.closing_soon",
  "election.nominations_opened",
  "election.consent_requested",
  "election.recommendation_requested",
  "election.nomination_decided",
  "election.voting_opened",
  "election.voting_closing_soon",
  "election.results_published",
  "forum.reply",
  "forum.mention",
  "forum.new_thread",
  "forum.post_moderated",
  "forum.suspended",
  "forum.thread_moderated",
  "news.published",
  "news.submitted",
  "news.moderated",
  "library.proposed",
  "library.decided",
  "library.codeveloper",
  "idea.submitted",
  "idea.moderated",
  "idea.published",
  "idea.comment_mention",
  "idea.comment_moderated",
  "idea.answered",
  "idea.answer_due",
  "idea.answer_overdue",
  "partnership.request_moderated",
  "partnership.request_held",
  "partnership.request_expired",
  "partnership.interest_received",
  "partnership.interest_decided",
  "partnership.request_closed_to_others",
  "partnership.proposed",
  "partnership.formed",
  "partnership.request_fits",
  // Open competitions, offers and small grants (issue 25). Data beyond the
  // subject's title: competition.extended and offer.confirmation_decided /
  // small_grant.decided take an optional "reason" (and the latter two a
  // "decision": ACCEPTED or another value); competition.deadline_soon takes
  // "days" ("1" or "7"); offer.co_applicant_added takes "lead" and
  // "organisation" (the inviting and the invited organisation's names) and
  // "deadline" (ISO), entries stored before them lacking all three;
  // offer.co_applicant_removed takes "lead" and "organisation";
  // offer.co_applicant_answered takes "organisation", a "decision" (ACCEPTED,
  // DECLINED or LEFT) and "single" ("yes" when the offer became one
  // organisation's).
  "competition.published",
  "competition.opened",
  "competition.extended",
  "competition.deadline_soon",
  "competition.question_asked",
  "competition.question_answered",
  "competition.nomination_received",
  "offer.co_applicant_added",
  "offer.co_applicant_answered",
  "offer.co_applicant_removed",
  "offer.submitted",
  "offer.withdrawn",
  "offer.confirmation_decided",
  "small_grant.received",
  "small_grant.published",
  "small_grant.remark_submitted",
  "small_grant.decided",
  // The office's officials: an offer's publish-by day is near or past (data: "day", the last day).
  "small_grant.publish_due",
  // Evaluation of competitions (issue 26). Data: offer.formal_result takes "status" (FormalStatus),
  // an optional "reason" and, for TO_CORRECT, "deadline" (ISO, the correction's due moment);
  // offer.correction_due and commission.meeting_scheduled take "deadline" (the due moment, the
  // meeting's start); offer.outcome takes "outcome" (OfferOutcome) and, when the grant must be
  // accepted, "deadline" (the acceptance due moment). Subjects: the offer for offer.*, the
  // competition for commission.* and competition.*.
  "offer.formal_result",
  "offer.correction_submitted",
  "offer.correction_due",
  "commission.invited",
  "commission.meeting_scheduled",
  "commission.closed",
  "competition.results_published",
  "offer.outcome",
  "competition.reasons_requested",
  "competition.reasons_answered",
] as const;
export type NotificationType = (typeof notificationTypes)[number];

/** Message keys cannot hold dots (lib/i18n/messages.test.ts): "membership.requested" → "membership_requested". */
type Underscored<T extends string> = T extends `${infer Area}.${infer Event}` ? `${Area}_${Event}` : T;
export type NotificationMessageKey = Underscored<NotificationType>;
export const messageKeyOf = (type: NotificationType) => type.replace(".", "_") as NotificationMessageKey;

/**
 * The values an entry's message is formatted with. "reason" and "lead"
 * default to "none" (messages say "Reason: …" only when there is one, and
 * name the inviting organisation only when it was stored; "deadline", "status" and
 * "outcome" likewise), "tie" and "single"
 * to "no" and "count" to one, so entries stored before a message learnt to
 * show them still format. A "deadline" is a moment (`{deadline, date, long}`):
 * the translator needs DATE_FORMATS and the Polish time zone.
 */
export const messageValues = (subject: string, data: Record<string, string>) => ({
  reason: "none",
  tie: "no",
  lead: "none",
  single: "no",
  status: "none",
  outcome: "none",
  deadline: "none",
  ...data,
  count: Number(data.count ?? 1),
  ...(data.deadline ? { deadline: new Date(data.deadline) } : {}),
  subject,
});
