"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { checkOffer, type CheckContext } from "@/lib/offers/calc/check-offer";
import type { Problem } from "@/lib/offers/calc/problems";
import type { OfferDocument } from "@/lib/offers/document/schema";
import { useSettled } from "@/components/offers/checks/use-settled";

/** How long typing must pause before the offer is checked again (design §5: 150 ms). */
export const CHECK_DELAY_MS = 150;

const ProblemsContext = createContext<readonly Problem[] | null>(null);

/**
 * Runs checkOffer on the document being edited, 150 ms after the last change,
 * and gives the problems to everything inside: the ChecksPanel's list and each
 * field's FieldProblems. The editor wraps its sections in one of these, so the
 * same check feeds the list and the fields. The server runs the same function
 * at submit with the facts only it knows (ctx.facts); in the browser those
 * checks are skipped.
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
  return <ProblemsContext.Provider value={problems}>{children}</ProblemsContext.Provider>;
}

/** The problems of the nearest OfferChecks; null outside one. */
export function useOfferProblems(): readonly Problem[] | null {
  return useContext(ProblemsContext);
}
