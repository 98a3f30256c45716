import { useTranslations } from "next-intl";
import { FilterForm, WordsField } from "@/components/search/filter-form";
import { OrganisationFilter } from "@/components/forms/organisation-filter";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FilterSelect } from "@/components/ui/filter-select";
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
    <FilterForm idPrefix="news" action={action} heading={t("news.searchHeading")} submit={t("news.show")}>
      <WordsField idPrefix="news" label={t("news.query")} value={search.q} />
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
    </FilterForm>
  );
}
