import { downloadAttachment } from "@/lib/news/file-handlers";

export const dynamic = "force-dynamic";

/** GET /api/news/{id}/attachments/{attachmentId}: the document, for those who may read the article. */
export const GET = downloadAttachment;
