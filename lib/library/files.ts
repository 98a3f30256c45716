// Who may download a library version: everyone once the document is public
// (every accepted version, so earlier ones stay available); before, and for a
// version still waiting for a moderator, those who look after it and the moderators.
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { mayManage } from "@/lib/library/stewards";

export async function visibleVersion(
  actor: Actor | null,
  versionId: string,
): Promise<{ fileId: string; isPublic: boolean } | null> {
  const version = await db().libraryDocumentVersion.findUnique({
    where: { id: versionId },
    select: {
      fileId: true,
      review: true,
      document: { select: { review: true, currentVersionId: true, organisationId: true, institutionId: true } },
    },
  });
  if (!version) return null;
  const { document } = version;
  if (version.review === "ACCEPTED" && document.review === "ACCEPTED" && document.currentVersionId)
    return { fileId: version.fileId, isPublic: true };
  if (actor && (can(actor, "content.moderate") || (await mayManage(actor, document))))
    return { fileId: version.fileId, isPublic: false };
  return null;
}
