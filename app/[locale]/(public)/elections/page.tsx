import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ElectionPhaseBadge } from "@/components/elections/election-phase-badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { listPublicElections } from "@/lib/elections/queries";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "elections" });
  return pageTitle(locale, t("title"), "elections");
}

export default async function ElectionsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const [t, format, elections] = await Promise.all([
    getTranslations({ locale }),
    getFormatter({ locale }),
    listPublicElections(),
  ]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("elections.title") }]} />
      <h1 className="text-3xl font-bold">{t("elections.title")}</h1>
      <p className="mt-4 max-w-3xl">{t("elections.intro")}</p>
      {elections.length === 0 ? (
        <EmptyState title={t("elections.empty")} />
      ) : (
        <ul className="mt-6 max-w-4xl space-y-4">
          {elections.map((election) => (
            <li key={election.id} className="rounded border-2 border-slate-300 p-4">
              <h2 className="text-xl font-bold">
                <Link href={{ pathname: "/elections/[slug]", params: { slug: election.slug } }} className="underline">
                  {election.title}
                </Link>
              </h2>
              <p className="mt-1" lang="pl">
                {election.councilName} · {election.institution.officeName ?? election.institution.name}
              </p>
              <p className="mt-2 flex flex-wrap items-center gap-3">
                <ElectionPhaseBadge phase={election.phase} />
                <span>{t("elections.seats", { count: election.seats })}</span>
                <span>
                  {t("elections.votingDates", {
                    dates: format.dateTimeRange(election.votingStartAt, election.votingEndAt, {
                      dateStyle: "medium",
                      timeStyle: "short",
                    }),
                  })}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
