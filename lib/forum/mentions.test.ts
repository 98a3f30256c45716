import fc from "fast-check";
import { mentionsAsMarkdown, mentionToken, parseMentions } from "@/lib/forum/mentions";
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
      fc.property(fc.string({ minLength: 1, maxLength: 80 }).filter((name) => name.trim().length > 0 && !name.includes("\n")), fc.constantFrom("user" as const, "org" as const), (name, kind) => {
        const [parsed] = parseMentions(`tekst ${mentionToken({ kind, id, name })} tekst`);
        expect(parsed).toMatchObject({ kind, id });
        expect(parsed!.name).toBe(name.replace(/\[/g, "(").replace(/\]/g, ")").replace(/\s+/g, " ").trim());
      }),
    );
  });

  it("shows a mention as a bold @name that no Markdown or markup in the name can break", () => {
    const token = mentionToken({ kind: "user", id, name: "*Ewa* <b>x</b> [a](b)" });
    const html = renderMarkdown(mentionsAsMarkdown(`Cześć ${token}!`));
    expect(html).toBe("<p>Cześć <strong>@*Ewa* &lt;b&gt;x&lt;/b&gt; (a)(b)</strong>!</p>\n");
  });
});
