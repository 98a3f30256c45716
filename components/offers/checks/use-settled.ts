"use client";

import { useEffect, useState } from "react";

/** `value` once it has stopped changing for `delay` ms (typing settles before a recheck or an announcement). */
export function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
