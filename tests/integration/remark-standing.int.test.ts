import type { Actor } from "@/lib/auth/permissions";
import { remarkStanding } from "@/lib/consultations/remarks/standing";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";

// Issue 18: everyone who could not write a remark was told to join their organisation.
const actor = (overrides: Partial<Actor> = {}): Actor => ({
  id: "person",
  platformRole: "RESIDENT",
  twoFactorEnabled: false,
  organisations: [],
  institutions: [],
  ...overrides,
});

describe("why a person cannot write a remark in a consultation for organisations", () => {
  it("tells the organising office's official that it is theirs to manage", async () => {
    const office = await createInstitution();
    const other = await createInstitution({ territoryCode: "1661011" });
    expect(
      await remarkStanding(actor({ institutions: [{ institutionId: office.id, role: "OFFICIAL" }] }), office.id),
    ).toEqual({ kind: "organiser" });
    // An official of another office is, here, a person without an organisation.
    expect(
      await remarkStanding(actor({ institutions: [{ institutionId: other.id, role: "OFFICIAL" }] }), office.id),
    ).toEqual({ kind: "noOrganisation" });
  });

  it("tells the owner of an unverified organisation that it waits for verification, with its profile to complete", async () => {
    const office = { id: "organising-office" };
    const waiting = await createOrganisation({ name: "Stowarzyszenie Czekające" });
    const verified = await createOrganisation({ name: "Fundacja Sprawdzona", verifiedAt: new Date() });
    const owner = actor({ organisations: [{ organisationId: waiting.id, role: "OWNER" }] });
    expect(await remarkStanding(owner, office.id)).toEqual({
      kind: "awaitingVerification",
      organisation: { slug: waiting.slug, name: "Stowarzyszenie Czekające" },
      canEdit: true,
    });
    // A plain member cannot edit the profile, so is not sent there.
    const member = actor({ organisations: [{ organisationId: waiting.id, role: "MEMBER" }] });
    expect(await remarkStanding(member, office.id)).toMatchObject({ kind: "awaitingVerification", canEdit: false });
    // Membership only of a verified one does not explain anything here (the page then offers it to act for).
    expect(
      await remarkStanding(actor({ organisations: [{ organisationId: verified.id, role: "OWNER" }] }), office.id),
    ).toEqual({ kind: "noOrganisation" });
  });

  it("asks a person with no organisation to join theirs", async () => {
    const office = { id: "organising-office" };
    expect(await remarkStanding(actor(), office.id)).toEqual({ kind: "noOrganisation" });
  });
});
