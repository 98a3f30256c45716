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

/**
 * What an item asks of the person: to do something (answer, vote, decide,
 * submit, finish their remarks before the consultation closes, fix what a
 * moderator returned), to read something new, or nothing yet (their
 * requests and writing waiting on someone else). The home page's strip
 * counts the first two apart (UX review F-W2: answers to read and moderation
 * waits were counted as matters waiting for the person); My matters lists
 * all three.
 */
export type MatterNeed = "toDo" | "toRead" | "inProgress";

const TO_READ: ReadonlySet<MatterKind> = new Set(["answersReceived", "watchedThreads"]);
const IN_PROGRESS: ReadonlySet<MatterKind> = new Set(["ownRequests", "articles", "documents", "invitations"]);

export function matterNeed(kind: MatterKind, item: { returned?: boolean }): MatterNeed {
  if (TO_READ.has(kind)) return "toRead";
  // A moderator's return asks for a fix; what still waits for the moderator asks nothing.
  if (IN_PROGRESS.has(kind)) return item.returned ? "toDo" : "inProgress";
  return "toDo";
}

/**
 * What the home page's strip is told: how many items ask for the person's
 * action, by kind, and how many are news to read; nothing else (a visitor
 * only that they are not signed in).
 */
export type MattersSummary =
  { signedIn: false } | { signedIn: true; toDo: number; toRead: number; counts: Partial<Record<MatterKind, number>> };
