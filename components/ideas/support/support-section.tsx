import { SupportPanel } from "@/components/ideas/support/support-panel";
import { signInReturningTo } from "@/lib/auth/sign-in-link";
import type { Locale } from "@/lib/i18n/locales";
import type { SupportPanelView } from "@/lib/ideas/support/queries";

/** The entry page's support section: the panel, with the way back to the entry after signing in. */
export function SupportSection({ view, slug, locale }: { view: SupportPanelView; slug: string; locale: Locale }) {
  return (
    <SupportPanel view={view} signIn={signInReturningTo({ pathname: "/ideas/[slug]", params: { slug } }, locale)} />
  );
}
