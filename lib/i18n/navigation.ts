import { createElement, type ComponentProps } from "react";
import { createNavigation } from "next-intl/navigation";
import { routing, type AppPathname } from "@/lib/i18n/routing";

const navigation = createNavigation(routing);
export const { redirect, usePathname, useRouter, getPathname } = navigation;

/**
 * next-intl's Link, without prefetching unless a link asks for it. Next.js
 * prefetches every link that scrolls into view (and again on hover) with a
 * request the server renders afresh: one view of the directory's page made 26
 * of them (the menu and footer, twice), about 9 ms of server time each, where
 * the page itself came from the page cache in 1 ms. A click still navigates in
 * the browser; it fetches the page then.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof navigation.Link>) {
  return createElement(navigation.Link, { prefetch, ...props });
}

/** What the typed Link, router and getPathname take: a pathname with exactly the params it needs. */
export type Href = ComponentProps<typeof navigation.Link>["href"];

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
  query?: Record<string, string | string[]>;
  hash?: string;
}): Href {
  return route as Href;
}
