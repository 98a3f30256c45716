// Who may change an organisation's files through its upload routes (logo,
// documents): the organisation.edit permission in that organisation, found
// from the path's id.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Scope } from "@/lib/auth/permissions";
import { recordId } from "@/lib/validation/record-id";

export const organisationParams = z.object({ id: recordId });

/** The organisation the path names, or null when there is none (NOT_FOUND). */
export async function organisationScope({ id }: { id: string }): Promise<Scope | null> {
  const organisation = await db().organisation.findUnique({ where: { id }, select: { id: true } });
  return organisation ? { organisationId: organisation.id } : null;
}

export const organisationEdit = { permission: "organisation.edit", scopeOf: organisationScope } as const;
