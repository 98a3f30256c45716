import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PartnerRequestForm } from "@/components/partnerships/requests/partner-request-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireUser } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { requestFormView } from "@/lib/partnerships/requests/form-options";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "partnerRequestForm" });
  return pageTitle(locale, t("editTitle"), "partnerships");
}

/** The party's edit of its request (not once it is closed); anyone else finds nothing here. */
export default async function EditPartnerRequestPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const [t, view] = await Promise.all([
    getTranslations({ locale }),
    requestFormView(user, locale, (await params).slug),
  ]);
  if (!view?.request) notFound();
  const { form, request } = view;
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
          { label: request.title, href: { pathname: "/partnerships/[slug]", params: { slug: request.slug } } },
          { label: t("partnerRequestForm.editTitle") },
        ]}
      />
      <h1 className="text-3xl font-bold">{t("partnerRequestForm.editTitle")}</h1>
      <PartnerRequestForm {...form} />
    </ClientMessages>
  );
}
