"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { decideJoinRequestAction, decideOfficialRequestAction } from "@/lib/organisations/actions";
import { refusalReasonSchema } from "@/lib/organisations/schemas";

export interface PendingRequest {
  id: string;
  message: string;
  createdAt: Date;
  user: { name: string; email: string };
  /** Where the request goes, when the list spans several institutions. */
  target?: string;
}

function Decision({ request, kind }: { request: PendingRequest; kind: "organisation" | "institution" }) {
  const t = useTranslations();
  const format = useFormatter();
  const decideAction = kind === "organisation" ? decideJoinRequestAction : decideOfficialRequestAction;
  const approve = useAction(decideAction);
  const reasonId = `refuse-reason-${request.id}`;
  const refuse = useActionForm(
    async (values: { reason: string }) => decideAction({ requestId: request.id, decision: "refuse", ...values }),
    refusalReasonSchema,
    { defaultValues: { reason: "" }, fieldIds: { reason: reasonId } },
  );
  const pending = approve.isPending || refuse.pending;
  const headingId = `request-${request.id}`;
  return (
    <li className="rounded border-2 border-slate-300 p-4">
      <section aria-labelledby={headingId}>
        <h3 id={headingId} className="text-lg font-bold">
          {request.user.name} <span className="font-normal">({request.user.email})</span>
        </h3>
        {request.target && <p>{t("membershipRequests.to", { target: request.target })}</p>}
        <p className="text-slate-700">
          {t("membershipRequests.sent", { date: format.dateTime(request.createdAt, "long") })}
        </p>
        {request.message && <p className="mt-2 whitespace-pre-line">{request.message}</p>}
        <FormStatus
          serverError={approve.result.serverError ?? refuse.status.serverError}
          serverErrorTexts={{ CONFLICT: t("membershipRequests.alreadyDecided") }}
        />
        <div className="mt-3 flex flex-wrap items-start gap-6">
          <Button disabled={pending} onClick={() => approve.execute({ requestId: request.id, decision: "approve" })}>
            {t("membershipRequests.approve", { name: request.user.name })}
          </Button>
          <form noValidate className="min-w-72 flex-1" onSubmit={refuse.submit}>
            <FormStatus summary={refuse.status.summary} />
            <FormField
              id={reasonId}
              name="reason"
              label={t("membershipRequests.reason")}
              hint={t("membershipRequests.reasonHint")}
              error={refuse.message("reason")}
              required
            >
              {(props) => (
                <textarea {...props} {...refuse.form.register("reason")} rows={2} className={inputClassName} />
              )}
            </FormField>
            <Button type="submit" variant="danger" disabled={pending}>
              {t("membershipRequests.refuse", { name: request.user.name })}
            </Button>
          </form>
        </div>
      </section>
    </li>
  );
}

/** Pending requests with approve, and refuse with a reason the person will read. */
export function RequestDecisions({
  kind,
  requests,
}: {
  kind: "organisation" | "institution";
  requests: PendingRequest[];
}) {
  const t = useTranslations();
  return (
    <section aria-labelledby={`${kind}-requests-heading`} className="mt-8">
      <h2 id={`${kind}-requests-heading`} className="text-2xl font-bold">
        {t("membershipRequests.heading", { count: requests.length })}
      </h2>
      {requests.length === 0 ? (
        <p className="mt-2">{t("membershipRequests.none")}</p>
      ) : (
        <ul className="mt-4 space-y-4">
          {requests.map((request) => (
            <Decision key={request.id} request={request} kind={kind} />
          ))}
        </ul>
      )}
    </section>
  );
}
