import type { ComponentProps } from "react";
import { createNavigation } from "next-intl/navigation";
import { routing, type AppPathname } from "@/lib/i18n/routing";

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);

/** What the typed Link, router and getPathname take: a pathname with exactly the params it needs. */
export type Href = ComponentProps<typeof Link>["href"];

/**
 * The href of a route known only at run time: the page being shown (its
 * pathname and params from the router) or a notification's stored target
 * (built for its pathname when stored). The params come with the pathname,
 * so they fit it, which the types cannot follow: the one place such an href
 * is taken on trust.
 */
export function runtimeHref(route: {
  pathname: AppPathname;
  params?: Record<string, string | string[] | undefined>;
  query?: Record<string, string>;
  hash?: string;
}): Href {
  return route as Href;
}
