import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PartnerRequestForm } from "@/components/partnerships/requests/partner-request-form";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireUser } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { requestFormView } from "@/lib/partnerships/requests/form-options";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "partnerRequestForm" });
  return pageTitle(locale, t("newTitle"), "partnerships");
}

/** Posting a partner request for an organisation or office one acts for (visitors sign in first). */
export default async function NewPartnerRequestPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const [t, { form }] = await Promise.all([getTranslations({ locale }), requestFormView(user, locale)]);
  return (
    <ClientMessages
      namespaces={[
        "partnerRequestForm",
        "partnerRequests.roles",
        "partnerships",
        "legalForms",
        "forms.errors",
        "errors",
        "ui",
      ]}
    >
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("partnerRequests.listTitle"), href: "/partnerships" },
          { label: t("partnerRequestForm.newTitle") },
        ]}
      />
      <h1 className="text-3xl font-bold">{t("partnerRequestForm.newTitle")}</h1>
      <p className="mt-4 max-w-3xl">{t("partnerRequestForm.intro")}</p>
      {form.parties.length === 0 ? (
        <Alert tone="info" title={t("partnerRequestForm.noParty")}>
          <p>{t("partnerRequestForm.noPartyBody")}</p>
        </Alert>
      ) : (
        <PartnerRequestForm {...form} />
      )}
    </ClientMessages>
  );
}
