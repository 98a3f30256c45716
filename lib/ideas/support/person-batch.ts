// People's supports of one entry, written in batches. A popular entry takes
// hundreds of supports at once; one statement per support made each of them
// wait, one after another, for the entry's row lock and rewrite the entry's
// row (and its indexes) once per support. Here the supports of an entry that
// arrive while its previous batch is being written go in together, in one
// statement that inserts their rows and raises the counter by the number that
// went in: the counter still moves in the same statement as the rows, so it
// always equals them, and a support waits for at most one batch before its own.
import { db } from "@/lib/db/client";

export interface SupportCounts {
  personSupportCount: number;
  organisationSupportCount: number;
}

export interface PersonSupport {
  userId: string;
  submissionKey: string;
}

/** What became of a batch: the counts after it, or null when the entry took none of its supports. */
export type BatchOutcome = SupportCounts | null;

interface Waiting extends PersonSupport {
  now: Date;
  settle: { resolve: (outcome: BatchOutcome) => void; reject: (error: unknown) => void };
}

interface EntryQueue {
  writing: boolean;
  waiting: Waiting[];
}

/** More than this wait for the next batch: the statement's arrays stay small. */
const MAX_BATCH = 500;

const queues = new Map<string, EntryQueue>();

/**
 * Inserts the person's support of the entry (nothing when they support it
 * already) together with the others waiting, while the entry is published and
 * not merged. Resolves to the entry's counts after the batch, or null when the
 * batch took no support (the entry takes none, or all were there already):
 * the caller then reads the entry to tell which.
 */
export function writePersonSupport(ideaId: string, support: PersonSupport, now: Date): Promise<BatchOutcome> {
  return new Promise((resolve, reject) => {
    let queue = queues.get(ideaId);
    if (!queue) {
      queue = { writing: false, waiting: [] };
      queues.set(ideaId, queue);
    }
    queue.waiting.push({ ...support, now, settle: { resolve, reject } });
    if (!queue.writing) void writeBatches(ideaId, queue);
  });
}

async function writeBatches(ideaId: string, queue: EntryQueue) {
  queue.writing = true;
  while (queue.waiting.length > 0) {
    const batch = queue.waiting.splice(0, MAX_BATCH);
    try {
      // Those who waited for this batch are given the time the first of them came.
      const outcome = await insertBatch(ideaId, batch, batch[0]!.now);
      for (const { settle } of batch) settle.resolve(outcome);
    } catch (error) {
      for (const { settle } of batch) settle.reject(error);
    }
  }
  queue.writing = false;
  queues.delete(ideaId);
}

/**
 * One statement: the rows go in while the entry is published and not merged,
 * holding its KEY SHARE lock (a merge in progress is waited for, and the
 * status re-checked after it), and the counter is raised by the rows that went
 * in. A person appears once per batch (the caller joins a double click to the
 * first click), and a support already there is left as it is.
 */
async function insertBatch(ideaId: string, batch: PersonSupport[], now: Date): Promise<BatchOutcome> {
  const userIds = batch.map((support) => support.userId);
  const keys = batch.map((support) => support.submissionKey);
  const rows = await db().$queryRaw<SupportCounts[]>`
    WITH inserted AS (
      INSERT INTO "IdeaPersonSupport" ("ideaId", "userId", "submissionKey", "createdAt")
      SELECT i.id, s."userId", s."submissionKey", ${now}
      FROM "Idea" i, unnest(${userIds}::text[], ${keys}::text[]) AS s("userId", "submissionKey")
      WHERE i.id = ${ideaId} AND i.visibility = 'PUBLISHED' AND i.status <> 'MERGED'
      FOR KEY SHARE OF i
      ON CONFLICT ("ideaId", "userId") DO NOTHING
      RETURNING 1
    )
    UPDATE "Idea" SET
      "personSupportCount" = "personSupportCount" + (SELECT count(*)::int FROM inserted),
      "lastActivityAt" = ${now}
    WHERE id = ${ideaId} AND EXISTS (SELECT 1 FROM inserted)
    RETURNING "personSupportCount", "organisationSupportCount"`;
  return rows[0] ?? null;
}
