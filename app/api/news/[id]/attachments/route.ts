import { uploadAttachment } from "@/lib/news/file-handlers";

export const dynamic = "force-dynamic";

/** POST /api/news/{id}/attachments: a document (with its title) for the article. */
export const POST = uploadAttachment;
