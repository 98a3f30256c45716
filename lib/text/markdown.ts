// Markdown written by users (organisation descriptions; later news and forum
// posts) rendered to HTML that is safe by construction: raw HTML in the
// source is never passed through (markdown-it escapes it), link targets are
// checked by markdown-it's validator (no javascript:, vbscript:, file: or
// data: pages), images are off (they would load from anywhere) unless the
// caller names the pictures that may be shown (a news article's own uploads),
// and links get rel="nofollow ugc noopener". Headings start at the level the
// page gives.
import MarkdownIt from "markdown-it";

/** A picture the text may show: its address as written in the Markdown, with its size. */
export type AllowedImage = { width: number; height: number };
type RenderEnv = { images?: ReadonlyMap<string, AllowedImage> };

function renderer(topHeading: number, withImages: boolean): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: true, breaks: false, typographer: false });
  if (!withImages) md.disable(["image"]);
  // A picture not in the allowed set (or without a description) is shown as its description only.
  md.renderer.rules.image = (tokens, index, _options, env: RenderEnv) => {
    const token = tokens[index]!;
    const alt = md.utils.escapeHtml(
      token.children ? md.renderer.renderInlineAsText(token.children, _options, env) : token.content,
    );
    const src = token.attrGet("src") ?? "";
    const size = env.images?.get(src);
    if (!size || !alt.trim()) return alt;
    return `<img src="${md.utils.escapeHtml(src)}" alt="${alt}" width="${size.width}" height="${size.height}" loading="lazy" decoding="async">`;
  };
  md.renderer.rules.link_open = (tokens, index, options, _env, self) => {
    tokens[index]!.attrSet("rel", "nofollow ugc noopener");
    return self.renderToken(tokens, index, options);
  };
  // "#" and "##" both become the top level (people use either for a section), deeper ones follow.
  const shift = (tag: string) => `h${Math.min(6, Math.max(topHeading, Number(tag.slice(1)) + topHeading - 2))}`;
  md.renderer.rules.heading_open = (tokens, index, options, _env, self) => {
    tokens[index]!.tag = shift(tokens[index]!.tag);
    return self.renderToken(tokens, index, options);
  };
  md.renderer.rules.heading_close = md.renderer.rules.heading_open;
  return md;
}

const renderers = new Map<string, MarkdownIt>();

function rendererFor(topHeading: number, withImages: boolean): MarkdownIt {
  const key = `${topHeading}:${withImages}`;
  let md = renderers.get(key);
  if (!md) renderers.set(key, (md = renderer(topHeading, withImages)));
  return md;
}

/**
 * HTML for `source`; `topHeading` is the level "# Heading" and "## Heading"
 * become (3 under a page's h2). `images`, when given, are the only picture
 * addresses shown; any other picture becomes its description.
 */
export function renderMarkdown(source: string, topHeading = 3, images?: ReadonlyMap<string, AllowedImage>): string {
  return rendererFor(topHeading, images !== undefined).render(source, { images } satisfies RenderEnv);
}

/** The pictures a text shows, as written: address and description (the checks of lib/news/body.ts). */
export function markdownImages(source: string): { src: string; alt: string }[] {
  const md = rendererFor(3, true);
  const found: { src: string; alt: string }[] = [];
  const visit = (tokens: ReturnType<MarkdownIt["parse"]>) => {
    for (const token of tokens) {
      if (token.type === "image") found.push({ src: token.attrGet("src") ?? "", alt: token.content.trim() });
      if (token.children) visit(token.children);
    }
  };
  visit(md.parse(source, {}));
  return found;
}
