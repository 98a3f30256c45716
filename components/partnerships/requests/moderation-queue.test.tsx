/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { PartnerRequestModerationList } from "@/components/partnerships/requests/moderation-queue";
import type { QueuedPartnerRequest } from "@/lib/partnerships/requests/moderation-queue";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const accept = jest.fn();
const reject = jest.fn();
const hide = jest.fn();
jest.mock("@/lib/partnerships/requests/actions", () => ({
  acceptPartnerRequestAction: "accept",
  rejectPartnerRequestAction: "reject",
  hidePartnerRequestAction: "hide",
}));
jest.mock("next-safe-action/hooks", () => ({
  useAction: (action: string) => ({
    executeAsync: { accept, reject, hide }[action as "accept"],
    isPending: false,
  }),
}));
jest.mock("@/lib/i18n/navigation", () => ({
  Link: ({ children }: { children: ReactNode }) => <span>{children}</span>,
  useRouter: () => ({ refresh: jest.fn() }),
}));

const VERSION = "a".repeat(32);
const change: QueuedPartnerRequest = {
  id: "r1",
  slug: "warsztaty-kulinarne",
  title: "Warsztaty kulinarne dla seniorów",
  party: "Fundacja Zweryfikowana",
  submittedAt: new Date("2026-12-06T10:00:00Z"),
  initiativeHtml: "<p>Opis.</p>",
  callName: null,
  callUrl: null,
  partnerGives: "Sala.",
  partnerGets: "Promocja.",
  budgetNote: null,
  timelineNote: null,
  closingNote: null,
  change: {
    worded: [{ field: "title", before: "Warsztaty kulinarne", after: "Warsztaty kulinarne dla seniorów" }],
    listed: ["roles", "area"],
  },
  unreadableChange: false,
  version: VERSION,
};

describe("the moderators' partner requests queue", () => {
  it("shows a held change before and after, accepts it as shown, and rejects it only with a reason", async () => {
    accept.mockResolvedValue({ data: { accepted: true } });
    reject.mockResolvedValue({ data: { rejected: true } });
    const { container } = renderWithIntl(<PartnerRequestModerationList section="changes" items={[change]} empty="" />);
    expect(screen.getByText("Było")).toBeInTheDocument();
    expect(screen.getByText("Warsztaty kulinarne")).toBeInTheDocument();
    expect(screen.getByText("Zmienione również: Rola partnera, Obszar")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Ukryj…/ })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await act(async () => fireEvent.click(screen.getByRole("button", { name: `Przyjmij zmiany – ${change.title}` })));
    expect(accept).toHaveBeenCalledWith({ requestId: "r1", shown: VERSION });
    expect(screen.getByText(`Gotowe: ${change.title}.`)).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: `Odrzuć… – ${change.title}` }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: `Odrzuć – ${change.title}` })));
    expect(screen.getByText("Podaj powód (co najmniej 5 znaków).")).toBeInTheDocument();
    expect(reject).not.toHaveBeenCalled();
  });

  it("shows every screened field as it stands, and a held closing note before and after", () => {
    const note = {
      ...change,
      callName: "Fundusz Inicjatyw Lokalnych",
      budgetNote: "Uwagi o budżecie z zatrzymanym słowem.",
      change: { worded: [{ field: "closingNote" as const, before: "", after: "Zamykamy." }], listed: [] },
    };
    renderWithIntl(<PartnerRequestModerationList section="changes" items={[note]} empty="" />);
    expect(screen.getByText("Notatka przy zamknięciu")).toBeInTheDocument();
    expect(screen.getByText("Zamykamy.")).toBeInTheDocument();
    expect(screen.getByText("Fundusz Inicjatyw Lokalnych")).toBeInTheDocument();
    expect(screen.getByText("Uwagi o budżecie z zatrzymanym słowem.")).toBeInTheDocument();
  });

  it("offers only 'looked at' and hiding for a request public at once, and says when nothing waits", () => {
    const { rerender } = renderWithIntl(
      <PartnerRequestModerationList section="review" items={[{ ...change, change: null }]} empty="Nic nie czeka." />,
    );
    expect(screen.getByRole("button", { name: `Obejrzane – ${change.title}` })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Odrzuć…/ })).toBeNull();
    expect(screen.getByText("Treść zapytania")).toBeInTheDocument();
    rerender(<PartnerRequestModerationList section="held" items={[]} empty="Nic nie czeka." />);
    expect(screen.getByText("Nic nie czeka.")).toBeInTheDocument();
  });
});
