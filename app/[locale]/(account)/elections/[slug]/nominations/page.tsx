import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { CandidatePhoto } from "@/components/elections/candidate-photo";
import { ElectionPhaseBadge } from "@/components/elections/election-phase-badge";
import { NominationDecision } from "@/components/elections/nomination-decision";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { requireScopedPermission } from "@/lib/auth/redirects";
import { electionStanding } from "@/lib/elections/standing";
import { electionPhaseAt } from "@/lib/elections/lifecycle";
import { nominationsForCheck } from "@/lib/elections/nominations/queries";
import { getElectionBySlug } from "@/lib/elections/queries";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "nominationCheck" });
  return pageTitle(locale, t("title"), "elections");
}

/** The commission's formal check: every nomination with its consent and recommendations, and a decision. */
export default async function NominationCheckPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const election = await getElectionBySlug((await params).slug);
  if (!election) notFound();
  await requireScopedPermission(locale, "elections.manage", { institutionId: election.institutionId });
  const phase = electionPhaseAt(election, new Date());
  const [t, format, nominations] = await Promise.all([
    getTranslations({ locale }),
    getFormatter({ locale }),
    nominationsForCheck(election.id),
  ]);
  const checking = phase === "nominations" || phase === "formalCheck";
  const counts = {
    submitted: nominations.filter((n) => n.state === "SUBMITTED").length,
    accepted: nominations.filter((n) => n.state === "ACCEPTED").length,
  };
  return (
    <ClientMessages namespaces={["errors", "forms.errors", "nominationCheck", "nominations.refusals", "ui"]}>
      <>
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            { label: election.title, href: { pathname: "/elections/[slug]/edit", params: { slug: election.slug } } },
            { label: t("nominationCheck.title") },
          ]}
        />
        <h1 className="text-3xl font-bold">
          {t("nominationCheck.title")}: {election.title}
        </h1>
        <p className="mt-2">
          <ElectionPhaseBadge phase={electionStanding(phase, election.result)} />
        </p>
        <p className="mt-4 max-w-3xl">
          {checking
            ? t("nominationCheck.intro", {
                until: format.dateTime(election.checkEndsAt, { dateStyle: "long", timeStyle: "short" }),
              })
            : t("nominationCheck.closed")}
        </p>
        <p className="mt-2 font-semibold" role="status">
          {t("nominationCheck.progress", {
            total: nominations.length,
            submitted: counts.submitted,
            accepted: counts.accepted,
          })}
        </p>
        <p className="mt-2">
          <Link href={{ pathname: "/elections/[slug]", params: { slug: election.slug } }} className="underline">
            {t("electionAdmin.publicPage")}
          </Link>
        </p>
        {nominations.length === 0 ? (
          <EmptyState title={t("nominationCheck.empty")} />
        ) : (
          <ol className="mt-6 max-w-4xl space-y-4">
            {nominations.map((nomination) => {
              const confirmed = nomination.recommendations.filter((r) => r.state === "CONFIRMED").length;
              const complete = nomination.consentedAt !== null && confirmed >= election.recommendationsRequired;
              return (
                <li key={nomination.id} className="rounded border-2 border-slate-300 p-3">
                  <h2 className="text-xl font-bold" lang="pl">
                    {nomination.candidateName}
                  </h2>
                  <p>
                    {t("candidates.nominatedBy")} <span lang="pl">{nomination.organisation.name}</span>
                    {nomination.organisation.krs && ` (KRS ${nomination.organisation.krs})`}
                    {nomination.area && ` · ${t("candidates.area", { area: nomination.area.name })}`}
                  </p>
                  <p className="font-semibold">
                    {t(`nominations.states.${nomination.state}`)}
                    {nomination.rejectionReason &&
                      nomination.state === "REJECTED" &&
                      ` ${t("nominations.reason", { reason: nomination.rejectionReason })}`}
                  </p>
                  <p>
                    {nomination.consentedAt
                      ? t("nominationCheck.consented", {
                          when: format.dateTime(nomination.consentedAt, { dateStyle: "medium", timeStyle: "short" }),
                          bio: String(nomination.bioPublicationConsent),
                        })
                      : t("nominationCheck.noConsent")}
                  </p>
                  {election.recommendationsRequired > 0 && (
                    <p>
                      {t("nominations.recommendationProgress", {
                        confirmed,
                        required: election.recommendationsRequired,
                      })}
                    </p>
                  )}
                  {nomination.recommendations.length > 0 && (
                    <ul className="ml-5 list-disc">
                      {nomination.recommendations.map((recommendation) => (
                        <li key={recommendation.organisationId}>
                          {recommendation.organisation.name}:{" "}
                          {t(`nominations.recommendationStates.${recommendation.state}`)}
                        </li>
                      ))}
                    </ul>
                  )}
                  <div className="mt-2 flex flex-wrap gap-4">
                    {nomination.photoId && (
                      <CandidatePhoto
                        electionId={election.id}
                        nominationId={nomination.id}
                        alt={t("nominationCheck.photoAlt", { name: nomination.candidateName })}
                      />
                    )}
                    <p className="min-w-0 flex-1 whitespace-pre-line" lang="pl">
                      {nomination.statement}
                    </p>
                  </div>
                  {checking && !["WITHDRAWN", "DECLINED"].includes(nomination.state) && (
                    <NominationDecision
                      nominationId={nomination.id}
                      candidateName={nomination.candidateName}
                      canAccept={complete}
                    />
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </>
    </ClientMessages>
  );
}
