import { useTranslations } from "next-intl";
import { FilterForm, WordsField } from "@/components/search/filter-form";
import { FilterSelect } from "@/components/ui/filter-select";
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
    <FilterForm
      idPrefix="consultations"
      action={action}
      heading={t("consultations.searchHeading")}
      submit={t("consultations.show")}
    >
      <WordsField idPrefix="consultations" label={t("consultations.query")} value={search.q} />
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
    </FilterForm>
  );
}
