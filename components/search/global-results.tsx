import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { hitHref, type GlobalSearchView } from "@/lib/search/global-page";

/**
 * The groups of the one search that found something, in a fixed order so a
 * reader finds each kind where it was last time: a heading with the count,
 * the best few results, and a link to the module's own search with the same
 * query. The kinds that found nothing follow on one line, not a box each.
 * Titles and names are the platform's Polish content, so they are marked as Polish.
 */
export async function GlobalResults({ view }: { view: GlobalSearchView }) {
  const [t, format] = await Promise.all([getTranslations("globalSearch"), getFormatter()]);
  const found = view.groups.filter((group) => group.hits.length > 0);
  const empty = view.groups.filter((group) => group.hits.length === 0);
  return (
    <>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        {found.map((group) => {
          const headingId = `results-${group.kind}`;
          return (
            <section
              key={group.kind}
              aria-labelledby={headingId}
              className="rounded border-2 border-slate-300 p-4"
              data-kind={group.kind}
            >
              <h2 id={headingId} className="text-xl font-bold">
                {t(`kinds.${group.kind}.heading`)}{" "}
                <span className="text-base font-normal text-slate-700">
                  ({group.more ? t("moreThan", { count: group.count }) : t("count", { count: group.count })})
                </span>
              </h2>
              <ul className="mt-2 space-y-2">
                {group.hits.map((hit) => (
                  <li key={hit.id}>
                    <Link href={hitHref(group.kind, hit.slug)} lang="pl" className="inline-block min-h-6 font-semibold">
                      {hit.title}
                    </Link>
                    {hit.detail && (
                      <span className="block text-sm text-slate-700" lang="pl">
                        {hit.detail}
                      </span>
                    )}
                    {hit.date && (
                      <time dateTime={hit.date.toISOString()} className="block text-sm text-slate-700">
                        {format.dateTime(hit.date, { dateStyle: "long" })}
                      </time>
                    )}
                  </li>
                ))}
              </ul>
              <p className="mt-3">
                <a href={group.moduleHref} className="inline-block min-h-6 font-semibold">
                  {group.kind === "institutions"
                    ? t("institutionsList")
                    : t("all", {
                        more: String(group.more),
                        count: group.count,
                        where: t(`kinds.${group.kind}.where`),
                      })}
                </a>
              </p>
            </section>
          );
        })}
      </div>
      {empty.length > 0 && (
        <p className="mt-6 text-slate-700">
          {t("nothingIn", {
            kinds: format.list(
              empty.map((group) => t(`kinds.${group.kind}.heading`)),
              { type: "unit" },
            ),
          })}
        </p>
      )}
    </>
  );
}
