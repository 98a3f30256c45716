import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OffersList } from "@/components/competitions/offers-view/offers-list";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireUser } from "@/lib/auth/redirects";
import { officeOffersView } from "@/lib/competitions/offers-view/list";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ checksum?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "offerSubmission.office" });
  return pageTitle(locale, t("title"));
}

/** The offers sent to a competition, for the addressed office's officials (others: not found). */
export default async function CompetitionOffersPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const { slug } = await params;
  const raw = (await searchParams).checksum;
  const checksum = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 100);
  const view = await officeOffersView(slug, user, { checksum });
  if (!view) notFound();
  const t = await getTranslations({ locale });
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: view.competition.title, href: { pathname: "/competitions/[slug]", params: { slug } } },
          { label: t("offerSubmission.office.title") },
        ]}
      />
      <h1 className="text-3xl font-bold">{t("offerSubmission.office.heading", { title: view.competition.title })}</h1>
      {view.visible && (
        // The next step of the procedure, for the same officials (competitions.formalCheck has viewOffers' roles).
        <p className="mt-2">
          <Link href={{ pathname: "/competitions/[slug]/formal-check", params: { slug } }} className="underline">
            {t("competitionFormal.title")}
          </Link>
        </p>
      )}
      <OffersList view={view} locale={locale} />
    </>
  );
}
