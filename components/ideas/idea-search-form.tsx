import Form from "next/form";
import { useTranslations } from "next-intl";
import { OrganisationFilter } from "@/components/forms/organisation-filter";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Button } from "@/components/ui/button";
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
    <Form
      action={action}
      role="search"
      aria-labelledby="ideas-search-heading"
      className="rounded border-2 border-slate-300 p-4"
    >
      <h2 id="ideas-search-heading" className="text-xl font-bold">
        {t("ideas.list.searchHeading")}
      </h2>
      <div className="mt-3 grid gap-4 md:grid-cols-2 lg:grid-cols-1">
        <div className="md:col-span-2 lg:col-span-1">
          <label htmlFor="ideas-q" className={filterLabelClass}>
            {t("ideas.list.query")}
          </label>
          <input id="ideas-q" name="q" type="search" defaultValue={search.q ?? ""} className={filterFieldClass} />
        </div>
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
      </div>
      <Button type="submit" className="mt-4">
        {t("ideas.list.show")}
      </Button>
    </Form>
  );
}
