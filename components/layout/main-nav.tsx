"use client";

import { useTranslations } from "next-intl";
import { useAppPathname } from "@/lib/i18n/current-pathname";
import { Link } from "@/lib/i18n/navigation";

// The areas that exist so far; each module adds its entry when it lands.
const items: {
  href:
    | "/"
    | "/news"
    | "/library"
    | "/consultations"
    | "/ideas"
    | "/partnerships"
    | "/elections"
    | "/forum"
    | "/organisations"
    | "/institutions"
    | "/spheres"
    | "/contact";
  key:
    | "home"
    | "news"
    | "library"
    | "consultations"
    | "ideas"
    | "partnerships"
    | "elections"
    | "forum"
    | "organisations"
    | "institutions"
    | "spheres"
    | "contact";
}[] = [
  { href: "/", key: "home" },
  { href: "/news", key: "news" },
  { href: "/library", key: "library" },
  { href: "/consultations", key: "consultations" },
  { href: "/ideas", key: "ideas" },
  { href: "/partnerships", key: "partnerships" },
  { href: "/elections", key: "elections" },
  { href: "/forum", key: "forum" },
  { href: "/organisations", key: "organisations" },
  { href: "/institutions", key: "institutions" },
  { href: "/spheres", key: "spheres" },
  { href: "/contact", key: "contact" },
];

export function MainNav() {
  const t = useTranslations();
  const pathname = useAppPathname();
  return (
    <nav aria-label={t("layout.mainNavigation")}>
      <ul className="flex flex-wrap gap-x-1 gap-y-1">
        {items.map((item) => {
          const current = pathname === item.href;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded px-3 font-semibold text-blue-900 no-underline hover:underline ${
                  current ? "bg-blue-100 underline decoration-2 underline-offset-4" : ""
                }`}
              >
                {t(`nav.${item.key}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
