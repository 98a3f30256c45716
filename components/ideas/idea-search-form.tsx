import { useTranslations } from "next-intl";
import { FilterForm, WordsField } from "@/components/search/filter-form";
import { OrganisationFilter } from "@/components/forms/organisation-filter";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FilterSelect, filterFieldClass, filterLabelClass } from "@/components/ui/filter-select";
import { ideaSortValues, type IdeaSearchParams } from "@/lib/ideas/public-filters";

type Option = { value: string; label: string; lang?: string };

/** The ideas board's search form (GET, so every search has an address): words, kind, status, addressee, organisation, territory, sphere and order. */
export function IdeaSearchForm({
  action,
  search,
  kinds,
  statuses,
  officeOptions,
  organisation,
  territories,
  sphereOptions,
}: {
  action: string;
  search: IdeaSearchParams;
  kinds: Option[];
  statuses: Option[];
  officeOptions: Option[];
  organisation: { id: string; name: string; seat: string | null } | null;
  territories: Option[];
  sphereOptions: Option[];
}) {
  const t = useTranslations();
  return (
    <FilterForm idPrefix="ideas" action={action} heading={t("ideas.list.searchHeading")} submit={t("ideas.list.show")}>
      <WordsField idPrefix="ideas" label={t("ideas.list.query")} value={search.q} />
      <FilterSelect
        idPrefix="ideas"
        name="kind"
        label={t("ideas.list.kind")}
        value={search.kind}
        any={t("ideas.list.anyKind")}
        options={kinds}
      />
      <FilterSelect
        idPrefix="ideas"
        name="status"
        label={t("ideas.list.status")}
        value={search.status}
        any={t("ideas.list.anyStatus")}
        options={statuses}
      />
      <FilterSelect
        idPrefix="ideas"
        name="office"
        label={t("ideas.list.office")}
        value={search.office}
        any={t("ideas.list.anyOffice")}
        options={officeOptions}
      />
      <ClientMessages namespaces={["organisationPicker", "ui"]}>
        <OrganisationFilter
          id="ideas-organisation"
          name="organisation"
          label={t("ideas.list.organisation")}
          hint={t("ideas.list.organisationHint")}
          initial={organisation}
        />
      </ClientMessages>
      <FilterSelect
        idPrefix="ideas"
        name="territory"
        label={t("ideas.list.territory")}
        value={search.territory}
        any={t("ideas.list.anyTerritory")}
        options={territories}
      />
      <FilterSelect
        idPrefix="ideas"
        name="sphere"
        label={t("ideas.list.sphere")}
        value={search.sphere}
        any={t("ideas.list.anySphere")}
        options={sphereOptions}
      />
      <div>
        <label htmlFor="ideas-sort" className={filterLabelClass}>
          {t("ideas.list.sort")}
        </label>
        <select id="ideas-sort" name="sort" defaultValue={search.sort ?? "newest"} className={filterFieldClass}>
          {ideaSortValues.map((sort) => (
            <option key={sort} value={sort}>
              {t(`ideas.list.sorts.${sort}`)}
            </option>
          ))}
        </select>
      </div>
    </FilterForm>
  );
}
