"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useErrorText } from "@/components/forms/error-text";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import {
  extendConsultationAction,
  publishConsultationAction,
  unpublishConsultationAction,
} from "@/lib/consultations/actions";
import type { ConsultationPhase } from "@/lib/consultations/lifecycle";
import { extendConsultationSchema } from "@/lib/consultations/schemas";
import { longDateTime } from "@/lib/i18n/date-time";

const extendIds = { endsAt: "extend-endsAt", reason: "extend-reason" };
const PUBLISH_PROBLEMS = ["startsAt", "endsAt", "sourceText"] as const;

/** Where the consultation stands, and the official's next step: publish, take back, or extend. */
export function PublicationPanel({
  consultationId,
  phase,
  endsAt,
  endsAtLocal,
}: {
  consultationId: string;
  phase: ConsultationPhase;
  endsAt: Date;
  endsAtLocal: string;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const errorText = useErrorText();
  const publish = useAction(publishConsultationAction);
  const unpublish = useAction(unpublishConsultationAction);
  const [done, setDone] = useState<"published" | "unpublished" | "extended" | null>(null);
  const extend = useActionForm(extendConsultationAction, extendConsultationSchema, {
    defaultValues: { consultationId, endsAt: endsAtLocal, reason: "" },
    fieldIds: extendIds,
    onSuccess: (_, { form }) => {
      setDone("extended");
      form.reset({ ...form.getValues(), reason: "" });
    },
  });
  const publishProblems = (publish.result.validationErrors ?? {}) as Partial<
    Record<(typeof PUBLISH_PROBLEMS)[number], { _errors?: string[] }>
  >;
  const problems = PUBLISH_PROBLEMS.flatMap(
    (field) =>
      publishProblems[field]?._errors?.map((key) => ({
        fieldId: `consultation-${field}`,
        message: errorText.field(key),
      })) ?? [],
  );
  const serverError = publish.result.serverError ?? unpublish.result.serverError ?? extend.status.serverError;

  return (
    <section aria-labelledby="publication-heading" className="mt-6 max-w-4xl border-2 border-slate-700 p-4">
      <h2 id="publication-heading" className="text-2xl font-bold">
        {t("consultationForm.publicationHeading")}
      </h2>
      <p className="mt-2">
        {t(`consultationForm.phaseExplained.${phase}`, {
          end: longDateTime(format, endsAt),
        })}
      </p>
      <FormStatus saved={done && t(`consultationForm.done.${done}`)} serverError={serverError} />
      <ErrorSummary errors={problems} />
      {phase === "draft" && (
        <Button
          disabled={publish.isPending}
          onClick={async () => {
            setDone(null);
            const response = await publish.executeAsync({ consultationId });
            if (response?.data) setDone("published");
          }}
        >
          {t("consultationForm.publish")}
        </Button>
      )}
      {phase === "scheduled" && (
        <Button
          variant="secondary"
          disabled={unpublish.isPending}
          onClick={async () => {
            setDone(null);
            const response = await unpublish.executeAsync({ consultationId });
            if (response?.data) setDone("unpublished");
          }}
        >
          {t("consultationForm.unpublish")}
        </Button>
      )}
      {phase === "open" && (
        <form
          noValidate
          className="mt-4"
          onSubmit={(event) => {
            setDone(null);
            void extend.submit(event);
          }}
        >
          <h3 className="text-xl font-bold">{t("consultationForm.extendHeading")}</h3>
          <ErrorSummary errors={extend.status.summary} />
          <FormField
            id={extendIds.endsAt}
            name="endsAt"
            label={t("consultationForm.newEnd")}
            error={extend.message("endsAt")}
            required
          >
            {(props) => (
              <input {...props} {...extend.form.register("endsAt")} type="datetime-local" className={inputClassName} />
            )}
          </FormField>
          <FormField
            id={extendIds.reason}
            name="reason"
            label={t("consultationForm.extendReason")}
            hint={t("consultationForm.extendReasonHint")}
            error={extend.message("reason")}
            required
          >
            {(props) => <textarea {...props} {...extend.form.register("reason")} rows={3} className={inputClassName} />}
          </FormField>
          <Button type="submit" disabled={extend.pending}>
            {t("consultationForm.extend")}
          </Button>
        </form>
      )}
    </section>
  );
}
