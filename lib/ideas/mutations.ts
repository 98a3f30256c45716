// Writing entries on the ideas board: a new entry (as oneself or for a
// verified organisation one acts for, addressed to an office of the region,
// the operator or the council), and its writer's edits. Under pre-moderation
// a new entry waits for a moderator (lib/ideas/moderation.ts); under
// post-moderation it is public at once and its answer clock starts. An edit
// of a public entry follows the one moderation rule for changes
// (lib/moderation/changes.ts): held for a moderator under pre-moderation
// while the approved text stays public, public at once and looked at
// afterwards under post-moderation.
import { resolveActingAs, type ActingAs } from "@/lib/auth/acting-as";
import type { Actor } from "@/lib/auth/permissions";
import { announcePublishedIdea } from "@/lib/ideas/announce";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { uniqueViolationFields } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { IdeaKind, IdeaModeration } from "@/lib/generated/prisma/enums";
import type { ActionMeta } from "@/lib/http/request-context";
import { tellIdeaModerators } from "@/lib/ideas/audience";
import { ideaBodyImageProblem } from "@/lib/ideas/body";
import { answerDueAt } from "@/lib/ideas/clocks";
import { claimIdeaImages } from "@/lib/ideas/files";
import { mayEditIdea, mayViewIdea } from "@/lib/ideas/policy";
import { parseAddressee, type AddresseeChoice, type IdeaFields } from "@/lib/ideas/schemas";
import { changeOutcome } from "@/lib/moderation/changes";
import { dispatchNotifications } from "@/lib/notifications/notify";
import { knownTopics } from "@/lib/reference-data/topics";
import { FieldRuleError } from "@/lib/rule-errors/field-rules";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { regionCode } from "@/lib/settings/platform-name";
import { firstFreeSlug, slugify } from "@/lib/text/slug";
import { admitIdeaWriter, mustBeHeld, refuseSuspended, type WriterRefusal } from "@/lib/forum/writers";

type Tx = Prisma.TransactionClient;
export type IdeaRefusal = "notEditable" | WriterRefusal;
/** Answer days of the operator and the council, who have no office settings. */
export const PLATFORM_ANSWER_DAYS = 30;

export async function ideaSettings(tx: Tx = db()) {
  return tx.instanceSettings.findUniqueOrThrow({
    where: { id: 1 },
    select: { ideaModeration: true, ideaMustAnswerOrganisations: true },
  });
}

/** The office the entry is addressed to, in this region; refused on the field otherwise. */
async function addresseeOf(tx: Tx, choice: AddresseeChoice): Promise<{ answerDays: number }> {
  if (choice.addressee !== "INSTITUTION") return { answerDays: PLATFORM_ANSWER_DAYS };
  const region = await regionCode();
  const office = await tx.institution.findFirst({
    where: {
      id: choice.institutionId,
      territory: { OR: [{ code: region }, { voivodeshipCode: region }] },
    },
    select: { ideaAnswerDays: true },
  });
  if (!office) throw new FieldRuleError([{ field: "addressee", message: "ideaAddresseeOutsideRegion" }]);
  return { answerDays: office.ideaAnswerDays };
}

/** The clock's start when an entry becomes public (lib/ideas/clocks.ts). */
export function publication(kind: IdeaKind, answerDays: number, now: Date) {
  return { visibility: "PUBLISHED" as const, publishedAt: now, answerDueAt: answerDueAt(kind, answerDays, now) };
}

/** The spheres and territories, every one known (spheres in force, units of the region); refused on the field otherwise. */
async function checkedTopics(tx: Tx, fields: Pick<IdeaFields, "sphereIds" | "territoryCodes">) {
  const sphereIds = [...new Set(fields.sphereIds)];
  const territoryCodes = [...new Set(fields.territoryCodes)];
  const known = await knownTopics(tx, { sphereIds, territoryCodes });
  const problems = [
    ...(known.sphereIds.length !== sphereIds.length ? [{ field: "sphereIds", message: "ideaSphereUnknown" }] : []),
    ...(known.territoryCodes.length !== territoryCodes.length
      ? [{ field: "territoryCodes", message: "ideaTerritoryUnknown" }]
      : []),
  ];
  if (problems.length) throw new FieldRuleError(problems);
  return { sphereIds, territoryCodes };
}

export async function writeIdeaTopics(
  tx: Tx,
  ideaId: string,
  topics: { sphereIds: string[]; territoryCodes: string[] },
) {
  await tx.ideaSphere.deleteMany({ where: { ideaId } });
  await tx.ideaSphere.createMany({ data: topics.sphereIds.map((sphereId) => ({ ideaId, sphereId })) });
  await tx.ideaTerritory.deleteMany({ where: { ideaId } });
  await tx.ideaTerritory.createMany({
    data: topics.territoryCodes.map((territoryCode) => ({ ideaId, territoryCode })),
  });
}

