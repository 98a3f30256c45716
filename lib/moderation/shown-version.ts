// A moderator's decision applies to what they were shown, not to whatever
// waits when they click: the queue sends this fingerprint of the content it
// showed with the decision, and the decision, under the content's row lock,
// refuses when the content's fingerprint is no longer the same (its writer
// changed it in between). A fingerprint of the content itself, rather than a
// timestamp, also notices changes that touch no timestamp (a file removed).
import { createHash } from "node:crypto";

export function shownVersion(shown: unknown): string {
  return createHash("sha256").update(JSON.stringify(shown)).digest("hex").slice(0, 32);
}
