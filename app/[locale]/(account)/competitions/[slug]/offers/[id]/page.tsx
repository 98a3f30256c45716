import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { OfficeOfferSections } from "@/components/competitions/offers-view/office-offer-sections";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireUser } from "@/lib/auth/redirects";
import { officeOfferView } from "@/lib/competitions/offers-view/offer";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { isRecordId } from "@/lib/validation/record-id";

type Props = { params: Promise<{ locale: string; slug: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "offerSubmission.office" });
  return pageTitle(locale, t("offerTitle"));
}

/** One submitted offer, read-only, for the addressed office once it may see it (others: not found). */
export default async function CompetitionOfferPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const { slug, id } = await params;
  const view = isRecordId(id) ? await officeOfferView(slug, id, user) : null;
  if (!view) notFound();
  const t = await getTranslations({ locale });
  return (
    <ClientMessages namespaces={["errors", "ui", "forms.errors", "offerSubmission.office", "offerSubmission.refusals"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: view.competition.title, href: { pathname: "/competitions/[slug]", params: { slug } } },
          {
            label: t("offerSubmission.office.title"),
            href: { pathname: "/competitions/[slug]/offers", params: { slug } },
          },
          { label: view.offer.title || t("offerSubmission.untitled") },
        ]}
      />
      <h1 className="text-3xl font-bold">{view.offer.title || t("offerSubmission.untitled")}</h1>
      <OfficeOfferSections view={view} />
    </ClientMessages>
  );
}
