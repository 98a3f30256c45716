import { browserProof, isSigningUpBrowser } from "@/lib/accounts/sign-up-browser";

const secret = "a test secret of at least thirty-two characters";

describe("the sign-up's browser proof", () => {
  const token = "A".repeat(43);
  it("matches only the link it was made for", () => {
    expect(isSigningUpBrowser(token, browserProof(token, secret), secret)).toBe(true);
    expect(isSigningUpBrowser("B".repeat(43), browserProof(token, secret), secret)).toBe(false);
    expect(isSigningUpBrowser(token, undefined, secret)).toBe(false);
    expect(isSigningUpBrowser(token, "short", secret)).toBe(false);
  });
});
