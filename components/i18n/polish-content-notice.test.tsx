/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { PolishContentNotice } from "@/components/i18n/polish-content-notice";
import { renderWithIntl } from "@/tests/helpers/render-with-intl";

describe("PolishContentNotice", () => {
  it("tells English and German readers that the content is in Polish", () => {
    renderWithIntl(<PolishContentNotice kind="document" />, "en");
    expect(screen.getByText("This document is in Polish.")).toBeInTheDocument();
    renderWithIntl(<PolishContentNotice kind="discussion" />, "de");
    expect(screen.getByText("Diese Diskussion ist auf Polnisch.")).toBeInTheDocument();
    renderWithIntl(<PolishContentNotice kind="election" />, "en");
    expect(
      screen.getByText("The election’s description and the candidates’ details are in Polish."),
    ).toBeInTheDocument();
  });

  it("says nothing on the Polish site", () => {
    const { container } = renderWithIntl(<PolishContentNotice kind="article" />, "pl");
    expect(container).toBeEmptyDOMElement();
  });
});
