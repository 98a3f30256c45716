import { newIdeaAudience } from "@/lib/ideas/announce";

describe("newIdeaAudience", () => {
  const topics = { spheres: [{ sphereId: "kultura" }], territories: [{ territoryCode: "1609032" }] };

  it("names the entry's topics and the addressed office's officials and administrators", () => {
    expect(newIdeaAudience({ addressee: "INSTITUTION", institutionId: "office", ...topics })).toEqual({
      topic: { sphereIds: ["kultura"], territoryCodes: ["1609032"], institutionId: "office" },
      institutions: [{ id: "office", roles: ["ADMINISTRATOR", "OFFICIAL"] }],
    });
  });

  it("tells the platform's administrators too when none of the office's staff is on the platform", () => {
    expect(newIdeaAudience({ addressee: "INSTITUTION", institutionId: "office", ...topics }, false)).toEqual({
      topic: { sphereIds: ["kultura"], territoryCodes: ["1609032"], institutionId: "office" },
      institutions: [{ id: "office", roles: ["ADMINISTRATOR", "OFFICIAL"] }],
      platformRoles: ["ADMINISTRATOR"],
    });
  });

  it("tells the platform's administrators of an entry addressed to the operator or the council", () => {
    for (const addressee of ["OPERATOR", "COUNCIL"] as const)
      expect(newIdeaAudience({ addressee, institutionId: null, ...topics })).toEqual({
        topic: { sphereIds: ["kultura"], territoryCodes: ["1609032"], institutionId: null },
        platformRoles: ["ADMINISTRATOR"],
      });
  });
});
