"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useLayoutEffect, useState, useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import { RemarkForm, type RemarkFormContext } from "@/components/consultations/remark-form";
import { Alert } from "@/components/ui/alert";

interface UnitState {
  unit: { id: string; label: string; text: string };
  open: boolean;
  sent: boolean;
}

const SLOT = "[data-remark-slot]";
const buttonOf = (list: HTMLElement, unitId: string) =>
  list.querySelector<HTMLButtonElement>(`button[data-remark-unit="${CSS.escape(unitId)}"]`);
const slotOf = (button: HTMLButtonElement | null) => button?.closest("li")?.querySelector<HTMLElement>(SLOT) ?? null;
const noSubscription = () => () => {};

/** Whether a change to the list took away a place where a form or an answer is shown. */
function removedASlot(records: MutationRecord[]): boolean {
  return records.some((record) =>
    [...record.removedNodes].some(
      (node) => node instanceof Element && (node.matches(SLOT) || node.querySelector(SLOT) !== null),
    ),
  );
}

/**
 * The "remark on this" buttons of every unit of the text, written as markup
 * by the server (lib/consultations/unit-markup.ts): one component listens to
 * the whole list and opens a unit's form right below its button, as many at
 * once as the person opens; after sending, the form closes, focus returns to
 * the button and the result is announced under it. The buttons are in the
 * page's markup for every reader and hidden (globals.css) until this marks
 * the list as one the reader may remark on.
 */
export function UnitRemarkControls({
  listId,
  context,
  onSent,
}: {
  listId: string;
  context: RemarkFormContext;
  /** After a remark is sent (the page asks again for the reader's own remarks). */
  onSent?: () => void;
}) {
  const t = useTranslations("remarks");
  const idPrefix = useId();
  const [units, setUnits] = useState<Record<string, UnitState>>({});
  // The list is React's and stays; its units' markup is the server's and is replaced when the page
  // refreshes with a new count after a remark: then the places are found again.
  const list = useSyncExternalStore(
    noSubscription,
    () => document.getElementById(listId),
    () => null,
  );
  const [, setMarkupVersion] = useState(0);

  useEffect(() => {
    if (!list) return;
    list.setAttribute("data-may-remark", "");
    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>("button[data-remark-unit]");
      if (!button || !list.contains(button)) return;
      const id = button.dataset.remarkUnit!;
      const text = button.dataset.prefill ?? button.closest("li")?.querySelector("[data-unit-text]")?.textContent ?? "";
      delete list.dataset.returnFocusTo;
      setUnits((current) => ({
        ...current,
        [id]: { unit: { id, label: button.dataset.citation ?? "", text }, open: !current[id]?.open, sent: false },
      }));
    };
    const observer = new MutationObserver((records) => {
      if (!removedASlot(records)) return;
      setMarkupVersion((version) => version + 1);
      const unitId = list.dataset.returnFocusTo;
      const button = unitId ? buttonOf(list, unitId) : null;
      if (button && (document.activeElement === document.body || !document.activeElement?.isConnected)) button.focus();
    });
    list.addEventListener("click", onClick);
    observer.observe(list, { childList: true, subtree: true });
    return () => {
      list.removeEventListener("click", onClick);
      observer.disconnect();
      list.removeAttribute("data-may-remark");
    };
  }, [list]);

  // The buttons are the server's markup: their expanded state is written here.
  useLayoutEffect(() => {
    if (!list) return;
    for (const [id, state] of Object.entries(units)) {
      const button = buttonOf(list, id);
      if (!button) continue;
      button.setAttribute("aria-expanded", String(state.open));
      if (state.open) button.setAttribute("aria-controls", `${idPrefix}-${id}`);
      else button.removeAttribute("aria-controls");
    }
  });

  const close = useCallback(
    (id: string, sent: boolean) => {
      setUnits((current) => ({ ...current, [id]: { ...current[id]!, open: false, sent } }));
      const element = document.getElementById(listId);
      if (!element) return;
      // The unit whose button gets focus back, also when a refresh replaces the button.
      element.dataset.returnFocusTo = id;
      buttonOf(element, id)?.focus();
    },
    [listId],
  );

  if (!list) return null;
  return Object.values(units).map(({ unit, open, sent }) => {
    const slot = slotOf(buttonOf(list, unit.id));
    if (!slot) return null;
    return createPortal(
      <>
        {sent && (
          <Alert tone="success" live>
            {t("sent")}
          </Alert>
        )}
        {open && (
          <div id={`${idPrefix}-${unit.id}`}>
            <RemarkForm
              context={context}
              target={{ kind: "new", unit }}
              idPrefix={`remark-${unit.id}`}
              onDone={() => {
                close(unit.id, true);
                onSent?.();
              }}
              onCancel={() => close(unit.id, false)}
            />
          </div>
        )}
      </>,
      slot,
      unit.id,
    );
  });
}
