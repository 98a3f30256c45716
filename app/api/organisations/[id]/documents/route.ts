import { uploadOrganisationDocument } from "@/lib/organisations/document-handlers";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Context): Promise<Response> {
  return uploadOrganisationDocument(request, (await params).id);
}
