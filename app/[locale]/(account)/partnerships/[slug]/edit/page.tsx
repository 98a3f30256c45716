import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PartnerRequestForm } from "@/components/partnerships/requests/partner-request-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireUser } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { requestFormOptions } from "@/lib/partnerships/requests/form-options";
import { partnerRequestForEditing } from "@/lib/partnerships/requests/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "partnerRequestForm" });
  return pageTitle(locale, t("editTitle"));
}

/** The party's edit of its request (not once it is closed); anyone else finds nothing here. */
export default async function EditPartnerRequestPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const request = await partnerRequestForEditing((await params).slug, user);
  if (!request) notFound();
  const [t, options] = await Promise.all([getTranslations({ locale }), requestFormOptions(locale)]);
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
      <PartnerRequestForm
        target={{ requestId: request.id, kind: request.kind }}
        defaultValues={request.values}
        {...options}
      />
    </ClientMessages>
  );
}
