import type { ReactNode } from "react";
import { Link, type Href } from "@/lib/i18n/navigation";

/**
 * One block of the home page's noticeboard: a heading, its few lines or what
 * to say when there are none, and the link to the module's full list (shown
 * either way: the list also holds what is not current).
 */
export function HomeBlock({
  id,
  heading,
  empty,
  emptyText,
  allHref,
  allLabel,
  children,
}: {
  id: string;
  heading: string;
  empty: boolean;
  emptyText: string;
  allHref: Href;
  allLabel: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-2xl font-bold">
        {heading}
      </h2>
      {empty ? <p className="mt-2">{emptyText}</p> : <ul className="mt-4 space-y-3">{children}</ul>}
      <p className="mt-4">
        <Link href={allHref} className="underline">
          {allLabel}
        </Link>
      </p>
    </section>
  );
}
