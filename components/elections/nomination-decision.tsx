"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { decideNominationAction } from "@/lib/elections/nominations/actions";
import {
  decideNominationSchema,
  NOMINATION_DECISIONS,
  type DecideNominationInput,
} from "@/lib/elections/nominations/schemas";
import { useRouter } from "@/lib/i18n/navigation";

/** The commission's formal decision on one nomination: accepted, or rejected with a reason. */
export function NominationDecision({
  nominationId,
  candidateName,
  canAccept,
}: {
  nominationId: string;
  candidateName: string;
  canAccept: boolean;
}) {
  const t = useTranslations();
  const router = useRouter();
  const ids = { decision: `decide-${nominationId}-decision`, reason: `decide-${nominationId}-reason` };
  const form = useForm<DecideNominationInput, unknown, z.output<typeof decideNominationSchema>>({
    shouldFocusError: false,
    resolver: zodResolver(decideNominationSchema),
    defaultValues: { nominationId, decision: canAccept ? undefined : "REJECTED", reason: "" },
  });
  const { message, summary } = useFieldErrors(form.formState.errors, ids);
  const decide = useAction(decideNominationAction, {
    onSuccess: ({ data }) => data && !("refused" in data) && router.refresh(),
  });
  const refused = decide.result.data && "refused" in decide.result.data ? decide.result.data.refused : null;
  return (
    <form
      noValidate
      aria-label={t("nominationCheck.formLabel", { name: candidateName })}
      className="mt-3"
      onSubmit={form.handleSubmit((values) => decide.execute(values))}
    >
      <ErrorSummary errors={summary} />
      {refused && (
        <Alert tone="error" live>
          {t(`nominations.refusals.${refused}`)}
        </Alert>
      )}
      {decide.result.serverError && (
        <Alert tone="error" live>
          {t(`errors.${decide.result.serverError}`)}
        </Alert>
      )}
      <fieldset className="mb-3">
        <legend className="font-semibold">{t("nominationCheck.decision")}</legend>
        {message("decision") && <p className="font-semibold text-red-800">{message("decision")}</p>}
        {NOMINATION_DECISIONS.filter((value) => canAccept || value === "REJECTED").map((value, index) => (
          <div key={value} className="mt-2 flex items-start gap-3">
            <input
              id={index === 0 ? ids.decision : `${ids.decision}-${value}`}
              type="radio"
              value={value}
              {...form.register("decision")}
              className="mt-1 h-5 w-5"
            />
            <label htmlFor={index === 0 ? ids.decision : `${ids.decision}-${value}`}>
              {t(`nominationCheck.decisions.${value}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <FormField
        id={ids.reason}
        name="reason"
        label={t("nominationCheck.reason")}
        hint={t("nominationCheck.reasonHint")}
        error={message("reason")}
      >
        {(props) => <textarea {...props} {...form.register("reason")} rows={3} className={inputClassName} />}
      </FormField>
      <Button type="submit" disabled={decide.isPending}>
        {t("nominationCheck.save")}
        <span className="sr-only"> {candidateName}</span>
      </Button>
    </form>
  );
}
