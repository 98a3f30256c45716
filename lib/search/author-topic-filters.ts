// The "who wrote it and what it concerns" filters that news, the library and
// the ideas board share: one organisation (picked by name), a territory and a
// sphere. Their URL parameters, and their chips, are checked and worded here
// once so the three lists cannot drift apart. Client-safe and pure; the
// options they need are read by lib/search/author-topic-options.ts.
import { z } from "zod";
import { optionLabel } from "@/lib/search/filter-chips";
import { recordId } from "@/lib/validation/record-id";

/** The three parameters' schemas, spread into a list's own parameters (after its office field, before its order and page). */
export const authorTopicParams = {
  organisation: recordId,
  sphere: z.string().regex(/^[a-z0-9-]{3,40}$/),
  territory: z.string().regex(/^\d{2}(\d{2}(\d{3})?)?$/),
} as const;

export type AuthorTopicSearch = Partial<{
  [K in keyof typeof authorTopicParams]: z.output<(typeof authorTopicParams)[K]>;
}>;

type Option = { value: string; label: string; lang?: string };

/** What the filters' form and chips need: the chosen organisation (by its id in the address) and the options. */
export interface AuthorTopicOptions {
  organisation: { id: string; name: string; seat: string | null } | null;
  territories: Option[];
  sphereOptions: Option[];
}

/**
 * The three filters as fields for activeFilters, in the lists' chip order
 * (organisation, territory, sphere), each value named as people read it.
 */
export function authorTopicChipFields(
  labels: { organisation: string; territory: string; sphere: string },
  options: AuthorTopicOptions,
) {
  return [
    { key: "organisation", field: labels.organisation, label: (id: string) => options.organisation?.name ?? id },
    { key: "territory", field: labels.territory, label: (code: string) => optionLabel(options.territories, code) },
    { key: "sphere", field: labels.sphere, label: (id: string) => optionLabel(options.sphereOptions, id) },
  ] as const;
}
