/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { OfficeCase } from "@/components/small-grants/office-case";
import { RemarkForm } from "@/components/small-grants/remark-form";
import { emptyOfferDocument } from "@/lib/offers/document/schema";
import type { OfficeCase as Case } from "@/lib/small-grants/queries";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const decideSmallGrantAction = jest.fn();
const submitSmallGrantRemarkAction = jest.fn();
const answerSmallGrantRemarkAction = jest.fn();
jest.mock("@/lib/small-grants/actions", () => ({
  publishSmallGrantAction: jest.fn(),
  answerSmallGrantRemarkAction: (input: unknown) => answerSmallGrantRemarkAction(input),
  decideSmallGrantAction: (input: unknown) => decideSmallGrantAction(input),
  submitSmallGrantRemarkAction: (input: unknown) => submitSmallGrantRemarkAction(input),
}));
jest.mock("@/lib/i18n/navigation", () => ({
  Link: ({ href, children, ...props }: { href: { pathname: string }; children: ReactNode }) => (
    <a href={href.pathname} {...props}>
      {children}
    </a>
  ),
}));

const CASE_ID = "cmcase00000000000000001";
const now = new Date("2027-04-20T10:00:00Z");
const item: Case = {
  id: CASE_ID,
  stage: "REMARKS_CLOSED",
  receivedAt: new Date("2027-03-25T10:00:00Z"),
  publishDueBy: new Date("2027-04-06T22:00:00Z"),
  publishedAt: new Date("2027-04-01T08:00:00Z"),
  remarksUntil: new Date("2027-04-08T22:00:00Z"),
  publicSlug: "dzien-zdrowia-seniora",
  decidedAt: null,
  decisionReason: null,
  awardedAmount: null,
  offer: {
    id: "cmoffer0000000000000001",
    title: "Dzień zdrowia seniora",
    requestedGrant: 850_000,
    leadOrganisation: { name: "Zdrowie bez Barier" },
    versionNumber: 1,
  },
  document: emptyOfferDocument("SIMPLIFIED_2018", [2027]),
  mayDecide: true,
  remarks: [
    {
      id: "cmremark000000000000001",
      authorName: "Jan Nowak",
      body: "Proszę doprecyzować grupę docelową.",
      createdAt: new Date("2027-04-02T09:00:00Z"),
      answer: "Osoby po 65. roku życia.",
      answeredAt: new Date("2027-04-03T09:00:00Z"),
    },
  ],
};

