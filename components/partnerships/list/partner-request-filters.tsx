import { useTranslations } from "next-intl";
import { FilterForm, WordsField } from "@/components/search/filter-form";
import { FilterSelect, filterFieldClass, filterLabelClass } from "@/components/ui/filter-select";
import { LegalForm, PartnerRole } from "@/lib/generated/prisma/enums";
import { closingWindows, partnerRequestSorts, type PartnerRequestSearch } from "@/lib/partnerships/list/filters";

type Option = { value: string; label: string; lang?: string };

/**
 * The list's search form (GET, so every search has an address): words, role,
 * sphere, territory, kind of partner, closing date and order. Each field has
 * its visible label; the territory's meaning is told in a hint tied to it.
 */
export function PartnerRequestFilters({
  action,
  search,
  spheres,
  territories,
}: {
  action: string;
  search: PartnerRequestSearch;
  spheres: Option[];
  territories: Option[];
}) {
  const t = useTranslations("partnerRequestList");
  const tf = useTranslations("legalForms");
  const { filters } = search;
  return (
    <FilterForm idPrefix="partner-requests" action={action} heading={t("searchHeading")} submit={t("show")}>
      <WordsField idPrefix="partner-requests" label={t("query")} maxLength={200} value={filters.q} />
      <FilterSelect
        idPrefix="partner-requests"
        name="role"
        label={t("role")}
        value={filters.role}
        any={t("anyRole")}
        options={Object.values(PartnerRole).map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      />
      <FilterSelect
        idPrefix="partner-requests"
        name="sphere"
        label={t("sphere")}
        value={filters.sphere}
        any={t("anySphere")}
        options={spheres}
      />
      <div>
        <label htmlFor="partner-requests-territory" className={filterLabelClass}>
          {t("territory")}
        </label>
        <select
          id="partner-requests-territory"
          name="territory"
          defaultValue={filters.territory ?? ""}
          aria-describedby="partner-requests-territory-hint"
          className={filterFieldClass}
        >
          <option value="">{t("anyTerritory")}</option>
          {territories.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
        <p id="partner-requests-territory-hint" className="mt-1 text-sm text-slate-800">
          {t("territoryHint")}
        </p>
      </div>
      <FilterSelect
        idPrefix="partner-requests"
        name="partner"
        label={t("partner")}
        value={filters.partner}
        any={t("anyPartner")}
        options={[
          ...Object.values(LegalForm).map((form) => ({
            value: form,
            label: t("partnerKindForm", { form: tf(form) }),
          })),
          { value: "localGovernment", label: t("partnerKinds.localGovernment") },
          { value: "withoutPublicBenefit", label: t("partnerKinds.withoutPublicBenefit") },
        ]}
      />
      <FilterSelect
        idPrefix="partner-requests"
        name="closing"
        label={t("closing")}
        value={filters.closing}
        any={t("anyClosing")}
        options={closingWindows.map((days) => ({ value: days, label: t(`closingWindows.${days}`) }))}
      />
      <div>
        <label htmlFor="partner-requests-closesBy" className={filterLabelClass}>
          {t("closesBy")}
        </label>
        <input
          id="partner-requests-closesBy"
          name="closesBy"
          type="date"
          defaultValue={filters.closesBy ?? ""}
          className={filterFieldClass}
        />
      </div>
      <div>
        <label htmlFor="partner-requests-sort" className={filterLabelClass}>
          {t("sort")}
        </label>
        <select id="partner-requests-sort" name="sort" defaultValue={search.sort} className={filterFieldClass}>
          {partnerRequestSorts.map((sort) => (
            <option key={sort} value={sort}>
              {t(`sorts.${sort}`)}
            </option>
          ))}
        </select>
      </div>
    </FilterForm>
  );
}
