import { plainExcerpt } from "@/lib/forum/excerpt";

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
