import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** What the header, footer and error pages' client components read on every page. */
export const SHELL_NAMESPACES = ["layout", "nav", "languages", "errors"] as const;

type Messages = Awaited<ReturnType<typeof getMessages>>;
type Namespace = keyof Messages;
/** A namespace, or one part of it ("ballot.refusals") when a page needs no more of it. */
export type ClientNamespace = Namespace | `${Namespace}.${string}`;

type Tree = { [key: string]: string | Tree };

/** Copies the part of `from` at `path` into `into`, creating the objects on the way. */
function copyPart(from: Tree, into: Tree, path: string[]) {
  const [head, ...rest] = path as [string, ...string[]];
  const value = from[head];
  if (value === undefined) return;
  if (rest.length === 0 || typeof value === "string") {
    into[head] = value;
    return;
  }
  const target = typeof into[head] === "object" ? into[head] : (into[head] = {});
  copyPart(value, target, rest);
}

export function pickMessages(messages: Tree, namespaces: readonly string[]): Tree {
  const picked: Tree = {};
  for (const name of namespaces) copyPart(messages, picked, name.split("."));
  return picked;
}

/**
 * Hands the client components below it the messages they read, and only
 * those: every page's RSC payload carries what reaches the client, and the
 * whole catalogue (~180 KB) made a page cost several times more to render and
 * send. A nested provider replaces the one above it, so a page lists every
 * namespace its client components read; tests/helpers/client-namespaces.ts
 * finds them in the source and lib/i18n/client-messages.test.ts checks each
 * page hands them over.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly ClientNamespace[];
  children: ReactNode;
}) {
  const messages = (await getMessages()) as unknown as Tree;
  // The server provider: it passes the request's locale, time zone and formats on to the client.
  return <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
