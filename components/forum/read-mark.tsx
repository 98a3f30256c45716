"use client";

import { useEffect } from "react";
import { markReadAction } from "@/lib/forum/actions";

/**
 * Moves the reader's mark to the last post of the page once the page is on
 * their screen, rather than while the server renders it (a render that never
 * reaches them, such as a prefetch, marks nothing). Renders nothing itself.
 */
export function ReadMark({ threadId, upTo }: { threadId: string; upTo: number }) {
  useEffect(() => {
    // Nothing to show if it fails: the mark only decides which posts count as new next time.
    void markReadAction({ threadId, upTo });
  }, [threadId, upTo]);
  return null;
}
