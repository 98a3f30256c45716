import type { Actor } from "@/lib/auth/permissions";
import { mayPostPartnerRequests, mayReadSuggestionsForYou } from "@/lib/partnerships/list/may-post";

const person = (over: Partial<Actor> = {}): Actor => ({
  id: "u1",
  platformRole: "RESIDENT",
  twoFactorEnabled: false,
  organisations: [],
  institutions: [],
  ...over,
});

describe("the list's own links", () => {
  it("offers posting to an owner or editor of a verified organisation only", () => {
    expect(mayPostPartnerRequests(null)).toBe(false);
    expect(mayPostPartnerRequests(person())).toBe(false);
    const editor = { organisationId: "o1", role: "EDITOR" as const, verified: true };
    expect(mayPostPartnerRequests(person({ organisations: [editor] }))).toBe(true);
    expect(mayPostPartnerRequests(person({ organisations: [{ ...editor, verified: false }] }))).toBe(false);
    expect(mayPostPartnerRequests(person({ organisations: [{ ...editor, role: "MEMBER" as const }] }))).toBe(false);
  });

  it("offers posting to an office's official with two-factor authentication on", () => {
    const official = { institutionId: "i1", role: "OFFICIAL" as const };
    expect(mayPostPartnerRequests(person({ institutions: [official] }))).toBe(false);
    expect(mayPostPartnerRequests(person({ institutions: [official], twoFactorEnabled: true }))).toBe(true);
  });

  it("offers 'for you' to those acting for an organisation", () => {
    expect(mayReadSuggestionsForYou(null)).toBe(false);
    expect(mayReadSuggestionsForYou(person())).toBe(false);
    expect(
      mayReadSuggestionsForYou(person({ organisations: [{ organisationId: "o1", role: "OWNER", verified: false }] })),
    ).toBe(true);
  });
});
