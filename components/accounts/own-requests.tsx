"use client";

import { useAction } from "next-safe-action/hooks";
import { useFormatter, useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { withdrawMembershipRequestAction } from "@/lib/organisations/actions";

interface Request {
  id: string;
  status: "PENDING" | "APPROVED" | "REFUSED" | "WITHDRAWN";
  decisionReason: string | null;
  createdAt: Date;
  organisation: { name: string } | null;
  institution: { name: string; officeName: string | null } | null;
}

/** The person's pending and refused requests to join organisations or institutions. */
export function OwnRequests({ requests }: { requests: Request[] }) {
  const t = useTranslations();
  const format = useFormatter();
  const withdraw = useAction(withdrawMembershipRequestAction);
  if (requests.length === 0) return null;
  return (
    <section aria-labelledby="own-requests" className="mt-8">
      <h2 id="own-requests" className="text-2xl font-bold">
        {t("membershipRequests.ownHeading")}
      </h2>
      <FormStatus
        serverError={withdraw.result.serverError}
        serverErrorTexts={{ CONFLICT: t("membershipRequests.alreadyDecided") }}
      />
      <ul className="mt-2 space-y-3">
        {requests.map((request) => {
          const target =
            request.organisation?.name ?? request.institution?.officeName ?? request.institution?.name ?? "";
          return (
            <li key={request.id}>
              <p>
                {t(`membershipRequests.own${request.status === "PENDING" ? "Pending" : "Refused"}`, {
                  target,
                  date: format.dateTime(request.createdAt, "long"),
                })}
              </p>
              {request.status === "REFUSED" && (
                <p className="text-slate-700">
                  {t("membershipRequests.reasonGiven", { reason: request.decisionReason ?? "" })}
                </p>
              )}
              {request.status === "PENDING" && (
                <Button
                  variant="secondary"
                  className="mt-1"
                  disabled={withdraw.isPending}
                  onClick={() => withdraw.execute({ requestId: request.id })}
                >
                  {t("membershipRequests.withdraw")}
                  <span className="sr-only"> – {target}</span>
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
