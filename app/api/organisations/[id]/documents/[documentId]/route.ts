import { downloadOrganisationDocument } from "@/lib/organisations/document-handlers";

export const dynamic = "force-dynamic";

export const GET = downloadOrganisationDocument;
