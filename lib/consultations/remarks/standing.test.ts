import type { Actor } from "@/lib/auth/permissions";
import { standingAmong } from "@/lib/consultations/remarks/standing";

// Issue 18: everyone who could not write a remark was told to join their organisation.
const actor = (overrides: Partial<Actor> = {}): Actor => ({
  id: "person",
  platformRole: "RESIDENT",
  twoFactorEnabled: false,
  organisations: [],
  institutions: [],
  ...overrides,
});
const OFFICE = "organising-office";
const waiting = { id: "o-waiting", slug: "stowarzyszenie-czekajace", name: "Stowarzyszenie Czekające" };

describe("why a person cannot write a remark in a consultation for organisations", () => {
  it("tells the organising office's official that it is theirs to manage, and no one else", () => {
    expect(standingAmong(actor({ institutions: [{ institutionId: OFFICE, role: "OFFICIAL" }] }), OFFICE, [])).toEqual({
      kind: "organiser",
    });
    // An official of another office is, here, a person without an organisation.
    expect(standingAmong(actor({ institutions: [{ institutionId: "other", role: "OFFICIAL" }] }), OFFICE, [])).toEqual({
      kind: "noOrganisation",
    });
  });

  it("tells the owner of an unverified organisation that it waits for verification, with its profile to complete", () => {
    const owner = actor({ organisations: [{ organisationId: waiting.id, role: "OWNER" }] });
    expect(standingAmong(owner, OFFICE, [waiting])).toEqual({
      kind: "awaitingVerification",
      organisation: { slug: waiting.slug, name: waiting.name },
      canEdit: true,
    });
    // A plain member cannot edit the profile, so is not sent there.
    const member = actor({ organisations: [{ organisationId: waiting.id, role: "MEMBER" }] });
    expect(standingAmong(member, OFFICE, [waiting])).toMatchObject({ kind: "awaitingVerification", canEdit: false });
  });

  it("names first the waiting organisation whose profile the person can complete", () => {
    const first = { id: "o-a", slug: "a", name: "Akademia" };
    const person = actor({
      organisations: [
        { organisationId: first.id, role: "MEMBER" },
        { organisationId: waiting.id, role: "OWNER" },
      ],
    });
    expect(standingAmong(person, OFFICE, [first, waiting])).toMatchObject({
      organisation: { slug: waiting.slug },
      canEdit: true,
    });
  });

  it("asks a person with no organisation waiting to join theirs", () => {
    expect(standingAmong(actor(), OFFICE, [])).toEqual({ kind: "noOrganisation" });
  });
});
