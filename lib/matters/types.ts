// What "My matters" and the home page's strip share, safe for the browser.

export const matterKinds = [
  "remarksToEdit",
  "answersReceived",
  "consents",
  "ownRequests",
  "watchedThreads",
  "articles",
  "documents",
  "ballots",
  "recommendations",
  "offerInvitations",
  "joinRequests",
  "invitations",
  "offerDrafts",
  "confirmationsMissing",
  "remarksToAnswer",
  "reportsToPublish",
  "ideasToAnswer",
  "questionsToAnswer",
  "confirmationsToDecide",
  "smallGrantRemarksToAnswer",
  "smallGrantsToDecide",
  "officialRequests",
] as const;
export type MatterKind = (typeof matterKinds)[number];

/**
 * The kinds by urgency, for the home page's strip, which names only the first
 * few: those with a deadline first (a ballot closes; a remark can be edited,
 * a nomination consented to or recommended, an invitation to a joint offer
 * accepted only until a date; an offer is submitted, and its confirmation
 * sent, only until a date, weeks away rather than days; an office's answers
 * are due), then what waits on someone else, then news.
 */
export const matterKindsByUrgency = [
  "ballots",
  "remarksToEdit",
  "consents",
  "recommendations",
  "offerInvitations",
  "offerDrafts",
  "confirmationsMissing",
  "remarksToAnswer",
  "ideasToAnswer",
  "questionsToAnswer",
  "smallGrantRemarksToAnswer",
  "smallGrantsToDecide",
  "confirmationsToDecide",
  "reportsToPublish",
  "answersReceived",
  "joinRequests",
  "officialRequests",
  "invitations",
  "ownRequests",
  "watchedThreads",
  "articles",
  "documents",
] as const satisfies readonly MatterKind[];

/** What the home page's strip is told: how many items of each kind wait, nothing else; a visitor only that. */
export type MattersSummary =
  { signedIn: false } | { signedIn: true; total: number; counts: Partial<Record<MatterKind, number>> };
