import { useLocale } from "next-intl";
import type { ReactNode } from "react";
import { formatAmount } from "@/components/offers/costs/formats";

/** The cells of the cost tables, as components/ui/table draws its own. */
export const cellClassName = "border-b border-slate-300 p-2 align-top";
export const headClassName = "border-b-2 border-slate-700 p-2 align-bottom font-semibold";

/**
 * A table that scrolls sideways inside its own focusable region (keyboard
 * users scroll it at 320 px), as components/ui/table does, under a heading in
 * the template's Polish that names both: a caption inside the scrolling table
 * would be as wide as the table and cut off on a phone. `id` is the place a
 * problem about the whole table leads to.
 */
export function ScrollTable({
  id,
  captionId,
  caption,
  headingLevel,
  intro,
  children,
}: {
  id: string;
  captionId: string;
  caption: string;
  headingLevel: 3 | 4;
  /** What to know before filling the table in, under its heading. */
  intro?: ReactNode;
  children: ReactNode;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div id={id}>
      <Heading id={captionId} className="mt-4 font-semibold" lang="pl">
        {caption}
      </Heading>
      {intro}
      <div role="region" aria-labelledby={captionId} tabIndex={0} className="relative mt-2 mb-4 overflow-x-auto">
        <table aria-labelledby={captionId} className="w-full border-collapse text-left">
          {children}
        </table>
      </div>
    </div>
  );
}

/** A part's heading ("I. Koszty realizacji działań"), in the template's words. */
export function HeadingRow({ number, label, span }: { number: string; label: string; span: number }) {
  return (
    <tr>
      <th scope="row" className={`${cellClassName} text-left font-bold`}>
        {number}
      </th>
      <th scope="row" colSpan={span} className={`${cellClassName} text-left font-bold`} lang="pl">
        {label}
      </th>
    </tr>
  );
}

/** A row of sums: its name across the typed columns, then the total and each year's value. */
export function SumRow({
  number,
  label,
  total,
  perYear,
  span,
  trailing,
  strong = false,
}: {
  number: string;
  label: ReactNode;
  total: number;
  perYear: readonly number[];
  span: number;
  trailing: number;
  strong?: boolean;
}) {
  const locale = useLocale();
  const weight = strong ? "font-bold" : "font-semibold";
  return (
    <tr className="bg-slate-100">
      <th scope="row" className={`${cellClassName} text-left ${weight}`}>
        {number}
      </th>
      <th scope="row" colSpan={span} className={`${cellClassName} text-left ${weight}`}>
        {label}
      </th>
      <td className={`${cellClassName} text-right whitespace-nowrap ${weight}`}>{formatAmount(total, locale)}</td>
      {perYear.map((value, index) => (
        <td key={index} className={`${cellClassName} text-right whitespace-nowrap`}>
          {formatAmount(value, locale)}
        </td>
      ))}
      {trailing > 0 && <td colSpan={trailing} className={cellClassName} />}
    </tr>
  );
}
