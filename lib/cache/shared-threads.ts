// Which forum threads' pages are the same for every reader: a thread in a
// category open to visitors that is not held for review. Unlike the other
// shared pages (lib/http/page-cache.ts, SHARED), a thread's address does not
// say it: a members' category's thread is rendered with its reader's session.
// So the thread's page says it when it renders the shared copy, and the page
// cache takes the cookies off signed-in requests for the threads it was told
// about; for any other thread (not yet rendered here, or closed) they keep
// their session. Taking cookies off can only show someone the visitor's copy,
// never another person's: the page cache keeps only pages rendered without cookies.
//
// What is known holds for one generation of public data (lib/cache/public-data.ts):
// closing a category, moving a thread or holding a post changes it, and the
// thread's next page is rendered with the session until it says so again.
// Should the news of a change not reach this process (the broadcast between
// instances down), what is known still lasts only SHARED_FOR_MS, and a visitor's
// copy that finds the thread closed says so at once (threadIsNotShared).
//
// Kept on globalThis: Next.js bundles its own copy of this module, beside the
// one the launcher's page cache imports.
import { publicDataGeneration } from "@/lib/cache/public-data";

const KEY = Symbol.for("ngo-platform.sharedThreads");
/** Enough for every thread read in one generation; past it, the list starts again (a render or two each). */
const MAX_THREADS = 20_000;
/** As long as the page cache keeps a page (PAGE_CACHE_SECONDS' default). */
export const SHARED_FOR_MS = 30_000;

type Known = { generation: number; until: Map<string, number> };
const store = globalThis as unknown as Record<typeof KEY, Known | undefined>;

function current(): Map<string, number> {
  const generation = publicDataGeneration();
  const known = store[KEY];
  if (known && known.generation === generation) return known.until;
  const fresh = { generation, until: new Map<string, number>() };
  store[KEY] = fresh;
  return fresh.until;
}

/**
 * The page of thread `threadId` was rendered for everyone (no session read),
 * from data of public generation `generation`: a page rendered while that
 * data changed says nothing.
 */
export function threadIsShared(threadId: string, generation: number): void {
  const until = current();
  if (generation !== publicDataGeneration()) return;
  if (until.size >= MAX_THREADS) until.clear();
  until.set(threadId, Date.now() + SHARED_FOR_MS);
}

/** The page of thread `threadId` found it closed to visitors: signed-in readers keep their session for it. */
export function threadIsNotShared(threadId: string): void {
  current().delete(threadId);
}

/** Whether the page of thread `threadId` is known to be the same for everyone now. */
export function isSharedThread(threadId: string): boolean {
  const until = current();
  const expiry = until.get(threadId);
  if (expiry === undefined) return false;
  if (expiry > Date.now()) return true;
  until.delete(threadId);
  return false;
}
