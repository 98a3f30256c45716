// Mentions in forum posts. The composer's picker writes a token the parser
// cannot mistake: @[Name](user:<id>) or @[Name](org:<id>). The ids decide
// whom the post notifies (checked on the server: only people who can read the
// category); the name is only what the post shows.
import { RECORD_ID_SOURCE } from "@/lib/validation/record-id";

const TOKEN = new RegExp(String.raw`@\[([^\]\n]{1,120})\]\((user|org):(${RECORD_ID_SOURCE})\)`, "g");

export type Mention = { kind: "user" | "org"; id: string; name: string };

/** The mentions in a post, each person or organisation once, in order of appearance. */
export function parseMentions(body: string): Mention[] {
  const seen = new Set<string>();
  const mentions: Mention[] = [];
  for (const match of body.matchAll(TOKEN)) {
    const mention = { kind: match[2] as "user" | "org", id: match[3]!, name: match[1]!.trim() };
    const key = `${mention.kind}:${mention.id}`;
    if (!mention.name || seen.has(key)) continue;
    seen.add(key);
    mentions.push(mention);
  }
  return mentions;
}

/** The token the picker inserts; brackets in a name would end it early, so they become parentheses. */
export function mentionToken(mention: Mention): string {
  const name = mention.name.replace(/\[/g, "(").replace(/\]/g, ")").replace(/\s+/g, " ").trim().slice(0, 120);
  return `@[${name}](${mention.kind}:${mention.id})`;
}

/** Markdown with each token shown as a bold "@Name" (Markdown's special characters in the name escaped). */
export function mentionsAsMarkdown(body: string): string {
  return body.replace(
    TOKEN,
    (_token, name: string) => `**@${name.trim().replace(/([\\`*_{}[\]()#+\-.!<>|~])/g, "\\$1")}**`,
  );
}

/** Plain "@Name" for each token: quoting a post must not mention its people again. */
export function mentionsAsText(body: string): string {
  return body.replace(TOKEN, (_token, name: string) => `@${name.trim()}`);
}

// "@" typed at the start of the text or after a space, then a name's first
// letters (up to two words, as people's names have): what the writer is
// looking for. An e-mail address ("anna@example.org") is not a mention.
const TYPED = /(?:^|\s)@(\p{L}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’-]*)?)$/u;

/** The mention being typed just before the cursor: where its "@" is, and the name so far; null when none is. */
export function typedMentionAt(text: string, caret: number): { start: number; query: string } | null {
  const match = TYPED.exec(text.slice(0, caret));
  if (!match) return null;
  const query = match[1]!;
  return { start: caret - query.length - 1, query };
}

/** The text with "@name" (from `start` to `caret`) replaced by the mention's token and a space, and where the cursor goes. */
export function replaceTypedMention(
  text: string,
  start: number,
  caret: number,
  mention: Mention,
): { text: string; caret: number } {
  const before = `${text.slice(0, start)}${mentionToken(mention)} `;
  const after = text.slice(caret).replace(/^ /, "");
  return { text: before + after, caret: before.length };
}
