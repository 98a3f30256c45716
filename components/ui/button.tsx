import type { ComponentProps } from "react";
import { Link } from "@/lib/i18n/navigation";

const variants = {
  primary: "bg-blue-800 text-white hover:bg-blue-900 border-blue-800",
  secondary: "bg-white text-blue-900 hover:bg-blue-50 border-blue-800",
  danger: "bg-red-800 text-white hover:bg-red-900 border-red-800",
} as const;

const base =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded border-2 px-4 py-2 font-semibold no-underline disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-wait aria-disabled:opacity-60";

/** The look of a button, for buttons drawn by other libraries (React Aria's menu trigger). */
export function buttonClassName(variant: keyof typeof variants = "primary"): string {
  return `${base} ${variants[variant]}`;
}

/**
 * `busy`: the button's action is on its way. The button stays focusable (a
 * disabled button drops the keyboard focus to the top of the page) and says
 * it is unavailable (aria-disabled), and a click, or a form's submission
 * through it, does nothing meanwhile.
 */
export function Button({
  variant = "primary",
  className = "",
  type = "button",
  busy = false,
  onClick,
  ...props
}: ComponentProps<"button"> & { variant?: keyof typeof variants; busy?: boolean }) {
  return (
    <button
      type={type}
      className={`${base} ${variants[variant]} ${className}`}
      aria-disabled={busy || undefined}
      // Only a busy button gets a handler of its own: a server component's button may have none.
      onClick={busy ? (event) => event.preventDefault() : onClick}
      {...props}
    />
  );
}

/** A link that looks like a button: for navigation, never for actions. */
export function ButtonLink({
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<typeof Link> & { variant?: keyof typeof variants }) {
  return <Link className={`${base} ${variants[variant]} ${className}`} {...props} />;
}
