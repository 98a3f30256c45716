"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormField, inputClassName } from "@/components/forms/form-field";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import { Alert } from "@/components/ui/alert";
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
  const decide = useAction(kind === "organisation" ? decideJoinRequestAction : decideOfficialRequestAction);
  const form = useForm<z.input<typeof refusalReasonSchema>>({
    shouldFocusError: false,
    resolver: zodResolver(refusalReasonSchema),
    defaultValues: { reason: "" },
  });
  const reasonId = `refuse-reason-${request.id}`;
  const { message, summary } = useFieldErrors(form.formState.errors, { reason: reasonId });
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
        {decide.result.serverError && (
          <Alert tone="error" live>
            {decide.result.serverError === "CONFLICT"
              ? t("membershipRequests.alreadyDecided")
              : t(`errors.${decide.result.serverError}`)}
          </Alert>
        )}
        <div className="mt-3 flex flex-wrap items-start gap-6">
          <Button
            disabled={decide.isPending}
            onClick={() => decide.execute({ requestId: request.id, decision: "approve" })}
          >
            {t("membershipRequests.approve", { name: request.user.name })}
          </Button>
          <form
            noValidate
            className="min-w-72 flex-1"
            onSubmit={form.handleSubmit((values) =>
              decide.execute({ requestId: request.id, decision: "refuse", ...values }),
            )}
          >
            <ErrorSummary errors={summary} />
            <FormField
              id={reasonId}
              name="reason"
              label={t("membershipRequests.reason")}
              hint={t("membershipRequests.reasonHint")}
              error={message("reason")}
              required
            >
              {(props) => <textarea {...props} {...form.register("reason")} rows={2} className={inputClassName} />}
            </FormField>
            <Button type="submit" variant="danger" disabled={decide.isPending}>
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
