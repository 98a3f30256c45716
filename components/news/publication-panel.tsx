"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { isRefused } from "@/lib/rule-errors/refusals";
import { Button } from "@/components/ui/button";
import type { NewsStatus } from "@/lib/generated/prisma/enums";
import { submitNewsAction, withdrawNewsAction } from "@/lib/news/actions";
import { publishNewsSchema } from "@/lib/news/schemas";
import { longDateTime } from "@/lib/i18n/date-time";

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
  const submit = useActionForm(submitNewsAction, publishNewsSchema, {
    defaultValues: { articleId, publishAt: "" },
    fieldIds: { publishAt: PUBLISH_AT_ID },
  });
  const publishAt = useWatch({ control: submit.form.control, name: "publishAt" });
  const withdraw = useAction(withdrawNewsAction);
  const submittable = status === "DRAFT" || status === "REJECTED" || status === "UNPUBLISHED";
  const scheduled = status === "PUBLISHED" && publishedAt !== null && publishedAt > new Date();
  const refused = submit.refused ?? (isRefused(withdraw.result.data) ? withdraw.result.data.refused : null);
  const serverError = submit.status.serverError ?? withdraw.result.serverError;

  return (
    <section aria-labelledby="news-publication-heading" className="mt-6 max-w-4xl border-2 border-slate-700 p-4">
      <h2 id="news-publication-heading" className="text-2xl font-bold">
        {t("newsPublication.heading")}
      </h2>
      <p className="mt-2">
        <strong>{t("newsPublication.status")}</strong>{" "}
        {scheduled
          ? t("newsPublication.scheduledFor", {
              date: longDateTime(format, publishedAt!),
            })
          : t(`news.statuses.${status}`)}
      </p>
      {moderationNote && (status === "REJECTED" || status === "UNPUBLISHED") && (
        <p className="mt-2">
          <strong>{t("newsPublication.moderatorReason")}</strong> {moderationNote}
        </p>
      )}
      <FormStatus refused={refused && t(`newsPublication.refusals.${refused}`)} serverError={serverError} />
      {submittable && (
        <form noValidate className="mt-4" onSubmit={submit.submit}>
          <FormStatus summary={submit.status.summary} />
          <p className="mb-3">
            {needsApproval ? t("newsPublication.approvalIntro") : t("newsPublication.publishIntro")}
          </p>
          <FormField
            id={PUBLISH_AT_ID}
            name="publishAt"
            label={t("newsPublication.publishAt")}
            hint={t("newsPublication.publishAtHint")}
            error={submit.message("publishAt")}
          >
            {(props) => (
              <input
                {...props}
                {...submit.form.register("publishAt")}
                type="datetime-local"
                className={inputClassName}
              />
            )}
          </FormField>
          <Button type="submit" disabled={submit.pending}>
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
          <Button variant="secondary" disabled={withdraw.isPending} onClick={() => withdraw.execute({ articleId })}>
            {status === "PENDING" ? t("newsPublication.backToDraft") : t("newsPublication.withdraw")}
          </Button>
        </div>
      )}
    </section>
  );
}
