// Where an addressee's consideration of an entry may go next. Every answer is
// public and comes with a status (the same one for a further answer):
//
//   RECEIVED → UNDER_CONSIDERATION → ACCEPTED (with what is planned and by when) → IMPLEMENTED;
//   NOT_TAKEN_UP (the answer gives the reason) from RECEIVED, UNDER_CONSIDERATION or ACCEPTED;
//   MERGED into another entry from RECEIVED or UNDER_CONSIDERATION.
//
// Decisions taken here, for the office's sake and the public's:
// - accepting straight from RECEIVED is allowed: a first answer may conclude
//   the consideration, and then it says what is planned and by when;
// - IMPLEMENTED only follows ACCEPTED: what was done must have been planned
//   in public first, so an entry cannot jump to "done" (RECEIVED → IMPLEMENTED);
// - NOT_TAKEN_UP is possible until the entry is implemented, even after an
//   acceptance (plans fall through, and the public must be told why), and may
//   be reopened by taking the entry under consideration again;
// - IMPLEMENTED is final: only further answers;
// - MERGED only before a decision (an accepted entry has a public plan of its
//   own), and nothing follows it: the discussion continues on the entry it
//   went into, so not even a further answer is given on the merged one.
import type { IdeaStatus } from "@/lib/generated/prisma/enums";

export const ideaStatuses = [
  "RECEIVED",
  "UNDER_CONSIDERATION",
  "ACCEPTED",
  "IMPLEMENTED",
  "NOT_TAKEN_UP",
  "MERGED",
] as const satisfies readonly IdeaStatus[];

/** The statuses an answer may set, from each status (its own status is a further answer). */
const next: Record<IdeaStatus, readonly IdeaStatus[]> = {
  RECEIVED: ["RECEIVED", "UNDER_CONSIDERATION", "ACCEPTED", "NOT_TAKEN_UP", "MERGED"],
  UNDER_CONSIDERATION: ["UNDER_CONSIDERATION", "ACCEPTED", "NOT_TAKEN_UP", "MERGED"],
  ACCEPTED: ["ACCEPTED", "IMPLEMENTED", "NOT_TAKEN_UP"],
  IMPLEMENTED: ["IMPLEMENTED"],
  NOT_TAKEN_UP: ["NOT_TAKEN_UP", "UNDER_CONSIDERATION"],
  MERGED: [],
};

/** Whether an answer may take the entry from `from` to `to` (the same status: a further answer). */
export function mayMove(from: IdeaStatus, to: IdeaStatus): boolean {
  return next[from].includes(to);
}

/** What an answer form offers from `from`, in the order of the path. */
export function statusesAfter(from: IdeaStatus): IdeaStatus[] {
  return ideaStatuses.filter((status) => mayMove(from, status));
}

/** Whether an addressee's answer is still awaited (the entry waits for a decision). */
export function isOpen(status: IdeaStatus): boolean {
  return status === "RECEIVED" || status === "UNDER_CONSIDERATION";
}
