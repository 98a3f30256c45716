// An entry's description may show pictures, but only the entry's own uploads
// (re-encoded, kept by the platform), each with a description for people who
// do not see it. Anything else is refused when the entry is saved, with the
// problem named; the renderer shows only allowed pictures regardless.
import { markdownImages, renderMarkdown, type AllowedImage } from "@/lib/text/markdown";

/** The address an entry's picture is served from (and written in its Markdown). */
export const ideaImagePath = (imageId: string) => `/api/ideas/images/${imageId}`;
/** The address an entry's document is downloaded from. */
export const ideaAttachmentsPath = (ideaId: string) => `/api/ideas/entries/${ideaId}/attachments`;
export const ideaAttachmentPath = (ideaId: string, attachmentId: string) =>
  `${ideaAttachmentsPath(ideaId)}/${attachmentId}`;

export type IdeaBodyProblem = "ideaImageAltMissing" | "ideaImageForeign";

/** The first problem with the pictures of `body`, given the ids of the entry's images; null when none. */
export function ideaBodyImageProblem(body: string, imageIds: readonly string[]): IdeaBodyProblem | null {
  const own = new Set(imageIds.map(ideaImagePath));
  for (const image of markdownImages(body)) {
    if (!own.has(image.src)) return "ideaImageForeign";
    if (image.alt.trim().length < 3) return "ideaImageAltMissing";
  }
  return null;
}

/** The ids of the entry's own pictures the text shows, in order. */
export function ideaImagesShown(body: string): string[] {
  const prefix = ideaImagePath("");
  return markdownImages(body)
    .map((image) => image.src)
    .filter((src) => src.startsWith(prefix))
    .map((src) => src.slice(prefix.length));
}

/** The description as safe HTML, showing the entry's own pictures. */
export function renderIdeaBody(
  body: string,
  images: readonly { id: string; width: number; height: number }[],
  topHeading = 2,
): string {
  const allowed = new Map<string, AllowedImage>(
    images.map((image) => [ideaImagePath(image.id), { width: image.width, height: image.height }]),
  );
  return renderMarkdown(body, topHeading, allowed);
}
