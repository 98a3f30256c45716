import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CandidateList } from "@/components/elections/candidate-list";
import { ElectionResults } from "@/components/elections/election-results";
import { PublishResults } from "@/components/elections/publish-results";
import { VotingPanel } from "@/components/elections/voting-panel";
import { ElectionPhaseBadge } from "@/components/elections/election-phase-badge";
import { ElectionParticipation } from "@/components/elections/participation";
import { ElectionRules } from "@/components/elections/election-rules";
import { ElectionVerification } from "@/components/elections/election-verification";
import { StartFurtherRound } from "@/components/elections/further-round";
import { FurtherRoundNotice } from "@/components/elections/further-round-notice";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PolishContentNotice } from "@/components/i18n/polish-content-notice";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { furtherRoundDue } from "@/lib/elections/further-round";
import { electionStanding } from "@/lib/elections/standing";
import { electionPhaseAt } from "@/lib/elections/lifecycle";
import { candidateList, candidateListPublic, participationOf } from "@/lib/elections/nominations/queries";
import { ownOrganisationsFor } from "@/lib/elections/participants";
import { getElectionBySlug, territoryNames } from "@/lib/elections/queries";
import { votingRowsFor } from "@/lib/elections/voting/queries";
import type { StoredResult } from "@/lib/elections/results";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { renderMarkdown } from "@/lib/text/markdown";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const election = await getElectionBySlug((await params).slug);
  return election && election.status !== "DRAFT" ? pageTitle(locale, election.title, "elections") : {};
}

export default async function ElectionPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const election = await getElectionBySlug((await params).slug);
  if (!election || election.status === "DRAFT") notFound();
  const user = await getCurrentUser();
  const phase = electionPhaseAt(election, new Date());
  const votingStarted = phase === "voting" || phase === "counting" || phase === "resultsPublished";
  const [t, names, participation, organisations, candidates, votingRows] = await Promise.all([
    getTranslations({ locale }),
    territoryNames(election.areas.flatMap((area) => area.territoryCodes)),
    user && !votingStarted ? participationOf(user, election.id) : null,
    user && !votingStarted ? ownOrganisationsFor(user, election) : [],
    candidateListPublic(phase) ? candidateList(election) : null,
    user && phase === "voting" && election.registryFrozenAt ? votingRowsFor(user, election.id) : null,
  ]);
  const manages = can(user, "elections.manage", { institutionId: election.institutionId });
  const result = election.result as unknown as StoredResult | null;
  const nominated = (await searchParams).zgloszono === "1";
  return (
    <ClientMessages
      namespaces={[
        "ballot.refusals",
        "consent",
        "errors",
        "forms.errors",
        "furtherRound.start",
        "furtherRound.startHeading",
        "furtherRound.startIntro",
        "nominations",
        "results",
        "ui",
        "voting",
      ]}
    >
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("elections.title"), href: "/elections" },
          { label: election.title },
        ]}
      />
      <h1 className="text-3xl font-bold" lang="pl">
        {election.title}
      </h1>
      <PolishContentNotice kind="election" />
      <p className="mt-2 flex flex-wrap items-center gap-3">
        <ElectionPhaseBadge phase={electionStanding(phase, election.result)} />
        <span lang="pl">{election.councilName}</span>
      </p>
      <FurtherRoundNotice election={election} manages={manages} locale={locale} />
      {nominated && <Alert tone="success">{t("nominations.submitted")}</Alert>}
      {manages && (
        <p className="mt-4 flex flex-wrap gap-3">
          <ButtonLink
            variant="secondary"
            href={{ pathname: "/elections/[slug]/edit", params: { slug: election.slug } }}
          >
            {t("electionAdmin.manage")}
          </ButtonLink>
          <ButtonLink
            variant="secondary"
            href={{ pathname: "/elections/[slug]/nominations", params: { slug: election.slug } }}
          >
            {t("nominationCheck.title")}
          </ButtonLink>
        </p>
      )}
      {!user && phase === "nominations" && <p className="mt-4">{t("nominations.signInToTakePart")}</p>}
      {participation && (
        <ElectionParticipation
          election={election}
          phase={phase}
          participation={participation}
          organisations={organisations}
          locale={locale}
        />
      )}
      {votingRows && <VotingPanel election={election} rows={votingRows} locale={locale} />}
      {!user && phase === "voting" && <p className="mt-4">{t("voting.signInToVote")}</p>}
      {result && candidates && (
        <ElectionResults
          result={result}
          candidates={candidates}
          published={election.status === "RESULTS_PUBLISHED"}
          locale={locale}
        />
      )}
      {manages && result && election.status === "PUBLISHED" && <PublishResults electionId={election.id} />}
      {manages && furtherRoundDue(election) && <StartFurtherRound electionId={election.id} />}
      {votingStarted && <ElectionVerification election={election} locale={locale} />}
      <div
        className="prose-user mt-6 max-w-3xl space-y-3"
        lang="pl"
        dangerouslySetInnerHTML={{ __html: renderMarkdown(election.description, 2) }}
      />
      {candidates && (
        <CandidateList
          electionId={election.id}
          candidates={candidates}
          drawn={election.candidateOrder === "DRAWN"}
          locale={locale}
        />
      )}
      <ElectionRules election={election} territoryNames={names} locale={locale} />
    </ClientMessages>
  );
}
