"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { CoApplicantSearch } from "@/components/offers/editor/co-applicant-search";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { longDateTime } from "@/lib/i18n/date-time";
import { addCoApplicantAction, removeCoApplicantAction } from "@/lib/offers/drafts/actions";
import type { OfferForEditor } from "@/lib/offers/queries";

type CoApplicant = OfferForEditor["coApplicants"][number];
type Result = { data?: unknown; serverError?: string } | undefined;

/**
 * The lead's co-applicants of a joint offer: each with when it was invited,
 * or when and by whom it accepted; remove one, or add a verified organisation
 * from the directory. Each change rewrites II (a new applicant's data
 * prefilled) and the page is rendered again with it. What a change did is
 * said in words, and focus goes where the change is: the new row, or the
 * panel's heading once a row is gone.
 */
export function CoApplicantsPanel({
  offerId,
  leadOrganisationId,
  coApplicants,
}: {
  offerId: string;
  leadOrganisationId: string;
  coApplicants: CoApplicant[];
}) {
  const t = useTranslations("offerEditor.coApplicants");
  const format = useFormatter();
  const [refused, setRefused] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  // The row to focus once the page, rendered again, lists it.
  const [focusRow, setFocusRow] = useState<string | null>(null);
  const rows = useRef(new Map<string, HTMLLIElement>());
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const row = focusRow && rows.current.get(focusRow);
    if (!row) return;
    row.focus();
    setFocusRow(null);
  }, [focusRow, coApplicants]);
  const answer = (result: Result): boolean => {
    const data = result?.data as { refused?: string } | undefined;
    setFailed(!!result?.serverError);
    setRefused(data?.refused ?? null);
    const done = !result?.serverError && !data?.refused;
    if (!done) setSaid(null);
    return done;
  };
  const state = (applicant: CoApplicant) => {
    if (!applicant.acceptedAt)
      return (
        <strong>{t("states.pending", { date: format.dateTime(applicant.invitedAt, { dateStyle: "long" }) })}</strong>
      );
    const when = longDateTime(format, applicant.acceptedAt);
    return applicant.acceptedByName
      ? t("states.acceptedBy", { when, name: applicant.acceptedByName })
      : t("states.accepted", { when });
  };
  return (
    <section aria-labelledby="co-applicants-heading" className="mb-8 rounded border-2 border-slate-300 p-4">
      <h2 id="co-applicants-heading" ref={heading} tabIndex={-1} className="text-xl font-bold">
        {t("heading")}
      </h2>
      {coApplicants.length === 0 && <p className="mt-2">{t("none")}</p>}
      <ul className="mt-2 space-y-2">
        {coApplicants.map((applicant) => (
          <li
            key={applicant.organisationId}
            ref={(row) => {
              if (row) rows.current.set(applicant.organisationId, row);
              else rows.current.delete(applicant.organisationId);
            }}
            tabIndex={-1}
            className="flex flex-wrap items-center gap-3"
          >
            <span>
              <span lang="pl">{applicant.name}</span>
              {" – "}
              {state(applicant)}
            </span>
            <Button
              variant="secondary"
              onClick={async () => {
                // What its people filled in goes with it, so the lead confirms (as a co-applicant's decline does).
                if (!window.confirm(t("confirmRemove", { name: applicant.name }))) return;
                const result = await removeCoApplicantAction({ offerId, organisationId: applicant.organisationId });
                if (!answer(result)) return;
                setSaid(t("removed", { name: applicant.name }));
                heading.current?.focus();
              }}
            >
              {t("remove", { name: applicant.name })}
            </Button>
          </li>
        ))}
      </ul>
      {said && (
        <Alert tone="success" live>
          {said}
        </Alert>
      )}
      <CoApplicantSearch
        organisationId={leadOrganisationId}
        exclude={[leadOrganisationId, ...coApplicants.map((applicant) => applicant.organisationId)]}
        onChoose={async (organisation) => {
          if (!answer(await addCoApplicantAction({ offerId, organisationId: organisation.id }))) return false;
          setSaid(t("added", { name: organisation.name }));
          setFocusRow(organisation.id);
          return true;
        }}
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
