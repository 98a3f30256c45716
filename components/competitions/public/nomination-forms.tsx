"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { CheckboxField, checkboxClassName } from "@/components/forms/checkbox-field";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { competitionWords, useCompetitionForm } from "@/components/competitions/public/use-competition-form";
import { Button } from "@/components/ui/button";
import { nominateAction, withdrawNominationAction } from "@/lib/competitions/commission-call/actions";
import { nominationFormSchema } from "@/lib/competitions/commission-call/schemas";
import type { AppErrorCode } from "@/lib/errors";
import { isRefused } from "@/lib/rule-errors/refusals";

/** An owner puts forward one person for an organisation that has no nominee yet, stating plainly that the person agreed. */
export function NominationForm({
  competitionId,
  organisations,
}: {
  competitionId: string;
  organisations: { value: string; label: string }[];
}) {
  const t = useTranslations("competitions.nominations");
  const ids = {
    organisationId: "nomination-organisation",
    nomineeName: "nomination-name",
    nomineeEmail: "nomination-email",
    nomineePhone: "nomination-phone",
    consent: "nomination-consent",
  };
  const form = useCompetitionForm(
    competitionWords(t),
    nominationFormSchema,
    {
      organisationId: organisations[0]?.value ?? "",
      nomineeName: "",
      nomineeEmail: "",
      nomineePhone: "",
      consent: false as boolean,
    },
    ids,
    // Sent only once the schema accepted the fields, so the statement is ticked here.
    (values) => nominateAction({ ...values, consent: true, competitionId }),
  );
  return (
    <form onSubmit={form.submit} noValidate className="mt-4 max-w-2xl">
      <FormStatus {...form.status} saved={form.status.saved && t("nominated")} />
      <FormField id={ids.organisationId} label={t("organisation")} error={form.message("organisationId")}>
        {(props) => (
          <select
            {...props}
            value={String(form.values.organisationId)}
            onChange={(e) => form.set("organisationId", e.target.value)}
            className={inputClassName}
          >
            {organisations.map((o) => (
              <option key={o.value} value={o.value} lang="pl">
                {o.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={ids.nomineeName} label={t("name")} error={form.message("nomineeName")} required>
        {(props) => (
          <input
            {...props}
            autoComplete="off"
            maxLength={200}
            value={String(form.values.nomineeName)}
            onChange={(e) => form.set("nomineeName", e.target.value)}
            className={inputClassName}
          />
        )}
      </FormField>
      <FormField id={ids.nomineeEmail} label={t("email")} error={form.message("nomineeEmail")} required>
        {(props) => (
          <input
            {...props}
            type="email"
            autoComplete="off"
            maxLength={254}
            value={String(form.values.nomineeEmail)}
            onChange={(e) => form.set("nomineeEmail", e.target.value)}
            className={inputClassName}
          />
        )}
      </FormField>
      <FormField id={ids.nomineePhone} label={t("phone")} hint={t("phoneHint")} error={form.message("nomineePhone")}>
        {(props) => (
          <input
            {...props}
            type="tel"
            autoComplete="off"
            maxLength={20}
            value={String(form.values.nomineePhone)}
            onChange={(e) => form.set("nomineePhone", e.target.value)}
            className={inputClassName}
          />
        )}
      </FormField>
      <CheckboxField id={ids.consent} label={t("consent")} error={form.message("consent")}>
        {(props) => (
          <input
            {...props}
            type="checkbox"
            checked={form.values.consent === true}
            onChange={(e) => form.set("consent", e.target.checked)}
            className={checkboxClassName}
          />
        )}
      </CheckboxField>
      <Button type="submit" busy={form.pending}>
        {t("nominate")}
      </Button>
    </form>
  );
}

/** Withdrawing the organisation's nominee while the call is open (another may be put forward after). */
export function WithdrawNominationButton({ nominationId }: { nominationId: string }) {
  const t = useTranslations("competitions.nominations");
  const words = competitionWords(t);
  const [pending, setPending] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const [serverError, setServerError] = useState<AppErrorCode | null>(null);
  async function withdraw() {
    setPending(true);
    try {
      const result = await withdrawNominationAction({ nominationId });
      if (result?.serverError) setServerError(result.serverError);
      else if (isRefused(result?.data)) setRefused(words.refusal(result.data.refused));
    } finally {
      setPending(false);
    }
  }
  return (
    <div className="mt-2">
      <FormStatus refused={refused} serverError={serverError} />
      <Button variant="secondary" busy={pending} onClick={withdraw}>
        {t("withdraw")}
      </Button>
    </div>
  );
}
