import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CandidateList } from "@/components/elections/candidate-list";
import { ElectionPhaseBadge } from "@/components/elections/election-phase-badge";
import { ElectionParticipation } from "@/components/elections/participation";
import { ElectionRules } from "@/components/elections/election-rules";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { electionPhaseAt } from "@/lib/elections/lifecycle";
import { candidateList, candidateListPublic, participationOf } from "@/lib/elections/nomination-queries";
import { ownOrganisationsFor } from "@/lib/elections/participants";
import { getElectionBySlug, territoryNames } from "@/lib/elections/queries";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { renderMarkdown } from "@/lib/text/markdown";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const election = await getElectionBySlug((await params).slug);
  return election && election.status !== "DRAFT" ? pageTitle(locale, election.title) : {};
}

export default async function ElectionPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const election = await getElectionBySlug((await params).slug);
  if (!election || election.status === "DRAFT") notFound();
  const user = await getCurrentUser();
  const phase = electionPhaseAt(election, new Date());
  const [t, names, participation, organisations, candidates] = await Promise.all([
    getTranslations({ locale }),
    territoryNames(election.areas.flatMap((area) => area.territoryCodes)),
    user ? participationOf(user, election.id) : null,
    user ? ownOrganisationsFor(user, election) : [],
    candidateListPublic(phase) ? candidateList(election) : null,
  ]);
  const nominated = (await searchParams).zgloszono === "1";
  return (
    <ClientMessages namespaces={["consent", "nominations", "errors", "ui"]}>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("elections.title"), href: "/elections" }, { label: election.title }]} />
      <h1 className="text-3xl font-bold">{election.title}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-3">
        <ElectionPhaseBadge phase={phase} />
        <span lang="pl">{election.councilName}</span>
      </p>
      {nominated && <Alert tone="success">{t("nominations.submitted")}</Alert>}
      {can(user, "elections.manage", { institutionId: election.institutionId }) && (
        <p className="mt-4 flex flex-wrap gap-3">
          <ButtonLink variant="secondary" href={{ pathname: "/elections/[slug]/edit", params: { slug: election.slug } }}>
            {t("electionAdmin.manage")}
          </ButtonLink>
          <ButtonLink variant="secondary" href={{ pathname: "/elections/[slug]/nominations", params: { slug: election.slug } }}>
            {t("nominationCheck.title")}
          </ButtonLink>
        </p>
      )}
      {!user && phase === "nominations" && <p className="mt-4">{t("nominations.signInToTakePart")}</p>}
      {participation && <ElectionParticipation election={election} phase={phase} participation={participation} organisations={organisations} locale={locale} />}
      <div className="prose-user mt-6 max-w-3xl space-y-3" lang="pl" dangerouslySetInnerHTML={{ __html: renderMarkdown(election.description, 2) }} />
      {candidates && <CandidateList candidates={candidates} drawn={election.candidateOrder === "DRAWN"} locale={locale} />}
      <ElectionRules election={election} territoryNames={names} locale={locale} />
    </ClientMessages>
  );
}
