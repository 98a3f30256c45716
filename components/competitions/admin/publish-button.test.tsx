/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { PublishButton } from "@/components/competitions/admin/publish-button";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

const publish = jest.fn(async (_input: unknown) => ({ data: { published: true } }));
jest.mock("@/lib/competitions/actions", () => ({
  publishCompetitionAction: (input: unknown) => publish(input),
}));
const push = jest.fn();
jest.mock("@/lib/i18n/navigation", () => ({ useRouter: () => ({ push }) }));

beforeEach(() => {
  publish.mockClear();
  push.mockClear();
});

const button = () =>
  renderWithIntl(
    <PublishButton competitionId="k1" slug="seniorzy" title="Aktywni seniorzy" deadline="29 grudnia 2026, 16:00" />,
  );

describe("publishing a competition", () => {
  it("asks first, naming what goes out and that the text is frozen after, with the focus on going back", async () => {
    const { container } = button();
    fireEvent.click(screen.getByRole("button", { name: "Opublikuj ogłoszenie" }));
    expect(publish).not.toHaveBeenCalled();
    const step = screen.getByRole("group", { name: /^Opublikować ogłoszenie „Aktywni seniorzy”/ });
    expect(step).toHaveTextContent("29 grudnia 2026, 16:00");
    expect(step).toHaveTextContent("nie można już zmieniać");
    expect(screen.getByRole("button", { name: "Wróć" })).toHaveFocus();
    expect(await axeViolations(container)).toEqual([]);

    fireEvent.click(screen.getByRole("button", { name: "Wróć" }));
    expect(screen.getByRole("button", { name: "Opublikuj ogłoszenie" })).toHaveFocus();
    expect(publish).not.toHaveBeenCalled();
  });

  it("publishes on the explicit confirmation", async () => {
    button();
    fireEvent.click(screen.getByRole("button", { name: "Opublikuj ogłoszenie" }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Tak, opublikuj ogłoszenie" }));
    });
    expect(publish).toHaveBeenCalledWith({ competitionId: "k1" });
    expect(push).toHaveBeenCalledWith({ pathname: "/competitions/[slug]/edit", params: { slug: "seniorzy" } });
  });
});
