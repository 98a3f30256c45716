import { useFormatter, useTranslations } from "next-intl";
import { ElectionPhaseBadge } from "@/components/elections/election-phase-badge";
import { HomeBlock } from "@/components/home/home-block";
import type { ElectionInProgress } from "@/lib/elections/queries";
import { electionNextStep } from "@/lib/elections/next-step";
import { Link } from "@/lib/i18n/navigation";
import { longDateTime } from "@/lib/i18n/date-time";

/** Elections to the council in progress: where each stands, and what comes next by when. */
export function HomeElections({ items }: { items: ElectionInProgress[] }) {
  const t = useTranslations("home");
  const format = useFormatter();
  return (
    <HomeBlock
      id="home-elections"
      heading={t("elections")}
      empty={items.length === 0}
      emptyText={t("noElections")}
      allHref="/elections"
      allLabel={t("allElections")}
    >
      {items.map((election) => {
        const next = electionNextStep(election.phase, election);
        return (
          <li key={election.id} className="rounded border-2 border-slate-300 p-3">
            <h3 className="text-lg font-bold">
              <Link
                href={{ pathname: "/elections/[slug]", params: { slug: election.slug } }}
                className="underline"
                lang="pl"
              >
                {election.title}
              </Link>
            </h3>
            <p className="mt-1 flex flex-wrap items-center gap-3">
              <ElectionPhaseBadge phase={election.phase} />
              {next && (
                <span>
                  {t(`nextStep.${next.step}`, {
                    date: longDateTime(format, next.at),
                  })}
                </span>
              )}
            </p>
          </li>
        );
      })}
    </HomeBlock>
  );
}
