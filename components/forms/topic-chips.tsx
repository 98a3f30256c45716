import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { sphereName } from "@/lib/reference-data/sphere-name";

type Sphere = { id: string; code: string; namePl: string; nameEn: string; nameDe: string };

/** What a record concerns, as links to its list narrowed to each sphere and territory (news, library). */
export function TopicChips({
  list,
  spheres,
  territories,
}: {
  list: "/news" | "/library";
  spheres: Sphere[];
  territories: { code: string; name: string }[];
}) {
  const t = useTranslations("newsArticle");
  const locale = useLocale() as Locale;
  if (spheres.length === 0 && territories.length === 0) return null;
  const chip = "inline-block rounded border border-slate-500 px-2 py-1 underline";
  return (
    <section aria-labelledby="topics-heading" className="mt-8">
      <h2 id="topics-heading" className="text-2xl font-bold">
        {t("concerns")}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {spheres.map((sphere) => (
          <li key={sphere.id}>
            <Link href={{ pathname: list, query: { sphere: sphere.id } }} className={chip}>
              {sphereName(sphere, locale)}
            </Link>
          </li>
        ))}
        {territories.map((territory) => (
          <li key={territory.code}>
            <Link href={{ pathname: list, query: { territory: territory.code } }} className={chip} lang="pl">
              {territory.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
