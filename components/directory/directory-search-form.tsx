import Form from "next/form";
import { useLocale, useTranslations } from "next-intl";
import { directorySorts, effectiveSort, targetGroups, type DirectoryFilters } from "@/lib/directory/filters";
import type { DirectoryFacets } from "@/lib/directory/search";
import { legalForms } from "@/lib/organisations/schemas";
import type { GminaGroups } from "@/lib/reference-data/queries";
import { sphereName } from "@/lib/reference-data/sphere-name";
import { SyncFormWithUrl } from "@/components/directory/sync-form-with-url";
import { FilterSelect as SharedFilterSelect, filterFieldClass, filterLabelClass } from "@/components/ui/filter-select";

const fieldClass = filterFieldClass;
const labelClass = filterLabelClass;
const FilterSelect = (props: Omit<Parameters<typeof SharedFilterSelect>[0], "idPrefix">) => (
  <SharedFilterSelect idPrefix="directory" {...props} />
);

interface Props {
  action: string;
  filters: DirectoryFilters;
  facets: DirectoryFacets;
  spheres: { id: string; namePl: string; nameEn: string; nameDe: string }[];
  gminaGroups: GminaGroups;
}

/**
 * The search form: a plain GET form, so every search is a URL and the page
 * works without JavaScript; with it, next/form swaps the results in place and
 * the result count (a status region) is announced. Nothing submits on its
 * own: choosing an option changes nothing until "Show results" (WCAG 3.2.2).
 */
export function DirectorySearchForm({ action, filters, facets, spheres, gminaGroups }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const count = (map: Record<string, number>, key: string) => map[key] ?? 0;
  const option = (label: string, n: number) => t("directory.option", { label, count: n });
  const powiatGroups = filters.powiat ? gminaGroups.filter((g) => g.powiatCode === filters.powiat) : gminaGroups;
  return (
    <Form
      id="directory-search"
      action={action}
      role="search"
      aria-labelledby="directory-search-heading"
      className="rounded border-2 border-slate-300 p-4"
    >
      <h2 id="directory-search-heading" className="text-xl font-bold">
        {t("directory.searchHeading")}
      </h2>
      <div className="mt-3">
        <label htmlFor="directory-q" className={labelClass}>
          {t("directory.query")}
        </label>
        <p id="directory-q-hint" className="text-sm text-slate-700">
          {t("directory.queryHint")}
        </p>
        <input
          id="directory-q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          maxLength={200}
          aria-describedby="directory-q-hint"
          className={fieldClass}
        />
      </div>
      <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-1">
        <FilterSelect
          name="sphere"
          label={t("directory.sphere")}
          value={filters.sphere}
          any={t("directory.any")}
          options={spheres.map((sphere) => ({
            value: sphere.id,
            label: option(sphereName(sphere, locale), count(facets.sphere, sphere.id)),
          }))}
        />
        <FilterSelect
          name="form"
          label={t("directory.form")}
          value={filters.form}
          any={t("directory.any")}
          options={legalForms.map((form) => ({
            value: form,
            label: option(t(`legalForms.${form}`), count(facets.form, form)),
          }))}
        />
        <FilterSelect
          name="powiat"
          label={t("directory.powiat")}
          value={filters.powiat}
          any={t("directory.anyPowiat")}
          options={gminaGroups.map((group) => ({
            value: group.powiatCode,
            label: option(group.powiat, count(facets.powiat, group.powiatCode)),
            lang: "pl",
          }))}
        />
        <div>
          <label htmlFor="directory-gmina" className={labelClass}>
            {t("directory.gmina")}
          </label>
          <select id="directory-gmina" name="gmina" defaultValue={filters.gmina ?? ""} className={fieldClass}>
            <option value="">{t("directory.any")}</option>
            {powiatGroups.map((group) => (
              <optgroup key={group.powiatCode} label={group.powiat} lang="pl">
                {group.gminas.map((gmina) => (
                  <option key={gmina.code} value={gmina.code}>
                    {option(gmina.name, count(facets.gmina, gmina.code))}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <FilterSelect
          name="group"
          label={t("directory.group")}
          value={filters.group}
          any={t("directory.any")}
          options={targetGroups.map((group) => ({
            value: group,
            label: option(t(`targetGroups.${group}`), count(facets.group, group)),
          }))}
        />
        <div>
          <label htmlFor="directory-sort" className={labelClass}>
            {t("directory.sort")}
          </label>
          <select id="directory-sort" name="sort" defaultValue={effectiveSort(filters)} className={fieldClass}>
            {directorySorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(`directory.sorts.${sort}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="mt-3 space-y-2">
        <label className="flex min-h-11 items-center gap-3">
          <input type="checkbox" name="opp" value="1" defaultChecked={filters.opp ?? false} className="h-6 w-6" />
          {t("directory.opp", { count: facets.opp })}
        </label>
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="checkbox"
            name="verified"
            value="1"
            defaultChecked={filters.verified ?? false}
            className="h-6 w-6"
          />
          {t("directory.verified", { count: facets.verified })}
        </label>
      </div>
      <button
        type="submit"
        className="mt-4 min-h-11 rounded bg-blue-800 px-5 py-2 font-semibold text-white hover:bg-blue-900"
      >
        {t("directory.submit")}
      </button>
      <SyncFormWithUrl
        formId="directory-search"
        values={{
          q: filters.q ?? "",
          sphere: filters.sphere ?? "",
          form: filters.form ?? "",
          powiat: filters.powiat ?? "",
          gmina: filters.gmina ?? "",
          group: filters.group ?? "",
          sort: effectiveSort(filters),
          opp: filters.opp ?? false,
          verified: filters.verified ?? false,
        }}
      />
    </Form>
  );
}
