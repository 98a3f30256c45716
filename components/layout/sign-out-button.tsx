"use client";

import { signOut } from "next-auth/react";
import { useLocale } from "next-intl";
import { useState } from "react";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Signs out from the header, on every page (issue 18: it was only at the
 * foot of the account page). Labels come from the server, so public pages
 * need not send the account messages to the browser.
 */
export function SignOutButton({
  label,
  pendingLabel,
  className,
}: {
  label: string;
  pendingLabel: string;
  className: string;
}) {
  const locale = useLocale() as Locale;
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className={className}
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await signOut({ callbackUrl: getPathname({ href: "/", locale }) });
      }}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
