import Form from "next/form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FilterSelect, filterFieldClass, filterLabelClass } from "@/components/ui/filter-select";
import type { ConsultationSearchParams } from "@/lib/consultations/public-filters";

type Option = { value: string; label: string; lang?: string };

/** The consultations list's search form (GET, so every search has an address): words, phase, kind, organiser, territory and sphere. */
export function ConsultationSearchForm({
  action,
  search,
  phases,
  kinds,
  organiserOptions,
  territories,
  sphereOptions,
}: {
  action: string;
  search: ConsultationSearchParams;
  phases: Option[];
  kinds: Option[];
  organiserOptions: Option[];
  territories: Option[];
  sphereOptions: Option[];
}) {
  const t = useTranslations();
  return (
    <Form
      action={action}
      role="search"
      aria-labelledby="consultation-search-heading"
      className="rounded border-2 border-slate-300 p-4"
    >
      <h2 id="consultation-search-heading" className="text-xl font-bold">
        {t("consultations.searchHeading")}
      </h2>
      <div className="mt-3 grid gap-4 md:grid-cols-2 lg:grid-cols-1">
        <div className="md:col-span-2 lg:col-span-1">
          <label htmlFor="consultations-q" className={filterLabelClass}>
            {t("consultations.query")}
          </label>
          <input
            id="consultations-q"
            name="q"
            type="search"
            defaultValue={search.q ?? ""}
            className={filterFieldClass}
          />
        </div>
        <FilterSelect
          idPrefix="consultations"
          name="phase"
          label={t("consultations.phase")}
          value={search.phase}
          any={t("consultations.anyPhase")}
          options={phases}
        />
        <FilterSelect
          idPrefix="consultations"
          name="kind"
          label={t("consultations.kind")}
          value={search.kind}
          any={t("consultations.anyKind")}
          options={kinds}
        />
        <FilterSelect
          idPrefix="consultations"
          name="organiser"
          label={t("consultations.organiser")}
          value={search.organiser}
          any={t("consultations.anyOrganiser")}
          options={organiserOptions}
        />
        <FilterSelect
          idPrefix="consultations"
          name="territory"
          label={t("consultations.territory")}
          value={search.territory}
          any={t("consultations.anyTerritory")}
          options={territories}
        />
        <FilterSelect
          idPrefix="consultations"
          name="sphere"
          label={t("consultations.sphere")}
          value={search.sphere}
          any={t("consultations.anySphere")}
          options={sphereOptions}
        />
      </div>
      <Button type="submit" className="mt-4">
        {t("consultations.show")}
      </Button>
    </Form>
  );
}
