"use client";

import { createContext, useCallback, useContext, useMemo, useState, type FocusEvent, type ReactNode } from "react";
import { checkOffer, type CheckContext } from "@/lib/offers/calc/check-offer";
import type { Problem } from "@/lib/offers/calc/problems";
import type { OfferDocument } from "@/lib/offers/document/schema";
import { useSettled } from "@/components/offers/checks/use-settled";

/** How long typing must pause before the offer is checked again (design §5: 150 ms). */
export const CHECK_DELAY_MS = 150;

type Checked = {
  problems: readonly Problem[];
  /** Ids of the fields (`field-…`) the person has left at least once since the page opened. */
  left: ReadonlySet<string>;
};

const ProblemsContext = createContext<Checked | null>(null);

/**
 * Runs checkOffer on the document being edited, 150 ms after the last change,
 * and gives the problems to everything inside: the ChecksPanel's list and each
 * field's FieldProblems. The editor wraps its sections in one of these, so the
 * same check feeds the list and the fields. The server runs the same function
 * at submit with the facts only it knows (ctx.facts); in the browser those
 * checks are skipped.
 *
 * It also notes which fields the person has left, so that a field says "fill
 * this in" only once they have been there (the panel lists every empty field
 * from the start): a line just added is not drawn in red before its first key.
 */
export function OfferChecks({
  document,
  context,
  children,
}: {
  document: OfferDocument;
  context: CheckContext;
  children: ReactNode;
}) {
  const settledDocument = useSettled(document, CHECK_DELAY_MS);
  const settledContext = useSettled(context, CHECK_DELAY_MS);
  const problems = useMemo(() => checkOffer(settledDocument, settledContext), [settledDocument, settledContext]);
  const [left, setLeft] = useState<ReadonlySet<string>>(() => new Set());
  const onBlur = useCallback((event: FocusEvent<HTMLDivElement>) => {
    const id = event.target.id;
    if (!id.startsWith("field-")) return;
    setLeft((current) => (current.has(id) ? current : new Set(current).add(id)));
  }, []);
  const value = useMemo(() => ({ problems, left }), [problems, left]);
  return (
    <ProblemsContext.Provider value={value}>
      {/* Blur bubbles in React; "contents" keeps this wrapper out of the editor's layout. */}
      <div className="contents" onBlur={onBlur}>
        {children}
      </div>
    </ProblemsContext.Provider>
  );
}

/** The problems of the nearest OfferChecks; null outside one. */
export function useOfferProblems(): readonly Problem[] | null {
  return useContext(ProblemsContext)?.problems ?? null;
}

/** Whether the person has left the field with this id (or one of its parts, "…-2027") since the page opened. */
export function useFieldLeft(): (id: string) => boolean {
  const left = useContext(ProblemsContext)?.left;
  return useCallback(
    (id: string) => left === undefined || left.has(id) || [...left].some((item) => item.startsWith(`${id}-`)),
    [left],
  );
}
