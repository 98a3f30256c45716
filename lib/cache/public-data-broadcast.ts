// Tells the other processes on the same database (instances behind a load
// balancer, separate job workers) that public data changed, with PostgreSQL's
// LISTEN/NOTIFY: a takedown made on one instance leaves every instance's page
// cache at once, not after PAGE_CACHE_SECONDS.
//
// One dedicated connection per process, outside the app's pool: LISTEN needs a
// session of its own. The same connection sends the notices. When it breaks, it
// reconnects, and treats the gap as a change, since a notice may have been missed.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { publicDataChangedElsewhere, registerPublicDataAnnouncer } from "@/lib/cache/public-data";
import { log } from "@/lib/log";

const CHANNEL = "ngo_public_data_changed";
const MAX_RETRY_MS = 30_000;

export interface PublicDataBroadcast {
  /** Tells the other processes; never throws, never waits (a missed notice is bounded by the caches' lifetime). */
  announce: () => void;
  stop: () => Promise<void>;
}

export async function startPublicDataBroadcast(options: {
  connectionString: string;
  onRemoteChange?: () => void;
}): Promise<PublicDataBroadcast> {
  const onRemoteChange = options.onRemoteChange ?? publicDataChangedElsewhere;
  // Every process hears its own notices too; this tells them apart.
  const origin = randomUUID();
  let client: pg.Client | undefined;
  let stopped = false;
  let retryMs = 1_000;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: options.connectionString });
    next.on("notification", (message) => {
      if (message.channel === CHANNEL && message.payload !== origin) onRemoteChange();
    });
    next.on("error", (error) => {
      log.warn("public data broadcast: connection lost", { error });
      lost(next);
    });
    next.on("end", () => lost(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    client = next;
    retryMs = 1_000;
  };

  const scheduleReconnect = () => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      connect()
        .then(() => onRemoteChange())
        .catch((error: unknown) => {
          log.warn("public data broadcast: reconnecting failed", { error, retryMs });
          retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
          scheduleReconnect();
        });
    }, retryMs);
    retry.unref();
  };

  // A connection that failed while connecting is connect()'s to report, not this.
  const lost = (broken: pg.Client) => {
    if (client !== broken) return;
    client = undefined;
    void broken.end().catch(() => undefined);
    scheduleReconnect();
  };

  await connect();

  // One notice on the wire at a time (pg deprecates overlapping queries on a
  // client); changes made meanwhile go out as one more notice, which says the same.
  let sending = false;
  let again = false;
  const announce = () => {
    if (!client) return;
    if (sending) {
      again = true;
      return;
    }
    sending = true;
    client
      .query("SELECT pg_notify($1, $2)", [CHANNEL, origin])
      .catch((error: unknown) => log.warn("public data broadcast: announcing a change failed", { error }))
      .finally(() => {
        sending = false;
        if (again) {
          again = false;
          announce();
        }
      });
  };

  return {
    announce,
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      const last = client;
      client = undefined;
      await last?.end().catch(() => undefined);
    },
  };
}

/**
 * Starts this process's broadcast and makes publicDataChanged() use it. A
 * failure is logged, not fatal: pages keep working, and the caches' lifetime
 * still bounds how long another instance shows a change late.
 */
export async function broadcastPublicDataChanges(connectionString: string | undefined): Promise<void> {
  if (!connectionString) return;
  try {
    registerPublicDataAnnouncer((await startPublicDataBroadcast({ connectionString })).announce);
  } catch (error) {
    log.error("public data broadcast did not start; other instances see changes when their caches expire", { error });
  }
}
