import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** What the header, footer and error pages' client components read on every page. */
export const SHELL_NAMESPACES = ["layout", "nav", "languages", "errors"] as const;

type Namespace = keyof Awaited<ReturnType<typeof getMessages>>;

/**
 * Hands the client components below it the messages they read. Every page's
 * RSC payload carries what reaches the client, so public pages pass only the
 * namespaces they need: the whole catalogue is ~60 KB and made each page cost
 * several times more to render and send. Without `namespaces`, everything
 * (the account, administration and sign-in areas, where forms read widely).
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces?: readonly Namespace[];
  children: ReactNode;
}) {
  const messages = await getMessages();
  const picked = namespaces ? Object.fromEntries(namespaces.map((name) => [name, messages[name]])) : messages;
  // The server provider: it passes the request's locale, time zone and formats on to the client.
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
