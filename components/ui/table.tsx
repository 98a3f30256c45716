import { useId, type ReactNode } from "react";

/**
 * A data table with a caption. Wide tables scroll inside a focusable region,
 * so keyboard users can scroll them at 320 px width as well.
 *
 * `stacked`: below the `sm` breakpoint each row becomes a block of its cells,
 * one under another, each led by its column's name (Td's `label`, hidden from
 * screen readers, which keep the column headers: the table, rows and cells
 * carry explicit roles, as a changed CSS display drops them in some browsers;
 * the row groups need none).
 * For lists whose later columns would otherwise hide off to the side.
 */
export function Table({
  caption,
  children,
  stacked = false,
}: {
  caption: string;
  children: ReactNode;
  stacked?: boolean;
}) {
  const captionId = useId();
  return (
    <div role="region" aria-labelledby={captionId} tabIndex={0} className="relative my-4 overflow-x-auto">
      <table
        role={stacked ? "table" : undefined}
        className={`w-full border-collapse text-left ${stacked ? "table-stacked" : ""}`}
      >
        <caption id={captionId} className="mb-2 text-left font-semibold">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export function Th({
  children,
  scope = "col",
  className = "",
  role,
}: {
  children: ReactNode;
  scope?: "col" | "row";
  className?: string;
  role?: "columnheader" | "rowheader";
}) {
  return (
    <th scope={scope} role={role} className={`border-b-2 border-slate-700 p-2 align-bottom font-semibold ${className}`}>
      {children}
    </th>
  );
}

/** A cell; with `label` (in a stacked table) it names its column when the row is stacked. */
export function Td({ children, className = "", label }: { children: ReactNode; className?: string; label?: string }) {
  return (
    <td
      role={label === undefined ? undefined : "cell"}
      className={`border-b border-slate-300 p-2 align-top ${className}`}
    >
      {label !== undefined && (
        <span aria-hidden="true" className="table-stacked-label">
          {label}:{" "}
        </span>
      )}
      {children}
    </td>
  );
}
