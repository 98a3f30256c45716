/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { VotingProgress } from "@/components/elections/voting-progress";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

describe("VotingProgress", () => {
  it("shows the deadline and how many of the person's organisations have voted", () => {
    renderWithIntl(<VotingProgress votingEndAt={new Date("2026-12-13T07:00:00Z")} cast={1} total={2} />);
    expect(screen.getByText("Głosowanie trwa do 13 grudnia 2026, 08:00.")).toBeInTheDocument();
    expect(screen.getByText("Twoje organizacje: oddano 1 z 2 kart.")).toBeInTheDocument();
  });

  it("speaks English too", () => {
    renderWithIntl(<VotingProgress votingEndAt={new Date("2026-12-13T07:00:00Z")} cast={0} total={1} />, "en");
    expect(screen.getByText("Your organisations: 0 of 1 ballot cast.")).toBeInTheDocument();
  });
});
