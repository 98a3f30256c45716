"use client";

// Asking for the reasons an offer was chosen or rejected (anyone signed in,
// within the 30 days), and an official's answer to one request.
import { useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { competitionWords, useCompetitionForm } from "@/components/competitions/public/use-competition-form";
import { Button } from "@/components/ui/button";
import {
  answerReasonsAction,
  recordPaperRequestAction,
  requestReasonsAction,
} from "@/lib/competitions/decision/actions";
import { answerObject, paperRequestObject, reasonsRequestObject } from "@/lib/competitions/decision/schemas";

export function ReasonsRequestForm({
  competitionId,
  offers,
}: {
  competitionId: string;
  offers: { id: string; title: string; lead: string }[];
}) {
  const t = useTranslations("competitionDecision");
  const ids = { offerId: "reasons-offer", body: "reasons-body" };
  const { values, set, submit, pending, message, status } = useCompetitionForm(
    competitionWords(t),
    reasonsRequestObject,
    { offerId: "", body: "" },
    ids,
    (fields) => requestReasonsAction({ ...fields, competitionId }),
  );
  return (
    <form noValidate onSubmit={submit} className="mt-4 max-w-3xl">
      <FormStatus {...status} saved={status.saved && t("reasons.sent")} />
      <FormField id={ids.offerId} name="offerId" label={t("reasons.offer")} error={message("offerId")}>
        {(props) => (
          <select
            {...props}
            value={values.offerId}
            onChange={(e) => set("offerId", e.target.value)}
            className={inputClassName}
          >
            <option value="">{t("reasons.wholeCompetition")}</option>
            {offers.map((offer) => (
              <option key={offer.id} value={offer.id} lang="pl">
                {offer.title} ({offer.lead})
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={ids.body} name="body" label={t("reasons.body")} error={message("body")} required>
        {(props) => (
          <textarea
            {...props}
            rows={5}
            value={values.body}
            onChange={(e) => set("body", e.target.value)}
            className={inputClassName}
          />
        )}
      </FormField>
      <Button type="submit" busy={pending}>
        {t("reasons.submit")}
      </Button>
    </form>
  );
}

export function AnswerReasonsForm({ competitionId, requestId }: { competitionId: string; requestId: string }) {
  const t = useTranslations("competitionDecision");
  const ids = { answer: `answer-${requestId}` };
  const { values, set, submit, pending, message, status } = useCompetitionForm(
    competitionWords(t),
    answerObject,
    { answer: "" },
    ids,
    (fields) => answerReasonsAction({ ...fields, competitionId, requestId }),
    "keep",
  );
  return (
    <form noValidate onSubmit={submit} className="mt-2">
      <FormStatus {...status} saved={status.saved && t("reasons.answered")} />
      {/* Once sent, the answer stays here as sent (the page is not refreshed: the status above stays to be read). */}
      {status.saved ? (
        <p className="mt-2 whitespace-pre-line" lang="pl">
          {values.answer}
        </p>
      ) : (
        <>
          <FormField id={ids.answer} name="answer" label={t("reasons.answer")} error={message("answer")} required>
            {(props) => (
              <textarea
                {...props}
                rows={4}
                value={values.answer}
                onChange={(e) => set("answer", e.target.value)}
                className={inputClassName}
              />
            )}
          </FormField>
          <Button type="submit" variant="secondary" busy={pending}>
            {t("reasons.sendAnswer")}
          </Button>
        </>
      )}
    </form>
  );
}

/** An official records a request that came on paper or by e-mail; the answer goes to the address given. */
export function PaperRequestForm({
  competitionId,
  offers,
  today,
}: {
  competitionId: string;
  offers: { id: string; title: string; lead: string }[];
  today: string;
}) {
  const t = useTranslations("competitionDecision");
  const ids = {
    requesterName: "paper-name",
    requesterEmail: "paper-email",
    receivedOn: "paper-received",
    offerId: "paper-offer",
    body: "paper-body",
  };
  const { values, set, submit, pending, message, status } = useCompetitionForm(
    competitionWords(t),
    paperRequestObject,
    { requesterName: "", requesterEmail: "", receivedOn: today, offerId: "", body: "" },
    ids,
    (fields) => recordPaperRequestAction({ ...fields, competitionId }),
  );
  return (
    <form noValidate onSubmit={submit} className="mt-2 max-w-3xl">
      <FormStatus {...status} saved={status.saved && t("paper.saved")} />
      <FormField
        id={ids.requesterName}
        name="requesterName"
        label={t("paper.requesterName")}
        error={message("requesterName")}
        required
      >
        {(props) => (
          <input
            {...props}
            value={values.requesterName}
            onChange={(e) => set("requesterName", e.target.value)}
            className={inputClassName}
          />
        )}
      </FormField>
      <FormField
        id={ids.requesterEmail}
        name="requesterEmail"
        label={t("paper.requesterEmail")}
        error={message("requesterEmail")}
        required
      >
        {(props) => (
          <input
            {...props}
            type="email"
            value={values.requesterEmail}
            onChange={(e) => set("requesterEmail", e.target.value)}
            className={inputClassName}
          />
        )}
      </FormField>
      <FormField
        id={ids.receivedOn}
        name="receivedOn"
        label={t("paper.receivedOn")}
        error={message("receivedOn")}
        required
      >
        {(props) => (
          <input
            {...props}
            type="date"
            value={values.receivedOn}
            onChange={(e) => set("receivedOn", e.target.value)}
            className={`${inputClassName} max-w-48`}
          />
        )}
      </FormField>
      <FormField id={ids.offerId} name="offerId" label={t("reasons.offer")} error={message("offerId")}>
        {(props) => (
          <select
            {...props}
            value={values.offerId}
            onChange={(e) => set("offerId", e.target.value)}
            className={inputClassName}
          >
            <option value="">{t("reasons.wholeCompetition")}</option>
            {offers.map((offer) => (
              <option key={offer.id} value={offer.id} lang="pl">
                {offer.title} ({offer.lead})
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={ids.body} name="body" label={t("reasons.body")} error={message("body")} required>
        {(props) => (
          <textarea
            {...props}
            rows={4}
            value={values.body}
            onChange={(e) => set("body", e.target.value)}
            className={inputClassName}
          />
        )}
      </FormField>
      <Button type="submit" variant="secondary" busy={pending}>
        {t("paper.submit")}
      </Button>
    </form>
  );
}
