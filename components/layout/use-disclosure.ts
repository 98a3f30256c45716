"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useAppPathname } from "@/lib/i18n/current-pathname";

/**
 * A button that shows and hides the panel after it (the WAI-ARIA disclosure
 * pattern, not a menu with arrow keys: the panel holds ordinary links, reached
 * by Tab in the page's order). Escape closes it and gives the focus back to
 * the button; a click elsewhere, the focus leaving it or a navigation closes
 * it too, so an open panel never covers the page one has moved on to.
 */
export function useDisclosure<Container extends HTMLElement = HTMLDivElement>({
  focusFirst = false,
}: {
  /**
   * Opening moves the focus to the panel's first link or button: for a panel
   * drawn over the page (the phone's menu), where the next Tab would otherwise
   * have to find it.
   */
  focusFirst?: boolean;
} = {}) {
  // The page it was opened on: the layout stays mounted across navigations, and the panel is open on that page only.
  const pathname = useAppPathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = useCallback((value: boolean) => setOpenOn(value ? pathname : null), [pathname]);
  const panelId = useId();
  const containerRef = useRef<Container>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open || !focusFirst) return;
    document.getElementById(panelId)?.querySelector<HTMLElement>("a[href], button:not([disabled])")?.focus();
  }, [open, focusFirst, panelId]);

  useEffect(() => {
    if (!open) return;
    const container = containerRef.current;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (container && !container.contains(event.target as Node)) setOpen(false);
    };
    const onFocusOut = (event: FocusEvent) => {
      // relatedTarget is null when the focus leaves the window: the panel stays for the return.
      const next = event.relatedTarget as Node | null;
      if (next && container && !container.contains(next)) setOpen(false);
    };
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    container?.addEventListener("focusout", onFocusOut);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
      container?.removeEventListener("focusout", onFocusOut);
    };
  }, [open, setOpen]);

  return {
    open,
    containerRef,
    buttonProps: {
      ref: buttonRef,
      type: "button" as const,
      "aria-expanded": open,
      "aria-controls": panelId,
      onClick: () => setOpen(!open),
    },
    panelId,
  };
}
