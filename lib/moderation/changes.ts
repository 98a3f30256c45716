// The one rule for what a change does to moderated content (news, library,
// forum): who made it, whether what it changes is public, and how the
// platform moderates that kind of content. Each area keeps its own records;
// this table alone decides whether a change is shown at once, shown and
// looked at afterwards, or held for a moderator while the last accepted state
// stays public.

/**
 * Who answers for the content: institutions and the platform publish on their
 * own responsibility; organisations and persons (forum members) are moderated.
 */
export type ChangedBy = "institution" | "platform" | "organisation" | "person";

/** PRE: a moderator accepts before the public sees it; POST: public at once, looked at afterwards. */
export type ModerationMode = "PRE" | "POST";

/**
 * Where the content stands before the change: not public (a draft, or waiting
 * for or refused by a moderator: the change simply becomes part of what they
 * will see), or public (accepted, or published under post-moderation).
 */
export type ContentState = "unpublished" | "public";

export type ChangeOutcome =
  /** Saved as it is: public at once if the content is, private otherwise. */
  | "apply"
  /** Public at once; the content goes back on the moderators' list to be looked at. */
  | "applyThenReview"
  /** Waits for a moderator; until accepted the public keeps seeing the last accepted state. */
  | "holdForReview";

export type Change = {
  by: ChangedBy;
  mode: ModerationMode;
  state: ContentState;
  /** An automatic screen (the forum's blocked words) found something a moderator must see first. */
  flagged?: boolean;
};

export function changeOutcome({ by, mode, state, flagged = false }: Change): ChangeOutcome {
  if (flagged) return "holdForReview";
  if (by === "institution" || by === "platform") return "apply";
  if (state === "unpublished") return "apply";
  return mode === "PRE" ? "holdForReview" : "applyThenReview";
}

/** Who answers for a record with an organisation, an institution, or neither (the platform). */
export function changedByStewardOf(record: { organisationId: string | null; institutionId: string | null }): ChangedBy {
  if (record.organisationId) return "organisation";
  return record.institutionId ? "institution" : "platform";
}
