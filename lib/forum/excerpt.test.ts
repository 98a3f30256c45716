import { plainExcerpt, wholePlainText } from "@/lib/forum/excerpt";

describe("plainExcerpt", () => {
  it("drops Markdown's marks and link targets, keeps the words", () => {
    expect(
      plainExcerpt(
        "> [Anna, wpis nr 1](/forum/watki/x?wpis=1)\n> **Ważne** pytanie\n\n- punkt `kod` @[Ewa Nowak](user:cmabcdefghijklmnopqrstu01)",
      ),
    ).toBe("Anna, wpis nr 1 Ważne pytanie punkt kod @Ewa Nowak");
  });

  it("cuts long text at a word, with an ellipsis", () => {
    const excerpt = plainExcerpt("słowo ".repeat(100), 30);
    expect(excerpt).toBe("słowo słowo słowo słowo słowo…");
  });
});

describe("wholePlainText", () => {
  it("gives the whole wording, line breaks kept, only when the excerpt was cut short", () => {
    const body = `**Początek** wpisu, który jest długi.\n\n${"Dalej tekst. ".repeat(40)}\nA na końcu [reklama](https://kasyno.example) kasyna.`;
    expect(plainExcerpt(body, 100).endsWith("…")).toBe(true);
    const whole = wholePlainText(body, 100)!;
    expect(whole.startsWith("Początek wpisu, który jest długi.\n\nDalej tekst.")).toBe(true);
    expect(whole.endsWith("A na końcu reklama kasyna.")).toBe(true);
    expect(wholePlainText("Krótki wpis.", 100)).toBeNull();
  });
});
