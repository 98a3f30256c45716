/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { InterestForm } from "@/components/partnerships/interests/interest-form";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const sendInterestAction = jest.fn();
jest.mock("@/lib/partnerships/interests/actions", () => ({
  sendInterestAction: (input: unknown) => sendInterestAction(input),
}));

const requestId = "r".repeat(25);
const sides = [
  { choice: `organisation:${"a".repeat(25)}`, name: "Fundacja A" },
  { choice: `institution:${"b".repeat(25)}`, name: "Urząd Gminy B" },
];
const needs = { competences: ["VOLUNTEER_COORDINATION"], resources: ["KITCHEN"] };

describe("InterestForm", () => {
  beforeEach(() => jest.clearAllMocks());

  it("lists its problems in a summary linked to the fields, in the area's own words, and sends nothing", async () => {
    const { container } = renderWithIntl(<InterestForm requestId={requestId} sides={sides} needs={needs} />);
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Wyślij zgłoszenie" }));
    expect(await screen.findByRole("link", { name: "Wybierz, w czyim imieniu piszesz." })).toHaveAttribute(
      "href",
      "#interest-actingFor",
    );
    expect(screen.getByRole("link", { name: "Napisz co najmniej 20 znaków." })).toHaveAttribute(
      "href",
      "#interest-message",
    );
    expect(sendInterestAction).not.toHaveBeenCalled();
  });

  it("sends the side, the message and the needs ticked, and says a refusal", async () => {
    sendInterestAction.mockResolvedValue({ data: { refused: "alreadySent" } });
    renderWithIntl(<InterestForm requestId={requestId} sides={sides} needs={needs} />, "en");
    fireEvent.click(screen.getByRole("radio", { name: "Urząd Gminy B" }));
    fireEvent.change(screen.getByRole("textbox", { name: /Your message/ }), {
      target: { value: "We run holiday clubs in every village hall." },
    });
    fireEvent.click(screen.getByRole("checkbox", { name: "kitchen" }));
    fireEvent.click(screen.getByRole("button", { name: "Send interest" }));
    await waitFor(() =>
      expect(sendInterestAction).toHaveBeenCalledWith({
        requestId,
        actingFor: sides[1]!.choice,
        message: "We run holiday clubs in every village hall.",
        coveredNeeds: ["KITCHEN"],
      }),
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("already expressed interest");
  });
});
