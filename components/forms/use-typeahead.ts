"use client";

import { useEffect, useState } from "react";

/**
 * What a combo box finds for the typed text: a JSON `{ data: T[] }` search
 * sent after a short pause from two characters on. An older answer never
 * overwrites a newer one (the earlier request is aborted), and below two
 * characters nothing is searched or shown.
 */
export function useTypeahead<T>(
  query: string,
  urlFor: (text: string) => string,
): { found: T[]; loading: boolean; active: boolean } {
  const [found, setFound] = useState<T[]>([]);
  const [loading, setLoading] = useState(false);
  const text = query.trim();
  const url = text.length < 2 ? null : urlFor(text);
  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setLoading(true);
      try {
        const response = await fetch(url, { signal: controller.signal });
        setFound(response.ok ? ((await response.json()) as { data: T[] }).data : []);
      } catch {
        if (!controller.signal.aborted) setFound([]);
      } finally {
        if (!controller.signal.aborted) setLoading(false);
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [url]);
  return { found: url ? found : [], loading, active: url !== null };
}
