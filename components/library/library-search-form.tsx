import { useTranslations } from "next-intl";
import { FilterForm, WordsField } from "@/components/search/filter-form";
import { OrganisationFilter } from "@/components/forms/organisation-filter";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FilterSelect } from "@/components/ui/filter-select";
import type { LibrarySearchParams } from "@/lib/library/public-filters";

type Option = { value: string; label: string; lang?: string };

/** The library's search form (GET, so every search has an address): words (the files' text too), type, status, author, territory and sphere. */
export function LibrarySearchForm({
  action,
  search,
  kinds,
  statuses,
  institutionOptions,
  organisation,
  territories,
  sphereOptions,
}: {
  action: string;
  search: LibrarySearchParams;
  kinds: Option[];
  statuses: Option[];
  institutionOptions: Option[];
  organisation: { id: string; name: string; seat: string | null } | null;
  territories: Option[];
  sphereOptions: Option[];
}) {
  const t = useTranslations();
  return (
    <FilterForm idPrefix="library" action={action} heading={t("library.searchHeading")} submit={t("news.show")}>
      <WordsField idPrefix="library" label={t("library.query")} hint={t("library.queryHint")} value={search.q} />
      <FilterSelect
        idPrefix="library"
        name="kind"
        label={t("library.kind")}
        value={search.kind}
        any={t("library.anyKind")}
        options={kinds}
      />
      <FilterSelect
        idPrefix="library"
        name="status"
        label={t("library.status")}
        value={search.status}
        any={t("library.anyStatus")}
        options={statuses}
      />
      <FilterSelect
        idPrefix="library"
        name="institution"
        label={t("news.institution")}
        value={search.institution}
        any={t("news.anyInstitution")}
        options={institutionOptions}
      />
      <ClientMessages namespaces={["organisationPicker", "ui"]}>
        <OrganisationFilter
          id="library-organisation"
          name="organisation"
          label={t("news.organisation")}
          hint={t("news.organisationHint")}
          initial={organisation}
        />
      </ClientMessages>
      <FilterSelect
        idPrefix="library"
        name="territory"
        label={t("news.territory")}
        value={search.territory}
        any={t("news.anyTerritory")}
        options={territories}
      />
      <FilterSelect
        idPrefix="library"
        name="sphere"
        label={t("news.sphere")}
        value={search.sphere}
        any={t("news.anySphere")}
        options={sphereOptions}
      />
    </FilterForm>
  );
}
