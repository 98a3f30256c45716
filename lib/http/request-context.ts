import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/**
 * The client's IP address for rate limits and the audit log. Next.js appends
 * the socket's address to X-Forwarded-For, so the last entry is the peer that
 * connected; behind TRUSTED_PROXY_HOPS reverse proxies, the client is that many
 * entries further back. Entries a client wrote itself are never trusted.
 */
export function clientIpFrom(forwardedFor: string | null, trustedProxyHops: number): string | null {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return hops[hops.length - 1 - trustedProxyHops] ?? hops[0] ?? null;
}

export async function clientIp(): Promise<string | null> {
  try {
    return clientIpFrom((await headers()).get("x-forwarded-for"), env().TRUSTED_PROXY_HOPS);
  } catch {
    return null; // outside a request (tests, jobs)
  }
}

/** What every write records about the request beside the actor: the client's address, for the audit log. */
export type ActionMeta = { ip: string | null };
