import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConsultationForm } from "@/components/consultations/consultation-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireScopedPermission } from "@/lib/auth/redirects";
import { consultationFormOptions, suggestedDates } from "@/lib/consultations/form-options";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { getInstitutionBySlug } from "@/lib/institutions/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "consultationAdmin" });
  return pageTitle(locale, t("newTitle"), "consultations");
}

export default async function NewConsultationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const institution = await getInstitutionBySlug((await params).slug);
  if (!institution) notFound();
  await requireScopedPermission(locale, "consultations.manage", { institutionId: institution.id });
  const [t, options] = await Promise.all([
    getTranslations({ locale }),
    consultationFormOptions(institution.consultationMinDays, locale),
  ]);
  const dates = suggestedDates(institution.consultationMinDays);
  const name = institution.officeName ?? institution.name;
  return (
    <ClientMessages
      namespaces={[
        "consultationForm",
        "consultations.audiences",
        "consultations.kinds",
        "consultations.remarkPublications",
        "errors",
        "forms.errors",
        "ui",
      ]}
    >
      <>
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            { label: name, href: { pathname: "/institutions/[slug]", params: { slug: institution.slug } } },
            {
              label: t("consultationAdmin.title"),
              href: { pathname: "/institutions/[slug]/consultations", params: { slug: institution.slug } },
            },
            { label: t("consultationAdmin.newTitle") },
          ]}
        />
        <h1 className="text-3xl font-bold">{t("consultationAdmin.newTitle")}</h1>
        <p className="mt-4 max-w-3xl">{t("consultationAdmin.newIntro")}</p>
        <ConsultationForm
          target={{ institutionId: institution.id }}
          institutionId={institution.id}
          options={options}
          defaultValues={{
            title: "",
            kind: "DRAFT_RESOLUTION",
            summary: "",
            legalBasis: "",
            ...dates,
            audience: "ORGANISATIONS",
            remarkPublication: "IMMEDIATELY",
            meetingAt: "",
            meetingPlace: "",
            meetingUrl: "",
            contactPerson: "",
            contactEmail: institution.email ?? "",
            bipUrl: "",
            sphereIds: [],
            territoryCodes: [institution.territoryCode],
            splitMode: "auto",
            sourceText: "",
          }}
        />
      </>
    </ClientMessages>
  );
}
