import { useFormatter, useTranslations } from "next-intl";
import { PhaseBadge } from "@/components/consultations/phase-badge";
import type { ConsultationListItem } from "@/lib/consultations/queries";
import { Link } from "@/lib/i18n/navigation";

/** Consultations as a list of cards: title, organiser, phase and dates, remark count. */
export function ConsultationList({ items, headingLevel = 3 }: { items: ConsultationListItem[]; headingLevel?: 2 | 3 }) {
  const t = useTranslations("consultations");
  const format = useFormatter();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="mt-4 space-y-4">
      {items.map((item) => (
        <li key={item.id} className="rounded border-2 border-slate-300 p-4">
          <Heading className="text-xl font-bold">
            <Link
              href={{ pathname: "/consultations/[slug]", params: { slug: item.slug } }}
              className="underline"
              lang="pl"
            >
              {item.title}
            </Link>
          </Heading>
          <p className="mt-1 text-slate-800">
            {t(`kinds.${item.kind}`)} · {item.institution.officeName ?? item.institution.name}
          </p>
          <p className="mt-2 flex flex-wrap items-center gap-3">
            <PhaseBadge phase={item.phase} />
            <span>{format.dateTimeRange(item.startsAt, item.endsAt, { dateStyle: "long" })}</span>
            <span>{t("remarkCount", { count: item._count.remarks })}</span>
          </p>
        </li>
      ))}
    </ol>
  );
}
