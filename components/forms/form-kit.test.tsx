/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

function Form({ errors }: { errors: Record<string, string> }) {
  return (
    <form>
      <ErrorSummary errors={Object.entries(errors).map(([fieldId, message]) => ({ fieldId, message }))} />
      <FormField
        id="email"
        label="Adres e-mail"
        hint="Na ten adres wyślemy potwierdzenie."
        error={errors.email}
        required
      >
        {(props) => <input type="email" className={inputClassName} {...props} />}
      </FormField>
      <FormField id="name" label="Nazwa organizacji" error={errors.name}>
        {(props) => <input className={inputClassName} {...props} />}
      </FormField>
    </form>
  );
}

describe("FormField", () => {
  it("ties the label, hint and error to the control", () => {
    renderWithIntl(<Form errors={{ email: "Podaj adres e-mail." }} />);
    const input = screen.getByLabelText(/Adres e-mail/);
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toBeRequired();
    const describedBy = input.getAttribute("aria-describedby")!.split(" ");
    expect(describedBy.map((id) => document.getElementById(id)!.textContent)).toEqual([
      "Na ten adres wyślemy potwierdzenie.",
      "Błąd: Podaj adres e-mail.",
    ]);
    expect(screen.getByLabelText("Nazwa organizacji")).not.toHaveAttribute("aria-invalid");
  });

  it("says (required) in the reader's language", () => {
    renderWithIntl(<Form errors={{}} />, "de");
    expect(screen.getByText("(Pflichtfeld)")).toBeInTheDocument();
  });
});

describe("ErrorSummary", () => {
  // jsdom does no layout and has no scrollIntoView; browsers all do.
  beforeAll(() => {
    Element.prototype.scrollIntoView = jest.fn();
  });

  it("renders nothing when there are no errors", () => {
    renderWithIntl(<Form errors={{}} />);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("takes focus and counts the errors with Polish plurals", () => {
    renderWithIntl(<Form errors={{ email: "Podaj adres e-mail.", name: "Podaj nazwę." }} />);
    const summary = screen.getByRole("alert");
    expect(summary).toHaveFocus();
    expect(screen.getByRole("heading", { name: "Formularz zawiera 2 błędy" })).toBeInTheDocument();
  });

  it("leaves focus in the field while the person fixes errors, and takes it again for a new one", () => {
    const { rerender } = renderWithIntl(<Form errors={{ email: "Podaj adres e-mail.", name: "Podaj nazwę." }} />);
    const name = screen.getByLabelText("Nazwa organizacji");
    name.focus();
    rerender(<Form errors={{ email: "Podaj adres e-mail." }} />);
    expect(name).toHaveFocus();
    rerender(<Form errors={{ email: "Ten adres jest już zajęty." }} />);
    expect(screen.getByRole("alert")).toHaveFocus();
  });

  it("links each error to its field and focuses the field when followed", () => {
    renderWithIntl(<Form errors={{ name: "Podaj nazwę." }} />);
    const link = screen.getByRole("link", { name: "Podaj nazwę." });
    expect(link).toHaveAttribute("href", "#name");
    fireEvent.click(link);
    expect(screen.getByLabelText("Nazwa organizacji")).toHaveFocus();
  });

  it("passes axe with and without errors", async () => {
    const { container, rerender } = renderWithIntl(
      <Form errors={{ email: "Podaj adres e-mail.", name: "Podaj nazwę." }} />,
    );
    expect(await axeViolations(container)).toEqual([]);
    rerender(<Form errors={{}} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
