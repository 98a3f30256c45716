// Reading a competition's questions: the answered ones for everyone, without
// who asked (equal treatment of applicants); the asker's own; and, for the
// office's officials, those waiting for an answer with the organisation that
// asked.
import "server-only";
import { db } from "@/lib/db/client";

const publicSelect = {
  id: true,
  body: true,
  answer: true,
  answeredAt: true,
  createdAt: true,
  task: { select: { number: true, kindName: true } },
} as const;

/** Answered questions, oldest answer first: the public record every applicant reads. */
export async function listAnsweredQuestions(competitionId: string) {
  return db().competitionQuestion.findMany({
    where: { competitionId, status: "ANSWERED" },
    select: publicSelect,
    orderBy: [{ answeredAt: "asc" }, { id: "asc" }],
  });
}
export type AnsweredQuestion = Awaited<ReturnType<typeof listAnsweredQuestions>>[number];

/**
 * The person's own questions not (yet) published as they wrote them: waiting, declined with the
 * reason, or answered with a wording the office edited (their own text kept for them only).
 */
export async function listOwnOpenQuestions(competitionId: string, userId: string) {
  return db().competitionQuestion.findMany({
    where: {
      competitionId,
      authorId: userId,
      OR: [{ status: { in: ["PENDING", "DECLINED"] } }, { status: "ANSWERED", originalBody: { not: null } }],
    },
    select: {
      ...publicSelect,
      originalBody: true,
      status: true,
      declineReason: true,
      organisation: { select: { name: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}
export type OwnQuestion = Awaited<ReturnType<typeof listOwnOpenQuestions>>[number];

/**
 * Questions waiting for the office's answer, oldest first. Which organisation asked only with
 * `withOrganisation`: for the office's own officials, not for a platform administrator answering
 * through competitions.manage (security review L3).
 */
export async function listPendingQuestions(competitionId: string, { withOrganisation }: { withOrganisation: boolean }) {
  const questions = await db().competitionQuestion.findMany({
    where: { competitionId, status: "PENDING" },
    select: { ...publicSelect, organisation: { select: { name: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return withOrganisation ? questions : questions.map((q) => ({ ...q, organisation: null }));
}
export type PendingQuestion = Awaited<ReturnType<typeof listPendingQuestions>>[number];

/** The institution whose officials answer the question: the scope of answering and declining. */
export async function questionScope(input: { questionId: string }) {
  const question = await db().competitionQuestion.findUnique({
    where: { id: input.questionId },
    select: { competition: { select: { institutionId: true, status: true } } },
  });
  if (!question || question.competition.status === "DRAFT") return null;
  return { institutionId: question.competition.institutionId };
}
