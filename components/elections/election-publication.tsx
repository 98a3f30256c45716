"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { publishElectionAction, unpublishElectionAction } from "@/lib/elections/actions";
import type { ElectionPhase } from "@/lib/elections/lifecycle";
import { useRouter } from "@/lib/i18n/navigation";

/** The commission's publication step: announce a draft, or take it back before nominations open. */
export function ElectionPublication({
  electionId,
  phase,
}: {
  electionId: string;
  phase: Extract<ElectionPhase, "draft" | "announced">;
}) {
  const t = useTranslations();
  const router = useRouter();
  const publish = useAction(publishElectionAction, { onSuccess: () => router.refresh() });
  const unpublish = useAction(unpublishElectionAction, { onSuccess: () => router.refresh() });
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
      {publish.result.data && (
        <Alert tone="success" live>
          {t("electionAdmin.published")}
        </Alert>
      )}
      {unpublish.result.data && (
        <Alert tone="success" live>
          {t("electionAdmin.unpublished")}
        </Alert>
      )}
      {problem && (
        <Alert tone="error" live>
          {t(`forms.errors.${problem}` as never)}
        </Alert>
      )}
      {serverError && (
        <Alert tone="error" live>
          {t(`errors.${serverError}`)}
        </Alert>
      )}
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
