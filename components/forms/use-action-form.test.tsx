/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { z } from "zod";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm, type ActionResult } from "@/components/forms/use-action-form";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

const schema = z.object({ email: z.string().trim().min(1, "emailRequired") });
type Values = z.input<typeof schema>;
type Answer = { saved: true } | { refused: "notPending" };
type Action = (input: Values & { listId: string }) => Promise<ActionResult<Answer>>;

const fieldIds = { email: "subscribe-email" };

function SubscribeForm({
  action,
  onSuccess,
}: {
  action: Action;
  onSuccess?: (data: { saved: true }, email: string) => void;
}) {
  const { form, submit, pending, message, saved, refused, status } = useActionForm(action, schema, {
    defaultValues: { email: "" },
    fieldIds,
    toInput: (values) => ({ ...values, listId: "list-1" }),
    onSuccess: (data, { parsed }) => onSuccess?.(data, parsed.email),
  });
  return (
    <form noValidate onSubmit={submit}>
      <FormStatus {...status} saved={saved && "Zapisano."} refused={refused && `Odmowa: ${refused}`} />
      <FormField id={fieldIds.email} name="email" label="Adres e-mail" error={message("email")} required>
        {(props) => <input {...props} {...form.register("email")} className={inputClassName} />}
      </FormField>
      <button type="submit" disabled={pending}>
        Zapisz
      </button>
    </form>
  );
}

async function fillAndSubmit(email: string) {
  fireEvent.change(screen.getByLabelText(/Adres e-mail/), { target: { value: email } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Zapisz" }));
  });
}

describe("useActionForm with FormStatus", () => {
  beforeAll(() => {
    Element.prototype.scrollIntoView = jest.fn();
  });

  it("validates on the client first: nothing is sent, the summary takes focus and the field says why", async () => {
    const action = jest.fn<ReturnType<Action>, Parameters<Action>>();
    renderWithIntl(<SubscribeForm action={action} />);
    await fillAndSubmit("  ");
    expect(action).not.toHaveBeenCalled();
    expect(screen.getByRole("alert")).toHaveFocus();
    expect(screen.getByRole("link", { name: "Podaj adres e-mail." })).toHaveAttribute("href", "#subscribe-email");
    expect(screen.getByLabelText(/Adres e-mail/)).toHaveAttribute("aria-invalid", "true");
  });

  it("sends the raw values through toInput, says saved, and hands on the accepted data and the parsed fields", async () => {
    const action = jest.fn<ReturnType<Action>, Parameters<Action>>().mockResolvedValue({ data: { saved: true } });
    const onSuccess = jest.fn();
    renderWithIntl(<SubscribeForm action={action} onSuccess={onSuccess} />);
    await fillAndSubmit(" ala@example.org ");
    expect(action).toHaveBeenCalledWith({ email: " ala@example.org ", listId: "list-1" });
    expect(screen.getByRole("status")).toHaveTextContent("Zapisano.");
    expect(onSuccess).toHaveBeenCalledWith({ saved: true }, "ala@example.org");
  });

  it("puts the server's field errors on the fields", async () => {
    const action = jest
      .fn<ReturnType<Action>, Parameters<Action>>()
      .mockResolvedValue({ validationErrors: { email: { _errors: ["emailInvalid"] } } });
    renderWithIntl(<SubscribeForm action={action} />);
    await fillAndSubmit("ala@example.org");
    await waitFor(() => expect(screen.getByLabelText(/Adres e-mail/)).toHaveAttribute("aria-invalid", "true"));
    expect(
      screen.getByRole("link", { name: "Podaj adres e-mail w poprawnej formie, np. jan.kowalski@example.org." }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("shows a refusal, not success, and does not call onSuccess", async () => {
    const action = jest
      .fn<ReturnType<Action>, Parameters<Action>>()
      .mockResolvedValue({ data: { refused: "notPending" } });
    const onSuccess = jest.fn();
    renderWithIntl(<SubscribeForm action={action} onSuccess={onSuccess} />);
    await fillAndSubmit("ala@example.org");
    expect(screen.getByRole("alert")).toHaveTextContent("Odmowa: notPending");
    expect(screen.queryByRole("status")).toBeNull();
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it("shows the server's error in words, and clears it on the next submission", async () => {
    const action = jest
      .fn<ReturnType<Action>, Parameters<Action>>()
      .mockResolvedValueOnce({ serverError: "CONFLICT" })
      .mockResolvedValueOnce({ data: { saved: true } });
    renderWithIntl(<SubscribeForm action={action} />);
    await fillAndSubmit("ala@example.org");
    expect(screen.getByRole("alert")).toHaveTextContent("Ktoś w międzyczasie zmienił te dane.");
    await fillAndSubmit("ala@example.org");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByRole("status")).toHaveTextContent("Zapisano.");
  });
});

describe("FormStatus", () => {
  it("says what a code means on this form where the form has its own words for it", () => {
    renderWithIntl(<FormStatus serverError="CONFLICT" serverErrorTexts={{ CONFLICT: "Konsultacja już trwa." }} />);
    expect(screen.getByRole("alert")).toHaveTextContent("Konsultacja już trwa.");
  });

  it("speaks the reader's language", () => {
    renderWithIntl(<FormStatus serverError="INTERNAL" />, "en");
    expect(screen.getByRole("alert")).toHaveTextContent("Something went wrong on our side.");
  });

  it("renders nothing when there is nothing to say", () => {
    const { container } = renderWithIntl(<FormStatus saved={false} refused={null} serverError={null} />);
    expect(container).toBeEmptyDOMElement();
  });
});
