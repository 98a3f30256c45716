// What the moderators are shown of a held comment: its wording and, for a
// held edit of a public comment, the new wording. The fingerprint travels
// with their decision, so a rewrite after the queue was loaded is never let
// through unseen (the forum's rule: lib/forum/held-version.ts).
export { heldPostVersion as heldCommentVersion } from "@/lib/forum/held-version";
