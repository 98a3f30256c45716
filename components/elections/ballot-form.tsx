"use client";

import { useAction } from "next-safe-action/hooks";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { BallotReceipt, type Receipt } from "@/components/elections/ballot-receipt";
import { checkboxClassName } from "@/components/forms/checkbox-field";
import type { FieldError } from "@/components/forms/error-summary";
import { FieldHintAndError, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { castBallotAction, requestVoteCodeAction } from "@/lib/elections/voting/actions";
import type { Locale } from "@/lib/i18n/locales";

type Group = { areaName: string | null; candidates: { id: string; name: string; organisation: string }[] };

const CHOICES_ID = "ballot-choices";
const CODE_ID = "ballot-code";

/**
 * The organisation's ballot: choose candidates, get a one-time code by
 * e-mail, confirm. The tracker and the choices are shown once, in the receipt,
 * and kept nowhere: the voter keeps the tracker to find the ballot on the board.
 */
export function BallotForm({
  election,
  organisation,
  groups,
  twoFactor,
  others,
}: {
  election: { id: string; slug: string; votesPerBallot: number; fullBallotRequired: boolean };
  organisation: { id: string; name: string };
  groups: Group[];
  /** The voter signs in with an authenticator app, so its code may confirm the ballot instead of an e-mail. */
  twoFactor: boolean;
  /** The person's other organisations whose ballot they may still cast, offered after this one. */
  others: { id: string; name: string }[];
}) {
  const t = useTranslations("ballot");
  const tr = useTranslations();
  const locale = useLocale() as Locale;
  const [selected, setSelected] = useState<string[]>([]);
  const [code, setCode] = useState("");
  const [method, setMethod] = useState<"totp" | "email">(twoFactor ? "totp" : "email");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const requestCode = useAction(requestVoteCodeAction);
  const cast = useAction(castBallotAction);
  const refusal = [cast.result.data, requestCode.result.data]
    .map((data) => (data && "refused" in data ? data.refused : null))
    .find(Boolean);
  const serverError = cast.result.serverError ?? requestCode.result.serverError;
  const max = election.votesPerBallot;
  const min = election.fullBallotRequired ? max : 1;

  const choiceProblem =
    selected.length < min
      ? election.fullBallotRequired
        ? t("errors.chooseExactly", { count: max })
        : t("errors.chooseOne")
      : null;
  const submit = async () => {
    const problems: FieldError[] = [];
    if (choiceProblem) problems.push({ fieldId: CHOICES_ID, message: choiceProblem });
    if (!/^\d{6}$/.test(code.trim())) problems.push({ fieldId: CODE_ID, message: t("errors.codeFormat") });
    setErrors(problems);
    if (problems.length > 0) return;
    const response = await cast.executeAsync({
      electionId: election.id,
      organisationId: organisation.id,
      choices: selected,
      code: code.trim(),
      method,
    });
    if (response?.data && "cast" in response.data) setReceipt(response.data.cast);
  };

  if (receipt)
    return <BallotReceipt electionSlug={election.slug} organisation={organisation} receipt={receipt} others={others} />;

  const choiceError = errors.find((error) => error.fieldId === CHOICES_ID)?.message;
  const codeError = errors.find((error) => error.fieldId === CODE_ID)?.message;
  return (
    <form
      noValidate
      className="mt-6 max-w-3xl"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <FormStatus summary={errors} refused={refusal && tr(`ballot.refusals.${refusal}`)} serverError={serverError} />
      <fieldset
        className={`mb-6 ${choiceError ? "border-l-4 border-red-800 pl-3" : ""}`}
        aria-describedby={`${CHOICES_ID}-hint${choiceError ? ` ${CHOICES_ID}-error` : ""}`}
      >
        <legend className="text-xl font-bold">{t("choicesLegend")}</legend>
        <FieldHintAndError
          id={CHOICES_ID}
          hint={election.fullBallotRequired ? t("hintExactly", { count: max }) : t("hintUpTo", { count: max })}
          error={choiceError}
        />
        <p className="mt-1 font-semibold" aria-live="polite">
          {t("chosen", { chosen: selected.length, max })}
        </p>
        {groups.map((group, groupIndex) => (
          <div key={group.areaName ?? "all"} className="mt-4">
            {group.areaName && (
              <h3 className="text-lg font-bold" lang="pl">
                {t("area", { area: group.areaName })}
              </h3>
            )}
            <ul className="mt-2 space-y-2">
              {group.candidates.map((candidate, index) => {
                const id = groupIndex === 0 && index === 0 ? CHOICES_ID : `ballot-${candidate.id}`;
                const checked = selected.includes(candidate.id);
                return (
                  <li key={candidate.id} className="flex items-start gap-3">
                    <input
                      id={id}
                      type="checkbox"
                      className={checkboxClassName}
                      checked={checked}
                      // A full ballot leaves the other boxes unavailable, and says so.
                      disabled={!checked && selected.length >= max}
                      aria-describedby={!checked && selected.length >= max ? "ballot-full" : undefined}
                      onChange={(event) =>
                        setSelected((current) =>
                          event.target.checked
                            ? [...current, candidate.id]
                            : current.filter((other) => other !== candidate.id),
                        )
                      }
                    />
                    <label htmlFor={id} lang="pl">
                      <span className="font-semibold">{candidate.name}</span>{" "}
                      <span className="text-slate-700">({candidate.organisation})</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
        {selected.length >= max && (
          <p id="ballot-full" className="mt-2">
            {t("full", { count: max })}
          </p>
        )}
      </fieldset>

      <section aria-labelledby="ballot-confirm-heading" className="mb-6">
        <h2 id="ballot-confirm-heading" className="text-xl font-bold">
          {t("confirmHeading")}
        </h2>
        <p className="mt-1">
          {t(method === "totp" ? "confirmIntroTotp" : "confirmIntro", { organisation: organisation.name })}
        </p>
        {twoFactor && (
          <fieldset className="mt-3">
            <legend className="font-semibold">{t("methodLegend")}</legend>
            {(["totp", "email"] as const).map((option) => (
              <div key={option} className="mt-2 flex items-center gap-3">
                <input
                  id={`ballot-method-${option}`}
                  type="radio"
                  name="method"
                  value={option}
                  checked={method === option}
                  onChange={() => setMethod(option)}
                  className="h-5 w-5"
                />
                <label htmlFor={`ballot-method-${option}`}>{t(`methods.${option}`)}</label>
              </div>
            ))}
          </fieldset>
        )}
        {method === "email" && (
          <>
            <Button
              variant="secondary"
              className="mt-3"
              disabled={requestCode.isPending}
              onClick={() => requestCode.execute({ electionId: election.id, organisationId: organisation.id, locale })}
            >
              {requestCode.result.data && "sent" in requestCode.result.data ? t("sendAgain") : t("sendCode")}
            </Button>
            {requestCode.result.data && "sent" in requestCode.result.data && (
              <Alert tone="success" live>
                {t("codeSent")}
              </Alert>
            )}
          </>
        )}
        <div className={`mt-4 ${codeError ? "border-l-4 border-red-800 pl-3" : ""}`}>
          <label htmlFor={CODE_ID} className="block font-semibold">
            {t(method === "totp" ? "codeTotp" : "code")}
          </label>
          <FieldHintAndError id={CODE_ID} hint={t(method === "totp" ? "codeHintTotp" : "codeHint")} error={codeError} />
          <input
            id={CODE_ID}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            aria-describedby={`${CODE_ID}-hint${codeError ? ` ${CODE_ID}-error` : ""}`}
            aria-invalid={codeError ? true : undefined}
            className={`${inputClassName} mt-1 max-w-40 font-mono text-lg`}
          />
        </div>
      </section>
      <Button type="submit" disabled={cast.isPending}>
        {t("cast", { organisation: organisation.name })}
      </Button>
    </form>
  );
}
