import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";

// The installed Next.js resolves a not-found boundary's own metadata for a 404
// (errorType "not-found" in app-render; resolve-metadata places it last, after
// the layouts'); without it the tab showed only the platform's name.
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "errors" });
  return pageTitle(locale, t("notFoundTitle"));
}

export default function NotFound() {
  return <NotFoundContent />;
}
