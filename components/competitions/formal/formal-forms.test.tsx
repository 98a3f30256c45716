/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const requestCorrection = jest.fn();
const saveAnswers = jest.fn();
const markComplete = jest.fn();
jest.mock("@/lib/competitions/formal/actions", () => ({
  requestCorrectionAction: (input: unknown) => requestCorrection(input),
  saveFormalAnswersAction: (input: unknown) => saveAnswers(input),
  markFormallyCompleteAction: (input: unknown) => markComplete(input),
  openFormalCheckAction: jest.fn(),
  addChecklistItemAction: jest.fn(),
  removeChecklistItemAction: jest.fn(),
  rejectFormallyAction: jest.fn(),
}));

import { AnswersForm } from "@/components/competitions/formal/answers-form";
import { CorrectionRequestForm } from "@/components/competitions/formal/correction-request-form";

beforeEach(() => {
  requestCorrection.mockReset();
  saveAnswers.mockReset();
  markComplete.mockReset();
});

describe("the correction request form", () => {
  const form = () =>
    renderWithIntl(
      <CorrectionRequestForm
        offerId="offer1"
        parts={[
          { key: "plan", label: "Plan i harmonogram działań (III.4)" },
          { key: "costs", label: "Kalkulacja kosztów (V)" },
        ]}
        requirements={[{ id: "r1", label: "Statut" }]}
        defaultDueOn="2026-12-14"
      />,
    );

  it("asks for a part and a message before sending anything, and is axe-clean", async () => {
    const { container } = form();
    fireEvent.click(screen.getByRole("button", { name: "Wezwij do korekty" }));
    expect(screen.getByText("Zaznacz co najmniej jedną część.")).toBeTruthy();
    expect(screen.getByText("Napisz, co poprawić.")).toBeTruthy();
    expect(requestCorrection).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole("checkbox", { name: "Plan i harmonogram działań (III.4)" }));
    expect(await axeViolations(container)).toEqual([]);
  });

  it("sends the sections and attachments chosen, the message and the day", async () => {
    requestCorrection.mockResolvedValue({ data: { dueAt: "2026-12-14T22:59:59.999Z" } });
    form();
    fireEvent.click(screen.getByRole("checkbox", { name: "Plan i harmonogram działań (III.4)" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Załącznik: Statut" }));
    fireEvent.change(screen.getByLabelText("Co poprawić"), { target: { value: "Rozpisz na miesiące." } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Wezwij do korekty" }));
    });
    expect(requestCorrection).toHaveBeenCalledWith({
      offerId: "offer1",
      sections: ["plan"],
      attachments: ["r1"],
      message: "Rozpisz na miesiące.",
      dueOn: "2026-12-14",
    });
  });
});

describe("the checklist answers", () => {
  const items = [
    { id: "i1", label: "Oferta złożona w terminie", suggestion: "MET" as const, answer: null, note: "" },
    { id: "i2", label: "Załącznik: Statut", suggestion: "NOT_MET" as const, answer: "MET" as const, note: "Dosłany" },
    { id: "i3", label: "Inne", suggestion: null, answer: null, note: "" },
  ];

  it("start from the stored answer, else the platform's suggestion, and say what is unanswered", async () => {
    const { container } = renderWithIntl(<AnswersForm offerId="offer1" items={items} decided={false} />);
    const group = (name: string) => screen.getByRole("group", { name });
    expect((group("1. Oferta złożona w terminie").querySelector("input[value=MET]") as HTMLInputElement).checked).toBe(
      true,
    );
    expect((group("2. Załącznik: Statut").querySelector("input[value=MET]") as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText("Podpowiedź platformy: niespełnione")).toBeTruthy();
    expect(screen.getByText("1 punkt bez odpowiedzi.")).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("saves what is on the screen before marking the offer complete", async () => {
    saveAnswers.mockResolvedValue({ data: { saved: true } });
    markComplete.mockResolvedValue({ data: { done: true } });
    renderWithIntl(<AnswersForm offerId="offer1" items={items.slice(0, 2)} decided={false} />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Oferta kompletna formalnie" }));
    });
    expect(saveAnswers).toHaveBeenCalledWith({
      offerId: "offer1",
      answers: [
        { itemId: "i1", answer: "MET", note: undefined },
        { itemId: "i2", answer: "MET", note: "Dosłany" },
      ],
    });
    expect(markComplete).toHaveBeenCalledWith({ offerId: "offer1" });
  });
});
