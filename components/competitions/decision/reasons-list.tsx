import { useFormatter, useTranslations } from "next-intl";
import { AnswerReasonsForm, PaperRequestForm } from "@/components/competitions/decision/reasons-forms";
import type { DecisionPageView } from "@/lib/competitions/decision/queries";

/** The requests for the reasons (art. 15 ust. 2j UDPP), unanswered first, each with its due day and answer. */
export function ReasonsList({ view }: { view: DecisionPageView }) {
  const t = useTranslations("competitionDecision.reasons");
  const paper = useTranslations("competitionDecision.paper");
  const format = useFormatter();
  const day = (value: string) =>
    format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  if (!view.resultsPublishedAt) return null;
  return (
    <section aria-labelledby="reasons-heading" className="mt-12 max-w-5xl">
      <h2 id="reasons-heading" className="text-2xl font-bold">
        {t("officeHeading")}
      </h2>
      {view.requests.length === 0 ? (
        <p className="mt-2">{t("none")}</p>
      ) : (
        <ul className="mt-2 space-y-6">
          {view.requests.map((request) => (
            <li key={request.id} className="rounded border border-slate-400 p-3">
              <p className="font-semibold">
                {t("from", {
                  name: request.requesterName,
                  email: request.requesterEmail,
                  when: format.dateTime(request.receivedAt, {
                    dateStyle: "long",
                    timeStyle: "short",
                    timeZone: "Europe/Warsaw",
                  }),
                })}
              </p>
              <p>{request.offer ? t("about", { title: request.offer.title }) : t("aboutCompetition")}</p>
              <p className="mt-1 whitespace-pre-line">{request.body}</p>
              {request.state === "ANSWERED" ? (
                <div className="mt-2">
                  <p className="font-semibold">
                    {t("answeredOn", {
                      when: format.dateTime(request.answeredAt!, { dateStyle: "long", timeZone: "Europe/Warsaw" }),
                    })}
                  </p>
                  <p className="whitespace-pre-line" lang="pl">
                    {request.answer}
                  </p>
                </div>
              ) : (
                <>
                  <p className="mt-1 text-sm">{t("dueOn", { day: day(request.answerDueOn) })}</p>
                  <AnswerReasonsForm competitionId={view.id} requestId={request.id} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <details className="mt-6">
        <summary className="cursor-pointer underline">{paper("heading")}</summary>
        <PaperRequestForm competitionId={view.id} offers={view.decidedOffers} today={view.today} />
      </details>
    </section>
  );
}
