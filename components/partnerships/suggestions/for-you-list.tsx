import { useFormatter, useTranslations } from "next-intl";
import { FitSummary } from "@/components/partnerships/suggestions/fit-summary";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/lib/i18n/navigation";
import type { ForYouEntry } from "@/lib/partnerships/suggestions/page-view";

/** Open partner requests that fit the party, best fit first, each with why. */
export function ForYouList({ entries }: { entries: ForYouEntry[] }) {
  const t = useTranslations("partnerSuggestions.forYou");
  const format = useFormatter();
  if (entries.length === 0)
    return <EmptyState title={t("empty")} action={<Link href="/partnerships">{t("browse")}</Link>} />;
  return (
    <ol aria-label={t("listLabel")} className="mt-6 space-y-4">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded border border-slate-400 p-4">
          <h2 className="text-xl font-bold">
            <Link href={{ pathname: "/partnerships/[slug]", params: { slug: entry.slug } }}>{entry.title}</Link>
          </h2>
          <p className="text-slate-700">
            {t("by", { name: entry.author })} ·{" "}
            {t("closes", { date: format.dateTime(entry.repliesCloseOn, { dateStyle: "long", timeZone: "UTC" }) })}
          </p>
          <FitSummary explanation={entry.explanation} />
        </li>
      ))}
    </ol>
  );
}
