/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { BallotReceipt } from "@/components/elections/ballot-receipt";
import { axeViolations, renderWithIntl } from "@/tests/helpers/render-with-intl";

// The locale-aware Link needs the app router; a plain anchor shows where it leads.
jest.mock("@/lib/i18n/navigation", () => ({
  Link: ({ href, children, ...props }: { href: { query: { organizacja: string } }; children: ReactNode }) => (
    <a href={`/wybory/x/glosuj?organizacja=${href.query.organizacja}`} {...props}>
      {children}
    </a>
  ),
}));

const receipt = { tracker: "7KQ2-M9XD-4RTB-H0CE", choices: [{ id: "c1", candidateName: "Halina Zdrowotna" }] };

describe("BallotReceipt", () => {
  it("offers to print the receipt and copy the tracker, and says when it is copied", async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    const print = jest.spyOn(window, "print").mockImplementation(() => undefined);
    const { container } = renderWithIntl(
      <BallotReceipt electionSlug="x" organisation={{ name: "Fundacja Odra" }} receipt={receipt} others={[]} />,
    );
    expect(screen.getByRole("heading", { name: "Głos oddany: Fundacja Odra" })).toHaveFocus();
    fireEvent.click(screen.getByRole("button", { name: "Drukuj potwierdzenie" }));
    expect(print).toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Kopiuj kod karty" }));
    expect(await screen.findByText("Skopiowano kod karty do schowka.")).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith("7KQ2-M9XD-4RTB-H0CE");
    // Nothing else to vote for: no such offer.
    expect(screen.queryByRole("link")).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("says so when the clipboard refuses", async () => {
    Object.assign(navigator, { clipboard: { writeText: jest.fn().mockRejectedValue(new Error("denied")) } });
    renderWithIntl(
      <BallotReceipt electionSlug="x" organisation={{ name: "Fundacja Odra" }} receipt={receipt} others={[]} />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Kopiuj kod karty" }));
    expect(await screen.findByText("Nie udało się skopiować: przepisz kod ręcznie.")).toBeInTheDocument();
  });

  it("offers the ballot of each other organisation the person may still cast", () => {
    renderWithIntl(
      <BallotReceipt
        electionSlug="x"
        organisation={{ name: "Fundacja Odra" }}
        receipt={receipt}
        others={[{ id: "org2", name: "Stowarzyszenie Nysa" }]}
      />,
    );
    expect(screen.getByRole("heading", { name: "Twoje inne organizacje jeszcze nie głosowały" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Głosuj w imieniu: Stowarzyszenie Nysa" })).toHaveAttribute(
      "href",
      "/wybory/x/glosuj?organizacja=org2",
    );
  });
});
