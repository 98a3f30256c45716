// The upload of a spreadsheet of organisations (10 MB at most).
import "server-only";
import { routeHandler } from "@/lib/http/route-handler";
import { refusal } from "@/lib/http/upload";
import { log } from "@/lib/log";
import { MAX_UPLOAD_BYTES } from "@/lib/organisations/bulk-import/limits";
import { SpreadsheetError } from "@/lib/organisations/bulk-import/parse";
import { createImport } from "@/lib/organisations/bulk-import/service";

export const handleImportUpload = routeHandler(
  {
    name: "organisations.import.upload",
    access: { permission: "organisations.import" },
    upload: { maxFileBytes: MAX_UPLOAD_BYTES },
  },
  async ({ actor, upload }) => {
    try {
      const id = await createImport({
        actorId: actor.id,
        fileName: upload.file.name || "import",
        bytes: new Uint8Array(await upload.file.arrayBuffer()),
      });
      return Response.json({ id }, { status: 201 });
    } catch (error) {
      if (error instanceof SpreadsheetError) return refusal(error.failure === "TOO_LARGE" ? 413 : 400, error.failure);
      log.error("organisation import upload failed", { error });
      return refusal(500, "INTERNAL");
    }
  },
);
