"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * What replaces a form once it succeeded. Its heading takes focus, so
 * screen-reader and keyboard users learn the outcome where they are.
 */
export function SuccessPanel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section aria-labelledby={id}>
      <h2 id={id} ref={heading} tabIndex={-1} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
