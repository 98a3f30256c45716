"use client";

import "./globals.css";
import { createTranslator } from "next-intl";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

// Shown when the root layout itself fails (for example while the database is
// unreachable), so it cannot rely on the layout's translations or settings.
function localeFromPath(): Locale {
  if (typeof window === "undefined") return "pl";
  const first = window.location.pathname.split("/")[1];
  return isLocale(first) ? first : "pl";
}

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = localeFromPath();
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "errors" });
  return (
    <html lang={locale}>
      <body>
        <main className="mx-auto max-w-3xl p-6">
          <h1 className="text-3xl font-bold">{t("errorTitle")}</h1>
          <p className="my-4">{t("UNAVAILABLE")}</p>
          <button
            type="button"
            onClick={reset}
            className="rounded border-2 border-blue-800 bg-blue-800 px-4 py-2 font-semibold text-white"
          >
            {t("retry")}
          </button>
        </main>
      </body>
    </html>
  );
}
