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
  "joinRequests",
  "invitations",
  "remarksToAnswer",
  "reportsToPublish",
  "ideasToAnswer",
  "officialRequests",
] as const;
export type MatterKind = (typeof matterKinds)[number];

/** What the home page's strip is told: how many items of each kind wait, nothing else; a visitor only that. */
export type MattersSummary =
  { signedIn: false } | { signedIn: true; total: number; counts: Partial<Record<MatterKind, number>> };
