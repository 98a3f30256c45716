/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { ChannelsForm } from "@/components/competitions/decision/channels-form";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

const record = jest.fn(async (_input: unknown) => ({ data: { saved: true } }));
jest.mock("@/lib/competitions/decision/actions", () => ({
  recordChannelsAction: (input: unknown) => record(input),
}));

describe("the results' publication days", () => {
  it("keeps the days just saved in the form and says they are saved", async () => {
    renderWithIntl(
      <ChannelsForm
        competitionId="k1"
        noticeId="n1"
        current={{ bipOn: "", noticeBoardOn: "", websiteOn: "", bipUrl: "" }}
      />,
    );
    fireEvent.change(screen.getByLabelText("Biuletyn Informacji Publicznej"), { target: { value: "2026-12-08" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Zapisz dni publikacji" }));
    });
    expect(record).toHaveBeenCalledWith({
      competitionId: "k1",
      noticeId: "n1",
      bipOn: "2026-12-08",
      noticeBoardOn: "",
      websiteOn: "",
      bipUrl: "",
    });
    expect(screen.getByText("Dni publikacji zapisane.")).toBeInTheDocument();
    expect(screen.getByLabelText("Biuletyn Informacji Publicznej")).toHaveValue("2026-12-08");
  });
});
