// The active filters of a public list as removable chips: each chip is a plain
// link to the same list without that one filter, so it works without
// JavaScript and from the keyboard. Client-safe and pure: every list
// (directory, news, library, consultations, forum search, partner requests,
// ideas) builds its chips here with its own query-string writer.

/** One chosen filter: its URL parameter, the field's name and the chosen value, as people read them. */
export interface ActiveFilter {
  key: string;
  /** The form field's label ("Sfera"); left out where the value says it all ("tylko OPP"). */
  field?: string;
  /** The human value: a sphere's or a gmina's name, never a raw id. */
  value: string;
}

export interface FilterChip extends ActiveFilter {
  /** The list's address without this filter, from the first page. */
  href: string;
}

export interface FilterChips {
  chips: FilterChip[];
  /** The list without any of the chips' filters (other state, such as the order, kept); only for two or more. */
  clearHref?: string;
}

type Params = Record<string, unknown>;

/**
 * The chips of `active` over the list at `path` searched with `params`.
 * `query` writes a list's parameters as its query string ("?a=1", or ""); a
 * removed filter is passed as undefined. Removing a filter changes the list,
 * so every chip's link starts again at the first page (`pageKey`).
 */
export function filterChips<P extends object>(
  path: string,
  params: P,
  active: readonly ActiveFilter[],
  query: (params: P) => string,
  pageKey = "page",
): FilterChips {
  const without = (keys: readonly string[]): string => {
    const next: Params = { ...(params as Params), [pageKey]: undefined };
    for (const key of keys) next[key] = undefined;
    return `${path}${query(next as P)}`;
  };
  const chips = active.map((filter) => ({ ...filter, href: without([filter.key]) }));
  return {
    chips,
    clearHref: active.length > 1 ? without(active.map((filter) => filter.key)) : undefined,
  };
}

/** The label of the option whose value is `value`, for a chip; the value itself if no option has it. */
export function optionLabel(options: readonly { value: string; label: string }[], value: string): string {
  return options.find((option) => option.value === value)?.label ?? value;
}

/**
 * The active filters among `fields`, in their order: each field whose
 * parameter has a value, named by `label(value)`.
 */
export function activeFilters<P extends object>(
  params: P,
  fields: readonly { key: keyof P & string; field?: string; label: (value: string) => string }[],
): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  for (const { key, field, label } of fields) {
    const value = params[key];
    if (value === undefined || value === null || value === "" || value === false) continue;
    active.push({ key, field, value: label(String(value)) });
  }
  return active;
}
