// A server action done for one side of the workflow: an organisation (its
// owners and editors, "partnerships.actForOrganisation") or an office (its
// officials, "partnerships.actForInstitution"). Which side an input acts for
// is found on the server (from the request, interest or partnership row, or
// the side the sender chose), and the permission of that side's kind is
// checked by scopedAction in its scope. An organisation must also be verified
// now: an unverified one is refused with a rule's answer.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { getCurrentUser } from "@/lib/auth/session";
import type { ActionMeta } from "@/lib/http/request-context";
import { partyPermission, partyScope, type Party } from "@/lib/partnerships/party";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { scopedAction } from "@/lib/safe-action";

type SignedIn = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;

/** Whether the side may act in partnerships now: an office always, an organisation once verified. */
export async function partyVerified(party: Party): Promise<boolean> {
  if (party.kind === "institution") return true;
  const organisation = await db().organisation.findUnique({ where: { id: party.id }, select: { verifiedAt: true } });
  return !!organisation?.verifiedAt;
}

export function partyAction<S extends z.ZodType, Result>(
  name: string,
  schema: S,
  sideOf: (input: z.output<S>) => Promise<Party | null>,
  body: (args: {
    parsedInput: z.output<S>;
    ctx: { actor: SignedIn; meta: ActionMeta };
    party: Party;
  }) => Promise<Result>,
) {
  const forKind = (kind: Party["kind"]) =>
    scopedAction(
      {
        name,
        permission: partyPermission({ kind }),
      },
      schema,
      async (input) => {
        const party = await sideOf(input);
        return party?.kind === kind ? partyScope(party) : null;
      },
      async ({ parsedInput, ctx }) => {
        const party: Party =
          kind === "organisation" ? { kind, id: ctx.scope.organisationId! } : { kind, id: ctx.scope.institutionId! };
        if (!(await partyVerified(party))) throw new RuleRefusal("unverified");
        return body({ parsedInput, ctx: { actor: ctx.actor, meta: ctx.meta }, party });
      },
    );
  const forOrganisation = forKind("organisation");
  const forInstitution = forKind("institution");
  // Which of the two runs: only the side's kind is read here; the chosen action validates, scopes and checks again.
  const action: typeof forOrganisation = async (input) => {
    const parsed = schema.safeParse(input);
    const party = parsed.success ? await sideOf(parsed.data) : null;
    return party?.kind === "institution" ? forInstitution(input) : forOrganisation(input);
  };
  return action;
}
