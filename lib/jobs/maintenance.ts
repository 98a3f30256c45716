// The nightly clean-up: rows kept only while they can still matter.
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { sweepOrphanFiles } from "@/lib/files/stored-files";
import { CONSENT_RETENTION_YEARS } from "@/lib/accounts/personal-data";
import { log } from "@/lib/log";
import { pruneNotifications } from "@/lib/notifications/fanout";

const DAY = 24 * 3600_000;

export async function pruneExpiredRecords(now = new Date()): Promise<{
  rateLimits: number;
  tokens: number;
  invitations: number;
  mailbox: number;
  consents: number;
  notifications: number;
  orphanFiles: number;
}> {
  const client = db();
  const [rateLimits, tokens, invitations, mailbox, consents] = await Promise.all([
    // The longest rate-limit window is a day.
    client.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 2 * DAY) } } }),
    client.accountToken.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 30 * DAY) } } }),
    client.organisationInvitation.deleteMany({
      where: { acceptedAt: null, expiresAt: { lt: new Date(now.getTime() - 30 * DAY) } },
    }),
    client.devMailboxMessage.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 30 * DAY) } } }),
    // Consents of deleted accounts, once claims are time-barred: the end of the sixth calendar year after the deletion.
    client.consentRecord.deleteMany({
      where: { user: { deletedAt: { lt: new Date(Date.UTC(now.getUTCFullYear() - CONSENT_RETENTION_YEARS, 0, 1)) } } },
    }),
  ]);
  const notifications = await pruneNotifications(env().NOTIFICATION_RETENTION_DAYS, now);
  const orphanFiles = await sweepOrphanFiles(now);
  const counts = {
    rateLimits: rateLimits.count,
    tokens: tokens.count,
    invitations: invitations.count,
    mailbox: mailbox.count,
    consents: consents.count,
    notifications,
    orphanFiles,
  };
  log.info("expired records pruned", counts);
  return counts;
}
