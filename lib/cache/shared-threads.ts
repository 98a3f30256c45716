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
//
// Kept on globalThis: Next.js bundles its own copy of this module, beside the
// one the launcher's page cache imports.
import { publicDataGeneration } from "@/lib/cache/public-data";

const KEY = Symbol.for("ngo-platform.sharedThreads");
/** Enough for every thread read in one generation; past it, the list starts again (a render or two each). */
const MAX_THREADS = 20_000;

const store = globalThis as unknown as Record<typeof KEY, { generation: number; ids: Set<string> } | undefined>;

function current(): Set<string> {
  const generation = publicDataGeneration();
  const known = store[KEY];
  if (known && known.generation === generation) return known.ids;
  const fresh = { generation, ids: new Set<string>() };
  store[KEY] = fresh;
  return fresh.ids;
}

/**
 * The page of thread `threadId` was rendered for everyone (no session read),
 * from data of public generation `generation`: a page rendered while that
 * data changed says nothing.
 */
export function threadIsShared(threadId: string, generation: number): void {
  const ids = current();
  if (generation !== publicDataGeneration()) return;
  if (ids.size >= MAX_THREADS) ids.clear();
  ids.add(threadId);
}

/** Whether the page of thread `threadId` is known to be the same for everyone now. */
export function isSharedThread(threadId: string): boolean {
  return current().has(threadId);
}
