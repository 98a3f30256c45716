// Whether a remark's author has seen its answer. An answer is news for its
// author, not a task: "My matters" lists each answered remark
// (lib/matters/queries.ts answersReceived) until its author has been shown
// the answer in their list of remarks on the consultation's page, which calls
// markAnswersSeenAction once that list is on their screen (a render that never
// reaches them marks nothing). Kept on the remark itself: it has one author,
// so one nullable column is the whole read mark.
import { db } from "@/lib/db/client";

/** Marks the answers to the person's remarks on the consultation as seen; returns how many were new. */
export async function markAnswersSeen(userId: string, consultationId: string, now = new Date()): Promise<number> {
  const { count } = await db().remark.updateMany({
    where: { consultationId, authorId: userId, answeredAt: { not: null }, answerSeenAt: null },
    data: { answerSeenAt: now },
  });
  return count;
}
