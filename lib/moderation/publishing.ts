// The one path of a moderator's decision on moderated content (news, library,
// forum; the ideas board next). Every kind repeats the same steps, and their
// order is the promise: under the content's row locks, load it; refuse a
// decision on something other than what the moderator was shown (its writer
// changed it meanwhile: lib/moderation/shown-version.ts); refuse it when the
// content no longer stands where the decision applies; then update, record
// the audit event and tell the writer, all in one transaction, and send the
// notices once it is committed. A kind of content brings a small adapter
// (PublishedKind) with only what is its own: its table, its states, its
// update and its notice.
import type { Actor } from "@/lib/auth/permissions";
import { requireModerator } from "@/lib/auth/moderators";
import { recordAuditEvent, type AuditAction } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActionMeta } from "@/lib/http/request-context";
import { dispatchNotifications } from "@/lib/notifications/notify";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

export type Tx = Prisma.TransactionClient;

/** What every step of a decision knows: who decides what, why, and when. */
export type DecisionContext<Decision extends string> = {
  actor: Actor;
  decision: Decision;
  /** The moderator's reason, told to the writer (a rejection, a hidden post); null when the decision needs none. */
  reason: string | null;
  now: Date;
};

/** What applying a decision to one item gives: the audit event's details and what the caller is told. */
export type Applied<Outcome> = { details?: Prisma.InputJsonValue } & ([Outcome] extends [void]
  ? { outcome?: undefined }
  : { outcome: Outcome });

/**
 * A kind of moderated content, as the publishing path needs to know it.
 * `Item`: the row as loaded for a decision; `Shown`: what the queue sent back
 * of what it showed (a fingerprint, or the list of files shown).
 */
export type PublishedKind<Item, Decision extends string, Shown, Refusal extends string, Outcome = void> = {
  /** The content's table ("NewsArticle"): its rows are locked while a decision is made; also the audit log's subject type. */
  table: string;
  /** The rows a decision on `ids` may apply to (rows left out are not decided on). */
  load(tx: Tx, ids: string[], decision: Decision): Promise<Item[]>;
  idOf(item: Item): string;
  /** Whether this decision applies only to what the moderator was shown (then `isAsShown` is asked). */
  decidesOnShown(item: Item, decision: Decision): boolean;
  isAsShown(tx: Tx, item: Item, shown: Shown): boolean | Promise<boolean>;
  /** The refusal for a decision on something the moderator was not shown. */
  staleRefusal: Refusal;
  /** A refusal when the item does not stand where this decision applies (already decided, not published…). */
  refusal(item: Item, decision: Decision): Refusal | null;
  /** The update itself. */
  apply(tx: Tx, item: Item, context: DecisionContext<Decision>): Promise<Applied<Outcome>>;
  auditAction(item: Item, context: DecisionContext<Decision>): AuditAction;
  /** Tells the writer (and anyone else) inside the transaction; the notices go out once it is committed. */
  notify?(tx: Tx, item: Item, context: DecisionContext<Decision>): Promise<void>;
  /** Work for the whole decision once every item is applied (e.g. closing the flags on all chosen posts). */
  settle?(tx: Tx, ids: string[], context: DecisionContext<Decision>): Promise<void>;
};

async function decideInTransaction<Item, Decision extends string, Shown, Refusal extends string, Outcome>(
  tx: Tx,
  kind: PublishedKind<Item, Decision, Shown, Refusal, Outcome>,
  ids: string[],
  shownOf: (id: string) => Shown | undefined,
  context: DecisionContext<Decision>,
  meta: ActionMeta,
): Promise<{ outcome: Outcome }[]> {
  // The table's name is written into the SQL: a model's name from code, never input, and checked to be one.
  if (!/^[A-Z][A-Za-z]*$/.test(kind.table)) throw new Error(`not a table name: ${kind.table}`);
  // Locked in the order of their ids, so two decisions on overlapping rows never wait on each other in a circle.
  await tx.$queryRaw(
    Prisma.sql`SELECT id FROM ${Prisma.raw(`"${kind.table}"`)} WHERE id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`,
  );
  const items = await kind.load(tx, ids, context.decision);
  // All or none: one item changed since it was shown refuses the whole decision, to be looked at again.
  for (const item of items) {
    if (!kind.decidesOnShown(item, context.decision)) continue;
    const shown = shownOf(kind.idOf(item));
    if (shown === undefined || !(await kind.isAsShown(tx, item, shown))) throw new RuleRefusal(kind.staleRefusal);
  }
  for (const item of items) {
    const refusal = kind.refusal(item, context.decision);
    if (refusal) throw new RuleRefusal(refusal);
  }
  const outcomes: { outcome: Outcome }[] = [];
  for (const item of items) {
    const applied = await kind.apply(tx, item, context);
    await recordAuditEvent(
      {
        action: kind.auditAction(item, context),
        actorUserId: context.actor.id,
        subjectType: kind.table,
        subjectId: kind.idOf(item),
        ipAddress: meta.ip,
        details: applied.details,
      },
      tx,
    );
    await kind.notify?.(tx, item, context);
    // A kind whose decisions give nothing back (Outcome void) leaves `outcome` out.
    outcomes.push({ outcome: applied.outcome as Outcome });
  }
  await kind.settle?.(tx, ids, context);
  return outcomes;
}

async function decideAll<Item, Decision extends string, Shown, Refusal extends string, Outcome>(
  kind: PublishedKind<Item, Decision, Shown, Refusal, Outcome>,
  actor: Actor,
  ids: string[],
  shownOf: (id: string) => Shown | undefined,
  request: DecisionRequest<Decision>,
  meta: ActionMeta,
): Promise<{ outcome: Outcome }[]> {
  requireModerator(actor);
  const context = { actor, decision: request.decision, reason: request.reason ?? null, now: request.now ?? new Date() };
  const outcomes = await db().$transaction((tx) => decideInTransaction(tx, kind, ids, shownOf, context, meta));
  if (kind.notify) await dispatchNotifications();
  return outcomes;
}

export type DecisionRequest<Decision extends string> = {
  decision: Decision;
  reason?: string | null;
  /** Injected by tests and the demo; the decision's time otherwise. */
  now?: Date;
};

/**
 * A moderator's decision on one item, as they were shown it (`shown`: omitted
 * for decisions that do not depend on it, such as taking a published article
 * down). Not found, or not loaded for this decision: NOT_FOUND.
 */
export async function decideOne<Item, Decision extends string, Shown, Refusal extends string, Outcome>(
  kind: PublishedKind<Item, Decision, Shown, Refusal, Outcome>,
  actor: Actor,
  id: string,
  request: DecisionRequest<Decision> & { shown?: Shown },
  meta: ActionMeta,
): Promise<Outcome> {
  const [decided] = await decideAll(kind, actor, [id], () => request.shown, request, meta);
  if (!decided) throw new AppError("NOT_FOUND", `${kind.table} ${id}`);
  return decided.outcome;
}

/**
 * One decision on many items at once (a spam wave is cleared in one action),
 * all or none; items the decision does not apply to are left out (`load`).
 * `shown` holds, per item, what the moderator was shown of it.
 */
export async function decideMany<Item, Decision extends string, Shown, Refusal extends string, Outcome>(
  kind: PublishedKind<Item, Decision, Shown, Refusal, Outcome>,
  actor: Actor,
  ids: string[],
  request: DecisionRequest<Decision> & { shown?: Record<string, Shown> },
  meta: ActionMeta,
): Promise<Outcome[]> {
  const decided = await decideAll(kind, actor, ids, (id) => request.shown?.[id], request, meta);
  return decided.map(({ outcome }) => outcome);
}
