import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BallotForm } from "@/components/elections/ballot-form";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requirePermission } from "@/lib/auth/redirects";
import { electionPhaseAt } from "@/lib/elections/lifecycle";
import { candidateList } from "@/lib/elections/nominations/queries";
import { getElectionBySlug } from "@/lib/elections/queries";
import { votingRowsFor, votingStatusOf } from "@/lib/elections/voting/queries";
import { mayCastFor } from "@/lib/elections/voting/mutations";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { RECORD_ID } from "@/lib/validation/record-id";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "ballot" });
  return pageTitle(locale, t("title"), "elections");
}

/** The ballot of one organisation the person may cast. */
export default async function VotePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const election = await getElectionBySlug((await params).slug);
  if (!election || election.status === "DRAFT") notFound();
  const user = await requirePermission(locale, "elections.takePart");
  const raw = (await searchParams).organizacja;
  const organisationId = typeof raw === "string" && RECORD_ID.test(raw) ? raw : null;
  const t = await getTranslations({ locale });
  const phase = electionPhaseAt(election, new Date());
  const [status] = organisationId ? await votingStatusOf(user.id, election.id, [organisationId]) : [];
  const allowed = status && organisationId ? await mayCastFor(user, election.id, organisationId) : false;
  const problem =
    phase !== "voting"
      ? t("ballot.refusals.votingClosed")
      : !status
        ? t("ballot.refusals.notInRegistry")
        : !allowed
          ? t("ballot.refusals.notAuthorisedToVote")
          : status.voted
            ? t("ballot.refusals.alreadyVoted")
            : null;
  const [candidates, rows] = problem
    ? [[], []]
    : await Promise.all([candidateList(election), votingRowsFor(user, election.id)]);
  const others = rows
    .filter((row) => row.mayCast && !row.voted && row.organisationId !== organisationId)
    .map((row) => ({ id: row.organisationId, name: row.name }));
  const areaNames = new Map(election.areas.map((area) => [area.id, area.name]));
  const groups = (election.areas.length > 0 ? election.areas.map((area) => area.id) : [null]).map((areaId) => ({
    areaName: areaId ? areaNames.get(areaId)! : null,
    candidates: candidates
      .filter((candidate) => (areaId ? candidate.areaId === areaId : true))
      .map((candidate) => ({
        id: candidate.id,
        name: candidate.candidateName,
        organisation: candidate.organisation.name,
      })),
  }));
  return (
    <ClientMessages namespaces={["ballot", "errors", "forms.errors", "ui"]}>
      <>
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            { label: t("elections.title"), href: "/elections" },
            { label: election.title, href: { pathname: "/elections/[slug]", params: { slug: election.slug } } },
            { label: t("ballot.title") },
          ]}
        />
        <h1 className="text-3xl font-bold">
          {status ? t("ballot.heading", { organisation: status.name }) : t("ballot.title")}
        </h1>
        <p className="mt-4 max-w-3xl">{t("ballot.intro", { election: election.title })}</p>
        {problem ? (
          <Alert tone="info">{problem}</Alert>
        ) : (
          // Keyed by organisation: moving on to the next organisation's ballot starts a fresh form, not the last receipt.
          <BallotForm
            key={status!.organisationId}
            others={others}
            election={election}
            organisation={{ id: status!.organisationId, name: status!.name }}
            groups={groups.filter((group) => group.candidates.length > 0)}
            twoFactor={user.twoFactorEnabled}
          />
        )}
      </>
    </ClientMessages>
  );
}
