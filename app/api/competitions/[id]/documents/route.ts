import { uploadDocument } from "@/lib/competitions/documents/handlers";

export const dynamic = "force-dynamic";

export const POST = uploadDocument;