function checkBody(body: string, imageIds: string[]): void {
  const problem = ideaBodyImageProblem(body, imageIds);
  if (problem) throw new FieldRuleError([{ field: "body", message: problem }]);
}

/** The columns of the entry's own text (not its topics or pictures). */
export function ideaRecordData(fields: IdeaFields) {
  const task = fields.kind === "TASK_PROPOSAL";
  return {
    kind: fields.kind,
    ...parseAddressee(fields.addressee),
    title: fields.title,
    body: fields.body,
    taskScope: task ? fields.taskScope : null,
    taskPlaceAndTime: task ? fields.taskPlaceAndTime : null,
    taskExpectedResults: task ? fields.taskExpectedResults : null,
    taskEstimatedCost: task ? fields.taskEstimatedCost : null,
  };
}

/** "Acting as": only a verified organisation one may act for; a clear message on the field otherwise. */
async function actingAs(actor: Actor, organisationId: string | null): Promise<ActingAs> {
  try {
    return await resolveActingAs(actor, organisationId);
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN")
      throw new FieldRuleError([{ field: "actingFor", message: "ideaActingForInvalid" }]);
    throw error;
  }
}

async function earlierSubmission(authorId: string, submissionKey: string) {
  return db().idea.findUnique({
    where: { authorId_submissionKey: { authorId, submissionKey } },
    select: { id: true, slug: true, visibility: true },
  });
}

export type WrittenIdea = { id: string; slug: string; visibility: "PENDING" | "PUBLISHED" | "REJECTED" | "HIDDEN" };

/** A new entry; the same browser key twice gives the first entry back (a double submit writes one). */
export async function createIdea(
  actor: Actor,
  input: IdeaFields & { actingFor: string | null; submissionKey: string },
  meta: ActionMeta,
  now = new Date(),
  attempt = 1,
): Promise<WrittenIdea> {
  const earlier = await earlierSubmission(actor.id, input.submissionKey);
  if (earlier) return earlier;
  // A person suspended on the forum is refused, and entries count against a rate limit
  // (an entry tells its followers and the office, so a flood of them would flood their notices).
  if (attempt === 1) await admitIdeaWriter(actor, now);
  const author = await actingAs(actor, input.actingFor);
  checkBody(input.body, input.imageIds);
  try {
    const written = await db().$transaction(async (tx) => {
      const { answerDays } = await addresseeOf(tx, parseAddressee(input.addressee));
      const topics = await checkedTopics(tx, input);
      const { ideaModeration } = await ideaSettings(tx);
      // The forum's blocked words hold an entry for a moderator under post-moderation too.
      const flagged = await mustBeHeld(tx, screenedText(input));
      const slug = await firstFreeSlug(
        slugify(input.title, 70) || "wpis",
        async (candidate) => (await tx.idea.count({ where: { slug: candidate } })) > 0,
      );
      const idea = await tx.idea.create({
        data: {
          ...ideaRecordData(input),
          slug,
          authorId: author.userId,
          organisationId: author.organisationId,
          submissionKey: input.submissionKey,
          lastActivityAt: now,
          ...(ideaModeration === "POST" && !flagged
            ? publication(input.kind, answerDays, now)
            : { visibility: "PENDING" }),
        },
        select: { id: true, slug: true, title: true, visibility: true, authorId: true, organisationId: true },
      });
      await writeIdeaTopics(tx, idea.id, topics);
      await claimIdeaImages(tx, actor, idea.id, input.imageIds, false);
      await recordAuditEvent(
        {
          action: "idea.created",
          actorUserId: actor.id,
          actingForOrganisationId: author.organisationId,
          subjectType: "Idea",
          subjectId: idea.id,
          ipAddress: meta.ip,
          details: { kind: input.kind, visibility: idea.visibility },
        },
        tx,
      );
      if (idea.visibility === "PENDING") await tellIdeaModerators(tx, idea);
      // Public at once under post-moderation: its followers and addressee hear of it (lib/ideas/announce.ts).
      else await announcePublishedIdea(tx, idea.id);
      return idea;
    });
    await dispatchNotifications();
    return { id: written.id, slug: written.slug, visibility: written.visibility };
  } catch (error) {
    const fields = uniqueViolationFields(error);
    if (!fields) throw error;
    // Two sends of one press racing: the second finds the first.
    const first = await earlierSubmission(actor.id, input.submissionKey);
    if (first) return first;
    // Another entry took the same address a moment before: the next free one is taken on a new try.
    if (fields.includes("slug") && attempt < 3) return createIdea(actor, input, meta, now, attempt + 1);
    throw error;
  }
}

