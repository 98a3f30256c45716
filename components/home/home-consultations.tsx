import { useFormatter, useTranslations } from "next-intl";
import { HomeBlock } from "@/components/home/home-block";
import type { ConsultationListItem } from "@/lib/consultations/queries";
import { Link } from "@/lib/i18n/navigation";
import { polishDaysUntil } from "@/lib/time/polish-local";
import { longDateTime } from "@/lib/i18n/date-time";

/** Consultations open now, closing soonest first, each with its closing date and the days left to send remarks. */
export function HomeConsultations({ items, total, now }: { items: ConsultationListItem[]; total: number; now: Date }) {
  const t = useTranslations("home");
  const format = useFormatter();
  return (
    <HomeBlock
      id="home-consultations"
      heading={t("openConsultations")}
      empty={items.length === 0}
      emptyText={t("noOpenConsultations")}
      allHref="/consultations"
      allLabel={t("allConsultations", { count: total })}
    >
      {items.map((item) => (
        <li key={item.id} className="rounded border-2 border-slate-300 p-3">
          <h3 className="text-lg font-bold">
            <Link
              href={{ pathname: "/consultations/[slug]", params: { slug: item.slug } }}
              className="underline"
              lang="pl"
            >
              {item.title}
            </Link>
          </h3>
          <p lang="pl">{item.institution.officeName ?? item.institution.name}</p>
          <p>
            {t("closesOn", { date: longDateTime(format, item.endsAt) })} (
            <strong>{t("daysLeft", { count: Math.max(0, polishDaysUntil(item.endsAt, now)) })}</strong>)
          </p>
        </li>
      ))}
    </HomeBlock>
  );
}
