// Who looks after library documents (lib/auth/authors.ts with the library's
// permissions): an institution's officials, an organisation's owners and
// editors (who propose), the platform's administrators.
import type { Actor } from "@/lib/auth/permissions";
import {
  actsAsAnyAuthor,
  authorOptions,
  mayActAsAuthor,
  type AuthorChoice,
  type AuthorOption,
  type AuthorPermissions,
} from "@/lib/auth/authors";

export const LIBRARY_STEWARDS: AuthorPermissions = {
  organisation: "library.proposeForOrganisation",
  institution: "library.manageForInstitution",
  platform: "library.manageForPlatform",
};

export const managesLibrary = (actor: Actor | null) => actsAsAnyAuthor(actor, LIBRARY_STEWARDS);
export const stewardOptions = (actor: Actor): Promise<AuthorOption[]> => authorOptions(actor, LIBRARY_STEWARDS);
export const mayManage = (actor: Actor, steward: AuthorChoice) => mayActAsAuthor(actor, steward, LIBRARY_STEWARDS);
