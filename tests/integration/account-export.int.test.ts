// The personal-data download (/api/account/export) through its route: only
// the signed-in person's own data, never cached, never to a visitor.
import { downloadPersonalData } from "@/lib/accounts/export-handlers";
import { createPerson } from "@/tests/factories/people";
import { actAs, signInAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

const request = () => new Request("http://localhost/api/account/export");

describe("the personal-data download", () => {
  it("gives a signed-in person their own data as a JSON attachment, not cached", async () => {
    const zofia = await createPerson({ email: "zofia.eksport@example.pl", name: "Zofia Eksportowa" });
    await createPerson({ email: "inna.osoba@example.pl", name: "Inna Osoba" });
    await signInAs(zofia);
    const answer = await downloadPersonalData(request());
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(answer.headers.get("content-disposition")).toMatch(
      /^attachment; filename="moje-dane-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const text = await answer.text();
    expect(text).toContain("zofia.eksport@example.pl");
    expect(text).not.toContain("inna.osoba@example.pl");
  });

  it("refuses a visitor", async () => {
    actAs(null);
    const answer = await downloadPersonalData(request());
    expect([answer.status, await answer.json()]).toEqual([401, { error: { code: "UNAUTHENTICATED" } }]);
    expect(answer.headers.get("cache-control")).toBe("no-store");
  });
});
