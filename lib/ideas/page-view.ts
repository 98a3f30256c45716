// What an entry's page shows, and to whom (lib/ideas/policy.ts): everything
// the sections render, read once. A merged entry answers with the address of
// the entry it went into; an entry this viewer may not see answers null (not
// found). Other parts of the board (supports, answers, what came of it, the
// discussion) add their own fields here and their own sections to the page.
import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { clockState, type ClockState } from "@/lib/ideas/clocks";
import { ideaAttachmentPath, renderIdeaBody } from "@/lib/ideas/body";
import { isIdeaWriter, mayEditIdea, mayViewIdea } from "@/lib/ideas/policy";
import { can } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/locales";
import { sphereName } from "@/lib/reference-data/sphere-name";
import { territoryLabel } from "@/lib/reference-data/territory-label";
import { ideaAnswerParts, type IdeaAnswerParts } from "@/lib/ideas/answers/page-sections";

const pageSelect = {
  id: true,
  slug: true,
  kind: true,
  title: true,
  body: true,
  visibility: true,
  status: true,
  addressee: true,
  authorId: true,
  organisationId: true,
  institutionId: true,
  taskScope: true,
  taskPlaceAndTime: true,
  taskExpectedResults: true,
  taskEstimatedCost: true,
  publishedAt: true,
  answerDueAt: true,
  mustAnswerSince: true,
  firstAnsweredAt: true,
  lastAnsweredAt: true,
  personSupportCount: true,
  organisationSupportCount: true,
  commentCount: true,
  mergedIntoId: true,
  moderationNote: true,
  pendingFields: true,
  changeSubmittedAt: true,
  changeNote: true,
  createdAt: true,
  mergedInto: { select: { slug: true, visibility: true } },
  author: { select: { id: true, name: true } },
  organisation: { select: { id: true, name: true, slug: true } },
  institution: {
    select: {
      id: true,
      name: true,
      officeName: true,
      slug: true,
      // Whether anyone answers for the office on the platform (the writer is told who was notified).
      _count: { select: { memberships: { where: { role: { in: ["ADMINISTRATOR", "OFFICIAL"] } } } } },
    },
  },
  // Pictures and documents added to a public entry and still waiting for a moderator are not public.
  images: { where: { pending: false }, select: { id: true, width: true, height: true } },
  attachments: {
    where: { pending: false },
    select: { id: true, title: true, file: { select: { kind: true, size: true } } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  },
  spheres: {
    select: { sphere: { select: { id: true, code: true, namePl: true, nameEn: true, nameDe: true } } },
    orderBy: { sphere: { sortOrder: "asc" } },
  },
  territories: {
    select: { territory: { select: { code: true, name: true, kind: true } } },
    orderBy: { territoryCode: "asc" },
  },
} satisfies Prisma.IdeaSelect;
type PageRow = Prisma.IdeaGetPayload<{ select: typeof pageSelect }>;

export type IdeaPageView = ReturnType<typeof toView> & IdeaAnswerParts;

function toView(idea: PageRow, viewer: Actor | null, locale: Locale, now: Date) {
  const facts = {
    visibility: idea.visibility,
    status: idea.status,
    authorId: idea.authorId,
    organisationId: idea.organisationId,
  };
  return {
    // What the other sections of the page key on.
    id: idea.id,
    slug: idea.slug,
    kind: idea.kind,
    status: idea.status,
    visibility: idea.visibility,
    addressee: idea.addressee,
    institutionId: idea.institutionId,
    organisationId: idea.organisationId,
    authorId: idea.authorId,
    title: idea.title,
    bodyHtml: renderIdeaBody(idea.body, idea.images),
    author: idea.organisation
      ? { kind: "organisation" as const, name: idea.organisation.name, slug: idea.organisation.slug }
      : { kind: "person" as const, name: idea.author?.name ?? null },
    office: idea.institution
      ? { name: idea.institution.officeName ?? idea.institution.name, slug: idea.institution.slug }
      : null,
    task:
      idea.kind === "TASK_PROPOSAL"
        ? {
            scope: idea.taskScope,
            placeAndTime: idea.taskPlaceAndTime,
            expectedResults: idea.taskExpectedResults,
            estimatedCost: idea.taskEstimatedCost ? Number(idea.taskEstimatedCost.toString()) : null,
          }
        : null,
    spheres: idea.spheres.map(({ sphere }) => ({ id: sphere.id, code: sphere.code, name: sphereName(sphere, locale) })),
    territories: idea.territories.map(({ territory }) => ({ code: territory.code, name: territoryLabel(territory) })),
    attachments: idea.attachments.map((attachment) => ({
      id: attachment.id,
      title: attachment.title,
      kind: attachment.file.kind,
      size: attachment.file.size,
      href: ideaAttachmentPath(idea.id, attachment.id),
    })),
    publishedAt: idea.publishedAt,
    createdAt: idea.createdAt,
    clock: (idea.visibility === "PUBLISHED" ? clockState(idea, now) : { kind: "none" }) satisfies ClockState,
    mustAnswerSince: idea.mustAnswerSince,
    lastAnsweredAt: idea.lastAnsweredAt,
    commentCount: idea.commentCount,
    /** Why the entry is not public, for its writer and the moderators (null when it is). */
    withheld: idea.visibility === "PUBLISHED" ? null : { visibility: idea.visibility, reason: idea.moderationNote },
    /** The writer's change waiting for a moderator, or refused with a note (the writer alone is told). */
    changeWaiting:
      isIdeaWriter(viewer, facts) && idea.pendingFields !== null ? { since: idea.changeSubmittedAt } : null,
    changeRefusedNote: isIdeaWriter(viewer, facts) && idea.pendingFields === null ? idea.changeNote : null,
    /** False when the entry is addressed to an office none of whose staff is on the platform yet. */
    addresseeOnPlatform: idea.institution === null || idea.institution._count.memberships > 0,
    viewer: {
      id: viewer?.id ?? null,
      signedIn: viewer !== null,
      mayEdit: mayEditIdea(viewer, facts),
      moderates: can(viewer, "content.moderate"),
    },
  };
}

export type IdeaPageOutcome = { redirectTo: string } | { view: IdeaPageView } | null;

/** Once per request: the page and its metadata ask for the same entry with the same viewer. */
export const ideaPageViewOnce = cache((slug: string, locale: Locale, viewer: Actor | null) =>
  ideaPageView({ slug, locale, viewer }),
);

export async function ideaPageView(input: {
  slug: string;
  locale: Locale;
  viewer: Actor | null;
  now?: Date;
}): Promise<IdeaPageOutcome> {
  const idea = await db().idea.findUnique({ where: { slug: input.slug }, select: pageSelect });
  if (!idea) return null;
  // A merged entry's address leads to the entry it went into, for everyone, while both are public.
  if (idea.status === "MERGED" && idea.mergedInto?.visibility === "PUBLISHED" && idea.visibility === "PUBLISHED")
    return { redirectTo: idea.mergedInto.slug };
  if (!mayViewIdea(input.viewer, idea)) return null;
  const now = input.now ?? new Date();
  return {
    view: { ...toView(idea, input.viewer, input.locale, now), ...(await ideaAnswerParts(idea, input.viewer, now)) },
  };
}
