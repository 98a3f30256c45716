import { useTranslations } from "next-intl";

export function RegionStats({
  counts,
}: {
  counts: { organisations: number; institutions: number; powiats: number; gminas: number };
}) {
  const t = useTranslations("home");
  const items = [
    t("organisations", { count: counts.organisations }),
    t("institutions", { count: counts.institutions }),
    t("powiats", { count: counts.powiats }),
    t("gminas", { count: counts.gminas }),
  ];
  return (
    <section aria-labelledby="region-stats" className="my-8">
      <h2 id="region-stats" className="text-2xl font-bold">
        {t("statsHeading")}
      </h2>
      <ul className="mt-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {items.map((text) => (
          <li key={text} className="rounded border-2 border-slate-300 p-4 text-lg font-semibold">
            {text}
          </li>
        ))}
      </ul>
    </section>
  );
}
