import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ConfirmationSections } from "@/components/offers/submission/confirmation-sections";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireUser } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { confirmationView } from "@/lib/offers/confirmations/view";
import { isRecordId } from "@/lib/validation/record-id";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "offerSubmission.confirmation" });
  return pageTitle(locale, t("title"));
}

/** The submitted offer's checksum, PDFs and confirmation of submission, for the applicants' members. */
export default async function OfferConfirmationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const { id } = await params;
  const view = isRecordId(id) ? await confirmationView(id, user) : null;
  if (!view) notFound();
  const t = await getTranslations({ locale });
  const title = view.offer.title || t("offerSubmission.untitled");
  return (
    <ClientMessages
      namespaces={["errors", "ui", "forms.errors", "offerSubmission.confirmation", "offerSubmission.refusals"]}
    >
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          {
            label: view.competition.title,
            href: { pathname: "/competitions/[slug]", params: { slug: view.competition.slug } },
          },
          { label: title, href: { pathname: "/offers/[id]", params: { id } } },
          { label: t("offerSubmission.confirmation.title") },
        ]}
      />
      <h1 className="text-3xl font-bold">{t("offerSubmission.confirmation.heading", { title })}</h1>
      <ConfirmationSections view={view} />
    </ClientMessages>
  );
}
