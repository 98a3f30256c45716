// Linking an entry to what came of it: a consultation, a news article or a
// library document, picked from the addressee's own. Client-safe.
import { z } from "zod";
import { recordId } from "@/lib/validation/record-id";

export const outcomeKinds = ["CONSULTATION", "NEWS", "LIBRARY"] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];

/** The picker's value: "<kind>:<id>", one select over every kind. */
export const outcomeChoiceSchema = z.object({
  choice: z.string().regex(/^(CONSULTATION|NEWS|LIBRARY):[a-z0-9]{20,40}$/, "ideaOutcomeRequired"),
});
export type OutcomeChoiceInput = z.input<typeof outcomeChoiceSchema>;

export const linkOutcomeSchema = z.object({ ideaId: recordId, kind: z.enum(outcomeKinds), targetId: recordId });
export type LinkOutcomeInput = z.input<typeof linkOutcomeSchema>;

export const unlinkOutcomeSchema = z.object({ outcomeId: recordId });

/** The picker's value split into what the action takes. */
export function parseChoice(choice: string): { kind: OutcomeKind; targetId: string } {
  const [kind, targetId] = choice.split(":") as [OutcomeKind, string];
  return { kind, targetId };
}
