import { getTranslations } from "next-intl/server";
import { ConsentForm } from "@/components/elections/consent-form";
import { RecommendationButtons, WithdrawNominationButton } from "@/components/elections/nomination-buttons";
import { ButtonLink } from "@/components/ui/button";
import type { ElectionPhase } from "@/lib/elections/lifecycle";
import type { Participation } from "@/lib/elections/nominations/queries";
import type { IneligibilityReason } from "@/lib/elections/eligibility";
import type { Locale } from "@/lib/i18n/locales";

const LIVE = ["AWAITING_CONSENT", "AWAITING_RECOMMENDATIONS", "SUBMITTED"];

/**
 * What the signed-in person can do in the election now: consent to their own
 * candidacy, answer recommendation requests, nominate for their organisations
 * and follow (or withdraw) those nominations.
 */
export async function ElectionParticipation({
  election,
  phase,
  participation,
  organisations,
  locale,
}: {
  election: { slug: string; recommendationsRequired: number };
  phase: ElectionPhase;
  participation: Participation;
  organisations: { id: string; name: string; reasons: IneligibilityReason[] }[];
  locale: Locale;
}) {
  const t = await getTranslations({ locale });
  const open = phase === "nominations";
  const eligible = organisations.filter((organisation) => organisation.reasons.length === 0);
  const { nominations, requests, candidacies } = participation;
  if (!open && nominations.length === 0 && requests.length === 0) return null;
  return (
    <section aria-labelledby="participation-heading" className="mt-8 max-w-3xl rounded border-2 border-blue-800 p-4">
      <h2 id="participation-heading" className="text-2xl font-bold">
        {t("nominations.yourPart")}
      </h2>

      {open &&
        candidacies.map((candidacy) => (
          <section key={candidacy.id} aria-labelledby={`candidacy-${candidacy.id}`} className="mt-4">
            <h3 id={`candidacy-${candidacy.id}`} className="text-xl font-bold">
              {t("consent.youWereNominated", { organisation: candidacy.organisation.name })}
            </h3>
            <ConsentForm target={{ nominationId: candidacy.id }} candidateName={candidacy.candidateName} />
          </section>
        ))}

      {requests.length > 0 && (
        <section aria-labelledby="requests-heading" className="mt-6">
          <h3 id="requests-heading" className="text-xl font-bold">
            {t("nominations.requestsHeading")}
          </h3>
          <ul className="mt-2 space-y-4">
            {requests.map((request) => (
              <li
                key={`${request.nominationId}-${request.organisationId}`}
                className="border-l-4 border-slate-400 pl-3"
              >
                <p>
                  {t("nominations.requestText", {
                    organisation: request.organisation.name,
                    candidate: request.nomination.candidateName,
                    nominator: request.nomination.organisation.name,
                  })}
                  {request.nomination.area && ` (${request.nomination.area.name})`}
                </p>
                <p className="mt-1 whitespace-pre-line text-slate-800" lang="pl">
                  {request.nomination.statement}
                </p>
                {request.state === "REQUESTED" &&
                open &&
                ["AWAITING_CONSENT", "AWAITING_RECOMMENDATIONS"].includes(request.nomination.state) ? (
                  <RecommendationButtons
                    nominationId={request.nominationId}
                    organisationId={request.organisationId}
                    candidateName={request.nomination.candidateName}
                  />
                ) : (
                  <p className="mt-1 font-semibold">{t(`nominations.recommendationStates.${request.state}`)}</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="own-nominations-heading" className="mt-6">
        <h3 id="own-nominations-heading" className="text-xl font-bold">
          {t("nominations.ownHeading")}
        </h3>
        {nominations.length === 0 ? (
          <p className="mt-2">{t("nominations.noneYet")}</p>
        ) : (
          <ul className="mt-2 space-y-4">
            {nominations.map((nomination) => {
              const confirmed = nomination.recommendations.filter((r) => r.state === "CONFIRMED").length;
              return (
                <li key={nomination.id} className="border-l-4 border-slate-400 pl-3">
                  <p className="font-semibold">
                    {nomination.candidateName} – {nomination.organisation.name}
                    {nomination.area && ` (${nomination.area.name})`}
                  </p>
                  <p>
                    {t(`nominations.states.${nomination.state}`)}
                    {nomination.state === "REJECTED" &&
                      nomination.rejectionReason &&
                      ` ${t("nominations.reason", { reason: nomination.rejectionReason })}`}
                  </p>
                  {election.recommendationsRequired > 0 && (
                    <p>
                      {t("nominations.recommendationProgress", {
                        confirmed,
                        required: election.recommendationsRequired,
                      })}
                    </p>
                  )}
                  {nomination.recommendations.length > 0 && (
                    <ul className="ml-5 list-disc">
                      {nomination.recommendations.map((recommendation) => (
                        <li key={recommendation.organisationId}>
                          {recommendation.organisation.name}:{" "}
                          {t(`nominations.recommendationStates.${recommendation.state}`)}
                        </li>
                      ))}
                    </ul>
                  )}
                  {open && LIVE.includes(nomination.state) && (
                    <WithdrawNominationButton nominationId={nomination.id} candidateName={nomination.candidateName} />
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {open && (
        <div className="mt-6">
          {eligible.length > 0 ? (
            <ButtonLink href={{ pathname: "/elections/[slug]/nominate", params: { slug: election.slug } }}>
              {t("nominations.nominate")}
            </ButtonLink>
          ) : (
            <p>
              {organisations.length === 0 ? t("nominations.noOrganisation") : t("nominations.noEligibleOrganisation")}
            </p>
          )}
          {organisations
            .filter((organisation) => organisation.reasons.length > 0)
            .map((organisation) => (
              <p key={organisation.id} className="mt-2 text-slate-800">
                {t("nominations.ineligible", {
                  organisation: organisation.name,
                  reasons: organisation.reasons.map((reason) => t(`nominations.ineligibility.${reason}`)).join("; "),
                })}
              </p>
            ))}
        </div>
      )}
    </section>
  );
}
