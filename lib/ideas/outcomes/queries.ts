// Reads of what came of an entry: the entry page's list (public targets only),
// the picker's choices for the addressee, and the link back each target's
// page shows.
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { answerChannelFor } from "@/lib/ideas/answers/policy";
import { isPublicTarget } from "@/lib/ideas/outcomes/policy";
import type { OutcomeKind } from "@/lib/ideas/outcomes/schemas";

/** The entry, when the outcome action may touch it: its office, for the action's permission check. */
export async function outcomeScopeOf(input: { ideaId: string } | { outcomeId: string }) {
  const ideaId =
    "ideaId" in input
      ? input.ideaId
      : (await db().ideaOutcome.findUnique({ where: { id: input.outcomeId }, select: { ideaId: true } }))?.ideaId;
  if (!ideaId) return null;
  const idea = await db().idea.findUnique({ where: { id: ideaId }, select: { institutionId: true } });
  return idea?.institutionId ? { institutionId: idea.institutionId } : null;
}

export interface OutcomeItem {
  id: string;
  kind: OutcomeKind;
  title: string;
  href:
    | { pathname: "/consultations/[slug]"; params: { slug: string } }
    | { pathname: "/news/[slug]"; params: { slug: string } }
    | { pathname: "/library/[slug]"; params: { slug: string } };
}

/** Number of recent items of each kind the picker offers. */
const PICKER_LIMIT = 100;

export interface OutcomesView {
  ideaId: string;
  items: OutcomeItem[];
  /** For those who may link (the addressee): the channel and the choices not linked yet. */
  manage: {
    channel: "institution" | "platform";
    choices: { kind: OutcomeKind; id: string; title: string }[];
  } | null;
}

const outcomeSelect = {
  id: true,
  consultation: { select: { id: true, slug: true, title: true, status: true, institutionId: true } },
  newsArticle: { select: { id: true, slug: true, title: true, status: true, publishedAt: true, institutionId: true } },
  libraryDocument: {
    select: { id: true, slug: true, title: true, review: true, currentVersionId: true, institutionId: true },
  },
} as const;

export async function outcomesView(
  idea: {
    id: string;
    visibility: string;
    addressee: "INSTITUTION" | "OPERATOR" | "COUNCIL";
    institutionId: string | null;
  },
  viewer: Actor | null,
  now = new Date(),
): Promise<OutcomesView> {
  const rows = await db().ideaOutcome.findMany({
    where: { ideaId: idea.id },
    orderBy: { createdAt: "asc" },
    select: outcomeSelect,
  });
  const items: OutcomeItem[] = rows.flatMap((row): OutcomeItem[] => {
    if (row.consultation && isPublicTarget({ kind: "CONSULTATION", ...row.consultation }, now))
      return [
        {
          id: row.id,
          kind: "CONSULTATION",
          title: row.consultation.title,
          href: { pathname: "/consultations/[slug]", params: { slug: row.consultation.slug } },
        },
      ];
    if (row.newsArticle && isPublicTarget({ kind: "NEWS", ...row.newsArticle }, now))
      return [
        {
          id: row.id,
          kind: "NEWS",
          title: row.newsArticle.title,
          href: { pathname: "/news/[slug]", params: { slug: row.newsArticle.slug } },
        },
      ];
    if (row.libraryDocument && isPublicTarget({ kind: "LIBRARY", ...row.libraryDocument }, now))
      return [
        {
          id: row.id,
          kind: "LIBRARY",
          title: row.libraryDocument.title,
          href: { pathname: "/library/[slug]", params: { slug: row.libraryDocument.slug } },
        },
      ];
    return [];
  });
  const channel = idea.visibility === "PUBLISHED" ? answerChannelFor(viewer, idea) : null;
  if (!channel) return { ideaId: idea.id, items, manage: null };
  // An office picks among its own items; the platform among all.
  const own = channel === "institution" && idea.institutionId ? { institutionId: idea.institutionId } : {};
  const [consultations, news, documents] = await Promise.all([
    db().consultation.findMany({
      where: { ...own, status: { not: "DRAFT" }, ideaOutcomes: { none: { ideaId: idea.id } } },
      orderBy: { startsAt: "desc" },
      take: PICKER_LIMIT,
      select: { id: true, title: true },
    }),
    db().newsArticle.findMany({
      where: { ...own, status: "PUBLISHED", publishedAt: { lte: now }, ideaOutcomes: { none: { ideaId: idea.id } } },
      orderBy: { publishedAt: "desc" },
      take: PICKER_LIMIT,
      select: { id: true, title: true },
    }),
    db().libraryDocument.findMany({
      where: {
        ...own,
        review: "ACCEPTED",
        currentVersionId: { not: null },
        ideaOutcomes: { none: { ideaId: idea.id } },
      },
      orderBy: { updatedAt: "desc" },
      take: PICKER_LIMIT,
      select: { id: true, title: true },
    }),
  ]);
  return {
    ideaId: idea.id,
    items,
    manage: {
      channel,
      choices: [
        ...consultations.map((c) => ({ ...c, kind: "CONSULTATION" as const })),
        ...news.map((n) => ({ ...n, kind: "NEWS" as const })),
        ...documents.map((d) => ({ ...d, kind: "LIBRARY" as const })),
      ],
    },
  };
}

/** The public entries a consultation, article or document came from, for the link back on its page. */
export async function ideasLeadingTo(
  target: { consultationId: string } | { newsArticleId: string } | { libraryDocumentId: string },
) {
  const rows = await db().ideaOutcome.findMany({
    where: { ...target, idea: { visibility: "PUBLISHED" } },
    orderBy: { createdAt: "asc" },
    select: { idea: { select: { slug: true, title: true } } },
  });
  return rows.map((row) => row.idea);
}
