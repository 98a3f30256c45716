// Markdown written by users (organisation descriptions; later news and forum
// posts) rendered to HTML that is safe by construction: raw HTML in the
// source is never passed through (markdown-it escapes it), link targets are
// checked by markdown-it's validator (no javascript:, vbscript:, file: or
// data: pages), images are off (they would load from anywhere), and links get
// rel="nofollow ugc noopener". Headings start at the level the page gives.
import MarkdownIt from "markdown-it";

function renderer(topHeading: number): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: true, breaks: false, typographer: false });
  md.disable(["image"]);
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

const renderers = new Map<number, MarkdownIt>();

/** HTML for `source`; `topHeading` is the level "# Heading" and "## Heading" become (3 under a page's h2). */
export function renderMarkdown(source: string, topHeading = 3): string {
  let md = renderers.get(topHeading);
  if (!md) renderers.set(topHeading, (md = renderer(topHeading)));
  return md.render(source);
}
