"use client";

import { useTranslations } from "next-intl";
import { ChevronIcon } from "@/components/layout/chevron-icon";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { useDisclosure } from "@/components/layout/use-disclosure";
import { useAppPathname } from "@/lib/i18n/current-pathname";
import { Link } from "@/lib/i18n/navigation";

type Area =
  | "/consultations"
  | "/elections"
  | "/organisations"
  | "/news"
  | "/forum"
  | "/competitions"
  | "/library"
  | "/ideas"
  | "/partnerships"
  | "/institutions";

/**
 * The main areas; the platform's name links home, and the secondary pages
 * (spheres, contact, legal) are in the footer. `bar` is the narrowest width at
 * which the area has room in the header's one row (measured with the longest
 * labels, German's); at narrower desktop widths it is under "More".
 */
export const areas: {
  href: Area;
  key:
    | "consultations"
    | "elections"
    | "organisations"
    | "news"
    | "forum"
    | "competitions"
    | "library"
    | "ideas"
    | "partnerships"
    | "institutions";
  bar: "lg" | "xl" | "never";
}[] = [
  { href: "/consultations", key: "consultations", bar: "lg" },
  { href: "/elections", key: "elections", bar: "lg" },
  { href: "/organisations", key: "organisations", bar: "lg" },
  { href: "/news", key: "news", bar: "xl" },
  { href: "/forum", key: "forum", bar: "xl" },
  // The one row has no room for it at 1280 px (German labels measured), so it waits under "More" with the other areas.
  { href: "/competitions", key: "competitions", bar: "never" },
  { href: "/library", key: "library", bar: "never" },
  { href: "/ideas", key: "ideas", bar: "never" },
  { href: "/partnerships", key: "partnerships", bar: "never" },
  { href: "/institutions", key: "institutions", bar: "never" },
];

// Below lg every area is in the menu's list; from lg up the list is the row, less what waits under "More".
const inRow = { lg: "", xl: "lg:hidden xl:block", never: "lg:hidden" } as const;
const inMore = { lg: "hidden", xl: "xl:hidden", never: "" } as const;

const linkClass =
  "flex min-h-11 items-center rounded px-3 font-semibold text-blue-900 no-underline hover:underline lg:px-2 lg:text-sm";

function AreaLink({ href, label, current }: { href: Area; label: string; current: boolean }) {
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`${linkClass} ${current ? "bg-blue-100 underline decoration-2 underline-offset-4" : ""}`}
    >
      {label}
    </Link>
  );
}

/** Where the row has no room for every area: the rest behind one more disclosure. */
function MoreAreas({ current }: { current: string }) {
  const t = useTranslations();
  const { open, containerRef, buttonProps, panelId } = useDisclosure();
  const holdsCurrent = areas.some((area) => area.bar !== "lg" && area.href === current);
  return (
    <div ref={containerRef} className="relative">
      <button {...buttonProps} className={`${linkClass} js-toggle gap-1 ${holdsCurrent ? "bg-blue-100" : ""}`}>
        {t("layout.moreAreas")}
        <ChevronIcon open={open} />
      </button>
      <ul
        id={panelId}
        hidden={!open}
        className="absolute right-0 z-40 mt-1 w-64 rounded border border-slate-300 bg-white p-2 shadow-lg"
      >
        {areas
          .filter((area) => area.bar !== "lg")
          .map((area) => (
            <li key={area.href} className={inMore[area.bar]}>
              <AreaLink href={area.href} label={t(`nav.${area.key}`)} current={current === area.href} />
            </li>
          ))}
      </ul>
    </div>
  );
}

/**
 * The main navigation: a menu button below 1024 px opening the list of areas
 * and the languages over the page, right under the button's row (so what
 * follows the button in the focus order is also what is seen after it);
 * opening it puts the focus on its first area. From 1024 px up, the list is
 * the header's row itself and the languages have their own place in it
 * (site-header.tsx). Without JavaScript the header's <noscript> style shows
 * the whole panel.
 */
export function MainNav() {
  const t = useTranslations();
  const pathname = useAppPathname();
  const { open, containerRef, buttonProps, panelId } = useDisclosure<HTMLElement>({ focusFirst: true });
  return (
    <nav ref={containerRef} aria-label={t("layout.mainNavigation")} className="lg:min-w-0 lg:flex-1">
      <button
        {...buttonProps}
        className="js-toggle inline-flex min-h-11 items-center gap-2 rounded border-2 border-blue-800 px-3 font-semibold text-blue-900 lg:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 fill-current">
          <path d={open ? "M6 5l13 13-1 1L5 6zM18 5l1 1L6 19l-1-1z" : "M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z"} />
        </svg>
        {t("layout.menu")}
      </button>
      <div
        id={panelId}
        className={`${open ? "block" : "hidden"} js-panel absolute -inset-x-4 top-full z-40 mt-1 max-h-[75vh] overflow-y-auto border-y-4 border-blue-800 bg-white p-2 shadow-lg lg:static lg:mt-0 lg:block lg:max-h-none lg:overflow-visible lg:border-0 lg:p-0 lg:shadow-none`}
      >
        <ul className="lg:flex lg:items-center lg:gap-1">
          {areas.map((area) => (
            <li key={area.href} className={`js-area ${inRow[area.bar]}`}>
              <AreaLink href={area.href} label={t(`nav.${area.key}`)} current={pathname === area.href} />
            </li>
          ))}
          <li className="js-more hidden lg:block">
            <MoreAreas current={pathname} />
          </li>
        </ul>
        <div className="mt-2 border-t border-slate-300 px-1 pt-2 lg:hidden">
          <LanguageSwitcher />
        </div>
      </div>
    </nav>
  );
}
