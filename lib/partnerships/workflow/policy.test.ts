import {
  canComplete,
  canConfirm,
  canEnd,
  isShownPublicly,
  partyOnSide,
  projectStillRuns,
} from "@/lib/partnerships/workflow/policy";
import { completePartnershipSchema } from "@/lib/partnerships/workflow/schemas";

describe("a partnership's life", () => {
  it("is confirmed and ended only while proposed, completed only once formed", () => {
    expect([canConfirm("PROPOSED"), canConfirm("FORMED"), canConfirm("ENDED")]).toEqual([true, false, false]);
    expect([canEnd("PROPOSED"), canEnd("FORMED"), canEnd("COMPLETED")]).toEqual([true, false, false]);
    expect([canComplete("PROPOSED"), canComplete("FORMED"), canComplete("COMPLETED"), canComplete("ENDED")]).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it("is shown publicly only once formed and with both sides' consent", () => {
    const both = { requesterShowsPublicly: true, partnerShowsPublicly: true };
    expect(isShownPublicly({ status: "FORMED", ...both })).toBe(true);
    expect(isShownPublicly({ status: "COMPLETED", ...both })).toBe(true);
    expect(isShownPublicly({ status: "PROPOSED", ...both })).toBe(false);
    expect(isShownPublicly({ status: "FORMED", ...both, partnerShowsPublicly: false })).toBe(false);
    expect(isShownPublicly({ status: "FORMED", ...both, requesterShowsPublicly: false })).toBe(false);
  });

  it("names the party on each side", () => {
    const row = {
      requesterOrganisationId: null,
      requesterInstitutionId: "office",
      partnerOrganisationId: "org",
      partnerInstitutionId: null,
    };
    expect(partyOnSide(row, "requester")).toEqual({ kind: "institution", id: "office" });
    expect(partyOnSide(row, "partner")).toEqual({ kind: "organisation", id: "org" });
  });

  it("asks whether the sides would work together again when completing", () => {
    const ID = "clx0000000000000000000001";
    expect(completePartnershipSchema.safeParse({ partnershipId: ID, side: "partner" }).success).toBe(false);
    expect(completePartnershipSchema.safeParse({ partnershipId: ID, side: "both", wouldWorkAgain: true }).success).toBe(
      false,
    );
    expect(completePartnershipSchema.parse({ partnershipId: ID, side: "partner", wouldWorkAgain: false })).toEqual({
      partnershipId: ID,
      side: "partner",
      wouldWorkAgain: false,
      endedEarly: false,
    });
  });

  it("counts a project as still running until its end date's Polish day has passed", () => {
    const end = new Date("2027-08-31T00:00:00Z");
    expect(projectStillRuns(null, new Date("2027-01-01T12:00:00Z"))).toBe(false);
    expect(projectStillRuns(end, new Date("2027-08-30T21:59:00Z"))).toBe(true);
    // 22:00 UTC on 30 August is midnight of 31 August in Poland: the last day of the project, no longer ahead.
    expect(projectStillRuns(end, new Date("2027-08-30T22:00:00Z"))).toBe(false);
    expect(projectStillRuns(end, new Date("2027-09-01T08:00:00Z"))).toBe(false);
  });
});
