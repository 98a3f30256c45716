/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { ComposerProvider, useComposer } from "@/components/forum/composer-context";
import { CommentActions } from "@/components/ideas/comments/comment-actions";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";
import { useEffect, useState } from "react";

const executed: { name: string; input: unknown }[] = [];
/** What each action answered, by its name (nothing yet unless a test says so). */
const results: Record<string, unknown> = {};
jest.mock("next-safe-action/hooks", () => ({
  useAction: (action: { name: string }) => ({
    execute: (input: unknown) => executed.push({ name: action.name, input }),
    isPending: false,
    result: results[action.name] ?? {},
    reset: jest.fn(),
  }),
}));
jest.mock("@/lib/ideas/comments/actions", () => ({
  editCommentAction: { name: "edit" },
  deleteCommentAction: { name: "delete" },
  flagCommentAction: { name: "flag" },
}));

/** Stands in for the comment form: shows what a quotation hands it. */
function QuoteTarget() {
  const composer = useComposer();
  const [quoted, setQuoted] = useState("");
  useEffect(() => composer?.register(setQuoted), [composer]);
  return <output aria-label="Cytat">{quoted}</output>;
}

const comment = { id: "c1", number: 3, body: "Treść komentarza.", mine: true };

function renderActions(props: Partial<{ mine: boolean; canFlag: boolean; canWrite: boolean }> = {}) {
  return renderWithIntl(
    <ComposerProvider>
      <CommentActions
        comment={{ ...comment, mine: props.mine ?? true }}
        quoteMarkdown="> Anna, komentarz nr 3"
        canWrite={props.canWrite ?? true}
        canFlag={props.canFlag ?? false}
      />
      <QuoteTarget />
    </ComposerProvider>,
  );
}

beforeEach(() => {
  executed.length = 0;
});

describe("CommentActions", () => {
  it("quotes, edits and deletes one's own comment, naming the comment in each button", async () => {
    const { container } = renderActions();
    expect(screen.getAllByRole("button").map((button) => button.textContent)).toEqual([
      "Cytuj komentarz nr 3",
      "Edytuj komentarz nr 3",
      "Usuń komentarz nr 3",
    ]);
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Cytuj komentarz nr 3" }));
    expect(screen.getByLabelText("Cytat")).toHaveTextContent("> Anna, komentarz nr 3");

    fireEvent.click(screen.getByRole("button", { name: "Edytuj komentarz nr 3" }));
    const field = screen.getByLabelText("Nowa treść komentarza nr 3");
    await waitFor(() => expect(field).toHaveFocus());
    fireEvent.change(field, { target: { value: " " } });
    fireEvent.click(screen.getByRole("button", { name: "Zapisz zmiany" }));
    expect(await screen.findByText("Komentarz jest pusty. Napisz co najmniej 2 znaki.")).toBeVisible();
    expect(executed).toEqual([]);
    fireEvent.change(field, { target: { value: "Poprawiona treść." } });
    fireEvent.click(screen.getByRole("button", { name: "Zapisz zmiany" }));
    expect(executed).toEqual([{ name: "edit", input: { commentId: "c1", body: "Poprawiona treść." } }]);
  });

  it("asks before deleting, with the safe answer focused", async () => {
    renderActions();
    fireEvent.click(screen.getByRole("button", { name: "Usuń komentarz nr 3" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Anuluj" })).toHaveFocus());
    fireEvent.click(screen.getByRole("button", { name: "Tak, usuń" }));
    expect(executed).toEqual([{ name: "delete", input: { commentId: "c1" } }]);
  });

  it("lets another reader report the comment with a reason, and requires one", async () => {
    const { container } = renderActions({ mine: false, canFlag: true });
    expect(screen.queryByRole("button", { name: /Edytuj/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Zgłoś moderacji komentarz nr 3" }));
    const form = screen.getByRole("form", { name: "Zgłoszenie komentarza nr 3" });
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.submit(form);
    expect(await screen.findByText("Wybierz, co jest nie tak z komentarzem.")).toBeVisible();
    fireEvent.click(screen.getByLabelText("Spam lub reklama"));
    fireEvent.submit(form);
    expect(executed).toEqual([{ name: "flag", input: { commentId: "c1", reason: "SPAM", note: "" } }]);
  });

  it("thanks the reader once the report is sent, with the focus on the thanks", () => {
    results.flag = { data: { flagged: true } };
    renderActions({ mine: false, canFlag: true });
    fireEvent.click(screen.getByRole("button", { name: "Zgłoś moderacji komentarz nr 3" }));
    const thanks = screen.getByText("Dziękujemy. Moderacja sprawdzi ten komentarz.");
    expect(thanks).toHaveAttribute("role", "status");
    expect(thanks).toHaveFocus();
    delete results.flag;
  });

  it("shows nothing to write with to a visitor", () => {
    renderActions({ mine: false, canWrite: false });
    expect(screen.queryAllByRole("button")).toEqual([]);
  });
});
