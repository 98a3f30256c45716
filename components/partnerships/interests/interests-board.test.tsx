/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { InterestsBoard } from "@/components/partnerships/interests/interests-board";
import type { RequestInterestsView } from "@/lib/partnerships/interests/queries";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/lib/i18n/navigation", () => ({
  Link: ({ children }: { children: ReactNode }) => <a href="#link">{children}</a>,
}));
const acceptInterestAction = jest.fn();
const declineInterestsAction = jest.fn();
const shortlistInterestAction = jest.fn();
jest.mock("@/lib/partnerships/interests/actions", () => ({
  acceptInterestAction: (input: unknown) => acceptInterestAction(input),
  declineInterestsAction: (input: unknown) => declineInterestsAction(input),
  shortlistInterestAction: (input: unknown) => shortlistInterestAction(input),
}));

const id = (c: string) => c.repeat(25);
const party = (name: string) => ({ kind: "organisation" as const, id: name, name, slug: name });
const interest = (over: Partial<RequestInterestsView["groups"][number]["interests"][number]>) => ({
  id: id("a"),
  status: "SUBMITTED" as const,
  message: "Mamy wolontariuszy.",
  coveredNeeds: ["KITCHEN"],
  fitScore: null,
  decisionNote: null,
  createdAt: new Date("2027-01-01T10:00:00Z"),
  partnership: null,
  party: party("Fundacja A"),
  contacts: null,
  ...over,
});

const view: RequestInterestsView = {
  request: {
    id: id("r"),
    slug: "kuchnia",
    title: "Kuchnia",
    status: "OPEN",
    maxPartners: 2,
    acceptedCount: 1,
    neededCompetences: ["VOLUNTEER_COORDINATION"],
    neededResources: ["KITCHEN"],
    organisationId: "author",
    institutionId: null,
  },
  author: { kind: "organisation", id: "author" },
  groups: [
    {
      status: "SUBMITTED",
      interests: [
        interest({ id: id("a"), party: party("Fundacja A"), fitScore: 0.82 }),
        interest({ id: id("b"), party: party("Koło B") }),
      ],
    },
    {
      status: "ACCEPTED",
      interests: [
        interest({
          id: id("c"),
          status: "ACCEPTED",
          party: party("Klub C"),
          partnership: { id: id("p"), status: "PROPOSED" },
          contacts: {
            channels: [{ kind: "PHONE", value: "+48 600 100 200" }],
            persons: [],
            address: null,
            personEmail: "c@klub.example.org",
          },
        }),
      ],
    },
  ],
};

