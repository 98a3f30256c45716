"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

export function SignOutButton({ locale }: { locale: Locale }) {
  const t = useTranslations("account");
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="secondary"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await signOut({ callbackUrl: getPathname({ href: "/", locale }) });
      }}
    >
      {pending ? t("signingOut") : t("signOut")}
    </Button>
  );
}
