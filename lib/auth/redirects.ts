import "server-only";
import { notFound } from "next/navigation";
import { can, type Permission } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

/** For pages that need a person: sends a visitor to sign in. Returns the person. */
export async function requireUser(locale: Locale) {
  const user = await getCurrentUser();
  if (!user) return redirect({ href: "/sign-in", locale });
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
  const user = await requireUser(locale);
  if (!can(user, permission)) notFound();
  return user;
}
