import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ElectionForm } from "@/components/elections/election-form";
import { ElectionPhaseBadge } from "@/components/elections/election-phase-badge";
import { ElectionPublication } from "@/components/elections/election-publication";
import { ElectionRules } from "@/components/elections/election-rules";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireScopedPermission } from "@/lib/auth/redirects";
import { electionFormValues } from "@/lib/elections/form-values";
import { electionStanding } from "@/lib/elections/standing";
import { electionPhaseAt, rulesEditable } from "@/lib/elections/lifecycle";
import { areaTerritoryOptions, getElectionBySlug, territoryNames } from "@/lib/elections/queries";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "electionAdmin" });
  return pageTitle(locale, t("editTitle"), "elections");
}

export default async function EditElectionPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const election = await getElectionBySlug((await params).slug);
  if (!election) notFound();
  await requireScopedPermission(locale, "elections.manage", { institutionId: election.institutionId });
  const phase = electionPhaseAt(election, new Date());
  const editable = rulesEditable(phase);
  const [t, areaOptions, names] = await Promise.all([
    getTranslations({ locale }),
    editable ? areaTerritoryOptions(election.institution.territoryCode) : [],
    editable ? new Map<string, string>() : territoryNames(election.areas.flatMap((area) => area.territoryCodes)),
  ]);
  const institution = election.institution;
  return (
    <ClientMessages
      namespaces={[
        "electionAdmin",
        "electionForm",
        "elections.candidateOrders",
        "elections.territoryRules",
        "elections.tieRules",
        "errors",
        "forms.errors",
        "furtherRound.formIntro",
        "furtherRound.seatsFixed",
        "ui",
      ]}
    >
      <>
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            {
              label: institution.officeName ?? institution.name,
              href: { pathname: "/institutions/[slug]", params: { slug: institution.slug } },
            },
            {
              label: t("electionAdmin.title"),
              href: { pathname: "/institutions/[slug]/elections", params: { slug: institution.slug } },
            },
            { label: election.title },
          ]}
        />
        <h1 className="text-3xl font-bold">{election.title}</h1>
        <p className="mt-2">
          <ElectionPhaseBadge phase={electionStanding(phase, election.result)} />
        </p>
        {phase !== "draft" && (
          <p className="mt-4 flex flex-wrap gap-6">
            <Link href={{ pathname: "/elections/[slug]", params: { slug: election.slug } }} className="underline">
              {t("electionAdmin.publicPage")}
            </Link>
            <Link
              href={{ pathname: "/elections/[slug]/nominations", params: { slug: election.slug } }}
              className="underline"
            >
              {t("nominationCheck.title")}
            </Link>
          </p>
        )}
        {(phase === "draft" || phase === "announced") && <ElectionPublication electionId={election.id} phase={phase} />}
        {editable ? (
          <>
            <h2 className="mt-8 text-2xl font-bold">{t("electionAdmin.rulesHeading")}</h2>
            <p className="mt-2 max-w-3xl">{t("electionAdmin.rulesEditable")}</p>
            <ElectionForm
              target={{ electionId: election.id }}
              defaultValues={electionFormValues(election)}
              areaOptions={areaOptions}
              furtherRound={election.furtherRoundOfId !== null}
            />
          </>
        ) : (
          <>
            <p className="mt-6 max-w-3xl font-semibold">{t("electionAdmin.rulesFrozen")}</p>
            <ElectionRules election={election} territoryNames={names} locale={locale} />
          </>
        )}
      </>
    </ClientMessages>
  );
}
