"use client";

import type { FormEvent, ReactNode } from "react";

/** Tailwind's lg breakpoint, in rem as app/globals.css has it: from there the form is always shown beside the results. */
const WIDE = "(min-width: 64rem)";

/**
 * The list's search form in a native disclosure (closed by default, so a full
 * page load without JavaScript shows the results first). next/form swaps the
 * new results in without a page load, which would leave the open form above
 * them on a phone and the results off-screen: on a narrow screen a submit
 * closes the disclosure and takes the focus to the results (`resultsId`, a
 * tabIndex -1 element), whose count the screen reader then reads.
 */
export function FilterDisclosure({
  resultsId,
  open,
  summary,
  children,
}: {
  resultsId: string;
  open: boolean;
  summary: string;
  children: ReactNode;
}) {
  function onSubmit(event: FormEvent<HTMLDetailsElement>) {
    if (window.matchMedia(WIDE).matches) return;
    event.currentTarget.open = false;
    document.getElementById(resultsId)?.focus();
  }
  return (
    <details className="list-filters" open={open} onSubmit={onSubmit}>
      <summary className="flex min-h-11 cursor-pointer items-center gap-2 rounded border-2 border-slate-600 px-4 py-2 font-semibold">
        {summary}
      </summary>
      {children}
    </details>
  );
}
