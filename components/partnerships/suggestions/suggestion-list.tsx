import { useLocale, useTranslations } from "next-intl";
import { FitSummary } from "@/components/partnerships/suggestions/fit-summary";
import { EmptyState } from "@/components/ui/empty-state";
import { getPathname } from "@/lib/i18n/navigation";
import type { SuggestionsPage } from "@/lib/partnerships/suggestions/page-view";

type Suggestions = Extract<SuggestionsPage, { kind: "ok" }>["suggestions"];

/** A request's suggested organisations, best fit first, each with why and a link to its page. */
export function SuggestionList({ suggestions }: { suggestions: Suggestions }) {
  const t = useTranslations("partnerSuggestions");
  const locale = useLocale();
  if (suggestions.length === 0) return <EmptyState title={t("empty")} />;
  return (
    <ol aria-label={t("listLabel")} className="mt-6 space-y-4">
      {suggestions.map((s) => (
        <li key={s.id} className="rounded border border-slate-400 p-4">
          <h2 className="text-xl font-bold">
            {/* A plain link: twenty of the router's Link components cost the page more than its list. */}
            <a href={getPathname({ href: { pathname: "/organisations/[slug]", params: { slug: s.slug } }, locale })}>
              {s.name}
            </a>
          </h2>
          {s.seat && <p className="text-slate-700">{t("seat", { place: s.seat })}</p>}
          <FitSummary explanation={s.explanation} />
        </li>
      ))}
    </ol>
  );
}
