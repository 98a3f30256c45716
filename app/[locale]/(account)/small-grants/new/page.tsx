import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LimitsList } from "@/components/small-grants/limits-list";
import { NewOfferForm } from "@/components/small-grants/new-offer-form";
import { OfficesTaking } from "@/components/small-grants/offices-taking";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireUser } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { sphereFilterOptions } from "@/lib/reference-data/topic-options";
import { newSmallGrantView } from "@/lib/small-grants/queries";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "smallGrants.newOffer" });
  return pageTitle(locale, t("title"));
}

/** An organisation starts a small-grant offer: the limits that apply today, the applicant and the office. */
export default async function NewSmallGrantPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const [t, view, spheres] = await Promise.all([
    getTranslations({ locale }),
    newSmallGrantView(user),
    sphereFilterOptions(locale),
  ]);
  return (
    <ClientMessages namespaces={["smallGrants.newOffer", "forms.errors", "errors", "ui"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("smallGrants.title"), href: "/small-grants" },
          { label: t("smallGrants.newOffer.title") },
        ]}
      />
      <h1 className="text-3xl font-bold">{t("smallGrants.newOffer.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("smallGrants.newOffer.intro")}</p>
      <h2 className="mt-8 text-2xl font-semibold">{t("smallGrants.newOffer.limitsHeading")}</h2>
      <p className="mt-2 max-w-3xl">{t("smallGrants.newOffer.limitsIntro")}</p>
      <LimitsList rules={view.rules} />
      {view.offices.length > 0 && <OfficesTaking offices={view.offices} spheres={spheres} />}
      <h2 className="mt-8 text-2xl font-semibold">{t("smallGrants.newOffer.formHeading")}</h2>
      {view.organisations.length === 0 ? (
        <Alert tone="info">{t("smallGrants.newOffer.noOrganisation")}</Alert>
      ) : view.offices.length === 0 ? (
        <Alert tone="info">{t("smallGrants.newOffer.noOffice")}</Alert>
      ) : (
        <NewOfferForm organisations={view.organisations} offices={view.offices} />
      )}
    </ClientMessages>
  );
}
