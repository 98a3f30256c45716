"use client";

import { useEffect, useRef, useState, useSyncExternalStore, type MouseEvent } from "react";
import { useDisclosure } from "@/components/layout/use-disclosure";
import { useAppPathname } from "@/lib/i18n/current-pathname";

/** Tailwind's lg breakpoint, in rem as the CSS has it, so a larger default font moves both alike. */
const WIDE = "(min-width: 64rem)";

function subscribe(onChange: () => void) {
  const query = window.matchMedia(WIDE);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** Whether the header is in its one-row layout; false on the server and before hydration. */
function useWide(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(WIDE).matches,
    () => false,
  );
}

/** The header's main areas: its nav with the menu button (the nav app/globals.css hides while the field is open). */
function mainAreas(form: HTMLFormElement | null): HTMLElement | undefined {
  const bar = form?.closest("[data-header-bar]");
  return [...(bar?.querySelectorAll("nav") ?? [])].find((nav) => nav.querySelector(":scope > .js-toggle"));
}

/**
 * The header's search box (see HeaderSearch). From 1024 px the one row has no
 * room for a field, so only the magnifier shows: pressing it shows the field
 * in place of the areas to its left, which are hidden meanwhile (app/globals.css:
 * a link half covered would be a target too small to hit, WCAG 2.5.8), with
 * the focus in it (a disclosure:
 * Escape, a click elsewhere or the focus leaving closes it, and Escape gives
 * the focus back); pressing it again searches, or, with the field empty,
 * puts the focus back in it. Without JavaScript the magnifier opens the
 * results page at its own field. Not shown on that page, whose field is the
 * one search field there.
 *
 * Below 1024 px the field shares its row with the account area, which at
 * 320 px (signed in: the bell and "My account"), or zoomed, leaves it a sliver
 * no one could type in. When the box's container (SiteHeader) is narrower than
 * 7rem, so the field would be under 5rem, about its placeholder, only the
 * magnifier shows, as large as the bell beside it: it opens the results page,
 * whose field is the one search field there (the hidden field sends an empty
 * query, which that page answers with its field and a hint). A container
 * query, not JavaScript: it holds before hydration and without scripts, and
 * in rem, so a larger default font hides the field sooner.
 */
export function HeaderSearchBox({
  action,
  label,
  submit,
  placeholder,
}: {
  action: string;
  label: string;
  submit: string;
  placeholder: string;
}) {
  const pathname = useAppPathname();
  const wide = useWide();
  const { open, containerRef, buttonProps } = useDisclosure<HTMLFormElement>();
  const inputRef = useRef<HTMLInputElement>(null);
  // The width of the main areas (from their left edge to the form), measured when the field opens.
  const [cover, setCover] = useState<number | null>(null);

  useEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open]);

  if (pathname === "/search") return null;

  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (!wide) return;
    if (!open) {
      event.preventDefault();
      const form = containerRef.current;
      const nav = mainAreas(form);
      const width = form && nav ? form.getBoundingClientRect().left - nav.getBoundingClientRect().left : 0;
      // Four pixels short of the form: the field's margin from the magnifier.
      setCover(width > 4 ? width - 4 : null);
      buttonProps.onClick();
    } else if (inputRef.current?.value.trim() === "") {
      event.preventDefault();
      inputRef.current.focus();
    }
  };

  return (
    <form
      ref={containerRef}
      action={action}
      role="search"
      aria-label={label}
      data-search-open={open && wide ? "" : undefined}
      className="flex basis-full items-center lg:relative lg:flex-none lg:basis-auto"
    >
      <label htmlFor="header-search-q" className="sr-only">
        {label}
      </label>
      <input
        ref={inputRef}
        id="header-search-q"
        name="q"
        type="search"
        maxLength={200}
        placeholder={placeholder}
        style={open && wide && cover ? { width: cover } : undefined}
        className={`min-h-8 w-full min-w-0 rounded-l border-2 border-r-0 border-slate-600 bg-white px-2 text-sm placeholder:text-slate-600 @max-[7rem]:hidden ${
          open
            ? "lg:absolute lg:top-1/2 lg:right-full lg:z-20 lg:mr-1 lg:h-11 lg:w-72 lg:-translate-y-1/2 lg:rounded lg:border-r-2"
            : "lg:hidden"
        }`}
      />
      <button
        {...buttonProps}
        type="submit"
        aria-expanded={wide ? open : undefined}
        aria-controls={wide ? "header-search-q" : undefined}
        onClick={onClick}
        className="inline-flex min-h-8 min-w-8 items-center justify-center rounded-r border-2 border-blue-800 bg-blue-800 px-2 text-white hover:bg-blue-900 lg:rounded @max-[7rem]:min-h-11 @max-[7rem]:min-w-11 @max-[7rem]:rounded"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="h-4 w-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="m13 13 4.5 4.5" strokeLinecap="round" />
        </svg>
        <span className="sr-only">{submit}</span>
      </button>
    </form>
  );
}
