import { useTranslations } from "next-intl";
import { AuthorTopicFields } from "@/components/search/author-topic-fields";
import { FilterForm, WordsField } from "@/components/search/filter-form";
import { FilterSelect, filterFieldClass, filterLabelClass } from "@/components/ui/filter-select";
import { ideaSortValues, type IdeaSearchParams } from "@/lib/ideas/public-filters";
import type { AuthorTopicOptions } from "@/lib/search/author-topic-filters";

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
}: AuthorTopicOptions & {
  action: string;
  search: IdeaSearchParams;
  kinds: Option[];
  statuses: Option[];
  officeOptions: Option[];
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
      <AuthorTopicFields
        idPrefix="ideas"
        messages="ideas.list"
        search={search}
        organisation={organisation}
        territories={territories}
        sphereOptions={sphereOptions}
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
