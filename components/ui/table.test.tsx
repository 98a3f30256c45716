/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { Table, Td, Th } from "@/components/ui/table";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

describe("Table", () => {
  it("scrolls in a positioned box, so visually hidden (absolute) labels inside stay in it and cannot widen the page", () => {
    renderWithIntl(
      <Table caption="Organizacje do weryfikacji">
        <thead>
          <tr>
            <Th>Nazwa</Th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <Td>
              <button type="button">
                Zweryfikuj<span className="sr-only"> Fundacja Forum</span>
              </button>
            </Td>
          </tr>
        </tbody>
      </Table>,
    );
    const region = screen.getByRole("region", { name: "Organizacje do weryfikacji" });
    expect(region).toHaveClass("overflow-x-auto");
    // Tailwind's sr-only is position:absolute; only a positioned ancestor with the overflow contains it.
    expect(region).toHaveClass("relative");
  });

  it("stacked: keeps the table's structure for screen readers and gives each cell its column's name to show below sm", () => {
    renderWithIntl(
      <Table caption="Twoje dokumenty" stacked>
        <thead>
          <tr role="row">
            <Th role="columnheader">Tytuł</Th>
            <Th role="columnheader">Wersje</Th>
          </tr>
        </thead>
        <tbody>
          <tr role="row">
            <Td label="Tytuł">Program współpracy</Td>
            <Td label="Wersje">2</Td>
          </tr>
        </tbody>
      </Table>,
    );
    const table = screen.getByRole("table", { name: "Twoje dokumenty" });
    expect(table).toHaveClass("table-stacked");
    expect(table).toHaveAttribute("role", "table");
    expect(screen.getAllByRole("columnheader").map((header) => header.textContent)).toEqual(["Tytuł", "Wersje"]);
    const [title, versions] = screen.getAllByRole("cell");
    expect(versions).toHaveAttribute("role", "cell");
    // The visible name is hidden from screen readers, which announce the column header instead.
    const label = versions!.querySelector(".table-stacked-label")!;
    expect(label).toHaveTextContent("Wersje:");
    expect(label).toHaveAttribute("aria-hidden", "true");
    expect(title).toHaveTextContent("Tytuł: Program współpracy");
  });

  it("without stacked, renders a plain table with no column names in the cells", () => {
    renderWithIntl(
      <Table caption="Organizacje">
        <tbody>
          <tr>
            <Td>Fundacja</Td>
          </tr>
        </tbody>
      </Table>,
    );
    expect(screen.getByRole("table")).not.toHaveAttribute("role");
    expect(screen.getByRole("cell")).toHaveTextContent(/^Fundacja$/);
  });
});
