/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { Button } from "@/components/ui/button";

describe("Button", () => {
  it("keeps the focus while busy, says it is unavailable, and neither clicks nor submits meanwhile", () => {
    const clicked = jest.fn();
    const submitted = jest.fn((event: { preventDefault: () => void }) => event.preventDefault());
    const { rerender } = render(
      <form onSubmit={submitted}>
        <Button type="submit" busy onClick={clicked}>
          Wyślij
        </Button>
      </form>,
    );
    const button = screen.getByRole("button", { name: "Wyślij" });
    button.focus();
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).not.toBeDisabled();
    fireEvent.click(button);
    expect(clicked).not.toHaveBeenCalled();
    expect(submitted).not.toHaveBeenCalled();
    expect(button).toHaveFocus();
    rerender(
      <form onSubmit={submitted}>
        <Button type="submit" onClick={clicked}>
          Wyślij
        </Button>
      </form>,
    );
    expect(button).not.toHaveAttribute("aria-disabled");
    fireEvent.click(button);
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(submitted).toHaveBeenCalledTimes(1);
  });
});
