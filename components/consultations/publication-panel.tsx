"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { applyServerFieldErrors, useFieldErrors } from "@/components/forms/use-field-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  extendConsultationAction,
  publishConsultationAction,
  unpublishConsultationAction,
} from "@/lib/consultations/actions";
import type { ConsultationPhase } from "@/lib/consultations/lifecycle";
import { extendConsultationSchema } from "@/lib/consultations/schemas";
import { useRouter } from "@/lib/i18n/navigation";

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
  const router = useRouter();
  const publish = useAction(publishConsultationAction);
  const unpublish = useAction(unpublishConsultationAction);
  const extend = useAction(extendConsultationAction);
  const [done, setDone] = useState<"published" | "unpublished" | "extended" | null>(null);
  const form = useForm<z.input<typeof extendConsultationSchema>, unknown, z.output<typeof extendConsultationSchema>>({
    shouldFocusError: false,
    resolver: zodResolver(extendConsultationSchema),
    defaultValues: { consultationId, endsAt: endsAtLocal, reason: "" },
  });
  const { message, summary } = useFieldErrors(form.formState.errors, extendIds);
  const publishProblems = (publish.result.validationErrors ?? {}) as Partial<
    Record<(typeof PUBLISH_PROBLEMS)[number], { _errors?: string[] }>
  >;
  const problems = PUBLISH_PROBLEMS.flatMap(
    (field) =>
      publishProblems[field]?._errors?.map((key) => ({
        fieldId: `consultation-${field}`,
        message: t(`forms.errors.${key}` as never),
      })) ?? [],
  );
  const serverError = publish.result.serverError ?? unpublish.result.serverError ?? extend.result.serverError;

  return (
    <section aria-labelledby="publication-heading" className="mt-6 max-w-4xl border-2 border-slate-700 p-4">
      <h2 id="publication-heading" className="text-2xl font-bold">
        {t("consultationForm.publicationHeading")}
      </h2>
      <p className="mt-2">
        {t(`consultationForm.phaseExplained.${phase}`, {
          end: format.dateTime(endsAt, { dateStyle: "long", timeStyle: "short" }),
        })}
      </p>
      {done && (
        <Alert tone="success" live>
          {t(`consultationForm.done.${done}`)}
        </Alert>
      )}
      {serverError && (
        <Alert tone="error" live>
          {t(`errors.${serverError}`)}
        </Alert>
      )}
      <ErrorSummary errors={problems} />
      {phase === "draft" && (
        <Button
          disabled={publish.isPending}
          onClick={async () => {
            setDone(null);
            const response = await publish.executeAsync({ consultationId });
            if (response?.data) {
              setDone("published");
              router.refresh();
            }
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
            if (response?.data) {
              setDone("unpublished");
              router.refresh();
            }
          }}
        >
          {t("consultationForm.unpublish")}
        </Button>
      )}
      {phase === "open" && (
        <form
          noValidate
          className="mt-4"
          onSubmit={form.handleSubmit(async () => {
            setDone(null);
            // The server parses the same inputs again (dates as typed, in Polish time).
            const response = await extend.executeAsync(form.getValues());
            if (applyServerFieldErrors(form.setError, response?.validationErrors, extendIds)) return;
            if (response?.data) {
              setDone("extended");
              form.reset({ ...form.getValues(), reason: "" });
              router.refresh();
            }
          })}
        >
          <h3 className="text-xl font-bold">{t("consultationForm.extendHeading")}</h3>
          <ErrorSummary errors={summary} />
          <FormField
            id={extendIds.endsAt}
            name="endsAt"
            label={t("consultationForm.newEnd")}
            error={message("endsAt")}
            required
          >
            {(props) => (
              <input {...props} {...form.register("endsAt")} type="datetime-local" className={inputClassName} />
            )}
          </FormField>
          <FormField
            id={extendIds.reason}
            name="reason"
            label={t("consultationForm.extendReason")}
            hint={t("consultationForm.extendReasonHint")}
            error={message("reason")}
            required
          >
            {(props) => <textarea {...props} {...form.register("reason")} rows={3} className={inputClassName} />}
          </FormField>
          <Button type="submit" disabled={extend.isPending}>
            {t("consultationForm.extend")}
          </Button>
        </form>
      )}
    </section>
  );
}
