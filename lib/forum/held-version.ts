// What the moderators are shown of a held post: its wording and, for a held
// edit of a public post, the new wording. Its fingerprint travels with their
// decision (lib/moderation/shown-version.ts), so an author's rewrite after
// the queue was loaded is never let through unseen.
import { shownVersion } from "@/lib/moderation/shown-version";

export const heldPostVersion = (post: { body: string; pendingBody: string | null }) =>
  shownVersion([post.body, post.pendingBody]);
