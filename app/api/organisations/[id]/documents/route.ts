import { uploadOrganisationDocument } from "@/lib/organisations/document-handlers";

export const dynamic = "force-dynamic";

export const POST = uploadOrganisationDocument;
