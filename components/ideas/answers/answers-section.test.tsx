/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { AnswersSection } from "@/components/ideas/answers/answers-section";
import type { AnswersSectionView } from "@/lib/ideas/answers/queries";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const answerIdeaAction = jest.fn();
jest.mock("@/lib/ideas/answers/actions", () => ({
  answerIdeaAction: (input: unknown) => answerIdeaAction(input),
  answerPlatformIdeaAction: jest.fn(),
}));

const ideaId = "c".repeat(25);
const view: AnswersSectionView = {
  answers: [
    {
      id: "a".repeat(25),
      fromStatus: "RECEIVED",
      toStatus: "ACCEPTED",
      body: "Przyjmujemy. <script>alert(1)</script>",
      plannedAction: "Konsultacje programu współpracy",
      plannedBy: "2027-03-31",
      mergedInto: null,
      office: "Urząd Gminy Testowej",
      createdAt: new Date("2026-11-02T10:00:00Z"),
    },
  ],
  clock: { kind: "answered", onTime: true },
  mustAnswer: false,
  mustAnswerThreshold: 10,
  form: { ideaId, channel: "institution", status: "ACCEPTED", choices: ["ACCEPTED", "IMPLEMENTED", "NOT_TAKEN_UP"] },
};

describe("AnswersSection", () => {
  it("shows each answer with its office, date, status change and plan, sanitised", async () => {
    const { container } = renderWithIntl(<AnswersSection view={{ ...view, form: null }} />);
    const answer = container.querySelector(`#answer-${"a".repeat(25)}`)!;
    expect(answer).toHaveTextContent("Urząd Gminy Testowej, 2 listopada 2026");
    expect(answer).toHaveTextContent("Status: wpłynął → przyjęty do realizacji");
    expect(answer).toHaveTextContent("Co zaplanowanoKonsultacje programu współpracy");
    expect(answer).toHaveTextContent("31 marca 2027");
    expect(container.querySelector("script")).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("marks an overdue entry and one the office must answer", () => {
    renderWithIntl(
      <AnswersSection
        view={{
          ...view,
          answers: [],
          form: null,
          mustAnswer: true,
          clock: { kind: "overdue", dueAt: new Date("2026-11-30T22:59:59Z"), daysOver: 5 },
        }}
      />,
    );
    expect(screen.getByText(/Urząd musi odpowiedzieć: wpis poparło co najmniej 10 organizacji/)).toBeInTheDocument();
    expect(
      screen.getByText("Po terminie: odpowiedź była należna do 30 listopada 2026 (5 dni temu)."),
    ).toBeInTheDocument();
  });

  it("asks for the details the chosen status needs and sends the answer", async () => {
    answerIdeaAction.mockResolvedValue({ data: { answered: "x" } });
    const { container } = renderWithIntl(
      <AnswersSection
        view={{
          ...view,
          form: {
            ...view.form!,
            status: "UNDER_CONSIDERATION",
            choices: ["UNDER_CONSIDERATION", "ACCEPTED", "NOT_TAKEN_UP", "MERGED"],
          },
        }}
      />,
    );
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(screen.getByLabelText("Przyjęty do realizacji"));
    expect(await screen.findByLabelText(/Co zaplanowano/)).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText("Połączony z innym wpisem"));
    expect(await screen.findByLabelText(/Adres wpisu, z którym łączysz/)).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText("Niepodjęty"));
    fireEvent.change(await screen.findByLabelText(/Powód niepodjęcia/), {
      target: { value: "Zadanie nie należy do zadań gminy." },
    });
    fireEvent.click(screen.getByRole("button", { name: "Opublikuj odpowiedź" }));
    await waitFor(() =>
      expect(answerIdeaAction).toHaveBeenCalledWith(
        expect.objectContaining({
          ideaId,
          shownStatus: "UNDER_CONSIDERATION",
          toStatus: "NOT_TAKEN_UP",
          body: "Zadanie nie należy do zadań gminy.",
        }),
      ),
    );
    expect(await screen.findByText("Odpowiedź została opublikowana.")).toBeInTheDocument();
  });
});
