"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";

/**
 * The confirmation of what was just done, on the page a redirect landed on
 * (the page read it from its address). It takes focus, so keyboard and
 * screen-reader users learn the outcome where they arrive, not at the top.
 */
export function FlashNotice({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  return (
    <div ref={box} tabIndex={-1}>
      <Alert tone="success" live>
        {children}
      </Alert>
    </div>
  );
}
