import { downloadDocument } from "@/lib/competitions/documents/handlers";

export const dynamic = "force-dynamic";

export const GET = downloadDocument;
