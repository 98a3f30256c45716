// Only the browser that signed up is signed in by confirming the address. A
// link pressed elsewhere (another device, or one someone forwarded to trick a
// person into their account) only confirms. The sign-up leaves a cookie with a
// keyed hash of the very link it mailed, so an older or another link does not
// match either. The cookie is strictly necessary for the sign-up and needs no
// consent.
import { createHmac, timingSafeEqual } from "node:crypto";
import { keyFromAuthSecret } from "@/lib/security/secret-box";

export const SIGN_UP_BROWSER_COOKIE = "ngo_signup";

/** What the sign-up's browser keeps for the link it was mailed. */
export function browserProof(verifyToken: string, authSecret?: string): string {
  return createHmac("sha256", keyFromAuthSecret("sign-up-browser", authSecret)).update(verifyToken).digest("base64url");
}

/** Whether the cookie was left by the sign-up that was mailed this link. */
export function isSigningUpBrowser(verifyToken: string, cookie: string | undefined, authSecret?: string): boolean {
  if (!cookie) return false;
  const expected = Buffer.from(browserProof(verifyToken, authSecret));
  const given = Buffer.from(cookie);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
