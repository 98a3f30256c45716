/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { DecideForm } from "@/components/competitions/decision/decide-form";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const decide = jest.fn(async (_input: unknown) => ({ data: { decided: true } }));
jest.mock("@/lib/competitions/decision/actions", () => ({
  decideTaskAction: (input: unknown) => decide(input),
}));

beforeEach(() => decide.mockClear());

const offers = [
  {
    id: "a",
    title: "Seniorzy w sieci",
    applicants: ["Fundacja A"],
    requested: 3_000_000,
    proposed: 3_000_000,
    cutReason: null,
  },
  {
    id: "b",
    title: "Zielone spacery",
    applicants: ["Klub B", "Fundacja C"],
    requested: 3_000_000,
    proposed: null,
    cutReason: null,
  },
];

const form = () => renderWithIntl(<DecideForm competitionId="k1" taskId="t1" pool={5_000_000} offers={offers} />);
const amountOf = (title: string) =>
  screen.getByRole("group", { name: new RegExp(title) }).querySelector("input") as HTMLInputElement;

describe("a task's decision form", () => {
  it("starts from the commission's proposals and says what is left of the pool as the official types", async () => {
    const { container } = form();
    expect(amountOf("Seniorzy w sieci").value).toMatch(/^30\s000,00$/);
    expect(amountOf("Zielone spacery").value).toBe("");
    expect(screen.getByText(/^Pozostało 20\s000,00\s*zł z 50\s000,00\s*zł\.$/)).toBeInTheDocument();
    fireEvent.change(amountOf("Zielone spacery"), { target: { value: "25 000" } });
    expect(screen.getByText(/^Przekroczono pulę o 5\s?000,00\s*zł/)).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("names a cut without its reason and an unfunded offer without one at their fields, sending nothing", async () => {
    form();
    fireEvent.change(amountOf("Seniorzy w sieci"), { target: { value: "29 999,99" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Zapisz rozstrzygnięcie zadania" }));
    });
    expect(decide).not.toHaveBeenCalled();
    expect(
      screen.getByRole("link", { name: "Podaj powód przyznania kwoty niższej niż wnioskowana." }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: "Podaj powód, dla którego oferta nie otrzymuje dotacji." }),
    ).toBeInTheDocument();
    // What was typed stays.
    expect(amountOf("Seniorzy w sieci").value).toBe("29 999,99");
  });

  it("sends exact decimal amounts and the reasons", async () => {
    form();
    fireEvent.change(amountOf("Seniorzy w sieci"), { target: { value: "29 999,99" } });
    const [cut, none] = screen.getAllByLabelText(/^Uzasadnienie/, { selector: "textarea" });
    fireEvent.change(cut!, { target: { value: "Zawyżone koszty." } });
    fireEvent.change(none!, { target: { value: "Niska ocena komisji." } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Zapisz rozstrzygnięcie zadania" }));
    });
    expect(decide).toHaveBeenCalledWith({
      competitionId: "k1",
      taskId: "t1",
      reason: "",
      actReference: "",
      choices: [
        { offerId: "a", amount: "29999.99", reason: "Zawyżone koszty." },
        { offerId: "b", amount: "", reason: "Niska ocena komisji." },
      ],
    });
    expect(await screen.findByText(/Rozstrzygnięcie zadania zapisane/)).toBeInTheDocument();
  });
});
