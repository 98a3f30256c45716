import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FormalOfferSections } from "@/components/competitions/formal/formal-offer-sections";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireUser } from "@/lib/auth/redirects";
import { formalOfferView } from "@/lib/competitions/formal/queries";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { isRecordId } from "@/lib/validation/record-id";

type Props = { params: Promise<{ locale: string; slug: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "competitionFormal.offer" });
  return pageTitle(locale, t("title"));
}

/** One offer's formal check for the addressed office: checklist, correction, rejection, history. */
export default async function FormalOfferPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const { slug, id } = await params;
  const view = isRecordId(id) ? await formalOfferView(slug, id, user) : null;
  if (!view) notFound();
  const t = await getTranslations({ locale });
  return (
    <ClientMessages namespaces={["competitionFormal", "errors", "ui", "forms.errors"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: view.competition.title, href: { pathname: "/competitions/[slug]", params: { slug } } },
          {
            label: t("competitionFormal.title"),
            href: { pathname: "/competitions/[slug]/formal-check", params: { slug } },
          },
          { label: view.offer.title || t("competitionFormal.untitled") },
        ]}
      />
      <h1 className="text-3xl font-bold">{view.offer.title || t("competitionFormal.untitled")}</h1>
      <FormalOfferSections view={view} />
    </ClientMessages>
  );
}
