import "server-only";
import { getTranslations } from "next-intl/server";
import type { DirectoryFilters } from "@/lib/directory/filters";
import type { LegalForm, TargetGroup } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import type { GminaGroups } from "@/lib/reference-data/queries";
import { sphereName } from "@/lib/reference-data/sphere-name";
import { activeFilters, type ActiveFilter } from "@/lib/search/filter-chips";

/** What each chosen criterion is called on the page (the form's label and the value's name), in the form's order. */
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
  const gminas = gminaGroups.flatMap((g) => g.gminas);
  return activeFilters(filters, [
    { key: "q", field: t("search.words"), label: (q) => t("directory.queryChip", { q }) },
    {
      key: "sphere",
      field: t("directory.sphere"),
      label: (id) => {
        const sphere = sphereById.get(id);
        return sphere ? sphereName(sphere, locale) : id;
      },
    },
    { key: "form", field: t("directory.form"), label: (form) => t(`legalForms.${form as LegalForm}`) },
    {
      key: "powiat",
      field: t("directory.powiat"),
      label: (code) => gminaGroups.find((g) => g.powiatCode === code)?.powiat ?? code,
    },
    { key: "gmina", field: t("directory.gmina"), label: (code) => gminas.find((g) => g.code === code)?.name ?? code },
    { key: "group", field: t("directory.group"), label: (group) => t(`targetGroups.${group as TargetGroup}`) },
    { key: "opp", label: () => t("directory.oppChip") },
    { key: "verified", label: () => t("directory.verifiedChip") },
  ]);
}
