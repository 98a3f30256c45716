import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NominationForm } from "@/components/elections/nomination-form";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requirePermission } from "@/lib/auth/redirects";
import { electionPhaseAt } from "@/lib/elections/lifecycle";
import { ownOrganisationsFor } from "@/lib/elections/participants";
import { getElectionBySlug } from "@/lib/elections/queries";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "nominations" });
  return pageTitle(locale, t("formTitle"), "elections");
}

export default async function NominatePage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const election = await getElectionBySlug((await params).slug);
  if (!election || election.status === "DRAFT") notFound();
  const user = await requirePermission(locale, "elections.takePart");
  const [t, organisations] = await Promise.all([getTranslations({ locale }), ownOrganisationsFor(user, election)]);
  const eligible = organisations.filter((organisation) => organisation.reasons.length === 0);
  const open = electionPhaseAt(election, new Date()) === "nominations";
  return (
    <ClientMessages namespaces={["errors", "forms.errors", "nominations", "organisationPicker", "ui"]}>
      <>
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            { label: t("elections.title"), href: "/elections" },
            { label: election.title, href: { pathname: "/elections/[slug]", params: { slug: election.slug } } },
            { label: t("nominations.formTitle") },
          ]}
        />
        <h1 className="text-3xl font-bold">{t("nominations.formTitle")}</h1>
        <p className="mt-4 max-w-3xl">{t("nominations.formIntro", { election: election.title })}</p>
        {!open ? (
          <Alert tone="info">{t("nominations.refusals.nominationsClosed")}</Alert>
        ) : eligible.length === 0 ? (
          <Alert tone="info">
            {organisations.length === 0 ? t("nominations.noOrganisation") : t("nominations.noEligibleOrganisation")}
          </Alert>
        ) : (
          <NominationForm
            election={election}
            organisations={eligible}
            areas={election.areas.map((area) => ({ id: area.id, name: area.name }))}
          />
        )}
      </>
    </ClientMessages>
  );
}
