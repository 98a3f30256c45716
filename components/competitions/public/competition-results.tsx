import { useLocale, useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import type { CompetitionPageView } from "@/lib/competitions/page-view";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatPln } from "@/lib/offers/calc/money";

/**
 * The results of a decided competition: who got how much in each task (art. 15
 * ust. 2h-2j UDPP: the office publishes them, and residents and the applicants
 * look for them here). Shows the awards the platform holds; a decided
 * competition without any says so rather than showing nothing.
 */
export function CompetitionResults({ competition }: { competition: CompetitionPageView }) {
  const t = useTranslations("competitions.page");
  const decision = useTranslations("competitionDecision.results");
  const locale = useLocale() as Locale;
  if (competition.status !== "DECIDED" && competition.status !== "ANNULLED") return null;
  const tasks = competition.tasks.filter((task) => task.awards.length > 0);
  return (
    <section aria-labelledby="results-heading" className="mt-8 max-w-4xl">
      <h2 id="results-heading" className="text-2xl font-bold">
        {t("results")}
      </h2>
      <p className="mt-2">
        <Link
          href={{ pathname: "/competitions/[slug]/results", params: { slug: competition.slug } }}
          className="underline"
        >
          {decision("linkFromCompetition")}
        </Link>
      </p>
      {competition.status === "ANNULLED" ? null : tasks.length === 0 ? (
        <p className="mt-2">{t("resultsNone")}</p>
      ) : (
        tasks.map((task) => (
          <Table key={task.id} caption={t("resultsCaption", { number: task.number })}>
            <thead>
              <tr>
                <Th>{t("resultsRecipient")}</Th>
                <Th>{t("resultsAmount")}</Th>
              </tr>
            </thead>
            <tbody>
              {task.awards.map((award) => (
                <tr key={award.id}>
                  <Td>
                    {award.organisation ? (
                      <Link
                        href={{ pathname: "/organisations/[slug]", params: { slug: award.organisation.slug } }}
                        className="underline"
                        lang="pl"
                      >
                        {award.recipientName}
                      </Link>
                    ) : (
                      <span lang="pl">{award.recipientName}</span>
                    )}
                  </Td>
                  <Td>{formatPln(award.amount, locale)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ))
      )}
    </section>
  );
}
