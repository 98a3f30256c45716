"use client";

import { useEffect } from "react";
import { useRouter } from "@/lib/i18n/navigation";

/** While the import runs, the page re-reads its progress from the server every two seconds. */
export function ProgressRefresher() {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), 2_000);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}
