/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { useForm } from "react-hook-form";
import { ActingAsFieldset } from "@/components/auth/acting-as-fieldset";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

function Form({
  organisations,
  onSubmit = () => undefined,
}: {
  organisations: { id: string; name: string }[];
  onSubmit?: (values: unknown) => void;
}) {
  const form = useForm<{ actingFor: string }>({ defaultValues: { actingFor: "" } });
  return (
    <form onSubmit={form.handleSubmit(onSubmit)}>
      <ActingAsFieldset
        id="acting"
        personName="Anna Nowak"
        organisations={organisations}
        register={form.register("actingFor")}
      />
      <button type="submit">Wyślij</button>
    </form>
  );
}

describe("ActingAsFieldset", () => {
  it("offers oneself and each organisation, oneself first and chosen", async () => {
    const onSubmit = jest.fn();
    const { container } = renderWithIntl(
      <Form organisations={[{ id: "org1", name: "Fundacja Odra" }]} onSubmit={onSubmit} />,
    );
    const group = screen.getByRole("group", { name: "Występuję jako" });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "siebie (Anna Nowak)" })).toBeChecked();
    fireEvent.click(screen.getByRole("radio", { name: "w imieniu organizacji: Fundacja Odra" }));
    fireEvent.click(screen.getByRole("button", { name: "Wyślij" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toEqual({ actingFor: "org1" });
    expect(await axeViolations(container)).toEqual([]);
  });

  it("shows nothing to a person without organisations", () => {
    renderWithIntl(<Form organisations={[]} />);
    expect(screen.queryByRole("group")).toBeNull();
  });
});
