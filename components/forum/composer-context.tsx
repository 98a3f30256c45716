"use client";

import { createContext, useContext, useRef, type ReactNode } from "react";

type Quoter = (markdown: string) => void;

const ComposerContext = createContext<{
  register: (quoter: Quoter | null) => void;
  quote: (markdown: string) => boolean;
} | null>(null);

/**
 * Lets the posts of a thread page hand a quotation to the reply form on the
 * same page: the form registers itself, a post's "quote" button calls it.
 */
export function ComposerProvider({ children }: { children: ReactNode }) {
  const quoter = useRef<Quoter | null>(null);
  const value = {
    register: (next: Quoter | null) => {
      quoter.current = next;
    },
    quote: (markdown: string) => {
      if (!quoter.current) return false;
      quoter.current(markdown);
      return true;
    },
  };
  return <ComposerContext.Provider value={value}>{children}</ComposerContext.Provider>;
}

export function useComposer() {
  return useContext(ComposerContext);
}
