/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { TaskForm } from "@/components/competitions/admin/task-form";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const saveTaskAction = jest.fn();
jest.mock("@/lib/competitions/actions", () => ({
  saveTaskAction: (input: unknown) => saveTaskAction(input),
}));

const spheres = [{ id: "udpp-4-1-10", label: "10. Działalność na rzecz osób w wieku emerytalnym" }];
const empty = {
  number: "1",
  kindName: "",
  description: "",
  sphereId: "",
  kindKey: "",
  form: "SUPPORT" as const,
  pool: "",
  minGrant: "",
  maxGrant: "",
  minOwnContributionBp: "",
  maxAdminCostBp: "",
};

describe("a competition's task form", () => {
  it("refuses an amount that is not złoty before sending, then sends what was typed with the competition", async () => {
    saveTaskAction.mockResolvedValue({ data: { taskId: "t1" } });
    const { container } = renderWithIntl(<TaskForm competitionId="c1" defaultValues={empty} spheres={spheres} />);
    fireEvent.change(screen.getByRole("textbox", { name: /^Rodzaj zadania/ }), {
      target: { value: "Aktywizacja seniorów" },
    });
    fireEvent.change(screen.getByRole("combobox", { name: /^Sfera/ }), { target: { value: "udpp-4-1-10" } });
    const pool = screen.getByRole("textbox", { name: /^Środki na zadanie/ });
    fireEvent.change(pool, { target: { value: "dużo" } });
    fireEvent.click(screen.getByRole("button", { name: "Dodaj zadanie" }));
    expect(await screen.findByRole("link", { name: /^Podaj kwotę w złotych/ })).toHaveAttribute(
      "href",
      "#task-new-pool",
    );
    expect(saveTaskAction).not.toHaveBeenCalled();
    expect(await axeViolations(container)).toEqual([]);

    fireEvent.change(pool, { target: { value: "200 000" } });
    fireEvent.click(screen.getByRole("button", { name: "Dodaj zadanie" }));
    await waitFor(() =>
      expect(saveTaskAction).toHaveBeenCalledWith({
        ...empty,
        kindName: "Aktywizacja seniorów",
        sphereId: "udpp-4-1-10",
        pool: "200 000",
        competitionId: "c1",
      }),
    );
  });
});
