import { useTranslations } from "next-intl";
import { FilterForm, WordsField } from "@/components/search/filter-form";
import { FilterSelect, filterFieldClass, filterLabelClass } from "@/components/ui/filter-select";
import type { CompetitionSearchParams } from "@/lib/competitions/public-filters";

type Option = { value: string; label: string; lang?: string };

/**
 * The competitions list's search form (GET, so every search has an address):
 * words, office, territory, sphere, form of the task and the smallest grant
 * wanted. The chosen tab travels with it as a hidden field.
 */
export function CompetitionSearchForm({
  action,
  search,
  officeOptions,
  territories,
  sphereOptions,
  forms,
  amountRefused,
}: {
  action: string;
  search: CompetitionSearchParams;
  /** An amount that was refused, shown back as typed to be corrected. */
  amountRefused?: string;
  officeOptions: Option[];
  territories: Option[];
  sphereOptions: Option[];
  forms: Option[];
}) {
  const t = useTranslations("competitions");
  return (
    <FilterForm idPrefix="competitions" action={action} heading={t("searchHeading")} submit={t("show")}>
      {search.phase && <input type="hidden" name="phase" value={search.phase} />}
      <WordsField idPrefix="competitions" label={t("query")} value={search.q} maxLength={200} />
      <FilterSelect
        idPrefix="competitions"
        name="office"
        label={t("office")}
        value={search.office}
        any={t("anyOffice")}
        options={officeOptions}
      />
      <FilterSelect
        idPrefix="competitions"
        name="territory"
        label={t("territory")}
        value={search.territory}
        any={t("anyTerritory")}
        options={territories}
      />
      <FilterSelect
        idPrefix="competitions"
        name="sphere"
        label={t("sphere")}
        value={search.sphere}
        any={t("anySphere")}
        options={sphereOptions}
      />
      <FilterSelect
        idPrefix="competitions"
        name="form"
        label={t("form")}
        value={search.form}
        any={t("anyForm")}
        options={forms}
      />
      <div>
        <label htmlFor="competitions-amount" className={filterLabelClass}>
          {t("amount")}
        </label>
        <p id="competitions-amount-hint" className="text-sm text-slate-700">
          {t("amountHint")}
        </p>
        <input
          id="competitions-amount"
          name="amount"
          type="text"
          inputMode="decimal"
          maxLength={40}
          aria-describedby="competitions-amount-hint"
          defaultValue={amountRefused ?? search.amount ?? ""}
          className={filterFieldClass}
        />
      </div>
    </FilterForm>
  );
}
