// A counter of changes to what visitors see. Everything that caches public
// output (the page cache in front of Next.js, the directory's counts) keeps
// the generation it was made in and discards entries from an older one.
// Server actions and jobs run in the process that serves pages, so a change
// made here is seen at once; other processes (a separate worker, a second
// instance) rely on the caches' short lifetimes instead.
const KEY = Symbol.for("ngo-platform.publicDataGeneration");
const store = globalThis as unknown as Record<typeof KEY, number | undefined>;

export function publicDataGeneration(): number {
  return store[KEY] ?? 0;
}

/** Call after any write that may change a public page. */
export function publicDataChanged(): void {
  store[KEY] = publicDataGeneration() + 1;
}
