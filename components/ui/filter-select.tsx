export const filterFieldClass = "mt-1 block min-h-11 w-full rounded border-2 border-slate-600 bg-white px-3 py-2";
export const filterLabelClass = "block font-semibold";

/** One filter of a GET search form: a labelled list whose first option means "any". */
export function FilterSelect({
  idPrefix,
  name,
  label,
  value,
  any,
  options,
}: {
  idPrefix: string;
  name: string;
  label: string;
  value?: string;
  any: string;
  options: { value: string; label: string; lang?: string }[];
}) {
  return (
    <div>
      <label htmlFor={`${idPrefix}-${name}`} className={filterLabelClass}>
        {label}
      </label>
      <select id={`${idPrefix}-${name}`} name={name} defaultValue={value ?? ""} className={filterFieldClass}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
