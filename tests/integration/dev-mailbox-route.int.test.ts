// A development-mailbox message's HTML through its route: shown only as the
// message's HTML, never cached; anything else is a bare 404.
import { db } from "@/lib/db/client";
import { showMailboxMessage } from "@/lib/mail/mailbox-handlers";
import { routeContext } from "@/tests/helpers/route-context";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

const request = () => new Request("http://localhost/api/dev-mailbox/x");

describe("the development mailbox's message route", () => {
  it("answers a message's HTML, not cached, and 404 for a malformed or unknown id", async () => {
    actAs(null);
    const message = await db().devMailboxMessage.create({
      data: {
        to: "ola@example.pl",
        subject: "Potwierdź adres",
        text: "Dzień dobry",
        html: "<p>Dzień dobry</p>",
        raw: "",
      },
    });
    const shown = await showMailboxMessage(request(), routeContext({ id: message.id }));
    expect([shown.status, await shown.text()]).toEqual([200, "<p>Dzień dobry</p>"]);
    expect(shown.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(shown.headers.get("cache-control")).toBe("no-store");
    for (const id of ["not-an-id", "clmissing000000000000000001"]) {
      const missing = await showMailboxMessage(request(), routeContext({ id }));
      expect([missing.status, await missing.text()]).toEqual([404, ""]);
    }
  });
});
