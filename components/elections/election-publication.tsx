"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/forms/error-text";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { publishElectionAction, unpublishElectionAction } from "@/lib/elections/actions";
import type { ElectionPhase } from "@/lib/elections/lifecycle";

/** The commission's publication step: announce a draft, or take it back before nominations open. */
export function ElectionPublication({
  electionId,
  phase,
}: {
  electionId: string;
  phase: Extract<ElectionPhase, "draft" | "announced">;
}) {
  const t = useTranslations();
  const errorText = useErrorText();
  const publish = useAction(publishElectionAction);
  const unpublish = useAction(unpublishElectionAction);
  // What must still lie ahead when announcing: nominations, or a further round's voting.
  const errors = publish.result.validationErrors as
    { nominationsStartAt?: { _errors?: string[] }; votingStartAt?: { _errors?: string[] } } | undefined;
  const problem = errors?.nominationsStartAt?._errors?.[0] ?? errors?.votingStartAt?._errors?.[0];
  const serverError = publish.result.serverError ?? unpublish.result.serverError;
  return (
    <section
      aria-labelledby="election-publication-heading"
      className="mt-6 max-w-3xl rounded border-2 border-slate-300 p-4"
    >
      <h2 id="election-publication-heading" className="text-xl font-bold">
        {t("electionAdmin.publicationHeading")}
      </h2>
      <FormStatus saved={publish.result.data && t("electionAdmin.published")} />
      <FormStatus
        saved={unpublish.result.data && t("electionAdmin.unpublished")}
        refused={problem && errorText.field(problem)}
        serverError={serverError}
      />
      <p className="mt-2">{t(`electionAdmin.phaseExplained.${phase}`)}</p>
      {phase === "draft" && (
        <Button className="mt-3" disabled={publish.isPending} onClick={() => publish.execute({ electionId })}>
          {t("electionAdmin.publish")}
        </Button>
      )}
      {phase === "announced" && (
        <Button
          variant="secondary"
          className="mt-3"
          disabled={unpublish.isPending}
          onClick={() => unpublish.execute({ electionId })}
        >
          {t("electionAdmin.unpublish")}
        </Button>
      )}
    </section>
  );
}
