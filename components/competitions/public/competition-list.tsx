import { useLocale, useTranslations } from "next-intl";
import { CompetitionPhaseBadge } from "@/components/competitions/public/phase-badge";
import { DeadlineText } from "@/components/competitions/public/deadline-text";
import type { CompetitionListItem } from "@/lib/competitions/list";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatPln } from "@/lib/offers/calc/money";
import { sphereName } from "@/lib/reference-data/sphere-name";

/** Competitions as cards: title, office, phase, deadline with the days left, the pool and the spheres. */
export function CompetitionList({
  items,
  now,
  headingLevel = 3,
}: {
  items: CompetitionListItem[];
  now: Date;
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations("competitions");
  const locale = useLocale() as Locale;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="mt-4 space-y-4">
      {items.map((item) => (
        <li key={item.id} className="rounded border-2 border-slate-300 p-4">
          <Heading className="text-xl font-bold break-words">
            <Link
              href={{ pathname: "/competitions/[slug]", params: { slug: item.slug } }}
              className="underline"
              lang="pl"
            >
              {item.title}
            </Link>
          </Heading>
          <p className="mt-1 text-slate-800" lang="pl">
            {item.institution.officeName ?? item.institution.name}
          </p>
          <p className="mt-2 flex flex-wrap items-center gap-3">
            <CompetitionPhaseBadge phase={item.phase} />
            <DeadlineText deadline={item.offersDeadline} open={item.phase === "OPEN"} now={now} />
          </p>
          <p className="mt-2">{t("pool", { amount: formatPln(item.totalPool, locale) })}</p>
          {item.spheres.length > 0 && (
            <p className="mt-1 text-sm text-slate-800">
              {t("spheres")}:{" "}
              {item.spheres.map(({ sphere }) => `${sphere.code}. ${sphereName(sphere, locale)}`).join("; ")}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
