// The reason a moderator gives the writer with a decision against them
// (rejected, taken down): one rule for every kind of moderated content, read
// by the queue before it sends the decision and by the action that takes it.
import { z } from "zod";

export const moderationReasonSchema = z.string().trim().min(5, "newsReasonTooShort").max(1000, "newsReasonTooLong");
