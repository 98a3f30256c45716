// The moderators' guard for domain functions (forum, news, library): their
// actions already ask "content.moderate"; the functions ask again, so no
// other caller can skip it.
import { can, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

export function requireModerator(actor: Actor): void {
  if (!can(actor, "content.moderate")) throw new AppError("FORBIDDEN", "moderators only");
}
