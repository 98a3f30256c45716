// The header's account area asks /api/account/summary once per page: the
// bell's count and the account menu's organisations and offices come in that
// one answer (issue 24), from the memberships the session already loaded.
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { GET } from "@/app/api/account/summary/route";
import type { AccountSummary } from "@/lib/accounts/account-summary";

async function ask(): Promise<AccountSummary> {
  const response = await GET(new Request("http://x/api/account/summary"), { params: Promise.resolve({}) });
  expect(response.status).toBe(200);
  return (await response.json()) as AccountSummary;
}

beforeAll(async () => {
  await createInstanceSettings();
});

describe("the header's account summary", () => {
  it("lists a person's organisations and offices by name, saying in whose name they may appear", async () => {
    const verified = await createOrganisation({ name: "Fundacja Zweryfikowana", verifiedAt: new Date() });
    const unverified = await createOrganisation({ name: "Stowarzyszenie Czekające" });
    const office = await createInstitution({ name: "Urząd Gminy Przykładowej" });
    actAs(
      await createActor({
        name: "Anna Nowak",
        organisations: [{ id: unverified.id }, { id: verified.id }],
        institutions: [{ id: office.id }],
      }),
    );
    const summary = await ask();
    if (!summary.signedIn) throw new Error("signed in expected");
    expect(summary.name).toBe("Anna Nowak");
    expect(summary.memberships).toEqual([
      { kind: "organisation", name: "Fundacja Zweryfikowana", slug: verified.slug, actsFor: true },
      { kind: "organisation", name: "Stowarzyszenie Czekające", slug: unverified.slug, actsFor: false },
      { kind: "institution", name: "Urząd Gminy Przykładowej", slug: office.slug, actsFor: true },
    ]);
  });

  it("gives a person without memberships an empty list, and a visitor nothing personal", async () => {
    actAs(await createActor());
    const summary = await ask();
    expect(summary.signedIn && summary.memberships).toEqual([]);
    actAs(null);
    expect(await ask()).toEqual({ signedIn: false });
  });
});
