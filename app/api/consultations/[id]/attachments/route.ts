import { uploadAttachment } from "@/lib/consultations/attachment-handlers";

export const dynamic = "force-dynamic";

export const POST = uploadAttachment;
