import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NewOfferForm } from "@/components/offers/editor/new-offer-form";
import { OfferDeadline } from "@/components/offers/editor/offer-deadline";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireUser } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { newOfferView } from "@/lib/offers/co-applicants/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "offerEditor.start" });
  return pageTitle(locale, t("title"));
}

/** Starting an offer in a competition, for someone who drafts for an organisation. */
export default async function NewOfferPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const view = await newOfferView((await params).slug, user);
  if (!view) notFound();
  const t = await getTranslations({ locale });
  const competitionHref = { pathname: "/competitions/[slug]", params: { slug: view.competition.slug } } as const;
  return (
    <ClientMessages namespaces={["offerEditor.start", "offerEditor.coApplicants", "ui", "errors"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: view.competition.title, href: competitionHref },
          { label: t("offerEditor.start.title") },
        ]}
      />
      <h1 className="text-3xl font-bold">{t("offerEditor.start.title")}</h1>
      <p className="mt-2" lang="pl">
        {view.competition.title}
      </p>
      <p className="mt-1">
        <OfferDeadline deadline={view.competition.offersDeadline} now={new Date()} />
      </p>
      {!view.competition.accepting ? (
        <Alert tone="info">{t("offerEditor.start.notAccepting")}</Alert>
      ) : view.organisations.length === 0 ? (
        <Alert tone="info">{t("offerEditor.start.noOrganisation")}</Alert>
      ) : (
        <NewOfferForm view={view} />
      )}
    </ClientMessages>
  );
}
