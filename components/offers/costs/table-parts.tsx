import { useLocale } from "next-intl";
import { createContext, useContext, type ReactNode } from "react";
import { formatAmount } from "@/components/offers/costs/formats";

/** The cells of the cost tables, as components/ui/table draws its own. */
export const cellClassName = "border-b border-slate-300 p-2 align-top";
export const headClassName = "border-b-2 border-slate-700 p-2 align-bottom font-semibold";

/**
 * Below the md breakpoint a cards table (V.A) draws each row as a card: the
 * same cells and inputs (one DOM, so react-hook-form ids and labels stay
 * unique), shown as a two-column grid with each cell's column name above it.
 * The column heads stay in the DOM, hidden, because every input takes its
 * name from them (aria-labelledby); the visible names repeat them for sight.
 */
export const cardRowClassName =
  "mb-3 grid grid-cols-2 gap-x-3 gap-y-1 rounded border-2 border-slate-300 p-2 md:mb-0 md:table-row md:rounded-none md:border-0 md:p-0";
export const cardCellClassName = "block min-w-0 p-1 align-top md:table-cell md:border-b md:border-slate-300 md:p-2";
/** A cell that takes the card's whole width (texts, selects, buttons). */
export const cardWideClassName = `${cardCellClassName} col-span-2`;
/** A cell with nothing in it for a card (no display utility besides "hidden": which of two wins is the stylesheet's order). */
export const cardHiddenCellClassName = "hidden p-2 align-top md:table-cell md:border-b md:border-slate-300";

/**
 * The column name shown above a cell in a card; hidden from assistive
 * technology, which reads the column head. It wraps even in a sum's cell that
 * keeps its amount on one line (whitespace-nowrap): two names side by side ran
 * into each other at 390 px and overlapped at 320 px (UX review, session 19).
 */
export function CardLabel({ children }: { children: ReactNode }) {
  return (
    <span
      aria-hidden="true"
      className="mb-1 block text-left text-sm font-semibold break-words whitespace-normal md:hidden"
      lang="pl"
    >
      {children}
    </span>
  );
}

/** The names a cards table's sum rows show in a card: the total and each year's value. */
export type CardSums = { total: string; years: readonly string[] };

const CardSumsContext = createContext<CardSums | null>(null);

/** Whether the rows are drawn as cards below md, and the sums' names when they are. */
export function useCardSums(): CardSums | null {
  return useContext(CardSumsContext);
}

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
  cards,
  children,
}: {
  id: string;
  captionId: string;
  caption: string;
  headingLevel: 3 | 4;
  /** What to know before filling the table in, under its heading. */
  intro?: ReactNode;
  /** Draw the rows as cards below md (see cardRowClassName), with these names for the sums. */
  cards?: CardSums;
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
        <table
          aria-labelledby={captionId}
          className={`w-full border-collapse text-left ${cards ? "block md:table" : ""}`}
        >
          <CardSumsContext value={cards ?? null}>{children}</CardSumsContext>
        </table>
      </div>
    </div>
  );
}

/** A part's heading ("I. Koszty realizacji działań"), in the template's words. */
export function HeadingRow({ number, label, span }: { number: string; label: string; span: number }) {
  const cards = useCardSums() !== null;
  const row = cards ? "flex gap-2 md:table-row" : undefined;
  const cell = cards ? "block p-1 md:table-cell md:border-b md:border-slate-300 md:p-2" : cellClassName;
  return (
    <tr className={row}>
      <th scope="row" className={`${cell} text-left font-bold`}>
        {number}
      </th>
      <th scope="row" colSpan={span} className={`${cell} text-left font-bold`} lang="pl">
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
  const cards = useCardSums();
  const weight = strong ? "font-bold" : "font-semibold";
  // In a card: the name across the card, then the total and each year with their names.
  const row = cards ? `${cardRowClassName} bg-slate-100` : "bg-slate-100";
  const cell = cards ? cardCellClassName : cellClassName;
  return (
    <tr className={row}>
      <th
        scope="row"
        className={`${cards && !number ? cardHiddenCellClassName : cell} text-left ${weight} ${cards && number ? "col-span-2 md:col-auto" : ""}`}
      >
        {number}
      </th>
      <th scope="row" colSpan={span} className={`${cell} text-left ${weight} ${cards ? "col-span-2 md:col-auto" : ""}`}>
        {label}
      </th>
      <td className={`${cell} text-right whitespace-nowrap ${weight}`}>
        {cards && <CardLabel>{cards.total}</CardLabel>}
        {formatAmount(total, locale)}
      </td>
      {perYear.map((value, index) => (
        <td key={index} className={`${cell} text-right whitespace-nowrap`}>
          {cards && <CardLabel>{cards.years[index]}</CardLabel>}
          {formatAmount(value, locale)}
        </td>
      ))}
      {trailing > 0 && <td colSpan={trailing} className={cards ? cardHiddenCellClassName : cellClassName} />}
    </tr>
  );
}
