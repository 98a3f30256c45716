import { useTranslations } from "next-intl";
import { OrganisationFilter } from "@/components/forms/organisation-filter";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FilterSelect } from "@/components/ui/filter-select";
import type { AuthorTopicOptions, AuthorTopicSearch } from "@/lib/search/author-topic-filters";

/**
 * The shared author and topic fields of a list's search form (news, library,
 * ideas; lib/search/author-topic-filters.ts): one organisation picked by name,
 * a territory and a sphere. Worded from `messages`, whose namespace holds the
 * same six keys in each list.
 */
export function AuthorTopicFields({
  idPrefix,
  messages,
  search,
  organisation,
  territories,
  sphereOptions,
}: AuthorTopicOptions & {
  idPrefix: string;
  messages: "news" | "ideas.list";
  search: AuthorTopicSearch;
}) {
  const t = useTranslations(messages);
  return (
    <>
      <ClientMessages namespaces={["organisationPicker", "ui"]}>
        <OrganisationFilter
          id={`${idPrefix}-organisation`}
          name="organisation"
          label={t("organisation")}
          hint={t("organisationHint")}
          initial={organisation}
        />
      </ClientMessages>
      <FilterSelect
        idPrefix={idPrefix}
        name="territory"
        label={t("territory")}
        value={search.territory}
        any={t("anyTerritory")}
        options={territories}
      />
      <FilterSelect
        idPrefix={idPrefix}
        name="sphere"
        label={t("sphere")}
        value={search.sphere}
        any={t("anySphere")}
        options={sphereOptions}
      />
    </>
  );
}
