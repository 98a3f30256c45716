"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
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
  onChanged,
}: {
  kind: "organisation" | "institution";
  targetId: string;
  ownRequest: OwnRequest;
  /** Called after a request is sent or withdrawn, when the page asked for the state itself (organisation-viewer.tsx). */
  onChanged?: () => void;
}) {
  const t = useTranslations();
  const ns = kind === "organisation" ? "joinRequest" : "officialRequest";
  // The form and the pending notice take each other's place: focus waits on the heading, so the
  // keyboard goes on from here instead of from the top of the page.
  const heading = useRef<HTMLHeadingElement>(null);
  const changed = () => {
    heading.current?.focus();
    onChanged?.();
  };
  const withdraw = useAction(withdrawMembershipRequestAction, { onSuccess: changed });
  const fieldId = `${kind}-request-message`;
  const request = useActionForm(
    async (values: { message: string }) =>
      kind === "organisation"
        ? requestToJoinAction({ organisationId: targetId, ...values })
        : requestOfficialStatusAction({ institutionId: targetId, ...values }),
    requestMessageSchema,
    { defaultValues: { message: "" }, fieldIds: { message: fieldId }, onSuccess: changed },
  );
  const serverError = request.status.serverError ?? withdraw.result.serverError;
  const pending = request.pending || withdraw.isPending;

  return (
    <section aria-labelledby={`${kind}-request-heading`} className="mt-8 max-w-2xl">
      <h2 id={`${kind}-request-heading`} ref={heading} tabIndex={-1} className="text-2xl font-bold">
        {t(`${ns}.heading`)}
      </h2>
      <FormStatus serverError={serverError} serverErrorTexts={{ CONFLICT: t("membershipRequests.conflict") }} />
      {ownRequest?.status === "PENDING" ? (
        <>
          <Alert tone="info" live>
            {t(`${ns}.pending`)}
          </Alert>
          <Button variant="secondary" busy={pending} onClick={() => withdraw.execute({ requestId: ownRequest.id })}>
            {t("membershipRequests.withdraw")}
          </Button>
        </>
      ) : (
        <form noValidate className="mt-2" onSubmit={request.submit}>
          {withdraw.result.data && (
            <Alert tone="success" live>
              {t("membershipRequests.withdrawnNotice")}
            </Alert>
          )}
          {ownRequest?.status === "REFUSED" && (
            <Alert tone="warning">
              {t("membershipRequests.refusedBefore", { reason: ownRequest.decisionReason ?? "" })}
            </Alert>
          )}
          <p className="mb-4">{t(`${ns}.intro`)}</p>
          <FormStatus summary={request.status.summary} />
          <FormField
            id={fieldId}
            name="message"
            label={t("membershipRequests.message")}
            hint={t(`${ns}.messageHint`)}
            error={request.message("message")}
          >
            {(props) => (
              <textarea {...props} {...request.form.register("message")} rows={3} className={inputClassName} />
            )}
          </FormField>
          <Button type="submit" busy={pending}>
            {t(`${ns}.submit`)}
          </Button>
        </form>
      )}
    </section>
  );
}
