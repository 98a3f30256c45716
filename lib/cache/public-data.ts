// A counter of changes to what visitors see. Everything that caches public
// output (the page cache in front of Next.js, the directory's counts) keeps
// the generation it was made in and discards entries from an older one.
// Server actions and jobs run in the process that serves pages, so a change
// made here is seen at once. Other processes (a second instance, a separate
// worker) hear of it through PostgreSQL (lib/cache/public-data-broadcast.ts),
// within milliseconds; if that connection is down, the caches' short lifetimes
// (PAGE_CACHE_SECONDS) bound how long a change stays unseen there.
//
// Kept on globalThis: Next.js bundles its own copy of this module, beside the
// one the launcher's page cache imports.
const KEY = Symbol.for("ngo-platform.publicDataGeneration");
const ANNOUNCER = Symbol.for("ngo-platform.publicDataAnnouncer");
const store = globalThis as unknown as Record<typeof KEY, number | undefined> &
  Record<typeof ANNOUNCER, (() => void) | undefined>;

export function publicDataGeneration(): number {
  return store[KEY] ?? 0;
}

/** Call after any write that may change a public page. */
export function publicDataChanged(): void {
  publicDataChangedElsewhere();
  store[ANNOUNCER]?.();
}

/** Another process changed public data: this one's caches are out of date, and nobody else needs telling. */
export function publicDataChangedElsewhere(): void {
  store[KEY] = publicDataGeneration() + 1;
}

/** Who tells the other processes of a change made in this one; undefined stops telling. */
export function registerPublicDataAnnouncer(announce: (() => void) | undefined): void {
  store[ANNOUNCER] = announce;
}
