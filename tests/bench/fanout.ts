// The notification-fanout benchmark: one event to 10,000 followers of the
// region. The request's share (storing the event) and the job's share (the
// fan-out) are timed apart, to show the work stays out of the request.
import { performance } from "node:perf_hooks";
import { db, disconnectDb } from "@/lib/db/client";
import { embeddedDatabaseUrl } from "@/lib/db/embedded";
import { setDatabaseUrl } from "@/lib/env";
import { fanOutPendingNotifications } from "@/lib/notifications/fanout";
import { notify } from "@/lib/notifications/notify";

export const FANOUT_RECIPIENTS = 10_000;
const DOMAIN = "bench-fanout.invalid";

export interface FanoutResult {
  name: "notification-fanout";
  recipients: number;
  request_ms: number;
  fanout_ms: number;
}

export async function benchFanout(port: number): Promise<FanoutResult> {
  setDatabaseUrl(embeddedDatabaseUrl(port));
  try {
    const client = db();
    // Fresh followers each run (deleting cascades to their entries and subscriptions).
    await client.$executeRaw`DELETE FROM "User" WHERE "email" LIKE ${`%@${DOMAIN}`}`;
    await client.$executeRaw`
      INSERT INTO "User" ("id", "email", "name", "emailVerifiedAt", "updatedAt")
      SELECT 'benchfanout' || lpad(i::text, 8, '0'), 'follower' || i || ${`@${DOMAIN}`}, 'Obserwator ' || i, now(), now()
      FROM generate_series(1, ${FANOUT_RECIPIENTS}) AS i`;
    await client.$executeRaw`
      INSERT INTO "TopicSubscription" ("id", "userId", "territoryCode")
      SELECT 'benchtopic' || lpad(i::text, 8, '0'), 'benchfanout' || lpad(i::text, 8, '0'), '16' FROM generate_series(1, ${FANOUT_RECIPIENTS}) AS i`;
    for (let attempt = 0; attempt < 3; attempt++) {
      const requestStart = performance.now();
      const eventId = await notify({
        type: "organisation.registered",
        subject: {
          type: "Organisation",
          id: `bench-${Date.now()}`,
          title: "Fundacja Testu Wydajności",
          link: { pathname: "/" },
        },
        audience: { topic: { sphereIds: [], territoryCodes: ["1661011"] } },
      });
      const requestMs = performance.now() - requestStart;
      const fanoutStart = performance.now();
      const { events } = await fanOutPendingNotifications();
      const fanoutMs = performance.now() - fanoutStart;
      const recipients = await client.notification.count({
        where: { eventId, user: { email: { endsWith: `@${DOMAIN}` } } },
      });
      // The app's own worker may have taken the event first (its minutely sweep): measure again.
      if (events >= 1 && recipients === FANOUT_RECIPIENTS) {
        return {
          name: "notification-fanout",
          recipients,
          request_ms: Math.round(requestMs * 100) / 100,
          fanout_ms: Math.round(fanoutMs * 100) / 100,
        };
      }
    }
    throw new Error("the fan-out was taken by another worker three times; nothing measured");
  } finally {
    await disconnectDb();
  }
}
