/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { FlashNotice } from "@/components/ui/flash-notice";

describe("FlashNotice", () => {
  it("announces what was just done and takes focus, so the person learns it where they land", () => {
    render(
      <>
        <button type="button">Before</button>
        <FlashNotice>Twoja organizacja wycofała się z oferty.</FlashNotice>
      </>,
    );
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent("Twoja organizacja wycofała się z oferty.");
    expect(document.activeElement).toContainElement(status);
  });
});
