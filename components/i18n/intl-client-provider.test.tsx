/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { useFormatter } from "next-intl";
import { IntlClientProvider } from "@/components/i18n/intl-client-provider";

function Deadline() {
  const format = useFormatter();
  return <p>{format.dateTime(new Date("2026-12-17T22:59:00Z"), { dateStyle: "long", timeStyle: "short" })}</p>;
}

describe("IntlClientProvider", () => {
  it("gives client components on the English site British dates, as the server does", () => {
    render(
      <IntlClientProvider locale="en" messages={{}} timeZone="Europe/Warsaw">
        <Deadline />
      </IntlClientProvider>,
    );
    expect(screen.getByText("17 December 2026 at 23:59")).toBeInTheDocument();
  });
});
