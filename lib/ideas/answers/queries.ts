// Reads of the addressee's answers: the entry page's timeline, what the
// answer form offers its viewer, and whose entry it is (for the action's scope).
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { IdeaStatus } from "@/lib/generated/prisma/enums";
import { clockState, type ClockState } from "@/lib/ideas/clocks";
import { answerChannelFor, type AnswerChannelKind } from "@/lib/ideas/answers/policy";
import { statusesAfter } from "@/lib/ideas/answers/status";

/** The entry's addressee, looked up on the server for the action's permission check. */
export async function addresseeOf(ideaId: string) {
  return db().idea.findUnique({ where: { id: ideaId }, select: { addressee: true, institutionId: true } });
}

export interface AnswerEntry {
  id: string;
  fromStatus: IdeaStatus;
  toStatus: IdeaStatus;
  /** Markdown as written; the component renders it sanitised. */
  body: string;
  plannedAction: string | null;
  /** YYYY-MM-DD. */
  plannedBy: string | null;
  mergedInto: { slug: string; title: string } | null;
  /** The office it was given for; null for the platform's answers. */
  office: string | null;
  createdAt: Date;
}

/** The entry's answers, oldest first (the story of its consideration). */
export async function answersOf(ideaId: string): Promise<AnswerEntry[]> {
  const answers = await db().ideaAnswer.findMany({
    where: { ideaId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      fromStatus: true,
      toStatus: true,
      body: true,
      plannedAction: true,
      plannedBy: true,
      mergedIntoId: true,
      createdAt: true,
      institution: { select: { name: true, officeName: true } },
    },
  });
  const targetIds = answers.flatMap((a) => a.mergedIntoId ?? []);
  const targets = new Map(
    (targetIds.length > 0
      ? await db().idea.findMany({
          // A target hidden since is not named.
          where: { id: { in: targetIds }, visibility: "PUBLISHED" },
          select: { id: true, slug: true, title: true },
        })
      : []
    ).map((t) => [t.id, t]),
  );
  return answers.map((a) => ({
    id: a.id,
    fromStatus: a.fromStatus,
    toStatus: a.toStatus,
    body: a.body,
    plannedAction: a.plannedAction,
    plannedBy: a.plannedBy ? a.plannedBy.toISOString().slice(0, 10) : null,
    mergedInto: a.mergedIntoId ? (targets.get(a.mergedIntoId) ?? null) : null,
    office: a.institution ? (a.institution.officeName ?? a.institution.name) : null,
    createdAt: a.createdAt,
  }));
}

export interface AnswerFormView {
  ideaId: string;
  channel: AnswerChannelKind;
  status: IdeaStatus;
  /** The statuses the form offers (the current one first: a further answer). */
  choices: IdeaStatus[];
}

/** What the answer form offers this viewer, or null when they may not answer (or nothing may follow). */
export function answerFormView(
  viewer: Actor | null,
  idea: {
    id: string;
    visibility: string;
    status: IdeaStatus;
    addressee: Parameters<typeof answerChannelFor>[1]["addressee"];
    institutionId: string | null;
  },
): AnswerFormView | null {
  const channel = answerChannelFor(viewer, idea);
  const choices = statusesAfter(idea.status);
  if (!channel || idea.visibility !== "PUBLISHED" || choices.length === 0) return null;
  return { ideaId: idea.id, channel, status: idea.status, choices };
}

export interface AnswersSectionView {
  answers: AnswerEntry[];
  clock: ClockState;
  /** Enough organisations support it that the addressee must answer (and has not yet). */
  mustAnswer: boolean;
  mustAnswerThreshold: number;
  form: AnswerFormView | null;
}

/** The entry page's answers section for this viewer, or null when there is no such entry. */
export async function answersSectionView(
  ideaId: string,
  viewer: Actor | null,
  now = new Date(),
): Promise<AnswersSectionView | null> {
  const idea = await db().idea.findUnique({
    where: { id: ideaId },
    select: {
      id: true,
      visibility: true,
      status: true,
      addressee: true,
      institutionId: true,
      answerDueAt: true,
      firstAnsweredAt: true,
      mustAnswerSince: true,
    },
  });
  if (!idea) return null;
  const [answers, settings] = await Promise.all([
    answersOf(idea.id),
    db().instanceSettings.findUnique({ where: { id: 1 }, select: { ideaMustAnswerOrganisations: true } }),
  ]);
  return {
    answers,
    // A merged entry's clock no longer runs: its answer is the merge.
    clock: idea.status === "MERGED" ? { kind: "none" } : clockState(idea, now),
    mustAnswer: idea.mustAnswerSince !== null && idea.firstAnsweredAt === null,
    mustAnswerThreshold: settings?.ideaMustAnswerOrganisations ?? 0,
    form: answerFormView(viewer, idea),
  };
}
