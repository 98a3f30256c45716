import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import "./globals.css";

// Prerendered at build time, when there is no database to read the platform's name from.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: "pl", namespace: "errors" });
  return { title: t("notFoundTitle") };
}

// Reached only for addresses outside every language (for example a file name
// that does not exist); shown in the default language.
export default async function RootNotFound() {
  const t = await getTranslations({ locale: "pl", namespace: "errors" });
  return (
    <html lang="pl">
      <body>
        <main className="mx-auto max-w-3xl p-6">
          <h1 className="text-3xl font-bold">{t("notFoundTitle")}</h1>
          <p className="mt-4">{t("notFoundText")}</p>
          <p className="mt-4">
            <Link href="/">{t("backHome")}</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
