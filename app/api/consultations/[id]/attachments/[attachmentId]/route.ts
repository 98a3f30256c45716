import { downloadAttachment } from "@/lib/consultations/attachment-handlers";

export const dynamic = "force-dynamic";

export const GET = downloadAttachment;
