/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { useErrorText } from "@/components/forms/error-text";
import { FormStatus } from "@/components/forms/form-status";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

function Texts({ field, refusal, route }: { field: string; refusal: string; route: string }) {
  const errorText = useErrorText();
  return (
    <ul>
      <li>{errorText.server("NOT_FOUND")}</li>
      <li>{errorText.field(field)}</li>
      <li>{errorText.refusal("newsModeration.refusals", refusal)}</li>
      <li>{errorText.code(route)}</li>
    </ul>
  );
}

describe("useErrorText", () => {
  it("words server errors, field problems, refusals and route errors from the catalogue", () => {
    renderWithIntl(<Texts field="emailRequired" refusal="notPending" route="ATTACHMENTS_FROZEN" />, "en");
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "We could not find what you were looking for.",
      "Enter your e-mail address.",
      "This article no longer waits for a decision – reload the page.",
      "The consultation is announced: published documents cannot be removed. Add a document with the correction instead.",
    ]);
  });

  it("shows a field problem or refusal the catalogue lacks as it came, and an unknown route code as INTERNAL", () => {
    renderWithIntl(<Texts field="Tylko do 5 MB." refusal="somethingNew" route="TEAPOT" />);
    const items = screen.getAllByRole("listitem").map((item) => item.textContent);
    expect(items.slice(1)).toEqual([
      "Tylko do 5 MB.",
      "somethingNew",
      "Coś poszło nie tak po naszej stronie. Spróbuj ponownie; jeśli błąd się powtarza, napisz do operatora platformy.",
    ]);
  });
});

describe("FormStatus with a route's error", () => {
  it("announces it as an alert in words", () => {
    renderWithIntl(<FormStatus routeError="CONSULTATION_CLOSED" />, "en");
    expect(screen.getByRole("alert")).toHaveTextContent("The consultation has ended");
  });
});
