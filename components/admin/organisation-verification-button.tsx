"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { setOrganisationVerifiedAction } from "@/lib/organisations/actions";

/** An administrator marks an organisation as checked against its register, or withdraws that. */
export function OrganisationVerificationButton({ organisationId, name, verified }: { organisationId: string; name: string; verified: boolean }) {
  const t = useTranslations("adminOrganisations");
  const action = useAction(setOrganisationVerifiedAction);
  return (
    <>
      <Button variant={verified ? "secondary" : "primary"} disabled={action.isPending} onClick={() => action.execute({ organisationId, verified: !verified })}>
        {verified ? t("unverify") : t("verify")}
        <span className="sr-only"> – {name}</span>
      </Button>
      {action.result.serverError && (
        <p role="alert" className="mt-1 font-semibold text-red-800">
          {t("failed")}
        </p>
      )}
    </>
  );
}
