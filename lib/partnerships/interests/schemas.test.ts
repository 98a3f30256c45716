import { declineInterestsSchema, sendInterestSchema } from "@/lib/partnerships/interests/schemas";

const ID = "clx0000000000000000000001";
const valid = {
  requestId: ID,
  actingFor: `organisation:${ID}`,
  message: "  Mamy kuchnię i wolontariuszy gotowych pomagać.  ",
  coveredNeeds: ["KITCHEN", "KITCHEN", "VOLUNTEERS"],
};
const problems = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe("an interest as sent", () => {
  it("is trimmed, and its needs listed once", () => {
    expect(sendInterestSchema.parse(valid)).toEqual({
      ...valid,
      message: "Mamy kuchnię i wolontariuszy gotowych pomagać.",
      coveredNeeds: ["KITCHEN", "VOLUNTEERS"],
    });
  });

  it("needs a side, a message of 20 to 1000 characters, and well-formed need codes", () => {
    expect(problems(sendInterestSchema.safeParse({ ...valid, actingFor: "" }))).toEqual(["interestPartyRequired"]);
    expect(problems(sendInterestSchema.safeParse({ ...valid, actingFor: `council:${ID}` }))).toEqual([
      "interestPartyRequired",
    ]);
    expect(problems(sendInterestSchema.safeParse({ ...valid, message: "Za krótko" }))).toEqual([
      "interestMessageTooShort",
    ]);
    expect(problems(sendInterestSchema.safeParse({ ...valid, message: "x".repeat(1001) }))).toEqual([
      "interestMessageTooLong",
    ]);
    expect(problems(sendInterestSchema.safeParse({ ...valid, coveredNeeds: ["kitchen; drop"] }))).toEqual([
      "interestNeedUnknown",
    ]);
    expect(problems(sendInterestSchema.safeParse({ ...valid, requestId: "1 OR 1=1" }))).toEqual(["notFound"]);
  });
});

describe("a decline", () => {
  it("takes one to a hundred interests and an optional reason of up to 500 characters", () => {
    expect(declineInterestsSchema.parse({ requestId: ID, interestIds: [ID], note: "  " })).toEqual({
      requestId: ID,
      interestIds: [ID],
      note: null,
    });
    expect(problems(declineInterestsSchema.safeParse({ requestId: ID, interestIds: [] }))).toEqual([
      "interestChooseSome",
    ]);
    expect(
      problems(declineInterestsSchema.safeParse({ requestId: ID, interestIds: Array.from({ length: 101 }, () => ID) })),
    ).toEqual(["interestChooseFewer"]);
    expect(
      problems(declineInterestsSchema.safeParse({ requestId: ID, interestIds: [ID], note: "x".repeat(501) })),
    ).toEqual(["interestNoteTooLong"]);
  });
});
