import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { can, needsTwoFactorFor, type Permission, type Scope } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/http/return-path";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

/** For pages that need a person: sends a visitor to sign in, and back to this page afterwards. Returns the person. */
export async function requireUser(locale: Locale) {
  const user = await getCurrentUser();
  if (!user) {
    // Only a hint for this visitor's own way back (a request the proxy skipped may carry the client's
    // value): it goes through safeReturnPath like any ?next, so it can only name a page of this site.
    const next = safeReturnPath((await headers()).get("x-request-path"));
    return redirect({ href: next ? { pathname: "/sign-in", query: { next } } : "/sign-in", locale });
  }
  return user;
}

/** For sign-in and sign-up: a signed-in person goes to their account instead. */
export async function redirectSignedIn(locale: Locale): Promise<void> {
  if (await getCurrentUser()) redirect({ href: "/account", locale });
}

/**
 * For administrative pages: a visitor signs in first; a person without the
 * permission gets "not found", so the page does not reveal itself.
 */
export async function requirePermission(locale: Locale, permission: Permission) {
  return requireScopedPermission(locale, permission, {});
}

/** As requirePermission, for a permission within one organisation or institution. */
export async function requireScopedPermission(locale: Locale, permission: Permission, scope: Scope) {
  const user = await requireUser(locale);
  if (can(user, permission, scope)) return user;
  // An administrator or official without two-factor authentication is told to switch it on.
  if (needsTwoFactorFor(user, permission, scope))
    return redirect({ href: { pathname: "/account", query: { twoFactor: "required" } }, locale });
  notFound();
}
