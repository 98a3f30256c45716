// A request's initiative is Markdown; a contract wants plain paragraphs. The
// text is read with the same parser the pages render with (raw HTML is text
// there too), and written back as lines: paragraphs and list items each on
// their own, list items with a dash or their number, links followed by their address.
import MarkdownIt from "markdown-it";

const md = new MarkdownIt({ html: false, linkify: true });
type Token = ReturnType<MarkdownIt["parse"]>[number];

function inlineText(children: Token[]): string {
  let text = "";
  let href: string | null = null;
  for (const token of children) {
    if (token.type === "text" || token.type === "code_inline" || token.type === "image") text += token.content;
    else if (token.type === "softbreak") text += " ";
    else if (token.type === "hardbreak") text += "\n";
    else if (token.type === "link_open") href = token.attrGet("href");
    else if (token.type === "link_close" && href) {
      // A bare address (linkify, <…>) already says itself.
      if (!text.endsWith(href.replace(/^mailto:/, ""))) text += ` (${href})`;
      href = null;
    }
  }
  return text;
}

export function markdownToPlainText(source: string): string {
  const lines: string[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let marker = "";
  for (const token of md.parse(source, {})) {
    if (token.type === "bullet_list_open") lists.push({ ordered: false, next: 1 });
    else if (token.type === "ordered_list_open")
      lists.push({ ordered: true, next: Number(token.attrGet("start") ?? 1) });
    else if (token.type === "bullet_list_close" || token.type === "ordered_list_close") lists.pop();
    else if (token.type === "list_item_open") {
      const list = lists.at(-1)!;
      marker = `${"  ".repeat(lists.length - 1)}${list.ordered ? `${list.next++}.` : "–"} `;
    } else if (token.type === "inline") {
      lines.push(marker + inlineText(token.children ?? []));
      marker = "";
    } else if (token.type === "fence" || token.type === "code_block") lines.push(token.content.replace(/\n$/, ""));
  }
  return lines.join("\n").trim();
}