describe("an offer on the office's page", () => {
  beforeEach(() => jest.clearAllMocks());

  it.each(["pl", "en", "de"] as const)(
    "shows its clock, remarks and decision form without axe violations (%s)",
    async (locale) => {
      const { container } = renderWithIntl(<OfficeCase item={item} now={now} />, locale);
      expect(screen.getByText("Proszę doprecyzować grupę docelową.")).toBeTruthy();
      // The office's own copy of the offer, personal data included.
      expect(
        screen.getByRole("link", {
          name: { pl: /^Wersja 1 \(PDF/, en: /^Version 1 \(PDF/, de: /^Version 1 \(PDF/ }[locale],
        }),
      ).toHaveAttribute("href", "/api/offers/cmoffer0000000000000001/versions/1/pdf");
      expect(
        screen.getByRole("button", {
          name: { pl: "Zapisz rozstrzygnięcie", en: "Save the decision", de: "Entscheidung speichern" }[locale],
        }),
      ).toBeTruthy();
      expect(await axeViolations(container)).toEqual([]);
    },
  );

  it("asks for a reason before refusing, and sends the amount as typed when accepting", async () => {
    decideSmallGrantAction.mockResolvedValue({ data: { decided: true } });
    renderWithIntl(<OfficeCase item={item} now={now} />);
    expect((screen.getByLabelText(/^Kwota dotacji/) as HTMLInputElement).value).toBe("8500,00");
    fireEvent.click(screen.getByLabelText("Nie uznaję celowości realizacji zadania"));
    fireEvent.click(screen.getByRole("button", { name: "Zapisz rozstrzygnięcie" }));
    expect(await screen.findAllByText(/Podaj uzasadnienie/)).not.toHaveLength(0);
    expect(decideSmallGrantAction).not.toHaveBeenCalled();

    fireEvent.click(screen.getByLabelText("Uznaję celowość realizacji zadania"));
    fireEvent.change(screen.getByLabelText(/^Kwota dotacji/), { target: { value: "8 000" } });
    fireEvent.click(screen.getByRole("button", { name: "Zapisz rozstrzygnięcie" }));
    await waitFor(() =>
      expect(decideSmallGrantAction).toHaveBeenCalledWith({
        caseId: CASE_ID,
        decision: "ACCEPTED",
        amount: "8 000",
        reason: "",
      }),
    );
  });
});

describe("the correction of an answer given", () => {
  it("waits behind a button, opens with the focus in the text, and closes by Escape back to the button", async () => {
    const { container } = renderWithIntl(<OfficeCase item={item} now={now} />);
    const button = screen.getByRole("button", { name: "Popraw odpowiedź" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("textbox", { name: /Popraw odpowiedź urzędu/ })).not.toBeInTheDocument();
    fireEvent.click(button);
    const field = screen.getByRole("textbox", { name: /Popraw odpowiedź urzędu/ });
    expect(button).toHaveAttribute("aria-expanded", "true");
    await waitFor(() => expect(field).toHaveFocus());
    expect((field as HTMLTextAreaElement).value).toBe("Osoby po 65. roku życia.");
    // Optional: a correction is not something the office owes.
    expect(field.closest("form")).not.toHaveTextContent("(wymagane)");
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.keyDown(field, { key: "Escape" });
    expect(screen.queryByRole("textbox", { name: /Popraw odpowiedź urzędu/ })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it("closes when saved, says so and gives the focus back to the button", async () => {
    answerSmallGrantRemarkAction.mockResolvedValue({ data: { answered: true } });
    renderWithIntl(<OfficeCase item={item} now={now} />);
    const button = screen.getByRole("button", { name: "Popraw odpowiedź" });
    fireEvent.click(button);
    fireEvent.change(screen.getByRole("textbox", { name: /Popraw odpowiedź urzędu/ }), {
      target: { value: "Osoby po 60. roku życia." },
    });
    fireEvent.click(screen.getByRole("button", { name: "Zapisz poprawioną odpowiedź" }));
    expect(await screen.findByText(/Zapisano odpowiedź/)).toBeInTheDocument();
    expect(answerSmallGrantRemarkAction).toHaveBeenCalledWith({
      remarkId: "cmremark000000000000001",
      answer: "Osoby po 60. roku życia.",
    });
    expect(screen.queryByRole("textbox", { name: /Popraw odpowiedź urzędu/ })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });
});

describe("a first answer", () => {
  it("gives way, once the page comes back with it, to the correction's button, which takes the focus", async () => {
    answerSmallGrantRemarkAction.mockResolvedValue({ data: { answered: true } });
    const unanswered = { ...item, remarks: [{ ...item.remarks[0]!, answer: null, answeredAt: null }] };
    const { rerender } = renderWithIntl(<OfficeCase item={unanswered} now={now} />);
    fireEvent.change(screen.getByRole("textbox", { name: /^Odpowiedź urzędu/ }), {
      target: { value: "Osoby po 65. roku życia." },
    });
    fireEvent.click(screen.getByRole("button", { name: "Odpowiedz" }));
    await waitFor(() => expect(answerSmallGrantRemarkAction).toHaveBeenCalled());
    // The action refreshes the page: the remark comes back answered.
    rerender(<OfficeCase item={item} now={now} />);
    const button = await screen.findByRole("button", { name: "Popraw odpowiedź" });
    await waitFor(() => expect(button).toHaveFocus());
    expect(screen.getByText(/Zapisano odpowiedź/)).toBeInTheDocument();
  });
});

describe("the remark form", () => {
  it("says in words that the window has closed and keeps the text", async () => {
    submitSmallGrantRemarkAction.mockResolvedValue({ data: { refused: "REMARKS_CLOSED" } });
    const { container } = renderWithIntl(<RemarkForm caseId={CASE_ID} personName="Anna" organisations={[]} />);
    const field = screen.getByLabelText(/^Twoja uwaga/) as HTMLTextAreaElement;
    fireEvent.change(field, { target: { value: "Warto dodać badania słuchu." } });
    fireEvent.click(screen.getByRole("button", { name: "Wyślij uwagę" }));
    expect(await screen.findByText(/Termin na uwagi minął/)).toBeTruthy();
    expect(field.value).toBe("Warto dodać badania słuchu.");
    expect(await axeViolations(container)).toEqual([]);
  });

  it("says before sending under whose name the remark is published, as the choice changes", async () => {
    const { container } = renderWithIntl(
      <RemarkForm caseId={CASE_ID} personName="Anna Nowak" organisations={[{ id: "org-1", name: "Fundacja Słuch" }]} />,
    );
    const send = screen.getByRole("button", { name: "Wyślij uwagę" });
    expect(send).toHaveAccessibleDescription(/opublikowana na tej stronie razem z podpisem: Anna Nowak\./);
    fireEvent.click(screen.getByLabelText("w imieniu organizacji: Fundacja Słuch"));
    await waitFor(() => expect(send).toHaveAccessibleDescription(/z podpisem: Fundacja Słuch\./));
    expect(await axeViolations(container)).toEqual([]);
  });

  it("says in the choice's hint that a remark for an organisation is signed with its name only", () => {
    renderWithIntl(
      <RemarkForm caseId={CASE_ID} personName="Anna Nowak" organisations={[{ id: "org-1", name: "Fundacja Słuch" }]} />,
    );
    // Consultations show the organisation beside the person's name; a small grant's remark shows only one of them.
    expect(screen.getByRole("group", { name: /Występuję/ })).toHaveAccessibleDescription(
      /w imieniu organizacji jest podpisana tylko jej nazwą/,
    );
  });
});
