/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { ComposerProvider } from "@/components/forum/composer-context";
import { PostActions } from "@/components/forum/post-actions";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("next-safe-action/hooks", () => ({
  useAction: () => ({ execute: jest.fn(), executeAsync: jest.fn(), isPending: false, result: {} }),
}));
jest.mock("@/lib/forum/actions", () => ({}));
jest.mock("@/lib/i18n/navigation", () => ({ useRouter: () => ({ refresh: jest.fn(), push: jest.fn() }) }));

const post = {
  id: "p1",
  number: 1,
  body: "Treść wpisu.",
  helpfulCount: 2,
  markedHelpful: false,
  mine: true,
  deleted: false,
};

function renderActions(props: Partial<{ mine: boolean; canFlag: boolean }> = {}) {
  return renderWithIntl(
    <ComposerProvider>
      <PostActions
        post={{ ...post, mine: props.mine ?? true }}
        quoteMarkdown="> Treść wpisu."
        canWrite
        canFlag={props.canFlag ?? false}
      />
    </ComposerProvider>,
  );
}

describe("PostActions", () => {
  it("shows helpful and quote, and puts editing and deleting one's own post in a menu", async () => {
    const { container } = renderActions();
    // One row of three buttons, whatever the post allows.
    expect(screen.getAllByRole("button").map((button) => button.textContent)).toEqual([
      "Pomocne (2) wpis nr 1",
      "Cytuj wpis nr 1",
      "Więcej▾ wpis nr 1",
    ]);
    const more = screen.getByRole("button", { name: "Więcej wpis nr 1" });
    expect(more).toHaveAttribute("aria-haspopup", "true");
    expect(await axeViolations(container)).toEqual([]);

    fireEvent.click(more);
    const menu = await screen.findByRole("menu", { name: "Więcej wpis nr 1" });
    expect(
      within(menu)
        .getAllByRole("menuitem")
        .map((item) => item.textContent),
    ).toEqual(["Edytuj", "Usuń"]);
    fireEvent.click(within(menu).getByRole("menuitem", { name: "Edytuj" }));
    await waitFor(() => expect(screen.getByLabelText("Nowa treść wpisu nr 1")).toHaveFocus());
    expect(screen.queryByRole("menu")).toBeNull();
    // Cancelling hands focus back to the menu's button.
    fireEvent.click(screen.getByRole("button", { name: "Anuluj" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "Więcej wpis nr 1" })).toHaveFocus());
  });

  it("asks before deleting, with focus on the safe answer", async () => {
    renderActions();
    fireEvent.click(screen.getByRole("button", { name: "Więcej wpis nr 1" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Usuń" }));
    const question = await screen.findByRole("group", {
      name: "Usunąć wpis nr 1? Jego miejsce w wątku zostanie, treść zniknie.",
    });
    await waitFor(() => expect(within(question).getByRole("button", { name: "Anuluj" })).toHaveFocus());
    expect(within(question).getByRole("button", { name: "Tak, usuń" })).toBeInTheDocument();
  });

  it("offers flagging someone else's post from the menu", async () => {
    renderActions({ mine: false, canFlag: true });
    fireEvent.click(screen.getByRole("button", { name: "Więcej wpis nr 1" }));
    const menu = await screen.findByRole("menu");
    expect(
      within(menu)
        .getAllByRole("menuitem")
        .map((item) => item.textContent),
    ).toEqual(["Zgłoś moderatorom"]);
    fireEvent.click(within(menu).getByRole("menuitem"));
    const form = await screen.findByRole("form", { name: "Zgłoszenie wpisu nr 1" });
    await waitFor(() => expect(within(form).getByRole("radio", { name: "Spam lub reklama" })).toHaveFocus());
  });
});
