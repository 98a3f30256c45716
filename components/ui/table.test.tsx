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
});
