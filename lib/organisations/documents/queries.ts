// Reading an organisation's documents: the list on its profile, and the
// stored file behind one for download.
import "server-only";
import { db } from "@/lib/db/client";
import type { OrganisationDocumentKind } from "@/lib/generated/prisma/enums";

export type OrganisationDocumentView = {
  id: string;
  kind: OrganisationDocumentKind;
  title: string;
  year: number | null;
  createdAt: Date;
  file: { kind: string; size: number; originalName: string };
};

const KIND_ORDER: Record<OrganisationDocumentKind, number> = {
  STATUTE: 0,
  ANNUAL_REPORT: 1,
  FINANCIAL_STATEMENT: 2,
  OTHER: 3,
};

/** The statute first, then reports newest year first. */
export async function listOrganisationDocuments(organisationId: string): Promise<OrganisationDocumentView[]> {
  const documents = await db().organisationDocument.findMany({
    where: { organisationId },
    select: {
      id: true,
      kind: true,
      title: true,
      year: true,
      createdAt: true,
      file: { select: { kind: true, size: true, originalName: true } },
    },
    orderBy: [{ year: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
  });
  return documents.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/** The stored file behind one of the organisation's documents, or null. */
export async function organisationDocumentFileId(organisationId: string, documentId: string): Promise<string | null> {
  const document = await db().organisationDocument.findFirst({
    where: { id: documentId, organisationId },
    select: { fileId: true },
  });
  return document?.fileId ?? null;
}
