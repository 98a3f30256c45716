/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { AnswerDashboard, type RemarkToAnswer } from "@/components/consultations/answer-dashboard";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/lib/consultations/answers/actions", () => ({ answerRemarksAction: "answer" }));
jest.mock("next-safe-action/hooks", () => ({
  useAction: () => ({ execute: jest.fn(), executeAsync: jest.fn(), isPending: false, result: {} }),
}));
jest.mock("@/lib/i18n/navigation", () => ({ useRouter: () => ({ refresh: jest.fn() }) }));

const remark = (id: string, number: number): RemarkToAnswer => ({
  id,
  number,
  unitLabel: `§ ${number}`,
  by: "Stowarzyszenie Uważne",
  currentWording: null,
  proposedWording: "Nowy zapis.",
  justification: null,
  decision: null,
  decisionReason: null,
  createdAt: new Date("2026-12-01T10:00:00Z"),
});

describe("AnswerDashboard", () => {
  it.each([
    ["pl", "Wybrano uwagę nr 2.", "Wybrano uwagi nr 2, 5."],
    ["en", "Chosen remark: no. 2.", "Chosen remarks: nos. 2, 5."],
    ["de", "Gewählte Anmerkung: Nr. 2.", "Gewählte Anmerkungen: Nr. 2, 5."],
  ] as const)("names the chosen remarks by number, not as a count (%s)", (locale, one, two) => {
    renderWithIntl(
      <AnswerDashboard consultationId="c1" remarks={[remark("a", 2), remark("b", 5)]} canAnswer canCorrect={false} />,
      locale,
    );
    const [first, second] = screen.getAllByRole("checkbox");
    fireEvent.click(first!);
    expect(screen.getByText(one)).toBeInTheDocument();
    fireEvent.click(second!);
    expect(screen.getByText(two)).toBeInTheDocument();
  });
});
