/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { SupportPanel } from "@/components/ideas/support/support-panel";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const supportIdeaAction = jest.fn();
const withdrawIdeaSupportAction = jest.fn();
jest.mock("@/lib/ideas/support/actions", () => ({
  supportIdeaAction: (input: unknown) => supportIdeaAction(input),
  withdrawIdeaSupportAction: (input: unknown) => withdrawIdeaSupportAction(input),
}));

const signIn = { pathname: "/sign-in", query: { next: "/pomysly/kalendarz" } } as const;
const ideaId = "c".repeat(25);

describe("SupportPanel", () => {
  beforeEach(() => jest.clearAllMocks());

  it("says the counts with Polish plural forms", () => {
    renderWithIntl(
      <SupportPanel
        view={{ ideaId, personCount: 40, organisationCount: 12, open: true, closedBecause: null, viewer: null }}
        signIn={signIn}
      />,
    );
    expect(screen.getByText("Poparcie: 12 organizacji i 40 osób.")).toBeInTheDocument();
    renderWithIntl(
      <SupportPanel
        view={{ ideaId, personCount: 2, organisationCount: 1, open: true, closedBecause: null, viewer: null }}
        signIn={signIn}
      />,
    );
    expect(screen.getByText("Poparcie: 1 organizacja i 2 osoby.")).toBeInTheDocument();
    renderWithIntl(
      <SupportPanel
        view={{ ideaId, personCount: 1, organisationCount: 3, open: true, closedBecause: null, viewer: null }}
        signIn={signIn}
      />,
      "en",
    );
    expect(screen.getByText("Supported by 3 organisations and 1 person.")).toBeInTheDocument();
  });

  it("offers visitors a sign-in link that brings them back", () => {
    renderWithIntl(
      <SupportPanel
        view={{ ideaId, personCount: 0, organisationCount: 0, open: true, closedBecause: null, viewer: null }}
        signIn={signIn}
      />,
    );
    expect(screen.getByRole("link", { name: "Zaloguj się, aby poprzeć" })).toHaveAttribute(
      "href",
      expect.stringContaining("next=%2Fpomysly%2Fkalendarz"),
    );
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("toggles one's own and an organisation's support, saying which is pressed", async () => {
    const view = {
      ideaId,
      personCount: 4,
      organisationCount: 1,
      open: true,
      closedBecause: null,
      viewer: {
        supportsAsSelf: false,
        organisations: [{ id: "o".repeat(25), name: "Fundacja Pomocy", supports: true }],
      },
    };
    const { container } = renderWithIntl(<SupportPanel view={view} signIn={signIn} />);
    const self = screen.getByRole("button", { name: "Popieram jako ja" });
    const organisation = screen.getByRole("button", { name: "Popieram w imieniu: Fundacja Pomocy" });
    expect(self).toHaveAttribute("aria-pressed", "false");
    expect(organisation).toHaveAttribute("aria-pressed", "true");
    expect(await axeViolations(container)).toEqual([]);

    supportIdeaAction.mockResolvedValue({
      data: { supported: true, counts: { personSupportCount: 5, organisationSupportCount: 1 } },
    });
    fireEvent.click(self);
    await waitFor(() => expect(self).toHaveAttribute("aria-pressed", "true"));
    expect(supportIdeaAction).toHaveBeenCalledWith(
      expect.objectContaining({ ideaId, actingFor: null, submissionKey: expect.any(String) }),
    );
    expect(screen.getByText("Poparcie: 1 organizacja i 5 osób.")).toBeInTheDocument();

    withdrawIdeaSupportAction.mockResolvedValue({
      data: { withdrawn: true, counts: { personSupportCount: 5, organisationSupportCount: 0 } },
    });
    fireEvent.click(organisation);
    await waitFor(() => expect(organisation).toHaveAttribute("aria-pressed", "false"));
    expect(withdrawIdeaSupportAction).toHaveBeenCalledWith({ ideaId, actingFor: "o".repeat(25) });
  });

  it("says a refusal in words and keeps the button as it was", async () => {
    supportIdeaAction.mockResolvedValue({ data: { refused: "IDEA_MERGED" } });
    renderWithIntl(
      <SupportPanel
        view={{
          ideaId,
          personCount: 0,
          organisationCount: 0,
          open: true,
          closedBecause: null,
          viewer: { supportsAsSelf: false, organisations: [] },
        }}
        signIn={signIn}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Popieram jako ja" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("połączono go z innym wpisem");
    expect(screen.getByRole("button", { name: "Popieram jako ja" })).toHaveAttribute("aria-pressed", "false");
  });

  it("keeps the keyboard focus on the button while the click is on its way, and takes no second click", async () => {
    let answer!: (value: unknown) => void;
    supportIdeaAction.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    renderWithIntl(
      <SupportPanel
        view={{
          ideaId,
          personCount: 0,
          organisationCount: 0,
          open: true,
          closedBecause: null,
          viewer: { supportsAsSelf: false, organisations: [] },
        }}
        signIn={signIn}
      />,
    );
    const self = screen.getByRole("button", { name: "Popieram jako ja" });
    self.focus();
    fireEvent.click(self);
    await waitFor(() => expect(self).toHaveAttribute("aria-disabled", "true"));
    expect(self).not.toBeDisabled();
    expect(self).toHaveFocus();
    fireEvent.click(self);
    expect(supportIdeaAction).toHaveBeenCalledTimes(1);
    answer({ data: { supported: true, counts: { personSupportCount: 1, organisationSupportCount: 0 } } });
    await waitFor(() => expect(self).toHaveAttribute("aria-pressed", "true"));
    expect(self).toHaveFocus();
  });
});
