import { passwordProblem } from "@/lib/accounts/password-policy";

const person = { email: "maria.nowak@example.org", name: "Maria Nowak" };

describe("passwordProblem", () => {
  it("accepts a long password of unrelated words", () => {
    expect(passwordProblem("zielona łąka nad Odrą", person)).toBeNull();
    expect(passwordProblem("kolej-rower-czajnik-7", person)).toBeNull();
  });

  it.each([
    ["short1!", "passwordTooShort"],
    ["1qaz2wsx3edc", "passwordCommon"], // on the bundled list
    ["LeaveMeAlone", "passwordCommon"], // case does not matter
    ["password1234", "passwordCommon"], // a common password with digits appended
    ["Sunshine!!!!2024", "passwordCommon"],
    ["aaaaaaaaaaaaaa", "passwordCommon"],
    ["ababababababab", "passwordCommon"],
    ["maria.nowak-2026!", "passwordPersonal"],
    ["Nowak-the-best-2026", "passwordPersonal"],
  ] as const)("refuses %s (%s)", (password, problem) => {
    expect(passwordProblem(password, person)).toBe(problem);
  });
});
