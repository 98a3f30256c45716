"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { CoApplicantSearch } from "@/components/offers/editor/co-applicant-search";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { addCoApplicantAction, removeCoApplicantAction } from "@/lib/offers/drafts/actions";

/**
 * The lead's co-applicants of a joint offer: remove one, or add a verified
 * organisation from the directory. Each change rewrites II (a new applicant's
 * data prefilled) and the page is rendered again with it.
 */
export function CoApplicantsPanel({
  offerId,
  leadOrganisationId,
  applicants,
}: {
  offerId: string;
  leadOrganisationId: string;
  applicants: { organisationId: string; name: string; lead: boolean; accepted: boolean }[];
}) {
  const t = useTranslations("offerEditor.coApplicants");
  const [refused, setRefused] = useState<string | null>(null);
  const coApplicants = applicants.filter((applicant) => !applicant.lead);
  const [failed, setFailed] = useState(false);
  const answer = (result: { data?: unknown; serverError?: string } | undefined) => {
    const data = result?.data as { refused?: string } | undefined;
    setFailed(!!result?.serverError);
    setRefused(data?.refused ?? null);
  };
  return (
    <section aria-labelledby="co-applicants-heading" className="mb-8 rounded border-2 border-slate-300 p-4">
      <h2 id="co-applicants-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      {coApplicants.length === 0 && <p className="mt-2">{t("none")}</p>}
      <ul className="mt-2 space-y-2">
        {coApplicants.map((applicant) => (
          <li key={applicant.organisationId} className="flex flex-wrap items-center gap-3">
            <span>
              <span lang="pl">{applicant.name}</span>
              {" – "}
              {applicant.accepted ? t("states.accepted") : <strong>{t("states.pending")}</strong>}
            </span>
            <Button
              variant="secondary"
              onClick={async () =>
                answer(await removeCoApplicantAction({ offerId, organisationId: applicant.organisationId }))
              }
            >
              {t("remove", { name: applicant.name })}
            </Button>
          </li>
        ))}
      </ul>
      <CoApplicantSearch
        organisationId={leadOrganisationId}
        exclude={applicants.map((applicant) => applicant.organisationId)}
        onChoose={async (organisation) =>
          answer(await addCoApplicantAction({ offerId, organisationId: organisation.id }))
        }
      />
      {refused && (
        <Alert tone="error" live>
          {t(`refusals.${refused}` as "refusals.CO_APPLICANT_UNVERIFIED")}
        </Alert>
      )}
      {failed && (
        <Alert tone="error" live>
          {t("failed")}
        </Alert>
      )}
    </section>
  );
}
