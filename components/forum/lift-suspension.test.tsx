/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { LiftSuspension } from "@/components/forum/lift-suspension";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

describe("LiftSuspension", () => {
  it("asks first, with focus on cancel; lifts only once confirmed", () => {
    const onLift = jest.fn();
    renderWithIntl(<LiftSuspension name="Anna Mieszkańska" pending={false} onLift={onLift} />);
    fireEvent.click(screen.getByRole("button", { name: "Zdejmij zawieszenie: Anna Mieszkańska" }));
    const question = screen.getByRole("group", { name: "Zdejmij zawieszenie: Anna Mieszkańska" });
    expect(question).toHaveTextContent("Anna Mieszkańska od razu odzyska możliwość pisania na forum.");
    expect(screen.getByRole("button", { name: "Anuluj" })).toHaveFocus();

    fireEvent.click(screen.getByRole("button", { name: "Anuluj" }));
    expect(onLift).not.toHaveBeenCalled();
    const opener = screen.getByRole("button", { name: "Zdejmij zawieszenie: Anna Mieszkańska" });
    expect(opener).toHaveFocus();

    fireEvent.click(opener);
    fireEvent.click(screen.getByRole("button", { name: "Zdejmij zawieszenie" }));
    expect(onLift).toHaveBeenCalledTimes(1);
  });
});
