"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { useErrorText } from "@/components/forms/error-text";
import { ReasonDisclosure } from "@/components/forms/reason-disclosure";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { PartnerRequestVisibility } from "@/lib/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";
import { hidePartnerRequestAction, restorePartnerRequestAction } from "@/lib/partnerships/requests/actions";
import { moderationReasonSchema } from "@/lib/moderation/reason";
import { isRefused } from "@/lib/rule-errors/refusals";

/**
 * A moderator's tools on a request's page: hide a published request with a
 * reason its party is told, or restore a hidden one as the page shows it now
 * (refused if its party changed it since the page was loaded). A request held
 * for a moderator is decided in the queue.
 */
export function PartnerRequestModeration({
  requestId,
  title,
  state,
  shown,
}: {
  requestId: string;
  title: string;
  state: PartnerRequestVisibility;
  shown: string;
}) {
  const t = useTranslations("partnerRequestModeration");
  const errorText = useErrorText();
  const hide = useAction(hidePartnerRequestAction);
  const restore = useAction(restorePartnerRequestAction);
  const [problem, setProblem] = useState<string | null>(null);
  // Refused: it waits for its party's correction, nothing for a moderator to do here.
  if (state === "REJECTED") return null;
  return (
    <section
      aria-labelledby="partner-request-moderation-heading"
      className="mt-8 max-w-3xl rounded border-2 border-slate-300 p-4"
    >
      <h2 id="partner-request-moderation-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      {problem && (
        <Alert tone="error" live>
          {problem}
        </Alert>
      )}
      <div className="mt-3">
        {state === "PENDING" ? (
          <p>
            {t("waitsInQueue")}{" "}
            <Link href="/moderation/partnerships" className="font-semibold underline">
              {t("queueLink")}
            </Link>
          </p>
        ) : state === "HIDDEN" ? (
          <>
            <p className="mb-3">{t("restoreIntro")}</p>
            <Button
              busy={restore.isPending}
              onClick={async () => {
                const result = await restore.executeAsync({ requestId, shown });
                if (result?.serverError) setProblem(errorText.server(result.serverError));
                else if (isRefused(result?.data)) setProblem(t(`refusals.${result.data.refused}`));
                else setProblem(null);
              }}
            >
              {t("restore")}
              <span className="sr-only"> – {title}</span>
            </Button>
          </>
        ) : (
          <ReasonDisclosure
            open={t("hide")}
            label={t("reason")}
            submit={t("hideConfirm")}
            cancel={t("cancel")}
            context={title}
            pending={hide.isPending}
            onSubmit={async (reason) => {
              const parsed = moderationReasonSchema.safeParse(reason);
              if (!parsed.success) return errorText.field(parsed.error.issues[0]?.message ?? "reasonTooShort");
              const result = await hide.executeAsync({ requestId, reason: parsed.data });
              // The server checks the reason with the same schema; its message is shown the same way.
              const invalid = (result?.validationErrors as { reason?: { _errors?: string[] } } | undefined)?.reason;
              if (invalid?._errors?.[0]) return errorText.field(invalid._errors[0]);
              if (result?.serverError) return errorText.server(result.serverError);
              if (isRefused(result?.data)) return t(`refusals.${result.data.refused}`);
              return null;
            }}
          />
        )}
      </div>
    </section>
  );
}
