"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { NewsStatus } from "@/lib/generated/prisma/enums";
import { useRouter } from "@/lib/i18n/navigation";
import { submitNewsAction, withdrawNewsAction } from "@/lib/news/actions";

const PUBLISH_AT_ID = "news-publishAt";

/**
 * Where the article stands and what its writer can do next: publish it now
 * or at a chosen time (or send it to the moderators, when the platform
 * pre-moderates organisations' news), or take it back.
 */
export function PublicationPanel({
  articleId,
  status,
  publishedAt,
  moderationNote,
  needsApproval,
}: {
  articleId: string;
  status: NewsStatus;
  publishedAt: Date | null;
  moderationNote: string | null;
  needsApproval: boolean;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const submit = useAction(submitNewsAction);
  const withdraw = useAction(withdrawNewsAction);
  const [publishAt, setPublishAt] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const submittable = status === "DRAFT" || status === "REJECTED" || status === "UNPUBLISHED";
  const scheduled = status === "PUBLISHED" && publishedAt !== null && publishedAt > new Date();
  const refused =
    (submit.result.data && "refused" in submit.result.data ? submit.result.data.refused : null) ??
    (withdraw.result.data && "refused" in withdraw.result.data ? withdraw.result.data.refused : null);
  const serverError = submit.result.serverError ?? withdraw.result.serverError;
  const fieldMessage = fieldError ? t(`forms.errors.${fieldError}` as never) : undefined;

  return (
    <section aria-labelledby="news-publication-heading" className="mt-6 max-w-4xl border-2 border-slate-700 p-4">
      <h2 id="news-publication-heading" className="text-2xl font-bold">
        {t("newsPublication.heading")}
      </h2>
      <p className="mt-2">
        <strong>{t("newsPublication.status")}</strong>{" "}
        {scheduled
          ? t("newsPublication.scheduledFor", {
              date: format.dateTime(publishedAt!, { dateStyle: "long", timeStyle: "short" }),
            })
          : t(`news.statuses.${status}`)}
      </p>
      {moderationNote && (status === "REJECTED" || status === "UNPUBLISHED") && (
        <p className="mt-2">
          <strong>{t("newsPublication.moderatorReason")}</strong> {moderationNote}
        </p>
      )}
      {refused && (
        <Alert tone="error" live>
          {t(`newsPublication.refusals.${refused}`)}
        </Alert>
      )}
      {serverError && (
        <Alert tone="error" live>
          {t(`errors.${serverError}`)}
        </Alert>
      )}
      {submittable && (
        <form
          noValidate
          className="mt-4"
          onSubmit={async (event) => {
            event.preventDefault();
            setFieldError(null);
            const response = await submit.executeAsync({ articleId, publishAt });
            const problem = (response?.validationErrors as { publishAt?: { _errors?: string[] } } | undefined)
              ?.publishAt?._errors?.[0];
            if (problem) return setFieldError(problem);
            if (response?.data && !("refused" in response.data)) router.refresh();
          }}
        >
          <ErrorSummary errors={fieldMessage ? [{ fieldId: PUBLISH_AT_ID, message: fieldMessage }] : []} />
          <p className="mb-3">
            {needsApproval ? t("newsPublication.approvalIntro") : t("newsPublication.publishIntro")}
          </p>
          <FormField
            id={PUBLISH_AT_ID}
            name="publishAt"
            label={t("newsPublication.publishAt")}
            hint={t("newsPublication.publishAtHint")}
            error={fieldMessage}
          >
            {(props) => (
              <input
                {...props}
                value={publishAt}
                onChange={(event) => setPublishAt(event.target.value)}
                type="datetime-local"
                className={inputClassName}
              />
            )}
          </FormField>
          <Button type="submit" disabled={submit.isPending}>
            {needsApproval
              ? t("newsPublication.sendForApproval")
              : publishAt
                ? t("newsPublication.schedule")
                : t("newsPublication.publish")}
          </Button>
        </form>
      )}
      {(status === "PENDING" || status === "PUBLISHED") && (
        <div className="mt-4">
          <p className="mb-2">
            {status === "PENDING" ? t("newsPublication.pendingIntro") : t("newsPublication.withdrawIntro")}
          </p>
          <Button
            variant="secondary"
            disabled={withdraw.isPending}
            onClick={async () => {
              const response = await withdraw.executeAsync({ articleId });
              if (response?.data && !("refused" in response.data)) router.refresh();
            }}
          >
            {status === "PENDING" ? t("newsPublication.backToDraft") : t("newsPublication.withdraw")}
          </Button>
        </div>
      )}
    </section>
  );
}
