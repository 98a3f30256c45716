import "server-only";
import { getTranslations } from "next-intl/server";
import type { DirectoryFilters } from "@/lib/directory/filters";
import type { Locale } from "@/lib/i18n/locales";
import type { GminaGroups } from "@/lib/reference-data/queries";
import { sphereName } from "@/lib/reference-data/sphere-name";

export interface ActiveFilter {
  key: keyof DirectoryFilters;
  label: string;
}

/** What each chosen criterion is called on the page, in the order of the form. */
export async function activeFilterLabels(
  filters: DirectoryFilters,
  context: {
    locale: Locale;
    sphereById: Map<string, { namePl: string; nameEn: string; nameDe: string }>;
    gminaGroups: GminaGroups;
  },
): Promise<ActiveFilter[]> {
  const { locale, sphereById, gminaGroups } = context;
  const t = await getTranslations({ locale });
  const active: ActiveFilter[] = [];
  if (filters.q) active.push({ key: "q", label: t("directory.queryChip", { q: filters.q }) });
  const sphere = filters.sphere ? sphereById.get(filters.sphere) : undefined;
  if (filters.sphere) active.push({ key: "sphere", label: sphere ? sphereName(sphere, locale) : filters.sphere });
  if (filters.form) active.push({ key: "form", label: t(`legalForms.${filters.form}`) });
  if (filters.powiat)
    active.push({
      key: "powiat",
      label: gminaGroups.find((g) => g.powiatCode === filters.powiat)?.powiat ?? filters.powiat,
    });
  if (filters.gmina) {
    const gmina = gminaGroups.flatMap((g) => g.gminas).find((g) => g.code === filters.gmina);
    active.push({ key: "gmina", label: gmina?.name ?? filters.gmina });
  }
  if (filters.group) active.push({ key: "group", label: t(`targetGroups.${filters.group}`) });
  if (filters.opp) active.push({ key: "opp", label: t("directory.oppChip") });
  if (filters.verified) active.push({ key: "verified", label: t("directory.verifiedChip") });
  return active;
}
