import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CompetitionAnnouncement } from "@/components/competitions/public/competition-announcement";
import { CompetitionFacts } from "@/components/competitions/public/competition-facts";
import { CompetitionHeader } from "@/components/competitions/public/competition-header";
import { CompetitionResults } from "@/components/competitions/public/competition-results";
import { CompetitionTasks } from "@/components/competitions/public/competition-tasks";
import { CompetitionReaderActions } from "@/components/competitions/public/competition-viewer";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { signInReturningTo } from "@/lib/auth/sign-in-link";
import { competitionPageView } from "@/lib/competitions/page-view";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { getPathname } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const competition = await competitionPageView((await params).slug);
  return competition ? pageTitle(locale, competition.title, "competitions") : {};
}

export default async function CompetitionPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { slug } = await params;
  // The same for everyone (lib/http/page-cache.ts, SHARED): what concerns the reader is asked by the
  // browser (components/competitions/public/competition-viewer.tsx), so this page reads no session.
  const now = new Date();
  const competition = await competitionPageView(slug, now);
  if (!competition) notFound();
  const t = await getTranslations({ locale });
  const signInHref = getPathname({
    href: signInReturningTo({ pathname: "/competitions/[slug]", params: { slug } }, locale),
    locale,
  });
  return (
    <ClientMessages namespaces={["competitions.viewer", "competitionDecision.viewer", "errors", "ui"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("competitions.title"), href: "/competitions" },
          { label: competition.title },
        ]}
      />
      <CompetitionHeader competition={competition} now={now}>
        <CompetitionReaderActions
          competitionId={competition.id}
          slug={slug}
          signInHref={signInHref}
          open={competition.phase === "UPCOMING" || competition.phase === "OPEN"}
        />
      </CompetitionHeader>
      <CompetitionResults competition={competition} />
      <CompetitionTasks competition={competition} />
      <CompetitionAnnouncement competition={competition} />
      <CompetitionFacts competition={competition} />
    </ClientMessages>
  );
}
