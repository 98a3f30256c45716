import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { IdeaPageView } from "@/lib/ideas/page-view";

/** The spheres and territories the entry concerns, as links to the list narrowed to each. */
export function IdeaTopics({ view }: { view: IdeaPageView }) {
  const t = useTranslations("ideas");
  if (view.spheres.length === 0 && view.territories.length === 0) return null;
  const chip = "inline-block rounded border border-slate-500 px-2 py-1 underline";
  return (
    <section aria-labelledby="idea-topics-heading" className="mt-8">
      <h2 id="idea-topics-heading" className="text-2xl font-bold">
        {t("concerns")}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {view.spheres.map((sphere) => (
          <li key={sphere.id}>
            <Link href={{ pathname: "/ideas", query: { sphere: sphere.id } }} className={chip}>
              {sphere.code}. {sphere.name}
            </Link>
          </li>
        ))}
        {view.territories.map((territory) => (
          <li key={territory.code}>
            <Link href={{ pathname: "/ideas", query: { territory: territory.code } }} className={chip} lang="pl">
              {territory.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
