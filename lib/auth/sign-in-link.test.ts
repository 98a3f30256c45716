import { signInReturningTo } from "@/lib/auth/sign-in-link";

const consultation = { pathname: "/consultations/[slug]", params: { slug: "program-2027" } } as const;

describe("signInReturningTo", () => {
  it("brings the visitor back to the page in their own language", () => {
    expect(signInReturningTo(consultation, "pl").query.next).toBe("/konsultacje/program-2027");
    expect(signInReturningTo(consultation, "en").query.next).toBe("/en/consultations/program-2027");
    expect(signInReturningTo(consultation, "de").query.next).toBe("/de/konsultationen/program-2027");
  });

  it("points at the sign-in page", () => {
    expect(signInReturningTo("/forum", "en").pathname).toBe("/sign-in");
  });
});
