import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ElectionPhaseBadge } from "@/components/elections/election-phase-badge";
import { ElectionRules } from "@/components/elections/election-rules";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { electionPhaseAt } from "@/lib/elections/lifecycle";
import { getElectionBySlug, territoryNames } from "@/lib/elections/queries";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { renderMarkdown } from "@/lib/text/markdown";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const election = await getElectionBySlug((await params).slug);
  return election && election.status !== "DRAFT" ? pageTitle(locale, election.title) : {};
}

export default async function ElectionPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const election = await getElectionBySlug((await params).slug);
  if (!election || election.status === "DRAFT") notFound();
  const [t, user, names] = await Promise.all([getTranslations({ locale }), getCurrentUser(), territoryNames(election.areas.flatMap((area) => area.territoryCodes))]);
  const phase = electionPhaseAt(election, new Date());
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("elections.title"), href: "/elections" }, { label: election.title }]} />
      <h1 className="text-3xl font-bold">{election.title}</h1>
      <p className="mt-2 flex flex-wrap items-center gap-3">
        <ElectionPhaseBadge phase={phase} />
        <span lang="pl">{election.councilName}</span>
      </p>
      {can(user, "elections.manage", { institutionId: election.institutionId }) && (
        <p className="mt-4">
          <ButtonLink variant="secondary" href={{ pathname: "/elections/[slug]/edit", params: { slug: election.slug } }}>
            {t("electionAdmin.manage")}
          </ButtonLink>
        </p>
      )}
      <div className="prose-user mt-6 max-w-3xl space-y-3" lang="pl" dangerouslySetInnerHTML={{ __html: renderMarkdown(election.description, 2) }} />
      <ElectionRules election={election} territoryNames={names} locale={locale} />
    </>
  );
}
