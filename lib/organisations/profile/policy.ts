// Who sees which contact of an organisation: each contact and contact person
// is shown to everybody, to signed-in people, or to the organisation's members.
import type { ContactVisibility } from "@/lib/generated/prisma/enums";

export type Viewer = "public" | "signedIn" | "member";

/** Whether someone who is `viewer` may see a detail shown to `visibility`. */
export function mayView(visibility: ContactVisibility, viewer: Viewer): boolean {
  if (visibility === "PUBLIC") return true;
  if (visibility === "SIGNED_IN") return viewer !== "public";
  return viewer === "member";
}
