"use client";

import { useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { useInterestErrors } from "@/components/partnerships/interests/use-interest-errors";
import { Button } from "@/components/ui/button";
import { capabilityName } from "@/lib/partnerships/capabilities";
import { sendInterestAction } from "@/lib/partnerships/interests/actions";
import { MAX_INTEREST_MESSAGE, sendInterestSchema, type SendInterestInput } from "@/lib/partnerships/interests/schemas";

const fieldIds = {
  actingFor: "interest-actingFor",
  message: "interest-message",
  coveredNeeds: "interest-coveredNeeds",
};

/**
 * Expressing interest in a request: for which side (when the person acts for
 * several that may still send one), a short message, and which of the
 * request's needs the side covers. The action refreshes the page, which then
 * shows the interest's state instead of the form.
 */
export function InterestForm({
  requestId,
  sides,
  needs,
}: {
  requestId: string;
  sides: { choice: string; name: string }[];
  needs: { competences: string[]; resources: string[] };
}) {
  const t = useTranslations("partnerInterests");
  const tp = useTranslations("partnerships");
  const { form, submit, pending, saved, refused, status } = useActionForm(sendInterestAction, sendInterestSchema, {
    defaultValues: { requestId, actingFor: sides.length === 1 ? sides[0]!.choice : "", message: "", coveredNeeds: [] },
    fieldIds,
  });
  const { message, summary } = useInterestErrors<SendInterestInput>(form.formState.errors, fieldIds);
  const needOptions = [...needs.competences, ...needs.resources].map((code) => ({
    value: code,
    label: capabilityName(tp, code),
  }));
  return (
    <form noValidate onSubmit={submit} aria-labelledby="interest-form-heading" className="mt-4 max-w-3xl">
      <h3 id="interest-form-heading" className="text-xl font-bold">
        {t("form.heading")}
      </h3>
      <FormStatus
        summary={summary}
        serverError={status.serverError}
        saved={saved && t("form.sent")}
        refused={refused && t(`refusals.${refused}`)}
      />
      {sides.length === 1 ? (
        <p className="mb-4">{t("form.actingForOne", { name: sides[0]!.name })}</p>
      ) : (
        <fieldset className={`mb-5 ${message("actingFor") ? "border-l-4 border-red-800 pl-3" : ""}`}>
          <legend className="font-semibold">{t("form.actingFor")}</legend>
          {message("actingFor") && (
            <p id={`${fieldIds.actingFor}-error`} className="font-semibold text-red-800">
              {message("actingFor")}
            </p>
          )}
          {sides.map((side, index) => (
            <div key={side.choice} className="mt-2 flex items-center gap-3">
              <input
                id={index === 0 ? fieldIds.actingFor : `${fieldIds.actingFor}-${index}`}
                type="radio"
                value={side.choice}
                {...form.register("actingFor")}
                className="h-5 w-5"
              />
              <label htmlFor={index === 0 ? fieldIds.actingFor : `${fieldIds.actingFor}-${index}`}>{side.name}</label>
            </div>
          ))}
        </fieldset>
      )}
      <FormField
        id={fieldIds.message}
        name="message"
        label={t("form.message")}
        hint={t("form.messageHint", { max: MAX_INTEREST_MESSAGE })}
        error={message("message")}
        required
      >
        {(props) => <textarea {...props} {...form.register("message")} rows={5} className={inputClassName} />}
      </FormField>
      {needOptions.length > 0 && (
        <CheckboxGroup
          id={fieldIds.coveredNeeds}
          legend={t("form.coveredNeeds")}
          hint={t("form.coveredNeedsHint")}
          error={message("coveredNeeds")}
          options={needOptions}
          renderBox={(props) => (
            <input type="checkbox" {...props} {...form.register("coveredNeeds")} className="mt-1 h-5 w-5" />
          )}
        />
      )}
      <Button type="submit" busy={pending}>
        {t("form.submit")}
      </Button>
    </form>
  );
}
