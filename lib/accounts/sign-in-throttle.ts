// Throttling sign-in attempts (issue 19). A hard lock by address alone let
// anyone lock an official out before a deadline by failing ten times, so:
// - each client (its network: IPv4 /24, IPv6 /64, as one machine easily holds
//   a whole /64) is limited across all accounts (spraying), its failures only,
//   so that an office behind one address is not locked out by its own sign-ins;
// - each account and client together: five failures lock that client out,
//   half the account's limit, so that no one client alone can pause the
//   account (it would lock the owner out of every network new to them);
// - each account, whatever the client: beyond ten failures, clients the
//   account never signed in from are refused too (guesses spread over many
//   addresses), while the owner's own network (where the account signed in
//   during the last 90 days) is never locked, only slowed, the more the longer
//   the failures go on. Only attempts of clients still within their own limits
//   count here: a client already refused cannot keep the account paused;
// - the owner is mailed when the pause starts, at most once in six hours, with
//   a password reset link: setting a new password proves the mailbox, ends the
//   pause (lib/accounts/password-reset.ts) and makes the guesses worthless.
// A hit is taken before the password is checked (concurrent requests cannot
// slip under a limit) and given back when the password was right, so only
// failures count.
import { localizedUrl } from "@/lib/accounts/links";
import { issueAccountToken } from "@/lib/accounts/tokens";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { signInThrottledMail } from "@/lib/mail/templates";
import { sendMail } from "@/lib/mail/transport";
import { consumeRateLimits, hitRateLimit, refundRateLimit, type RateLimit } from "@/lib/security/rate-limit";
import { platformNameIn } from "@/lib/settings/platform-name";

export const signInLimits = {
  perClient: { name: "sign-in:network", limit: 30, windowSeconds: 900 } satisfies RateLimit,
  perAccountAndClient: { name: "sign-in:email+network", limit: 5, windowSeconds: 900 } satisfies RateLimit,
  perAccount: { name: "sign-in:email", limit: 10, windowSeconds: 900 } satisfies RateLimit,
  /** The owner's mail about a pause: a guesser who keeps at it must not fill their mailbox every quarter of an hour. */
  ownerNotice: { name: "sign-in-notice:email", limit: 1, windowSeconds: 6 * 3600 } satisfies RateLimit,
};

/** As a reset link asked for on the sign-in page (lib/accounts/password-reset.ts). */
const RESET_LINK_VALID_HOURS = 1;

/** How far back a successful sign-in makes a network the owner's. */
const OWN_NETWORK_DAYS = 90;
export const MAX_OWNER_DELAY_MS = 15_000;

/** The wait before the owner's network is answered; an object so tests can watch it. */
export const signInThrottle = { wait: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)) };

/** One second at the first failure beyond the limit, doubling, at most 15: slow for a guesser, bearable for the owner. */
export function ownerDelayMs(accountFailures: number): number {
  const beyond = accountFailures - signInLimits.perAccount.limit;
  return beyond <= 0 ? 0 : Math.min(1000 * 2 ** (beyond - 1), MAX_OWNER_DELAY_MS);
}

/** The network of a client address: IPv4 /24, IPv6 /64, as a household's or an office's addresses change within it. */
export function networkOf(ip: string): string {
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/i.exec(ip);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}`;
  const [head = "", tail] = ip.toLowerCase().split("::");
  const front = head ? head.split(":") : [];
  const back = tail ? tail.split(":") : [];
  const groups =
    tail === undefined
      ? front
      : [...front, ...Array<string>(Math.max(8 - front.length - back.length, 0)).fill("0"), ...back];
  return groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":");
}

async function isOwnNetwork(userId: string, ip: string): Promise<boolean> {
  const signIns = await db().auditEvent.findMany({
    where: {
      action: "account.signed_in",
      actorUserId: userId,
      ipAddress: { not: null },
      occurredAt: { gte: new Date(Date.now() - OWN_NETWORK_DAYS * 86_400_000) },
    },
    orderBy: { id: "desc" },
    take: 200,
    select: { ipAddress: true },
  });
  const network = networkOf(ip);
  return signIns.some((event) => networkOf(event.ipAddress!) === network);
}

export interface ThrottledAccount {
  id: string;
  name: string;
  email: string;
  locale: string;
}

/**
 * Counts one attempt on `email` from `ip` (the account, when it exists), and
 * throws RATE_LIMITED or waits as above. Returns what gives the hits back
 * once the password turns out right.
 */
export async function throttleSignIn(
  email: string,
  ip: string | null,
  account: ThrottledAccount | null,
): Promise<() => Promise<void>> {
  const network = ip ? networkOf(ip) : null;
  await consumeRateLimits([{ limit: signInLimits.perClient, subject: network }]);
  const pairSubject = network ? `${email}\n${network}` : null;
  const pairFailures = pairSubject ? await hitRateLimit(signInLimits.perAccountAndClient, pairSubject) : 0;
  const ownNetwork = account !== null && ip !== null && (await isOwnNetwork(account.id, ip));
  // Refused before it counts against the account: see the top of the file.
  if (!ownNetwork && pairFailures > signInLimits.perAccountAndClient.limit)
    throw new AppError("RATE_LIMITED", "sign-in paused for this client");
  const accountFailures = await hitRateLimit(signInLimits.perAccount, email);
  // Exactly one request sees the count pass the limit: it tells the owner.
  if (account && accountFailures === signInLimits.perAccount.limit + 1) await tellOwner(account, ip);
  if (ownNetwork) {
    const delay = ownerDelayMs(accountFailures);
    if (delay > 0) await signInThrottle.wait(delay);
  } else if (accountFailures > signInLimits.perAccount.limit) {
    throw new AppError("RATE_LIMITED", "sign-in paused");
  }
  return async () => {
    if (network) await refundRateLimit(signInLimits.perClient, network);
    if (pairSubject) await refundRateLimit(signInLimits.perAccountAndClient, pairSubject);
    await refundRateLimit(signInLimits.perAccount, email);
  };
}

async function tellOwner(account: ThrottledAccount, ip: string | null): Promise<void> {
  await recordAuditEvent({
    action: "account.sign_in_throttled",
    subjectType: "User",
    subjectId: account.id,
    ipAddress: ip,
  });
  if ((await hitRateLimit(signInLimits.ownerNotice, account.email)) > signInLimits.ownerNotice.limit) return;
  const locale = isLocale(account.locale) ? account.locale : "pl";
  const token = await issueAccountToken(account.id, "RESET_PASSWORD", RESET_LINK_VALID_HOURS);
  await sendMail(
    signInThrottledMail({
      to: account.email,
      locale,
      platformName: await platformNameIn(locale),
      recipientName: account.name,
      minutes: signInLimits.perAccount.windowSeconds / 60,
      url: localizedUrl("/reset-password", locale, { token }),
      validHours: RESET_LINK_VALID_HOURS,
    }),
  );
}
