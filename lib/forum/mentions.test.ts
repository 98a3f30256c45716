import fc from "fast-check";
import {
  mentionsAsMarkdown,
  mentionToken,
  parseMentions,
  replaceTypedMention,
  typedMentionAt,
} from "@/lib/forum/mentions";
import { renderMarkdown } from "@/lib/text/markdown";

const id = "cmabcdefghijklmnopqrstu01";
const other = "cmzyxwvutsrqponmlkjihgf02";

describe("forum mentions", () => {
  it("finds people and organisations once each, in order, and nothing in look-alikes", () => {
    const body = `Pytanie do @[Anna Nowak](user:${id}) i @[Fundacja „Forum”](org:${other}). Jeszcze raz @[Anna](user:${id}).\nE-mail anna@example.org, @[bez id](user:x), @Anna, [link](user:${id}).`;
    expect(parseMentions(body)).toEqual([
      { kind: "user", id, name: "Anna Nowak" },
      { kind: "org", id: other, name: "Fundacja „Forum”" },
    ]);
  });

  it("round-trips what the picker inserts, whatever the name holds", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 80 }).filter((name) => name.trim().length > 0 && !name.includes("\n")),
        fc.constantFrom("user" as const, "org" as const),
        (name, kind) => {
          const [parsed] = parseMentions(`tekst ${mentionToken({ kind, id, name })} tekst`);
          expect(parsed).toMatchObject({ kind, id });
          expect(parsed!.name).toBe(name.replace(/\[/g, "(").replace(/\]/g, ")").replace(/\s+/g, " ").trim());
        },
      ),
    );
  });

  it("shows a mention as a bold @name that no Markdown or markup in the name can break", () => {
    const token = mentionToken({ kind: "user", id, name: "*Ewa* <b>x</b> [a](b)" });
    const html = renderMarkdown(mentionsAsMarkdown(`Cześć ${token}!`));
    expect(html).toBe("<p>Cześć <strong>@*Ewa* &lt;b&gt;x&lt;/b&gt; (a)(b)</strong>!</p>\n");
  });

  it("sees the mention being typed before the cursor, but not an e-mail address or a finished name", () => {
    expect(typedMentionAt("Pytanie do @to", 14)).toEqual({ start: 11, query: "to" });
    expect(typedMentionAt("@Łucja Ż", 8)).toEqual({ start: 0, query: "Łucja Ż" });
    expect(typedMentionAt("Pytanie do @tomasz spo i dalej", 22)).toEqual({ start: 11, query: "tomasz spo" });
    expect(typedMentionAt("anna@example", 12)).toBeNull();
    expect(typedMentionAt("@anna nowak ", 12)).toBeNull();
    expect(typedMentionAt("bez małpy", 9)).toBeNull();
  });

  it("puts the token in place of what was typed, with the cursor after it", () => {
    const typed = "Pytanie do @tomasz spo jutro";
    const { text, caret } = replaceTypedMention(typed, 11, 22, { kind: "user", id, name: "Tomasz Społeczny" });
    expect(text).toBe(`Pytanie do @[Tomasz Społeczny](user:${id}) jutro`);
    expect(text.slice(0, caret)).toBe(`Pytanie do @[Tomasz Społeczny](user:${id}) `);
    expect(parseMentions(text)).toEqual([{ kind: "user", id, name: "Tomasz Społeczny" }]);
  });
});
