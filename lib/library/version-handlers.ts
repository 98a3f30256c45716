// Route handlers of library versions (route handlers, since server actions
// cap bodies at 1 MB):
//   POST /api/library/[id]/versions        multipart: file, issuedOn (YYYY-MM-DD), changeNote
//   GET  /api/library/versions/[versionId] the file, as an attachment
import "server-only";
import { z } from "zod";
import { fileResponse, UploadError } from "@/lib/files/stored-files";
import { bareRefusal, routeHandler } from "@/lib/http/route-handler";
import { refusal } from "@/lib/http/upload";
import { visibleVersion } from "@/lib/library/files";
import { addVersion, MAX_VERSION_BYTES } from "@/lib/library/mutations";
import { versionFieldsSchema } from "@/lib/library/schemas";
import { recordId } from "@/lib/validation/record-id";

// "library.write" is everyone signed in; for which document is lib/library's rule (lib/library/stewards.ts).
export const uploadVersion = routeHandler(
  {
    name: "library.versions.upload",
    access: { permission: "library.write" },
    params: z.object({ id: recordId }),
    upload: { maxFileBytes: MAX_VERSION_BYTES },
    writes: true,
  },
  async ({ params, actor, meta, upload }) => {
    const fields = versionFieldsSchema.safeParse({
      issuedOn: upload.form.get("issuedOn") ?? "",
      changeNote: upload.form.get("changeNote") ?? "",
    });
    if (!fields.success) {
      const issue = fields.error.issues[0]!;
      return Response.json(
        { error: { code: "INVALID", fields: { [String(issue.path[0])]: issue.message } } },
        { status: 400 },
      );
    }
    try {
      const version = await addVersion(
        actor,
        params.id,
        { bytes: new Uint8Array(await upload.file.arrayBuffer()), name: upload.file.name },
        fields.data,
        meta,
      );
      return Response.json({ saved: true, ...version }, { status: 201 });
    } catch (error) {
      if (error instanceof UploadError) return refusal(error.failure === "TOO_LARGE" ? 413 : 400, error.failure);
      throw error;
    }
  },
);

export const downloadVersion = routeHandler(
  {
    name: "library.versions.download",
    access: { permission: "files.download" },
    params: z.object({ versionId: recordId }),
    refusal: bareRefusal,
  },
  async ({ request, params, actor }) => {
    const visible = await visibleVersion(actor, params.versionId);
    if (!visible) return new Response(null, { status: 404 });
    return fileResponse(request, visible.fileId, visible.isPublic ? "public, max-age=3600" : "private, no-store");
  },
);
