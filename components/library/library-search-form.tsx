import Form from "next/form";
import { useTranslations } from "next-intl";
import { OrganisationFilter } from "@/components/forms/organisation-filter";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Button } from "@/components/ui/button";
import { FilterSelect, filterFieldClass, filterLabelClass } from "@/components/ui/filter-select";
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
    <Form
      action={action}
      role="search"
      aria-labelledby="library-search-heading"
      className="rounded border-2 border-slate-300 p-4"
    >
      <h2 id="library-search-heading" className="text-xl font-bold">
        {t("library.searchHeading")}
      </h2>
      <div className="mt-3 grid gap-4 md:grid-cols-2 lg:grid-cols-1">
        <div className="md:col-span-2 lg:col-span-1">
          <label htmlFor="library-q" className={filterLabelClass}>
            {t("library.query")}
          </label>
          <p id="library-q-hint" className="text-sm text-slate-700">
            {t("library.queryHint")}
          </p>
          <input
            id="library-q"
            name="q"
            type="search"
            aria-describedby="library-q-hint"
            defaultValue={search.q ?? ""}
            className={filterFieldClass}
          />
        </div>
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
      </div>
      <Button type="submit" className="mt-4">
        {t("news.show")}
      </Button>
    </Form>
  );
}
