import { useId, type ReactNode } from "react";

/**
 * A data table with a caption. Wide tables scroll inside a focusable region,
 * so keyboard users can scroll them at 320 px width as well.
 */
export function Table({ caption, children }: { caption: string; children: ReactNode }) {
  const captionId = useId();
  return (
    <div role="region" aria-labelledby={captionId} tabIndex={0} className="relative my-4 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption id={captionId} className="mb-2 text-left font-semibold">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ children, scope = "col", className = "" }: { children: ReactNode; scope?: "col" | "row"; className?: string }) {
  return (
    <th scope={scope} className={`border-b-2 border-slate-700 p-2 align-bottom font-semibold ${className}`}>
      {children}
    </th>
  );
}

export function Td({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <td className={`border-b border-slate-300 p-2 align-top ${className}`}>{children}</td>;
}
