import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { StoredResult } from "@/lib/elections/results";
import { candidateOutcome, undecidedCandidates } from "@/lib/elections/standing";
import type { Locale } from "@/lib/i18n/locales";

type Candidate = { id: string; candidateName: string; organisation: { name: string }; area: { name: string } | null };

/**
 * The counted result: turnout, votes per candidate (a bar for the eye, the
 * number in the table for everyone), who is elected, and how ties went.
 */
export async function ElectionResults({
  result,
  candidates,
  published,
  locale,
}: {
  result: StoredResult;
  candidates: Candidate[];
  published: boolean;
  locale: Locale;
}) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "results" }), getFormatter({ locale })]);
  const max = Math.max(1, ...Object.values(result.votes));
  const name = new Map(candidates.map((candidate) => [candidate.id, candidate.candidateName]));
  const ranked = [...candidates].sort(
    (a, b) =>
      (result.votes[b.id] ?? 0) - (result.votes[a.id] ?? 0) || a.candidateName.localeCompare(b.candidateName, "pl"),
  );
  const turnout = result.eligible > 0 ? result.cast / result.eligible : 0;
  // Announced, but a further round still decides some seats: not a final result.
  const undecided = undecidedCandidates(result).length > 0;
  // On a phone every column counts: the outcome comes before the bar, and an election without areas has no area column.
  const withAreas = candidates.some((candidate) => candidate.area !== null);
  return (
    <section aria-labelledby="results-heading" className="mt-8">
      <h2 id="results-heading" className="text-2xl font-bold">
        {undecided ? t("headingTie") : published ? t("headingPublished") : t("headingCounted")}
      </h2>
      <p className="mt-2">
        {t("turnout", {
          cast: result.cast,
          eligible: result.eligible,
          turnout: format.number(turnout, { style: "percent", maximumFractionDigits: 1 }),
        })}
      </p>
      <Table caption={t("caption")}>
        <thead>
          <tr>
            <Th>{t("candidate")}</Th>
            {withAreas && <Th>{t("area")}</Th>}
            <Th className="text-right">{t("votes")}</Th>
            <Th>{t("outcome")}</Th>
            <Th>{t("chart")}</Th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((candidate) => {
            const votes = result.votes[candidate.id] ?? 0;
            const outcome = candidateOutcome(result, candidate.id);
            const elected = outcome === "elected";
            return (
              <tr key={candidate.id}>
                <Th scope="row">
                  <span lang="pl">{candidate.candidateName}</span>
                  <span className="block font-normal text-slate-700" lang="pl">
                    {candidate.organisation.name}
                  </span>
                </Th>
                {withAreas && <Td>{candidate.area?.name ?? "–"}</Td>}
                <Td className="text-right font-semibold">{votes}</Td>
                <Td className={elected ? "font-bold text-green-900" : ""}>{t(outcome)}</Td>
                <Td>
                  <div aria-hidden="true" className="h-4 min-w-16 bg-slate-200 sm:min-w-32">
                    <div
                      className={`h-4 ${elected ? "bg-green-800" : "bg-blue-800"}`}
                      style={{ width: `${(votes / max) * 100}%` }}
                    />
                  </div>
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      {result.ties.map((tie) => (
        <p key={tie.candidates.join()} className="mt-2 max-w-3xl">
          {tie.resolution === "draw"
            ? t("tieDrawn", {
                candidates: tie.candidates.map((id) => name.get(id) ?? id).join(", "),
                seats: tie.seats,
                drawn: tie.drawn.map((id) => name.get(id) ?? id).join(", "),
              })
            : t("tieFurtherRound", {
                candidates: tie.candidates.map((id) => name.get(id) ?? id).join(", "),
                seats: tie.seats,
              })}
        </p>
      ))}
    </section>
  );
}
