import { deleteOrganisationDocument, downloadOrganisationDocument } from "@/lib/organisations/document-handlers";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; documentId: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id, documentId } = await params;
  return downloadOrganisationDocument(request, id, documentId);
}

export async function DELETE(_request: Request, { params }: Context): Promise<Response> {
  const { id, documentId } = await params;
  return deleteOrganisationDocument(id, documentId);
}
