// Tells the header's account area (account-nav.tsx) that what it shows may
// have changed without a navigation: notifications marked read on the page.
const EVENT = "ngo-platform:account-changed";

export function accountChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}

/** Calls `listener` on every accountChanged(); returns the unsubscribe. */
export function onAccountChanged(listener: () => void): () => void {
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
