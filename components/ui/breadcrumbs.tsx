import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { Link } from "@/lib/i18n/navigation";

type Href = ComponentProps<typeof Link>["href"];

/** The trail to the current page; the last item is the page itself. */
export function Breadcrumbs({ items }: { items: { label: string; href?: Href }[] }) {
  const t = useTranslations("ui");
  return (
    <nav aria-label={t("breadcrumbs")} className="mb-4 text-sm">
      <ol className="flex flex-wrap gap-x-2">
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            <li key={index} className="flex items-center gap-x-2">
              {item.href && !last ? (
                <Link href={item.href} className="inline-flex min-h-6 items-center">
                  {item.label}
                </Link>
              ) : (
                <span aria-current={last ? "page" : undefined}>{item.label}</span>
              )}
              {!last && <span aria-hidden="true">›</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
