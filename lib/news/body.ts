// An article's text may show pictures, but only the article's own uploads
// (re-encoded, kept by the platform), each with a description for people who
// do not see it. Anything else is refused when the article is saved, with the
// problem named; the renderer shows only allowed pictures regardless.
import { markdownImages, renderMarkdown, type AllowedImage } from "@/lib/text/markdown";

/** The address an article's picture is served from (and written in its Markdown). */
export const newsImagePath = (imageId: string) => `/api/news/images/${imageId}`;

export type BodyProblem = "newsImageAltMissing" | "newsImageForeign";

/** The first problem with the pictures of `body`, given the ids of the article's images; null when none. */
export function bodyImageProblem(body: string, articleImageIds: readonly string[]): BodyProblem | null {
  const own = new Set(articleImageIds.map(newsImagePath));
  for (const image of markdownImages(body)) {
    if (!own.has(image.src)) return "newsImageForeign";
    if (image.alt.length < 3) return "newsImageAltMissing";
  }
  return null;
}

/** The article's text as safe HTML, showing its own pictures. */
export function renderArticleBody(
  body: string,
  images: readonly { id: string; width: number; height: number }[],
  topHeading = 2,
): string {
  const allowed = new Map<string, AllowedImage>(
    images.map((image) => [newsImagePath(image.id), { width: image.width, height: image.height }]),
  );
  return renderMarkdown(body, topHeading, allowed);
}
