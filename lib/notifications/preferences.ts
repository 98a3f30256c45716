// How each type of notification reaches people by e-mail. Defaults are quiet:
// what a person waits for (a decision on their request, their organisation's
// verification) comes at once; what others ask of them comes in a daily
// digest; platform administrators, who hear of every office's requests, get
// those daily too. Security notices always come at once and cannot be
// switched off.
import type { EmailChannel, PlatformRole } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { notificationTypes, type NotificationType } from "@/lib/notifications/types";

const fixedTypes: readonly NotificationType[] = [
  "security.password_changed",
  "security.two_factor_changed",
  "security.new_sign_in",
];
export const configurableTypes = notificationTypes.filter((type) => !fixedTypes.includes(type));
export const isConfigurable = (type: string): type is NotificationType =>
  (configurableTypes as readonly string[]).includes(type);

export function defaultChannel(type: NotificationType, platformRole: PlatformRole): EmailChannel {
  switch (type) {
    case "membership.approved":
    case "membership.refused":
    case "organisation.verified":
    // Its verification lapsed after a change to the record: it cannot act in elections until checked again.
    case "organisation.verification_withdrawn":
    case "security.password_changed":
    case "security.two_factor_changed":
    case "security.new_sign_in":
    // The answer to one's own remark.
    case "remark.answered":
    // A consultation one follows changed its deadline.
    case "consultation.extended":
    case "consultation.report_published":
    // Asked of oneself or one's organisation with a deadline, or the answer to one's nomination.
    case "election.consent_requested":
    case "election.recommendation_requested":
    case "election.nomination_decided":
    // The organisation's ballot: when it can be cast, and the last day.
    case "election.voting_opened":
    case "election.voting_closing_soon":
    case "election.results_published":
    // Someone named you (or your organisation) in a post.
    case "forum.mention":
    // A moderator hid or restored one's post, with the reason.
    case "forum.post_moderated":
    case "forum.suspended":
    // A moderator approved, rejected or took down one's article.
    case "news.moderated":
    // A moderator approved, rejected or hid one's entry on the ideas board.
    case "idea.moderated":
    // A moderator accepted or rejected the document one proposed.
    case "library.decided":
    // Asked to be named as a document's co-developer, or the answer to one's invitation.
    case "library.codeveloper":
    // Someone named you (or your organisation) in an idea's discussion, or a moderator decided on your comment.
    case "idea.comment_mention":
    case "idea.comment_moderated":
    // The office's answer on one's own entry or on an entry one supports.
    case "idea.answered":
    // A moderator hid or restored one's partner request, or it expired and waits to be renewed or closed.
    case "partnership.request_moderated":
    case "partnership.request_expired":
    // The author's decision on one's interest in a partner request, the request closed, a partnership proposed or formed.
    case "partnership.interest_decided":
    case "partnership.request_closed_to_others":
    case "partnership.proposed":
    case "partnership.formed":
    // A competition one follows moved its deadline, or the deadline nears while one's organisation has a draft.
    case "competition.extended":
    case "competition.deadline_soon":
    // An answer may change an offer being written against a deadline.
    case "competition.question_answered":
    // One's organisation's own offers: added as a co-applicant, submitted, withdrawn, the confirmation decided.
    case "offer.co_applicant_added":
    // A co-applicant accepted, declined or withdrew: the lead's drafters must know before the deadline.
    case "offer.co_applicant_answered":
    // The lead took one's organisation off its joint offer: what it had filled in there is gone.
    case "offer.co_applicant_removed":
    case "offer.submitted":
    case "offer.withdrawn":
    case "offer.confirmation_decided":
    case "small_grant.decided":
    // Issue 26: the formal result (a correction has a deadline), the correction's reminder, the outcome
    // (it starts the acceptance clock), the commission's invitation and meetings, the protocol ready for
    // the decision, and the answer to one's own reasons request.
    case "offer.formal_result":
    case "offer.correction_due":
    case "offer.outcome":
    case "commission.invited":
    case "commission.meeting_scheduled":
    case "commission.closed":
    case "competition.reasons_answered":
      return "IMMEDIATE";
    // A moderator locked, pinned, moved, split or merged one's thread.
    case "forum.thread_moderated":
      return "DAILY";
    case "membership.requested":
      return platformRole === "ADMINISTRATOR" ? "DAILY" : "IMMEDIATE";
    case "organisation.invitation_accepted":
    // Only people who follow the topic hear of new organisations at all.
    case "organisation.registered":
    // New consultations in followed spheres, territories or institutions.
    case "consultation.opened":
    case "consultation.closing_soon":
    case "election.nominations_opened":
    // Replies in threads one wrote in: a digest keeps a busy thread calm.
    case "forum.reply":
    case "forum.new_thread":
    // News in followed spheres, territories, institutions and organisations.
    case "news.published":
    // Remarks arriving in the office's consultations: a digest, unless the official asks for each at once.
    case "consultation.remark_submitted":
    // Articles waiting for the moderators.
    case "news.submitted":
    // Entries on the ideas board (and changes to public ones) waiting for the moderators.
    case "idea.submitted":
    // Partner requests, or changes to them, the blocked-word screen held for the moderators.
    case "partnership.request_held":
    // Documents organisations propose for the library.
    case "library.proposed":
    // New entries on the ideas board in followed topics, and those addressed to one's office.
    case "idea.published":
    // The office's entries whose answer is coming due or overdue: in the officials' digest.
    case "idea.answer_due":
    case "idea.answer_overdue":
    // Interests in one's partner requests: grouped per request in the digest, not one e-mail each.
    case "partnership.interest_received":
    // New competitions in followed topics or fitting one's organisation, and those one follows opening.
    case "competition.published":
    case "competition.opened":
    // Questions and commission nominees arriving in the office's competitions: the officials' digest.
    case "competition.question_asked":
    case "competition.nomination_received":
    // Corrections arriving and reasons requests to answer (no statutory answer deadline): the officials' digest.
    case "offer.correction_submitted":
    case "competition.reasons_requested":
    // Results of followed competitions, like their announcements.
    case "competition.results_published":
    // Small-grant offers arriving at the office, published for remarks in followed topics, and remarks on them.
    case "small_grant.received":
    case "small_grant.published":
    case "small_grant.remark_submitted":
      return "DAILY";
    // The statutory publish-by day of a small-grant offer nears: at once, a digest might come too late.
    case "small_grant.publish_due":
      return "IMMEDIATE";
    // New partner requests that fit one's organisation: only for those who opt in.
    case "partnership.request_fits":
      return "OFF";
  }
}

/** The channel of every configurable type for this person: their choice, or the default. */
export async function preferencesOf(userId: string, platformRole: PlatformRole) {
  const chosen = await db().notificationPreference.findMany({
    where: { userId },
    select: { type: true, channel: true },
  });
  return configurableTypes.map((type) => ({
    type,
    channel: chosen.find((p) => p.type === type)?.channel ?? defaultChannel(type, platformRole),
    chosen: chosen.some((p) => p.type === type),
  }));
}

export async function savePreferences(
  userId: string,
  preferences: { type: NotificationType; channel: EmailChannel }[],
): Promise<void> {
  await db().$transaction(
    preferences
      .filter((p) => isConfigurable(p.type))
      .map((p) =>
        db().notificationPreference.upsert({
          where: { userId_type: { userId, type: p.type } },
          create: { userId, type: p.type, channel: p.channel },
          update: { channel: p.channel },
        }),
      ),
  );
}

export { fixedTypes };
