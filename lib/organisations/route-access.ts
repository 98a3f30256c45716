// Who may change an organisation's files through its upload routes (logo,
// documents): the organisation.edit permission in that organisation.
import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { permissionRefusal, refusal } from "@/lib/http/upload";
import { recordId } from "@/lib/validation/record-id";

const idSchema = recordId;

/** Ids of our records (cuid), checked before any query. */
export const isRecordId = (id: string): boolean => idSchema.safeParse(id).success;

/** The acting user, or the refusal (404 for an unknown organisation, 401, 403). */
export async function authoriseOrganisationEdit(id: string): Promise<{ userId: string } | Response> {
  if (!isRecordId(id) || !(await db().organisation.findUnique({ where: { id }, select: { id: true } })))
    return refusal(404, "NOT_FOUND");
  const user = await getCurrentUser();
  const refused = permissionRefusal(user, "organisation.edit", { organisationId: id });
  if (refused || !user) return refused ?? refusal(401, "UNAUTHENTICATED");
  return { userId: user.id };
}
