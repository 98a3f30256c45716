/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { AgreementLink } from "@/components/partnerships/agreement/agreement-link";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

describe("AgreementLink", () => {
  it("links the partnership's agreement in the page's language, saying what the file is", async () => {
    const { container } = renderWithIntl(<AgreementLink partnershipId="cmpartnership00000001" />, "de");
    const link = screen.getByRole("link", { name: "Partnerschaftsvertrag (DOCX)" });
    expect(link).toHaveAttribute("href", "/api/partnerships/agreements/cmpartnership00000001?locale=de");
    expect(link).toHaveAccessibleDescription(/Das Dokument ist auf Polnisch/);
    expect(await axeViolations(container)).toEqual([]);
  });
});
