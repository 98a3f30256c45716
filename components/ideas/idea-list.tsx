import { useFormatter, useTranslations } from "next-intl";
import { IdeaClockBadge, IdeaStatusBadge, IdeaSupportCounts } from "@/components/ideas/idea-badges";
import { Link } from "@/lib/i18n/navigation";
import { clockState } from "@/lib/ideas/clocks";
import type { IdeaCard } from "@/lib/ideas/queries";

/** Entries as cards: kind, title, status and clock (overdue marked), author and addressee, support. */
export function IdeaList({ items, now }: { items: IdeaCard[]; now: Date }) {
  const t = useTranslations("ideas");
  const format = useFormatter();
  return (
    <ol className="mt-4 space-y-4">
      {items.map((item) => {
        const addressee = item.institution
          ? (item.institution.officeName ?? item.institution.name)
          : t(`addressees.${item.addressee}`);
        return (
          <li key={item.id} className="rounded border-2 border-slate-300 p-4">
            <p className="text-sm font-semibold tracking-wide text-slate-800 uppercase">{t(`kinds.${item.kind}`)}</p>
            <h2 className="mt-1 text-xl font-bold break-words">
              <Link href={{ pathname: "/ideas/[slug]", params: { slug: item.slug } }} className="underline" lang="pl">
                {item.title}
              </Link>
            </h2>
            <div className="mt-2 flex flex-wrap items-center gap-2">
              <IdeaStatusBadge status={item.status} />
              <IdeaClockBadge clock={clockState(item, now)} />
            </div>
            <p className="mt-2 text-slate-800">
              {item.publishedAt && (
                <time dateTime={item.publishedAt.toISOString()}>
                  {t("list.publishedOn", { date: format.dateTime(item.publishedAt, { dateStyle: "long" }) })}
                </time>
              )}
              {" · "}
              {item.organisation?.name ?? item.author?.name ?? t("formerUser")} · {t("list.to", { addressee })}
            </p>
            <p className="mt-1">
              <IdeaSupportCounts organisations={item.organisationSupportCount} people={item.personSupportCount} />
            </p>
          </li>
        );
      })}
    </ol>
  );
}
