"use client";

import { useEffect, useState } from "react";
import { onAccountChanged } from "@/components/layout/account-events";
import { UserNav } from "@/components/layout/user-nav";
import type { AccountSummary } from "@/lib/accounts/account-summary";
import { useAppPathname } from "@/lib/i18n/current-pathname";

const SUMMARY_URL = "/api/account/summary";

/**
 * The header's account area. Pages are the same for everyone (so Next.js can
 * prerender them and shared caches can keep them); who is reading is asked
 * here, after the page loads: the sign-in links for a visitor, or the person's
 * bell and account menu (one request: /api/account/summary). Asked again after each navigation (a sign-in, a
 * new notification) and when the page says the account changed. Until the
 * answer comes, its box is kept, so the header does not jump; without
 * JavaScript the sign-in links show.
 */
export function AccountNav({ signOutLabels }: { signOutLabels: { signOut: string; signingOut: string } }) {
  const pathname = useAppPathname();
  const [summary, setSummary] = useState<AccountSummary | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => onAccountChanged(() => setVersion((current) => current + 1)), []);

  useEffect(() => {
    const controller = new AbortController();
    fetch(SUMMARY_URL, { cache: "no-store", signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<AccountSummary>) : null))
      .then((answer) => answer && setSummary(answer))
      .catch(() => {
        // Aborted by the next navigation, or offline: the last answer stays.
      });
    return () => controller.abort();
  }, [pathname, version]);

  const visitor = <UserNav userName={null} admin={[]} unread={0} signOutLabels={signOutLabels} />;
  let content = null;
  if (!summary) content = <noscript>{visitor}</noscript>;
  else if (!summary.signedIn) content = visitor;
  else
    content = (
      <UserNav
        userName={summary.name}
        admin={summary.adminLinks}
        unread={summary.unread}
        memberships={summary.memberships}
        writesNews={summary.writesNews}
        managesLibrary={summary.managesLibrary}
        signOutLabels={signOutLabels}
      />
    );
  // One box for the wait and for either answer, at least as wide as either (the bell and "My account", or the
  // two sign-in links) and aligned to its end: what stands before it in the row does not move when the answer comes.
  return <div className="flex min-h-11 min-w-48 shrink-0 items-center justify-end lg:min-w-52">{content}</div>;
}
