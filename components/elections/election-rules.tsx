import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locales";
import type { ElectionRecord } from "@/lib/elections/queries";
import { ELECTION_DATE_FIELDS } from "@/lib/elections/schemas";
import { longDateTime } from "@/lib/i18n/date-time";

/**
 * The published rules of an election: seats and areas, votes, nominations,
 * who may take part, order and ties, the timetable and the draw seed. The
 * same view serves the public rules page and the commission once frozen.
 */
export async function ElectionRules({
  election,
  territoryNames,
  locale,
}: {
  election: ElectionRecord;
  territoryNames: Map<string, string>;
  locale: Locale;
}) {
  const [t, format] = await Promise.all([getTranslations({ locale }), getFormatter({ locale })]);
  const when = (date: Date) => longDateTime(format, date);
  const eligibility = [
    election.requireVerified && t("electionRules.verified"),
    t(`electionRules.territory.${election.territoryRule}`, { territory: election.institution.territory.name }),
    election.registeredBefore &&
      t("electionRules.registeredBefore", {
        date: format.dateTime(election.registeredBefore, { dateStyle: "long", timeZone: "UTC" }),
      }),
    election.excludeInLiquidation && t("electionRules.notInLiquidation"),
  ].filter((rule): rule is string => typeof rule === "string");
  return (
    <>
      <section aria-labelledby="election-timetable-heading" className="mt-8">
        <h2 id="election-timetable-heading" className="text-2xl font-bold">
          {t("electionRules.timetableHeading")}
        </h2>
        <Table caption={t("electionRules.timetableCaption")}>
          <thead>
            <tr>
              <Th>{t("electionRules.stage")}</Th>
              <Th>{t("electionRules.date")}</Th>
            </tr>
          </thead>
          <tbody>
            {/* A further round has no nominations: its timetable starts with voting. */}
            {ELECTION_DATE_FIELDS.filter(
              (field) =>
                !election.furtherRoundOfId ||
                !["nominationsStartAt", "nominationsEndAt", "checkEndsAt"].includes(field),
            ).map((field) => (
              <tr key={field}>
                <Th scope="row">{t(`electionForm.${field}`)}</Th>
                <Td>{when(election[field])}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>

      <section aria-labelledby="election-rules-heading" className="mt-8 max-w-3xl">
        <h2 id="election-rules-heading" className="text-2xl font-bold">
          {t("electionRules.heading")}
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-[minmax(12rem,auto)_1fr]">
          <dt className="font-semibold">{t("electionRules.council")}</dt>
          <dd lang="pl">{election.councilName}</dd>
          <dt className="font-semibold">{t("electionRules.organiser")}</dt>
          <dd lang="pl">{election.institution.officeName ?? election.institution.name}</dd>
          <dt className="font-semibold">{t("electionRules.seats")}</dt>
          <dd>{t("electionRules.seatsValue", { count: election.seats })}</dd>
          <dt className="font-semibold">{t("electionRules.votes")}</dt>
          <dd>
            {t("electionRules.votesValue", { count: election.votesPerBallot })}{" "}
            {election.fullBallotRequired ? t("electionRules.fullBallot") : t("electionRules.partialBallot")}
          </dd>
          {!election.furtherRoundOfId && (
            <>
              <dt className="font-semibold">{t("electionRules.nominations")}</dt>
              <dd>
                {t("electionRules.nominationsValue", { count: election.nominationsPerOrganisation })}{" "}
                {election.recommendationsRequired > 0
                  ? t("electionRules.recommendationsValue", { count: election.recommendationsRequired })
                  : t("electionRules.noRecommendations")}
              </dd>
            </>
          )}
          <dt className="font-semibold">{t("electionRules.eligibility")}</dt>
          <dd>
            <ul className="list-disc pl-5">
              {eligibility.map((rule) => (
                <li key={rule}>{rule}</li>
              ))}
            </ul>
          </dd>
          <dt className="font-semibold">{t("electionForm.candidateOrder")}</dt>
          <dd>{t(`elections.candidateOrders.${election.candidateOrder}`)}</dd>
          <dt className="font-semibold">{t("electionForm.tieRule")}</dt>
          <dd>{t(`elections.tieRules.${election.tieRule}`)}</dd>
          {election.drawSeed && (
            <>
              <dt className="font-semibold">{t("electionRules.seed")}</dt>
              <dd>
                <code className="break-all">{election.drawSeed}</code>
                <p className="mt-1 text-sm text-slate-700">{t("electionRules.seedExplained")}</p>
              </dd>
            </>
          )}
          {election.legalBasis && (
            <>
              <dt className="font-semibold">{t("electionForm.legalBasis")}</dt>
              <dd lang="pl">{election.legalBasis}</dd>
            </>
          )}
        </dl>
      </section>

      {election.areas.length > 0 && (
        <section aria-labelledby="election-areas-heading" className="mt-8">
          <h2 id="election-areas-heading" className="text-2xl font-bold">
            {t("electionRules.areasHeading")}
          </h2>
          <Table caption={t("electionRules.areasCaption", { count: election.areas.length })}>
            <thead>
              <tr>
                <Th>{t("electionForm.areaName")}</Th>
                <Th>{t("electionForm.areaSeats")}</Th>
                <Th>{t("electionForm.areaTerritories")}</Th>
              </tr>
            </thead>
            <tbody>
              {election.areas.map((area) => (
                <tr key={area.id}>
                  <Th scope="row">
                    <span lang="pl">{area.name}</span>
                  </Th>
                  <Td>{area.seats}</Td>
                  <Td>
                    <span lang="pl">
                      {area.territoryCodes.map((code) => territoryNames.get(code) ?? code).join(", ")}
                    </span>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      )}
    </>
  );
}
