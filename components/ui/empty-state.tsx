import type { ReactNode } from "react";

/** What a list shows when it has nothing: what is missing and what to do about it. */
export function EmptyState({ title, hint, action }: { title: string; hint?: string; action?: ReactNode }) {
  return (
    <div className="rounded border border-dashed border-slate-500 p-6 text-center">
      <p className="font-semibold">{title}</p>
      {hint && <p className="mt-1 text-slate-700">{hint}</p>}
      {action && <div className="mt-4">{action}</div>}
    </div>
  );
}
