/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { NextIntlClientProvider, useFormatter } from "next-intl";
// What the browser runs before the app starts (instrumentation-client.ts).
import "@/instrumentation-client";

function Deadline() {
  const format = useFormatter();
  return <p>{format.dateTime(new Date("2026-12-17T22:59:00Z"), { dateStyle: "long", timeStyle: "short" })}</p>;
}

describe("dates in the browser", () => {
  it("gives client components on the English site British dates, as the server does", () => {
    render(
      <NextIntlClientProvider locale="en" messages={{}} timeZone="Europe/Warsaw">
        <Deadline />
      </NextIntlClientProvider>,
    );
    expect(screen.getByText("17 December 2026 at 23:59")).toBeInTheDocument();
  });
});
