import type { ReactNode } from "react";

const tones = {
  info: "border-blue-800 bg-blue-50",
  success: "border-green-800 bg-green-50",
  warning: "border-amber-700 bg-amber-50",
  error: "border-red-800 bg-red-50",
} as const;

/**
 * A message box. `live` announces it to screen readers when it appears after
 * the page loaded (role="alert" for errors, role="status" otherwise); static
 * alerts rendered with the page need no live region.
 */
export function Alert({
  tone = "info",
  title,
  live = false,
  children,
}: {
  tone?: keyof typeof tones;
  title?: string;
  live?: boolean;
  children: ReactNode;
}) {
  const role = live ? (tone === "error" ? "alert" : "status") : undefined;
  return (
    <div role={role} className={`my-4 border-l-4 p-4 text-slate-900 ${tones[tone]}`}>
      {title && <p className="mb-1 font-semibold">{title}</p>}
      <div>{children}</div>
    </div>
  );
}