/** The entry, if this person may see it; NOT_FOUND otherwise (no hint that it exists). Refused when they may not edit it. */
export async function editableIdea(actor: Actor, ideaId: string, tx: Tx = db()) {
  const idea = await tx.idea.findUnique({
    where: { id: ideaId },
    include: { images: { select: { id: true } }, institution: { select: { ideaAnswerDays: true } } },
  });
  if (!idea || !mayViewIdea(actor, idea)) throw new AppError("NOT_FOUND", `idea ${ideaId}`);
  if (!mayEditIdea(actor, idea)) throw new RuleRefusal<IdeaRefusal>("notEditable");
  return idea;
}

/** What an edit does to the entry (lib/moderation/changes.ts). */
export function ideaChangeOutcome(
  idea: { organisationId: string | null; visibility: string },
  mode: IdeaModeration,
  flagged = false,
) {
  return changeOutcome({
    by: idea.organisationId ? "organisation" : "person",
    mode,
    state: idea.visibility === "PUBLISHED" ? "public" : "unpublished",
    // A blocked word holds a change to a public entry; an unpublished one goes back to the moderators instead.
    flagged: flagged && idea.visibility === "PUBLISHED",
  });
}

/** The words the forum's blocked-word screen reads in an entry. */
function screenedText(fields: IdeaFields): string {
  return [fields.title, fields.body, fields.taskScope, fields.taskPlaceAndTime, fields.taskExpectedResults]
    .filter(Boolean)
    .join("\n");
}

/**
 * Saves the writer's changes. A public entry's kind and addressee stay (its
 * answer clock runs for that office). Held for a moderator, or applied (a
 * rejected entry corrected goes back for a decision under pre-moderation, is
 * public at once under post-moderation).
 */
export async function updateIdea(
  actor: Actor,
  ideaId: string,
  fields: IdeaFields,
  meta: ActionMeta,
  now = new Date(),
): Promise<{ slug: string; held: boolean }> {
  await refuseSuspended(actor, now);
  const result = await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Idea" WHERE id = ${ideaId} FOR UPDATE`;
    const idea = await editableIdea(actor, ideaId, tx);
    const choice = parseAddressee(fields.addressee);
    if (
      idea.publishedAt &&
      (fields.kind !== idea.kind || choice.institutionId !== idea.institutionId || choice.addressee !== idea.addressee)
    )
      throw new FieldRuleError([{ field: "addressee", message: "ideaFixedOncePublished" }]);
    const { answerDays } = await addresseeOf(tx, choice);
    const topics = await checkedTopics(tx, fields);
    const { ideaModeration } = await ideaSettings(tx);
    const flagged = await mustBeHeld(tx, screenedText(fields));
    const outcome = ideaChangeOutcome(idea, ideaModeration, flagged);
    const held = outcome === "holdForReview";
    // The entry's pictures: those it has, and those uploaded for this change.
    const newImages = fields.imageIds.filter((id) => !idea.images.some((image) => image.id === id));
    checkBody(fields.body, [...idea.images.map((image) => image.id), ...newImages]);
    await claimIdeaImages(tx, actor, idea.id, newImages, held);
    if (held) {
      await tx.idea.update({
        where: { id: idea.id },
        data: {
          pendingFields: JSON.parse(JSON.stringify({ ...fields, ...topics })) as Prisma.InputJsonValue,
          changeSubmittedAt: now,
          changeNote: null,
        },
      });
      if (idea.pendingFields === null) await tellIdeaModerators(tx, idea);
    } else {
      const resubmitted =
        idea.visibility === "REJECTED"
          ? ideaModeration === "POST" && !flagged
            ? publication(fields.kind, answerDays, now)
            : { visibility: "PENDING" as const }
          : {};
      await tx.idea.update({
        where: { id: idea.id },
        data: {
          ...ideaRecordData(fields),
          ...resubmitted,
          // A change still waiting from before (the operator switched moderation since) is replaced by this one.
          pendingFields: Prisma.DbNull,
          // Public at once under post-moderation: the moderators look at it afterwards.
          ...(outcome === "applyThenReview" ? { changeSubmittedAt: now } : {}),
        },
      });
      await writeIdeaTopics(tx, idea.id, topics);
      if ("visibility" in resubmitted && resubmitted.visibility === "PENDING") await tellIdeaModerators(tx, idea);
      if ("visibility" in resubmitted && resubmitted.visibility === "PUBLISHED")
        await announcePublishedIdea(tx, idea.id);
    }
    await recordAuditEvent(
      {
        action: "idea.edited",
        actorUserId: actor.id,
        actingForOrganisationId: idea.organisationId,
        subjectType: "Idea",
        subjectId: idea.id,
        ipAddress: meta.ip,
        details: { visibility: idea.visibility, held },
      },
      tx,
    );
    return { slug: idea.slug, held };
  });
  await dispatchNotifications();
  return result;
}
