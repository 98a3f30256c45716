import { uploadVersion } from "@/lib/library/version-handlers";

export const dynamic = "force-dynamic";

/** POST /api/library/{id}/versions: the document's next version (file, date, change note); it becomes the current one. */
export const POST = uploadVersion;
