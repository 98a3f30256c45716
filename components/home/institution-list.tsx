import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/lib/i18n/navigation";

interface InstitutionSummary {
  id: string;
  slug: string;
  name: string;
  officeName: string | null;
  kind: "VOIVODESHIP_OFFICE" | "POWIAT_OFFICE" | "GMINA_OFFICE";
}

/** The voivodeship and powiat offices, with a link to every institution (the gminas make the list long). */
export function InstitutionList({ institutions }: { institutions: InstitutionSummary[] }) {
  const t = useTranslations("home");
  const shown = institutions.filter((institution) => institution.kind !== "GMINA_OFFICE");
  return (
    <section aria-labelledby="institutions" className="my-8">
      <h2 id="institutions" className="text-2xl font-bold">
        {t("institutionsHeading")}
      </h2>
      {institutions.length === 0 ? (
        <EmptyState title={t("noInstitutions")} hint={t("noInstitutionsHint")} />
      ) : (
        <>
          <ul className="mt-4 grid list-disc gap-x-8 gap-y-1 pl-6 sm:grid-cols-2">
            {shown.map((institution) => (
              <li key={institution.id} lang="pl">
                <Link href={{ pathname: "/institutions/[slug]", params: { slug: institution.slug } }}>
                  {institution.officeName ?? institution.name}
                </Link>
              </li>
            ))}
          </ul>
          <p className="mt-3">
            <Link href="/institutions">{t("allInstitutions", { count: institutions.length })}</Link>
          </p>
        </>
      )}
    </section>
  );
}
