// What the interest forms and the author's decisions send, checked the same way
// in the browser and on the server. Messages are keys under
// `partnerInterests.errors` (the form looks there first) or `forms.errors`.
import { z } from "zod";
import { PARTY_CHOICE } from "@/lib/partnerships/party";
import { recordId } from "@/lib/validation/record-id";

export const MAX_INTEREST_MESSAGE = 1000;
export const MIN_INTEREST_MESSAGE = 20;
export const MAX_DECISION_NOTE = 500;
/** A bulk decline takes at most one page of interests. */
export const MAX_BULK_DECLINE = 100;

/** A need's code as the request lists it (lib/partnerships/capabilities.ts); which ones is the request's rule. */
const needCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/, "interestNeedUnknown");

export const sendInterestSchema = z.object({
  requestId: recordId,
  actingFor: z.string().regex(PARTY_CHOICE, "interestPartyRequired"),
  message: z
    .string()
    .trim()
    .min(MIN_INTEREST_MESSAGE, "interestMessageTooShort")
    .max(MAX_INTEREST_MESSAGE, "interestMessageTooLong"),
  coveredNeeds: z
    .array(needCode)
    .max(60, "interestNeedUnknown")
    .transform((codes) => [...new Set(codes)]),
});
export type SendInterestInput = z.input<typeof sendInterestSchema>;

export const interestIdSchema = z.object({ interestId: recordId });

const decisionNote = z
  .string()
  .trim()
  .max(MAX_DECISION_NOTE, "interestNoteTooLong")
  .optional()
  .transform((value) => value || null);

export const declineInterestsSchema = z.object({
  requestId: recordId,
  interestIds: z.array(recordId).min(1, "interestChooseSome").max(MAX_BULK_DECLINE, "interestChooseFewer"),
  note: decisionNote,
});
export type DeclineInterestsInput = z.input<typeof declineInterestsSchema>;
