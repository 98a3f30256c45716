/** @jest-environment jsdom */
import { render } from "@testing-library/react";
import { WordDiff } from "@/components/ui/word-diff";

describe("WordDiff", () => {
  it("strikes removed words, underlines added ones and names both for screen readers", () => {
    const { container } = render(
      <p>
        <WordDiff
          words={[
            { kind: "same", text: "Oferty do " },
            { kind: "removed", text: "31 stycznia" },
            { kind: "added", text: "28 lutego" },
          ]}
          labels={{ deleted: "usunięto", inserted: "dodano" }}
        />
      </p>,
    );
    expect(container.querySelector("del")).toHaveTextContent("[usunięto: 31 stycznia]");
    expect(container.querySelector("ins")).toHaveTextContent("[dodano: 28 lutego]");
    expect(container.querySelector("p")).toHaveTextContent("Oferty do [usunięto: 31 stycznia][dodano: 28 lutego]");
  });
});
