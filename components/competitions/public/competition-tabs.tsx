import { useTranslations } from "next-intl";

/**
 * The list's phases as links (each an address of its own, so they work without
 * JavaScript and can be shared), the chosen one marked as the current page.
 */
export function CompetitionTabs({
  tabs,
}: {
  tabs: { phase: string; label: string; href: string; current: boolean }[];
}) {
  const t = useTranslations("competitions");
  return (
    <nav aria-label={t("tabsLabel")} className="mt-6">
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => (
          <li key={tab.phase}>
            <a
              href={tab.href}
              aria-current={tab.current ? "page" : undefined}
              className={`inline-block min-h-11 rounded border-2 px-3 py-2 ${
                tab.current ? "border-slate-900 bg-slate-900 font-bold text-white" : "border-slate-600 underline"
              }`}
            >
              {tab.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
