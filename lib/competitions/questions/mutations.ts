// Asking and answering a competition's questions. A person acting for a
// verified organisation asks while offers are taken (by the database's clock
// read in the same transaction, as submission does); the office's officials
// are told. An official answers (published to everyone, the asker and every
// follower are told) or declines with a reason (seen by the asker only).
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { competitionSubject } from "@/lib/competitions/notification-links";
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { AppError } from "@/lib/errors";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { consumeRateLimits, type RateLimit } from "@/lib/security/rate-limit";
import type { z } from "zod";
import type {
  answerQuestionSchema,
  askQuestionSchema,
  declineQuestionSchema,
} from "@/lib/competitions/questions/schemas";

/** Questions a person may ask per hour, across competitions: enough for real doubts, not for flooding an office. */
export const QUESTION_LIMIT: RateLimit = { name: "competition-question", limit: 10, windowSeconds: 60 * 60 };

export type AskRefusal = "closed" | "notForOrganisation" | "slowDown";
export type AnswerRefusal = "alreadyDecided";

export async function askQuestion(actor: Actor, input: z.output<typeof askQuestionSchema>): Promise<{ id: string }> {
  if (!can(actor, "organisation.actFor", { organisationId: input.organisationId }))
    throw new RuleRefusal<AskRefusal>("notForOrganisation");
  const organisation = await db().organisation.findUnique({
    where: { id: input.organisationId },
    select: { verifiedAt: true },
  });
  if (!organisation?.verifiedAt) throw new RuleRefusal<AskRefusal>("notForOrganisation");
  try {
    await consumeRateLimits([{ limit: QUESTION_LIMIT, subject: actor.id }]);
  } catch (error) {
    if (error instanceof AppError && error.code === "RATE_LIMITED") throw new RuleRefusal<AskRefusal>("slowDown");
    throw error;
  }
  const id = await db().$transaction(async (tx) => {
    const competition = await tx.competition.findUnique({
      where: { id: input.competitionId },
      select: {
        id: true,
        slug: true,
        title: true,
        status: true,
        offersOpenAt: true,
        offersDeadline: true,
        institutionId: true,
      },
    });
    if (!competition || competition.status === "DRAFT")
      throw new AppError("NOT_FOUND", `competition ${input.competitionId}`);
    // Questions are taken from the announcement until the deadline: after it, an answer could help no applicant.
    const now = await databaseNow(tx);
    if (competition.status !== "PUBLISHED" || now >= competition.offersDeadline)
      throw new RuleRefusal<AskRefusal>("closed");
    if (input.taskId) {
      const task = await tx.competitionTask.count({ where: { id: input.taskId, competitionId: competition.id } });
      if (task !== 1) throw new AppError("NOT_FOUND", `task ${input.taskId}`);
    }
    const question = await tx.competitionQuestion.create({
      data: {
        competitionId: competition.id,
        taskId: input.taskId || null,
        authorId: actor.id,
        organisationId: input.organisationId,
        body: input.body,
      },
      select: { id: true },
    });
    await notify(
      {
        type: "competition.question_asked",
        subject: competitionSubject(competition),
        actor: { userId: actor.id, organisationId: input.organisationId },
        audience: { institutions: [{ id: competition.institutionId, roles: ["ADMINISTRATOR", "OFFICIAL"] }] },
      },
      tx,
    );
    return question.id;
  });
  await dispatchNotifications();
  return { id };
}

async function decide(
  actor: Actor,
  questionId: string,
  data: { status: "ANSWERED"; answer: string; body: string } | { status: "DECLINED"; declineReason: string },
): Promise<void> {
  await db().$transaction(async (tx) => {
    const now = await databaseNow(tx);
    // An edited wording is published; what the asker wrote is kept for them (and the record).
    const asked = await tx.competitionQuestion.findUnique({ where: { id: questionId }, select: { body: true } });
    const wording = data.status === "ANSWERED" && asked && data.body !== asked.body ? { originalBody: asked.body } : {};
    // Only a waiting question is decided: two officials answering at once do not overwrite each other.
    const { count } = await tx.competitionQuestion.updateMany({
      where: { id: questionId, status: "PENDING" },
      data: { ...data, ...wording, answeredById: actor.id, answeredAt: now },
    });
    if (count !== 1) throw new RuleRefusal<AnswerRefusal>("alreadyDecided");
    if (data.status !== "ANSWERED") return;
    const question = await tx.competitionQuestion.findUniqueOrThrow({
      where: { id: questionId },
      select: { authorId: true, competition: { select: { id: true, slug: true, title: true, institutionId: true } } },
    });
    await notify(
      {
        type: "competition.question_answered",
        subject: competitionSubject(question.competition),
        actor: { userId: actor.id, institutionId: question.competition.institutionId },
        audience: {
          users: question.authorId ? [question.authorId] : [],
          followersOf: { type: "Competition", id: question.competition.id },
        },
      },
      tx,
    );
  });
  if (data.status === "ANSWERED") await dispatchNotifications();
}

export async function answerQuestion(actor: Actor, input: z.output<typeof answerQuestionSchema>): Promise<void> {
  await decide(actor, input.questionId, { status: "ANSWERED", answer: input.answer, body: input.body });
}

export async function declineQuestion(actor: Actor, input: z.output<typeof declineQuestionSchema>): Promise<void> {
  await decide(actor, input.questionId, { status: "DECLINED", declineReason: input.reason });
}
