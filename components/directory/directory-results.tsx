import { useLocale, useTranslations } from "next-intl";
import { VerifiedBadge } from "@/components/organisations/verified-badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { DirectoryItem } from "@/lib/directory/search";
import { Link } from "@/lib/i18n/navigation";
import { sphereName } from "@/lib/reference-data/sphere-name";

type SphereNames = Map<string, { namePl: string; nameEn: string; nameDe: string }>;

/** One page of the directory: each organisation with what tells it apart at a glance. */
export function DirectoryResults({ items, spheres }: { items: DirectoryItem[]; spheres: SphereNames }) {
  const t = useTranslations();
  const locale = useLocale();
  if (items.length === 0) return <EmptyState title={t("directory.noResults")} hint={t("directory.noResultsHint")} />;
  return (
    <ol className="space-y-4">
      {items.map((organisation) => (
        <li key={organisation.id} className="rounded border-2 border-slate-300 p-4">
          <h3 className="text-lg font-semibold" lang="pl">
            <Link href={{ pathname: "/organisations/[slug]", params: { slug: organisation.slug } }}>
              {organisation.name}
            </Link>
          </h3>
          {/* Running text, the dot held to the word before it (no-break space): a narrow line breaks after a dot, never before one. */}
          <p className="mt-1 text-sm">
            {[
              t(`legalForms.${organisation.legalForm}`),
              t("directory.seat", { place: organisation.seatName }),
              ...(organisation.krs ? [t("directory.krs", { krs: organisation.krs })] : []),
            ].map((part, index) => (
              <span key={index}>
                {index > 0 && <span aria-hidden="true">{"\u00a0· "}</span>}
                {part}
              </span>
            ))}
          </p>
          <p className="mt-2 flex flex-wrap gap-2">
            <VerifiedBadge verified={organisation.verified} />
            {organisation.hasPublicBenefitStatus && (
              <span className="rounded border-2 border-green-800 px-2 py-0.5 text-sm font-semibold text-green-900">
                {t("directory.oppBadge")}
              </span>
            )}
            {organisation.inLiquidation && (
              <span className="rounded border-2 border-amber-800 px-2 py-0.5 text-sm font-semibold text-amber-900">
                {t("directory.inLiquidation")}
              </span>
            )}
          </p>
          {organisation.sphereIds.length > 0 && (
            <ul className="mt-2 flex flex-wrap gap-2 text-sm" aria-label={t("directory.sphere")}>
              {organisation.sphereIds.flatMap((id) => {
                const sphere = spheres.get(id);
                return sphere
                  ? [
                      <li key={id} className="rounded bg-slate-100 px-2 py-1">
                        {sphereName(sphere, locale)}
                      </li>,
                    ]
                  : [];
              })}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
