import Form from "next/form";
import { useTranslations } from "next-intl";
import { OrganisationFilter } from "@/components/forms/organisation-filter";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Button } from "@/components/ui/button";
import { FilterSelect, filterFieldClass, filterLabelClass } from "@/components/ui/filter-select";
import type { NewsSearchParams } from "@/lib/news/public-filters";

type Option = { value: string; label: string; lang?: string };

/** The news list's search form (GET, so every search has an address): words, type, author, territory and sphere. */
export function NewsSearchForm({
  action,
  search,
  kinds,
  institutionOptions,
  organisation,
  territories,
  sphereOptions,
}: {
  action: string;
  search: NewsSearchParams;
  kinds: Option[];
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
      aria-labelledby="news-search-heading"
      className="rounded border-2 border-slate-300 p-4"
    >
      <h2 id="news-search-heading" className="text-xl font-bold">
        {t("news.searchHeading")}
      </h2>
      <div className="mt-3 grid gap-4 md:grid-cols-2 lg:grid-cols-1">
        <div className="md:col-span-2 lg:col-span-1">
          <label htmlFor="news-q" className={filterLabelClass}>
            {t("news.query")}
          </label>
          <input id="news-q" name="q" type="search" defaultValue={search.q ?? ""} className={filterFieldClass} />
        </div>
        <FilterSelect
          idPrefix="news"
          name="kind"
          label={t("news.kind")}
          value={search.kind}
          any={t("news.anyKind")}
          options={kinds}
        />
        <FilterSelect
          idPrefix="news"
          name="institution"
          label={t("news.institution")}
          value={search.institution}
          any={t("news.anyInstitution")}
          options={institutionOptions}
        />
        <ClientMessages namespaces={["organisationPicker", "ui"]}>
          <OrganisationFilter
            id="news-organisation"
            name="organisation"
            label={t("news.organisation")}
            hint={t("news.organisationHint")}
            initial={organisation}
          />
        </ClientMessages>
        <FilterSelect
          idPrefix="news"
          name="territory"
          label={t("news.territory")}
          value={search.territory}
          any={t("news.anyTerritory")}
          options={territories}
        />
        <FilterSelect
          idPrefix="news"
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