describe("InterestsBoard", () => {
  beforeEach(() => jest.clearAllMocks());

  it("groups interests under headings, says fit and needs in words, and shows contacts only of accepted ones", async () => {
    const { container } = renderWithIntl(<InterestsBoard view={view} />);
    expect(screen.getByRole("heading", { name: "Nowe (2)" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Przyjęte (1)" })).toBeInTheDocument();
    expect(screen.getByText("Pokrywa 1 z 2 potrzeb. Dopasowanie: 82%.")).toBeInTheDocument();
    expect(screen.getAllByText("Pokrywa 1 z 2 potrzeb. Dopasowanie nie zostało obliczone.")).toHaveLength(2);
    expect(screen.getByText("c@klub.example.org")).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { name: /Dane kontaktowe/ })).toHaveLength(1);
    expect(await axeViolations(container)).toEqual([]);
  });

  it("accepts one interest, naming it to screen readers, and announces the outcome", async () => {
    acceptInterestAction.mockResolvedValue({ data: { accepted: true, partnershipId: id("p") } });
    renderWithIntl(<InterestsBoard view={view} />, "en");
    fireEvent.click(screen.getByRole("button", { name: "Accept – Koło B" }));
    await waitFor(() => expect(acceptInterestAction).toHaveBeenCalledWith({ interestId: id("b") }));
    expect(await screen.findByRole("status")).toHaveTextContent("The interest was accepted");
  });

  it("says a refusal in words", async () => {
    acceptInterestAction.mockResolvedValue({ data: { refused: "partnersFull" } });
    renderWithIntl(<InterestsBoard view={view} />, "en");
    fireEvent.click(screen.getByRole("button", { name: "Accept – Fundacja A" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("already has as many partners as it wants");
  });

  it("declines the chosen interests at once with one optional reason", async () => {
    declineInterestsAction.mockResolvedValue({ data: { declined: 2 } });
    renderWithIntl(<InterestsBoard view={view} />, "en");
    const decline = screen.getByRole("button", { name: "Decline" });
    expect(decline).toBeDisabled();
    fireEvent.click(screen.getByRole("checkbox", { name: "Choose Fundacja A for declining" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Choose Koło B for declining" }));
    expect(screen.getByText("2 interests chosen.")).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText(/Reason/), { target: { value: "We need a minibus." } });
    const form = screen.getByRole("form", { name: "Decline the chosen interests" });
    fireEvent.click(within(form).getByRole("button", { name: "Decline 2 interests" }));
    await waitFor(() =>
      expect(declineInterestsAction).toHaveBeenCalledWith({
        requestId: id("r"),
        interestIds: [id("a"), id("b")],
        note: "We need a minibus.",
      }),
    );
  });

  it("declines one interest from its row, with its own optional reason, and announces it", async () => {
    declineInterestsAction.mockResolvedValue({ data: { declined: 1 } });
    const { container } = renderWithIntl(<InterestsBoard view={view} />, "en");
    const toggle = screen.getByRole("button", { name: "Decline – Fundacja A" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    const form = screen.getByRole("form", { name: "Declining the interest of Fundacja A" });
    const reason = within(form).getByLabelText("Reason (optional, sent with the decline)");
    expect(reason).toHaveFocus();
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.change(reason, { target: { value: "Too far from us." } });
    fireEvent.click(within(form).getByRole("button", { name: "Decline the interest – Fundacja A" }));
    await waitFor(() =>
      expect(declineInterestsAction).toHaveBeenCalledWith({
        requestId: id("r"),
        interestIds: [id("a")],
        note: "Too far from us.",
      }),
    );
    expect(await screen.findByRole("status")).toHaveTextContent("The interest was declined.");
    expect(screen.queryByRole("form", { name: "Declining the interest of Fundacja A" })).not.toBeInTheDocument();
  });

  it("declines one interest without a reason, refuses a reason too long at its field, and cancels back to the row", async () => {
    declineInterestsAction.mockResolvedValue({ data: { declined: 1 } });
    renderWithIntl(<InterestsBoard view={view} />, "pl");
    const toggle = screen.getByRole("button", { name: "Odrzuć – Koło B" });
    fireEvent.click(toggle);
    let form = screen.getByRole("form", { name: "Odrzucenie zgłoszenia: Koło B" });
    fireEvent.change(within(form).getByRole("textbox"), { target: { value: "x".repeat(501) } });
    fireEvent.click(within(form).getByRole("button", { name: "Odrzuć zgłoszenie – Koło B" }));
    expect(await within(form).findByText(/Uzasadnienie może mieć najwyżej 500 znaków/)).toBeInTheDocument();
    expect(within(form).getByRole("textbox")).toHaveAttribute("aria-invalid", "true");
    expect(declineInterestsAction).not.toHaveBeenCalled();
    fireEvent.click(within(form).getByRole("button", { name: "Anuluj" }));
    expect(screen.queryByRole("form", { name: "Odrzucenie zgłoszenia: Koło B" })).not.toBeInTheDocument();
    expect(toggle).toHaveFocus();
    fireEvent.click(toggle);
    form = screen.getByRole("form", { name: "Odrzucenie zgłoszenia: Koło B" });
    fireEvent.click(within(form).getByRole("button", { name: "Odrzuć zgłoszenie – Koło B" }));
    await waitFor(() =>
      expect(declineInterestsAction).toHaveBeenCalledWith({ requestId: id("r"), interestIds: [id("b")], note: "" }),
    );
  });

  it("offers no decline on an accepted interest", () => {
    renderWithIntl(<InterestsBoard view={view} />, "en");
    expect(screen.queryByRole("button", { name: "Decline – Klub C" })).not.toBeInTheDocument();
  });
});
