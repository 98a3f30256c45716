import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";

export function InstitutionList({ institutions }: { institutions: { id: string; name: string }[] }) {
  const t = useTranslations("home");
  return (
    <section aria-labelledby="institutions" className="my-8">
      <h2 id="institutions" className="text-2xl font-bold">
        {t("institutionsHeading")}
      </h2>
      {institutions.length === 0 ? (
        <EmptyState title={t("noInstitutions")} hint={t("noInstitutionsHint")} />
      ) : (
        <ul className="mt-4 list-disc space-y-1 pl-6">
          {institutions.map((institution) => (
            <li key={institution.id} lang="pl">
              {institution.name}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
