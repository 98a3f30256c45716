import { useTranslations } from "next-intl";
import { AuthorTopicFields } from "@/components/search/author-topic-fields";
import { FilterForm, WordsField } from "@/components/search/filter-form";
import { FilterSelect } from "@/components/ui/filter-select";
import type { NewsSearchParams } from "@/lib/news/public-filters";
import type { AuthorTopicOptions } from "@/lib/search/author-topic-filters";

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
}: AuthorTopicOptions & {
  action: string;
  search: NewsSearchParams;
  kinds: Option[];
  institutionOptions: Option[];
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
      <AuthorTopicFields
        idPrefix="news"
        messages="news"
        search={search}
        organisation={organisation}
        territories={territories}
        sphereOptions={sphereOptions}
      />
    </FilterForm>
  );
}
