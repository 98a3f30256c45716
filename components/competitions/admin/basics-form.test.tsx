/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { CompetitionBasicsForm } from "@/components/competitions/admin/basics-form";
import type { CompetitionBasicsInput } from "@/lib/competitions/schemas";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

jest.mock("@/lib/competitions/actions", () => ({
  createCompetitionAction: jest.fn(),
  updateCompetitionAction: jest.fn(),
}));
jest.mock("@/lib/i18n/navigation", () => ({ useRouter: () => ({ push: jest.fn() }) }));

const values: CompetitionBasicsInput = {
  title: "Aktywni seniorzy 2027",
  reference: "",
  summary: "",
  awardRules: "",
  implementationTerms: "",
  implementationStartsOn: "2027-01-01",
  implementationEndsOn: "2027-12-31",
  allowedYears: "2027",
  offersOpenAt: "2026-12-08T08:00",
  offersDeadline: "2027-01-12T16:00",
  selectionProcedure: "",
  selectionCriteria: [],
  selectionDueOn: "",
  draftBudgetBasis: false,
  contactName: "",
  contactEmail: "",
  contactPhone: "",
  sphereIds: [],
  territoryCodes: [],
};
const form = (deadlineHint: { minDays: number; earliest: string; lastPublication: string | null }) =>
  renderWithIntl(
    <CompetitionBasicsForm
      target={{ competitionId: "k1" }}
      defaultValues={values}
      options={{ spheres: [], territories: [] }}
      deadlineHint={deadlineHint}
    />,
  );
const deadline = () => screen.getByLabelText(/^Termin składania ofert/);

describe("the offers deadline's hint", () => {
  it("names the days of the limit in force and the earliest day if published today", () => {
    form({ minDays: 21, earliest: "2026-12-28", lastPublication: null });
    expect(deadline()).toHaveAccessibleDescription(
      "Czas polski. Co najmniej 21 dni od dnia ostatniej z trzech publikacji ogłoszenia (BIP, tablica ogłoszeń, strona internetowa; art. 13 ust. 1). Przy publikacji dziś: najwcześniej 28 grudnia 2026.",
    );
  });

  it("counts from the last publication once they are dated", () => {
    form({ minDays: 30, earliest: "2027-01-02", lastPublication: "2026-12-03" });
    expect(deadline()).toHaveAccessibleDescription(
      /Co najmniej 30 dni .* Ostatnia publikacja 3 grudnia 2026: najwcześniej 2 stycznia 2027\.$/,
    );
  });
});
