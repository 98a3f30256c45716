/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { useRef, useState } from "react";
import { forumMentionables, useInlineMention } from "@/components/forum/inline-mention";
import { parseMentions } from "@/lib/forum/mentions";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const tomasz = { kind: "user" as const, id: "cmabcdefghijklmnopqrstu01", name: "Tomasz Społeczny" };
const fundacja = {
  kind: "org" as const,
  id: "cmzyxwvutsrqponmlkjihgf02",
  name: "Fundacja Opolskie Centrum Wolontariatu",
};

function Editor() {
  const field = useRef<HTMLTextAreaElement | null>(null);
  const [value, setValue] = useState("");
  const { fieldProps, suggestions } = useInlineMention({
    id: "body",
    mentionables: forumMentionables("cat1"),
    field,
    onReplace: (text, caret) => {
      setValue(text);
      requestAnimationFrame(() => field.current?.setSelectionRange(caret, caret));
    },
  });
  return (
    <div>
      <label htmlFor="body">Treść odpowiedzi</label>
      <textarea
        id="body"
        ref={field}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        {...fieldProps}
      />
      {suggestions}
    </div>
  );
}

/** Types the whole text as if the cursor were at its end. */
function type(field: HTMLTextAreaElement, text: string) {
  fireEvent.change(field, { target: { value: text, selectionStart: text.length, selectionEnd: text.length } });
  fireEvent.input(field);
}

describe("inline mentions", () => {
  beforeEach(() => {
    global.fetch = jest.fn(async (url: string) => ({
      ok: true,
      json: async () => ({
        data: new URL(url, "http://x").searchParams.get("q") === "tomasz spo" ? [tomasz, fundacja] : [],
      }),
    })) as unknown as typeof fetch;
  });

  it("offers people after @ and a name's first letters, in a listbox the text field points into, and inserts the chosen one's mention", async () => {
    const { container } = renderWithIntl(<Editor />);
    const field = screen.getByLabelText("Treść odpowiedzi") as HTMLTextAreaElement;
    field.focus();
    type(field, "Pytanie do @tomasz spo");
    const list = await screen.findByRole("listbox", { name: "Propozycje wzmianek" });
    expect(global.fetch).toHaveBeenCalledWith(expect.stringContaining("q=tomasz+spo"), expect.anything());
    expect(screen.getAllByRole("option").map((option) => option.textContent)).toEqual([
      "Tomasz Społeczny (osoba)",
      "Fundacja Opolskie Centrum Wolontariatu (organizacja)",
    ]);
    expect(field).toHaveAttribute("aria-controls", list.id);
    expect(field).toHaveAttribute("aria-activedescendant", screen.getAllByRole("option")[0]!.id);
    expect(screen.getByRole("status")).toHaveTextContent("2 propozycje wzmianek");
    expect(await axeViolations(container)).toEqual([]);

    // The arrows move through the list (and round), Enter chooses without a new line.
    fireEvent.keyDown(field, { key: "ArrowDown" });
    expect(field).toHaveAttribute("aria-activedescendant", screen.getAllByRole("option")[1]!.id);
    fireEvent.keyDown(field, { key: "ArrowDown" });
    expect(screen.getAllByRole("option")[0]).toHaveAttribute("aria-selected", "true");
    fireEvent.keyDown(field, { key: "Enter" });
    await waitFor(() => expect(field.value).toBe("Pytanie do @[Tomasz Społeczny](user:cmabcdefghijklmnopqrstu01) "));
    expect(parseMentions(field.value)).toEqual([tomasz]);
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(field).not.toHaveAttribute("aria-activedescendant");
  });

  it("closes on Escape, and offers nothing for an e-mail address", async () => {
    renderWithIntl(<Editor />);
    const field = screen.getByLabelText("Treść odpowiedzi") as HTMLTextAreaElement;
    type(field, "@tomasz spo");
    await screen.findByRole("listbox");
    fireEvent.keyDown(field, { key: "Escape" });
    expect(screen.queryByRole("listbox")).toBeNull();
    type(field, "tomasz@spo");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByRole("listbox")).toBeNull();
    expect(global.fetch).toHaveBeenCalledTimes(1);
  });
});
