import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ResultsReader } from "@/components/competitions/results/results-reader";
import { ResultsPublication, ResultsTables } from "@/components/competitions/results/results-tables";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { signInReturningTo } from "@/lib/auth/sign-in-link";
import { resultsView } from "@/lib/competitions/decision/results-view";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { getPathname } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const results = await resultsView({ slug: (await params).slug });
  if (!results) return {};
  const t = await getTranslations({ locale, namespace: "competitionDecision.results" });
  return pageTitle(locale, t("title", { title: results.title }), "competitions");
}

/**
 * A decided or annulled competition's results, the same for everyone
 * (lib/http/page-cache.ts, SHARED): this page reads no session; the reader's
 * outcomes and the reasons link come from the browser (ResultsReader).
 */
export default async function CompetitionResultsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { slug } = await params;
  const results = await resultsView({ slug });
  if (!results) notFound();
  const t = await getTranslations({ locale });
  const signInHref = getPathname({
    href: signInReturningTo({ pathname: "/competitions/[slug]/results", params: { slug } }, locale),
    locale,
  });
  return (
    <ClientMessages namespaces={["competitionDecision.reader", "errors", "ui"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("competitions.title"), href: "/competitions" },
          { label: results.title, href: { pathname: "/competitions/[slug]", params: { slug } } },
          { label: t("competitionDecision.results.breadcrumb") },
        ]}
      />
      <h1 className="text-3xl font-bold">
        {t("competitionDecision.results.heading")} <span lang="pl">{results.title}</span>
      </h1>
      <p className="mt-2" lang="pl">
        {results.institution.officeName ?? results.institution.name}
        {results.reference ? ` · ${results.reference}` : ""}
      </p>
      <ResultsReader competitionId={results.id} slug={slug} signInHref={signInHref} />
      <ResultsTables results={results} />
      <ResultsPublication results={results} />
    </ClientMessages>
  );
}
