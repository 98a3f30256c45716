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
import {
  requestOfficialStatusAction,
  requestToJoinAction,
  withdrawMembershipRequestAction,
} from "@/lib/organisations/actions";
import { requestMessageSchema } from "@/lib/organisations/schemas";

export type OwnRequest = {
  id: string;
  status: "PENDING" | "APPROVED" | "REFUSED" | "WITHDRAWN";
  decisionReason: string | null;
} | null;

/**
 * Asking to join an organisation, or to be recognised as an official of an
 * institution; shows the state of one's own latest request and lets a pending
 * one be withdrawn.
 */
export function MembershipRequestPanel({
  kind,
  targetId,
  ownRequest,
}: {
  kind: "organisation" | "institution";
  targetId: string;
  ownRequest: OwnRequest;
}) {
  const t = useTranslations();
  const ns = kind === "organisation" ? "joinRequest" : "officialRequest";
  const join = useAction(requestToJoinAction);
  const official = useAction(requestOfficialStatusAction);
  const withdraw = useAction(withdrawMembershipRequestAction);
  const form = useForm<z.input<typeof requestMessageSchema>>({
    shouldFocusError: false,
    resolver: zodResolver(requestMessageSchema),
    defaultValues: { message: "" },
  });
  const fieldId = `${kind}-request-message`;
  const { message, summary } = useFieldErrors(form.formState.errors, { message: fieldId });
  const serverError = join.result.serverError ?? official.result.serverError ?? withdraw.result.serverError;
  const pending = join.isPending || official.isPending || withdraw.isPending;

  return (
    <section aria-labelledby={`${kind}-request-heading`} className="mt-8 max-w-2xl">
      <h2 id={`${kind}-request-heading`} className="text-2xl font-bold">
        {t(`${ns}.heading`)}
      </h2>
      {serverError && (
        <Alert tone="error" live>
          {serverError === "CONFLICT" ? t("membershipRequests.conflict") : t(`errors.${serverError}`)}
        </Alert>
      )}
      {ownRequest?.status === "PENDING" ? (
        <>
          <Alert tone="info" live>
            {t(`${ns}.pending`)}
          </Alert>
          <Button variant="secondary" disabled={pending} onClick={() => withdraw.execute({ requestId: ownRequest.id })}>
            {t("membershipRequests.withdraw")}
          </Button>
        </>
      ) : (
        <form
          noValidate
          className="mt-2"
          onSubmit={form.handleSubmit((values) =>
            kind === "organisation"
              ? join.execute({ organisationId: targetId, ...values })
              : official.execute({ institutionId: targetId, ...values }),
          )}
        >
          {ownRequest?.status === "REFUSED" && (
            <Alert tone="warning">
              {t("membershipRequests.refusedBefore", { reason: ownRequest.decisionReason ?? "" })}
            </Alert>
          )}
          <p className="mb-4">{t(`${ns}.intro`)}</p>
          <ErrorSummary errors={summary} />
          <FormField
            id={fieldId}
            name="message"
            label={t("membershipRequests.message")}
            hint={t(`${ns}.messageHint`)}
            error={message("message")}
          >
            {(props) => <textarea {...props} {...form.register("message")} rows={3} className={inputClassName} />}
          </FormField>
          <Button type="submit" disabled={pending}>
            {t(`${ns}.submit`)}
          </Button>
        </form>
      )}
    </section>
  );
}
