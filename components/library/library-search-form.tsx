import { useTranslations } from "next-intl";
import { AuthorTopicFields } from "@/components/search/author-topic-fields";
import { FilterForm, WordsField } from "@/components/search/filter-form";
import { FilterSelect } from "@/components/ui/filter-select";
import type { LibrarySearchParams } from "@/lib/library/public-filters";
import type { AuthorTopicOptions } from "@/lib/search/author-topic-filters";

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
}: AuthorTopicOptions & {
  action: string;
  search: LibrarySearchParams;
  kinds: Option[];
  statuses: Option[];
  institutionOptions: Option[];
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
      <AuthorTopicFields
        idPrefix="library"
        messages="news"
        search={search}
        organisation={organisation}
        territories={territories}
        sphereOptions={sphereOptions}
      />
    </FilterForm>
  );
}
