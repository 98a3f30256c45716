// What the ideas board's list shows, read and shaped in one place so the page
// only lays it out: the search as read from the address (a wrong parameter
// dropped and reported), one page of entries, the filter form's options with
// their labels, the chosen filters as chips, the page links, the feeds' query
// and the "did you mean" correction. The page is shared by every reader
// (lib/http/page-cache.ts), so nothing here knows who reads it.
import "server-only";
import { getTranslations } from "next-intl/server";
import { IdeaStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";
import {
  ideaFeedQuery,
  ideaQuery,
  parseIdeaSearch,
  toIdeaFilters,
  type IdeaSearchParams,
} from "@/lib/ideas/public-filters";
import { IDEAS_PAGE_SIZE, listIdeaOffices, listPublicIdeas } from "@/lib/ideas/queries";
import { ideaKinds } from "@/lib/ideas/schemas";
import { authorTopicChipFields } from "@/lib/search/author-topic-filters";
import { authorTopicOptions } from "@/lib/search/author-topic-options";
import { activeFilters, filterChips, optionLabel } from "@/lib/search/filter-chips";

export async function ideaListView(raw: Record<string, string | string[] | undefined>, locale: Locale) {
  const { params: search, dropped } = parseIdeaSearch(raw);
  const [t, { items, total, correction }, offices, authorTopic] = await Promise.all([
    getTranslations({ locale }),
    listPublicIdeas(toIdeaFilters(search)),
    listIdeaOffices(),
    authorTopicOptions(search.organisation, locale),
  ]);
  const action = getPathname({ href: "/ideas", locale });
  const kinds = ideaKinds.map((kind) => ({ value: kind, label: t(`ideas.kinds.${kind}`) }));
  const statuses = Object.values(IdeaStatus).map((status) => ({ value: status, label: t(`ideas.statuses.${status}`) }));
  const officeOptions = [
    { value: "operator", label: t("ideas.addressees.OPERATOR") },
    { value: "council", label: t("ideas.addressees.COUNCIL") },
    ...offices.map((office) => ({ value: office.id, label: office.name, lang: "pl" })),
  ];
  const active = activeFilters(search, [
    { key: "q", field: t("search.words"), label: (q) => q },
    { key: "kind", field: t("ideas.list.kind"), label: (kind) => optionLabel(kinds, kind) },
    { key: "status", field: t("ideas.list.status"), label: (status) => optionLabel(statuses, status) },
    { key: "office", field: t("ideas.list.office"), label: (id) => optionLabel(officeOptions, id) },
    ...authorTopicChipFields(
      {
        organisation: t("ideas.list.organisation"),
        territory: t("ideas.list.territory"),
        sphere: t("ideas.list.sphere"),
      },
      authorTopic,
    ),
  ]);
  return {
    action,
    search,
    dropped,
    items,
    total,
    totalPages: Math.max(1, Math.ceil(total / IDEAS_PAGE_SIZE)),
    page: search.page ?? 1,
    pageHref: (page: number) => `${action}${ideaQuery(search, page)}`,
    options: { kinds, statuses, officeOptions, ...authorTopic },
    chips: filterChips(action, search, active, (rest: IdeaSearchParams) => ideaQuery(rest)),
    feedQuery: ideaFeedQuery(search),
    /** "Did you mean": set when the words found nothing and their corrected form did (the items are its). */
    didYouMean:
      correction && search.q
        ? { original: search.q, correction, href: `${action}${ideaQuery({ ...search, q: correction.query })}` }
        : undefined,
  };
}
