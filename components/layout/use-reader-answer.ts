"use client";

import { useCallback, useEffect, useState } from "react";

/**
 * What a page the same for everyone asks about its reader once it has loaded
 * (the organisation page's role and links, the forum's categories): the JSON
 * at `url`, never stored. `failed` when it could not be had (the server
 * refused or was unreachable), so the page can say so and offer `retry`;
 * `reload` asks again after the reader changed something.
 */
export function useReaderAnswer<T>(url: string): {
  answer: T | null;
  failed: boolean;
  reload: () => void;
} {
  const [answer, setAnswer] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((current) => current + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    fetch(url, { cache: "no-store", signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`status ${response.status}`);
        return response.json() as Promise<T>;
      })
      .then((result) => {
        setAnswer(result);
        setFailed(false);
      })
      .catch(() => {
        // Leaving the page aborts the request: nothing to say then.
        if (!controller.signal.aborted) setFailed(true);
      });
    return () => controller.abort();
  }, [url, version]);

  return { answer, failed, reload };
}
