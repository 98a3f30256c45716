import { actorWith } from "@/tests/factories/actor";
import { mayActFor, partiesOfActor, parsePartyChoice, partyOf } from "@/lib/partnerships/party";
import {
  byFit,
  coversOnlyRequestNeeds,
  interestRefusal,
  requestClosedBecause,
  startOfPolishDay,
  type RequestFacts,
} from "@/lib/partnerships/interests/policy";

const request = (over: Partial<RequestFacts> = {}): RequestFacts => ({
  status: "OPEN",
  visibility: "PUBLISHED",
  repliesCloseOn: new Date("2027-01-15T00:00:00Z"),
  welcomesLocalGovernment: false,
  organisationId: "author",
  institutionId: null,
  neededCompetences: ["VOLUNTEER_COORDINATION"],
  neededResources: ["KITCHEN"],
  ...over,
});
const NOW = new Date("2027-01-10T12:00:00Z");
const sender = { kind: "organisation", id: "sender" } as const;

describe("who may express interest", () => {
  it("lets a verified organisation answer an open request before its reply date", () => {
    expect(interestRefusal(request(), sender, true, NOW)).toBeNull();
  });

  it("refuses an unverified organisation, one's own request, and closed, expired or hidden requests", () => {
    expect(interestRefusal(request(), sender, false, NOW)).toBe("unverified");
    expect(interestRefusal(request(), { kind: "organisation", id: "author" }, true, NOW)).toBe("ownRequest");
    expect(interestRefusal(request({ status: "CLOSED" }), sender, true, NOW)).toBe("notOpen");
    expect(interestRefusal(request({ status: "EXPIRED" }), sender, true, NOW)).toBe("notOpen");
    expect(interestRefusal(request({ visibility: "HIDDEN" }), sender, true, NOW)).toBe("notOpen");
  });

  it("takes interest through the whole last day in Polish time, not after it", () => {
    const closes = request({ repliesCloseOn: new Date("2027-01-10T00:00:00Z") });
    // 23:30 in Warsaw on the 10th (22:30 UTC) is still the last day; 00:30 on the 11th is not.
    expect(requestClosedBecause(closes, new Date("2027-01-10T22:30:00Z"))).toBeNull();
    expect(requestClosedBecause(closes, new Date("2027-01-10T23:30:00Z"))).toBe("repliesClosed");
  });

  it("takes offices only where the request welcomes local government; an office's own request is its own", () => {
    const office = { kind: "institution", id: "office" } as const;
    expect(interestRefusal(request(), office, true, NOW)).toBe("officesNotWelcome");
    expect(interestRefusal(request({ welcomesLocalGovernment: true }), office, true, NOW)).toBeNull();
    expect(
      interestRefusal(
        request({ organisationId: null, institutionId: "office", welcomesLocalGovernment: true }),
        office,
        true,
        NOW,
      ),
    ).toBe("ownRequest");
  });

  it("accepts only needs the request lists", () => {
    expect(coversOnlyRequestNeeds(request(), [])).toBe(true);
    expect(coversOnlyRequestNeeds(request(), ["KITCHEN", "VOLUNTEER_COORDINATION"])).toBe(true);
    expect(coversOnlyRequestNeeds(request(), ["KITCHEN", "MINIBUS"])).toBe(false);
  });

  it("counts the day from midnight in Poland", () => {
    expect(startOfPolishDay(new Date("2027-01-10T12:00:00Z")).toISOString()).toBe("2027-01-09T23:00:00.000Z");
    expect(startOfPolishDay(new Date("2027-07-10T12:00:00Z")).toISOString()).toBe("2027-07-09T22:00:00.000Z");
  });
});

describe("the author's list order", () => {
  const at = (minute: number) => new Date(Date.UTC(2027, 0, 1, 10, minute));
  it("puts higher fit first, interests without a score last, then more needs covered, then the earlier", () => {
    const rows = [
      { id: "none-many", fitScore: null, coveredNeeds: ["A", "B"], createdAt: at(1) },
      { id: "low", fitScore: 0.2, coveredNeeds: [], createdAt: at(2) },
      { id: "none-few", fitScore: null, coveredNeeds: ["A"], createdAt: at(0) },
      { id: "high", fitScore: 0.9, coveredNeeds: [], createdAt: at(3) },
      { id: "none-many-later", fitScore: null, coveredNeeds: ["A", "B"], createdAt: at(5) },
    ];
    expect([...rows].sort(byFit).map((r) => r.id)).toEqual(["high", "low", "none-many", "none-many-later", "none-few"]);
  });
});

describe("sides", () => {
  it("are read from a row's pair of columns and from the form's choice", () => {
    expect(partyOf({ organisationId: "o", institutionId: null })).toEqual({ kind: "organisation", id: "o" });
    expect(partyOf({ organisationId: null, institutionId: "i" })).toEqual({ kind: "institution", id: "i" });
    expect(partyOf({ organisationId: null, institutionId: null })).toBeNull();
    expect(parsePartyChoice("institution:abc")).toEqual({ kind: "institution", id: "abc" });
  });

  it("are acted for by an organisation's owners and editors and an office's officials with two-factor authentication", () => {
    const editor = actorWith({ organisations: [{ organisationId: "o", role: "EDITOR" }] });
    const member = actorWith({ organisations: [{ organisationId: "o", role: "MEMBER" }] });
    const official = actorWith({ institutions: [{ institutionId: "i", role: "OFFICIAL" }] });
    expect(mayActFor(editor, { kind: "organisation", id: "o" })).toBe(true);
    expect(mayActFor(member, { kind: "organisation", id: "o" })).toBe(false);
    expect(mayActFor(editor, { kind: "organisation", id: "other" })).toBe(false);
    expect(mayActFor(official, { kind: "institution", id: "i" })).toBe(true);
    expect(mayActFor({ ...official, twoFactorEnabled: false }, { kind: "institution", id: "i" })).toBe(false);
    expect(mayActFor(actorWith({ platformRole: "ADMINISTRATOR" }), { kind: "organisation", id: "o" })).toBe(false);
    // Where verification counts, an unverified organisation's editor is refused; an office needs none.
    expect(mayActFor(editor, { kind: "organisation", id: "o" }, { organisationVerified: false })).toBe(false);
    expect(mayActFor(editor, { kind: "organisation", id: "o" }, { organisationVerified: true })).toBe(true);
    expect(mayActFor(official, { kind: "institution", id: "i" }, { organisationVerified: false })).toBe(true);
    expect(partiesOfActor({ ...member, institutions: official.institutions })).toEqual([
      { kind: "institution", id: "i" },
    ]);
  });
});
