// The fit of one party for one request (0–1), without exposure: what the
// interest workflow stores on an interest when it is sent (PartnerInterest.fitScore),
// so the author's list sorts by the same score the suggestions show. Not
// server-only: the demo seed stores its interests' fit through it too.
import { scoreFit } from "@/lib/partnerships/score/combine";
import { scoreWeights } from "@/lib/partnerships/settings/queries";
import type { Party } from "@/lib/partnerships/party";
import { partyFacts } from "@/lib/partnerships/suggestions/party-facts";
import { requestFactsOf, requestRow } from "@/lib/partnerships/suggestions/request-facts";
import { seatLookup } from "@/lib/partnerships/suggestions/seats";

export async function fitOfParty(requestId: string, party: Party, now = new Date()): Promise<number> {
  const [request, facts, weights, seatOf] = await Promise.all([
    requestRow(requestId),
    partyFacts(party, now),
    scoreWeights(),
    seatLookup(),
  ]);
  if (!request || !facts) return 0;
  return scoreFit(requestFactsOf(request, seatOf), facts, weights, now).score;
}
