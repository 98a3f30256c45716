import { useFormatter, useLocale, useTranslations } from "next-intl";
import { HomeBlock } from "@/components/home/home-block";
import type { CompetitionListItem } from "@/lib/competitions/list";
import { longDateTime } from "@/lib/i18n/date-time";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatPln } from "@/lib/offers/calc/money";
import { polishDaysUntil } from "@/lib/time/polish-local";

/** Competitions taking offers now, nearest deadline first, each with its office, pool, deadline and the days left. */
export function HomeCompetitions({ items, total, now }: { items: CompetitionListItem[]; total: number; now: Date }) {
  const t = useTranslations("competitions.home");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  return (
    <HomeBlock
      id="home-competitions"
      heading={t("heading")}
      empty={items.length === 0}
      emptyText={t("none")}
      allHref="/competitions"
      allLabel={t("all", { count: total })}
    >
      {items.map((item) => (
        <li key={item.id} className="rounded border-2 border-slate-300 p-3">
          <h3 className="text-lg font-bold">
            <Link
              href={{ pathname: "/competitions/[slug]", params: { slug: item.slug } }}
              className="underline"
              lang="pl"
            >
              {item.title}
            </Link>
          </h3>
          <p lang="pl">{item.institution.officeName ?? item.institution.name}</p>
          <p>{t("pool", { amount: formatPln(item.totalPool, locale) })}</p>
          <p>
            {t("deadline", { date: longDateTime(format, item.offersDeadline) })} (
            <strong>{t("daysLeft", { count: Math.max(0, polishDaysUntil(item.offersDeadline, now)) })}</strong>)
          </p>
        </li>
      ))}
    </HomeBlock>
  );
}
