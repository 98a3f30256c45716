// The options of the shared author and topic filters (lib/search/author-topic-filters.ts):
// the organisation chosen in the address, the region's territories and the spheres in force.
import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { organisationForPicker } from "@/lib/organisations/queries";
import { sphereFilterOptions, territoryFilterOptions } from "@/lib/reference-data/topic-options";
import type { AuthorTopicOptions } from "@/lib/search/author-topic-filters";

export async function authorTopicOptions(
  organisationId: string | undefined,
  locale: Locale,
): Promise<AuthorTopicOptions> {
  const [organisation, sphereOptions, territories] = await Promise.all([
    organisationForPicker(organisationId),
    sphereFilterOptions(locale),
    territoryFilterOptions(),
  ]);
  return { organisation, territories, sphereOptions };
}
