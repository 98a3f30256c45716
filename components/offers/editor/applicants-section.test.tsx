/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { ApplicantsSectionForm } from "@/components/offers/editor/applicants-section";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

const content = {
  list: [
    { organisationId: "lead", name: "Fundacja Prowadząca" },
    { organisationId: "partner", name: "Zielona Odra" },
  ],
  contact: {},
};

function form(editableApplicants: string[]) {
  renderWithIntl(
    <ApplicantsSectionForm
      template="FULL_2018"
      content={content}
      names={{ lead: "Fundacja Prowadząca", partner: "Zielona Odra" }}
      onChange={() => undefined}
      readOnly={false}
      editableApplicants={editableApplicants}
    />,
  );
  const [lead, partner] = screen
    .getAllByRole("group")
    .filter((group) => group.tagName === "FIELDSET" && group.querySelector("legend")?.textContent?.includes(":"));
  return { lead: lead!, partner: partner! };
}

const textboxes = (block: HTMLElement) => within(block).getAllByRole("textbox") as HTMLInputElement[];

describe("section II for a co-applicant's people", () => {
  it("leaves the other organisations' blocks read-only and says whose they are", () => {
    const { lead, partner } = form(["partner"]);
    expect(textboxes(lead).every((input) => input.readOnly)).toBe(true);
    expect(within(lead).getByText("Te dane wypełniają osoby z organizacji Fundacja Prowadząca.")).toBeTruthy();
    expect(textboxes(partner).some((input) => !input.readOnly)).toBe(true);
  });

  it("lets the lead's people fill in every block", () => {
    const { lead, partner } = form(["lead", "partner"]);
    expect(textboxes(lead).some((input) => !input.readOnly)).toBe(true);
    expect(textboxes(partner).some((input) => !input.readOnly)).toBe(true);
    expect(screen.queryByText(/Te dane wypełniają osoby/)).toBeNull();
  });
});
