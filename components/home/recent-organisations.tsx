import { useLocale, useTranslations } from "next-intl";
import { VerifiedBadge } from "@/components/organisations/verified-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/lib/i18n/navigation";
import { sphereName } from "@/lib/reference-data/sphere-name";

interface OrganisationSummary {
  id: string;
  slug: string;
  name: string;
  hasPublicBenefitStatus: boolean;
  verifiedAt: Date | null;
  seatTerritory: { name: string };
  spheres: { sphere: { code: string; namePl: string; nameEn: string; nameDe: string } }[];
}

export function RecentOrganisations({ organisations }: { organisations: OrganisationSummary[] }) {
  const t = useTranslations("home");
  const locale = useLocale();
  return (
    <section aria-labelledby="recent-organisations" className="my-8">
      <h2 id="recent-organisations" className="text-2xl font-bold">
        {t("recentOrganisations")}
      </h2>
      {organisations.length === 0 ? (
        <EmptyState title={t("noOrganisations")} hint={t("noOrganisationsHint")} />
      ) : (
        <ul className="mt-4 grid gap-4 md:grid-cols-2">
          {organisations.map((organisation) => (
            <li key={organisation.id} className="rounded border-2 border-slate-300 p-4">
              {/* Polish proper names: read with Polish pronunciation in every language. */}
              <h3 className="text-lg font-semibold" lang="pl">
                <Link href={{ pathname: "/organisations/[slug]", params: { slug: organisation.slug } }}>
                  {organisation.name}
                </Link>
              </h3>
              <VerifiedBadge verified={organisation.verifiedAt !== null} />
              <p className="text-slate-700">{t("seat", { place: organisation.seatTerritory.name })}</p>
              {organisation.hasPublicBenefitStatus && (
                <p className="text-sm font-semibold text-green-900">{t("opp")}</p>
              )}
              <ul className="mt-2 flex flex-wrap gap-2 text-sm">
                {organisation.spheres.map(({ sphere }) => (
                  <li key={sphere.code} className="rounded bg-slate-100 px-2 py-1">
                    {sphereName(sphere, locale)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
