"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { setOrganisationVerifiedAction } from "@/lib/organisations/actions";

/**
 * An administrator marks an organisation as checked against its register, or
 * withdraws that. Verifying sends `shownFacts`, the facts this row showed:
 * if the organisation changed them since, the server refuses and says so.
 */
export function OrganisationVerificationButton({
  organisationId,
  name,
  verified,
  shownFacts,
}: {
  organisationId: string;
  name: string;
  verified: boolean;
  shownFacts: string;
}) {
  const t = useTranslations("adminOrganisations");
  const action = useAction(setOrganisationVerifiedAction);
  const data = action.result.data;
  const stale = data !== undefined && "refused" in data;
  return (
    <>
      <Button
        variant={verified ? "secondary" : "primary"}
        disabled={action.isPending}
        onClick={() =>
          action.execute(
            verified ? { organisationId, verified: false } : { organisationId, verified: true, shownFacts },
          )
        }
      >
        {verified ? t("unverify") : t("verify")}
        <span className="sr-only"> – {name}</span>
      </Button>
      {(action.result.serverError || stale) && (
        <p role="alert" className="mt-1 font-semibold text-red-800">
          {stale ? t("stale") : t("failed")}
        </p>
      )}
    </>
  );
}
