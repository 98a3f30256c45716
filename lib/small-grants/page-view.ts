// The published offer's page as everyone reads it, at `now`: the redacted
// offer and its remarks (queries.ts), whether the window is open by the
// server's clock, the whole days left, and where signing in returns to.
import "server-only";
import { signInReturningTo } from "@/lib/auth/sign-in-link";
import type { Locale } from "@/lib/i18n/locales";
import { publicSmallGrant } from "@/lib/small-grants/queries";
import { remarksOpen } from "@/lib/small-grants/remarks";
import { polishDaysUntil } from "@/lib/time/polish-local";

export async function smallGrantPageView(slug: string, locale: Locale, now = new Date()) {
  const smallGrant = await publicSmallGrant(slug);
  if (!smallGrant) return null;
  const open = remarksOpen(smallGrant, now);
  return {
    smallGrant,
    open,
    daysLeft: open ? polishDaysUntil(smallGrant.remarksUntil, now) : null,
    signIn: signInReturningTo({ pathname: "/small-grants/[slug]", params: { slug } }, locale),
  };
}
