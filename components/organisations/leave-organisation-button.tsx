"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";
import { leaveOrganisationAction } from "@/lib/organisations/actions";

export function LeaveOrganisationButton({
  organisationId,
  organisationName,
}: {
  organisationId: string;
  organisationName: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const leave = useAction(leaveOrganisationAction, { onSuccess: () => router.push("/account") });
  return (
    <section aria-labelledby="leave-heading" className="mt-8">
      <h2 id="leave-heading" className="text-2xl font-bold">
        {t("people.leaveHeading")}
      </h2>
      <FormStatus
        serverError={leave.result.serverError}
        serverErrorTexts={{ CONFLICT: t("people.lastOwnerLeaving") }}
      />
      <Button
        className="mt-2"
        variant="danger"
        disabled={leave.isPending}
        onClick={() => {
          if (window.confirm(t("people.confirmLeave", { name: organisationName }))) leave.execute({ organisationId });
        }}
      >
        {t("people.leave", { name: organisationName })}
      </Button>
    </section>
  );
}
