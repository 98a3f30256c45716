import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SuggestionList } from "@/components/partnerships/suggestions/suggestion-list";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireUser } from "@/lib/auth/redirects";
import { Link } from "@/lib/i18n/navigation";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { suggestionsPage } from "@/lib/partnerships/suggestions/page-view";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "partnerSuggestions" });
  return pageTitle(locale, t("breadcrumb"), "partnerships");
}

/** A request's suggested partners, for its author party only (anyone else gets the not-found page). */
export default async function PartnerSuggestionsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const [t, view] = await Promise.all([
    getTranslations({ locale }),
    suggestionsPage((await params).slug, user, locale),
  ]);
  if (view.kind !== "ok") notFound();
  const slug = { slug: view.request.slug };
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("partnerSuggestions.requestsBreadcrumb"), href: "/partnerships" },
          { label: view.request.title, href: { pathname: "/partnerships/[slug]", params: slug } },
          { label: t("partnerSuggestions.breadcrumb") },
        ]}
      />
      <h1 className="text-3xl font-bold">{t("partnerSuggestions.title", { title: view.request.title })}</h1>
      <p className="mt-4 max-w-3xl">{t("partnerSuggestions.intro")}</p>
      {!view.request.open && <Alert tone="warning">{t("partnerSuggestions.notOpen")}</Alert>}
      <SuggestionList suggestions={view.suggestions} />
      <p className="mt-6">
        <Link href={{ pathname: "/partnerships/[slug]", params: slug }}>{t("partnerSuggestions.backToRequest")}</Link>
      </p>
    </>
  );
}
