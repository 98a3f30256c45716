"use client";

import { useLocale, useTranslations } from "next-intl";
import type { SaveStatus } from "@/components/offers/editor/use-autosave";
import { Button } from "@/components/ui/button";
import { signInReturningTo } from "@/lib/auth/sign-in-link";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

/**
 * Whether what is typed is saved, read out politely when it changes. An
 * expired session keeps the copy in this browser and offers signing in in a
 * new tab (this one keeps what is typed), then saving again.
 */
export function SaveStatusLine({
  status,
  offerId,
  onRetry,
}: {
  status: SaveStatus;
  offerId: string;
  onRetry: () => void;
}) {
  const t = useTranslations("offerEditor.save");
  const locale = useLocale() as Locale;
  const problem = status === "failed" || status === "signedOut" || status === "notDraft" || status === "deadlinePassed";
  return (
    <div
      className={`z-10 mb-4 border-b-2 bg-white py-2 lg:sticky lg:top-0 ${problem ? "border-red-800" : "border-slate-300"}`}
    >
      <p aria-live="polite" className={problem ? "font-semibold text-red-800" : ""}>
        {t(status)}
      </p>
      {status === "signedOut" && (
        <p className="mt-1 flex flex-wrap items-center gap-3">
          <Link
            href={signInReturningTo({ pathname: "/offers/[id]", params: { id: offerId } }, locale)}
            target="_blank"
            className="underline"
          >
            {t("signIn")}
          </Link>
          <Button variant="secondary" onClick={onRetry}>
            {t("retry")}
          </Button>
        </p>
      )}
      {status === "failed" && (
        <Button variant="secondary" className="mt-1" onClick={onRetry}>
          {t("retry")}
        </Button>
      )}
    </div>
  );
}
