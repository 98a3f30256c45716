// Route handlers of the ideas board (route handlers, since server actions
// cap bodies at 1 MB; removals are server actions in lib/ideas/actions.ts):
//   POST /api/ideas/images                                  multipart: file, alt (before the entry is sent)
//   GET  /api/ideas/images/[id]
//   POST /api/ideas/entries/[id]/attachments                multipart: file, title
//   GET  /api/ideas/entries/[id]/attachments/[attachmentId]
//   GET  /api/ideas/similar?title=…                         public entries like a title being typed (JSON)
import "server-only";
import { z } from "zod";
import { ImageError } from "@/lib/files/images";
import { fileResponse, UploadError } from "@/lib/files/stored-files";
import { bareRefusal, routeHandler } from "@/lib/http/route-handler";
import { refusal } from "@/lib/http/upload";
import {
  addIdeaAttachment,
  ideaAttachmentTitleSchema,
  ideaImageAltSchema,
  MAX_IDEA_ATTACHMENT_BYTES,
  MAX_IDEA_IMAGE_BYTES,
  uploadIdeaImage,
  visibleIdeaAttachment,
  visibleIdeaImage,
} from "@/lib/ideas/files";
import { similarIdeas } from "@/lib/ideas/queries";
import { similarIdeasSchema } from "@/lib/ideas/schemas";
import { FieldRuleError } from "@/lib/rule-errors/field-rules";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { recordId } from "@/lib/validation/record-id";
import { admitPictureUpload } from "@/lib/forum/image-handlers";

const invalid = (field: string, message: string) =>
  Response.json({ error: { code: "INVALID", fields: { [field]: message } } }, { status: 400 });

/** Turns the domain's refusals about a file into answers; anything else is thrown on. */
function answerFor(error: unknown): Response {
  if (error instanceof ImageError || error instanceof UploadError) {
    if (error.failure === "TOO_LARGE") return refusal(413, "TOO_LARGE");
    return refusal(400, error instanceof ImageError ? "NOT_AN_IMAGE" : error.failure);
  }
  if (error instanceof FieldRuleError) return invalid(error.problems[0]!.field, error.problems[0]!.message);
  if (error instanceof RuleRefusal) return refusal(409, "CONFLICT");
  throw error;
}

export const uploadIdeaImageRoute = routeHandler(
  {
    name: "ideas.images.upload",
    access: { permission: "ideas.write" },
    // The forum's admission: a suspended writer is refused, and pictures count against the rate limits.
    admit: admitPictureUpload,
    upload: { maxFileBytes: MAX_IDEA_IMAGE_BYTES },
  },
  async ({ actor, upload }) => {
    const alt = ideaImageAltSchema.safeParse(upload.form.get("alt") ?? "");
    if (!alt.success) return invalid("alt", alt.error.issues[0]!.message);
    try {
      const image = await uploadIdeaImage(actor, {
        bytes: new Uint8Array(await upload.file.arrayBuffer()),
        alt: alt.data,
      });
      return Response.json({ saved: true, ...image, alt: alt.data }, { status: 201 });
    } catch (error) {
      return answerFor(error);
    }
  },
);

export const downloadIdeaImage = routeHandler(
  {
    name: "ideas.images.download",
    access: { permission: "files.download" },
    params: z.object({ id: recordId }),
    refusal: bareRefusal,
  },
  async ({ request, params, actor }) => {
    const visible = await visibleIdeaImage(actor, params.id);
    if (!visible) return new Response(null, { status: 404 });
    return fileResponse(request, visible.fileId, visible.isPublic ? "public, max-age=300" : "private, no-store");
  },
);

export const uploadIdeaAttachment = routeHandler(
  {
    name: "ideas.attachments.upload",
    access: { permission: "ideas.write" },
    params: z.object({ id: recordId }),
    upload: { maxFileBytes: MAX_IDEA_ATTACHMENT_BYTES },
    writes: true,
  },
  async ({ params, actor, upload }) => {
    const title = ideaAttachmentTitleSchema.safeParse(upload.form.get("title") ?? "");
    if (!title.success) return invalid("title", title.error.issues[0]!.message);
    try {
      const attachment = await addIdeaAttachment(actor, params.id, title.data, {
        bytes: new Uint8Array(await upload.file.arrayBuffer()),
        name: upload.file.name,
      });
      return Response.json({ saved: true, ...attachment }, { status: 201 });
    } catch (error) {
      return answerFor(error);
    }
  },
);

export const downloadIdeaAttachment = routeHandler(
  {
    name: "ideas.attachments.download",
    access: { permission: "files.download" },
    params: z.object({ id: recordId, attachmentId: recordId }),
    refusal: bareRefusal,
  },
  async ({ request, params, actor }) => {
    const visible = await visibleIdeaAttachment(actor, params.id, params.attachmentId);
    if (!visible) return new Response(null, { status: 404 });
    return fileResponse(request, visible.fileId, visible.isPublic ? "public, max-age=300" : "private, no-store");
  },
);

/** Public entries like the title being typed: only public data, so public and briefly cached. */
export const similarIdeasRoute = routeHandler(
  { name: "ideas.similar", access: { public: true }, query: similarIdeasSchema },
  async ({ query }) => {
    const found = await similarIdeas(query.title);
    return Response.json(
      {
        ideas: found.map((idea) => ({
          slug: idea.slug,
          title: idea.title,
          kind: idea.kind,
          status: idea.status,
          organisations: idea.organisationSupportCount,
          people: idea.personSupportCount,
        })),
      },
      { headers: { "Cache-Control": "public, max-age=60" } },
    );
  },
);
