// What posting or changing a partner request does, by the platform's one
// moderation rule (lib/moderation/changes.ts). Requests are public at once
// (post-moderation): an office's change applies; an organisation's applies
// and goes on the moderators' list to be looked at; anything the forum's
// blocked-word screen flags waits for a moderator, a new request off the
// lists, a change to a published one in `pendingFields` while the last
// accepted text stays public.
import { z } from "zod";
import { changedByStewardOf, changeOutcome, type ChangeOutcome } from "@/lib/moderation/changes";
import {
  partnerRequestFieldsSchema,
  type PartnerRequestFields,
  type PartnerRequestFieldsInput,
} from "@/lib/partnerships/requests/schemas";
import type { RequestParty } from "@/lib/partnerships/requests/policy";

/** Partner requests are public at once and looked at afterwards. */
const MODE = "POST" as const;

/** The words the blocked-word screen reads in a request: everything the public reads as written. */
export function screenedRequestText(fields: PartnerRequestFields): string {
  return [
    fields.title,
    fields.initiative,
    fields.callName,
    fields.callUrl,
    fields.partnerGives,
    fields.partnerGets,
    fields.budgetNote,
    fields.timelineNote,
  ]
    .filter(Boolean)
    .join("\n");
}

/**
 * What a new request does: it is public at once, as a change to public
 * content would be (an office's stands, an organisation's is looked at
 * afterwards); flagged, it waits for a moderator before anyone sees it.
 */
export function newRequestOutcome(party: RequestParty, flagged: boolean): ChangeOutcome {
  return changeOutcome({ by: changedByStewardOf(party), mode: MODE, state: "public", flagged });
}

/**
 * What a closing note does: it is public as soon as the request closes (on its
 * page and in the notices to those not accepted), whatever the request's
 * visibility, so it is screened as public content: an office's stands, an
 * organisation's is looked at afterwards, a flagged one waits for a moderator.
 */
export function closingNoteOutcome(party: RequestParty, flagged: boolean): ChangeOutcome {
  return changeOutcome({ by: changedByStewardOf(party), mode: MODE, state: "public", flagged });
}

/**
 * What an edit does. A published request is public content; a held, refused
 * or hidden one is not (the change becomes part of what a moderator sees).
 */
export function requestChangeOutcome(request: RequestParty & { visibility: string }, flagged: boolean): ChangeOutcome {
  const state = request.visibility === "PUBLISHED" ? "public" : "unpublished";
  return changeOutcome({
    by: changedByStewardOf(request),
    mode: MODE,
    state,
    // A blocked word holds a change to a published request; an unpublished one stays with the moderators instead.
    flagged: flagged && state === "public",
  });
}

/** The fields as their form sends them: what `pendingFields` keeps, and what an edit form starts from. */
export function requestFieldsAsInput(fields: PartnerRequestFields): PartnerRequestFieldsInput {
  const text = (value: string | number | null) => (value === null ? "" : String(value));
  return {
    ...fields,
    callName: text(fields.callName),
    callUrl: text(fields.callUrl),
    radiusKm: text(fields.radiusKm),
    budgetSharePercent: text(fields.budgetSharePercent),
    budgetNote: text(fields.budgetNote),
    startsOn: text(fields.startsOn),
    endsOn: text(fields.endsOn),
    timelineNote: text(fields.timelineNote),
    maxPartners: String(fields.maxPartners),
  };
}

const storedInput = z.record(z.string(), z.unknown());

/**
 * A closing note the screen held waits in `pendingFields` too, in its own shape: the request is closed, so no
 * change of its fields can be accepted any more (lib/partnerships/requests/moderation.ts) and the note replaces one.
 */
const heldNote = z.strictObject({ closingNote: z.string() });
export const heldClosingNote = (note: string) => ({ closingNote: note });

/** The closing note held in `pendingFields`; null when none is held there. */
export function heldClosingNoteOf(value: unknown): string | null {
  const parsed = heldNote.safeParse(value);
  return parsed.success ? parsed.data.closingNote : null;
}

/** A held change read back from `pendingFields` and checked as the form's fields are; null when none. */
export function pendingRequestFieldsOf(value: unknown): PartnerRequestFields | null {
  if (!storedInput.safeParse(value).success || heldClosingNoteOf(value) !== null) return null;
  const parsed = partnerRequestFieldsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The held change as the edit form shows it; null when none. */
export function pendingRequestInputOf(value: unknown): PartnerRequestFieldsInput | null {
  const fields = pendingRequestFieldsOf(value);
  return fields && requestFieldsAsInput(fields);
}
