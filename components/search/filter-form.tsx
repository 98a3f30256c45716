import Form from "next/form";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { filterFieldClass, filterLabelClass } from "@/components/ui/filter-select";

/**
 * The frame of every list's search form (components/search/results-with-filters.tsx
 * places it): sent by GET, so every search has an address; a search landmark
 * named by its heading; the fields in one column beside the results from
 * 1024 px, in two below; the button last. Ids start with `idPrefix`.
 */
export function FilterForm({
  idPrefix,
  action,
  heading,
  submit,
  children,
}: {
  idPrefix: string;
  action: string;
  heading: string;
  submit: string;
  children: ReactNode;
}) {
  return (
    <Form
      action={action}
      role="search"
      aria-labelledby={`${idPrefix}-search-heading`}
      className="rounded border-2 border-slate-300 p-4"
    >
      <h2 id={`${idPrefix}-search-heading`} className="text-xl font-bold">
        {heading}
      </h2>
      <div className="mt-3 grid gap-4 md:grid-cols-2 lg:grid-cols-1">{children}</div>
      <Button type="submit" className="mt-4">
        {submit}
      </Button>
    </Form>
  );
}

/** The form's words field (`q`), the full width of the form, with its hint tied to it when there is one. */
export function WordsField({
  idPrefix,
  label,
  hint,
  value,
  maxLength,
}: {
  idPrefix: string;
  label: string;
  hint?: string;
  value: string | undefined;
  maxLength?: number;
}) {
  const id = `${idPrefix}-q`;
  return (
    <div className="md:col-span-2 lg:col-span-1">
      <label htmlFor={id} className={filterLabelClass}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      <input
        id={id}
        name="q"
        type="search"
        maxLength={maxLength}
        aria-describedby={hint ? `${id}-hint` : undefined}
        defaultValue={value ?? ""}
        className={filterFieldClass}
      />
    </div>
  );
}
