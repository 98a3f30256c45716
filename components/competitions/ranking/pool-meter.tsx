"use client";

import { useTranslations } from "next-intl";
import type { PoolState } from "@/lib/competitions/evaluation/calc/pool";
import { formatPln } from "@/lib/offers/calc/money";

/**
 * The task's pool against the proposals as typed: the remainder is announced
 * politely as it changes (aria-live), the bar is decoration beside the words.
 */
export function PoolMeter({ state, locale }: { state: PoolState; locale: string }) {
  const t = useTranslations("evaluation.ranking.pool");
  const share = state.pool > 0 ? Math.min(100, Math.round((state.allocated * 100) / state.pool)) : 100;
  return (
    <div className="my-4 rounded border-2 border-slate-700 p-3">
      <p aria-live="polite" role="status" className="font-semibold">
        {state.over > 0
          ? t("over", { over: formatPln(state.over, locale), pool: formatPln(state.pool, locale) })
          : t("remaining", { remaining: formatPln(state.remaining, locale), pool: formatPln(state.pool, locale) })}
      </p>
      <p className="text-sm text-slate-700">{t("allocated", { allocated: formatPln(state.allocated, locale) })}</p>
      <div aria-hidden="true" className="mt-2 h-3 w-full rounded bg-slate-200">
        <div
          className={`h-3 rounded ${state.over > 0 ? "bg-red-800" : "bg-emerald-700"}`}
          style={{ width: `${share}%` }}
        />
      </div>
    </div>
  );
}
